"""Signed URL tokens: HS256 JWTs over `{url, scope, iat, exp}` with the stack secret.

Upstream binds each token to one object (`url` = "<bucket>/<key>") and one action
(`scope` = "download" or "upload"); upload tokens also carry `owner` and `upsert`.
"""

from __future__ import annotations

import time
from typing import Any

from devstack import keys
from devstack.storage import errors

SCOPE_DOWNLOAD = "download"
SCOPE_UPLOAD = "upload"
# Upstream's default `UPLOAD_SIGNED_URL_EXPIRATION_TIME`: two hours.
UPLOAD_URL_EXPIRY_SECONDS = 7200
# jose refuses expirations beyond what a JS Date can hold; keep tokens sane.
MAX_EXPIRY_SECONDS = 10 * 365 * 24 * 3600


def parse_expires_in(value: Any) -> int:
    """Validate `expiresIn` as upstream's schema does (integer >= 1; numeric strings coerce)."""
    if isinstance(value, bool):
        value = None
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            value = None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int):
        raise errors.invalid_request("body/expiresIn must be integer")
    if value < 1:
        raise errors.invalid_request("body/expiresIn must be >= 1")
    if value > MAX_EXPIRY_SECONDS:
        raise errors.StorageError(400, "InvalidParameter", "Invalid Parameter expiresIn")
    return value


def sign_download(url: str, expires_in: int, secret: str) -> str:
    """A token allowing GET /object/sign/<url> until it expires."""
    now = int(time.time())
    claims = {"url": url, "scope": SCOPE_DOWNLOAD, "iat": now, "exp": now + expires_in}
    return keys.sign(claims, secret)


def sign_upload(url: str, owner: str | None, upsert: bool, secret: str) -> str:
    """A token allowing PUT /object/upload/sign/<url> for two hours."""
    now = int(time.time())
    claims: dict[str, Any] = {
        "url": url,
        "upsert": upsert,
        "scope": SCOPE_UPLOAD,
        "iat": now,
        "exp": now + UPLOAD_URL_EXPIRY_SECONDS,
    }
    if owner:
        claims["owner"] = owner
    return keys.sign(claims, secret)


def verify(token: str | None, url: str, scope: str, secret: str) -> dict[str, Any]:
    """The claims of a token valid for `scope` on `url`, else the upstream error."""
    if not token:
        raise errors.invalid_request("querystring must have required property 'token'")
    try:
        claims = keys.verify(token, secret, leeway=0)
    except keys.InvalidJWT as exc:
        if exc.expired:
            raise errors.invalid_jwt('"exp" claim timestamp check failed') from exc
        if token.count(".") != 2:
            raise errors.invalid_jwt("Invalid Compact JWS") from exc
        raise errors.invalid_jwt("signature verification failed") from exc
    token_scope = claims.get("scope")
    if scope == SCOPE_UPLOAD:
        valid_scope = token_scope == SCOPE_UPLOAD or (token_scope is None and "upsert" in claims)
    else:
        valid_scope = token_scope == SCOPE_DOWNLOAD or (
            token_scope is None and "upsert" not in claims
        )
    if not valid_scope:
        raise errors.invalid_signature(f"Token is not scoped for {scope}")
    if claims.get("url") != url:
        raise errors.invalid_signature()
    exp = claims.get("exp")
    if not isinstance(exp, int | float) or exp < time.time():
        raise errors.StorageError(400, "ExpiredToken", "The provided token has expired.")
    return claims
