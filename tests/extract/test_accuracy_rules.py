"""Generalisation rules of French war reporting, on short sentences written for these tests.

Each test shows one pattern of French press writing (not a sentence of the seed or
dev dispatches): where the « Source link » line sits, metonyms with an incise,
persons that look like places, relative dates, event cues and places.
"""

from __future__ import annotations

from geo.articles import boilerplate_spans

HEAD_SOURCE = (
    "Guerre en Ukraine : une nuit d'attaques sur le sud du pays\n\n"
    "Publish date : 2024-06-03 07:00:00\n"
    "Source link : https://example.org/article-du-matin\n\n"
    "Des drones ont visé dimanche soir un entrepôt de la ville portuaire, selon les autorités locales.\n"
    "Le maire a demandé aux habitants de rester dans les abris pendant toute la nuit suivante.\n"
)

TAIL_SOURCE = (
    "Guerre en Ukraine : une nuit d'attaques sur le sud du pays\n\n"
    "Des drones ont visé dimanche soir un entrepôt de la ville portuaire, selon les autorités locales.\n\n"
    "Source link : https://example.org/article-du-soir\n\n"
    "Author :\n\n"
    "Publish date : 2024-06-03 07:00:00\n\n"
    "Copyright for syndicated content belongs to the linked Source.\n\n"
    "Tags : Le Journal\n\n"
    ". . . * . . . . . . +\n"
)


def test_source_link_above_the_body_drops_only_its_line() -> None:
    spans = boilerplate_spans(HEAD_SOURCE)
    body = HEAD_SOURCE.index("Des drones")
    assert not any(s.start <= body < s.end for s in spans)
    line = HEAD_SOURCE.index("Source link")
    assert any(s.start == line and HEAD_SOURCE[s.end] == "\n" for s in spans)


def test_source_link_at_the_bottom_starts_the_tail() -> None:
    spans = boilerplate_spans(TAIL_SOURCE)
    line = TAIL_SOURCE.index("Source link")
    assert any(s.start == line and s.end == len(TAIL_SOURCE) for s in spans)
    body = TAIL_SOURCE.index("Des drones")
    assert not any(s.start <= body < s.end for s in spans)
