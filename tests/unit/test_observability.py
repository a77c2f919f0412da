from service.observability import REDACTED, before_send, scrub


def test_phone_numbers_and_emails_inside_text_are_redacted():
    text = "lead +55 11 98765-4321 wrote from maria.silva@example.com.br"
    scrubbed = scrub(text)
    assert "98765" not in scrubbed
    assert "maria.silva" not in scrubbed
    assert scrubbed.count(REDACTED) == 2


def test_message_bodies_and_contact_fields_are_redacted_whatever_they_contain():
    event = {
        "extra": {"text": "tenho diabetes", "wa_id": "5511987654321", "count": 3},
        "request": {"data": {"messages": [{"text": {"body": "oi"}}]}},
    }
    scrubbed = before_send(event, {})
    assert scrubbed["extra"] == {"text": REDACTED, "wa_id": REDACTED, "count": 3}
    assert scrubbed["request"]["data"]["messages"] == REDACTED


def test_harmless_values_pass_unchanged():
    event = {"level": "error", "tags": ["webhook"], "extra": {"status": 500}}
    assert before_send(event, {}) == event
