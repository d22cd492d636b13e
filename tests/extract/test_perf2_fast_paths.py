"""The fast paths of dates, casualties, weapons and sentences give the answers of the plain code.

- ``geo.casualties.find_casualties`` / ``find_weapons``: lower-case twins of the patterns run on
  the lower-cased sentence, gated by the words every match contains
  (``_find_casualties_plain`` / ``_find_weapons_plain`` are the code as first written).
- ``gazetteer._regex.boundary_last``: a twin whose leading ``\\b`` is moved behind the literal
  run that follows it (``nuit(?<=\\bnuit)``) finds the twin's matches, spans and groups.
- ``geo.casualties.parse_number``: cached on the surface; the same value as the uncached function.
- ``geo.dates.find_dates``: lower-case twins on the lower-cased sentence with the character before
  it (``_find_dates_plain`` is the code as first written).
- ``geo.articles.sentences``: the break pattern written to start with one character class
  (``_SENT_BREAK_FAST_RE``, its one-character matches at a capital or a quote read back as the
  empty breaks of ``_SENT_BREAK_RE``), and the abbreviation test after the cheap tests on the
  break (compared with the loop as first written, copied below).

Compared on the team's dispatches (every sentence, and spans cut anywhere), on edge cases (the
characters whose case the engine folds otherwise, glued headings, capitals) and on random strings
made of the words and characters that matter.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import date

import geo.articles
import geo.casualties
import geo.dates
from gazetteer._regex import boundary_last, lower_twin, lower_unsafe

from .corpus import DISPATCHES as FILES

ART = sys.modules["geo.articles"]
CAS = sys.modules["geo.casualties"]
DATES = sys.modules["geo.dates"]

EDGE = [
    "",
    "L'attaque a fait au moins trois morts et 12 blessés.",
    "L'ATTAQUE A FAIT AU MOINS TROIS MORTS ET DOUZE BLESSÉS, 90 DRONES ET SIX MISSILES.",
    "La frappe n'a pas fait de morts. Aucun blessé.",
    "Deux perſonnes ont été tuées, trois bleſſées; 4 drones, ſix miſſiles (ſ est s).",
    "İzmail: une dizaine de blessés, vingt et un morts, lundi 3 mars 2025, la nuit de dimanche à lundi.",
    "Kelvin: 5 \u212aM; tuant deux civils, ont tué un secouriste, blessant grièvement 7 personnes.",
    "« 3 personnes » ont été transportées à l'hôpital; l’hôpital a reçu 4 blessés.",
    "Київ: 5 загиблих, dimanche 12 mai, MARDI DERNIER, Hier, la veille, il y a deux jours.",
    "samediMardi 4 juin, une douzaine de roquettes et des dizaines de drones ont été tirés",
    "Σ ΣΑΣ σ: lundi, 7 morts; cent cinquante missiles; quatre-vingt-dix drones",
    "Dans la nuit du 12 au 13 mars 2024, mi-avril, fin août, début aout, le mois dernier, ce week-end.",
    "2 000 drones, 10\u00a0000 obus, 1.200 bombes planantes, plusieurs centaines de bombes",
]
WORDS = (
    "au moins plus de près de environ un une deux trois six vingt et cent mille dizaine dizaines "
    "des plusieurs 3 12 2 000 personnes civils soldats ukrainiens du port , dont un enfant , ont "
    "été sont morts tués tuées décédés péri blessés blessées hospitalisés la mort de d' tuant tué "
    "a fait faisant victimes n'a pas aucun sans hôpital transportés à l' blessant grièvement "
    "drones missiles roquettes obus bombes planantes lundi mardi dimanche 13 novembre 2024 mars 1er "
    "août aout nuit du au à hier avant-hier veille dernier aujourd'hui cette ce matin semaine "
    "dernière week-end mois il y a jours en début fin mi- ſ İ K Σ MORTS BLESSÉS Lundi MARS Drones "
    ". ; « » ’ \n"
).split(" ")


def _texts() -> list[str]:
    out = list(EDGE)
    for path in FILES:
        out.append(path.read_text(encoding="utf-8"))
    rng = random.Random(7)
    for _ in range(800):
        out.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 24))))
    return out


TEXTS = _texts()


def _sentences_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ART.sentences(text)] or [text]


SENTENCES = [s for text in TEXTS for s in _sentences_of(text)]


def test_there_is_enough_to_compare() -> None:
    assert len(FILES) > 50
    assert len(SENTENCES) > 2000


def test_find_casualties_fast_is_plain() -> None:
    found = 0
    for s in SENTENCES:
        got = CAS.find_casualties(s)
        assert got == CAS._find_casualties_plain(s), s
        assert got == CAS.find_casualties(s, low=s.lower(), unsafe=lower_unsafe(s)), s
        assert got == CAS.find_casualties(s, low=s.lower(), unsafe=True), s
        found += got.killed is not None or got.injured is not None
    assert found > 100  # (the comparison sees figures, not only empty results)


def test_find_weapons_fast_is_plain() -> None:
    found = 0
    for s in SENTENCES:
        got = CAS.find_weapons(s)
        assert got == CAS._find_weapons_plain(s), s
        assert got == CAS.find_weapons(s, low=s.lower(), unsafe=lower_unsafe(s)), s
        assert got == CAS.find_weapons(s, low=s.lower(), unsafe=True), s
        found += got is not None
    assert found > 50


def test_exotic_sentences_take_the_plain_path_and_agree() -> None:
    s = EDGE[4]  # « ſ »: the engine reads it as « s » (case-insensitive), str.lower does not
    assert CAS.find_casualties(s) == CAS._find_casualties_plain(s)
    assert CAS.find_casualties(s).killed == 2
    assert CAS.find_weapons(s) == CAS._find_weapons_plain(s)
    assert CAS.find_weapons(s)["drones"] == 4  # (« ſix » is no number for parse_number)


def test_parse_number_cache_is_the_function() -> None:
    rng = random.Random(3)
    units = [*CAS._UNITS, "et", "dizaine", "une", "des", "10 000", "1.200", "42", "x"]
    surfaces = [" ".join(rng.choice(units) for _ in range(rng.randint(1, 4))) for _ in range(500)]
    surfaces += ["soixante-dix", "quatre-vingt-dix", "vingt et un", "une dizaine de", "Deux", " 12 "]
    for s in surfaces:
        assert CAS.parse_number(s) == CAS.parse_number.__wrapped__(s), s
    assert CAS.parse_number("quatre-vingt-dix") == 90


def test_find_dates_fast_is_plain() -> None:
    rng = random.Random(5)
    found = 0
    for text in TEXTS:
        spans = [(s.start, s.end) for s in ART.sentences(text)]
        # spans cut anywhere (inside a word: « \b » at the start reads the character before)
        spans += [tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))) for _ in range(3)]
        for start, end in spans:
            for anchor in (date(2024, 11, 13), None):
                got = DATES.find_dates(text, anchor, start, end)
                assert got == DATES._find_dates_plain(text, anchor, start, end), (text[start:end], anchor)
                low = text[start:end].lower()
                unsafe = lower_unsafe(text, max(0, start - 1), end)
                assert got == DATES.find_dates(text, anchor, start, end, low=low, unsafe=unsafe)
                assert got == DATES.find_dates(text, anchor, start, end, low=low, unsafe=True)
                found += len(got)
    assert found > 500


def test_find_dates_glued_heading_and_exotic() -> None:
    text = EDGE[9]  # « samediMardi 4 juin »: no \b between « i » and « M »
    start = text.index("Mardi")
    assert DATES.find_dates(text, date(2024, 6, 5), start) == DATES._find_dates_plain(
        text, date(2024, 6, 5), start
    )
    assert [d.date for d in DATES.find_dates(text, date(2024, 6, 5))] == [date(2024, 6, 4)]
    for text in (EDGE[5], EDGE[8], EDGE[10]):
        for start in range(0, len(text), 7):
            got = DATES.find_dates(text, date(2025, 3, 5), start)
            assert got == DATES._find_dates_plain(text, date(2025, 3, 5), start), (text, start)


def _sentences_plain(text: str, start: int = 0, end: int | None = None) -> list[geo.articles.Span]:
    """``geo.articles.sentences`` as first written (and a line that goes on across its break)."""
    end = len(text) if end is None else end
    out: list[geo.articles.Span] = []
    pos = start
    for m in ART._SENT_BREAK_RE.finditer(text, start, end):
        if m.start() <= pos:
            continue
        if m.group(0) == "" and text[m.start()].isupper() and ART._camel_case_name(text, m.start()):
            continue  # (« DeepState »: a brand's capital)
        if ART._ABBREV_RE.search(text[max(pos, m.start() - 6) : m.start()]) and m.group(0).strip() == "":
            if "\n" not in m.group(0):
                continue
        gap = m.group(0)
        if gap and not gap.strip() and gap.count("\n") == 1 and ART._line_goes_on(text, m.start(), m.end()):
            continue  # (a line that goes on across its break: « du district de\nX\n, qui »)
        piece = text[pos : m.start()]
        if piece.strip():
            s = pos + (len(piece) - len(piece.lstrip()))
            e = m.start() - (len(piece) - len(piece.rstrip()))
            out.append(geo.articles.Span(s, e))
        pos = m.end()
    piece = text[pos:end]
    if piece.strip():
        s = pos + (len(piece) - len(piece.lstrip()))
        out.append(geo.articles.Span(s, end - (len(piece) - len(piece.rstrip()))))
    return out


def test_sentences_fast_is_plain() -> None:
    extra = ["M. Dupont a dit. Mme Durand aussi.\nSt. Pierre", "etc.\nLa suite. J.-C. Le roi", "A. B. C."]
    for text in TEXTS + extra:
        assert ART.sentences(text) == _sentences_plain(text), text[:80]
        assert ART.sentences(text, 3, len(text) - 2) == _sentences_plain(text, 3, len(text) - 2)


def _breaks_plain(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in ART._SENT_BREAK_RE.finditer(text, start, end)]


def _breaks_fast(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in ART._SENT_BREAK_FAST_RE.finditer(text, start, end):
        first = text[m.start()]
        out.append(m.span() if first.isspace() or first == "⇒" else (m.start(), m.start()))
    return out


def test_sentence_breaks_fast_pattern_is_plain_pattern() -> None:
    rng = random.Random(13)
    pieces = [*"aé zÉA.!?…»”\"«“ \n\n\t⇒0'’B-\u00a0", "M.", "Mme", " la ", "Il ", "etc.", "Ça", "à"]
    texts = [*TEXTS, *(("".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))) for _ in range(6000))]
    compared = 0
    for text in texts:
        spans = [(0, len(text))]
        spans.append(tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))))
        for start, end in spans:
            plain = _breaks_plain(text, start, end)
            assert _breaks_fast(text, start, end) == plain, (text, start, end)
            compared += len(plain)
        assert ART.sentences(text) == _sentences_plain(text), text[:80]
    assert compared > 5000


def test_boundary_last_finds_the_matches_of_the_pattern() -> None:
    patterns = [
        r"\bnuit\s+du\s+(\d+)",
        r"\b(lundi|mardi|mercredi)\b(?!\s+\d)",
        r"\bhier\b|\bla\s+veille\b",
        r"\b(?:en|début|fin|mi-)\s*(mars|mai)\b",
        r"\bde\b|\bdes\b|\bd_\b",
        r"\b(?:a|ont)\s+tué\s+(\d+)",
        r"x\bnuit",  # (not the shape: kept as it is)
    ]
    moved = [(rx, boundary_last(rx)) for rx in map(re.compile, patterns)]
    # the modules' twins, against the twins of their patterns as written (guarded: same matches)
    moved += [(lower_twin(rx), DATES._TWINS[kind]) for kind, rx in DATES._PATTERNS]
    moved += [(lower_twin(rule.rx), rule.twin) for rule in CAS._ALL_RULES]
    assert sum(new is not None and new.pattern is None for _rx, new in moved) >= 25
    assert boundary_last(re.compile(patterns[-1])) is None
    assert boundary_last(re.compile(r"\bnuit", re.I)) is None  # (case-insensitive: no gain)
    rng = random.Random(17)
    words = [*WORDS, "x", "_", "2", "mai", "veille", "hier", "nuit", "xnuit", "d_", "lundi3", "é"]
    texts = [s.lower() for s in SENTENCES[:1500]]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))).lower() for _ in range(1500)]
    texts += ["".join(rng.choice(words) for _ in range(rng.randint(1, 6))).lower() for _ in range(500)]
    found = 0
    for rx, new in moved:
        if new is None:
            continue
        for text in texts:
            for pos in (0, 1, 3):
                want = [(m.span(), m.groups()) for m in rx.finditer(text, pos)]
                assert [(m.span(), m.groups()) for m in new.finditer(text, pos)] == want, (
                    rx.pattern,
                    text,
                    pos,
                )
                found += len(want)
    assert found > 1000
