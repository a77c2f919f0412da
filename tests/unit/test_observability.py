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


def test_local_variables_of_stack_frames_are_redacted():
    # Sentry snapshots each frame's locals: a lead's question or name sits there verbatim.
    event = {
        "exception": {
            "values": [
                {
                    "type": "GroqError",
                    "stacktrace": {
                        "frames": [
                            {
                                "function": "reply",
                                "lineno": 12,
                                "vars": {"question": "'tenho diabetes, cobre?'", "nome": "'Maria'"},
                            }
                        ]
                    },
                }
            ]
        }
    }
    frame = before_send(event, {})["exception"]["values"][0]["stacktrace"]["frames"][0]
    assert frame == {"function": "reply", "lineno": 12, "vars": REDACTED}


def test_formatted_log_messages_and_their_arguments_are_redacted():
    # The logging integration sends the message both as a template and already formatted.
    event = {
        "logentry": {
            "message": "lead %s asked %s",
            "formatted": "lead Maria asked tenho diabetes",
            "params": ["Maria", "tenho diabetes"],
        }
    }
    logentry = before_send(event, {})["logentry"]
    assert "diabetes" not in str(logentry) and "Maria" not in str(logentry)


def test_chat_prompts_sent_to_the_model_are_redacted():
    event = {"extra": {"chat": [{"role": "user", "content": "tenho diabetes"}], "model": "llama"}}
    assert before_send(event, {})["extra"] == {
        "chat": [{"role": "user", "content": REDACTED}],
        "model": "llama",
    }
