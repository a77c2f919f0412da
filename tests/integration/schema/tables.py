"""What each consultant-owned table lets a signed-in consultant do, for the RLS tests."""

from __future__ import annotations

from dataclasses import dataclass

from tests.integration.schema.helpers import Consultant, new_phone


@dataclass(frozen=True)
class TableRules:
    """One table: its key, owner column and the operations granted to `authenticated`."""

    name: str
    key: str  # primary-key column
    owner: str  # column holding the consultant id
    select: bool
    insert: bool
    update: bool
    delete: bool
    update_set: str = ""  # SET clause used by update tests

    def key_of(self, who: Consultant) -> object:
        """The primary key of `who`'s row in this table."""
        attribute = {
            "profiles": "id",
            "whatsapp_channels": "channel_id",
            "channel_secrets": "channel_id",
            "flows": "flow_id",
            "leads": "lead_id",
            "conversations": "conversation_id",
            "messages": "message_id",
            "lead_status_history": "history_id",
            "ai_calls": "ai_call_id",
            "feature_flags": "flag_id",
            "notifications": "notification_id",
            "auth_password_attempts": "id",
        }[self.name]
        return getattr(who, attribute)

    def insert_sql(self, owner: Consultant, parent: Consultant) -> tuple[str, list[object]]:
        """An INSERT of a new row owned by `owner` hanging off `parent`'s rows."""
        statements: dict[str, tuple[str, list[object]]] = {
            "profiles": (
                "insert into public.profiles (id, slug, display_name) values (%s, 'novo-slug', 'X')",
                [owner.id],
            ),
            "whatsapp_channels": (
                "insert into public.whatsapp_channels (consultant_id, provider, provider_number_id)"
                " values (%s, 'meta', 'roubado')",
                [owner.id],
            ),
            "channel_secrets": (
                "insert into public.channel_secrets (channel_id, consultant_id) values (%s, %s)",
                [parent.channel_id, owner.id],
            ),
            "flows": (
                "insert into public.flows (consultant_id, name, vertical, definition)"
                " values (%s, 'Outro', 'saude', '{\"etapas\": []}')",
                [owner.id],
            ),
            "leads": (
                "insert into public.leads (consultant_id, phone, name) values (%s, %s, 'Novo')",
                [owner.id, new_phone()],
            ),
            "conversations": (
                "insert into public.conversations (consultant_id, lead_id, status)"
                " values (%s, %s, 'finalizada')",
                [owner.id, parent.lead_id],
            ),
            "messages": (
                "insert into public.messages (consultant_id, conversation_id, lead_id, direction,"
                " author, text) values (%s, %s, %s, 'out', 'consultant', 'Olá!')",
                [owner.id, parent.conversation_id, parent.lead_id],
            ),
            "lead_status_history": (
                "insert into public.lead_status_history (consultant_id, lead_id, to_status)"
                " values (%s, %s, 'ganho')",
                [owner.id, parent.lead_id],
            ),
            "ai_calls": (
                "insert into public.ai_calls (consultant_id, model) values (%s, 'x')",
                [owner.id],
            ),
            "feature_flags": (
                "insert into public.feature_flags (key, consultant_id, enabled)"
                " values ('outra_flag', %s, true)",
                [owner.id],
            ),
            "notifications": (
                "insert into public.notifications (consultant_id, channel, kind)"
                " values (%s, 'email', 'teste')",
                [owner.id],
            ),
            "auth_password_attempts": (
                "insert into public.auth_password_attempts (user_id) values (%s)",
                [owner.id],
            ),
        }
        return statements[self.name]


TABLES = [
    TableRules("profiles", "id", "id", True, False, True, False, "bio = 'Nova bio'"),
    TableRules(
        "whatsapp_channels", "id", "consultant_id", True, False, True, False, "label = 'Novo nome'"
    ),
    TableRules(
        "channel_secrets",
        "channel_id",
        "consultant_id",
        False,
        False,
        False,
        False,
        "access_token = 'x'",
    ),
    TableRules("flows", "id", "consultant_id", True, True, True, True, "name = 'Renomeado'"),
    TableRules("leads", "id", "consultant_id", True, True, True, True, "name = 'Renomeado'"),
    TableRules(
        "conversations", "id", "consultant_id", True, True, True, True, 'state = \'{"etapa": "x"}\''
    ),
    TableRules("messages", "id", "consultant_id", True, True, False, False, "text = 'editado'"),
    TableRules(
        "lead_status_history",
        "id",
        "consultant_id",
        True,
        False,
        False,
        False,
        "to_status = 'ganho'",
    ),
    TableRules("ai_calls", "id", "consultant_id", True, False, False, False, "model = 'x'"),
    TableRules(
        "feature_flags", "id", "consultant_id", True, False, False, False, "enabled = false"
    ),
    TableRules("notifications", "id", "consultant_id", True, False, True, False, "read_at = now()"),
    TableRules(
        "auth_password_attempts",
        "user_id",
        "user_id",
        False,
        False,
        False,
        False,
        "failed_count = 0",
    ),
]
