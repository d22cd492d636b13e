"""Casualties and weapon counts in French news sentences.

Numbers in digits or words (« six civils », « au moins trois morts », « une
dizaine de blessés », « 24 blessés », « plus de 70 drones »); killed vs
injured; « n'a pas fait de morts » = 0 killed; « la mort d'une femme » = 1.
When several figures are given for the same count, the most conservative
(smallest) one is kept, as ACLED does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from gazetteer._regex import (
    WordTags,
    boundary_last,
    guard_all,
    guarded,
    lower_twin,
    lower_unsafe,
    required_words,
)

__all__ = ["Casualties", "find_casualties", "find_weapons", "parse_number"]

_UNITS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    "cents": 100,
    "mille": 1000,
}
_APPROX = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
}
_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
_APX = "|".join(_APPROX)
#: A number: digits (« 10 000 », « 1.200 »), words (« soixante-dix », « vingt et un »)
#: or an approximation (« une dizaine de », « des dizaines de »).
NUMBER = (
    rf"(?:\d{{1,3}}(?:[  .]\d{{3}})+|\d+|(?:{_WORD})(?:(?:-|\s+et\s+|\s+)(?:{_WORD}))*"
    rf"|(?:une|des|plusieurs)\s+(?:{_APX})s?(?:\s+d[e’']|(?=\s+(?:bless|tué|mort|hospit))))"
)


_NUMBER_SEP_RE = re.compile(r"[  .]")
_APPROX_RE = re.compile(rf"(?:une|des|plusieurs)\s+({_APX})s?\b")
_WORD_SPLIT_RE = re.compile(r"[-\s]+")


@lru_cache(maxsize=4096)
def parse_number(s: str) -> int | None:
    """Parse a French number in digits or words; ``None`` when it is not one.

    Cached on the surface (a few words: « vingt et un », « 10 000 »), never on a sentence.

    Examples
    --------
    >>> parse_number("soixante-dix")
    70
    >>> parse_number("10 000")
    10000
    >>> parse_number("une dizaine de")
    10
    """
    s = s.strip().lower()
    digits = _NUMBER_SEP_RE.sub("", s)
    if digits.isdigit():
        return int(digits)
    m = _APPROX_RE.match(s)
    if m:
        return _APPROX[m.group(1)]
    total = 0
    current = 0
    for w in _WORD_SPLIT_RE.split(s):
        if w == "et":
            continue
        if w not in _UNITS:
            return None
        v = _UNITS[w]
        if v == 100:
            current = max(current, 1) * 100
        elif v == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif v == 20 and current == 4:  # quatre-vingt
            current = 80
        else:
            current += v
    return total + current


@dataclass(slots=True)
class Casualties:
    """Killed and injured counts (``None`` when the text gives none)."""

    killed: int | None = None
    injured: int | None = None

    def merge(self, other: Casualties) -> Casualties:
        """Combine two reports of the same incident: the smaller figure of each."""

        def pick(a: int | None, b: int | None) -> int | None:
            if a is None:
                return b
            if b is None:
                return a
            return min(a, b)

        return Casualties(pick(self.killed, other.killed), pick(self.injured, other.injured))


_PEOPLE = (
    r"(?:personnes?|civils?|habitants?|soldats?|militaires?|enfants?|femmes?|hommes?|policiers?|"
    r"secouristes?|employés?|ouvriers?|passants?|victimes?|membres?|pompiers?|agents?|gardes?|autres|"
    r"passagers?|marins?|travailleurs?|adolescente?s?|retraitée?s?|résidents?|riverains?|journalistes?|"
    r"médecins?|infirmière?s?|volontaires?|combattants?|fusiliers?|pilotes?|conducteurs?|chauffeurs?|"
    r"sauveteurs?|démineurs?|électriciens?|cheminots?|gens|policières?|fillettes?|garçons?|bébés?|"
    r"mineurs?|élèves?|étudiante?s?|patients?|fidèles|militaires?|gardes-frontières|douaniers?|jeunes)"
)
#: what may follow the people noun before the verb: adjectives and complements, lower case
#: (« employés du port », « civils ukrainiens », « membres d'équipage syriens »), or an aside
#: (« , dont un enfant, »)
_ADJ = (
    r"(?:\s*,\s*dont\s+[^,.;]{1,40},)?(?:\s+(?!(?:et|ou|mais|ont|sont|avaient|auraient|a)\b)"
    # (« deux jeunes de 19 et 25 ans »: their ages)
    r"(?:(?:âgée?s?\s+)?de\s+\d{1,3}(?:\s*(?:,|et|à)\s*\d{1,3})*\s+ans|(?:d[’']|l[’'])?[a-zéèêàùçîïô-]+)){0,4}?"
)
#: The word that ends a count of the dead (« trois morts », « deux personnes tuées »).
_KILLED_WORD = r"(?:morts?|mortes?|tués?|tuées?|décédés?|décédées?|péri)\b"
_KILLED_PATTERNS = [
    # « au moins trois morts », « 5 tués », « deux personnes tuées »
    re.compile(
        rf"\b(?:au moins|au minimum|plus de|près de|environ)?\s*({NUMBER})\s*(?:{_PEOPLE}{_ADJ}\s+)?"
        rf"(?:(?:ont|avaient|auraient)\s+été\s+|sont\s+)?{_KILLED_WORD}",
        re.I,
    ),
    # « la mort de deux civils », « la mort d'une femme »
    re.compile(rf"\b(?:la\s+)?mort\s+d[e’']\s*({NUMBER})\s*{_PEOPLE}?", re.I),
    # « tuant deux civils », « ont tué un secouriste »
    re.compile(rf"\btuant\s+(?:au\s+moins\s+|encore\s+|aussi\s+|également\s+)?({NUMBER})\b", re.I),
    re.compile(
        rf"\b(?:a|ont|avait|avaient|aurait|auraient)\s+tué\s+(?:au\s+moins\s+|encore\s+|aussi\s+|également\s+)?({NUMBER})\s+{_PEOPLE}",
        re.I,
    ),
    # « faisant trois victimes » (deaths)
    re.compile(rf"\b(?:faisant|fait|causant)\s+({NUMBER})\s+(?:morts?|victimes?)\b", re.I),
]
#: Singular subject killed: « un militaire a été tué », « Ce militaire a été tué »; bodies found
#: (« ont été retrouvés sans vie »: one at least).
_KILLED_ONE = re.compile(
    r"\b(?:un|une|ce|cette|l[’'])\s*(?:[a-zéèêàç-]+\s+){0,2}?(?:a\s+été|est|avait\s+été)?\s*(?:tué|tuée|mort|morte)\b"
    r"|\b(?:a|avait)\s+été\s+(?:tué|tuée)\b"
    # « une femme et un enfant ont été retrouvés sans vie » (at least one dead)
    r"|\b(?:a|ont|avait|avaient)\s+été\s+retrouvée?s?\s+(?:sans\s+vie|morte?s?)\b",
    re.I,
)
#: Singular subject injured: « un civil a été blessé », « une femme de 76 ans a été hospitalisée ».
_INJURED_ONE = re.compile(
    r"\b(?:un|une|ce|cette|le|la|l[’'])\s*(?:[\w’'-]+\s+){0,4}?(?:a\s+été|est|avait\s+été)\s+"
    r"(?:\w+ment\s+)?(?:blessée?|hospitalisée?)\b",
    re.I,
)
_ZERO_KILLED = re.compile(
    r"\b(?:n[’']a|n[’']ont|sans)\s+(?:pas\s+)?(?:fait|faire|causé|causer)\s+(?:de\s+|d[’']\s*)?(?:morts?|victimes?|tués?)\b"
    r"|\baucune?\s+(?:mort|victime|tué)\b|\bpas\s+de\s+(?:morts?|victimes?)\b",
    re.I,
)
_INJURED_PATTERNS = [
    re.compile(
        rf"\b(?:au moins|au minimum|plus de|près de|environ)?\s*({NUMBER})\s*(?:{_PEOPLE}{_ADJ}\s+)?"
        rf"(?:(?:ont|avaient|auraient)\s+été\s+|sont\s+)?(?:blessés?|blessées?|hospitalisés?|hospitalisées?)\b",
        re.I,
    ),
    re.compile(
        rf"«?\s*\"?({NUMBER})\s*{_PEOPLE}\s*[»\"”]?\s+(?:ont|avaient)\s+été\s+"
        rf"(?:transportée?s?|évacuée?s?|conduite?s?|admise?s?)\s+(?:à|a)\s+l[’']hôpital",
        re.I,
    ),
    re.compile(rf"\bfait\s+état\s+de\s+({NUMBER})\s+blessés?\b", re.I),
    re.compile(rf"\bblessant\s+(?:\w+ment\s+)?(?:au\s+moins\s+)?({NUMBER})\b", re.I),
    re.compile(
        rf"\b(?:a|ont|avait|avaient|et)\s+blessé\s+(?:\w+ment\s+)?(?:au\s+moins\s+)?({NUMBER})\s+{_PEOPLE}",
        re.I,
    ),
]
_ZERO_INJURED = re.compile(
    r"\b(?:aucun|aucune|pas\s+de)\s+blessés?\b|\bn[’']a\s+pas\s+fait\s+de\s+blessés?\b"
    r"|\bpersonne\s+n[’'](?:a|avait)\s+été\s+blessée?\b",
    re.I,
)


#: « neuf civils et trois enfants sont morts »: two groups of one toll, added up
_GROUPS = r"(?:adultes|hommes|femmes|enfants|mineurs|adolescents|civils|militaires|soldats|personnes)"
#: (« tuant un homme et une femme »: one of each, told after the verb)
_ONE_GROUP = (
    r"(?:adultes?|hommes?|femmes?|enfants?|adolescente?s?|garçons?|filles?|civile?s?|soldats?|personnes?)"
)
_GROUPS_KILLED_RE = re.compile(
    rf"\b({NUMBER})\s+{_GROUPS}\s+et\s+({NUMBER})\s+{_GROUPS}\s*[»\"”]?\s+"
    rf"(?:(?:ont|avaient|auraient)\s+été\s+|sont\s+)?(?:tués|tuées|morts|mortes|décédés|décédées)\b|"
    rf"\b(?:tuant|(?:a|ont|avait|avaient)\s+tué)\s+({NUMBER})\s+{_ONE_GROUP}\s+et\s+({NUMBER})\s+{_ONE_GROUP}\b"
    r"(?!\s+(?:a|ont|avait|avaient|est|sont)\s+(?:été\s+)?bless)",
    re.I,
)
_GROUPS_INJURED_RE = re.compile(
    rf"\b({NUMBER})\s+{_GROUPS}\s+et\s+({NUMBER})\s+{_GROUPS}\s*[»\"”]?\s+"
    rf"(?:(?:ont|avaient|auraient)\s+été\s+|sont\s+)?(?:blessés|blessées|hospitalisés|hospitalisées)\b|"
    rf"\b(?:blessant|(?:a|ont|avait|avaient)\s+blessé)\s+({NUMBER})\s+{_ONE_GROUP}\s+et\s+({NUMBER})\s+{_ONE_GROUP}\b"
    r"(?!\s+(?:a|ont|avait|avaient|est|sont)\s+(?:été\s+)?tué)",
    re.I,
)


def _groups_total(rx: re.Pattern[str], sentence: str) -> int | None:
    """The sum of the two groups of a toll told in parts (« neuf civils et trois enfants sont
    morts »: 12), or ``None``."""
    m = rx.search(sentence)
    if m is None:
        return None
    a, b = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
    a, b = parse_number(a), parse_number(b)
    return None if a is None or b is None else a + b


def _numbers(patterns: list[re.Pattern[str]], text: str) -> list[int]:
    out = []
    for rx in patterns:
        for m in rx.finditer(text):
            n = parse_number(m.group(1))
            if n is not None:
                out.append(n)
    return out


_KILLED_WORD_RE = re.compile(_KILLED_WORD, re.I)
_TRIGGER_RE = re.compile(r"mort|tu[ée]|bless|hôpital|hospitalis|victime|décéd|tuant|péri", re.I)
#: substrings every killed (injured) figure needs (plain substring tests before the regexes)
_KILLED_WORDS = ("mort", "tué", "tue", "décéd", "decede", "péri", "victime", "tuant", "sans vie")
_INJURED_WORDS = ("bless", "hospitalis", "hôpital")
_WORDS = WordTags({"killed": _KILLED_WORDS, "injured": _INJURED_WORDS, "bless": ("bless",)})


def _killed_patterns(sentence: str) -> list[re.Pattern[str]]:
    """The killed patterns worth running on ``sentence``: the first, the costliest, ends with
    _KILLED_WORD, so it is skipped where no such word occurs (« en périphérie », « victimes »)."""
    return _KILLED_PATTERNS if _KILLED_WORD_RE.search(sentence) else _KILLED_PATTERNS[1:]


class _Rule:
    """A case-insensitive pattern with its fast twin on the lower-cased sentence.

    ``twin`` (:func:`gazetteer._regex.lower_twin`) finds, in ``sentence.lower()``, the matches of
    ``rx`` in ``sentence`` (same spans, groups in lower case) when ``lower_unsafe(sentence)`` is
    false; ``words`` (:func:`gazetteer._regex.required_words` of the twin) are strings one of
    which each of its matches contains: a lower-cased sentence without any has no match (they
    carry the tag ``tag`` in _FAST_WORDS, found with the other words in one scan). Every
    group read here goes through :func:`parse_number` or ``.lower()``, which lower-case it first,
    so a group read from the lower-cased sentence gives the same value.
    """

    __slots__ = ("rx", "tag", "twin", "words")

    def __init__(self, rx: re.Pattern[str], words: tuple[str, ...] | None = None) -> None:
        twin = lower_twin(rx)
        self.rx = guarded(rx)
        # (the leading ``\b`` moved behind the word that follows, or else guarded: same matches)
        self.twin = None if twin is None else boundary_last(twin) or guarded(twin)
        if twin is None:
            self.words = None
        elif words is not None:
            # a literal of the pattern's top level, which every match contains (given where
            # required_words would pick a long list, the nouns of _PEOPLE)
            if not all(w in twin.pattern for w in words):
                raise ValueError(f"gate words {words!r} are not in the pattern {rx.pattern[:60]!r}")
            self.words = words
        else:
            self.words = required_words(twin)
        self.tag: str | None = None  # (set below, when the rule is in _FAST_WORDS)

    def finditer(self, sentence: str, low: str, safe: bool, present: frozenset[str]) -> list[re.Match[str]]:
        """The matches of ``rx`` in ``sentence`` (from the twin in ``low`` when ``safe``);
        ``present`` is ``_FAST_WORDS.tags(low)``."""
        if not safe or self.twin is None:
            return list(self.rx.finditer(sentence))
        if self.tag is not None and self.tag not in present:
            return []
        return list(self.twin.finditer(low))

    def search(self, sentence: str, low: str, safe: bool, present: frozenset[str]) -> bool:
        """Does ``rx`` match somewhere in ``sentence``?"""
        if not safe or self.twin is None:
            return self.rx.search(sentence) is not None
        if self.tag is not None and self.tag not in present:
            return False
        return self.twin.search(low) is not None


_KILLED_RULES = [_Rule(rx) for rx in _KILLED_PATTERNS]
_KILLED_RULES[3] = _Rule(_KILLED_PATTERNS[3], words=("tué",))  # « ont tué un secouriste »
_INJURED_RULES = [_Rule(rx) for rx in _INJURED_PATTERNS]
_KILLED_ONE_RULE = _Rule(_KILLED_ONE)
_INJURED_ONE_RULE = _Rule(_INJURED_ONE)
_ZERO_KILLED_RULE = _Rule(_ZERO_KILLED)
_ZERO_INJURED_RULE = _Rule(_ZERO_INJURED)
_ALL_RULES = [
    *_KILLED_RULES,
    *_INJURED_RULES,
    _KILLED_ONE_RULE,
    _ZERO_KILLED_RULE,
    _ZERO_INJURED_RULE,
    _INJURED_ONE_RULE,
]
for _i, _rule in enumerate(_ALL_RULES):
    if _rule.words is not None:
        _rule.tag = f"rule{_i}"
#: the words of _WORDS and those of each rule (its tag), found in one scan of the lower-cased sentence
_FAST_WORDS = WordTags(
    {**_WORDS.table, **{rule.tag: rule.words for rule in _ALL_RULES if rule.tag is not None}}
)


def _rule_numbers(
    rules: list[_Rule], sentence: str, low: str, safe: bool, present: frozenset[str]
) -> list[int]:
    """:func:`_numbers` of the rules' patterns (the same numbers, in the same order)."""
    out = []
    for rule in rules:
        for m in rule.finditer(sentence, low, safe, present):
            n = parse_number(m.group(1))
            if n is not None:
                out.append(n)
    return out


def find_casualties(sentence: str, *, low: str | None = None, unsafe: bool | None = None) -> Casualties:
    """Killed and injured counts stated in one sentence.

    Parameters
    ----------
    sentence
        One sentence.
    low
        ``sentence.lower()`` when the caller has it already (saves lower-casing it again).
    unsafe
        ``lower_unsafe(sentence)`` (:func:`gazetteer._regex.lower_unsafe`) when the caller has it
        already; ``True`` for a wider range of the text is fine (it only costs speed).

    Examples
    --------
    >>> find_casualties("L'attaque a fait au moins trois morts et 12 blessés.")
    Casualties(killed=3, injured=12)
    >>> find_casualties("La frappe n'a pas fait de morts.")
    Casualties(killed=0, injured=None)
    """
    if low is None:
        low = sentence.lower()
    present = _FAST_WORDS.tags(low)
    has_killed = "killed" in present
    has_injured = "injured" in present
    if not (has_killed or has_injured):
        return Casualties()  # (« bless » is a word of "injured")
    # the twins apply to the lower-cased sentence when it holds no character whose case the
    # engine folds otherwise (see lower_twin); a sentence that does is searched as written
    safe = not (lower_unsafe(sentence) if unsafe is None else unsafe)
    # (the first killed pattern needs a word of _KILLED_WORD: its twin's words gate it, as
    # _killed_patterns does on the plain path)
    killed = _rule_numbers(_KILLED_RULES, sentence, low, safe, present) if has_killed else []
    injured = _rule_numbers(_INJURED_RULES, sentence, low, safe, present) if has_injured else []
    k: int | None = min(killed) if killed else None
    if k is None and _ZERO_KILLED_RULE.search(sentence, low, safe, present):
        k = 0
    if k is None and has_killed and _KILLED_ONE_RULE.search(sentence, low, safe, present):
        k = 1
    if k is not None:
        k = _groups_total(_GROUPS_KILLED_RE, sentence) or k
    i: int | None = min(injured) if injured else None
    if i is not None:
        i = _groups_total(_GROUPS_INJURED_RE, sentence) or i
    if i is None and "bless" in present and _ZERO_INJURED_RULE.search(sentence, low, safe, present):
        i = 0
    if i is None and has_injured and _INJURED_ONE_RULE.search(sentence, low, safe, present):
        i = 1
    return Casualties(k, i)


def _find_casualties_plain(sentence: str) -> Casualties:
    """:func:`find_casualties` as first written (the equivalence tests compare the two)."""
    present = _WORDS.tags(sentence.lower())
    if not present:
        return Casualties()
    has_killed = "killed" in present
    has_injured = "injured" in present
    killed = _numbers(_killed_patterns(sentence), sentence) if has_killed else []
    injured = _numbers(_INJURED_PATTERNS, sentence) if has_injured else []
    k: int | None = min(killed) if killed else None
    if k is None and _ZERO_KILLED.search(sentence):
        k = 0
    if k is None and has_killed and _KILLED_ONE.search(sentence):
        k = 1
    if k is not None:
        k = _groups_total(_GROUPS_KILLED_RE, sentence) or k
    i: int | None = min(injured) if injured else None
    if i is not None:
        i = _groups_total(_GROUPS_INJURED_RE, sentence) or i
    if i is None and "bless" in present and _ZERO_INJURED.search(sentence):
        i = 0
    if i is None and has_injured and _INJURED_ONE.search(sentence):
        i = 1
    return Casualties(k, i)


_WEAPON_RE = re.compile(
    rf"\b(?:(plus\s+de|au\s+moins|près\s+de|environ)\s+)?({NUMBER})\s+"
    r"(drones?|missiles?|roquettes?|obus|bombes?\s+planantes?|bombes?)\b",
    re.I,
)
#: A weapon word right after what a number can end with (a digit, a number word, « de » of « une
#: dizaine de »): every match of _WEAPON_RE contains one, so a sentence without one has no count.
#: (A plain search, skipping to the weapon words at C speed, instead of _WEAPON_RE's attempt at
#: every position where a number could start.)
_WEAPON_WORD_RE = re.compile(r"\s(?:drones?|missiles?|roquettes?|obus|bombes?)\b", re.I)
_COUNT_END_RE = re.compile(rf"(?:\d|(?:{_WORD})|d[e’'])$", re.I)


#: the lower-case stems of the weapon words of _WEAPON_WORD_RE: a lower-cased sentence without
#: any of them has no weapon word (when it is not lower_unsafe, see lower_twin)
_WEAPON_STEMS = ("drone", "missile", "roquette", "obus", "bombe")


def find_weapons(
    sentence: str, *, low: str | None = None, unsafe: bool | None = None
) -> dict[str, int | None] | None:
    """Weapon counts in a sentence: ``{"drones": 90, "missiles": 6}``; ``None`` when none.

    A type not mentioned is ``None`` (not 0). « plus de 70 drones » gives 70.

    Parameters
    ----------
    sentence
        One sentence.
    low
        ``sentence.lower()`` when the caller has it already.
    unsafe
        ``lower_unsafe(sentence)`` (:func:`gazetteer._regex.lower_unsafe`) when the caller has it
        already; ``True`` for a wider range of the text is fine (it only costs speed).

    Examples
    --------
    >>> find_weapons("L'armée a tiré 90 drones et six missiles.")
    {'drones': 90, 'missiles': 6}
    """
    if lower_unsafe(sentence) if unsafe is None else unsafe:
        return _find_weapons_plain(sentence)  # (the twins do not apply to its lower case)
    if low is None:
        low = sentence.lower()
    if not ("drone" in low or "missile" in low or "roquette" in low or "obus" in low or "bombe" in low):
        return None  # no weapon word (the words of _WEAPON_STEMS, tested one by one)
    # the plain path on the lower-cased sentence, with the twins of its patterns: the same spans;
    # the groups read are lower-cased anyway (parse_number, .lower()), and a character of the
    # sentence is a space when its lower case is
    if not _counted_weapon(low, _WEAPON_WORD_TWIN, _COUNT_END_TWIN):
        return None  # no weapon word right after a number: nothing _WEAPON_RE could match
    return _weapon_counts(_WEAPON_TWIN.finditer(low))


def _counted_weapon(sentence: str, word_rx: re.Pattern[str], count_end_rx: re.Pattern[str]) -> bool:
    """Does a weapon word (``word_rx``) follow, past spaces, something a number can end with
    (``count_end_rx``, within 12 characters)? Without one, _WEAPON_RE has no match."""
    for w in word_rx.finditer(sentence):
        k = w.start()
        while k > 0 and sentence[k - 1].isspace():
            k -= 1
        if count_end_rx.search(sentence, max(0, k - 12), k):
            return True
    return False


def _weapon_counts(matches: Iterable[re.Match[str]]) -> dict[str, int | None] | None:
    """The counts of the matches of _WEAPON_RE (or its twin)."""
    counts: dict[str, int] = {}
    for m in matches:
        n = parse_number(m.group(2))
        if n is None or n == 0:
            continue
        word = m.group(3).lower()
        key = "drones" if word.startswith("drone") else "missiles" if word.startswith("missile") else None
        if key is None:
            key = "rockets" if word.startswith("roquette") else "shells" if word == "obus" else "bombs"
        counts[key] = counts.get(key, 0) + n
    if not counts:
        return None
    out: dict[str, int | None] = {
        "drones": counts.pop("drones", None),
        "missiles": counts.pop("missiles", None),
    }
    out.update(counts)
    return out


def _find_weapons_plain(sentence: str) -> dict[str, int | None] | None:
    """:func:`find_weapons` as first written (the equivalence tests compare the two)."""
    if not _counted_weapon(sentence, _WEAPON_WORD_RE, _COUNT_END_RE):
        return None  # no weapon word right after a number: nothing _WEAPON_RE could match
    return _weapon_counts(_WEAPON_RE.finditer(sentence))


def _twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The lower-case twin of ``rx`` (see :func:`gazetteer._regex.lower_twin`); every pattern
    given here has one (its literals are lower case)."""
    twin = lower_twin(rx)
    if twin is None:
        raise RuntimeError(f"geo.casualties: no lower-case twin for {rx.pattern[:60]!r}")
    return twin


_WEAPON_WORD_TWIN = guarded(_twin(_WEAPON_WORD_RE))  # (a space first: no \b to move)
_COUNT_END_TWIN = _twin(_COUNT_END_RE)
_WEAPON_TWIN = guarded(_twin(_WEAPON_RE))


guard_all(globals())  # same matches, faster scans (see gazetteer._regex)
