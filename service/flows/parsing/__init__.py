"""Parsers for what leads really type in Brazilian Portuguese (typos, emoji, extra words).

Each parser is a pure function returning the parsed value, or None when the answer cannot
be read: numbers, ages (and ANS brackets), money, yes/no, places (cities, UF), e-mail, CNPJ,
names, dates relative to a given `now`, and choices among options.
"""

from service.flows.parsing.ages import ans_bracket, parse_age, parse_ages
from service.flows.parsing.choices import Choice, match_choice
from service.flows.parsing.contact import parse_cnpj, parse_email
from service.flows.parsing.dates import parse_datetime
from service.flows.parsing.money import parse_money
from service.flows.parsing.names import parse_name
from service.flows.parsing.numbers import find_numbers, parse_int
from service.flows.parsing.places import Place, parse_city, parse_uf
from service.flows.parsing.text import normalize, parse_list
from service.flows.parsing.yesno import parse_yes_no

__all__ = [
    "Choice",
    "Place",
    "ans_bracket",
    "find_numbers",
    "match_choice",
    "normalize",
    "parse_age",
    "parse_ages",
    "parse_city",
    "parse_cnpj",
    "parse_datetime",
    "parse_email",
    "parse_int",
    "parse_list",
    "parse_money",
    "parse_name",
    "parse_uf",
    "parse_yes_no",
]
