"""The gateway's own behaviour: API keys, read-only GETs."""

from __future__ import annotations

import httpx

from devstack import keys


def test_rest_refuses_a_key_signed_with_another_secret(stack):
    forged = keys.api_key("service_role", "another-secret-with-at-least-32-characters!")
    response = httpx.get(f"{stack.url}/rest/v1/profiles", headers={"apikey": forged})
    assert response.status_code == 401
    assert response.json() == {"message": "Invalid authentication credentials"}


def test_an_api_key_past_its_expiry_and_clock_skew_is_refused(stack):
    expired = keys.sign({"role": "anon", "exp": keys.now() - 31}, stack.config.jwt_secret)
    valid = keys.sign({"role": "anon", "exp": keys.now() + 3600}, stack.config.jwt_secret)
    for _ in range(2):  # the second round is answered from the verified-key cache
        ok = httpx.get(f"{stack.url}/auth/v1/settings", headers={"apikey": valid})
        refused = httpx.get(f"{stack.url}/auth/v1/settings", headers={"apikey": expired})
        assert (ok.status_code, refused.status_code) == (200, 401)


def test_a_get_runs_read_only_even_when_it_calls_a_writing_function(stack):
    stack.sql("create table if not exists public.gateway_test_log (n int)")
    stack.sql(
        "create or replace function public.gateway_test_write() returns int language sql"
        " volatile as $$ insert into public.gateway_test_log values (1) returning 1 $$"
    )
    stack.sql("notify pgrst, 'reload schema'")
    headers = {"apikey": stack.service_key, "Authorization": f"Bearer {stack.service_key}"}
    response = httpx.get(f"{stack.url}/rest/v1/rpc/gateway_test_write", headers=headers)
    assert response.status_code >= 400
    assert "read-only" in response.text
    assert stack.sql("select count(*) from public.gateway_test_log") == [(0,)]
    posted = httpx.post(f"{stack.url}/rest/v1/rpc/gateway_test_write", headers=headers, json={})
    assert posted.status_code == 200
    assert stack.sql("select count(*) from public.gateway_test_log") == [(1,)]
