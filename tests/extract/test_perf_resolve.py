"""The fast paths of the toponym scanner (gazetteer.resolve) give the answers of the plain code:
the reordered patterns find the same matches on every dispatch, and the gated tests equal the
ungated ones."""

from __future__ import annotations

import re
from pathlib import Path

from gazetteer import resolve

HERE = Path(__file__).parent
FILES = sorted((HERE / "data").glob("dev*.txt")) + sorted(HERE.glob("blind*/*.txt"))

#: texts written to reach the edges of the patterns: elisions, glued words, digits, hyphens,
#: line starts, non-breaking spaces, capitals with accents
EXTRA = [
    "Kiev",
    "à Kiev, Odessa et Kharkiv.",
    "d’Izmaïl, l'Ukraine, D’Odessa, L’Europe",
    "aujourd’Hui, quelqu'Un",
    "AKiev KievWashington 12Kiev _Kiev -Kiev 'Kiev ’Kiev",
    "xd'Odessa x d'Odessa d''Odessa",
    "\nKiev\n\nÉtats-Unis\u00a0Nord-Est",
    "Velyka Novossilka, Malaïa Loknia\nBilozerka Donetsk-Ouest",
    "ÀÉÎÔÙ Ýzmir Éric Ångström",
    "",
]


def _texts() -> list[str]:
    return EXTRA + [p.read_text(encoding="utf-8") for p in FILES]


def test_texts_cover_the_dispatches() -> None:
    assert len(FILES) >= 20


def test_capital_word_pattern_equals_the_plain_one() -> None:
    """_CAP_WORD_RE (capital first, look-behinds after it) matches what the pattern as first written
    matched (look-behinds first)."""
    plain = re.compile(resolve._CAP_WORD_PLAIN)
    matched = 0
    for text in _texts():
        got = [(m.start(), m.end()) for m in resolve._CAP_WORD_RE.finditer(text)]
        assert got == [(m.start(), m.end()) for m in plain.finditer(text)], text[:80]
        matched += len(got)
    assert matched > 1000


def test_capital_word_pattern_on_random_strings() -> None:
    """The same matches on strings drawn from the characters the look-behinds read."""
    import random

    rng = random.Random(4)
    alphabet = "aAdDlLKkÉéÀÿ’'-_ 1\n\u00a0"
    plain = re.compile(resolve._CAP_WORD_PLAIN)
    matched = 0
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(30))
        got = [(m.start(), m.end()) for m in resolve._CAP_WORD_RE.finditer(text)]
        assert got == [(m.start(), m.end()) for m in plain.finditer(text)], text
        matched += len(got)
    assert matched > 100


# ---------------------------------------------------------------- lower-case twins of the patterns


def _safe_chars() -> str:
    """Every character the twins are run on (see gazetteer._regex.lower_unsafe)."""
    from gazetteer._regex import LOWER_RANGES, lower_unsafe

    chars = "".join(chr(c) for lo, hi in LOWER_RANGES for c in range(lo, hi + 1))
    return "".join(ch for ch in chars if not lower_unsafe(ch))


def _atoms(items) -> list[str]:
    """The literals and classes of a parsed pattern, as pattern sources."""
    from re import _constants as c

    categories = {
        c.CATEGORY_DIGIT: r"\d",
        c.CATEGORY_NOT_DIGIT: r"\D",
        c.CATEGORY_SPACE: r"\s",
        c.CATEGORY_NOT_SPACE: r"\S",
        c.CATEGORY_WORD: r"\w",
        c.CATEGORY_NOT_WORD: r"\W",
    }
    out: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is c.NOT_LITERAL:
            out.append("[^" + re.escape(chr(av)) + "]")
        elif op is c.IN:
            body = ""
            for o, a in av:
                if o is c.NEGATE:
                    body = "^" + body
                elif o is c.LITERAL:
                    body += re.escape(chr(a))
                elif o is c.RANGE:
                    body += re.escape(chr(a[0])) + "-" + re.escape(chr(a[1]))
                else:
                    body += categories[a]
            out.append("[" + body + "]")
        elif op is c.CATEGORY:
            out.append(categories[av])
        elif op is c.BRANCH:
            for sub in av[1]:
                out += _atoms(sub)
        elif op is c.SUBPATTERN:
            out += _atoms(av[3])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            out += _atoms(av[2])
        elif op in (c.ASSERT, c.ASSERT_NOT):
            out += _atoms(av[1])
    return out


def test_the_twins_exist() -> None:
    assert len(resolve._TWINS) >= 15
    for rx, twin in resolve._TWINS.items():
        assert rx.flags & re.IGNORECASE and not twin.flags & re.IGNORECASE
        assert twin.pattern == rx.pattern


def test_lower_case_keeps_length_and_categories() -> None:
    """On the characters the twins read, ``str.lower`` maps one character to one, and a character
    and its lower case are alike for ``\\w``, ``\\s``, ``\\d`` (hence ``\\b``)."""
    chars = _safe_chars()
    low = chars.lower()
    assert len(chars) > 5000 and len(low) == len(chars)
    for cat in (r"\w", r"\s", r"\d"):
        rx = re.compile(cat)
        assert [m.start() for m in rx.finditer(chars)] == [m.start() for m in rx.finditer(low)], cat


def test_each_literal_and_class_of_the_twins_reads_the_lower_case() -> None:
    """For every character the twins read, a literal or class of a pattern matches it case-
    insensitively exactly when the same literal or class matches its lower case case-sensitively."""
    from re import _parser

    chars = _safe_chars()
    low = chars.lower()
    atoms = sorted({a for rx in resolve._TWINS for a in _atoms(_parser.parse(rx.pattern, rx.flags))})
    assert len(atoms) > 50
    for atom in atoms:
        ci, cs = re.compile(atom, re.IGNORECASE), re.compile(atom)
        assert [m.start() for m in ci.finditer(chars)] == [m.start() for m in cs.finditer(low)], atom


def test_twins_find_what_the_patterns_find_on_the_dispatches() -> None:
    """``_search``/``_match`` with the twins give the answers of the patterns on the windows before
    and after each capital (where names stand) and every seventh position of the dispatches."""
    from gazetteer._regex import lower_unsafe

    found = dict.fromkeys(resolve._TWINS, 0)
    checked = 0
    for text in _texts():
        if lower_unsafe(text):
            continue
        for i in range(len(text) + 1):
            if i % 7 and not text[i : i + 1].isupper():
                continue
            before, after = text[max(0, i - 60) : i], text[i : i + 60]
            bl, al = before.lower(), after.lower()
            for rx in resolve._TWINS:
                plain = rx.search(before) is not None
                assert resolve._search(rx, before, bl) == plain, (rx.pattern[:40], before)
                found[rx] += plain
                assert resolve._match(rx, after, al) == (rx.match(after) is not None), (
                    rx.pattern[:40],
                    after,
                )
            checked += 1
    assert checked > 8_000
    assert sum(v > 0 for v in found.values()) >= 12  # (the windows reach the patterns)


def test_lower_unsafe() -> None:
    from gazetteer._regex import lower_unsafe

    assert not lower_unsafe("À Kiev, l’armée « a dit » — 5 € ⇒ œuvre\u00a0!")
    for text in ("ſ", "ı", "İ", "Σ", "Київ", "Αθήνα", "µ"):
        assert lower_unsafe(text), text


# ---------------------------------------------------------------- character gates


def test_character_gates_equal_the_patterns() -> None:
    """The cheap tests read before (or instead of) a pattern never change its answer: a speaker
    pattern match starts with a comma after white space, a label colon is the first character
    after white space, the container patterns start with a comma, « France 24 » with a space."""
    matched = dict.fromkeys(("speaker", "label", "container", "digit"), 0)
    for text in [*_texts(), " ,  le ministère", "\u00a0,\ton dit", " \n:", ":", "  :"]:
        for i in range(len(text) + 1):
            speaker = resolve._SPEAKER_AFTER_RE.match(text, i) is not None
            matched["speaker"] += speaker
            assert not speaker or resolve._comma_next(text, i), text[i : i + 30]
            window = text[i : i + 3]
            label = resolve._LABEL_COLON_RE.match(window) is not None
            matched["label"] += label
            assert (window.lstrip()[:1] == ":") == label, window
            between = text[i : i + 40]
            for rx in (resolve._CONTAINER_RE, resolve._APPOSITION_CONTAINER_RE, resolve._AT_LINK_RE):
                hit = rx.match(between) is not None
                matched["container"] += hit
                assert not hit or between.startswith(","), between
            digit = resolve._DIGIT_AFTER_RE.match(text[i : i + 2]) is not None
            matched["digit"] += digit
            assert not digit or text[i : i + 1] == " "
    assert all(matched.values()), matched
