"""devstack Storage keeps rows and bytes in step: an error leaves neither changed.

File-step failures are injected into a gateway running in this process (so the failing
rename can be patched); commit failures come from a deferred constraint trigger, which
fails the transaction at COMMIT, after the bytes were already put in place.
"""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from devstack.gateway import create_gateway
from devstack.storage import files as files_module

FAIL_MIME = "application/x-fail-at-commit"
FAIL_SEGMENT = "fail-at-commit"


@pytest.fixture
def gateway(stack: Any) -> Iterator[TestClient]:
    """Storage served in-process against the session stack's database and folder."""
    app = create_gateway(stack.config, ["devstack.storage"])
    with TestClient(app, raise_server_exceptions=False) as client:
        client.headers["Authorization"] = f"Bearer {stack.service_key}"
        yield client


@pytest.fixture
def bucket(gateway: TestClient) -> str:
    """A fresh private bucket."""
    name = f"atomic-{uuid.uuid4().hex[:8]}"
    response = gateway.post("/storage/v1/bucket", json={"name": name, "public": False})
    assert response.status_code == 200, response.text
    return name


@pytest.fixture
def failing_renames(stack: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every rename into a bucket folder fail as a full disk would."""
    real_replace = os.replace
    root = Path(stack.config.storage_dir).resolve()

    def replace(src: Any, dst: Any) -> None:
        if root in Path(dst).resolve().parents and "#tmp" not in Path(dst).parts:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(files_module.os, "replace", replace)


@pytest.fixture
def failing_commits(stack: Any) -> Iterator[None]:
    """A deferred trigger that fails COMMIT for marked rows (by MIME type or key segment)."""
    stack.sql(
        "create or replace function public.storage_test_fail_at_commit() returns trigger"
        " language plpgsql as $$ begin"
        f" if new.metadata->>'mimetype' = '{FAIL_MIME}' or new.name like '%{FAIL_SEGMENT}%'"
        " then raise exception 'commit refused by test trigger'; end if;"
        " return null; end $$"
    )
    stack.sql(
        "create constraint trigger storage_test_fail_at_commit after insert or update"
        " on storage.objects deferrable initially deferred for each row"
        " execute function public.storage_test_fail_at_commit()"
    )
    try:
        yield
    finally:
        stack.sql("drop trigger if exists storage_test_fail_at_commit on storage.objects")
        stack.sql("drop function if exists public.storage_test_fail_at_commit()")


def rows(stack: Any, bucket: str) -> list[tuple[str, str, str]]:
    """(name, version, eTag) of every object row in `bucket`."""
    found = stack.sql(
        "select name, version, metadata->>'eTag' from storage.objects"
        " where bucket_id = %s order by name",
        (bucket,),
    )
    return [(str(r[0]), str(r[1]), str(r[2])) for r in found]


def bucket_files(stack: Any, bucket: str) -> dict[str, bytes]:
    """Every file in the bucket's folder, by key."""
    folder = Path(stack.config.storage_dir) / bucket
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def temp_files(stack: Any) -> set[str]:
    """Names of the temp/backup files Storage holds right now."""
    return {p.name for p in (Path(stack.config.storage_dir) / "#tmp").iterdir()}


def upload(
    client: TestClient, bucket: str, key: str, body: bytes, mime: str = "text/plain", **h: str
) -> Any:
    """POST a raw body as an upload."""
    return client.post(
        f"/storage/v1/object/{bucket}/{key}", content=body, headers={"content-type": mime, **h}
    )


def test_failed_file_step_answers_an_error_and_leaves_no_row(
    stack: Any, gateway: TestClient, bucket: str, failing_renames: None
) -> None:
    before = temp_files(stack)
    response = upload(gateway, bucket, "docs/lost.txt", b"bytes that never land")
    assert response.status_code == 500
    assert response.json()["code"] == "InternalError"
    assert rows(stack, bucket) == []
    assert bucket_files(stack, bucket) == {}
    assert temp_files(stack) <= before


def test_failed_file_step_on_upsert_keeps_the_previous_row_and_bytes(
    stack: Any, gateway: TestClient, bucket: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert upload(gateway, bucket, "a.txt", b"version one").status_code == 200
    previous = rows(stack, bucket)
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst).name == "a.txt":
            raise OSError(errno.EACCES, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(files_module.os, "replace", replace)
    response = upload(gateway, bucket, "a.txt", b"version two", **{"x-upsert": "true"})
    assert response.status_code == 500
    assert rows(stack, bucket) == previous
    assert bucket_files(stack, bucket) == {"a.txt": b"version one"}
    assert gateway.get(f"/storage/v1/object/{bucket}/a.txt").content == b"version one"


def test_failed_file_step_on_move_leaves_the_object_where_it_was(
    stack: Any, gateway: TestClient, bucket: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert upload(gateway, bucket, "from/a.txt", b"moving").status_code == 200
    previous = rows(stack, bucket)
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if "to" in Path(dst).parts:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(files_module.os, "replace", replace)
    response = gateway.post(
        "/storage/v1/object/move",
        json={"bucketId": bucket, "sourceKey": "from/a.txt", "destinationKey": "to/a.txt"},
    )
    assert response.status_code == 500
    assert rows(stack, bucket) == previous
    assert bucket_files(stack, bucket) == {"from/a.txt": b"moving"}


def test_failed_commit_of_a_new_upload_leaves_no_file(
    stack: Any, gateway: TestClient, bucket: str, failing_commits: None
) -> None:
    response = upload(gateway, bucket, "x/new.bin", b"never committed", FAIL_MIME)
    assert response.status_code == 500
    assert response.json()["code"] == "DatabaseError"
    assert rows(stack, bucket) == []
    assert bucket_files(stack, bucket) == {}
    assert not (Path(stack.config.storage_dir) / bucket / "x").exists()


def test_failed_commit_of_an_upsert_puts_the_previous_bytes_back(
    stack: Any, gateway: TestClient, bucket: str, failing_commits: None
) -> None:
    assert upload(gateway, bucket, "keep.bin", b"committed bytes").status_code == 200
    previous = rows(stack, bucket)
    before = temp_files(stack)
    response = upload(
        gateway, bucket, "keep.bin", b"rolled back", FAIL_MIME, **{"x-upsert": "true"}
    )
    assert response.status_code == 500
    assert rows(stack, bucket) == previous
    assert bucket_files(stack, bucket) == {"keep.bin": b"committed bytes"}
    assert temp_files(stack) <= before


def test_failed_commit_of_a_move_moves_the_bytes_back(
    stack: Any, gateway: TestClient, bucket: str, failing_commits: None
) -> None:
    assert upload(gateway, bucket, "src/a.txt", b"stay here").status_code == 200
    previous = rows(stack, bucket)
    response = gateway.post(
        "/storage/v1/object/move",
        json={
            "bucketId": bucket,
            "sourceKey": "src/a.txt",
            "destinationKey": f"{FAIL_SEGMENT}/a.txt",
        },
    )
    assert response.status_code == 500
    assert rows(stack, bucket) == previous
    assert bucket_files(stack, bucket) == {"src/a.txt": b"stay here"}
    assert not (Path(stack.config.storage_dir) / bucket / FAIL_SEGMENT).exists()


def test_failed_commit_of_a_copy_leaves_no_copy(
    stack: Any, gateway: TestClient, bucket: str, failing_commits: None
) -> None:
    assert upload(gateway, bucket, "orig.txt", b"original").status_code == 200
    previous = rows(stack, bucket)
    response = gateway.post(
        "/storage/v1/object/copy",
        json={"bucketId": bucket, "sourceKey": "orig.txt", "destinationKey": f"{FAIL_SEGMENT}.txt"},
    )
    assert response.status_code == 500
    assert rows(stack, bucket) == previous
    assert bucket_files(stack, bucket) == {"orig.txt": b"original"}


def test_successful_upsert_and_move_leave_no_backup_behind(
    stack: Any, gateway: TestClient, bucket: str
) -> None:
    before = temp_files(stack)
    assert upload(gateway, bucket, "b.txt", b"one").status_code == 200
    assert upload(gateway, bucket, "b.txt", b"two", **{"x-upsert": "true"}).status_code == 200
    moved = gateway.post(
        "/storage/v1/object/move",
        json={"bucketId": bucket, "sourceKey": "b.txt", "destinationKey": "d/b.txt"},
    )
    assert moved.status_code == 200, moved.text
    assert bucket_files(stack, bucket) == {"d/b.txt": b"two"}
    assert [r[0] for r in rows(stack, bucket)] == ["d/b.txt"]
    assert temp_files(stack) <= before
