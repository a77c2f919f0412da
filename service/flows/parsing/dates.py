"""Dates and times relative to a given `now` (`amanhã às 15h`, `sexta de manhã`, `dia 15`).

Pure: the caller passes `now` (the inbound message's timestamp); nothing reads the clock.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from service.flows.parsing.text import normalize

WEEKDAYS = {
    "segunda": 0, "seg": 0, "terca": 1, "ter": 1, "quarta": 2, "qua": 2, "quinta": 3,
    "qui": 3, "sexta": 4, "sex": 4, "sabado": 5, "sab": 5, "domingo": 6, "dom": 6,
}  # fmt: skip
PERIODS = {"manha": time(9, 0), "tarde": time(14, 0), "noite": time(19, 0)}
_HOUR = re.compile(r"\b(\d{1,2})\s*(?:h|hs|horas?|:)\s*(\d{2})?\b|\bas\s+(\d{1,2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")
_DAY_ONLY = re.compile(r"\bdia\s+(\d{1,2})\b")


def parse_datetime(text: str, now: datetime) -> datetime | None:
    """When the lead means, in `now`'s time zone; None when the answer names no day or time."""
    norm = normalize(text).replace("-feira", "").replace(" feira", "")
    day = _parse_day(norm, now.date())
    clock = _parse_time(norm)
    if day is None and clock is None:
        return None
    if day is None and clock is not None:
        day = now.date()
        if datetime.combine(day, clock, now.tzinfo) <= now:
            day += timedelta(days=1)
    assert day is not None  # narrowed above: at least one of day and clock was found
    return datetime.combine(day, clock or time(9, 0), now.tzinfo)


def _parse_day(norm: str, today: date) -> date | None:
    if "depois de amanha" in norm:
        return today + timedelta(days=2)
    if re.search(r"\bamanha\b", norm) and not re.search(r"\b(de|pela|da|na)\s+manha\b", norm):
        return today + timedelta(days=1)
    if re.search(r"\bamanha\b", norm.replace("de manha", "").replace("pela manha", "")):
        return today + timedelta(days=1)
    if re.search(r"\bhoje\b", norm):
        return today
    match = _DAY_MONTH.search(norm)
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3)) if match.group(3) else today.year
        year = year + 2000 if year < 100 else year
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if not match.group(3) and found < today:
            found = found.replace(year=today.year + 1)
        return found
    match = _DAY_ONLY.search(norm)
    if match:
        return _next_day_of_month(today, int(match.group(1)))
    for word, weekday in WEEKDAYS.items():
        if re.search(rf"\b{word}\b", norm):
            # The same weekday as today means next week's: "today" would be said as `hoje`.
            ahead = (weekday - today.weekday()) % 7 or 7
            return today + timedelta(days=ahead)
    if "semana que vem" in norm or "proxima semana" in norm:
        return today + timedelta(days=7 - today.weekday())
    return None


def _next_day_of_month(today: date, day: int) -> date | None:
    year, month = today.year, today.month
    for _ in range(13):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate and candidate >= today:
            return candidate
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return None


def _parse_time(norm: str) -> time | None:
    if "meio dia" in norm or "meio-dia" in norm:
        return time(12, 0)
    match = _HOUR.search(_without_dates(norm))
    if match:
        hour = int(match.group(1) or match.group(3))
        minute = int(match.group(2) or 0)
        if re.search(r"\b(da|de|a)\s+(tarde|noite)\b", norm) and hour < 12:
            hour += 12
        if 0 <= hour <= 23 and 0 <= minute <= 59:
            return time(hour, minute)
        return None
    for word, at in PERIODS.items():
        if re.search(rf"\b{word}\b", norm.replace("amanha", "")) or (
            word == "manha" and re.search(r"\b(de|pela|na)\s+manha\b", norm)
        ):
            return at
    return None


def _without_dates(norm: str) -> str:
    return _DAY_ONLY.sub(" ", _DAY_MONTH.sub(" ", norm))
