"""The gazetteer at run time: load the built SQLite file, look names up, reverse-geocode.

Lookup tiers, each hit scored in [0, 1]:

========================  =====  ===========================================
tier                      score  how
========================  =====  ===========================================
exact                     1.00   the query is the place's name or French name as written
folded, main name         0.97   same after :func:`~gazetteer.fold.fold` (case, accents,
                                 apostrophes, hyphen = space); names of our own tables count as main
folded, alternate name    0.90   a GeoNames alternate name
variant, main name        0.85   same :func:`~gazetteer.variants.phonetic_key`
variant, alternate name   0.80
fuzzy                     ≤0.70  rapidfuzz ratio ≥ 80 between phonetic keys (only when the
                                 tiers above find nothing; settlements abroad only from
                                 100,000 inhabitants)
========================  =====  ===========================================

Matches as written (exact or folded) come before variant matches, variants before fuzzy
matches; in each tier, places of :data:`WAR_COUNTRIES` come before foreign settlements that
match less well (a foreign town matched only on an alternate name, or by variant or fuzzy
match; see :meth:`Gazetteer._rank` and ``data/README.md``); then results are ranked by
``score + 0.3 * prior`` where the prior of a place
(computed at build time) favours, out of context, the focus countries of the
war (UA, then RU, RO, MD, BY, KP), then countries, capitals and populous places.
``Place.score`` is the tier score, so an exact match has score 1.
"""

from __future__ import annotations

import gc
import json
import logging
import marshal
import math
import os
import sqlite3
import threading
import weakref
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from gazetteer.build import (
    FOCUS_COUNTRIES,
    SCHEMA_VERSION,
    build,
    data_fingerprint,
    default_path,
    drop_soft_signs,
    norm,
)
from gazetteer.errors import GazetteerBuildError, GazetteerError, GazetteerNotBuiltError
from gazetteer.fold import fold
from gazetteer.place import KINDS, Place
from gazetteer.ranking import (
    _SCORE_EXACT,
    _SCORE_FUZZY,
    _SETTLEMENTS,
    _TIERS,
    WAR_COUNTRIES,
    NameIndex,
    _ints,
)
from gazetteer.variants import phonetic_key

__all__ = [
    "MAX_QUERY_LENGTH",
    "WAR_COUNTRIES",
    "Gazetteer",
    "GazetteerQueryError",
    "haversine_km",
]

logger = logging.getLogger(__name__)

#: Queries longer than this are refused (no place name is that long).
MAX_QUERY_LENGTH = 200
_FUZZY_CUTOFF = 80.0
_FUZZY_MIN_FOREIGN_POP = 100_000
_BUILD_HINT = "run `incimap gazetteer build` (or gazetteer.build.build()) to create it"

_PLACE_FIELDS = (
    "id",
    "name",
    "name_fr",
    "lat",
    "lon",
    "kind",
    "country",
    "admin1",
    "population",
    "score",
    "within",
)
_PLACE_SETTERS = tuple(Place.__dict__[f].__set__ for f in _PLACE_FIELDS)
_new_place = object.__new__

_default: Gazetteer | None = None
_default_lock = threading.Lock()


class GazetteerQueryError(GazetteerError, ValueError):
    """A bad lookup query (not a string, empty, too long)."""


def _check_query(name: object) -> str:
    if not isinstance(name, str):
        msg = f"a place name must be a string, got {name!r} of type {type(name).__name__}"
        raise GazetteerQueryError(msg)
    if not name.strip():
        msg = f"a place name must not be empty or blank, got {name!r}"
        raise GazetteerQueryError(msg)
    if len(name) > MAX_QUERY_LENGTH:
        msg = f"a place name must be at most {MAX_QUERY_LENGTH} characters, got {len(name)}: {name[:40]!r}…"
        raise GazetteerQueryError(msg)
    return name


def _war_zone(meta: dict[str, str]) -> dict[str, float]:
    try:
        return {str(k): float(v) for k, v in json.loads(meta.get("war_zone") or "{}").items()}
    except (ValueError, AttributeError):
        return {}


class Gazetteer(NameIndex):
    """The offline gazetteer, loaded from its SQLite file.

    Use :meth:`load` (or :meth:`default`, cached per process) rather than the
    constructor.

    Examples
    --------
    >>> gaz = Gazetteer.default()
    >>> gaz.lookup("Gouliaïpolé")[0].id
    'geonames:707898'
    """

    def __init__(self, path: Path, places: list[tuple], blobs: dict[str, bytes], meta: dict[str, str]):
        self.path = path
        self.meta = meta
        super().__init__(places, blobs)
        # ranked candidates precomputed at build time (see :func:`gazetteer.build._ranked_blobs`)
        self._r_off, self._r_codes = _ints(blobs["r_off"]), _ints(blobs["r_codes"])
        self._exact: dict[str, int] = marshal.loads(blobs["x_names"]) if "x_names" in blobs else {}
        self._x_entry, self._x_off = _ints(blobs["x_entry"]), _ints(blobs["x_off"])
        self._x_codes = _ints(blobs["x_codes"])
        #: Out-of-context bonus of the settlements of each admin-1 unit near the front, by name
        #: (:data:`gazetteer.build.WAR_ZONE`): the resolver's choice among homonyms in context.
        self.war_zone: dict[str, float] = _war_zone(meta)
        self._key_list: list[str] | None = None
        self._by_id: dict[str, int] | None = None
        self._grid: dict[tuple[int, int], list[int]] | None = None
        self._fuzzy_blocks: dict[tuple[int, str, int], list[str]] | None = None
        self._fuzzy_starts: dict[tuple[int, str, int], int] = {}
        self._fuzzy_counts = None  # numpy uint8 array, see _blocks
        self._fuzzy_table = None
        self._fuzzy_ones = None
        self._lock = threading.Lock()
        # the caches call the methods through a weak reference: a bound method would make a
        # reference cycle, and a dropped gazetteer (~100 MB) would wait for a full collection
        ref = weakref.ref(self)
        cls = type(self)

        def candidates(name: str, _ref=ref, _f=cls._candidates) -> tuple[tuple[int, float], ...]:
            return _f(_ref(), name)

        def lookup(name: str, country, kind, limit: int, fuzzy: bool, _ref=ref, _f=cls._lookup):
            return _f(_ref(), name, country, kind, limit, fuzzy)

        self._candidates_cached = lru_cache(maxsize=131072)(candidates)
        self._lookup_cached = lru_cache(maxsize=65536)(lookup)

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> Gazetteer:
        """Open a built gazetteer; build the default one first if it is missing or stale.

        Parameters
        ----------
        path
            A gazetteer SQLite file. ``None`` means the default file in
            ``cache_dir()``, built automatically (≤ 60 s) when missing, corrupt
            or older than the tables in ``data/gazetteer``.

        Raises
        ------
        GazetteerNotBuiltError
            When an explicit ``path`` does not exist or is not a gazetteer.
        """
        if path is None:
            target = default_path()
            try:
                return cls._open(target, fingerprint=data_fingerprint())
            except GazetteerNotBuiltError as err:
                logger.warning("%s; building it now", err)
                try:
                    build(path=target, force=True)
                except GazetteerBuildError as build_err:
                    # a malformed table must not take the whole tool down when a previous
                    # build is still readable: use it, loudly
                    try:
                        stale = cls._open(target)
                    except GazetteerNotBuiltError:
                        raise build_err from err
                    logger.error(
                        "gazetteer rebuild failed (%s); using the previous build %s", build_err, target
                    )
                    return stale
                return cls._open(target)
        return cls._open(Path(path))

    @classmethod
    def default(cls) -> Gazetteer:
        """The default gazetteer, loaded once per process (thread-safe)."""
        global _default
        with _default_lock:
            if _default is None:
                _default = cls.load()
            return _default

    @classmethod
    def _open(cls, path: Path, *, fingerprint: str | None = None) -> Gazetteer:
        if not path.is_file():
            msg = f"gazetteer not found at {path}; {_BUILD_HINT}"
            raise GazetteerNotBuiltError(msg)
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                meta = dict(con.execute("SELECT k, v FROM meta").fetchall())
                blobs = dict(con.execute("SELECT k, v FROM blobs").fetchall())
            finally:
                con.close()
            if meta.get("schema_version") != str(SCHEMA_VERSION):
                msg = f"gazetteer at {path} has schema {meta.get('schema_version')}, expected {SCHEMA_VERSION}; {_BUILD_HINT}"
                raise GazetteerNotBuiltError(msg)
            if fingerprint is not None and meta.get("fingerprint") != fingerprint:
                msg = f"gazetteer at {path} is older than the tables in data/gazetteer; {_BUILD_HINT}"
                raise GazetteerNotBuiltError(msg)
            gc_was_enabled = gc.isenabled()
            gc.disable()  # unmarshalling ~300,000 objects: no collection passes meanwhile
            try:
                return cls(path, marshal.loads(blobs["places"]), blobs, meta)
            finally:
                if gc_was_enabled:
                    gc.enable()
        except (sqlite3.DatabaseError, KeyError, ValueError, EOFError, TypeError) as err:
            msg = f"gazetteer at {path} is unreadable or corrupt ({err}); {_BUILD_HINT}"
            raise GazetteerNotBuiltError(msg) from err

    def __len__(self) -> int:
        return len(self._rows)

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.path)!r}, places={len(self._rows)})"

    # ------------------------------------------------------------------ records

    def _place(self, pid: int, score: float = 1.0) -> Place:
        """The place of row ``pid`` with this lookup score (see :meth:`_places`)."""
        return self._places(((pid, score),))[0]

    def _places(self, hits: tuple[tuple[int, float], ...] | list[tuple[int, float]]) -> list[Place]:
        """The places of ``hits`` (row, score). Building places is most of the time of a cold exact
        lookup: ``Place`` is a frozen slotted dataclass, and filling its slots directly is twice
        as fast as its ``__init__`` (which goes through ``object.__setattr__``); same objects."""
        rows = self._rows
        s_id, s_name, s_fr, s_lat, s_lon, s_kind, s_cc, s_a1, s_pop, s_score, s_within = _PLACE_SETTERS
        places = []
        for pid, score in hits:
            r = rows[pid]
            place = _new_place(Place)
            s_id(place, r[0])
            s_name(place, r[1])
            s_fr(place, r[2])
            s_lat(place, r[3])
            s_lon(place, r[4])
            s_kind(place, r[5])
            s_cc(place, r[6])
            s_a1(place, r[7])
            s_pop(place, r[8])
            s_score(place, score)
            s_within(place, None)
            places.append(place)
        return places

    def get(self, place_id: str) -> Place | None:
        """The place with this id (``geonames:703448``, ``incimap:oblasts:UA-26``), or ``None``."""
        if self._by_id is None:
            with self._lock:
                if self._by_id is None:
                    self._by_id = {r[0]: i for i, r in enumerate(self._rows)}
        pid = self._by_id.get(place_id)
        return None if pid is None else self._place(pid)

    def iter_names(self) -> Iterator[tuple[str, str]]:
        """Yield ``(folded name, place id)`` for every name of every place.

        Names are :func:`~gazetteer.fold.fold`-ed (length-preserving), so an
        Aho-Corasick automaton built on them can be run on ``fold(text)`` and
        report offsets into ``text``. A name with hyphens is also yielded with
        spaces and the reverse (``"royaume-uni"`` and ``"royaume uni"``), and a name with
        a soft-sign apostrophe also without it (``"l'gov"`` and ``"lgov"``, see
        :func:`gazetteer.build.drop_soft_signs`).
        """
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            for name, pid in con.execute("SELECT name, pid FROM names"):
                folded = fold(name)
                place_id = self._rows[pid][0]
                forms = [folded]
                if "'" in folded and (bare := drop_soft_signs(folded)) != folded:
                    forms.append(bare)  # "L’gov" is also written "Lgov"
                for form in forms:
                    yield form, place_id
                    if "-" in form:
                        yield form.replace("-", " "), place_id
                    elif " " in form:
                        yield form.replace(" ", "-"), place_id
        finally:
            con.close()

    # ------------------------------------------------------------------ lookup

    def _candidates(self, name: str) -> tuple[tuple[int, float], ...]:
        """(pid, tier score) of exact, folded and variant matches, ranked.

        The name of a place as written, then any name of the accent-folded index, reads its
        ranked candidates from the tables precomputed at build time (:func:`gazetteer.build._ranked_blobs`),
        the ranking of :meth:`_candidates_ranked`; other names (variants only) are ranked here.
        """
        tiers = _TIERS
        x = self._exact.get(name)
        if x is None:
            n = norm(name)
            entry = self._folded.get(n)
            if entry is None:
                return self._candidates_ranked(n, name.strip())
            r_off = self._r_off
            start = r_off[entry]
            end = r_off[entry + 1]
            stripped = name.strip()
            if end - start == 1:
                code = self._r_codes[start]
                pid = code >> 3
                r = self._rows[pid]
                return ((pid, _SCORE_EXACT if r[1] == stripped or r[2] == stripped else tiers[code & 7]),)
            if stripped is not name:
                x = self._exact.get(stripped)
            if x is None:  # no place is named exactly so: the ranking without exact hits
                codes = self._r_codes[start:end]
                return tuple([(code >> 3, tiers[code & 7]) for code in codes])
            if self._x_entry[x] != entry:  # norm(name) == norm(name.strip()) always: for safety
                return self._candidates_ranked(n, stripped)
        x_off = self._x_off
        codes = self._x_codes[x_off[x] : x_off[x + 1]]
        if len(codes) == 1:
            code = codes[0]
            return ((code >> 3, tiers[code & 7]),)
        return tuple([(code >> 3, tiers[code & 7]) for code in codes])

    def candidates(self, name: str) -> list[Place]:
        """Exact, accent-folded and variant matches of ``name`` (no fuzzy), best first.

        Fast and cached: meant for the text scanner, which calls it for every
        candidate span. Returns ``[]`` when nothing matches.

        Raises
        ------
        GazetteerQueryError
            When ``name`` is not a non-empty string of reasonable length.
        """
        _check_query(name)
        return self._places(self._candidates_cached(name))

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        kind: str | None = None,
        limit: int = 10,
        fuzzy: bool = True,
    ) -> list[Place]:
        """Look a place name up: exact, accent-folded, variant, then fuzzy matches.

        Parameters
        ----------
        name
            A place name in French, English or a local romanisation.
        country
            Keep only places of this ISO 3166-1 alpha-2 code (case-insensitive).
        kind
            Keep only places of this kind (see :data:`gazetteer.place.KINDS`).
        limit
            At most this many places.
        fuzzy
            Try fuzzy matching when the other tiers find nothing.

        Returns
        -------
        list of Place
            Best first, ``score`` set; empty when nothing matches.

        Raises
        ------
        GazetteerQueryError
            Bad ``name``, ``kind``, ``country`` or ``limit``.

        Examples
        --------
        >>> Gazetteer.default().lookup("Moscou", limit=1)[0].id
        'geonames:524901'
        """
        if (
            country is None
            and kind is None
            and type(name) is str
            and type(limit) is int
            and limit > 0
            and 0 < len(name) <= MAX_QUERY_LENGTH
            and not name.isspace()
            and type(fuzzy) is bool
        ):  # the common case, checked in one go
            hits = self._candidates_cached(name)
            if hits:  # places built afresh from the cached ranking: nothing more to keep
                return self._places(hits if len(hits) <= limit else hits[:limit])
            return list(self._lookup_cached(name, None, None, limit, fuzzy))
        _check_query(name)
        if kind is not None and kind not in KINDS:
            msg = f"unknown kind {kind!r}; use one of {', '.join(KINDS)}"
            raise GazetteerQueryError(msg)
        if country is not None:
            if not isinstance(country, str) or len(country.strip()) != 2 or not country.strip().isalpha():
                msg = f"country must be an ISO 3166-1 alpha-2 code such as 'UA', got {country!r}"
                raise GazetteerQueryError(msg)
            country = country.strip().upper()
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            msg = f"limit must be a positive integer, got {limit!r}"
            raise GazetteerQueryError(msg)
        return list(self._lookup_cached(name, country, kind, limit, fuzzy))

    def _lookup(
        self, name: str, country: str | None, kind: str | None, limit: int, fuzzy: bool
    ) -> tuple[Place, ...]:
        rows = self._rows
        if country is None and kind is None:
            hits = self._candidates_cached(name)
        else:
            hits = [
                (pid, score)
                for pid, score in self._candidates_cached(name)
                if (country is None or rows[pid][6] == country) and (kind is None or rows[pid][5] == kind)
            ]
        if not hits and fuzzy:
            hits = self._fuzzy(name, country, kind)
        return tuple(self._places(hits[:limit]))

    # ------------------------------------------------------------------ fuzzy

    def _blocks(self) -> dict[tuple[int, str, int], list[str]]:
        """Fuzzy blocking: keys grouped by (first two letters, length) and (letters 3-4, length).

        Built on first use with the letter counts of every key of every block (see
        :meth:`_fuzzy`): row ``start + i`` of ``self._fuzzy_counts`` counts the letters of
        ``blocks[block][i]``, ``start`` being ``self._fuzzy_starts[block]``.
        """
        if self._fuzzy_blocks is None:
            with self._lock:
                if self._fuzzy_blocks is None:
                    import numpy as np

                    blocks: dict[tuple[int, str, int], list[str]] = {}
                    for key in self._keys:
                        if len(key) >= 4:
                            blocks.setdefault((0, key[:2], len(key)), []).append(key)
                            blocks.setdefault((1, key[2:4], len(key)), []).append(key)
                    starts: dict[tuple[int, str, int], int] = {}
                    flat: list[str] = []
                    for block, keys in blocks.items():
                        starts[block] = len(flat)
                        flat.extend(keys)
                    lengths = np.fromiter(map(len, flat), dtype=np.int64, count=len(flat))
                    table = np.full(256, _BUCKETS - 1, dtype=np.int64)  # a-z, then all else
                    table[ord("a") : ord("z") + 1] = np.arange(26)
                    letters = table[np.frombuffer("".join(flat).encode("ascii", "replace"), dtype=np.uint8)]
                    rows = np.repeat(np.arange(len(flat), dtype=np.int64), lengths)
                    counts = np.bincount(rows * _BUCKETS + letters, minlength=len(flat) * _BUCKETS)
                    self._fuzzy_counts = counts.reshape(len(flat), _BUCKETS).astype(np.uint8)
                    self._fuzzy_starts = starts
                    self._fuzzy_table = table
                    self._fuzzy_ones = np.ones(_BUCKETS, dtype=np.float32)
                    self._fuzzy_blocks = blocks
        return self._fuzzy_blocks

    def _fuzzy(self, name: str, country: str | None, kind: str | None) -> list[tuple[int, float]]:
        """Fuzzy matches of the phonetic key (rapidfuzz ratio ≥ 80), among keys of a similar
        length sharing their first two letters or their third and fourth letters.

        The ratio of two keys of lengths ``a`` and ``b`` is ``200 * LCS / (a + b)``, and their
        longest common subsequence has at most as many letters as they share counting
        repeats: the keys that cannot reach 80 that way (nearly all) are left out before
        rapidfuzz scores the others, in their order, so the matches are the same.
        """
        from rapidfuzz import fuzz, process

        key = phonetic_key(norm(name))
        if len(key) < 4:
            return []
        blocks = self._blocks()
        import numpy as np

        starts = self._fuzzy_starts
        counts = self._fuzzy_counts
        size = len(key)
        spans = []
        for length in range(max(4, size - 2), size + 3):
            for block in ((0, key[:2], length), (1, key[2:4], length)):
                choices = blocks.get(block)
                if choices:
                    spans.append((choices, starts[block], length))
        best: dict[str, float] = {}
        if spans:
            table = self._fuzzy_table
            mine = np.bincount(
                table[np.frombuffer(key.encode("ascii", "replace"), dtype=np.uint8)], minlength=_BUCKETS
            ).astype(np.uint8)
            sub = np.concatenate([counts[start : start + len(choices)] for choices, start, _ in spans])
            # letters shared, counting repeats (small integers: exact in float32, summed by BLAS)
            shared = np.minimum(sub, mine).astype(np.float32) @ self._fuzzy_ones
            # ratio >= 80 needs 5 * LCS >= 2 * (size + length); one unit of slack for rounding
            sizes = [len(choices) for choices, _, _ in spans]
            need = np.repeat(np.array([2 * (size + length) - 1 for _, _, length in spans]), sizes)
            kept = np.flatnonzero(shared * 5 >= need)
            if kept.size:
                ends = list(accumulate(sizes))
                chosen: list[list[str]] = [[] for _ in spans]
                for i in kept.tolist():  # in order: each block's keys keep their order
                    j = bisect_right(ends, i)
                    chosen[j].append(spans[j][0][i - ends[j] + sizes[j]])
                for few in chosen:
                    if not few:
                        continue
                    for match, ratio, _ in process.extract(
                        key, few, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=10
                    ):
                        if ratio > best.get(match, 0.0):
                            best[match] = ratio
        matches = sorted(((m, r, None) for m, r in best.items()), key=lambda t: -t[1])[:20]
        rows = self._rows
        hits: dict[int, float] = {}
        for match, ratio, _ in matches:
            score = round(_SCORE_FUZZY * ratio / 100.0, 4)
            for code in self._key_codes(self._keys[match]):
                pid = code // 2
                r = rows[pid]
                if r[5] in _SETTLEMENTS and r[6] not in FOCUS_COUNTRIES and r[8] < _FUZZY_MIN_FOREIGN_POP:
                    continue  # a near-miss on a small town abroad is noise in war news
                if (country is None or r[6] == country) and (kind is None or r[5] == kind):
                    if score > hits.get(pid, 0.0):
                        hits[pid] = score
        return [(pid, score) for _, pid, score in self._rank(hits)]

    # ------------------------------------------------------------------ reverse

    def _build_grid(self) -> dict[tuple[int, int], list[int]]:
        if self._grid is None:
            with self._lock:
                if self._grid is None:
                    grid: dict[tuple[int, int], list[int]] = {}
                    for pid, r in enumerate(self._rows):
                        if r[5] in _SETTLEMENTS:
                            grid.setdefault((math.floor(r[3]), math.floor(r[4])), []).append(pid)
                    self._grid = grid
        return self._grid

    def reverse(self, lat: float, lon: float, *, max_km: float = 100.0) -> Place | None:
        """The nearest settlement (city, village or district) to a point, with its admin-1 and country.

        Parameters
        ----------
        lat, lon
            WGS 84 decimal degrees.
        max_km
            Give up beyond this distance (``None`` is returned).

        Returns
        -------
        Place or None
            ``score`` is ``1 / (1 + distance_km)``.

        Raises
        ------
        GazetteerQueryError
            When a coordinate is not a number or out of range.
        """
        try:
            lat, lon = float(lat), float(lon)
        except (TypeError, ValueError) as err:
            msg = f"lat and lon must be numbers, got lat={lat!r}, lon={lon!r}"
            raise GazetteerQueryError(msg) from err
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
            msg = f"coordinates out of range: lat={lat}, lon={lon} (lat in [-90, 90], lon in [-180, 180])"
            raise GazetteerQueryError(msg)
        grid = self._build_grid()
        cy, cx = math.floor(lat), math.floor(lon)
        best: tuple[float, int] | None = None
        max_ring = int(max_km / 50) + 2
        for ring in range(max_ring + 1):
            for dy in range(-ring, ring + 1):
                for dx in range(-ring, ring + 1):
                    if max(abs(dy), abs(dx)) != ring:
                        continue
                    for pid in grid.get((cy + dy, (cx + dx + 180) % 360 - 180), ()):
                        r = self._rows[pid]
                        d = haversine_km(lat, lon, r[3], r[4])
                        if best is None or d < best[0]:
                            best = (d, pid)
            # a cell is at least ~ (ring * 111 * cos(lat)) km away: stop when the best is closer
            if best is not None and best[0] < ring * 111.0 * max(
                math.cos(math.radians(min(abs(lat) + ring, 89))), 0.05
            ):
                break
        if best is None or best[0] > max_km:
            return None
        return self._place(best[1], round(1.0 / (1.0 + best[0]), 4))


#: Letter counts for the fuzzy prefilter: a-z, then one bucket for anything else (digits,
#: spaces). Merging letters into one bucket only loosens the bound, never excludes a match.
_BUCKETS = 27


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two (lat, lon) points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
