"""The gateway's own behaviour: API keys, read-only GETs."""

from __future__ import annotations

import httpx

from devstack import keys


def test_rest_refuses_a_key_signed_with_another_secret(stack):
    forged = keys.api_key("service_role", "another-secret-with-at-least-32-characters!")
    response = httpx.get(f"{stack.url}/rest/v1/profiles", headers={"apikey": forged})
    assert response.status_code == 401
    assert response.json() == {"message": "Invalid authentication credentials"}


def test_only_the_projects_two_keys_are_api_keys(stack):
    # Signed with the right secret, but neither the anon nor the service key.
    lookalike = keys.sign({"role": "anon", "exp": keys.now() + 3600}, stack.config.jwt_secret)
    user_token = stack.user_token("00000000-0000-4000-8000-000000000001")
    for key in (lookalike, user_token):
        refused = httpx.get(f"{stack.url}/auth/v1/settings", headers={"apikey": key})
        assert refused.status_code == 401
        assert refused.json() == {"message": "Invalid authentication credentials"}
    for key in (stack.anon_key, stack.service_key):
        assert (
            httpx.get(f"{stack.url}/auth/v1/settings", headers={"apikey": key}).status_code == 200
        )


def test_each_api_role_runs_with_its_own_statement_timeout(stack):
    # Bootstrap gives anon 3 s and authenticated 8 s; SET ROLE alone would keep the
    # connecting role's value, so the gateway must apply them as PostgREST does.
    stack.sql(
        "create or replace function public.gateway_test_timeout() returns text language sql"
        " stable as $$ select current_setting('statement_timeout') $$"
    )
    stack.sql("notify pgrst, 'reload schema'")

    def timeout_as(token: str) -> str:
        response = httpx.post(
            f"{stack.url}/rest/v1/rpc/gateway_test_timeout",
            headers={"apikey": stack.anon_key, "Authorization": f"Bearer {token}"},
            json={},
        )
        assert response.status_code == 200, response.text
        return str(response.json())

    assert timeout_as(stack.anon_key) == "3s"
    assert timeout_as(stack.user_token("00000000-0000-4000-8000-000000000002")) == "8s"


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
