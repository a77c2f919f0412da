"""JWT signing and verification shared by every gateway component.

The defaults are the Supabase CLI's public local-development secret and keys; they are
public knowledge and must never be used in production.
"""

from __future__ import annotations

import time
from typing import Any

import jwt

DEMO_JWT_SECRET = "super-secret-jwt-token-with-at-least-32-characters-long"
# The CLI's demo keys are HS256 tokens over these claims; re-signing them with another
# secret gives the keys for a stack started with SUPABASE_JWT_SECRET overridden.
DEMO_KEY_ISSUER = "supabase-demo"
DEMO_KEY_EXPIRY = 1983812996
CLOCK_SKEW_SECONDS = 30


class InvalidJWT(Exception):
    """A token that is malformed, wrongly signed or expired."""

    def __init__(self, reason: str, *, expired: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.expired = expired


def sign(claims: dict[str, Any], secret: str) -> str:
    """Sign `claims` as an HS256 JWT."""
    return jwt.encode(claims, secret, algorithm="HS256")


def verify(token: str, secret: str, *, leeway: int = CLOCK_SKEW_SECONDS) -> dict[str, Any]:
    """Return the claims of a valid HS256 token, or raise InvalidJWT."""
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=["HS256"],
            leeway=leeway,
            options={"verify_aud": False, "require": []},
        )
    except jwt.ExpiredSignatureError as exc:
        raise InvalidJWT("JWT expired", expired=True) from exc
    except jwt.InvalidTokenError as exc:
        raise InvalidJWT(str(exc) or "invalid JWT") from exc
    if not isinstance(claims, dict):
        raise InvalidJWT("JWT claims must be an object")
    return claims


def api_key(role: str, secret: str) -> str:
    """The long-lived API key for `role` ("anon" or "service_role") under `secret`."""
    return sign({"iss": DEMO_KEY_ISSUER, "role": role, "exp": DEMO_KEY_EXPIRY}, secret)


def now() -> int:
    """Seconds since the epoch, as JWT claims count time."""
    return int(time.time())
