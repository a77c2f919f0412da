"""devstack Storage list-v2: pages come from bounded SQL and walk every entry exactly once.

Each walk is checked against a model of the order the endpoint promises: entries (folders
folded when `with_delimiter`) by (sort value, name) in code-point order, folders having an
empty sort value, timestamps compared as the millisecond ISO strings the cursor carries.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from psycopg import AsyncCursor
from starlette.testclient import TestClient

from devstack.gateway import create_gateway
from devstack.storage.context import iso

# Code-point order differs from most locales here: upper case before lower, '-' and ' '
# before '/', before letters.
KEYS = [
    "b.txt",
    "B.txt",
    "a b.txt",
    "a-b.txt",
    "ab.txt",
    "a/one.txt",
    "a/two.txt",
    "a/deep/three.txt",
    "Zed/z.txt",
    "zz/y/x.txt",
    "0.txt",
    "c.txt",
]
BASE = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def client(stack: Any) -> Any:
    """Storage served in-process as the service role."""
    with TestClient(create_gateway(stack.config, ["devstack.storage"])) as test_client:
        test_client.headers["Authorization"] = f"Bearer {stack.service_key}"
        yield test_client


@pytest.fixture(scope="module")
def listing(stack: Any, client: TestClient) -> str:
    """A bucket holding KEYS, with known distinct timestamps."""
    bucket = f"listing-{uuid.uuid4().hex[:8]}"
    assert client.post("/storage/v1/bucket", json={"name": bucket}).status_code == 200
    for key in KEYS:
        response = client.post(
            f"/storage/v1/object/{bucket}/{key}",
            content=b"x",
            headers={"content-type": "text/plain"},
        )
        assert response.status_code == 200, response.text
    # "b.txt" and "B.txt" share a millisecond but not a microsecond, in the opposite order
    # to their names: truncated to the millisecond like `iso()` (and the cursor) they tie
    # and sort by name; microseconds or rounding would put "b.txt" first.
    offsets = {"b.txt": 1100, "B.txt": 1900}
    for n, key in enumerate(KEYS):
        updated = BASE + timedelta(microseconds=offsets.get(key, (n + 3) * 1000))
        created = BASE - timedelta(milliseconds=len(KEYS) - n)
        stack.sql(
            "do $$ begin perform set_config('session_replication_role', 'replica', true);"
            f" update storage.objects set updated_at = '{updated.isoformat()}',"
            f" created_at = '{created.isoformat()}'"
            f" where bucket_id = '{bucket}' and name = '{key}'; end $$"
        )
    return bucket


def model(
    stack: Any, bucket: str, prefix: str, delimited: bool, column: str, descending: bool
) -> list[str]:
    """The entry names (folders with a trailing '/') in the order pages must return them."""
    found = stack.sql(
        "select name, updated_at, created_at from storage.objects where bucket_id = %s",
        (bucket,),
    )
    entries: dict[tuple[str, str], bool] = {}
    for name, updated_at, created_at in found:
        name = str(name)
        if not name.startswith(prefix):
            continue
        rest = name[len(prefix) :]
        if delimited and "/" in rest:
            entries[("", prefix + rest.split("/", 1)[0])] = True
            continue
        stamp = {"updated_at": updated_at, "created_at": created_at}.get(column)
        value = "" if column == "name" else iso(stamp) or ""  # type: ignore[arg-type]
        entries[(value, name)] = False
    # Python compares str by code point, the order collate "C" gives UTF-8 text.
    ordered = sorted(entries, reverse=descending)
    return [name + "/" if entries[(value, name)] else name for value, name in ordered]


def walk(
    client: TestClient, bucket: str, body: dict[str, Any], limit: int
) -> tuple[list[str], int]:
    """Every entry name over all pages of `limit` (one entry per page keeps the order)."""
    names: list[str] = []
    pages = 0
    cursor = None
    while True:
        request = {**body, "limit": limit, **({"cursor": cursor} if cursor else {})}
        response = client.post(f"/storage/v1/object/list-v2/{bucket}", json=request)
        assert response.status_code == 200, response.text
        page = response.json()
        pages += 1
        names += [f["name"] for f in page["folders"]] + [o["name"] for o in page["objects"]]
        if not page["hasNext"]:
            assert "nextCursor" not in page
            return names, pages
        if limit == 1:
            assert page["nextCursorKey"] == names[-1].rstrip("/")
        cursor = page["nextCursor"]
        assert pages <= len(KEYS) + 1, "the cursor does not advance"


@pytest.mark.parametrize("delimited", [False, True])
@pytest.mark.parametrize("column", ["name", "updated_at", "created_at"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("prefix", ["", "a", "a/"])
def test_list_v2_pages_walk_entries_in_the_promised_order(
    stack: Any,
    client: TestClient,
    listing: str,
    delimited: bool,
    column: str,
    descending: bool,
    prefix: str,
) -> None:
    body = {
        "prefix": prefix,
        "with_delimiter": delimited,
        "sortBy": {"column": column, "order": "desc" if descending else "asc"},
    }
    expected = model(stack, listing, prefix, delimited, column, descending)
    one_by_one, pages = walk(client, listing, body, 1)
    assert one_by_one == expected
    assert pages == max(len(expected), 1)
    by_three, _ = walk(client, listing, body, 3)
    assert sorted(by_three) == sorted(expected)
    whole, pages = walk(client, listing, body, 1000)
    assert sorted(whole) == sorted(expected)
    assert pages == 1


def test_list_v2_fetches_one_row_more_than_the_page(
    stack: Any, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    bucket = f"many-{uuid.uuid4().hex[:8]}"
    assert client.post("/storage/v1/bucket", json={"name": bucket}).status_code == 200
    stack.sql(
        "insert into storage.objects (bucket_id, name, metadata)"
        " select %s, 'f/' || lpad(n::text, 4, '0') || '.txt', '{}'::jsonb"
        " from generate_series(1, 500) n",
        (bucket,),
    )
    fetched: list[int] = []
    real_fetchall = AsyncCursor.fetchall

    async def counting_fetchall(self: AsyncCursor[Any]) -> list[Any]:
        rows = await real_fetchall(self)
        fetched.append(len(rows))
        return rows

    monkeypatch.setattr(AsyncCursor, "fetchall", counting_fetchall)
    # 500 objects under "f/": a page of 5 reads 6 rows, and folded they are one folder.
    for body, entries in (({"prefix": "f/"}, 5), ({"prefix": "", "with_delimiter": True}, 1)):
        fetched.clear()
        response = client.post(f"/storage/v1/object/list-v2/{bucket}", json={**body, "limit": 5})
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["objects"]) + len(page["folders"]) == entries
        assert fetched and max(fetched) <= 6
    flat = client.post(
        f"/storage/v1/object/list-v2/{bucket}", json={"prefix": "f/", "limit": 5}
    ).json()
    assert [o["name"] for o in flat["objects"]] == [f"f/{n:04d}.txt" for n in range(1, 6)]
    assert flat["hasNext"] is True
