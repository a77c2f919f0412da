"""Error reporting with Sentry, initialised only when SENTRY_DSN is set.

Leads' personal data never leaves the service: phone numbers, e-mail addresses and
message bodies are scrubbed from every event before it is sent.
"""

from __future__ import annotations

import re
from typing import Any

from service.settings import Settings

PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# Keys whose values are message bodies or contact data, whatever they contain.
SENSITIVE_KEYS = frozenset(
    {
        "body",
        "text",
        "caption",
        "message",
        "messages",
        "phone",
        "wa_id",
        "from",
        "to",
        "email",
        "whatsapp_number",
        "contacts",
        "answers",
        "record",
        "old_record",
        # Chat-completion messages, the lead's captured variables and AI step texts.
        "content",
        "question",
        "reply",
        "prompt",
        "variables",
        "lead_variables",
        "nome",
        "cpf",
        # Snapshots of stack-frame locals, and log lines already formatted with their arguments.
        "vars",
        "formatted",
        "params",
    }
)
REDACTED = "[redacted]"


def scrub(value: Any) -> Any:
    """Return `value` with phone numbers, e-mails and message bodies redacted."""
    if isinstance(value, str):
        return PHONE.sub(REDACTED, EMAIL.sub(REDACTED, value))
    if isinstance(value, dict):
        return {
            key: REDACTED if str(key).lower() in SENSITIVE_KEYS else scrub(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [scrub(item) for item in value]
    return value


def before_send(event: dict[str, Any], _hint: dict[str, Any]) -> dict[str, Any]:
    """Sentry hook: scrub the whole event."""
    scrubbed: dict[str, Any] = scrub(event)
    return scrubbed


def init_sentry(settings: Settings) -> bool:
    """Start Sentry when a DSN is configured; returns whether it was started."""
    if settings.sentry_dsn is None or not settings.sentry_dsn.get_secret_value():
        return False
    import sentry_sdk
    from sentry_sdk.integrations.flask import FlaskIntegration

    sentry_sdk.init(
        dsn=settings.sentry_dsn.get_secret_value(),
        environment=settings.app_env,
        send_default_pii=False,
        include_local_variables=False,  # locals hold leads' messages; scrub() is the backstop
        before_send=before_send,  # type: ignore[arg-type]
        integrations=[FlaskIntegration()],
        traces_sample_rate=0.0,
    )
    return True
