"""devstack Storage through the official supabase-py client (storage3), unmodified."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from hashlib import md5

import httpx
import pytest
from storage3.exceptions import StorageApiError

from devstack import keys
from tests.integration.devstack.clients import storage_for


def unique(prefix: str) -> str:
    """A bucket name no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def object_rows(stack, bucket: str) -> list[str]:
    """The object names the table holds for `bucket`."""
    rows = stack.sql(
        "select name from storage.objects where bucket_id = %s order by name", (bucket,)
    )
    return [str(row[0]) for row in rows]


@pytest.fixture
def service(stack):
    """Storage as the service role."""
    return storage_for(stack)


@pytest.fixture
def private_bucket(service):
    bucket = unique("private")
    service.create_bucket(bucket, options={"public": False})
    return bucket


def test_upload_download_list_and_remove_round_trip(stack, service, private_bucket):
    files = service.from_(private_bucket)
    result = files.upload("reports/2024/summary.txt", b"resumo", {"content-type": "text/plain"})
    files.upload("reports/cover.png", b"\x89PNG", {"content-type": "image/png"})
    files.upload("readme.md", b"# leia", {"content-type": "text/markdown"})

    assert result.full_path == f"{private_bucket}/reports/2024/summary.txt"
    assert files.download("reports/2024/summary.txt") == b"resumo"
    on_disk = stack.config.storage_dir / private_bucket / "reports" / "2024" / "summary.txt"
    assert on_disk.read_bytes() == b"resumo"

    top = files.list()
    assert [(entry["name"], entry["id"] is None) for entry in top] == [
        ("readme.md", False),
        ("reports", True),
    ]
    nested = files.list("reports")
    assert [entry["name"] for entry in nested] == ["2024", "cover.png"]
    cover = nested[1]
    assert cover["metadata"]["mimetype"] == "image/png"
    assert cover["metadata"]["size"] == 4
    assert files.list("reports", {"search": "cov"})[0]["name"] == "cover.png"
    page = files.list("", {"limit": 1, "offset": 1, "sortBy": {"column": "name", "order": "desc"}})
    assert [entry["name"] for entry in page] == ["readme.md"]

    info = files.info("reports/cover.png")
    assert (info["name"], info["size"], info["content_type"]) == (
        "reports/cover.png",
        4,
        "image/png",
    )
    assert files.exists("reports/cover.png") is True
    assert files.exists("reports/missing.png") is False

    removed = files.remove(["reports/2024/summary.txt", "readme.md", "never-existed.txt"])
    assert sorted(row["name"] for row in removed) == ["readme.md", "reports/2024/summary.txt"]
    assert not on_disk.exists()
    assert object_rows(stack, private_bucket) == ["reports/cover.png"]


def test_upload_without_upsert_refuses_existing_key_and_update_replaces_bytes(
    service, private_bucket
):
    files = service.from_(private_bucket)
    files.upload("doc.txt", b"v1", {"content-type": "text/plain"})
    with pytest.raises(StorageApiError) as refused:
        files.upload("doc.txt", b"v2", {"content-type": "text/plain"})
    assert (refused.value.status, refused.value.code) == ("409", "Duplicate")
    assert files.download("doc.txt") == b"v1"

    files.upload("doc.txt", b"v3", {"content-type": "text/plain", "upsert": "true"})
    assert files.download("doc.txt") == b"v3"
    files.update("doc.txt", b"v4", {"content-type": "text/plain"})
    assert files.download("doc.txt") == b"v4"


def test_bucket_create_get_list_update_empty_and_delete(stack, service):
    bucket = unique("lifecycle")
    assert service.create_bucket(
        bucket,
        options={"public": False, "file_size_limit": 1024, "allowed_mime_types": ["image/*"]},
    ) == {"name": bucket}
    with pytest.raises(StorageApiError) as duplicate:
        service.create_bucket(bucket)
    assert duplicate.value.status == "409"

    fetched = service.get_bucket(bucket)
    assert (fetched.public, fetched.file_size_limit, fetched.allowed_mime_types) == (
        False,
        1024,
        ["image/*"],
    )
    assert bucket in [b.id for b in service.list_buckets()]

    service.update_bucket(bucket, {"public": True, "file_size_limit": 2048})
    updated = service.get_bucket(bucket)
    assert (updated.public, updated.file_size_limit) == (True, 2048)

    service.from_(bucket).upload("a.png", b"png", {"content-type": "image/png"})
    with pytest.raises(StorageApiError) as not_empty:
        service.delete_bucket(bucket)
    assert (not_empty.value.status, not_empty.value.code) == ("409", "ResourceNotEmpty")

    service.empty_bucket(bucket)
    assert object_rows(stack, bucket) == []
    assert service.delete_bucket(bucket) == {"message": "Successfully deleted"}
    with pytest.raises(StorageApiError) as gone:
        service.get_bucket(bucket)
    assert (gone.value.status, gone.value.code) == ("404", "Bucket not found")


def test_move_and_copy_carry_bytes_and_rows(stack, service, private_bucket):
    files = service.from_(private_bucket)
    files.upload("inbox/photo.jpg", b"jpeg-bytes", {"content-type": "image/jpeg"})

    copied = files.copy("inbox/photo.jpg", "archive/photo-copy.jpg")
    assert copied["Key"] == f"{private_bucket}/archive/photo-copy.jpg"
    files.move("inbox/photo.jpg", "processed/photo.jpg")

    assert files.download("processed/photo.jpg") == b"jpeg-bytes"
    assert files.download("archive/photo-copy.jpg") == b"jpeg-bytes"
    assert object_rows(stack, private_bucket) == ["archive/photo-copy.jpg", "processed/photo.jpg"]
    assert not (stack.config.storage_dir / private_bucket / "inbox").exists()
    with pytest.raises(StorageApiError) as missing:
        files.move("inbox/photo.jpg", "elsewhere.jpg")
    assert missing.value.status == "404"


def test_signed_url_serves_the_object_without_credentials(stack, service, private_bucket):
    files = service.from_(private_bucket)
    files.upload("contracts/deal.pdf", b"%PDF-1.7", {"content-type": "application/pdf"})

    signed = files.create_signed_url("contracts/deal.pdf", 60)
    response = httpx.get(signed["signedURL"])
    assert response.status_code == 200
    assert response.content == b"%PDF-1.7"
    assert response.headers["content-type"] == "application/pdf"

    many = files.create_signed_urls(["contracts/deal.pdf", "contracts/nope.pdf"], 60)
    assert httpx.get(many[0]["signedURL"]).content == b"%PDF-1.7"
    assert many[1]["signedURL"] is None and many[1]["error"]

    download = files.create_signed_url("contracts/deal.pdf", 60, {"download": "contrato.pdf"})
    attachment = httpx.get(download["signedURL"])
    assert "attachment" in attachment.headers["content-disposition"]
    assert "contrato.pdf" in attachment.headers["content-disposition"]


def test_signed_url_with_bad_or_expired_token_is_refused(stack, service, private_bucket):
    files = service.from_(private_bucket)
    files.upload("secret.txt", b"segredo", {"content-type": "text/plain"})
    base = f"{stack.url}/storage/v1/object/sign/{private_bucket}/secret.txt"

    url = f"{private_bucket}/secret.txt"
    expired = keys.sign(
        {"url": url, "scope": "download", "iat": keys.now() - 120, "exp": keys.now() - 60},
        stack.config.jwt_secret,
    )
    forged = keys.sign(
        {"url": url, "scope": "download", "exp": keys.now() + 60}, "another-secret-" * 3
    )
    other_object = keys.sign(
        {"url": f"{private_bucket}/other.txt", "scope": "download", "exp": keys.now() + 60},
        stack.config.jwt_secret,
    )
    upload_scoped = keys.sign(
        {"url": url, "scope": "upload", "upsert": False, "exp": keys.now() + 60},
        stack.config.jwt_secret,
    )
    cases = {
        expired: "InvalidJWT",
        forged: "InvalidJWT",
        "not-a-jwt": "InvalidJWT",
        other_object: "InvalidSignature",
        upload_scoped: "InvalidSignature",
    }
    for token, code in cases.items():
        response = httpx.get(base, params={"token": token})
        body = response.json()
        assert response.status_code == 400, token
        assert (body["statusCode"], body["code"]) == ("400", code), token
        assert b"segredo" not in response.content


def test_signed_upload_url_uploads_once_as_the_signing_user(stack, service, private_bucket):
    sub = str(uuid.uuid4())
    stack.sql(
        f"""create policy "{private_bucket} own folder" on storage.objects for all
        to authenticated
        using (bucket_id = '{private_bucket}' and (storage.foldername(name))[1] = auth_sub())
        with check (bucket_id = '{private_bucket}' and (storage.foldername(name))[1] = auth_sub())
        """.replace("auth_sub()", "(current_setting('request.jwt.claims', true)::json->>'sub')")
    )
    user = storage_for(stack, stack.user_token(sub)).from_(private_bucket)

    signed = user.create_signed_upload_url(f"{sub}/avatar.png")
    result = user.upload_to_signed_url(
        f"{sub}/avatar.png", signed["token"], b"avatar", {"content-type": "image/png"}
    )
    assert result.full_path == f"{private_bucket}/{sub}/avatar.png"
    assert user.download(f"{sub}/avatar.png") == b"avatar"
    owner = stack.sql(
        "select owner_id from storage.objects where bucket_id = %s and name = %s",
        (private_bucket, f"{sub}/avatar.png"),
    )
    assert owner == [(sub,)]

    with pytest.raises(StorageApiError) as refused:
        user.create_signed_upload_url("someone-else/avatar.png")
    assert refused.value.status == "403"

    tampered = signed["token"][:-4] + ("AAAA" if not signed["token"].endswith("AAAA") else "BBBB")
    with pytest.raises(StorageApiError) as bad:
        user.upload_to_signed_url(f"{sub}/avatar.png", tampered, b"evil")
    assert bad.value.status == "400"
    assert user.download(f"{sub}/avatar.png") == b"avatar"


def test_public_url_is_readable_anonymously_and_private_one_is_not(stack, service):
    public = unique("public")
    service.create_bucket(public, options={"public": True})
    files = service.from_(public)
    files.upload("logos/brand.svg", b"<svg/>", {"content-type": "image/svg+xml"})
    private_files = service.from_(unique("closed"))
    service.create_bucket(private_files.id, options={"public": False})
    private_files.upload("logo.svg", b"<svg/>", {"content-type": "image/svg+xml"})

    response = httpx.get(files.get_public_url("logos/brand.svg"))
    assert response.status_code == 200
    assert response.content == b"<svg/>"
    assert response.headers["content-type"] == "image/svg+xml"

    refused = httpx.get(private_files.get_public_url("logo.svg"))
    assert refused.status_code == 400
    assert refused.json()["code"] == "NoSuchBucket"
    anonymous = httpx.get(f"{stack.url}/storage/v1/object/{private_files.id}/logo.svg")
    assert anonymous.json()["code"] == "NoSuchBucket"


def test_expired_user_token_is_refused(stack, private_bucket):
    claims = {"sub": str(uuid.uuid4()), "role": "authenticated", "exp": int(time.time()) - 3600}
    expired = storage_for(stack, keys.sign(claims, stack.config.jwt_secret))
    with pytest.raises(StorageApiError) as refused:
        expired.from_(private_bucket).upload("x.txt", b"x")
    assert (refused.value.status, refused.value.code) == ("403", "Unauthorized")


def test_custom_metadata_and_cache_control_are_kept(stack, service, private_bucket):
    files = service.from_(private_bucket)
    files.upload(
        "tagged.txt",
        b"tagged",
        {"content-type": "text/plain", "cache-control": "120", "metadata": {"lead": "42"}},
    )
    info = files.info("tagged.txt")
    assert info["metadata"] == {"lead": "42"}
    assert info["cache_control"] == "max-age=120"
    response = httpx.get(
        f"{stack.url}/storage/v1/object/authenticated/{private_bucket}/tagged.txt",
        headers={"Authorization": f"Bearer {stack.service_key}"},
    )
    assert response.headers["cache-control"] == "max-age=120"
    assert response.headers["etag"] == info["etag"]

    raw = httpx.post(
        f"{stack.url}/storage/v1/object/{private_bucket}/raw.txt",
        content=b"raw",
        headers={
            "Authorization": f"Bearer {stack.service_key}",
            "content-type": "text/plain",
            "x-metadata": "eyJzb3VyY2UiOiAid2hhdHNhcHAifQ==",
        },
    )
    assert raw.status_code == 200
    assert files.info("raw.txt")["metadata"] == {"source": "whatsapp"}


def test_list_v2_pages_with_cursor_and_folds_folders(service, private_bucket):
    files = service.from_(private_bucket)
    for key in ("b.txt", "a/one.txt", "a/two.txt", "c.txt", "d/deep/three.txt"):
        files.upload(key, b"x", {"content-type": "text/plain"})

    seen_folders, seen_objects, cursor, pages = [], [], None, 0
    while True:
        options = {"with_delimiter": True, "limit": 2}
        if cursor:
            options["cursor"] = cursor
        page = files.list_v2(options)
        pages += 1
        seen_folders += [folder.name for folder in page.folders]
        seen_objects += [obj.name for obj in page.objects]
        if not page.hasNext:
            break
        cursor = page.nextCursor
    assert pages == 2
    assert seen_folders == ["a/", "d/"]
    assert seen_objects == ["b.txt", "c.txt"]

    nested = files.list_v2({"prefix": "a/", "with_delimiter": True})
    assert [obj.name for obj in nested.objects] == ["a/one.txt", "a/two.txt"]
    flat = files.list_v2({"prefix": "d/"})
    assert [obj.name for obj in flat.objects] == ["d/deep/three.txt"]


def test_concurrent_upserts_leave_bytes_matching_the_committed_row(stack, private_bucket):
    def upsert(n: int) -> None:
        storage_for(stack).from_(private_bucket).upload(
            "race.txt", f"version {n}".encode() * (n + 1), {"upsert": "true"}
        )

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(upsert, range(16)))

    ((etag, size),) = stack.sql(
        "select metadata->>'eTag', (metadata->>'size')::int from storage.objects"
        " where bucket_id = %s and name = 'race.txt'",
        (private_bucket,),
    )
    data = (stack.config.storage_dir / private_bucket / "race.txt").read_bytes()
    assert (f'"{md5(data).hexdigest()}"', len(data)) == (etag, size)
