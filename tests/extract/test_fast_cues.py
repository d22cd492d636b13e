"""The cue and weapon fast paths find what the plain patterns find.

- ``geo.cues._SCAN`` finds the rules of a sentence and the alternatives of each in one
  Aho-Corasick pass; the patterns it gives must be those of ``PrunedAlternation.for_text`` (one
  substring test per alternative) and the rules those of a substring test per stem.
- ``geo.casualties.find_weapons`` skips sentences where no weapon word follows something a number
  can end with; on every sentence it must equal a plain run of ``_WEAPON_RE``.

Both are compared on the team's dispatches, on edge cases and on random strings made of the
words and characters that matter.
"""

from __future__ import annotations

import sys

import pytest

import geo.cues  # noqa: F401  (the module, not the function of the same name in geo)
from geo.casualties import _WEAPON_RE, find_weapons, parse_number

from .corpus import dispatch_sentences, random_sentences

CUES = sys.modules["geo.cues"]

EDGE = [
    "Au moins 12   drones ont été abattus, et une dizaine de missiles.",
    "Soixante-dix\ndrones, puis quatre-vingt-dix obus et 1 200 roquettes",
    "des bombes planantes; trois bombes; mille bombes planantes",
    "DEUX DRONES ET SIX MISSILES",
    "le drone, les missiles, aucun drone",
    "Frappes ſur Kiev: İzmail, l’attaque de drones a touché le port; tandis qu'à Odessa",
    "Des débris d'un drone sont tombés près de Plauru et un incendie s'est déclaré",
]
WORDS = (
    "drone drones missile missiles obus roquettes bombes planantes bombe un une deux trois dix "
    "soixante-dix plus de au moins d' de dizaine frappe frappé attaque combats abattu intercepté "
    "débris incendie troupes déployées sommet livraison explosion sabotage tentative a ont été "
    "visé tiré tir par des les la le Kiev , . ; : 12 1 200"
).split()


def _sentences() -> list[str]:
    return [*EDGE, *dispatch_sentences(), *random_sentences(WORDS, count=400, seed=7, longest=14)]


SENTENCES = _sentences()


def test_there_are_sentences_to_compare() -> None:
    assert len(SENTENCES) > 900


def test_rule_scan_gives_the_patterns_of_one_substring_test_per_alternative() -> None:
    for sentence in SENTENCES:
        low = sentence.lower()
        active, alternatives = CUES._SCAN.rules(low)
        expected = {rule for rule, stems in CUES._STEMS.items() if any(s in low for s in stems.split())}
        assert active == expected, sentence
        exotic = CUES.case_exotic(sentence)
        for name, pruned in {**CUES._PRUNED_RULES, "strike": CUES._PRUNED_STRIKE}.items():
            assert CUES._SCAN.pattern(name, alternatives, exotic) is pruned.for_text(low, exotic), (
                name,
                sentence,
            )


def _plain_weapons(sentence: str) -> dict | None:
    counts: dict[str, int] = {}
    for m in _WEAPON_RE.finditer(sentence):
        n = parse_number(m.group(2))
        if n:
            counts[m.group(3).lower()[:4]] = counts.get(m.group(3).lower()[:4], 0) + n
    return counts or None


@pytest.mark.parametrize("sentence", EDGE)
def test_weapon_counts_of_edge_cases(sentence: str) -> None:
    got = find_weapons(sentence)
    assert (got is None) == (_plain_weapons(sentence) is None)


def test_weapon_gate_drops_no_sentence_with_a_count() -> None:
    with_counts = 0
    for sentence in SENTENCES:
        plain = _plain_weapons(sentence)
        got = find_weapons(sentence)
        assert (got is None) == (plain is None), sentence
        if plain:
            with_counts += 1
            assert sum(v for v in got.values() if v) == sum(plain.values()), sentence
    assert with_counts > 20
