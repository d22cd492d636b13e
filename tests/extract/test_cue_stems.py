"""Every match of a cue rule holds one of the rule's stems (``geo.cues._STEMS``).

The stems gate the rules: a sentence with none of a rule's stems never runs that rule. A rule
alternative whose words hold no stem would silently never fire; these tests find it, on the
team's dispatches and on sentences written for each narrative form.
"""

from __future__ import annotations

import sys

import pytest

import geo.cues  # noqa: F401  (the module, not the function of the same name in geo)

from .corpus import dispatch_sentences

CUES = sys.modules["geo.cues"]

WRITTEN = [
    "A Sloviansk, un missile balistique s'abat en fin d'après-midi sur un entrepôt.",
    "Une dizaine de drones Shahed visent le port et le centre historique.",
    "L'un d'eux touche un immeuble de quatre étages.",
    "La défense antiaérienne abat trois drones au-dessus de Koursk.",
    "Les Russes bombardent Soumy pendant la nuit.",
    "Les troupes russes grignotent du terrain autour de Pokrovsk.",
    "Depuis la chute de Bakhmout, le front bouge peu.",
    "Un autre appareil s'était écrasé près d'Ocnița.",
    "Deux drones ont pénétré dans l'espace aérien, et l'un d'eux s'est écrasé dans un champ.",
]


def _texts() -> list[str]:
    return [*WRITTEN, *dispatch_sentences()]


TEXTS = _texts()


def test_there_are_sentences() -> None:
    assert len(TEXTS) > 900


@pytest.mark.parametrize("rule", [*CUES._PRUNED_RULES, "strike"])
def test_every_match_of_a_rule_holds_one_of_its_stems(rule: str) -> None:
    pruned = CUES._PRUNED_STRIKE if rule == "strike" else CUES._PRUNED_RULES[rule]
    stems = CUES._STEMS[rule].split()
    matched = 0
    for text in TEXTS:
        for m in pruned.whole.finditer(text):
            matched += 1
            assert any(s in m.group(0).lower() for s in stems), (rule, m.group(0))
    assert matched > 0, rule


@pytest.mark.parametrize("sentence", WRITTEN)
def test_each_written_form_is_a_factual_cue(sentence: str) -> None:
    assert [c for c in CUES.find_cues(sentence) if c.factual]


def test_every_modal_marker_holds_one_of_the_gate_words() -> None:
    matched = 0
    for text in [*TEXTS, "la bataille de 1943", "Quand ils bombardent la ville", "dès qu'on tire"]:
        for m in CUES._MODAL_RE.finditer(text):
            matched += 1
            assert any(w in m.group(0).lower() for w in CUES._MODAL_WORDS), m.group(0)
    assert matched > 50
