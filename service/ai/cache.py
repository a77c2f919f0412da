"""Reuse of compliant answers to identical questions (same scope, vertical, step, question).

Answers that contain the lead's personal data are never stored: they would leak to the next
lead who asks the same thing.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Protocol

from service.ai.models import Vertical
from service.ai.normalize import fold, question_key

log = logging.getLogger(__name__)

_PERSONAL = re.compile(
    r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}"  # CPF
    r"|\(?\d{2}\)?\s?9?\d{4}-?\d{4}"  # Brazilian phone number
    r"|[\w.+-]+@[\w-]+\.[\w.]+"  # e-mail address
)
_MIN_VALUE_CHARS = 3
# Variables holding a person's name: a reply greets the lead by one of its words ("Oi, Maria!"
# for "Maria Souza"), so each word counts, except the particles between surnames.
_NAME_KEY = re.compile(r"nome|name")
_NAME_PARTICLES = frozenset({"da", "das", "de", "do", "dos", "e"})


def cache_key(scope: str, vertical: Vertical, step_id: str, question: str) -> str:
    """The key under which identical questions share an answer."""
    return f"{scope}|{vertical}|{step_id}|{question_key(question)}"


def contains_personal_data(text: str, lead_variables: Mapping[str, str]) -> bool:
    """Whether the text mentions one of the lead's values or looks like CPF, phone or e-mail."""
    if _PERSONAL.search(text):
        return True
    folded = fold(text)
    values: list[str] = []
    for key, value in lead_variables.items():
        whole = fold(value).strip()
        values.append(whole)
        if _NAME_KEY.search(key.lower()):
            values.extend(w for w in re.findall(r"\w+", whole) if w not in _NAME_PARTICLES)
    return any(
        len(v) >= _MIN_VALUE_CHARS and re.search(rf"\b{re.escape(v)}\b", folded) for v in values
    )


def _digest(key: str) -> str:
    """A short, stable stand-in for a cache key in logs."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


class ReplyCache(Protocol):
    """Port for a store of compliant answers."""

    def get(self, key: str) -> str | None:
        """The cached answer, or None when absent or expired."""
        ...

    def put(self, key: str, text: str) -> None:
        """Store an answer (the caller has checked it is compliant and impersonal)."""
        ...


class InMemoryReplyCache:
    """A bounded in-process cache with a TTL; the clock is injectable for tests."""

    def __init__(
        self,
        *,
        ttl_s: float = 600.0,
        max_entries: int = 1000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> str | None:
        """The cached answer, or None when absent or expired; hits are logged."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or self._clock() - entry[0] >= self.ttl_s:
                self._entries.pop(key, None)
                self.misses += 1
                return None
            self.hits += 1
        # The key holds the lead's question (maybe a health detail): log a digest, not the text.
        log.info("ai cache hit", extra={"cache_key": _digest(key)})
        return entry[1]

    def put(self, key: str, text: str) -> None:
        """Store an answer, evicting the oldest entry when full."""
        with self._lock:
            self._entries[key] = (self._clock(), text)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
