"""Fixtures of the store tests: real GeoPackage files in tmp_path, real regions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from geo.models import Article, Incident


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
