"""The PKCE flow (`internal/api/pkce.go`, `internal/models/flow_state.go`).

When a client sends `code_challenge`/`code_challenge_method` with a request that ends in a
mailed link (sign-up, recovery, e-mail change), the stored token gets the `pkce_` prefix
and a flow state remembers the challenge. Following the link then redirects with
`?code=<auth code>`, which the client exchanges at `POST /token?grant_type=pkce` with its
code verifier.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from psycopg import AsyncConnection

from devstack.auth.errors import AuthError, bad_request, not_found, unprocessable

PREFIX = "pkce_"
FLOW_STATE_EXPIRY = timedelta(seconds=300)  # upstream's default flow state lifetime
_CHALLENGE = re.compile(r"^[a-zA-Z._~0-9-]+$")
# Verification `type` → the flow state's authentication method.
METHODS = {
    "signup": "email/signup",
    "recovery": "recovery",
    "magiclink": "magiclink",
    "email_change": "email_change",
    "invite": "invite",
}


def challenge_of(params: dict[str, Any]) -> tuple[str, str] | None:
    """(challenge, method) when the request asks for PKCE; validates like upstream."""
    challenge = str(params.get("code_challenge") or "")
    method = str(params.get("code_challenge_method") or "")
    if bool(challenge) != bool(method):
        raise bad_request(
            "validation_failed", "PKCE flow requires code_challenge_method and code_challenge"
        )
    if not challenge:
        return None
    if not 43 <= len(challenge) <= 128:
        raise bad_request(
            "validation_failed", "code challenge has to be between 43 and 128 characters"
        )
    if not _CHALLENGE.match(challenge):
        raise bad_request(
            "validation_failed",
            "code challenge can only contain alphanumeric characters, hyphens, periods,"
            " underscores and tildes",
        )
    if method.lower() not in ("s256", "plain"):
        raise bad_request("validation_failed", "code challenge method not supported")
    return challenge, method.lower()


async def create_flow_state(
    conn: AsyncConnection[Any], user_id: Any, method: str, challenge: tuple[str, str]
) -> None:
    """Remember the challenge for `user_id`'s pending `method` (e.g. "email/signup")."""
    await conn.execute(
        "insert into auth.flow_state (id, user_id, auth_code, code_challenge_method,"
        " code_challenge, provider_type, created_at, updated_at, authentication_method)"
        " values (%s, %s, %s, %s, %s, 'email', now(), now(), %s)",
        [uuid.uuid4(), user_id, str(uuid.uuid4()), challenge[1], challenge[0], method],
    )


async def issue_auth_code(conn: AsyncConnection[Any], user_id: Any, kind: str) -> str:
    """The auth code of the user's latest flow state for verification `kind`."""
    cur = await conn.execute(
        "select * from auth.flow_state where user_id = %s and authentication_method = %s"
        " order by created_at desc limit 1",
        [user_id, METHODS.get(kind, kind)],
    )
    flow = await cur.fetchone()
    if flow is None:
        raise unprocessable("flow_state_not_found", "No valid flow state found for user.")
    await conn.execute(
        "update auth.flow_state set auth_code_issued_at = now(), updated_at = now() where id = %s",
        [flow["id"]],
    )
    return str(flow["auth_code"])


def _matches(flow: dict[str, Any], verifier: str) -> bool:
    if flow["code_challenge_method"] == "s256":
        digest = hashlib.sha256(verifier.encode()).digest()
        expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    else:
        expected = verifier
    # As bytes: compare_digest refuses non-ASCII str, and the verifier is the caller's.
    return hmac.compare_digest(expected.encode(), str(flow["code_challenge"]).encode())


async def redeem(conn: AsyncConnection[Any], auth_code: str, verifier: str) -> tuple[Any, str]:
    """Check `verifier` against the flow state of `auth_code`; returns (user id, method)."""
    if not auth_code or not verifier:
        raise bad_request(
            "validation_failed",
            "invalid request: both auth code and code verifier should be non-empty",
        )
    cur = await conn.execute(
        "select * from auth.flow_state where auth_code = %s for update", [auth_code]
    )
    flow = await cur.fetchone()
    if flow is None or flow["user_id"] is None:
        raise not_found("flow_state_not_found", "invalid flow state, no valid flow state found")
    started = flow["created_at"]
    if flow["authentication_method"] == "magiclink" and flow["auth_code_issued_at"]:
        started = flow["auth_code_issued_at"]
    if datetime.now(UTC) > started + FLOW_STATE_EXPIRY:
        raise unprocessable("flow_state_expired", "invalid flow state, flow state has expired")
    if not _matches(flow, verifier):
        raise AuthError(
            400, "bad_code_verifier", "code challenge does not match previously saved code verifier"
        )
    await conn.execute("delete from auth.flow_state where id = %s", [flow["id"]])
    return flow["user_id"], str(flow["authentication_method"])
