"""The ranked candidates precomputed at build time and the fuzzy prefilter give the results
of the reference computations they replace, on the real built gazetteer."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from gazetteer.build import FOCUS_COUNTRIES, norm
from gazetteer.db import _FUZZY_CUTOFF, Gazetteer
from gazetteer.variants import phonetic_key


def _queries(gaz: Gazetteer, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    rows = gaz._rows
    out: list[str] = []
    for i in rng.sample(range(len(rows)), count):
        name = rows[i][2] if rows[i][2] and i % 2 else rows[i][1]
        out += [name, name.upper(), f" {name}  ", name.replace(" ", "-")]
    return out


def test_precomputed_ranking_is_the_reference_ranking(gaz: Gazetteer) -> None:
    queries = _queries(gaz, 1500, seed=11)
    queries += [name for (name, _), _ in zip(gaz.iter_names(), range(3000), strict=False)]
    checked = 0
    for query in queries:
        if not query.strip():
            continue
        got = gaz._candidates(query)
        assert got == gaz._candidates_ranked(norm(query), query.strip()), query
        checked += bool(got)
    assert checked > 5000


def _reference_fuzzy(gaz: Gazetteer, name: str) -> list[tuple[int, float]]:
    """Gazetteer._fuzzy as it was before the prefilter: rapidfuzz over whole blocks."""
    key = phonetic_key(norm(name))
    if len(key) < 4:
        return []
    blocks = gaz._blocks()
    best: dict[str, float] = {}
    size = len(key)
    for length in range(max(4, size - 2), size + 3):
        for block in ((0, key[:2], length), (1, key[2:4], length)):
            choices = blocks.get(block)
            if not choices:
                continue
            for match, ratio, _ in process.extract(
                key, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=10
            ):
                if ratio > best.get(match, 0.0):
                    best[match] = ratio
    matches = sorted(best.items(), key=lambda t: -t[1])[:20]
    hits: dict[int, float] = {}
    for match, ratio in matches:
        score = round(0.7 * ratio / 100.0, 4)
        for code in gaz._key_codes(gaz._keys[match]):
            r = gaz._rows[code // 2]
            if r[5] in {"city", "village", "district"} and r[6] not in FOCUS_COUNTRIES and r[8] < 100_000:
                continue
            if score > hits.get(code // 2, 0.0):
                hits[code // 2] = score
    return [(pid, score) for _, pid, score in gaz._rank(hits)]


def test_fuzzy_prefilter_keeps_every_match(gaz: Gazetteer) -> None:
    rng = random.Random(5)
    found = 0
    for query in _queries(gaz, 600, seed=13)[::4]:
        if len(query) < 5:
            continue
        i = rng.randrange(1, len(query) - 1)
        typo = query[:i] + rng.choice("aeioukrst") + query[i + 1 :]
        hits = gaz._fuzzy(typo, None, None)
        assert hits == _reference_fuzzy(gaz, typo), typo
        found += bool(hits)
    assert found > 200
