"""The name index of a built gazetteer and its reference ranking of candidates.

The build (:mod:`gazetteer.build`) writes the accent-folded and phonetic-key indexes as int32
arrays and precomputes, with :meth:`NameIndex._candidates_ranked`, the ranked candidates of every
indexed name; the gazetteer at run time (:class:`gazetteer.db.Gazetteer`, a :class:`NameIndex`)
reads those tables and ranks here only the names they do not hold. Both sides share this
module, so the build needs nothing of the run-time gazetteer and the ranking is written once.
"""

from __future__ import annotations

import marshal
from array import array

from gazetteer.variants import phonetic_key

__all__ = ["WAR_COUNTRIES", "NameIndex"]

_PRIOR_WEIGHT = 0.3
_SCORE_EXACT = 1.0
_SCORE_FOLDED = (0.90, 0.97)  # (alternate, main)
#: Romanian letters with a cedilla → the same letters with a comma below (the correct form).
_RO_COMMA = str.maketrans("şţŞŢ", "șțȘȚ")
_RO_LETTERS = frozenset("şţŞŢșțȘȚ")
_SCORE_VARIANT = (0.80, 0.85)
_SCORE_FUZZY = 0.70
#: Tier scores by the low three bits of a precomputed candidate code (``pid * 8 + tier``).
_TIERS = (_SCORE_VARIANT[0], _SCORE_VARIANT[1], _SCORE_FOLDED[0], _SCORE_FOLDED[1], _SCORE_EXACT)
_TIER_OF = {score: tier for tier, score in enumerate(_TIERS)}
_SETTLEMENTS = frozenset({"city", "village", "district"})
#: The war's countries: out of context, their places rank before homonyms elsewhere that
#: match less well (alternate names, variants, fuzzy); see :meth:`NameIndex._rank`.
WAR_COUNTRIES = frozenset({"UA", "RU", "RO", "MD", "BY", "KP"})


def _ints(data: bytes) -> array:
    values = array("i")
    values.frombytes(data)
    return values


class NameIndex:
    """The folded and phonetic-key indexes of a gazetteer's names, over its place rows.

    ``places`` are the rows of the ``places`` table (``id, name, name_fr, lat, lon, kind, country,
    admin1, population, prior``); ``blobs`` the index tables the build writes (``folded``,
    ``keys``, ``f_key``, ``f_off``, ``f_codes``, ``k_off``, ``k_codes``).
    """

    def __init__(self, places: list[tuple], blobs: dict[str, bytes]) -> None:
        self._rows = places
        self._folded: dict[str, int] = marshal.loads(blobs["folded"])
        self._keys: dict[str, int] = marshal.loads(blobs["keys"])
        self._f_key, self._f_off, self._f_codes = (_ints(blobs[k]) for k in ("f_key", "f_off", "f_codes"))
        self._k_off, self._k_codes = _ints(blobs["k_off"]), _ints(blobs["k_codes"])

    def _rank(self, hits: dict[int, float]) -> list[tuple[float, int, float]]:
        """Rank ``{pid: tier score}``: best first, as ``(total, pid, score)``.

        Sort key: the match group, then ``score + 0.3 * prior``. Groups, in order:

        0. names matched as written (exact or accent-folded), except 1;
        1. a settlement outside :data:`WAR_COUNTRIES` matched only on an alternate name,
           when a place of those countries matches on its main name (``Victoria``: the
           Romanian villages before Hong Kong, whose GeoNames alternate names include it);
        2. transliteration variants of places of :data:`WAR_COUNTRIES` (and of
           non-settlements: countries, seas...), then 3. variants of settlements elsewhere
           (``Sieverne`` is a Donetsk village before Severn, Maryland);
        4./5. fuzzy matches, war countries first likewise.
        """
        rows = self._rows
        war_main = False
        for pid, score in hits.items():
            if score >= _SCORE_FOLDED[1] and rows[pid][6] in WAR_COUNTRIES:
                war_main = True
                break
        ranked = []
        for pid, score in hits.items():
            r = rows[pid]
            abroad = r[6] not in WAR_COUNTRIES and r[5] in _SETTLEMENTS
            if score >= _SCORE_FOLDED[0]:
                group = 1 if abroad and war_main and score < _SCORE_FOLDED[1] else 0
            elif score >= _SCORE_VARIANT[0]:
                group = 3 if abroad else 2
            else:
                group = 5 if abroad else 4
            ranked.append((group, -(score + _PRIOR_WEIGHT * r[9]), pid, score))
        ranked.sort()
        return [(-neg, pid, score) for _, neg, pid, score in ranked]

    def _key_codes(self, key_id: int) -> array:
        return self._k_codes[self._k_off[key_id] : self._k_off[key_id + 1]]

    def _candidates_ranked(self, n: str, stripped: str | None) -> tuple[tuple[int, float], ...]:
        """The reference ranking of :meth:`_candidates`, computed from the name indexes.

        ``n`` is ``norm(name)``, ``stripped`` is ``name.strip()`` (the places named exactly so
        score 1), or ``None`` for no exact match. Used at build time for the precomputed
        tables (:func:`gazetteer.build._ranked_blobs`) and at run time for names not in the folded index.
        """
        hits: dict[int, float] = {}
        entry = self._folded.get(n)
        if entry is not None:
            f_off = self._f_off
            for code in self._f_codes[f_off[entry] : f_off[entry + 1]]:
                pid = code >> 1
                score = _SCORE_FOLDED[code & 1]
                if score > hits.get(pid, 0.0):
                    hits[pid] = score
            key_id = self._f_key[entry]
        else:
            key = phonetic_key(n) if n else ""
            key_id = self._keys.get(key, -1) if key else -1
        if key_id >= 0:
            k_off = self._k_off
            for code in self._k_codes[k_off[key_id] : k_off[key_id + 1]]:
                pid = code >> 1
                if pid not in hits:
                    hits[pid] = _SCORE_VARIANT[code & 1]
        if not hits:
            return ()
        if stripped is not None:
            rows = self._rows
            # Romanian ș/ț are written with a comma or, in older encodings, a cedilla (ş/ţ): one letter
            canon = stripped.translate(_RO_COMMA) if _RO_LETTERS.intersection(stripped) else None
            for pid in hits:
                r = rows[pid]
                if r[1] == stripped or r[2] == stripped:
                    hits[pid] = _SCORE_EXACT
                elif canon is not None and canon in (
                    r[1].translate(_RO_COMMA),
                    (r[2] or "").translate(_RO_COMMA),
                ):
                    hits[pid] = _SCORE_EXACT
        if len(hits) == 1:
            return tuple(hits.items())
        return tuple((pid, score) for _, pid, score in self._rank(hits))
