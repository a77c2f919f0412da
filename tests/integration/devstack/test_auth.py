"""devstack's /auth/v1 through the official, unmodified supabase-py client.

Most tests run against the session `stack` (the project's config.toml: e-mail
confirmations off, refresh token reuse interval 10 s, the lockout hook on). The
config-dependent behaviours (confirmation mails, a 1 s reuse interval, test hooks) use one
extra gateway process on the same database with its own config.toml (`alt` fixture).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

import httpx
import jwt
import psycopg
import pytest
from supabase_auth.errors import AuthApiError, AuthWeakPasswordError

import supabase
from devstack import keys
from devstack.auth.mail import read_mails
from devstack.config import StackConfig
from devstack.stack import Stack, free_port
from tests.conftest import ROOT

PASSWORD = "senha-segura-123"


def new_email() -> str:
    """A fresh address, so tests never collide."""
    return f"user-{uuid.uuid4().hex[:10]}@example.com"


def client(url: str, key: str) -> supabase.Client:
    """The official supabase-py client, as the service builds it."""
    return supabase.create_client(url, key)


def claims_of(token: str, secret: str) -> dict[str, object]:
    """The verified claims of an access token."""
    return jwt.decode(token, secret, algorithms=["HS256"], audience="authenticated")


# --- sign-up, sign-in, tokens -------------------------------------------------------------


def test_two_users_sign_up_and_each_gets_a_session_with_supabase_claims(stack):
    first, second = new_email(), new_email()
    a = client(stack.url, stack.anon_key).auth.sign_up(
        {"email": first, "password": PASSWORD, "options": {"data": {"name": "Ana"}}}
    )
    b = client(stack.url, stack.anon_key).auth.sign_up({"email": second, "password": PASSWORD})

    assert a.session is not None and b.session is not None
    assert a.user.id != b.user.id
    assert a.user.email == first
    # As upstream: sign-up metadata is the identity data plus what the client sent.
    assert a.user.user_metadata == {
        "name": "Ana",
        "sub": a.user.id,
        "email": first,
        "email_verified": True,
        "phone_verified": False,
    }
    assert a.user.email_confirmed_at is not None
    assert a.user.app_metadata == {"provider": "email", "providers": ["email"]}
    assert [i.provider for i in a.user.identities] == ["email"]
    claims = claims_of(a.session.access_token, stack.config.jwt_secret)
    assert claims["iss"] == f"{stack.url}/auth/v1"
    assert claims["sub"] == a.user.id
    assert claims["role"] == "authenticated" and claims["aud"] == "authenticated"
    assert claims["email"] == first
    assert claims["aal"] == "aal1" and claims["is_anonymous"] is False
    assert claims["amr"][0]["method"] == "password"
    assert claims["exp"] - claims["iat"] == stack.config.auth.jwt_expiry
    assert claims["app_metadata"] == {"provider": "email", "providers": ["email"]}
    rows = stack.sql("select count(*) from auth.sessions where id = %s", [claims["session_id"]])
    assert rows == [(1,)]


def test_signing_up_an_existing_email_is_refused_with_user_already_exists(stack):
    email = new_email()
    client(stack.url, stack.anon_key).auth.sign_up({"email": email, "password": PASSWORD})
    with pytest.raises(AuthApiError) as error:
        client(stack.url, stack.anon_key).auth.sign_up({"email": email, "password": PASSWORD})
    assert error.value.status == 422
    assert error.value.code == "user_already_exists"
    assert error.value.message == "User already registered"


def test_a_password_shorter_than_the_configured_minimum_is_refused_as_weak(stack):
    with pytest.raises(AuthWeakPasswordError) as error:
        client(stack.url, stack.anon_key).auth.sign_up({"email": new_email(), "password": "abc"})
    assert error.value.status == 422
    assert error.value.reasons == ["length"]
    minimum = stack.config.auth.minimum_password_length
    assert error.value.message == f"Password should be at least {minimum} characters."


def test_sign_in_with_the_right_password_returns_a_new_session(stack):
    email = new_email()
    signed_up = client(stack.url, stack.anon_key).auth.sign_up(
        {"email": email, "password": PASSWORD}
    )
    signed_in = client(stack.url, stack.anon_key).auth.sign_in_with_password(
        {"email": email.upper(), "password": PASSWORD}
    )
    assert signed_in.user.id == signed_up.user.id
    assert signed_in.session.refresh_token != signed_up.session.refresh_token
    assert signed_in.user.last_sign_in_at is not None


def test_a_malformed_x_forwarded_for_is_skipped_not_a_failed_sign_in(stack):
    email = new_email()
    client(stack.url, stack.anon_key).auth.sign_up({"email": email, "password": PASSWORD})
    body = {"email": email, "password": PASSWORD}
    headers = {"apikey": stack.anon_key}
    ips = []
    # As upstream's GetIPAddress: the first entry that parses as an IP, else the peer.
    for forwarded in ("not-an-ip, 203.0.113.7", "1.2.3.4.5"):
        response = httpx.post(
            f"{stack.url}/auth/v1/token?grant_type=password",
            json=body,
            headers={**headers, "X-Forwarded-For": forwarded},
        )
        assert response.status_code == 200, response.text
        session_id = claims_of(response.json()["access_token"], stack.config.jwt_secret)[
            "session_id"
        ]
        ips += stack.sql("select host(ip) from auth.sessions where id = %s", [session_id])
    assert ips == [("203.0.113.7",), ("127.0.0.1",)]


def test_a_wrong_password_gets_supabase_invalid_credentials_error(stack):
    email = new_email()
    client(stack.url, stack.anon_key).auth.sign_up({"email": email, "password": PASSWORD})
    with pytest.raises(AuthApiError) as error:
        client(stack.url, stack.anon_key).auth.sign_in_with_password(
            {"email": email, "password": "not-the-password"}
        )
    assert error.value.status == 400
    assert error.value.code == "invalid_credentials"
    assert error.value.message == "Invalid login credentials"
    with pytest.raises(AuthApiError) as unknown:
        client(stack.url, stack.anon_key).auth.sign_in_with_password(
            {"email": new_email(), "password": PASSWORD}
        )
    assert unknown.value.code == "invalid_credentials"


def test_errors_use_the_legacy_shape_without_the_api_version_header(stack):
    response = httpx.post(
        f"{stack.url}/auth/v1/token?grant_type=password",
        headers={"apikey": stack.anon_key},
        json={"email": new_email(), "password": PASSWORD},
    )
    assert response.status_code == 400
    assert response.json() == {
        "code": 400,
        "error_code": "invalid_credentials",
        "msg": "Invalid login credentials",
    }
    versioned = httpx.post(
        f"{stack.url}/auth/v1/token?grant_type=password",
        headers={"apikey": stack.anon_key, "X-Supabase-Api-Version": "2024-01-01"},
        json={"email": new_email(), "password": PASSWORD},
    )
    assert versioned.json() == {
        "code": "invalid_credentials",
        "message": "Invalid login credentials",
    }
    assert versioned.headers["X-Supabase-Api-Version"] == "2024-01-01"


def test_refresh_rotates_the_token_and_a_lost_answer_can_be_retried(stack):
    auth = client(stack.url, stack.anon_key).auth
    first = auth.sign_up({"email": new_email(), "password": PASSWORD}).session
    second = auth.refresh_session(first.refresh_token).session
    assert second.refresh_token != first.refresh_token
    assert second.access_token != first.access_token or second.expires_at >= first.expires_at
    # Presenting the parent of the active token (a client that lost the answer) gets the
    # active token back instead of a new branch.
    again = auth.refresh_session(first.refresh_token).session
    assert again.refresh_token == second.refresh_token
    revoked = stack.sql(
        "select revoked from auth.refresh_tokens where token = %s", [first.refresh_token]
    )
    assert revoked == [(True,)]


def test_updating_user_metadata_merges_keys_and_shows_in_new_tokens(stack):
    auth = client(stack.url, stack.anon_key).auth
    auth.sign_up({"email": new_email(), "password": PASSWORD, "options": {"data": {"a": 1}}})
    updated = auth.update_user({"data": {"plan": "pro"}})
    assert updated.user.user_metadata["a"] == 1
    assert updated.user.user_metadata["plan"] == "pro"
    assert auth.get_user().user.user_metadata["plan"] == "pro"
    refreshed = auth.refresh_session().session
    claims = claims_of(refreshed.access_token, stack.config.jwt_secret)
    assert claims["user_metadata"]["plan"] == "pro"


def test_changing_the_password_keeps_this_session_and_ends_the_others(stack):
    email = new_email()
    auth = client(stack.url, stack.anon_key).auth
    auth.sign_up({"email": email, "password": PASSWORD})
    other = client(stack.url, stack.anon_key).auth
    other_session = other.sign_in_with_password({"email": email, "password": PASSWORD}).session
    auth.update_user({"password": "outra-senha-456"})
    assert auth.refresh_session().session is not None
    with pytest.raises(AuthApiError):
        other.refresh_session(other_session.refresh_token)
    fresh = client(stack.url, stack.anon_key).auth
    assert fresh.sign_in_with_password({"email": email, "password": "outra-senha-456"}).session
    with pytest.raises(AuthApiError) as old_password:
        fresh.sign_in_with_password({"email": email, "password": PASSWORD})
    assert old_password.value.code == "invalid_credentials"
    with pytest.raises(AuthApiError) as same:
        auth.update_user({"password": "outra-senha-456"})
    assert same.value.status == 422 and same.value.code == "same_password"


def test_logout_revokes_the_refresh_token_and_the_session(stack):
    auth = client(stack.url, stack.anon_key).auth
    session = auth.sign_up({"email": new_email(), "password": PASSWORD}).session
    auth.sign_out()
    with pytest.raises(AuthApiError) as refused:
        client(stack.url, stack.anon_key).auth.refresh_session(session.refresh_token)
    assert refused.value.code == "refresh_token_not_found"
    with pytest.raises(AuthApiError) as gone:
        client(stack.url, stack.anon_key).auth.get_user(session.access_token)
    assert gone.value.status == 403
    assert gone.value.code == "session_not_found"


def test_local_logout_ends_one_session_and_others_logout_ends_the_rest(stack):
    email = new_email()
    phone = client(stack.url, stack.anon_key).auth
    phone_session = phone.sign_up({"email": email, "password": PASSWORD}).session
    laptop = client(stack.url, stack.anon_key).auth
    laptop_session = laptop.sign_in_with_password({"email": email, "password": PASSWORD}).session
    tablet = client(stack.url, stack.anon_key).auth
    tablet_session = tablet.sign_in_with_password({"email": email, "password": PASSWORD}).session

    phone.sign_out({"scope": "local"})
    with pytest.raises(AuthApiError):
        client(stack.url, stack.anon_key).auth.refresh_session(phone_session.refresh_token)
    kept = laptop.refresh_session(laptop_session.refresh_token).session
    assert kept is not None

    laptop.sign_out({"scope": "others"})
    with pytest.raises(AuthApiError):
        client(stack.url, stack.anon_key).auth.refresh_session(tablet_session.refresh_token)
    assert laptop.refresh_session(kept.refresh_token).session is not None


def test_an_expired_access_token_is_refused_with_bad_jwt(stack):
    auth = client(stack.url, stack.anon_key).auth
    session = auth.sign_up({"email": new_email(), "password": PASSWORD}).session
    claims = claims_of(session.access_token, stack.config.jwt_secret)
    claims.update(iat=keys.now() - 7200, exp=keys.now() - 3600)
    expired = keys.sign(claims, stack.config.jwt_secret)
    with pytest.raises(AuthApiError) as error:
        auth.get_user(expired)
    assert error.value.status == 403
    assert error.value.code == "bad_jwt"
    forged = keys.sign({**claims, "exp": keys.now() + 600}, "a-different-secret-of-32-characters!")
    with pytest.raises(AuthApiError) as bad_signature:
        auth.get_user(forged)
    assert bad_signature.value.code == "bad_jwt"


def test_malformed_and_oversized_bodies_are_refused_before_anything_happens(stack):
    headers = {"apikey": stack.anon_key, "Content-Type": "application/json"}
    email = new_email()
    broken = httpx.post(
        f"{stack.url}/auth/v1/signup", headers=headers, content=f'{{"email": "{email}"'
    )
    assert broken.status_code == 400 and broken.json()["error_code"] == "bad_json"
    huge = httpx.post(
        f"{stack.url}/auth/v1/signup",
        headers=headers,
        content=b'{"email": "' + b"a" * (2 << 20) + b'"}',
    )
    assert huge.status_code == 413
    assert huge.json()["error_code"] == "request_entity_too_large"
    assert stack.sql("select count(*) from auth.users where email = %s", [email]) == [(0,)]


def test_settings_report_what_config_toml_enables(stack):
    settings = httpx.get(f"{stack.url}/auth/v1/settings", headers={"apikey": stack.anon_key})
    body = settings.json()
    assert body["external"]["email"] is True
    assert body["disable_signup"] is not stack.config.auth.enable_signup
    assert body["mailer_autoconfirm"] is not stack.config.auth.enable_confirmations


# --- admin API -----------------------------------------------------------------------------


def test_admin_api_creates_lists_reads_updates_and_deletes_users_with_the_service_key(stack):
    admin = client(stack.url, stack.service_key).auth.admin
    email = new_email()
    created = admin.create_user(
        {
            "email": email,
            "password": PASSWORD,
            "email_confirm": True,
            "user_metadata": {"name": "Bia"},
            "app_metadata": {"tier": "gold"},
        }
    ).user
    assert created.email == email and created.email_confirmed_at is not None
    assert created.app_metadata["tier"] == "gold" and created.app_metadata["provider"] == "email"
    assert email in [u.email for u in admin.list_users(page=1, per_page=1000)]
    fetched = admin.get_user_by_id(created.id).user.user_metadata
    assert fetched == {"name": "Bia", "email_verified": True}
    updated = admin.update_user_by_id(created.id, {"user_metadata": {"plan": "pro"}}).user
    assert updated.user_metadata == {"name": "Bia", "email_verified": True, "plan": "pro"}
    signed_in = client(stack.url, stack.anon_key).auth.sign_in_with_password(
        {"email": email, "password": PASSWORD}
    )
    assert signed_in.user.id == created.id
    admin.delete_user(created.id)
    with pytest.raises(AuthApiError) as missing:
        admin.get_user_by_id(created.id)
    assert missing.value.status == 404 and missing.value.code == "user_not_found"


def test_a_banned_user_cannot_sign_in_until_the_ban_is_lifted(stack):
    email = new_email()
    admin = client(stack.url, stack.service_key).auth.admin
    user = admin.create_user({"email": email, "password": PASSWORD, "email_confirm": True}).user
    banned = admin.update_user_by_id(user.id, {"ban_duration": "24h"}).user
    assert banned.banned_until is not None
    with pytest.raises(AuthApiError) as refused:
        client(stack.url, stack.anon_key).auth.sign_in_with_password(
            {"email": email, "password": PASSWORD}
        )
    assert refused.value.status == 400 and refused.value.code == "user_banned"
    admin.update_user_by_id(user.id, {"ban_duration": "none"})
    assert (
        client(stack.url, stack.anon_key)
        .auth.sign_in_with_password({"email": email, "password": PASSWORD})
        .session
    )


def test_phone_sign_up_is_auto_confirmed_and_signs_in_by_phone(stack):
    number = f"+55119{uuid.uuid4().int % 10**8:08d}"
    signed_up = client(stack.url, stack.anon_key).auth.sign_up(
        {"phone": number, "password": PASSWORD}
    )
    assert signed_up.session is not None
    assert signed_up.user.phone == number.removeprefix("+")
    assert signed_up.user.app_metadata["provider"] == "phone"
    signed_in = client(stack.url, stack.anon_key).auth.sign_in_with_password(
        {"phone": number, "password": PASSWORD}
    )
    assert signed_in.user.id == signed_up.user.id


def test_admin_api_refuses_metadata_that_is_not_an_object_and_bad_pages_with_400(stack):
    headers = {"apikey": stack.service_key, "Authorization": f"Bearer {stack.service_key}"}
    email = new_email()
    for field in ("user_metadata", "app_metadata"):
        created = httpx.post(
            f"{stack.url}/auth/v1/admin/users",
            headers=headers,
            json={"email": email, "password": PASSWORD, field: "texto"},
        )
        assert (created.status_code, created.json()["error_code"]) == (400, "bad_json")
    assert stack.sql("select count(*) from auth.users where email = %s", [email]) == [(0,)]
    admin = client(stack.url, stack.service_key).auth.admin
    user = admin.create_user({"email": email, "password": PASSWORD}).user
    updated = httpx.put(
        f"{stack.url}/auth/v1/admin/users/{user.id}",
        headers=headers,
        json={"user_metadata": ["a"], "role": "service_role"},
    )
    assert (updated.status_code, updated.json()["error_code"]) == (400, "bad_json")
    assert admin.get_user_by_id(user.id).user.role == "authenticated"
    for page in ("10000000000000000000", "-1x"):
        listed = httpx.get(f"{stack.url}/auth/v1/admin/users?page={page}", headers=headers)
        assert (listed.status_code, listed.json()["error_code"]) == (400, "validation_failed")


def test_admin_api_refuses_the_anon_key_and_user_tokens_with_not_admin(stack):
    with pytest.raises(AuthApiError) as anon:
        client(stack.url, stack.anon_key).auth.admin.list_users()
    assert anon.value.status == 403 and anon.value.code == "not_admin"
    user_client = client(stack.url, stack.anon_key)
    session = user_client.auth.sign_up({"email": new_email(), "password": PASSWORD}).session
    response = httpx.get(
        f"{stack.url}/auth/v1/admin/users",
        headers={"apikey": stack.anon_key, "Authorization": f"Bearer {session.access_token}"},
    )
    assert response.status_code == 403
    assert response.json()["error_code"] == "not_admin"


# --- mails ----------------------------------------------------------------------------------


def test_password_recovery_mails_a_code_that_signs_in_and_allows_a_new_password(stack):
    email = new_email()
    client(stack.url, stack.anon_key).auth.sign_up({"email": email, "password": PASSWORD})
    auth = client(stack.url, stack.anon_key).auth
    auth.reset_password_for_email(email)
    [mail] = read_mails(stack.config.mail_dir, to=email, kind="recovery")
    assert "/auth/v1/verify?token=" in mail["link"]
    recovered = auth.verify_otp({"email": email, "token": mail["token"], "type": "recovery"})
    assert recovered.session is not None
    auth.update_user({"password": "senha-nova-789"})
    assert (
        client(stack.url, stack.anon_key)
        .auth.sign_in_with_password({"email": email, "password": "senha-nova-789"})
        .session
    )
    with pytest.raises(AuthApiError) as reused:
        auth.verify_otp({"email": email, "token": mail["token"], "type": "recovery"})
    assert reused.value.code == "otp_expired"


def test_a_non_ascii_pkce_verifier_is_a_bad_code_verifier_not_a_crash(stack):
    email = new_email()
    client(stack.url, stack.anon_key).auth.sign_up({"email": email, "password": PASSWORD})
    headers = {"apikey": stack.anon_key}
    verifier = "v" * 43
    httpx.post(
        f"{stack.url}/auth/v1/recover",
        headers=headers,
        json={"email": email, "code_challenge": verifier, "code_challenge_method": "plain"},
    ).raise_for_status()
    [mail] = read_mails(stack.config.mail_dir, to=email, kind="recovery")
    [code] = parse_qs(urlparse(httpx.get(mail["link"]).headers["location"]).query)["code"]
    exchange = f"{stack.url}/auth/v1/token?grant_type=pkce"
    wrong = httpx.post(
        exchange, headers=headers, json={"auth_code": code, "code_verifier": "ç" * 43}
    )
    assert (wrong.status_code, wrong.json()["error_code"]) == (400, "bad_code_verifier")
    right = httpx.post(
        exchange, headers=headers, json={"auth_code": code, "code_verifier": verifier}
    )
    assert right.status_code == 200 and right.json()["user"]["email"] == email


def test_a_mailed_link_that_fails_unexpectedly_still_redirects_with_the_error(stack):
    # Postgres refuses NUL in text: an internal failure, which upstream's GET /verify
    # reports in the redirect like any other error rather than as a JSON page.
    followed = httpx.get(f"{stack.url}/auth/v1/verify", params={"type": "signup", "token": "\0"})
    assert followed.status_code == 303
    location = urlparse(followed.headers["location"])
    assert f"{location.scheme}://{location.netloc}" == stack.config.auth.site_url
    fragment = parse_qs(location.fragment)
    assert fragment["error"] == ["server_error"]
    assert fragment["error_code"] == ["unexpected_failure"]


def test_an_unparseable_redirect_to_falls_back_to_the_site_url(stack):
    email = new_email()
    client(stack.url, stack.anon_key).auth.sign_up({"email": email, "password": PASSWORD})
    broken = {"redirect_to": "http://[::1"}
    headers = {"apikey": stack.anon_key}
    recover = f"{stack.url}/auth/v1/recover"
    httpx.post(recover, params=broken, headers=headers, json={"email": email}).raise_for_status()
    [mail] = read_mails(stack.config.mail_dir, to=email, kind="recovery")
    site = stack.config.auth.site_url
    assert mail["redirect_to"] == site
    link = {"type": "recovery", "token": mail["token_hash"], **broken}
    followed = httpx.get(f"{stack.url}/auth/v1/verify", params=link)
    assert followed.status_code == 303
    assert followed.headers["location"].startswith(f"{site}#access_token=")


def test_recovering_an_unknown_email_answers_the_same_and_sends_nothing(stack):
    email = new_email()
    client(stack.url, stack.anon_key).auth.reset_password_for_email(email)
    assert read_mails(stack.config.mail_dir, to=email) == []


def test_a_magic_link_code_signs_in_and_creates_the_user_when_allowed(stack):
    email = new_email()
    auth = client(stack.url, stack.anon_key).auth
    with pytest.raises(AuthApiError) as refused:
        auth.sign_in_with_otp({"email": email, "options": {"should_create_user": False}})
    assert refused.value.status == 422 and refused.value.code == "otp_disabled"
    auth.sign_in_with_otp({"email": email, "options": {"data": {"origem": "link"}}})
    [mail] = read_mails(stack.config.mail_dir, to=email, kind="magiclink")
    signed_in = auth.verify_otp({"email": email, "token": mail["token"], "type": "email"})
    assert signed_in.session is not None
    assert signed_in.user.user_metadata["origem"] == "link"
    assert signed_in.user.email_confirmed_at is not None


def test_admin_generate_link_gives_a_working_magic_link_without_mail(stack):
    email = new_email()
    admin = client(stack.url, stack.service_key).auth.admin
    admin.create_user({"email": email, "password": PASSWORD, "email_confirm": True})
    link = admin.generate_link({"type": "magiclink", "email": email})
    assert link.properties.verification_type == "magiclink"
    assert read_mails(stack.config.mail_dir, to=email) == []
    location = urlparse(httpx.get(link.properties.action_link).headers["location"])
    [access_token] = parse_qs(location.fragment)["access_token"]
    user = client(stack.url, stack.anon_key).auth.get_user(access_token).user
    assert user.email == email


def test_an_invited_user_accepts_through_the_mailed_code(stack):
    email = new_email()
    invited = client(stack.url, stack.service_key).auth.admin.invite_user_by_email(email).user
    assert invited.invited_at is not None and invited.email_confirmed_at is None
    [mail] = read_mails(stack.config.mail_dir, to=email, kind="invite")
    auth = client(stack.url, stack.anon_key).auth
    accepted = auth.verify_otp({"email": email, "token": mail["token"], "type": "invite"})
    assert accepted.user.id == invited.id and accepted.user.email_confirmed_at is not None
    auth.update_user({"password": PASSWORD})
    assert (
        client(stack.url, stack.anon_key)
        .auth.sign_in_with_password({"email": email, "password": PASSWORD})
        .session
    )


JS_SCRIPT = """
import { createClient } from '%(supabase)s'
import WebSocket from '%(ws)s'
const options = { auth: { persistSession: false, autoRefreshToken: false },
                  realtime: { transport: WebSocket } }
const url = process.env.SUPABASE_URL
const email = process.env.EMAIL
const c = createClient(url, process.env.ANON_KEY, options)
const out = {}
let r = await c.auth.signUp({ email, password: process.env.PASSWORD })
out.signUp = { error: r.error?.code ?? null, session: !!r.data.session }
r = await c.auth.signInWithPassword({ email, password: 'senha-errada-000' })
out.wrong = { code: r.error?.code, status: r.error?.status, message: r.error?.message }
r = await c.auth.signInWithPassword({ email, password: process.env.PASSWORD })
const first = r.data.session.refresh_token
r = await c.auth.updateUser({ data: { plano: 'pro' } })
out.metadata = r.data.user.user_metadata
r = await c.auth.getClaims()
out.claims = { sub: r.data.claims.sub, role: r.data.claims.role }
r = await c.auth.refreshSession()
out.rotated = r.data.session.refresh_token !== first
const admin = createClient(url, process.env.SERVICE_KEY, options)
r = await admin.auth.admin.listUsers({ page: 1, perPage: 1000 })
out.listed = r.data.users.some((u) => u.email === email)
r = await c.auth.admin.listUsers()
out.notAdmin = r.error?.code
r = await c.auth.signOut()
out.signOut = r.error ?? null
r = await c.auth.refreshSession({ refresh_token: first })
out.afterSignOut = r.error?.code
console.log(JSON.stringify(out))
"""


def test_supabase_js_signs_up_in_refreshes_and_signs_out(stack, tmp_path):
    modules = ROOT / "tests" / "js" / "node_modules"
    script = tmp_path / "auth.mjs"
    script.write_text(
        JS_SCRIPT
        % {
            "supabase": modules / "@supabase" / "supabase-js" / "dist" / "index.mjs",
            "ws": modules / "ws" / "wrapper.mjs",
        }
    )
    email = new_email()
    env = {
        **os.environ,
        "SUPABASE_URL": stack.url,
        "ANON_KEY": stack.anon_key,
        "SERVICE_KEY": stack.service_key,
        "EMAIL": email,
        "PASSWORD": PASSWORD,
    }
    result = subprocess.run(
        ["node", str(script)], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["signUp"] == {"error": None, "session": True}
    assert out["wrong"] == {
        "code": "invalid_credentials",
        "status": 400,
        "message": "Invalid login credentials",
    }
    assert out["metadata"]["plano"] == "pro"
    assert out["claims"]["role"] == "authenticated"
    assert out["rotated"] is True and out["listed"] is True
    assert out["notAdmin"] == "not_admin"
    assert out["signOut"] is None
    assert out["afterSignOut"] == "refresh_token_not_found"


# --- SQL helpers -----------------------------------------------------------------------------


def test_api_roles_cannot_touch_auth_tables_and_only_run_the_claim_helpers(stack):
    # What a forged-free anon/user/service key can reach in `auth` through any SQL path.
    tables = stack.sql(
        "select r, c.relname from unnest(array['anon', 'authenticated', 'service_role',"
        " 'authenticator']) r, pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname = 'auth' and c.relkind in ('r', 'v', 'm', 'S')"
        " and (has_table_privilege(r, c.oid, 'select, insert, update, delete, truncate')"
        "  or c.relkind = 'S' and has_sequence_privilege(r, c.oid, 'usage, select, update'))"
    )
    assert tables == []
    functions = stack.sql(
        "select distinct p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
        " where n.nspname = 'auth' and has_function_privilege('anon', p.oid, 'execute')"
        " order by 1"
    )
    assert functions == [("email",), ("jwt",), ("role",), ("uid",)]


def test_auth_uid_role_and_jwt_read_the_request_claims(stack):
    user_id = str(uuid.uuid4())
    claims = f'{{"sub": "{user_id}", "role": "authenticated", "email": "x@example.com"}}'
    with psycopg.connect(stack.db_url, autocommit=True) as conn, conn.transaction():
        conn.execute("select set_config('request.jwt.claims', %s, true)", [claims])
        row = conn.execute(
            "select auth.uid()::text, auth.role(), auth.jwt() ->> 'email'"
        ).fetchone()
    assert row == (user_id, "authenticated", "x@example.com")
    with psycopg.connect(stack.db_url, autocommit=True) as conn, conn.transaction():
        conn.execute("select set_config('request.jwt.claim.sub', %s, true)", [user_id])
        assert conn.execute("select auth.uid()::text").fetchone() == (user_id,)


# --- a second gateway with another config.toml ------------------------------------------------

ALT_CONFIG = """
[auth]
site_url = "http://127.0.0.1:5999"
jwt_expiry = 600
refresh_token_reuse_interval = 1
minimum_password_length = 8

[auth.email]
enable_confirmations = true

[auth.hook.password_verification_attempt]
enabled = true
uri = "pg-functions://postgres/auth_test_hooks/password_attempt"

[auth.hook.custom_access_token]
enabled = true
uri = "pg-functions://postgres/auth_test_hooks/access_token"
"""

HOOK_SQL = """
create schema if not exists auth_test_hooks;
create table if not exists auth_test_hooks.attempts (
  user_id uuid not null, valid boolean not null, at timestamptz not null default now()
);
create or replace function auth_test_hooks.password_attempt(event jsonb) returns jsonb
language plpgsql set search_path = '' as $$
declare
  uid uuid := (event ->> 'user_id')::uuid;
  mode text := (select raw_user_meta_data ->> 'hook' from auth.users where id = uid);
begin
  insert into auth_test_hooks.attempts (user_id, valid) values (uid, (event ->> 'valid')::boolean);
  if mode = 'reject' then
    return jsonb_build_object('decision', 'reject', 'message', 'Conta bloqueada pelo teste',
                              'should_logout_user', true);
  elsif mode = 'error' then
    return jsonb_build_object('error', jsonb_build_object('http_code', 429, 'message', 'Calma'));
  end if;
  return jsonb_build_object('decision', 'continue');
end
$$;
create or replace function auth_test_hooks.access_token(event jsonb) returns jsonb
language sql as $$
  select jsonb_build_object('claims', (event -> 'claims') || '{"plano": "teste"}'::jsonb)
$$;
grant usage on schema auth_test_hooks to supabase_auth_admin;
grant select, insert on auth_test_hooks.attempts to supabase_auth_admin;
grant execute on function auth_test_hooks.password_attempt(jsonb),
  auth_test_hooks.access_token(jsonb) to supabase_auth_admin;
"""


@dataclass(frozen=True)
class AltGateway:
    config: StackConfig

    @property
    def url(self) -> str:
        return self.config.api_url

    @property
    def anon_key(self) -> str:
        return self.config.anon_key


@pytest.fixture(scope="module")
def alt(stack) -> Iterator[AltGateway]:
    """A second gateway on the same database, configured by its own config.toml."""
    stack.sql(HOOK_SQL)
    base = ROOT / ".devstack" / f"auth-alt-{uuid.uuid4().hex[:8]}"
    root = base / "root"
    (root / "supabase").mkdir(parents=True)
    (root / "supabase" / "config.toml").write_text(ALT_CONFIG)
    env = {
        "DEVSTACK_DIR": str(base / "data"),
        "DEVSTACK_API_PORT": str(free_port()),
        "DEVSTACK_DB_PORT": str(stack.config.db_port),
        "SUPABASE_JWT_SECRET": stack.config.jwt_secret,
    }
    gateway = Stack(StackConfig.from_env(env, root=root))
    gateway.config.log_dir.mkdir(parents=True, exist_ok=True)
    try:
        gateway.start_gateway_detached()
        yield AltGateway(gateway.config)
    finally:
        gateway.stop_gateway()
        shutil.rmtree(base, ignore_errors=True)


def test_with_confirmations_on_sign_up_mails_a_code_and_sign_in_waits_for_it(stack, alt):
    email = new_email()
    auth = client(alt.url, alt.anon_key).auth
    signed_up = auth.sign_up({"email": email, "password": PASSWORD})
    assert signed_up.session is None
    assert signed_up.user.email == email and signed_up.user.email_confirmed_at is None
    assert signed_up.user.confirmation_sent_at is not None
    with pytest.raises(AuthApiError) as unconfirmed:
        auth.sign_in_with_password({"email": email, "password": PASSWORD})
    assert unconfirmed.value.code == "email_not_confirmed"
    [mail] = read_mails(alt.config.mail_dir, to=email, kind="signup")
    with pytest.raises(AuthApiError) as wrong:
        auth.verify_otp(
            {
                "email": email,
                "token": "000000" if mail["token"] != "000000" else "1",
                "type": "signup",
            }
        )
    assert wrong.value.status == 403 and wrong.value.code == "otp_expired"
    verified = auth.verify_otp({"email": email, "token": mail["token"], "type": "signup"})
    assert verified.session is not None
    assert verified.user.email_confirmed_at is not None
    assert auth.sign_in_with_password({"email": email, "password": PASSWORD}).session


def test_the_mailed_link_of_an_implicit_flow_client_carries_the_session_in_the_fragment(stack, alt):
    email = new_email()
    implicit = supabase.create_client(
        alt.url, alt.anon_key, supabase.ClientOptions(flow_type="implicit")
    )
    implicit.auth.sign_up(
        {
            "email": email,
            "password": PASSWORD,
            "options": {"email_redirect_to": f"{alt.config.auth.site_url}/bem-vindo"},
        }
    )
    [mail] = read_mails(alt.config.mail_dir, to=email, kind="signup")
    response = httpx.get(mail["link"])
    assert response.status_code == 303
    location = urlparse(response.headers["location"])
    assert f"{location.scheme}://{location.netloc}" == alt.config.auth.site_url
    assert location.path == "/bem-vindo"
    fragment = parse_qs(location.fragment)
    assert fragment["type"] == ["signup"] and fragment["token_type"] == ["bearer"]
    user = client(alt.url, alt.anon_key).auth.get_user(fragment["access_token"][0]).user
    assert user.email == email and user.email_confirmed_at is not None
    again = urlparse(httpx.get(mail["link"]).headers["location"])
    assert parse_qs(again.fragment)["error_code"] == ["otp_expired"]


def test_a_redirect_to_a_foreign_site_falls_back_to_the_site_url(stack, alt):
    email = new_email()
    client(alt.url, alt.anon_key).auth.sign_up(
        {
            "email": email,
            "password": PASSWORD,
            "options": {"email_redirect_to": "https://phishing.example/entrar"},
        }
    )
    [mail] = read_mails(alt.config.mail_dir, to=email, kind="signup")
    assert mail["redirect_to"] == alt.config.auth.site_url
    location = httpx.get(mail["link"]).headers["location"]
    assert location.startswith(alt.config.auth.site_url)


def test_the_mailed_link_of_a_pkce_client_redirects_with_a_code_to_exchange(stack, alt):
    email = new_email()
    auth = client(alt.url, alt.anon_key).auth  # supabase-py defaults to the PKCE flow
    auth.sign_up({"email": email, "password": PASSWORD})
    [mail] = read_mails(alt.config.mail_dir, to=email, kind="signup")
    assert "token=pkce_" in mail["link"]
    location = urlparse(httpx.get(mail["link"]).headers["location"])
    [code] = parse_qs(location.query)["code"]
    with pytest.raises(AuthApiError) as wrong_verifier:
        client(alt.url, alt.anon_key).auth.exchange_code_for_session(
            {"auth_code": code, "code_verifier": "x" * 50}
        )
    assert wrong_verifier.value.code == "bad_code_verifier"
    session = auth.exchange_code_for_session({"auth_code": code}).session
    assert session is not None and session.user.email == email
    assert session.user.email_confirmed_at is not None


def test_changing_the_email_needs_the_codes_mailed_to_both_addresses(stack, alt):
    email, new = new_email(), new_email()
    client(stack.url, stack.service_key).auth.admin.create_user(
        {"email": email, "password": PASSWORD, "email_confirm": True}
    )
    auth = client(alt.url, alt.anon_key).auth
    auth.sign_in_with_password({"email": email, "password": PASSWORD})
    pending = auth.update_user({"email": new}).user
    assert pending.email == email and pending.new_email == new
    [to_new] = read_mails(alt.config.mail_dir, to=new, kind="email_change")
    [to_current] = read_mails(alt.config.mail_dir, to=email, kind="email_change")
    first = auth.verify_otp({"email": new, "token": to_new["token"], "type": "email_change"})
    assert first.session is None and first.user is None
    assert auth.get_user().user.email == email
    second = auth.verify_otp({"email": email, "token": to_current["token"], "type": "email_change"})
    assert second.user.email == new and second.user.new_email is None
    assert (
        client(alt.url, alt.anon_key)
        .auth.sign_in_with_password({"email": new, "password": PASSWORD})
        .session
    )


def test_a_spent_refresh_token_reused_after_the_interval_revokes_the_session(stack, alt):
    email = new_email()
    admin = client(stack.url, stack.service_key).auth.admin
    admin.create_user({"email": email, "password": PASSWORD, "email_confirm": True})
    auth = client(alt.url, alt.anon_key).auth
    first = auth.sign_in_with_password({"email": email, "password": PASSWORD}).session
    second = auth.refresh_session(first.refresh_token).session
    third = auth.refresh_session(second.refresh_token).session
    time.sleep(alt.config.auth.refresh_token_reuse_interval + 0.5)
    with pytest.raises(AuthApiError) as reused:
        auth.refresh_session(first.refresh_token)
    assert reused.value.status == 400
    assert reused.value.code == "refresh_token_already_used"
    session_id = claims_of(third.access_token, stack.config.jwt_secret)["session_id"]
    family = stack.sql(
        "select bool_and(revoked) from auth.refresh_tokens where session_id = %s", [session_id]
    )
    assert family == [(True,)]


def test_the_password_hook_sees_each_attempt_and_can_continue_reject_or_fail(stack, alt):
    email = new_email()
    admin = client(stack.url, stack.service_key).auth.admin
    user = admin.create_user({"email": email, "password": PASSWORD, "email_confirm": True}).user
    auth = client(alt.url, alt.anon_key).auth
    kept = auth.sign_in_with_password({"email": email, "password": PASSWORD}).session
    with pytest.raises(AuthApiError):
        auth.sign_in_with_password({"email": email, "password": "senha-errada-1"})
    attempts = stack.sql(
        "select valid from auth_test_hooks.attempts where user_id = %s order by at", [user.id]
    )
    assert attempts == [(True,), (False,)]

    admin.update_user_by_id(user.id, {"user_metadata": {"hook": "reject"}})
    with pytest.raises(AuthApiError) as rejected:
        auth.sign_in_with_password({"email": email, "password": PASSWORD})
    assert rejected.value.status == 400
    assert rejected.value.code == "invalid_credentials"
    assert rejected.value.message == "Conta bloqueada pelo teste"
    with pytest.raises(AuthApiError) as logged_out:
        auth.refresh_session(kept.refresh_token)
    assert logged_out.value.code == "refresh_token_not_found"

    admin.update_user_by_id(user.id, {"user_metadata": {"hook": "error"}})
    with pytest.raises(AuthApiError) as failed:
        auth.sign_in_with_password({"email": email, "password": PASSWORD})
    assert failed.value.status == 429 and failed.value.message == "Calma"
    # What the hook wrote stays, whatever it answered.
    attempts = stack.sql(
        "select valid from auth_test_hooks.attempts where user_id = %s order by at", [user.id]
    )
    assert attempts == [(True,), (False,), (True,), (True,)]


def test_the_custom_access_token_hook_adds_claims(stack, alt):
    email = new_email()
    client(stack.url, stack.service_key).auth.admin.create_user(
        {"email": email, "password": PASSWORD, "email_confirm": True}
    )
    session = (
        client(alt.url, alt.anon_key)
        .auth.sign_in_with_password({"email": email, "password": PASSWORD})
        .session
    )
    claims = claims_of(session.access_token, stack.config.jwt_secret)
    assert claims["plano"] == "teste"
    assert claims["exp"] - claims["iat"] == 600
