"""E-mail addresses and CNPJ numbers found inside an answer."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}", re.IGNORECASE)
# Domains leads commonly mistype, mapped to what they meant.
_DOMAIN_FIXES = {
    "gmail.con": "gmail.com",
    "gmial.com": "gmail.com",
    "gmai.com": "gmail.com",
    "gmail.com.br": "gmail.com",
    "hotmail.con": "hotmail.com",
    "hotmal.com": "hotmail.com",
    "outlook.con": "outlook.com",
}


def parse_email(text: str) -> str | None:
    """The e-mail address in the answer, lower-cased, with well-known domain typos fixed."""
    match = _EMAIL.search(text.replace(" @ ", "@").replace(" @", "@").replace("@ ", "@"))
    if not match:
        return None
    local, _, domain = match.group(0).lower().partition("@")
    return f"{local.strip('.')}@{_DOMAIN_FIXES.get(domain, domain)}"


def _cnpj_digit(digits: list[int], weights: list[int]) -> int:
    rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
    return 0 if rest < 2 else 11 - rest


def parse_cnpj(text: str) -> str | None:
    """A CNPJ with valid check digits, as 14 digits (punctuation and words around ignored)."""
    for match in re.finditer(r"\d[\d.\-/ ]{12,20}\d", text):
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) != 14 or len(set(digits)) == 1:
            continue
        nums = [int(d) for d in digits]
        first = _cnpj_digit(nums[:12], [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
        second = _cnpj_digit(nums[:13], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
        if nums[12] == first and nums[13] == second:
            return digits
    return None
