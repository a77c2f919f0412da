"""devstack Storage through the official supabase-js in Node.js (tests/js/storage.mjs)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

JS_DIR = Path(__file__).resolve().parents[2] / "js"
OWN_FOLDER = (
    "(storage.foldername(name))[1] = (current_setting('request.jwt.claims', true)::json->>'sub')"
)


@pytest.fixture(scope="module")
def js_run(stack):
    """Run the supabase-js scenario once and return its observations."""
    node = shutil.which("node")
    assert node, "node is required for the supabase-js tests"
    private_bucket = f"js-private-{uuid.uuid4().hex[:8]}"
    public_bucket = f"js-public-{uuid.uuid4().hex[:8]}"
    alice, bob = str(uuid.uuid4()), str(uuid.uuid4())
    scope = f"bucket_id = '{private_bucket}' and {OWN_FOLDER}"
    for command, clause in (
        ("select", f"using ({scope})"),
        ("insert", f"with check ({scope})"),
        ("update", f"using ({scope})"),
        ("delete", f"using ({scope})"),
    ):
        stack.sql(
            f'create policy "{private_bucket} {command}" on storage.objects'
            f" for {command} to authenticated {clause}"
        )
    env = {
        **os.environ,
        "SUPABASE_URL": stack.url,
        "SUPABASE_ANON_KEY": stack.anon_key,
        "SUPABASE_SERVICE_ROLE_KEY": stack.service_key,
        "PRIVATE_BUCKET": private_bucket,
        "PUBLIC_BUCKET": public_bucket,
        "ALICE_ID": alice,
        "ALICE_TOKEN": stack.user_token(alice),
        "BOB_TOKEN": stack.user_token(bob),
    }
    result = subprocess.run(
        [node, "storage.mjs"], cwd=JS_DIR, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    observed = json.loads(result.stdout.strip().splitlines()[-1])
    observed["_private"], observed["_public"], observed["_alice"] = (
        private_bucket,
        public_bucket,
        alice,
    )
    return observed


def test_js_manages_buckets(js_run):
    private = js_run["_private"]
    assert js_run["createPrivate"] == {"data": {"name": private}, "error": None}
    bucket = js_run["getBucket"]["data"]
    assert (bucket["id"], bucket["public"], bucket["file_size_limit"]) == (private, False, 1024)
    assert bucket["allowed_mime_types"] == ["text/*", "image/png"]
    assert {private, js_run["_public"]} <= set(js_run["listedBucketIds"])
    assert js_run["updateBucket"]["data"] == {"message": "Successfully updated"}
    assert js_run["deletePublic"]["data"] == {"message": "Successfully deleted"}


def test_js_uploads_blobs_and_buffers_and_downloads_them(js_run):
    private = js_run["_private"]
    assert js_run["uploadBlob"]["data"]["fullPath"] == f"{private}/docs/blob.txt"
    assert js_run["uploadRaw"]["data"]["path"] == "docs/raw.txt"
    assert js_run["uploadDuplicate"]["statusCode"] == "409"
    assert js_run["upsert"] is None
    assert js_run["downloadRaw"] == "upserted buffer"
    assert js_run["downloadBlob"] == "from a blob"
    info = js_run["info"]["data"]
    assert (info["name"], info["size"], info["contentType"]) == ("docs/raw.txt", 15, "text/plain")
    assert (js_run["exists"], js_run["existsMissing"]) == (True, False)
    assert js_run["list"] == ["raw.txt", "blob.txt"]
    assert js_run["root"] == [{"name": "docs", "isFolder": True}]


def test_js_refuses_oversize_and_wrong_mime_uploads(js_run):
    assert js_run["tooBig"]["statusCode"] == "413"
    assert js_run["badMime"]["statusCode"] == "415"


def test_js_moves_copies_and_signs_urls(js_run):
    assert js_run["copy"] == {"path": f"{js_run['_private']}/copies/raw.txt"}
    assert js_run["move"]["message"] == "Successfully moved"
    assert js_run["downloadMoved"] == "from a blob"
    assert js_run["signedFetch"] == "upserted buffer"
    assert js_run["signedMany"][0] == {"path": "copies/raw.txt", "ok": True, "error": None}
    assert js_run["signedMany"][1]["ok"] is False
    assert js_run["badToken"]["status"] == 400
    assert js_run["badToken"]["body"]["code"] == "InvalidJWT"
    assert js_run["signedUpload"]["error"] is None
    assert js_run["signedUploadContent"] == "signed upload"
    assert sorted(js_run["remove"]) == ["copies/raw.txt", "docs/raw.txt"]


def test_js_public_url_is_anonymous_and_private_bucket_is_not(js_run):
    assert js_run["publicFetch"] == {"status": 200, "type": "image/png", "body": "png-bytes"}
    assert js_run["privatePublicFetch"]["status"] == 400
    assert js_run["privatePublicFetch"]["body"]["code"] == "NoSuchBucket"


def test_js_private_objects_are_refused_to_another_user(stack, js_run):
    alice = js_run["_alice"]
    assert js_run["aliceUpload"] is None
    assert js_run["aliceRead"] == "alice only"
    assert js_run["bobRead"]["statusCode"] == "404"
    assert js_run["bobList"] == []
    assert js_run["bobWrite"]["statusCode"] == "403"
    assert js_run["bobRemove"] == []
    on_disk = stack.config.storage_dir / js_run["_private"] / alice / "note.txt"
    assert on_disk.read_bytes() == b"alice only"
