"""The mails Auth 'sends': one JSON file per mail in the stack's mail folder.

Developers open the link (or type the six-digit code) from these files; tests read them
with `read_mails`. Tokens follow Supabase Auth: a six-digit OTP, and a token hash
(SHA-224 of e-mail + OTP) stored in auth.users and used in the link.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

SUBJECTS = {
    "signup": "Confirme seu cadastro",
    "recovery": "Redefina sua senha",
    "magiclink": "Seu link de acesso",
    "email_change": "Confirme a troca de e-mail",
}


def new_otp() -> str:
    """A six-digit one-time code."""
    return f"{secrets.randbelow(10**6):06d}"


def token_hash(email: str, otp: str) -> str:
    """Supabase Auth's stored token: SHA-224 hex of e-mail (or phone) + OTP."""
    return hashlib.sha224((email + otp).encode()).hexdigest()


def verify_link(api_url: str, hashed: str, kind: str, redirect_to: str) -> str:
    """The `/auth/v1/verify` link a mail carries."""
    return (
        f"{api_url}/auth/v1/verify?token={quote(hashed, safe='')}&type={quote(kind, safe='')}"
        f"&redirect_to={quote(redirect_to, safe=':/')}"
    )


def write_mail(
    mail_dir: Path, *, to: str, kind: str, otp: str, hashed: str, link: str, redirect_to: str
) -> Path:
    """Store one mail as `<mail_dir>/<time>-<type>-<id>.json`."""
    mail_dir.mkdir(parents=True, exist_ok=True)
    mail_id = uuid.uuid4().hex
    body = {
        "id": mail_id,
        "to": to,
        "subject": SUBJECTS.get(kind, kind),
        "type": kind,
        "token": otp,
        "token_hash": hashed,
        "link": link,
        "redirect_to": redirect_to,
        "sent_at": time.time(),
        "text": f"{SUBJECTS.get(kind, kind)}: {link}\nOu use o código {otp}.",
    }
    path = mail_dir / f"{time.time_ns()}-{kind}-{mail_id[:8]}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(body, ensure_ascii=False, indent=2))
    tmp.replace(path)
    return path


def read_mails(
    mail_dir: Path, *, to: str | None = None, kind: str | None = None
) -> list[dict[str, Any]]:
    """The stored mails, oldest first, optionally only those to `to` and/or of `kind`."""
    if not mail_dir.exists():
        return []
    mails = [json.loads(p.read_text()) for p in sorted(mail_dir.glob("*.json"))]
    return [
        m
        for m in mails
        if (to is None or m["to"].lower() == to.lower()) and (kind is None or m["type"] == kind)
    ]
