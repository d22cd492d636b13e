"""The context fast paths of the toponym resolver (gazetteer.resolve) give the answers of the plain
code, on the windows of the team's dispatches and on random strings:

- the gate of each lower-case twin (the strings one of which its matches contain, found with the
  context words): a window the gate closes has no match of the twin;
- the twins are read from a table keyed by the patterns' ids (no pattern hashing): the same twins;
- ``_last_word`` (a pattern anchored at the end of the range) is the character walk;
- ``_lower_elsewhere``'s gate (one occurrence, not in lower case) agrees with the pattern.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from gazetteer import resolve
from gazetteer._regex import lower_unsafe, required_words

HERE = Path(__file__).parent
FILES = sorted((HERE / "data").glob("*.txt")) + sorted(HERE.glob("blind*/*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in FILES]


def _windows() -> list[str]:
    """The 60 characters before every capitalised word of the dispatches, and random windows made
    of the words the patterns read."""
    out = []
    for text in TEXTS:
        for m in re.finditer(r"[A-ZÀ-Ý]", text):
            out.append(text[max(0, m.start() - 60) : m.start()])
    words = set()
    for words_of_tag in resolve._TWIN_WORDS.values():
        words |= words_of_tag
    vocabulary = sorted(words) + "de la le l’ d’ du des en à au aux par pour , . les".split()
    rng = random.Random(5)
    for _ in range(3000):
        out.append(" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 8)))[-60:] + " ")
    return out


WINDOWS = _windows()


def test_there_are_windows() -> None:
    assert len(FILES) >= 40 and len(WINDOWS) > 5000


def test_twin_gates_never_close_on_a_match() -> None:
    assert len(resolve._TWIN_TAGS) >= 6
    opened = closed = 0
    for window in WINDOWS:
        if lower_unsafe(window):
            continue
        low = window.lower()
        context = resolve._CONTEXT_WORDS.tags(low)
        for rx, tag in resolve._TWIN_TAGS.items():
            matched = resolve._TWINS[rx].search(low) is not None
            if tag not in context:
                closed += 1
                assert not matched, (rx.pattern[:40], window)
            else:
                opened += matched
            # the gated search is the plain one
            assert resolve._search(rx, window, low, context) == (rx.search(window) is not None), window
    assert closed > 10_000 and opened > 200


def test_required_words_of_small_patterns() -> None:
    assert required_words(re.compile(r"\b(?:gouverneure?|maire)\s+de$")) == {"gouverneur", "maire"}
    assert required_words(re.compile(r"(?:rives?|fleuve)\s+du$")) == {"rive", "fleuve"}
    assert required_words(re.compile(r"\bfoo(?=bar)")) == {"foo"}
    assert required_words(re.compile(r"\b(?:à|au)\s+$")) is None  # (too short to gate anything)
    assert required_words(re.compile(r"(?:abc)?def")) == {"def"}


def test_twin_table_by_id_holds_the_twins() -> None:
    assert len(resolve._TWIN_BY_ID) == len(resolve._TWINS)
    for rx, twin in resolve._TWINS.items():
        assert resolve._TWIN_BY_ID[id(rx)] == (twin, resolve._TWIN_TAGS.get(rx))


def test_last_word_is_the_character_walk() -> None:
    rng = random.Random(9)
    alphabet = "aB1_’'- \n.Éé(,"
    texts = [
        rng.choice(["", " "]) + "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 30)))
        for _ in range(20000)
    ]
    texts += [t[:400] for t in TEXTS]
    found = 0
    for text in texts:
        for hi in range(1, len(text) + 1):
            for lo in (0, max(0, hi - 5)):
                got = resolve._last_word(text, lo, hi)
                assert got == resolve._last_word_plain(text, lo, hi), (text, lo, hi)
                found += got is not None
    assert found > 10_000


def _lower_elsewhere_plain(text: str, folded: str, key: str) -> bool:
    for m in re.finditer(r"(?<![\w'])" + re.escape(key) + r"(?![\w'])", folded):
        i = m.start()
        if (
            text[i].islower()
            and not (i and text[i - 1] in "-/_.")
            and text[m.end() : m.end() + 1] not in ("-", "/", ".")
        ):
            return True
    return False


def test_lower_elsewhere_gate_agrees_with_the_pattern() -> None:
    checked = 0
    for text in [*TEXTS, "Sur la route. sur", "Nice est nice", "Tours", "tours Tours-sur"]:
        folded = resolve._norm(text)
        for key in {resolve._norm(m.group()) for m in re.finditer(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}", text)}:
            assert resolve._lower_elsewhere(text, folded, key) == _lower_elsewhere_plain(text, folded, key), (
                key
            )
            checked += 1
    assert checked > 1000


def _places(rng: random.Random, n: int) -> list:
    from gazetteer.place import Place

    kinds = ["city", "village", "oblast", "country", "district", "landmark"]
    return [
        Place(
            id=f"test:{i}",
            name=f"P{i}",
            name_fr=None,
            lat=rng.uniform(40, 56),
            lon=rng.uniform(20, 45),
            kind=rng.choice(kinds),
            country=rng.choice(["UA", "RU", "RO", "MD", "FR"]),
            admin1=rng.choice([None, "Kherson Oblast", "Donetsk Oblast"]),
            population=rng.choice([0, 900, 20000, 2_000_000]),
            score=rng.choice([1.0, 0.97, 0.9, 0.85]),
        )
        for i in range(n)
    ]


def test_anchor_bonus_is_the_threshold_of_the_nearest_distance() -> None:
    rng = random.Random(12)
    seen = {0.0: 0, 0.3: 0, 0.6: 0, 0.9: 0}
    for _ in range(3000):
        places = _places(rng, rng.randint(1, 14))
        p = rng.choice(places) if rng.random() < 0.5 else _places(rng, 1)[0]
        anchors = places[: rng.randint(0, len(places))]
        d = resolve._nearest_km(p, anchors, within=500)
        plain = 0.9 if d < resolve._NEIGHBOUR_KM else 0.6 if d < 150 else 0.3 if d < 500 else 0.0
        got = resolve._anchor_bonus(p, anchors)
        assert got == plain
        seen[got] += 1
    assert min(seen[k] for k in (0.0, 0.3, 0.6)) > 100 and seen[0.9] > 5, seen


def test_lone_candidate_answer_is_bests_whatever_the_context() -> None:
    """analyse takes _best's answer for a lone candidate without calling it: the same answer."""
    rng = random.Random(13)
    for _ in range(500):
        p = _places(rng, 1)[0]
        others = _places(rng, 5)
        got = resolve._best(
            [p],
            prefer_kind=rng.choice([None, {"oblast", "region"}]),
            avoid_kind=rng.choice([None, {"oblast"}]),
            countries={"UA": 1.0},
            anchors=others,
            inside=rng.choice([None, others[0]]),
            local=others,
            regions={"Kherson Oblast"},
            zone={"Donetsk Oblast": 0.35},
        )
        assert got == (p, resolve._NO_RIVAL * min(1.0, p.score + 0.05))


def test_automaton_values_are_functions_of_their_keys() -> None:
    """The automaton is built from keys added in sorted order, with shared value tuples: each key's
    value is what the first name giving that key gave (its length less the leading space, whether
    it may start lower case), whatever the order."""
    from gazetteer.db import Gazetteer

    auto = resolve._automaton(Gazetteer.default())
    count = 0
    for key, value in auto.items():
        assert value == (len(key) - 1, resolve._may_start_lower(key)), key
        count += 1
    assert count > 100_000
