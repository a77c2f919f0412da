"""Storage's key/body validation on its own (no stack): what may become a path on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devstack.config import parse_size
from devstack.storage import errors
from devstack.storage.bodies import check_mime, parse_multipart
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


def test_multipart_with_an_unnamed_file_part_is_read_like_supabase_js_sends_it():
    body = (
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="cacheControl"\r\n\r\n'
        b"3600\r\n"
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name=""; filename="blob"\r\n'
        b"Content-Type: image/png\r\n\r\n"
        b"\x89PNG\r\n--not-the-boundary\r\n"
        b"--XyZ--\r\n"
    )
    fields, part = parse_multipart(body, "multipart/form-data; boundary=XyZ")
    assert fields == {"cacheControl": "3600"}
    assert part is not None
    assert part.mimetype == "image/png"
    assert body[part.start : part.end] == b"\x89PNG\r\n--not-the-boundary"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("50MiB", 50 * 1024**2), ("5GB", 5 * 1024**3), ("512KiB", 512 * 1024), (1000, 1000)],
)
def test_config_file_size_limit_units(value, expected):
    assert parse_size(value) == expected
