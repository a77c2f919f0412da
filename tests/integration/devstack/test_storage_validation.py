"""Storage's key/body validation on its own (no stack): what may become a path on disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devstack.config import parse_size
from devstack.storage import errors
from devstack.storage.bodies import MAX_USER_METADATA, MultipartReader, check_mime
from devstack.storage.files import FileStore, check_key

KEY_ALPHABET = st.sampled_from(list("ab./\\\x00 %é*'()&$=@;:+,?-_"))


@given(st.text(alphabet=KEY_ALPHABET, min_size=1, max_size=30))
def test_any_accepted_key_stays_inside_its_bucket_folder(key):
    store = FileStore(Path("/srv/storage"))
    try:
        path = store.path("bucket", key)
    except errors.StorageError as refused:
        assert refused.code == "InvalidKey"
        return
    bucket_dir = Path("/srv/storage/bucket")
    assert bucket_dir in path.parents
    assert path.relative_to(bucket_dir).as_posix() == key


@pytest.mark.parametrize("key", ["a/../b", "..", "./a", "a//b", "/a", "a\\b", "a\x00b", "café.txt"])
def test_keys_that_could_alias_or_escape_are_invalid(key):
    with pytest.raises(errors.StorageError) as refused:
        check_key(key)
    assert (refused.value.status, refused.value.code) == (400, "InvalidKey")


def test_mime_wildcards_match_only_their_type():
    check_mime("image/png", ["image/*"], "a.png")
    check_mime("text/plain;charset=UTF-8", ["text/plain"], "a.txt")
    check_mime("application/pdf", ["image/*"], "folder/.emptyFolderPlaceholder")
    for refused in ("text/plain", "imagepng", "application/image"):
        with pytest.raises(errors.StorageError) as error:
            check_mime(refused, ["image/*"], "a.bin")
        assert error.value.error == "invalid_mime_type"


BOUNDARY = "XyZ"
MULTIPART = f"multipart/form-data; boundary={BOUNDARY}"
PNG_WITH_BOUNDARY_LOOKALIKES = (
    b"\x89PNG\r\n--not-the-boundary\r\n--XyZabc\r\n--Xy\r\n--XyZ-\r\n--XyZ-x\r\n"
)


def form(*parts: tuple[str, bytes], boundary: str = BOUNDARY) -> bytes:
    """A multipart body from (header lines, content) pairs, framed as the clients frame it."""
    body = b""
    for headers, content in parts:
        body += f"--{boundary}\r\n{headers}\r\n\r\n".encode() + content + b"\r\n"
    return body + f"--{boundary}--\r\n".encode()


def field(name: str, value: bytes) -> tuple[str, bytes]:
    return (f'Content-Disposition: form-data; name="{name}"', value)


def file_part(content: bytes, mimetype: str = "image/png", name: str = "") -> tuple[str, bytes]:
    disposition = f'Content-Disposition: form-data; name="{name}"; filename="blob"'
    return (f"{disposition}\r\nContent-Type: {mimetype}", content)


def files_in(store: FileStore) -> list[Path]:
    """Every file the store holds, temp folder included."""
    return [path for path in store.root.rglob("*") if path.is_file()]


def receive(
    body: bytes,
    store: FileStore,
    *,
    limit: int = 1024,
    chunks: list[int] | None = None,
    content_type: str = MULTIPART,
    allowed: list[str] | None = None,
) -> MultipartReader:
    """Feed `body` (cut at `chunks` offsets) and finish; on refusal discard like read_upload."""
    reader = MultipartReader(content_type, limit=limit, store=store, allowed=allowed)
    cuts = [0, *sorted(set(chunks or [])), len(body)]
    try:
        for begin, end in zip(cuts, cuts[1:], strict=False):
            reader.feed(body[begin:end])
        reader.finish()
    except errors.StorageError:
        reader.discard()
        raise
    return reader


@pytest.fixture
def store(tmp_path):
    files = FileStore(tmp_path / "storage")
    files.ensure()
    return files


def test_multipart_with_an_unnamed_file_part_is_read_like_supabase_js_sends_it(store):
    body = form(field("cacheControl", b"3600"), file_part(PNG_WITH_BOUNDARY_LOOKALIKES))
    reader = receive(body, store)
    assert reader.fields == {"cacheControl": "3600"}
    assert reader.mimetype == "image/png"
    assert reader.stored is not None
    assert reader.stored.path.read_bytes() == PNG_WITH_BOUNDARY_LOOKALIKES
    assert reader.stored.size == len(PNG_WITH_BOUNDARY_LOOKALIKES)
    assert reader.stored.md5 == hashlib.md5(PNG_WITH_BOUNDARY_LOOKALIKES).hexdigest()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    content=st.binary(max_size=200).map(lambda b: b.replace(b"XyZ", b"XyQ")),
    cuts=st.lists(st.integers(min_value=1, max_value=400), max_size=8),
)
def test_file_bytes_and_fields_survive_any_chunking_of_the_body(store, content, cuts):
    body = form(
        field("metadata", b'{"a": 1}'),
        file_part(b"\r\n--XyZ?" + content + b"\r\n"),
        field("cacheControl", b"60"),
    )
    reader = receive(body, store, chunks=[cut for cut in cuts if cut < len(body)])
    assert reader.fields == {"metadata": '{"a": 1}', "cacheControl": "60"}
    assert reader.stored is not None
    assert reader.stored.path.read_bytes() == b"\r\n--XyZ?" + content + b"\r\n"
    reader.discard()


def test_only_the_delimiter_crlf_is_stripped_from_a_part(store):
    body = form(field("cacheControl", b"60\r\n"), file_part(b"line\r\n\r\n", "text/plain"))
    reader = receive(body, store)
    assert reader.fields == {"cacheControl": "60\r\n"}
    assert reader.stored is not None
    assert reader.stored.path.read_bytes() == b"line\r\n\r\n"


def test_the_first_file_part_wins_and_a_content_type_alone_makes_a_part_a_file(store):
    typed_without_filename = ('Content-Disposition: form-data; name="x"\r\nContent-Type: a/b', b"1")
    body = form(typed_without_filename, file_part(b"second"), field("contentType", b"text/csv"))
    reader = receive(body, store)
    assert reader.stored is not None
    assert reader.stored.path.read_bytes() == b"1"
    assert reader.mimetype == "a/b"
    assert reader.fields == {"contentType": "text/csv"}
    assert len(files_in(store)) == 1


@pytest.mark.parametrize(
    "content_type",
    ["multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; charset=x"],
)
def test_a_multipart_content_type_without_boundary_is_no_content(store, content_type):
    with pytest.raises(errors.StorageError) as refused:
        receive(form(file_part(b"data")), store, content_type=content_type)
    assert (refused.value.status, refused.value.message) == (400, "No content provided")


@pytest.mark.parametrize(
    "body",
    [
        b"",
        form(field("cacheControl", b"3600")),
        form(file_part(b"data"))[: -len(b"\r\n--XyZ--\r\n")],
        b"not multipart at all",
    ],
    ids=["empty", "fields-only", "truncated-file", "garbage"],
)
def test_a_body_without_a_complete_file_part_is_no_content_and_leaves_no_temp_file(store, body):
    with pytest.raises(errors.StorageError) as refused:
        receive(body, store)
    assert (refused.value.status, refused.value.message) == (400, "No content provided")
    assert files_in(store) == []


def test_an_oversize_text_field_is_refused_as_user_metadata(store):
    body = form(field("metadata", b"x" * (MAX_USER_METADATA + 1)), file_part(b"data"))
    with pytest.raises(errors.StorageError) as refused:
        receive(body, store, limit=10 * MAX_USER_METADATA, chunks=[1000, 700_000])
    assert (refused.value.status, refused.value.code) == (413, "EntityTooLarge")
    assert "user_metadata" in refused.value.message


def test_a_file_part_over_the_limit_is_refused_while_streaming_and_removed(store):
    body = form(file_part(b"x" * 17))
    with pytest.raises(errors.StorageError) as refused:
        receive(body, store, limit=16, chunks=[len(body) - 30])
    assert (refused.value.status, refused.value.code) == (413, "EntityTooLarge")
    assert files_in(store) == []
    assert receive(form(file_part(b"x" * 16)), store, limit=16).stored is not None


def test_a_body_over_limit_plus_overhead_is_refused_even_without_a_file_part(store):
    body = form(*(field(f"f{i}", b"y" * 500_000) for i in range(3)))
    with pytest.raises(errors.StorageError) as refused:
        receive(body, store, limit=16, chunks=list(range(0, len(body), 65536)))
    assert (refused.value.status, refused.value.code) == (413, "EntityTooLarge")
    assert "object" in refused.value.message


def test_a_disallowed_file_type_is_refused_before_anything_is_written(store):
    with pytest.raises(errors.StorageError) as refused:
        receive(form(file_part(b"text", "text/plain")), store, allowed=["image/*"])
    assert refused.value.error == "invalid_mime_type"
    assert files_in(store) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [("50MiB", 50 * 1024**2), ("5GB", 5 * 1024**3), ("512KiB", 512 * 1024), (1000, 1000)],
)
def test_config_file_size_limit_units(value, expected):
    assert parse_size(value) == expected
