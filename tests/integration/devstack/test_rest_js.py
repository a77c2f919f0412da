"""devstack's /rest/v1 through the official supabase-js (Node), unmodified.

The script runs inline with `node --input-type=module`, from tests/js so that its pinned
`@supabase/supabase-js` resolves; it prints one JSON object that the test checks.
"""

from __future__ import annotations

import json
import shutil
import subprocess

from tests.conftest import ROOT
from tests.integration.devstack.test_rest import prepare_schema

SCRIPT = r"""
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
const options = { auth: { persistSession: false }, realtime: { transport: WebSocket } };
const url = process.env.SUPABASE_URL, key = process.env.SUPABASE_ANON_KEY;
const email = `js-${Date.now()}-${Math.random().toString(16).slice(2)}@example.com`;
const client = createClient(url, key, options);
const out = {};
const { data: signed, error: signError } = await client.auth.signUp({ email, password: 'senha-segura-123' });
out.signUpError = signError && signError.message;
out.userId = signed.user && signed.user.id;
const { data: author } = await client.from('rt_authors').insert({ name: 'Cora' }).select().single();
out.authorOwner = author && author.owner;
const books = [{ title: 'Poemas', pages: 120, author_id: author.id }, { title: 'Becos', author_id: author.id }];
const inserted = await client.from('rt_books').insert(books).select('title,pages');
out.inserted = inserted.data;
const embedded = await client.from('rt_authors')
  .select('name, rt_books!author_id(title)').eq('id', author.id).order('title', { referencedTable: 'rt_books' }).single();
out.embedded = embedded.data;
const counted = await client.from('rt_books').select('*', { count: 'exact', head: true });
out.headCount = counted.count; out.headStatus = counted.status;
const maybe = await client.from('rt_books').select('title').eq('pages', -1).maybeSingle();
out.maybe = maybe.data; out.maybeError = maybe.error;
const duplicate = await client.from('rt_authors').insert({ name: 'Cora' });
out.duplicateStatus = duplicate.status; out.duplicateCode = duplicate.error && duplicate.error.code;
const upserted = await client.from('rt_authors').upsert({ name: 'Cora', country: 'BR' }, { onConflict: 'owner,name' }).select('name,country');
out.upserted = upserted.data;
const rpc = await client.rpc('rt_add', { a: 2, b: 3 });
out.rpc = rpc.data;
const filtered = await client.from('rt_books').select('title').or('pages.is.null,pages.gt.500');
out.filtered = filtered.data;
const anon = createClient(url, key, options);
out.anonRows = (await anon.from('rt_books').select('*')).data;
const bad = await client.from('rt_books').select('nope');
out.badCode = bad.error && bad.error.code; out.badStatus = bad.status;
console.log(JSON.stringify(out));
"""


def test_supabase_js_reads_writes_and_errors_like_postgrest(stack):
    rest_schema = prepare_schema(stack)
    node = shutil.which("node")
    assert node is not None, "node is required for the supabase-js tests"
    env = {"SUPABASE_URL": rest_schema.url, "SUPABASE_ANON_KEY": rest_schema.anon_key, "PATH": ""}
    result = subprocess.run(
        [node, "--input-type=module", "-e", SCRIPT],
        cwd=ROOT / "tests" / "js",
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])

    assert out["signUpError"] is None
    assert out["authorOwner"] == out["userId"]
    assert out["inserted"] == [{"title": "Poemas", "pages": 120}, {"title": "Becos", "pages": None}]
    assert out["embedded"] == {
        "name": "Cora",
        "rt_books": [{"title": "Becos"}, {"title": "Poemas"}],
    }
    assert (out["headCount"], out["headStatus"]) == (2, 200)
    assert out["maybe"] is None and out["maybeError"] is None
    assert (out["duplicateStatus"], out["duplicateCode"]) == (409, "23505")
    assert out["upserted"] == [{"name": "Cora", "country": "BR"}]
    assert out["rpc"] == 5
    assert out["filtered"] == [{"title": "Becos"}]
    assert out["anonRows"] == []
    assert (out["badStatus"], out["badCode"]) == (400, "42703")
