"""The tail tests read before the metonym patterns (gazetteer.resolve._before_matches) never
change an answer: the gated test equals the plain ``search`` on every window of the dispatches."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import resolve

HERE = Path(__file__).parent
FILES = sorted((HERE / "data").glob("dev*.txt")) + sorted(HERE.glob("blind*/*.txt"))

PAIRS = [
    ("_AGENT_BEFORE_RE", "_AGENT_TAIL_RE"),
    ("_GOVERNMENT_OBJECT_BEFORE_RE", "_GOVERNMENT_OBJECT_TAIL_RE"),
    ("_ADDRESSED_BEFORE_RE", "_ADDRESSED_TAIL_RE"),
    ("_LITERAL_BEFORE_RE", "_LITERAL_TAIL_RE"),
    ("_PLACE_NOUN_BEFORE_RE", "_PLACE_NOUN_TAIL_RE"),
    ("_OF_NOUN_BEFORE_RE", "_OF_NOUN_TAIL_RE"),
]

#: windows written to reach each pattern's alternatives, in odd spellings (case, apostrophes,
#: glued articles, a final line break, non-breaking spaces)
EXTRA = [
    "les alliés de la ",
    "LES ALLIÉS DE L’",
    "le soutien d’l’",
    "les relations entre ",
    "vis-à-vis de ",
    "ont accusé ",
    "sanctionnaient la ",
    "ont livré des chars modernes à ",
    "il a soupçonné ",
    "ils somment ",
    "soumis à\n",
    "des explications à ",
    "des explications\u00a0à\u00a0",
    "jusqu’à ",
    "visant la ville de ",
    "frappé la\n",
    "àla ",
    "l’aéroport international de ",
    "les faubourgs d’",
    "une provocation « de ",
    "une provocation » de ",
    "",
    "   ",
    "Kiev",
]


def _windows() -> list[str]:
    out = list(EXTRA)
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        out.extend(text[max(0, i - 60) : i] for i in range(1, len(text) + 1))
    return out


def test_windows_cover_the_dispatches() -> None:
    assert len(FILES) >= 20
    assert len(_windows()) > 20_000


@pytest.mark.parametrize(("full", "tail"), PAIRS)
def test_gated_search_equals_search(full: str, tail: str) -> None:
    full_rx, tail_rx = getattr(resolve, full), getattr(resolve, tail)
    matched = 0
    for w in _windows():
        plain = full_rx.search(w) is not None
        matched += plain
        assert resolve._before_matches(full_rx, tail_rx, w, resolve._last_token(w)) == plain, w
    assert matched > 0  # (the windows reach the pattern)


def test_split_and_regex_agree_on_white_space() -> None:
    """_last_token splits with ``str.split``; the patterns' ``\\s`` is the same set of characters."""
    import re

    space = re.compile(r"\s")
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    assert [c for c in chars if (space.match(c) is not None) != c.isspace()] == []
    assert sum(c.isspace() for c in chars) > 20
