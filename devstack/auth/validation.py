"""Input checks shared by the endpoints, with Supabase Auth's messages."""

from __future__ import annotations

import re

from devstack.auth.errors import bad_request

EMAIL_PATTERN = re.compile(
    r"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}"
    r"[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$"
)
PHONE_PATTERN = re.compile(r"^[1-9]\d{1,14}$")


def validate_email(email: str) -> str:
    """A lower-cased, syntactically valid e-mail address, else 400 as upstream."""
    if len(email) > 255 or not EMAIL_PATTERN.match(email):
        raise bad_request(
            "email_address_invalid", "Unable to validate email address: invalid format"
        )
    return email.lower()


def validate_phone(phone: str) -> str:
    """An E.164 number without '+' or spaces, as Supabase Auth stores it."""
    digits = phone.strip().removeprefix("+").replace(" ", "")
    if not PHONE_PATTERN.match(digits):
        raise bad_request("validation_failed", "Invalid phone number format (E.164 required)")
    return digits
