"""French date expressions resolved against an anchor (the publication date).

« mercredi », « ce mercredi 13 novembre », « le 25 avril 2019 », « dans la
nuit de mardi à mercredi » (the morning after), « cette nuit », « hier »,
« la semaine dernière » (week precision), « depuis plusieurs mois » (month
precision). A weekday alone is the most recent such day on or before the
anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from gazetteer._regex import WordTags, boundary_last, guard_all, guarded, lower_twin, lower_unsafe
from geo.casualties import parse_number

__all__ = ["DateMention", "find_dates", "resolve_weekday"]

Precision = Literal["day", "week", "month"]


def _french_calendar_names() -> tuple[dict[str, int], tuple[str, ...]]:
    """French month names (with and without accents) and weekdays, from CLDR via babel."""
    from babel.dates import get_day_names, get_month_names
    from unidecode import unidecode

    months: dict[str, int] = {}
    for number, name in get_month_names("wide", locale="fr").items():
        months[name] = number
        months[unidecode(name)] = number
    days = get_day_names("wide", locale="fr")  # 0 = Monday
    return months, tuple(days[i] for i in range(7))


#: French month names → month number, e.g. ``MONTHS["août"] == MONTHS["aout"] == 8``.
#: ``WEEKDAYS``: ``lundi`` … ``dimanche`` (index 0 = Monday, as ``date.weekday()``).
MONTHS, WEEKDAYS = _french_calendar_names()
_WD = "|".join(WEEKDAYS)
_MO = "|".join(MONTHS)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text.

    ``explicit`` is True for a day and month written out (« 13 novembre »),
    False for relative expressions (« mardi », « cette nuit »). ``absolute``
    is True when the year is written (« 25 avril 2019 »).
    """

    start: int
    end: int
    date: date
    precision: Precision
    explicit: bool = False
    absolute: bool = False
    #: a span of days with no day of its own (« ces derniers jours »): it tells no day to merge on
    vague: bool = False


def resolve_weekday(weekday: int, anchor: date) -> date:
    """The most recent day with that weekday (0 = Monday) on or before ``anchor``."""
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "night",
        re.compile(
            rf"\bnuit\s+(?:du|de)\s+({_WD})(?:\s+\d{{1,2}}(?:er)?)?\s+(?:au|à|a)\s+({_WD})"
            rf"(?:\s+(\d{{1,2}})(?:er)?\s+({_MO}))?",
            re.I,
        ),
    ),
    (
        "nightnum",
        re.compile(
            rf"\bnuit\s+du\s+\d{{1,2}}(?:er)?\s+(?:au|à)\s+(\d{{1,2}})(?:er)?\s+({_MO})(?:\s+(\d{{4}}))?",
            re.I,
        ),
    ),
    # « il y a trois jours », « quatre jours plus tôt »
    (
        "ago",
        re.compile(
            r"\bil\s+y\s+a\s+(deux|trois|quatre|cinq|six|\d)\s+jours\b|"
            r"\b(deux|trois|quatre|cinq|six|\d)\s+jours\s+(?:plus\s+tôt|auparavant)\b",
            re.I,
        ),
    ),
    ("full", re.compile(rf"\b(?:(?:{_WD})\s+)?(\d{{1,2}})(?:er)?\s+({_MO})\s+(\d{{4}})\b", re.I)),
    # « lundi (30/12/2024) »: a day written in digits, with its year
    ("numeric", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", re.I)),
    ("daymonth", re.compile(rf"\b(?:({_WD})\s+)?(\d{{1,2}})(?:er)?\s+({_MO})\b(?!\s+\d)", re.I)),
    # feasts: « la veille de Noël », « le matin de Noël », « la Saint-Sylvestre », « le jour de l'An »
    (
        "feast",
        re.compile(
            r"\b((?:la\s+)?veille\s+(?:de\s+noël|du\s+nouvel\s+an|du\s+jour\s+de\s+l[’']an)|"
            r"(?:(?:le\s+)?(?:jour|matin|soir|nuit)\s+de\s+)?noël|(?:la\s+)?saint-sylvestre|"
            r"(?:le\s+)?réveillon(?:\s+du\s+nouvel\s+an|\s+de\s+noël)?|(?:le\s+)?jour\s+de\s+l[’']an|"
            r"(?:le\s+)?nouvel\s+an)\b",
            re.I,
        ),
    ),
    ("yesterday_before", re.compile(r"\bavant-hier\b", re.I)),
    # (not « à la veille d'une rencontre », « la veille du sommet »: the eve of something else)
    # (but « des missiles avaient détruit la veille des infrastructures »: right after a participle,
    # the day before, whatever follows)
    (
        "yesterday",
        re.compile(
            r"\bhier\b|\bla\s+veille\b(?!\s+(?:d[e’']|du|des)\b)|"
            r"(?:(?<=[a-zé]é\s)|(?<=ée\s)|(?<=és\s)|(?<=ées\s)|(?<=[a-z]it\s)|(?<=its\s)|(?<=[a-z]u\s)|(?<=us\s))"
            r"la\s+veille\b(?=\s+des?\b)",
            re.I,
        ),
    ),
    ("lastweekday", re.compile(rf"\b({_WD})\s+dernier\b", re.I)),
    (
        "today",
        re.compile(
            r"\b(?:aujourd[’']hui|cette\s+nuit|ce\s+matin|cet\s+après-midi|ce\s+soir|à\s+l[’']aube|la\s+nuit\s+dernière|cette\s+matinée)\b"
            # (not « cette nuit de la fin septembre », « ce matin du 3 mars »: the date that follows)
            rf"(?!\s+(?:de\s+la\s+|du\s+|de\s+|d[’'])(?:fin\b|début\b|mi-|\d|(?:{_MO})\b))",
            re.I,
        ),
    ),
    ("lastweek", re.compile(r"\bla\s+semaine\s+(?:dernière|passée)\b", re.I)),
    # « ont frappé ces derniers jours Moscou »: the last few days, not the date of the sentence before
    ("recentdays", re.compile(r"\bces\s+(?:derniers|tout\s+derniers)\s+jours\b", re.I)),
    ("thisweek", re.compile(r"\bcette\s+semaine\b|\bce\s+week-end\b", re.I)),
    ("lastweekend", re.compile(r"\ble\s+week-end\s+dernier\b", re.I)),
    ("lastmonth", re.compile(r"\ble\s+mois\s+(?:dernier|passé)\b", re.I)),
    ("months", re.compile(r"\bdepuis\s+(?:plusieurs|quelques|des)\s+mois\b|\bce\s+mois(?:-ci)?\b", re.I)),
    # (« au début d'août », « à la fin du mois de juillet »)
    (
        "monthname",
        re.compile(
            rf"\b(?:en\s*|(?:début|fin|mi-|courant)(?:\s+du\s+mois)?\s*(?:de\s+|d[’']\s*)?)({_MO})(?:\s+(\d{{4}}))?\b",
            re.I,
        ),
    ),
    # « conquise par Moscou fin 2023 »: a part of a year
    ("yearpart", re.compile(r"\b(début|fin|mi-)\s*(\d{4})\b", re.I)),
    # « chaque dimanche »: a habit, no date (the span is taken, so that « dimanche » alone is not read)
    ("habit", re.compile(rf"\bchaque\s+({_WD})\b", re.I)),
    ("weekday", re.compile(rf"\b({_WD})\b(?!\s+\d)", re.I)),
]


#: Words one of which every date expression contains (fast path: plain substring tests).
_KEYWORDS = (
    *WEEKDAYS,
    *MONTHS,
    "hier",
    "aujourd",
    "cette",
    "ce ",
    "cet ",
    "aube",
    "nuit",
    "semaine",
    "mois",
    "il y a",
    "plus tôt",
    "auparavant",
    "/",
    "veille",
    "week-end",
    "noël",
    "sylvestre",
    "réveillon",
    "nouvel an",
    "derniers jours",
    "jour de l",
    "début",
    "fin",
    "mi-",
)


_OTHER_KEYWORDS = tuple(k for k in _KEYWORDS if k not in WEEKDAYS and k not in MONTHS)
#: the words each pattern needs: "wd" a weekday name, "mo" a month name, else any of the substrings
_NEEDS: dict[str, str | tuple[str, ...]] = {
    "night": ("nuit",),
    "nightnum": ("nuit",),
    "ago": ("il y a", "plus tôt", "auparavant"),
    "full": "mo",
    "daymonth": "mo",
    "numeric": ("/",),
    "feast": ("noël", "sylvestre", "réveillon", "nouvel an", "jour de l"),
    "yesterday_before": ("avant-hier",),
    "yesterday": ("hier", "veille"),
    "lastweekday": ("dernier",),
    "today": ("aujourd", "cette", "ce matin", "cet ", "ce soir", "aube", "nuit"),
    "lastweek": ("semaine",),
    "recentdays": ("derniers jours",),
    "thisweek": ("cette semaine", "week-end"),
    "lastweekend": ("week-end",),
    "lastmonth": ("mois",),
    "months": ("mois",),
    "monthname": "mo",
    "yearpart": ("début", "fin", "mi-"),
    "habit": ("chaque",),
    "weekday": "wd",
}


#: the expressions of a span of recent days (see :attr:`DateMention.vague`)
_VAGUE = frozenset({"recentdays"})
#: the patterns that need a digit (« 13 novembre », « nuit du 12 au 13 mars »)
_NEEDS_DIGIT = frozenset({"nightnum", "full", "daymonth"})
_DIGIT_RE = re.compile(r"\d")
#: the tags of the words above: "wd" a weekday name, "mo" a month name, any other word itself
_WORDS = WordTags(
    {
        "wd": WEEKDAYS,
        "mo": tuple(MONTHS),
        **{w: (w,) for w in _OTHER_KEYWORDS},
        **{w: (w,) for need in _NEEDS.values() if isinstance(need, tuple) for w in need},
    }
)
#: the tags one of which a sentence needs to hold any date expression (the words of _KEYWORDS)
_ANY_DATE = frozenset({"wd", "mo", *_OTHER_KEYWORDS})


def _year_for(month: int, day: int, anchor: date) -> date | None:
    """The date with that day and month nearest before (or just after) the anchor; a day of the
    anchor's own month is of its year (« le 20 octobre » written on 7 October, or under a
    month-only header whose day is unknown, is that October's, not the year before's)."""
    for year in (anchor.year, anchor.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= anchor + timedelta(days=3) or (year == anchor.year and month == anchor.month):
            return d
    return None


_PATTERNS_FOR: dict[tuple[frozenset[str], bool], list[tuple[str, re.Pattern[str]]]] = {}


def _patterns_for(present: frozenset[str], has_digit: bool) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns whose words occur in a sentence holding the words tagged ``present`` (and a
    digit or not), in the order of _PATTERNS; computed once per combination of tags."""
    key = (present, has_digit)
    got = _PATTERNS_FOR.get(key)
    if got is None:
        got = []
        for kind, rx in _PATTERNS:
            if kind in _NEEDS_DIGIT and not has_digit:
                continue
            need = _NEEDS[kind]
            if need in ("wd", "mo"):
                if need not in present:
                    continue
            elif present.isdisjoint(need):
                continue
            got.append((kind, rx))
        if len(_PATTERNS_FOR) > 4096:
            _PATTERNS_FOR.clear()
        _PATTERNS_FOR[key] = got
    return got


#: the lower-case twin of each pattern of _PATTERNS (see find_dates), its leading ``\b`` moved
#: behind the word that follows (boundary_last) or else guarded: the same matches
_TWINS: dict[str, re.Pattern[str]] = {}
for _kind, _rx in _PATTERNS:
    _twin = lower_twin(_rx)
    if _twin is None:  # (each pattern has one: its literals are lower case)
        raise RuntimeError(f"geo.dates: the pattern {_kind!r} has no lower-case twin")
    _TWINS[_kind] = boundary_last(_twin) or guarded(_twin)
_TWINS_FOR: dict[tuple[frozenset[str], bool], list[tuple[str, re.Pattern[str]]]] = {}
_MO_TAG = frozenset({"mo"})
#: what every match of the patterns of _NEEDS_DIGIT holds: a digit, « er » or not, spaces and a
#: month name (the end of ``(\d{1,2})(?:er)?\s+({_MO})``), in lower-cased text
_DAY_MONTH_TWIN = re.compile(rf"\d(?:er)?\s+(?:{_MO})")
if _NEEDS_DIGIT != {"nightnum", "full", "daymonth"} or not all(
    r"(\d{1,2})(?:er)?\s+(" + _MO + ")" in rx.pattern for kind, rx in _PATTERNS if kind in _NEEDS_DIGIT
):
    raise RuntimeError("geo.dates: _DAY_MONTH_TWIN gates the patterns nightnum, full and daymonth only")
if sorted(kind for kind, need in _NEEDS.items() if need == "mo") != ["daymonth", "full", "monthname"]:
    raise RuntimeError("geo.dates: _MONTH_WORD_TWIN gates the patterns full, daymonth and monthname only")


def _twins_for(present: frozenset[str], has_digit: bool) -> list[tuple[str, re.Pattern[str]]]:
    """:func:`_patterns_for` with the twins of the patterns."""
    key = (present, has_digit)
    got = _TWINS_FOR.get(key)
    if got is None:
        got = [(kind, _TWINS[kind]) for kind, _rx in _patterns_for(present, has_digit)]
        if len(_TWINS_FOR) > 4096:
            _TWINS_FOR.clear()
        _TWINS_FOR[key] = got
    return got


def _resolve(
    kind: str, g: tuple[str | None, ...], anchor: date | None
) -> tuple[date, Precision, bool, bool] | None:
    """The date a match of the pattern ``kind`` (groups ``g``) tells against ``anchor``: its day,
    precision, whether the day is written (explicit) and whether the year is (absolute); ``None``
    when it tells none."""
    d: date | None = None
    precision: Precision = "day"
    explicit = absolute = False
    if kind == "full":
        try:
            d = date(int(g[2]), MONTHS[g[1].lower()], int(g[0]))
        except ValueError:
            return None
        explicit = absolute = True
    elif kind == "numeric":
        try:
            d = date(int(g[2]), int(g[1]), int(g[0]))
        except ValueError:
            return None
        explicit = absolute = True
    elif anchor is None and not (kind == "nightnum" and g[2]):
        return None
    elif kind == "night":
        if g[2] and g[3]:
            d = _year_for(MONTHS[g[3].lower()], int(g[2]), anchor)
            explicit = d is not None
        if d is None:
            d = resolve_weekday(WEEKDAYS.index(g[1].lower()), anchor)
    elif kind == "nightnum":
        if g[2]:
            try:
                d = date(int(g[2]), MONTHS[g[1].lower()], int(g[0]))
            except ValueError:
                return None
            absolute = True
        else:
            d = _year_for(MONTHS[g[1].lower()], int(g[0]), anchor)
        explicit = True
    elif kind == "ago":
        n = parse_number(g[0] or g[1]) or 0
        d = anchor - timedelta(days=n)
    elif kind == "daymonth":
        d = _year_for(MONTHS[g[2].lower()], int(g[1]), anchor)
        explicit = True
    elif kind == "feast":
        low = g[0].lower()
        eve_of_christmas = "veille" in low or "réveillon de" in low
        if "noël" in low:
            d = _year_for(12, 24 if eve_of_christmas else 25, anchor)
        elif "veille" in low or "sylvestre" in low or "réveillon" in low:
            d = _year_for(12, 31, anchor)
        else:
            d = _year_for(1, 1, anchor)
        explicit = d is not None
    elif kind == "yesterday_before":
        d = anchor - timedelta(days=2)
    elif kind == "yesterday":
        d = anchor - timedelta(days=1)
    elif kind == "today":
        d = anchor
    elif kind == "lastweek":
        d = anchor - timedelta(days=anchor.weekday() + 7)
        precision = "week"
    elif kind == "recentdays":
        d = anchor
        precision = "week"
    elif kind == "thisweek":
        d = anchor - timedelta(days=anchor.weekday())
        precision = "week"
    elif kind == "lastmonth":
        first = anchor.replace(day=1) - timedelta(days=1)
        d = first.replace(day=1)
        precision = "month"
    elif kind == "months":
        d = anchor.replace(day=1)
        precision = "month"
    elif kind == "monthname":
        month = MONTHS[g[0].lower()]
        year = int(g[1]) if g[1] else (anchor.year if month <= anchor.month else anchor.year - 1)
        d = date(year, month, 1)
        precision = "month"
        absolute = bool(g[1])
    elif kind == "yearpart":
        # (not absolute: so vague a time does not anchor the weekdays of its paragraph)
        d = date(int(g[1]), {"début": 1, "fin": 12}.get(g[0].lower(), 6), 1)
        precision = "month"
    elif kind == "lastweekday":
        d = resolve_weekday(WEEKDAYS.index(g[0].lower()), anchor - timedelta(days=1))
    elif kind == "lastweekend":
        d = anchor - timedelta(days=anchor.weekday() + 2)
        precision = "week"
    elif kind == "weekday":
        d = resolve_weekday(WEEKDAYS.index(g[0].lower()), anchor)
    if d is None:
        return None
    return d, precision, explicit, absolute


def find_dates(
    text: str,
    anchor: date | None,
    start: int = 0,
    end: int | None = None,
    *,
    low: str | None = None,
    unsafe: bool | None = None,
) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, resolved against ``anchor``.

    Parameters
    ----------
    text
        The article text (offsets are into it).
    anchor
        The reference day (publication date, or the date of the paragraph).
        Without it, only dates with a written year are returned.
    start, end
        The part of ``text`` to search (a sentence).
    low
        ``text[start:end].lower()`` when the caller has it already.
    unsafe
        ``lower_unsafe(text, max(0, start - 1), end)`` (:func:`gazetteer._regex.lower_unsafe`)
        when the caller has it already; ``True`` for a wider range is fine (it only costs speed).

    Returns
    -------
    list[DateMention]
        In text order, overlapping expressions removed (longest first).
    """
    end = len(text) if end is None else end
    if low is None:
        low = text[start:end].lower()
    present = _WORDS.tags(low)
    if present.isdisjoint(_ANY_DATE) or not _twins_for(present, True):
        # no date word, or only words that no pattern needs (« ce »): the patterns that could
        # run with a digit in the sentence are a superset of those that run, and there are none
        return []
    # (only the patterns that need "mo" or "nuit" need a digit: without those words, the digit
    # test changes no pattern of _patterns_for)
    has_digit = ("mo" in present or "nuit" in present) and _DIGIT_RE.search(text, start, end) is not None
    # The twins (lower_twin) find the patterns' matches in the lower-cased text, with the same
    # spans, when it holds no character whose case the engine folds otherwise. They search
    # ``low`` preceded by the character before ``start`` (lower-cased), from position 1, so that
    # ``\b`` at the start reads the same neighbour as in ``text``; offsets are shifted back.
    # The groups read below are digits or names lower-cased anyway.
    if unsafe is None:
        unsafe = lower_unsafe(text, max(0, start - 1), end)
    if unsafe:
        return _find_dates_plain(text, anchor, start, end)
    if start > 0:
        search, pos, shift = text[start - 1].lower() + low, 1, start - 1
    else:
        search, pos, shift = low, 0, 0
    if "mo" in present and _MONTH_WORD_TWIN.search(search, pos) is None:
        # a month name inside a word only (« mai » of « mais »): the patterns that need the "mo"
        # tag (full, daymonth, monthname) hold a month name followed by a space, a \b or the end,
        # so none of them can match
        present = present - _MO_TAG
    if has_digit and _DAY_MONTH_TWIN.search(search, pos) is None:
        # the patterns that need a digit (nightnum, full, daymonth) all hold a day followed by a
        # month name (« 13 novembre », « 1er mars »): without one, none of them can match
        has_digit = False
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for kind, rx in _twins_for(frozenset(present), has_digit):
        for m in rx.finditer(search, pos):
            m_start, m_end = m.start() + shift, m.end() + shift
            if not free(m_start, m_end):
                continue
            if kind == "habit":
                taken.append((m_start, m_end))
                continue
            got = _resolve(kind, m.groups(), anchor)
            if got is None:
                continue
            d, precision, explicit, absolute = got
            taken.append((m_start, m_end))
            found.append(DateMention(m_start, m_end, d, precision, explicit, absolute, kind in _VAGUE))
    found.sort(key=lambda x: x.start)
    return found


def _find_dates_plain(
    text: str, anchor: date | None, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """:func:`find_dates` as first written (the equivalence tests compare the two)."""
    end = len(text) if end is None else end
    present = _WORDS.tags(text[start:end].lower())
    if present.isdisjoint(_ANY_DATE):
        return []
    has_digit = _DIGIT_RE.search(text, start, end) is not None
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for kind, rx in _patterns_for(frozenset(present), has_digit):
        for m in rx.finditer(text, start, end):
            if not free(m.start(), m.end()):
                continue
            if kind == "habit":
                taken.append((m.start(), m.end()))
                continue
            got = _resolve(kind, m.groups(), anchor)
            if got is None:
                continue
            d, precision, explicit, absolute = got
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), d, precision, explicit, absolute, kind in _VAGUE))
    found.sort(key=lambda x: x.start)
    return found


guard_all(globals())  # same matches, faster scans (see gazetteer._regex)

#: a month name not followed by a letter or digit, in lower-cased text (see find_dates); compiled
#: after guard_all: a case-sensitive alternation of words lets the engine skip to their first
#: letters, faster than the look-ahead guard_all would add
_MONTH_WORD_TWIN = re.compile(rf"(?:{_MO})(?!\w)")
