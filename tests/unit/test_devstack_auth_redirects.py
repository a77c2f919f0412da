"""Which `redirect_to` targets devstack's Auth honours: Supabase Auth's allow-list globs."""

from __future__ import annotations

from dataclasses import replace

from starlette.requests import Request

from devstack.auth.service import AuthService, glob_matches
from devstack.config import AuthConfig, StackConfig

SITE = "https://consultor.example"


def service(*allowed: str) -> AuthService:
    """An AuthService for `allowed` (no database: redirect checks never touch it)."""
    config = replace(
        StackConfig.from_env({}),
        auth=AuthConfig(site_url=SITE, additional_redirect_urls=allowed),
    )
    return AuthService(config, pool=None)  # type: ignore[arg-type]


def redirect(svc: AuthService, target: str) -> str:
    query = f"redirect_to={target}".encode()
    return svc.redirect_to(Request({"type": "http", "query_string": query, "headers": []}))


def test_a_single_star_stays_within_one_host_label_or_path_segment():
    assert glob_matches("https://*.example.com", "https://app.example.com")
    assert not glob_matches("https://*.example.com", "https://evil.test/.example.com")
    assert not glob_matches("https://*.example.com", "https://a.b.example.com")
    assert not glob_matches("https://app.example.com/*", "https://app.example.com/a/b")
    assert glob_matches("https://app.example.com/?", "https://app.example.com/a")


def test_a_double_star_crosses_separators_and_braces_offer_choices():
    assert glob_matches("http://app.example.com/**", "http://app.example.com/a/b?c=d")
    assert glob_matches("https://{app,admin}.example.com", "https://admin.example.com")
    assert not glob_matches("https://{app,admin}.example.com", "https://root.example.com")
    assert not glob_matches("https://app.example.com", "https://appXexample.com")


def test_redirect_to_a_foreign_host_hidden_behind_a_wildcard_goes_to_the_site():
    svc = service("https://*.example.com")
    assert redirect(svc, "https://app.example.com/entrar") == SITE
    assert redirect(svc, "https://app.example.com") == "https://app.example.com"
    assert redirect(svc, "https://evil.test/.example.com") == SITE
