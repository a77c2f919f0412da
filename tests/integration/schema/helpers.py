"""Helpers for the schema tests: consultants with one row in every table they own.

RLS is exercised two ways: directly in Postgres (`db_session` sets the role and the JWT
claims exactly as PostgREST does) and through the official supabase client against the
devstack gateway (see test_client_*.py).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

import bcrypt
import psycopg
from psycopg.rows import dict_row

PASSWORD = "senha-de-teste-123"


@cache
def password_hash() -> str:
    """bcrypt hash of PASSWORD (low cost: tests only)."""
    return bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(4)).decode()


@dataclass(frozen=True)
class Consultant:
    """A consultant created for a test, with the ids of the rows it owns."""

    id: str
    email: str
    slug: str
    channel_id: str
    flow_id: str
    lead_id: str
    conversation_id: str
    message_id: str
    notification_id: str
    ai_call_id: int
    flag_id: str
    history_id: int


@contextmanager
def db_session(
    db_url: str, role: str, user_id: str | None = None
) -> Iterator[psycopg.Connection[dict[str, object]]]:
    """A transaction running as `role` with PostgREST-style claims; rolled back at the end."""
    with psycopg.connect(db_url, row_factory=dict_row) as conn:
        claims: dict[str, str] = {"role": role}
        if user_id is not None:
            claims["sub"] = user_id
        conn.execute(f"set local role {role}")
        conn.execute("select set_config('request.jwt.claims', %s, true)", [json.dumps(claims)])
        try:
            yield conn
        finally:
            conn.rollback()


def new_phone() -> str:
    """A random, valid Brazilian mobile number in E.164."""
    return "+55119" + str(uuid.uuid4().int)[:8]


def create_user(db_url: str, email: str, meta: dict[str, object] | None = None) -> str:
    """Insert an auth user (as a sign-up would); the profile trigger does the rest."""
    user_id = str(uuid.uuid4())
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute(
            """insert into auth.users (instance_id, id, aud, role, email, encrypted_password,
                 email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at,
                 updated_at, confirmation_token, recovery_token, email_change_token_new,
                 email_change)
               values ('00000000-0000-0000-0000-000000000000', %s, 'authenticated',
                 'authenticated', %s, %s, now(), '{"provider":"email","providers":["email"]}',
                 %s, now(), now(), '', '', '', '')""",
            [user_id, email, password_hash(), json.dumps(meta or {})],
        )
        conn.execute(
            """insert into auth.identities (provider_id, user_id, identity_data, provider,
                 created_at, updated_at)
               values (%s, %s, %s, 'email', now(), now())""",
            [user_id, user_id, json.dumps({"sub": user_id, "email": email})],
        )
    return user_id


def create_consultant(db_url: str, label: str) -> Consultant:
    """A consultant with a channel, secret, flow, lead, conversation, message, etc."""
    tag = uuid.uuid4().hex[:8]
    email = f"{label}-{tag}@teste.consultor.ai"
    user_id = create_user(db_url, email, {"display_name": f"Consultor {label}"})
    phone = new_phone()
    with psycopg.connect(db_url, autocommit=True, row_factory=dict_row) as conn:

        def one(query: str, params: list[object]) -> dict[str, object]:
            row = conn.execute(query, params).fetchone()
            assert row is not None
            return row

        slug = one("select slug from public.profiles where id = %s", [user_id])["slug"]
        channel = one(
            """insert into public.whatsapp_channels (consultant_id, provider, provider_number_id)
               values (%s, 'meta', %s) returning id""",
            [user_id, f"pn-{tag}"],
        )["id"]
        conn.execute(
            """insert into public.channel_secrets (channel_id, consultant_id, access_token)
               values (%s, %s, 'segredo')""",
            [channel, user_id],
        )
        flow = one(
            """insert into public.flows (consultant_id, name, vertical, definition, is_default)
               values (%s, 'Fluxo', 'saude', '{"versao": 2, "etapas": []}', true) returning id""",
            [user_id],
        )["id"]
        lead = one(
            """insert into public.leads (consultant_id, phone, wa_id, name, vertical)
               values (%s, %s, %s, 'Lead de Teste', 'saude') returning id""",
            [user_id, phone, phone[1:]],
        )["id"]
        conversation = one(
            """insert into public.conversations (consultant_id, lead_id, flow_id, channel_id)
               values (%s, %s, %s, %s) returning id""",
            [user_id, lead, flow, channel],
        )["id"]
        message = one(
            """insert into public.messages (consultant_id, conversation_id, lead_id, direction,
                 author, provider_message_id, text, status)
               values (%s, %s, %s, 'in', 'lead', %s, 'Olá', 'received') returning id""",
            [user_id, conversation, lead, f"wamid.{tag}"],
        )["id"]
        notification = one(
            """insert into public.notifications (consultant_id, lead_id, channel, kind)
               values (%s, %s, 'email', 'lead_qualificado') returning id""",
            [user_id, lead],
        )["id"]
        ai_call = one(
            """insert into public.ai_calls (consultant_id, conversation_id, model, latency_ms)
               values (%s, %s, 'llama-test', 120) returning id""",
            [user_id, conversation],
        )["id"]
        flag = one(
            """insert into public.feature_flags (key, consultant_id, enabled)
               values ('flag_de_teste', %s, true) returning id""",
            [user_id],
        )["id"]
        history = one("select id from public.lead_status_history where lead_id = %s", [lead])["id"]
    return Consultant(
        id=user_id,
        email=email,
        slug=str(slug),
        channel_id=str(channel),
        flow_id=str(flow),
        lead_id=str(lead),
        conversation_id=str(conversation),
        message_id=str(message),
        notification_id=str(notification),
        ai_call_id=int(ai_call),  # type: ignore[call-overload]
        flag_id=str(flag),
        history_id=int(history),  # type: ignore[call-overload]
    )
