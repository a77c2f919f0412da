"""Supabase Storage's error bodies: `{statusCode, code, error, message}`.

Like upstream, the HTTP status is 400 for every client error (the real status travels as the
string `statusCode` in the body) and 500 for server faults; the clients read the body.
"""

from __future__ import annotations

import psycopg
from psycopg import errors as pg_errors
from starlette.responses import JSONResponse


class StorageError(Exception):
    """An error rendered as Supabase Storage renders it."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        error: str | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.error = error or code
        self.http_status = http_status or (500 if status >= 500 else 400)

    def response(self) -> JSONResponse:
        """The JSON response the clients parse."""
        body = {
            "statusCode": str(self.status),
            "code": self.code,
            "error": self.error,
            "message": self.message,
        }
        return JSONResponse(body, status_code=self.http_status)


def no_such_bucket() -> StorageError:
    """The bucket does not exist or is not visible."""
    return StorageError(404, "NoSuchBucket", "Bucket not found", error="Bucket not found")


def no_such_key() -> StorageError:
    """The object does not exist or is not visible."""
    return StorageError(404, "NoSuchKey", "Object not found", error="not_found")


def invalid_key(key: str) -> StorageError:
    """An object key outside the allowed character set or shape."""
    return StorageError(400, "InvalidKey", f"Invalid key: {key}")


def invalid_bucket_name(name: str) -> StorageError:
    """A bucket name outside the allowed character set or length."""
    return StorageError(400, "InvalidBucketName", "Bucket name invalid", error="Invalid Input")


def access_denied(
    message: str = "Access denied", *, http_status: int | None = None
) -> StorageError:
    """Missing/invalid credentials or a refused row-level security check."""
    return StorageError(403, "AccessDenied", message, error="Unauthorized", http_status=http_status)


def invalid_jwt(message: str = "Invalid JWT") -> StorageError:
    """A signed-URL token that is malformed, wrongly signed or expired."""
    return StorageError(400, "InvalidJWT", message)


def invalid_signature(message: str = "Invalid signature") -> StorageError:
    """A valid token used for another object or action."""
    return StorageError(400, "InvalidSignature", message)


def entity_too_large(entity: str = "object") -> StorageError:
    """An upload above the bucket's or the stack's size limit."""
    return StorageError(
        413,
        "EntityTooLarge",
        f"The {entity} exceeded the maximum allowed size",
        error="Payload too large",
    )


def invalid_mime_type(mime: str) -> StorageError:
    """A content type the bucket does not allow."""
    return StorageError(
        415, "InvalidMimeType", f"mime type {mime} is not supported", error="invalid_mime_type"
    )


def key_already_exists() -> StorageError:
    """An upload without upsert onto an existing key."""
    return StorageError(409, "KeyAlreadyExists", "The resource already exists", error="Duplicate")


def bucket_already_exists() -> StorageError:
    """A bucket id that is taken."""
    return StorageError(
        409, "BucketAlreadyExists", "The resource already exists", error="Duplicate"
    )


def bucket_not_empty() -> StorageError:
    """Deleting a bucket that still holds objects."""
    return StorageError(409, "ResourceNotEmpty", "The bucket you tried to delete is not empty")


def invalid_request(message: str) -> StorageError:
    """A request body or query that fails validation."""
    return StorageError(400, "InvalidRequest", message, error="Bad Request")


def no_content() -> StorageError:
    """An upload without a file."""
    return StorageError(400, "InvalidRequest", "No content provided")


def storage_backend() -> StorageError:
    """The bytes could not be written (disk full, permissions): nothing was stored."""
    return StorageError(500, "InternalError", "Internal Server Error", error="internal")


def from_database(exc: psycopg.Error) -> StorageError:
    """Translate a database error the way upstream's DBError does."""
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        text = str(exc)
        message = (
            "new row violates row-level security policy" if "row-level security" in text else text
        )
        return access_denied(message)
    if isinstance(exc, pg_errors.UniqueViolation):
        return StorageError(
            409, "ResourceAlreadyExists", "The resource already exists", error="Duplicate"
        )
    if isinstance(exc, pg_errors.ForeignKeyViolation):
        return StorageError(
            404 if "is not present" in str(exc) else 409,
            "ResourceReferenced",
            "The resource could not be updated or removed due to a foreign key constraint",
        )
    if isinstance(exc, pg_errors.QueryCanceled):
        return StorageError(
            544,
            "DatabaseTimeout",
            "The connection to the database timed out",
            http_status=544,
        )
    sqlstate = getattr(exc, "sqlstate", None) or "unknown"
    return StorageError(500, "DatabaseError", f"database error, code: {sqlstate}")
