"""The gates and bit sets of this module's fast paths give the answers of the plain code.

- ``gazetteer._regex.lower_unsafe``: one negated class instead of two branches, the same
  characters (every code point checked).
- ``geo.cues._SCAN.scan`` / ``pattern_of``: one bit set per sentence instead of sets and sorted
  lists; the same patterns as ``PrunedAlternation.for_text``, ``None`` only when no alternative is
  left (then the plain pattern matches nothing).
- ``geo.cues._modal`` with ``negation=False`` / ``modal_words=False`` (a sentence without the
  words): the same answer as the plain test at every position.

Compared on the team's dispatches, on edge cases and on random strings made of the words and
characters that matter.
"""

from __future__ import annotations

import random
import re
import sys

import geo.cues  # noqa: F401  (the module, not the function of the same name in geo)
from gazetteer import _regex

from .corpus import dispatch_sentences, random_sentences

CUES = sys.modules["geo.cues"]

EDGE = [
    "Aucune frappe n'a touché Kiev; pas d'attaque, sans drone.",
    "AUCUNE FRAPPE, PAS D’ATTAQUE",
    "Frappes ſur Kiev: İzmail, l’attaque de drones a touché le port; tandis qu'à Odessa",
    "Les troupes pourraient être déployées si la Russie attaque, mais aucun drone n'a été vu.",
    "Depuis le début de l'invasion, les frappes se multiplient chaque nuit sur Kharkiv.",
    "ſans frappe; une tentative de débarquement repoussée",
    "",
]
WORDS = (
    "aucun aucune pas sans d' de frappe frappé attaque combats abattu intercepté débris incendie "
    "troupes déployées sommet livraison explosion sabotage tentative a ont été visé tiré tir par "
    "des les la le Kiev pourrait va vont si chaque jour depuis 2022 éventuelle menace mais et "
    "tandis que , . ; : ſ İ"
).split()


def _sentences() -> list[str]:
    return [*EDGE, *dispatch_sentences(), *random_sentences(WORDS, count=600, seed=11, longest=16)]


SENTENCES = _sentences()


def test_there_are_sentences_to_compare() -> None:
    assert len(SENTENCES) > 1000


def test_lower_unsafe_is_the_plain_pattern_on_every_code_point() -> None:
    plain = re.compile(_regex._LOWER_UNSAFE_PLAIN)
    fast = _regex._LOWER_UNSAFE_RE
    unsafe = 0
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue  # (lone surrogates: no text holds them)
        ch = chr(code)
        got = fast.search(ch) is not None
        assert got == (plain.search(ch) is not None), hex(code)
        unsafe += got
    assert 1_000_000 < unsafe < 0x110000
    assert not _regex.lower_unsafe("Kiev, l’Ukraine — « Odessa » … 12 €")
    assert _regex.lower_unsafe("Київ") and _regex.lower_unsafe("İzmail")


def test_bit_set_gives_the_patterns_of_one_substring_test_per_alternative() -> None:
    scan = CUES._SCAN
    skipped = 0
    for sentence in SENTENCES:
        low = sentence.lower()
        bits = scan.scan(low)
        active, alternatives = scan.rules(low)
        expected = {rule for rule, stems in CUES._STEMS.items() if any(s in low for s in stems.split())}
        assert active == expected, sentence
        assert scan.any_rule(bits) == bool(expected)
        exotic = CUES.case_exotic(sentence)
        for name, pruned in {**CUES._PRUNED_RULES, "strike": CUES._PRUNED_STRIKE}.items():
            plain = pruned.for_text(low, exotic)
            assert scan.pattern(name, alternatives, exotic) is plain, (name, sentence)
            got = scan.pattern_of(name, bits, exotic)
            if got is None:
                skipped += 1
                assert plain.search(sentence) is None, (name, sentence)
            elif isinstance(got, re.Pattern):
                assert got is plain, (name, sentence)
            else:  # (a combination seen for the first time: run from its alternatives)
                assert [m.span() for m in got.finditer(sentence, 0, len(sentence))] == [
                    m.span() for m in plain.finditer(sentence)
                ], (name, sentence)
    assert skipped > 1000


def test_flags_are_the_words_in_the_sentence() -> None:
    scan = CUES._SCAN
    for sentence in SENTENCES:
        low = sentence.lower()
        bits = scan.scan(low)
        assert bool(bits & CUES._MODAL_BIT) == any(w in low for w in CUES._MODAL_WORDS), sentence
        assert bool(bits & CUES._NEGATION_BIT) == any(
            w in low
            for w in (
                "aucun",
                "pas",
                "jamais",
                "sans",
                "tout",
                "été",
                "épargné",
                "touché",
                "affecté",
                "concerné",
            )
        ), sentence
    # (the negation words are read from _NEGATED_BEFORE_RE)
    assert CUES._FLAGS["negation"] == (
        "affecté",
        "aucun",
        "concerné",
        "jamais",
        "pas",
        "sans",
        "touché",
        "tout",
        "épargné",
        "été",
    )


def test_gated_modal_equals_the_plain_test_at_every_position() -> None:
    scan = CUES._SCAN
    gated = 0
    modal = 0
    for sentence in SENTENCES:
        bits = scan.scan(sentence.lower())
        exotic = CUES.case_exotic(sentence)
        negation = exotic or CUES._NEGATION_BIT is None or bool(bits & CUES._NEGATION_BIT)
        modal_words = bool(bits & CUES._MODAL_BIT)
        gated += not (negation and modal_words)
        splits = CUES._clause_splits(sentence, 0, len(sentence))
        for pos in range(0, len(sentence), 3):
            plain = CUES._modal(sentence, 0, len(sentence), pos)
            fast = CUES._modal(
                sentence, 0, len(sentence), pos, {}, splits, negation=negation, modal_words=modal_words
            )
            assert fast == plain, (sentence, pos)
            modal += plain
    assert gated > 500 and modal > 500


def test_find_cues_flags_modal_and_negated_cues() -> None:
    cues = CUES.find_cues("Aucune frappe n'a touché Kiev.")
    assert [(c.event, c.factual) for c in cues] == [("missile_strike", False)]
    cues = CUES.find_cues("Une frappe de drones a touché Odessa.")
    assert [(c.event, c.factual) for c in cues] == [("drone_strike", True)]
    cues = CUES.find_cues("Une frappe pourrait viser Kiev.")
    assert [c.factual for c in cues] == [False]


def test_word_tags_are_the_tags_of_the_words_in_the_text() -> None:
    """WordTags.tags (bits ORed in C, one set per combination) is a substring test per word."""
    from gazetteer import resolve
    from geo import casualties, dates

    seen = 0
    for name, tagger in {
        "context": resolve._CONTEXT_WORDS,
        "dates": dates._WORDS,
        "cas": casualties._WORDS,
    }.items():
        for sentence in SENTENCES:
            low = sentence.lower()
            expected = {tag for tag, ws in tagger.table.items() if any(w in low for w in ws)}
            assert tagger.tags(low) == expected, (name, sentence)
            seen += bool(expected)
    assert seen > 500


def test_nationality_scan_equals_every_pattern_run() -> None:
    """The nationality patterns run only when one of their words occurs: the same spans."""
    extra = [
        "les forces RUSSES et les drones ukrainiens; Pyongyang, Séoul, la Corée du Nord",
        "ſbu, Kyiv, États-Unis, Etats-Unis, pro-russes, prorusse, Biélorussie, Bélarus, Minsk",
        "biélorusses, nord-coréens, sud-coréenne, américaines, iranienne, roumaines, Téhéran",
    ]
    found = 0
    for sentence in SENTENCES + extra:
        got = CUES._nationality_spans(sentence)
        assert got == CUES._nationality_spans_plain(sentence), sentence
        found += len(got)
    assert found > 300
    assert CUES.nationality_spans("à Kiev, des drones russes", 0, 25) == [(2, 6, "UA"), (19, 25, "RU")]


def test_nationality_patterns_are_looked_for_where_their_words_begin() -> None:
    """Every pattern of the table but at most two takes the fast path (alternatives beginning with
    their literal run); a pattern that does not is run whole."""
    scan = CUES._NATIONALITY_SCAN
    assert len(scan._whole) <= 2
    rx = re.compile(r"\b(?:russes?|(?:pro-?)russes?)\b", re.I)
    assert not CUES._runs_begin_alternatives(rx, _regex.PrunedAlternation(rx).runs)


def test_pruned_patterns_built_in_one_compilation_match_as_guarded_ones() -> None:
    """PrunedAlternation.for_runs writes the look-ahead from each alternative's first characters
    (read once) instead of parsing the pruned pattern again (``guarded``): the same matches."""
    rng = random.Random(3)
    sentences_ = [s for s in SENTENCES if s][:700]
    compared = 0
    for name, pruned in {**CUES._PRUNED_RULES, "strike": CUES._PRUNED_STRIKE}.items():
        n = len(pruned._alternatives)
        for _ in range(6):
            keep = tuple(sorted(rng.sample(range(n), rng.randint(1, min(n, 6)))))
            fast = pruned.for_runs(keep)
            body = "|".join(pruned._alternatives[i][0] for i in keep)
            plain = _regex.guarded(re.compile(r"\b(?:" + body + r")\b", pruned._flags))
            assert fast.pattern.startswith("(?=[") == plain.pattern.startswith("(?=["), name
            for sentence in sentences_:
                got = [m.span() for m in fast.finditer(sentence)]
                assert got == [m.span() for m in plain.finditer(sentence)], (name, keep, sentence)
                compared += bool(got)
    assert compared > 200


def test_union_of_alternatives_finds_the_matches_of_the_pruned_pattern() -> None:
    """_Union (each alternative's own patterns, no compilation per combination) finds the spans
    and texts of the pruned pattern, in whole sentences and in pieces of them (pos, endpos)."""
    rng = random.Random(8)
    sentences_ = [
        *[s for s in SENTENCES if s][:600],
        "frappes frappe frappées; des frappes de drones, frappe-frappe",
        "combats combattants engagés: les combats, combattu, combattent",
    ]
    compared = 0
    for name, pruned in {**CUES._PRUNED_RULES, "strike": CUES._PRUNED_STRIKE}.items():
        n = len(pruned._alternatives)
        for _ in range(8):
            keep = tuple(sorted(rng.sample(range(n), rng.randint(1, min(n, 7)))))
            union = pruned.union(keep)
            if union is None:
                continue
            plain = pruned.for_runs(keep)
            for sentence in sentences_:
                for pos, endpos in ((0, len(sentence)), (3, max(3, len(sentence) - 4))):
                    got = [(m.span(), m.group()) for m in union.finditer(sentence, pos, endpos)]
                    want = [(m.span(), m.group()) for m in plain.finditer(sentence, pos, endpos)]
                    assert got == want, (name, keep, sentence, pos)
                    compared += bool(want)
    assert compared > 300


def test_nationality_spans_of_the_last_sentence_asked_are_kept_for_that_text_object_only() -> None:
    text = "Des drones russes ont frappé Kiev. Washington condamne."
    first = CUES.nationality_spans(text, 0, 34)
    assert first == [(11, 17, "RU"), (29, 33, "UA")]
    first.append((0, 0, "XX"))  # (a caller's change does not reach the kept answer)
    assert CUES.nationality_spans(text, 0, 34) == [(11, 17, "RU"), (29, 33, "UA")]
    assert CUES.nationality_spans(text, 35, len(text)) == [(35, 45, "US")]
    other = "".join(["Des drones ukrainiens ont frappé Kiev. Washington condamne."])
    assert CUES.nationality_spans(other, 0, 34) == [(11, 21, "UA")]
