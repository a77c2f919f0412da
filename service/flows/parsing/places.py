"""Brazilian states (the 27 UF) and cities, with or without accents, state or nickname."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from service.flows.parsing.cities import CITY_TABLE
from service.flows.parsing.text import normalize, strip_accents

UF_NAMES: dict[str, str] = {
    "AC": "Acre", "AL": "Alagoas", "AP": "Amapá", "AM": "Amazonas", "BA": "Bahia",
    "CE": "Ceará", "DF": "Distrito Federal", "ES": "Espírito Santo", "GO": "Goiás",
    "MA": "Maranhão", "MT": "Mato Grosso", "MS": "Mato Grosso do Sul", "MG": "Minas Gerais",
    "PA": "Pará", "PB": "Paraíba", "PR": "Paraná", "PE": "Pernambuco", "PI": "Piauí",
    "RJ": "Rio de Janeiro", "RN": "Rio Grande do Norte", "RS": "Rio Grande do Sul",
    "RO": "Rondônia", "RR": "Roraima", "SC": "Santa Catarina", "SP": "São Paulo",
    "SE": "Sergipe", "TO": "Tocantins",
}  # fmt: skip
_STATE_ALIASES = {normalize(name): uf for uf, name in UF_NAMES.items()} | {
    "minas": "MG", "brasilia": "DF", "distrito federal": "DF", "rio grande": "RS",
    "goias": "GO", "para": "PA",
}  # fmt: skip
# Codes that are also everyday words count only when written in capitals or after a separator.
_AMBIGUOUS_CODES = {"SE", "TO", "AM", "AL", "PA", "MA", "ES", "PI", "AP", "AC", "BA", "PE"}
_FILLER = re.compile(
    r"^(?:(?:eu\s+)?(?:moro|resido|vivo|estou|sou|fico|to)\s+(?:em|no|na|de|do|da|aqui\s+em)\s+|"
    r"aqui\s+(?:em|no|na)\s+|cidade\s+(?:de\s+)?|(?:em|no|na|de)\s+)+"
)


@dataclass(frozen=True)
class Place:
    """A parsed place: canonical city name (None when only a state was given) and UF."""

    city: str | None
    uf: str | None


def _build_index() -> dict[str, list[tuple[str, str]]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for line in CITY_TABLE.strip().splitlines():
        name, uf, *rest = line.split("|")
        aliases = [name] + (rest[0].split(",") if rest and rest[0] else [])
        for alias in aliases:
            index.setdefault(normalize(alias), []).append((name, uf))
    return index


_INDEX_CACHE: list[dict[str, list[tuple[str, str]]]] = []


def _index() -> dict[str, list[tuple[str, str]]]:
    if not _INDEX_CACHE:
        _INDEX_CACHE.append(_build_index())
    return _INDEX_CACHE[0]


def parse_uf(text: str) -> str | None:
    """The UF code of a state typed as code (`sp`, `SP`) or name (`São Paulo`, `minas`)."""
    norm = _FILLER.sub("", normalize(text)).strip(" .,-/")
    if norm.upper() in UF_NAMES:
        return norm.upper()
    if norm in _STATE_ALIASES:
        return _STATE_ALIASES[norm]
    uf, _ = _find_uf(text)
    if uf:
        return uf
    close = difflib.get_close_matches(norm, list(_STATE_ALIASES), n=1, cutoff=0.88)
    return _STATE_ALIASES[close[0]] if close else None


def _find_uf(text: str) -> tuple[str | None, str]:
    """A UF mentioned inside a longer answer, and the text with it removed."""
    plain = strip_accents(text)
    for match in re.finditer(r"(?:^|[\s\-/,(])([A-Za-z]{2})(?=$|[\s.,)!])", plain):
        code = match.group(1)
        sep = plain[match.start(1) - 1] if match.start(1) > 0 else ""
        if code.upper() not in UF_NAMES:
            continue
        upper_or_separated = code.isupper() or sep in "-/,("
        if code.upper() in _AMBIGUOUS_CODES and not upper_or_separated:
            continue
        if not upper_or_separated and match.start(1) == 0:
            continue  # a leading lowercase `sp` is more likely part of a phrase than a UF
        rest = (plain[: match.start(1)] + " " + plain[match.end(1) :]).strip()
        return code.upper(), rest
    norm = normalize(text)
    for alias in sorted(_STATE_ALIASES, key=len, reverse=True):
        if re.search(rf"(?:^|\s)(?:estado\s+d[eoa]\s+)?{re.escape(alias)}$", norm):
            rest = norm[: norm.rfind(alias)].strip(" ,-/")
            return _STATE_ALIASES[alias], rest
    return None, text


def parse_city(text: str) -> Place | None:
    """A city (canonical spelling with accents) and its UF; None when no city can be read."""
    index = _index()
    whole = _FILLER.sub("", normalize(text)).strip(" .,-/")
    if whole in index:
        return _lookup(whole, None, index)
    uf, rest = _find_uf(text)
    norm = _FILLER.sub("", normalize(rest)).strip(" .,-/")
    norm = re.sub(r"\s+(?:estado\s+d[eoa]|em|no|na|-|/)$", "", norm).strip(" .,-/")
    if not norm:
        return None
    found = _lookup(norm, uf, index)
    if found:
        return found
    # The city may sit inside a longer sentence: look for the longest known name in it.
    spaced = " ".join(re.sub(r"[.,:;/\-]", " ", norm).split())
    for alias in sorted(index, key=len, reverse=True):
        if len(alias) >= 3 and re.search(rf"(?:^|\s){re.escape(alias)}(?:$|\s)", spaced):
            found = _lookup(alias, uf, index)
            if found:
                return found
    close = difflib.get_close_matches(norm, list(index), n=1, cutoff=0.85)
    if close:
        return _lookup(close[0], uf, index)
    if norm in _STATE_ALIASES and uf is None:
        return None  # only a state was given
    if _looks_like_place(norm):
        return Place(_title(rest if uf else text), uf)
    return None


def _lookup(norm: str, uf: str | None, index: dict[str, list[tuple[str, str]]]) -> Place | None:
    matches = index.get(norm)
    if not matches:
        return None
    if uf:
        for name, city_uf in matches:
            if city_uf == uf:
                return Place(name, uf)
        for name, city_uf in index.get(f"{norm} {uf.lower()}", []):
            return Place(name, city_uf)
        # The lead named the state: trust it over our guess of a namesake elsewhere.
        return Place(_title(norm), uf)
    name, city_uf = matches[0]
    return Place(name, city_uf)


def _looks_like_place(norm: str) -> bool:
    words = norm.split()
    return 1 <= len(words) <= 5 and all(w.isalpha() for w in words) and len(norm) >= 3


_LOWER = {"de", "da", "do", "das", "dos", "e"}


def _title(text: str) -> str:
    cleaned = re.sub(r"[^\w\s'-]", " ", text)
    cleaned = _FILLER.sub("", cleaned.lower()).strip(" -/")
    words = cleaned.split()
    return " ".join(
        w if (w in _LOWER and k > 0) else w[:1].upper() + w[1:] for k, w in enumerate(words)
    )
