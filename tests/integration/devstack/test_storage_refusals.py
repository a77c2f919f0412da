"""devstack Storage refusals: RLS between users, traversal, size, MIME — and nothing written."""

from __future__ import annotations

import http.client
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import psycopg
import pytest
from storage3.exceptions import StorageApiError

from tests.integration.devstack.clients import storage_for

OWN_FOLDER = (
    "(storage.foldername(name))[1] = (current_setting('request.jwt.claims', true)::json->>'sub')"
)


def object_rows(stack, bucket: str) -> list[str]:
    """The object names the table holds for `bucket`."""
    rows = stack.sql(
        "select name from storage.objects where bucket_id = %s order by name", (bucket,)
    )
    return [str(row[0]) for row in rows]


def files_on_disk(stack) -> set[Path]:
    """Every file under the stack's storage folder."""
    root = stack.config.storage_dir
    return {path.relative_to(root) for path in root.rglob("*") if path.is_file()}


def raw_upload(stack, path: str, body: bytes, content_type: str = "text/plain"):
    """POST a raw body to an exact, unnormalised request path (clients refuse dot segments)."""
    parts = urlsplit(stack.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request(
            "POST",
            f"/storage/v1/object/{path}",
            body=body,
            headers={"Authorization": f"Bearer {stack.service_key}", "content-type": content_type},
        )
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@pytest.fixture
def service(stack):
    """Storage as the service role."""
    return storage_for(stack)


@pytest.fixture
def bucket(service):
    name = f"refusals-{uuid.uuid4().hex[:8]}"
    service.create_bucket(name, options={"public": False})
    return name


@pytest.fixture
def per_user_bucket(stack, service):
    """A private bucket where each user may only touch `<their uid>/...`."""
    name = f"per-user-{uuid.uuid4().hex[:8]}"
    service.create_bucket(name, options={"public": False})
    scope = f"bucket_id = '{name}' and {OWN_FOLDER}"
    stack.sql(
        f'create policy "{name} read" on storage.objects for select to authenticated using ({scope})'
    )
    stack.sql(
        f'create policy "{name} write" on storage.objects for insert to authenticated with check ({scope})'
    )
    stack.sql(
        f'create policy "{name} update" on storage.objects for update to authenticated using ({scope})'
    )
    stack.sql(
        f'create policy "{name} delete" on storage.objects for delete to authenticated using ({scope})'
    )
    return name


@pytest.mark.parametrize(
    "key",
    [
        "../escape.txt",
        "a/../../escape.txt",
        "a/%2E%2E/%2E%2E/escape.txt",
        "a%2F..%2F..%2Fescape.txt",
        "/escape.txt",
        "a/./escape.txt",
        "a//escape.txt",
        "a%5Cescape.txt",
        "escape%00.txt",
        # Longer than a file name may be on disk: refused up front, not a 500 after the row.
        "a" * 256 + "/x.txt",
        "b" * 2000 + ".txt",
    ],
)
def test_path_traversal_keys_are_refused_and_write_nothing(stack, bucket, key):
    before = files_on_disk(stack)
    status, body = raw_upload(stack, f"{bucket}/{key}", b"pwned")
    assert status == 400
    assert httpx.Response(400, content=body).json()["code"] == "InvalidKey"
    assert files_on_disk(stack) == before
    assert object_rows(stack, bucket) == []


def test_bucket_name_traversal_is_refused(stack):
    status, body = raw_upload(stack, "%2E%2E/escape.txt", b"pwned")
    assert status == 400
    assert httpx.Response(400, content=body).json()["code"] == "InvalidBucketName"
    assert not (stack.config.storage_dir.parent / "escape.txt").exists()


def test_move_or_copy_onto_a_traversal_key_is_refused(stack, service, bucket):
    files = service.from_(bucket)
    files.upload("source.txt", b"data", {"content-type": "text/plain"})
    for action in (files.move, files.copy):
        with pytest.raises(StorageApiError) as refused:
            action("source.txt", "../../outside.txt")
        assert refused.value.status == "400"
    assert object_rows(stack, bucket) == ["source.txt"]
    assert not any("outside" in str(path) for path in files_on_disk(stack))


def test_oversize_uploads_are_refused_and_write_nothing(stack, service):
    small = f"small-{uuid.uuid4().hex[:8]}"
    service.create_bucket(small, options={"file_size_limit": 16})
    files = service.from_(small)
    before = files_on_disk(stack)

    with pytest.raises(StorageApiError) as multipart:
        files.upload("big.txt", b"x" * 17, {"content-type": "text/plain"})
    assert (multipart.value.status, multipart.value.code) == ("413", "Payload too large")
    raw = httpx.post(
        f"{stack.url}/storage/v1/object/{small}/big-raw.txt",
        content=b"y" * 17,
        headers={"Authorization": f"Bearer {stack.service_key}", "content-type": "text/plain"},
    )
    assert raw.status_code == 400
    assert raw.json()["statusCode"] == "413"

    assert files_on_disk(stack) == before
    assert object_rows(stack, small) == []
    files.upload("fits.txt", b"x" * 16, {"content-type": "text/plain"})
    assert files.download("fits.txt") == b"x" * 16


def test_bucket_size_limit_above_the_stack_limit_is_refused(service):
    with pytest.raises(StorageApiError) as refused:
        service.create_bucket(f"huge-{uuid.uuid4().hex[:8]}", options={"file_size_limit": "60MB"})
    assert refused.value.status == "413"


def test_mime_types_outside_the_bucket_list_are_refused(stack, service):
    images = f"images-{uuid.uuid4().hex[:8]}"
    service.create_bucket(images, options={"allowed_mime_types": ["image/*", "application/pdf"]})
    files = service.from_(images)

    with pytest.raises(StorageApiError) as refused:
        files.upload("note.txt", b"text", {"content-type": "text/plain"})
    assert (refused.value.status, refused.value.code) == ("415", "invalid_mime_type")
    assert object_rows(stack, images) == []
    assert not (stack.config.storage_dir / images).exists()

    files.upload("photo.webp", b"webp", {"content-type": "image/webp"})
    files.upload("doc.pdf", b"pdf", {"content-type": "application/pdf"})
    assert object_rows(stack, images) == ["doc.pdf", "photo.webp"]


def test_private_bucket_is_refused_to_another_user(stack, per_user_bucket):
    alice, bob = str(uuid.uuid4()), str(uuid.uuid4())
    alice_files = storage_for(stack, stack.user_token(alice)).from_(per_user_bucket)
    bob_files = storage_for(stack, stack.user_token(bob)).from_(per_user_bucket)
    alice_files.upload(f"{alice}/cv.pdf", b"alice-cv", {"content-type": "application/pdf"})
    assert alice_files.download(f"{alice}/cv.pdf") == b"alice-cv"
    assert stack.sql(
        "select owner::text, owner_id from storage.objects where bucket_id = %s",
        (per_user_bucket,),
    ) == [(alice, alice)]

    with pytest.raises(StorageApiError) as download:
        bob_files.download(f"{alice}/cv.pdf")
    assert (download.value.status, download.value.code) == ("404", "not_found")
    assert bob_files.list(alice) == []
    assert bob_files.exists(f"{alice}/cv.pdf") is False
    with pytest.raises(StorageApiError):
        bob_files.create_signed_url(f"{alice}/cv.pdf", 60)
    with pytest.raises(StorageApiError):
        bob_files.move(f"{alice}/cv.pdf", f"{bob}/stolen.pdf")
    assert bob_files.remove([f"{alice}/cv.pdf"]) == []

    with pytest.raises(StorageApiError) as upload:
        bob_files.upload(f"{alice}/cv.pdf", b"bob-was-here", {"upsert": "true"})
    assert (upload.value.status, upload.value.code) == ("403", "Unauthorized")
    with pytest.raises(StorageApiError) as planted:
        bob_files.upload(f"{alice}/planted.pdf", b"bob-was-here")
    assert planted.value.message == "new row violates row-level security policy"

    assert object_rows(stack, per_user_bucket) == [f"{alice}/cv.pdf"]
    on_disk = stack.config.storage_dir / per_user_bucket / alice
    assert sorted(path.name for path in on_disk.iterdir()) == ["cv.pdf"]
    assert (on_disk / "cv.pdf").read_bytes() == b"alice-cv"

    anonymous = httpx.get(f"{stack.url}/storage/v1/object/{per_user_bucket}/{alice}/cv.pdf")
    assert anonymous.json()["code"] == "NoSuchBucket"
    with_anon_key = storage_for(stack, stack.anon_key).from_(per_user_bucket)
    with pytest.raises(StorageApiError):
        with_anon_key.download(f"{alice}/cv.pdf")


def test_users_cannot_manage_buckets_without_policies(stack, bucket):
    user = storage_for(stack, stack.user_token(str(uuid.uuid4())))
    with pytest.raises(StorageApiError) as created:
        user.create_bucket(f"mine-{uuid.uuid4().hex[:8]}")
    assert created.value.status == "403"
    assert user.list_buckets() == []
    with pytest.raises(StorageApiError):
        user.delete_bucket(bucket)
    assert stack.sql("select count(*) from storage.buckets where id = %s", (bucket,)) == [(1,)]


def test_rows_cannot_be_deleted_behind_the_api_back(stack, service, bucket):
    service.from_(bucket).upload("keep.txt", b"keep", {"content-type": "text/plain"})
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        stack.sql("delete from storage.objects where bucket_id = %s", (bucket,))
    assert object_rows(stack, bucket) == ["keep.txt"]


def test_malformed_or_endless_multipart_uploads_are_refused_and_write_nothing(stack, service):
    small = f"small-{uuid.uuid4().hex[:8]}"
    service.create_bucket(small, options={"file_size_limit": 16})
    before = files_on_disk(stack)
    url = f"{stack.url}/storage/v1/object/{small}/a.txt"
    auth = {"Authorization": f"Bearer {stack.service_key}"}
    head = b'--B\r\nContent-Disposition: form-data; name=""; filename="a"\r\n\r\n'

    def chunked_body():
        # No content-length: only the limits enforced while streaming can refuse this.
        yield head
        for _ in range(40):
            yield b"z" * 65536

    refusals = {
        "no boundary": httpx.post(
            url, content=head, headers={**auth, "content-type": "multipart/form-data"}
        ),
        "no file part": httpx.post(
            url,
            content=b'--B\r\nContent-Disposition: form-data; name="cacheControl"\r\n\r\n1\r\n--B--\r\n',
            headers={**auth, "content-type": "multipart/form-data; boundary=B"},
        ),
        "streamed oversize": httpx.post(
            url,
            content=chunked_body(),
            headers={**auth, "content-type": "multipart/form-data; boundary=B"},
        ),
    }
    statuses = {name: response.json()["statusCode"] for name, response in refusals.items()}
    assert statuses == {"no boundary": "400", "no file part": "400", "streamed oversize": "413"}
    assert files_on_disk(stack) == before
    assert object_rows(stack, small) == []


def test_deleting_another_users_object_looks_exactly_like_deleting_a_missing_one(
    stack, per_user_bucket
):
    alice, bob = str(uuid.uuid4()), str(uuid.uuid4())
    alice_files = storage_for(stack, stack.user_token(alice)).from_(per_user_bucket)
    alice_files.upload(f"{alice}/cv.pdf", b"alice-cv", {"content-type": "application/pdf"})
    headers = {"Authorization": f"Bearer {stack.user_token(bob)}", "apikey": stack.anon_key}
    base = f"{stack.url}/storage/v1/object/{per_user_bucket}"
    hidden = httpx.delete(f"{base}/{alice}/cv.pdf", headers=headers)
    missing = httpx.delete(f"{base}/{alice}/no-such-file.pdf", headers=headers)
    # No oracle: bob cannot tell that alice's file exists, and it is untouched.
    assert (hidden.status_code, hidden.json()) == (missing.status_code, missing.json())
    assert missing.json()["statusCode"] == "404"
    assert object_rows(stack, per_user_bucket) == [f"{alice}/cv.pdf"]
    assert alice_files.download(f"{alice}/cv.pdf") == b"alice-cv"
