"""Cue patterns run with only the alternatives a sentence can match (gazetteer._regex.PrunedAlternation)
find the same matches as the whole patterns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gazetteer._regex import CASE_EXOTIC, PrunedAlternation, _split_top, case_exotic
from geo import cues
from geo.articles import sentences

HERE = Path(__file__).parent
FILES = sorted((HERE / "data").glob("dev*.txt")) + sorted(HERE.glob("blind*/*.txt"))
PRUNED = [*cues._PRUNED_RULES.items(), ("strike", cues._PRUNED_STRIKE)]

#: sentences in odd spellings: capitals, a long s, a dotless i, a dotted capital I, Greek
ODD = [
    "LES FRAPPES ONT TOUCHÉ LE PORT.",
    "Des troupes ont été déployées près de la frontière.",
    "Les ſoldats ont été déployés; la frappe, les frappeſ.",
    "Le ſommet a eu lieu, une attaque de mıssiles, une İncursion.",
    "Un bombardement ΣΑΣ a visé la ville.",
    "Le président Poutine et le dirigeant Kim Jong-un, le 13 septembre 2023 au cosmodrome.",
]


def _sentences() -> list[tuple[str, int, int]]:
    out = [(s, 0, len(s)) for s in ODD]
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        out.extend((text, s.start, s.end) for s in sentences(text))
    return out


def test_every_cue_pattern_is_split() -> None:
    for event, p in PRUNED:
        assert p._alternatives, event
        body = "|".join(alt for alt, _run in p._alternatives)
        # the alternatives put together again are the pattern as written (``whole`` is it, guarded)
        assert p.whole.pattern.endswith(r"\b(?:" + body + r")\b)"), event
        assert len(p._alternatives) >= 3 or event == "sabotage"


@pytest.mark.parametrize(("event", "pruned"), PRUNED, ids=[e for e, _ in PRUNED])
def test_pruned_matches_equal_whole_matches(event: str, pruned: PrunedAlternation) -> None:
    seen = pruned_used = 0
    for text, start, end in _sentences():
        low = text[start:end].lower()
        rx = pruned.for_text(low, case_exotic(text, start, end))
        got = [m.span() for m in rx.finditer(text, start, end)]
        want = [m.span() for m in pruned.whole.finditer(text, start, end)]
        assert got == want, text[start:end]
        seen += bool(want)
        pruned_used += rx is not pruned.whole
    assert pruned_used > 0


@pytest.mark.slow
def test_lower_case_test_is_the_engine_test() -> None:
    """For every character outside CASE_EXOTIC and every character of the literal runs, the
    engine's case-insensitive match is equality in lower case (what ``run in low`` tests)."""
    alphabet = {ch for _e, p in PRUNED for _a, run in p._alternatives for ch in (run or "")}
    assert len(alphabet) > 20
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    lower = {ch: ch.lower() for ch in every}
    for ch in sorted(alphabet):
        engine = set(re.findall(re.escape(ch), every, re.I))
        by_lower = {x for x in every if lower[x] == ch}
        assert engine - set(CASE_EXOTIC) == by_lower - set(CASE_EXOTIC), ch


def test_split_keeps_classes_and_groups() -> None:
    assert _split_top(r"a[|(]b|(?:c|d)e|\|f") == [r"a[|(]b", r"(?:c|d)e", r"\|f"]
    p = PrunedAlternation(re.compile(r"\b(?:frappes?|raids?|tirs?\s+de)\b", re.I))
    assert [run for _a, run in p._alternatives] == ["frappe", "raid", "tir"]
    assert p.for_text("un raid", False).pattern.endswith(r"\b(?:raids?)\b)")
    assert p.for_text("un raid", True) is p.whole
    assert PrunedAlternation(re.compile(r"\b(?:a)|(?:b)\b", re.I))._alternatives is None
    assert PrunedAlternation(re.compile(r"\b(?:(a)|b)\b", re.I))._alternatives is None
