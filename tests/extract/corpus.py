"""Texts on which the equivalence tests compare a fast path with the plain code it replaces.

The team's dispatches (``tests/extract/data`` and the blind sets), split into sentences, and
random strings of the words and characters that matter to each module.
"""

from __future__ import annotations

import functools
import random
from pathlib import Path

from geo.articles import sentences

HERE = Path(__file__).resolve().parent
#: The dispatches the team wrote (development set and blind sets).
DISPATCHES = sorted((HERE / "data").glob("*.txt")) + sorted(HERE.glob("blind*/*.txt"))


@functools.cache
def dispatch_sentences() -> tuple[str, ...]:
    """Every sentence of :data:`DISPATCHES`, in file order."""
    out: list[str] = []
    for path in DISPATCHES:
        text = path.read_text(encoding="utf-8")
        out += [text[s.start : s.end] for s in sentences(text)]
    return tuple(out)


def random_sentences(words: list[str], *, count: int, seed: int, longest: int) -> list[str]:
    """``count`` strings of 2 to ``longest`` of ``words``, drawn with a fixed ``seed``."""
    rng = random.Random(seed)
    return [" ".join(rng.choice(words) for _ in range(rng.randint(2, longest))) for _ in range(count)]
