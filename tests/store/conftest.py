"""Fixtures of the store tests: real GeoPackage files in tmp_path, a real PostgreSQL/PostGIS
server on loopback (``tests/pgserver.py``), real regions.

The store fixtures are parametrised over both backends (ids ``gpkg`` and ``postgis``; the
latter is marked ``postgis`` and skips with an install hint when PostgreSQL or psycopg is
missing). The server is started once per test session; each test gets a fresh database
cloned from a template that already has the ``postgis`` extension.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from geo.models import Article, Incident

TESTS = Path(__file__).resolve().parents[1]
BACKENDS = ["gpkg", pytest.param("postgis", marks=pytest.mark.postgis)]
_TEMPLATE = "incimap_template"
_db_numbers = itertools.count()


def _pgserver():
    spec = importlib.util.spec_from_file_location("incimap_tests_pgserver", TESTS / "pgserver.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need their module registered
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL + PostGIS server on loopback for the whole session (stopped at the end)."""
    try:
        import psycopg
    except ImportError:
        pytest.skip('psycopg is not installed: pip install "incimap[postgis]"')
    pgserver = _pgserver()
    if pgserver.find_pg_bin() is None:
        pytest.skip(
            "PostgreSQL is not installed: apt-get install postgresql postgresql-15-postgis-3 "
            "(or set INCIMAP_PG_BIN to the folder holding initdb and pg_ctl)"
        )
    server = pgserver.start_server()
    try:
        template = server.createdb(_TEMPLATE)
        try:
            with psycopg.connect(template, autocommit=True) as conn:
                conn.execute("CREATE EXTENSION postgis")
        except psycopg.Error as err:
            pytest.skip(
                f"PostGIS is not installed for this PostgreSQL ({err}): apt-get install postgresql-15-postgis-3"
            )
        yield server
    finally:
        server.stop()


def fresh_database(server, *, postgis: bool = True) -> str:
    """A new empty database on ``server`` (with the postgis extension unless ``postgis=False``)."""
    import psycopg

    name = f"t{os.getpid()}_{next(_db_numbers)}"
    template = _TEMPLATE if postgis else "template1"
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return server.url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def store_url(request, backend, tmp_path) -> str:
    """Where a fresh, empty store goes: a GeoPackage path or a PostGIS database URL."""
    if backend == "gpkg":
        return str(tmp_path / "incidents.gpkg")
    return fresh_database(request.getfixturevalue("pg_server"))


def execute_sql(store_url: str, sql: str, params: tuple = ()) -> list[tuple]:
    """Run one statement on the store's own tables (unqualified names), outside incimap."""
    if store_url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(store_url, autocommit=True) as conn:
            conn.execute("SET search_path TO incimap, public")
            cur = conn.execute(sql.replace("?", "%s"), params)
            return cur.fetchall() if cur.description else []
    with sqlite3.connect(store_url) as conn:
        return conn.execute(sql, params).fetchall()


@dataclass
class Extraction:
    """The two attributes the store reads from ``geo.extract.Extraction``."""

    article: Article
    incidents: list[Incident] = field(default_factory=list)


def article(
    aid: str, text: str = "", *, published: date | None = date(2024, 9, 14), title: str | None = None
):
    return Article(
        id=aid,
        text=text or f"text of {aid}",
        title=title or f"Title {aid}",
        published=published,
        url=f"https://example.invalid/{aid}",
    )


def incident(
    event: str, place: str, lat: float, lon: float, day: date | None, art: Article, **kw
) -> Incident:
    return Incident(
        event=event,
        place=place,
        lat=lat,
        lon=lon,
        date=day,
        article=art.id,
        sources=[{"article": art.id, "title": art.title, "url": art.url, "published": str(art.published)}],
        **kw,
    )


# Real places (lat, lon).
KURSK = (51.730, 36.193)
SUDZHA = (51.190, 35.271)
IZMAIL = (45.351, 28.838)
RENI = (45.456, 28.288)
KYIV = (50.450, 30.524)
BROVARY = (50.511, 30.791)
SEVASTOPOL = (44.617, 33.525)
SIMFEROPOL = (44.952, 34.102)
ODESA = (46.482, 30.723)


@pytest.fixture
def sample_extractions() -> list[Extraction]:
    """Three articles about real places: Kursk, Izmaïl/Reni, Kyiv/Brovary, Sevastopol."""
    a1 = article(
        "a1_kursk", "Des soldats nord-coréens dans la région de Koursk.", published=date(2024, 11, 2)
    )
    a2 = article("a2_izmail", "Drones sur le port d'Izmaïl.", published=date(2024, 9, 14))
    a3 = article("a3_kyiv", "Débris à Brovary; frappe sur Sébastopol.", published=date(2024, 11, 13))
    return [
        Extraction(
            a1,
            [
                incident(
                    "troop_deployment", "Kursk", *KURSK, date(2024, 11, 1), a1, actor="KP", start=0, end=40
                ),
                incident("ground_combat", "Sudzha", *SUDZHA, date(2024, 11, 1), a1, start=41, end=60),
            ],
        ),
        Extraction(
            a2,
            [
                incident(
                    "drone_strike",
                    "Izmail",
                    *IZMAIL,
                    date(2024, 9, 13),
                    a2,
                    injured=2,
                    weapons={"drones": 12},
                ),
                incident("debris", "Reni", *RENI, date(2024, 9, 13), a2),
            ],
        ),
        Extraction(
            a3,
            [
                incident("debris", "Brovary", *BROVARY, date(2024, 11, 13), a3, injured=1),
                incident(
                    "air_defense",
                    "Kyiv",
                    *KYIV,
                    date(2024, 11, 13),
                    a3,
                    weapons={"missiles": 6, "drones": 90},
                ),
                incident(
                    "missile_strike", "Sevastopol", *SEVASTOPOL, date(2023, 9, 13), a3, killed=0, injured=24
                ),
                incident("other", None, None, None, None, a3, evidence="Kyiv says nothing."),
            ],
        ),
    ]
