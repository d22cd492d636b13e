"""The extractor's fast paths give what the plain regular expressions they replace give.

Each fast path (a word found by walking back instead of a ``$`` search, patterns tried at line
starts only, a capital matched before the letter behind it, words found in one Aho-Corasick
pass) is compared with the plain expression on the team's dispatches, on edge cases and on
random strings of the characters that matter (digits, apostrophes, hyphens, line breaks,
characters whose case folding is special).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

import geo.articles  # noqa: F401  (the module, not the function of the same name in geo)
from gazetteer import resolve
from gazetteer._regex import WordTags, guarded

ARTICLES = sys.modules["geo.articles"]
DATA = Path(__file__).resolve().parent / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"

EDGE_CASES = [
    "a\nb 2e -Kiev 'x_y ²b ½ ab\n\n  Σς İi ſ K\n",
    "Lire aussi : la suite\nLe texte.\nCommentaires\n\n\nSource link : https://x\nfin",
    "samediMissiles sur KievLa capitale\n\n\nKIEV (AFP) 12Mars ÉtéÀ",
    "\n\nLeave a Reply\nYour email address\n",
    "Publish date : 2024-09-14 10:39:19\n  Lire également cette page\nPartager sur Facebook",
]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("dev*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    texts += EDGE_CASES
    rng = random.Random(4)
    alphabet = "ab É1²_’'- \n.İ½ſKLire aussi:\t"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(500)]
    return texts


TEXTS = _texts()


def test_last_word_is_the_regex_word() -> None:
    rx = re.compile(r"([^\W\d_][\w’'-]*)$")
    checked = 0
    for text in TEXTS:
        for hi in range(1, len(text) + 1):
            for lo in {max(0, hi - 40), max(0, hi - 3)}:
                m = rx.search(text[lo:hi])
                assert resolve._last_word(text, lo, hi) == (m.group(1) if m else None), text[lo:hi]
                checked += 1
    assert checked > 50_000


def test_junctions_are_the_lookbehind_matches() -> None:
    plain = re.compile(r"(?<=[a-zà-ÿ])[A-ZÀ-Ý]")
    for text in TEXTS:
        assert [m.span() for m in resolve._JUNCTION_RE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
    assert [m.start() for m in resolve._JUNCTION_RE.finditer("KievWashington aB")] == [4, 16]


def _sections_plain(text: str) -> list:
    rx = re.compile(r"(?<=[a-zà-ÿ0-9])(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ’'])|\n+")
    out, pos = [], 0
    for m in rx.finditer(text):
        if m.group(0) == "\n" and ARTICLES._line_goes_on(text, m.start(), m.end()):
            continue  # (a line that goes on across its break)
        if m.start() > pos and text[pos : m.start()].strip():
            out.append(ARTICLES.Span(pos, m.start()))
        pos = max(pos, m.end())
    if text[pos:].strip():
        out.append(ARTICLES.Span(pos, len(text)))
    return out


def test_sections_are_those_of_one_alternation() -> None:
    for text in TEXTS:
        assert ARTICLES.sections(text) == _sections_plain(text)
    assert len(ARTICLES.sections("Une ligne.\nUne autre.")) == 2


@pytest.mark.parametrize("name", ["_BOILERPLATE_LINE_RE", "_TAIL_RE"])
def test_line_start_matches_are_the_finditer_matches(name: str) -> None:
    rx = getattr(ARTICLES, name)
    found = 0
    for text in TEXTS:
        expected = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in ARTICLES._line_matches(rx, text)] == expected
        found += len(expected)
    assert found >= 5


def test_word_tags_are_substring_tests() -> None:
    words = {"day": ("lundi", "mardi"), "night": ("nuit",), "before": ("hier", "avant-hier"), "x": ("ier",)}
    tags = WordTags(words)
    for text in [*TEXTS, "avant-hier dans la nuit de lundi", "hie", ""]:
        low = text.lower()
        expected = {tag for tag, ws in words.items() if any(w in low for w in ws)}
        assert tags.tags(low) == expected
        assert tags.any(low) == bool(expected)


def test_a_case_sensitive_pattern_led_by_a_class_is_not_guarded() -> None:
    rx = re.compile(r"[A-Z](?<=[a-z][A-Z])")
    assert guarded(rx) is rx
    led_by_a_word = re.compile(r"\b(?:frappe|drone)s?\b", re.I)
    assert guarded(led_by_a_word).pattern.startswith("(?=[")


def test_sentence_end_test_is_the_regex() -> None:
    rx = re.compile(r"(?:[.!?»”\"⇒:\n]\s*|^\s*)$")
    checked = 0
    for text in TEXTS:
        for end in range(len(text) + 1):
            before = text[max(0, end - 6) : end]
            assert resolve._ends_sentence(before) == bool(rx.search(before)), before
            checked += 1
    assert resolve._ends_sentence("fin. \n ") and not resolve._ends_sentence("Kiev ")
    assert checked > 10_000


def test_sentence_breaks_are_those_of_the_plain_pattern() -> None:
    plain = re.compile(ARTICLES._SENT_BREAK_RE.pattern.replace("(?! [a-zà-ÿ])", "", 1))
    assert plain.pattern != ARTICLES._SENT_BREAK_RE.pattern
    for text in TEXTS:
        assert [m.span() for m in ARTICLES._SENT_BREAK_RE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


@pytest.mark.parametrize(
    ("check", "name"),
    [("_polity_before", "_POLITY_BEFORE_RE"), ("_attribute_before", "_ATTRIBUTE_BEFORE_RE")],
)
def test_tail_word_checks_keep_every_match(check: str, name: str) -> None:
    fast, rx = getattr(resolve, check), getattr(resolve, name)
    extra = [
        "l'aide à  la Russie",
        "les sanctions contre\nl’",
        "face à",
        "Ils accusent ",
        "le gouverneur de la région d'",
    ]
    checked = found = 0
    for text in [*TEXTS, *extra]:
        for end in range(len(text) + 1):
            before = text[max(0, end - 60) : end]
            expected = bool(rx.search(before))
            assert fast(before) == expected, before
            checked += 1
            found += expected
    assert checked > 10_000 and found > 10
