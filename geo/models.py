"""The data that flows through incimap: articles, mentions, incidents.

``Article`` → ``Mention`` (a toponym resolved to a gazetteer ``Place``) →
``Incident``. Coordinates are named ``lat`` and ``lon``; GeoJSON output is
``[lon, lat]`` (RFC 7946).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from gazetteer.mention import Mention

__all__ = [
    "ACLED_TYPES",
    "EVENT_TYPES",
    "Article",
    "Incident",
    "Mention",
]

#: incimap event type → (ACLED event type, ACLED sub-event type).
ACLED_TYPES: dict[str, tuple[str, str]] = {
    "drone_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "missile_strike": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "explosion": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "sabotage": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "air_defense": ("Strategic developments", "Disrupted weapons use"),
    "debris": ("Strategic developments", "Disrupted weapons use"),
    "ground_combat": ("Battles", "Armed clash"),
    "troop_deployment": ("Strategic developments", "Change to group/activity"),
    "fire": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "meeting": ("Strategic developments", "Other"),
    "arms_transfer": ("Strategic developments", "Other"),
    "other": ("Strategic developments", "Other"),
}

#: The event taxonomy, in display order.
EVENT_TYPES: tuple[str, ...] = tuple(ACLED_TYPES)

DatePrecision = Literal["day", "week", "month"]


@dataclass(slots=True)
class Article:
    """One news article as read from a file.

    ``text`` is the whole decoded file; every offset elsewhere points into it.
    ``id`` is the file name without ``.txt``.
    """

    id: str
    text: str
    title: str = ""
    published: date | None = None
    url: str | None = None
    path: Path | None = None

    @property
    def sha1(self) -> str:
        """Content hash, used by the store to tell an updated article."""
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Incident:
    """One event at one place on one day, with the evidence it came from.

    ``sources`` lists every article that reports it (after de-duplication
    across articles): dicts with ``article``, ``title``, ``url``, ``published``.
    """

    event: str
    place: str | None
    lat: float | None
    lon: float | None
    geo_precision: int = 1
    date: date | None = None
    date_precision: DatePrecision | None = "day"
    killed: int | None = None
    injured: int | None = None
    weapons: dict[str, int | None] | None = None
    actor: str | None = None
    evidence: str = ""
    start: int | None = None
    end: int | None = None
    article: str | None = None
    admin1: str | None = None
    country: str | None = None
    gazetteer_id: str | None = None
    sources: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.event not in ACLED_TYPES:
            msg = f"unknown event type {self.event!r}; expected one of {', '.join(EVENT_TYPES)}"
            raise ValueError(msg)
        if self.geo_precision not in (1, 2, 3):
            msg = f"geo_precision must be 1, 2 or 3, got {self.geo_precision!r}"
            raise ValueError(msg)

    @property
    def id(self) -> str:
        """Stable identifier: event, place, day and first source."""
        key = "|".join(
            str(x)
            for x in (
                self.event,
                self.place,
                None if self.lat is None else round(self.lat, 3),
                None if self.lon is None else round(self.lon, 3),
                self.date,
                self.article,
                self.start,
            )
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    @property
    def acled_event_type(self) -> str:
        return ACLED_TYPES[self.event][0]

    @property
    def acled_sub_event_type(self) -> str:
        return ACLED_TYPES[self.event][1]

    def to_dict(self) -> dict:
        """The ``incidents`` item of the ``extract --format jsonl`` contract."""
        return {
            "id": self.id,
            "event": self.event,
            "place": self.place,
            "lat": self.lat,
            "lon": self.lon,
            "geo_precision": self.geo_precision,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision if self.date else None,
            "killed": self.killed,
            "injured": self.injured,
            "weapons": self.weapons,
            "actor": self.actor,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
        }

    def properties(self) -> dict:
        """GeoJSON feature properties (the GeoJSON contract of DESIGN.md)."""
        props = self.to_dict()
        props.pop("lat")
        props.pop("lon")
        props.update(
            acled_event_type=self.acled_event_type,
            acled_sub_event_type=self.acled_sub_event_type,
            admin1=self.admin1,
            country=self.country,
            article=self.article,
            gazetteer_id=self.gazetteer_id,
            source=self.sources[0] if self.sources else None,
            sources=self.sources,
        )
        return props

    @property
    def __geo_interface__(self) -> dict:
        """A GeoJSON Feature, ``[lon, lat]`` order (RFC 7946)."""
        geometry = None
        if self.lat is not None and self.lon is not None:
            geometry = {"type": "Point", "coordinates": [self.lon, self.lat]}
        return {"type": "Feature", "id": self.id, "geometry": geometry, "properties": self.properties()}
