"""A toponym found in a text and resolved (or not) to a gazetteer place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gazetteer.place import Place

__all__ = ["Mention", "Role"]

#: ``location``: the name locates something; ``metonym``: a capital or seat of
#: power standing for its government ("Moscou nie", "le Kremlin").
Role = Literal["location", "metonym"]


@dataclass(slots=True)
class Mention:
    """A toponym found in an article's text, resolved (or not) to a place."""

    surface: str
    start: int
    end: int
    place: Place | None
    role: Role = "location"
    confidence: float = 1.0

    def to_dict(self) -> dict:
        """The ``toponyms`` item of the ``extract --format jsonl`` contract."""
        p = self.place
        return {
            "surface": self.surface,
            "start": self.start,
            "end": self.end,
            "name": p.name if p else None,
            "lat": p.lat if p else None,
            "lon": p.lon if p else None,
            "kind": p.kind if p else None,
            "country": p.country if p else None,
            "admin1": p.admin1 if p else None,
            "gazetteer_id": p.id if p else None,
            "role": self.role,
            "confidence": round(self.confidence, 3),
        }
