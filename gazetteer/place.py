"""The gazetteer's record of one place."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

__all__ = ["KINDS", "Place"]

#: Kinds of places, as in the ``extract`` output contract.
KINDS = (
    "city",
    "village",
    "district",
    "landmark",
    "oblast",
    "region",
    "country",
    "sea",
    "river",
    "continent",
)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    ``id`` is namespaced by source: ``geonames:711660`` for GeoNames records,
    ``incimap:<table>:<key>`` for rows of our own tables in ``data/gazetteer``.
    Coordinates are WGS 84 decimal degrees, named ``lat`` and ``lon`` (never x/y).
    ``score`` is the lookup score in [0, 1] (1 for an exact match).
    ``within`` is set only on places the gazetteer lacks, which the resolver places at the
    point of what the text situates them in (« le village de X, dans le district de Y »): the
    kind of that container (``city``, ``district``, ``oblast``…); ``None`` for gazetteer entries.
    """

    id: str
    name: str
    name_fr: str | None
    lat: float
    lon: float
    kind: str
    country: str | None
    admin1: str | None = None
    population: int = 0
    score: float = 1.0
    within: str | None = None

    @property
    def label(self) -> str:
        """Human-readable label: French name when known, admin-1 and country."""
        parts = [self.name_fr or self.name]
        if self.admin1 and self.kind not in ("oblast", "country", "region"):
            parts.append(self.admin1)
        if self.country and self.kind != "country":
            parts.append(self.country)
        return ", ".join(parts)

    def with_score(self, score: float) -> Place:
        """Return a copy with another lookup score."""
        return replace(self, score=score)

    def as_dict(self) -> dict:
        """Plain dict of every field (JSON-serialisable)."""
        return asdict(self)
