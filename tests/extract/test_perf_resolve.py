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
