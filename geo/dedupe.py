"""De-duplication of incidents across articles.

Two incidents are the same when they have the same event type, lie within
10 km of each other and fall on the same day (for week or month precision, the
same week or month). The merged incident keeps the most precise place
(lowest ``geo_precision``), the most precise date, the most conservative
casualty figures (ACLED's rule) and the ``sources`` of all of them.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from dataclasses import replace

from geo.models import Incident

__all__ = ["MAX_KM", "deduplicate", "same_incident"]

logger = logging.getLogger(__name__)

#: Two reports of one event are at most this far apart.
MAX_KM = 10.0
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, None: 3}


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _same_time(a: Incident, b: Incident) -> bool:
    if a.date is None or b.date is None:
        return a.date is None and b.date is None
    coarse = max(_PRECISION_RANK[a.date_precision], _PRECISION_RANK[b.date_precision])
    if coarse == 0:
        return a.date == b.date
    if coarse == 1:
        return a.date.isocalendar()[:2] == b.date.isocalendar()[:2] or abs((a.date - b.date).days) <= 6
    return (a.date.year, a.date.month) == (b.date.year, b.date.month)


def same_incident(a: Incident, b: Incident, *, max_km: float = MAX_KM) -> bool:
    """Same event type, within ``max_km`` km and on the same day (or week/month)."""
    if a.event != b.event:
        return False
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    if _haversine(a.lat, a.lon, b.lat, b.lon) > max_km:
        return False
    return _same_time(a, b)


def _min(x: int | None, y: int | None) -> int | None:
    if x is None:
        return y
    if y is None:
        return x
    return min(x, y)


def _merge(keep: Incident, other: Incident) -> Incident:
    best_place = keep if keep.geo_precision <= other.geo_precision else other
    best_date = (
        keep if _PRECISION_RANK[keep.date_precision] <= _PRECISION_RANK[other.date_precision] else other
    )
    sources = list(keep.sources)
    for s in other.sources:
        if s not in sources:
            sources.append(s)
    weapons = keep.weapons
    if other.weapons:
        weapons = dict(weapons or {})
        for k, v in other.weapons.items():
            if v is not None and (weapons.get(k) is None or v < weapons[k]):
                weapons[k] = v
    return replace(
        keep,
        place=best_place.place,
        lat=best_place.lat,
        lon=best_place.lon,
        geo_precision=best_place.geo_precision,
        admin1=best_place.admin1,
        country=best_place.country,
        gazetteer_id=best_place.gazetteer_id,
        date=best_date.date,
        date_precision=best_date.date_precision,
        killed=_min(keep.killed, other.killed),
        injured=_min(keep.injured, other.injured),
        weapons=weapons,
        actor=keep.actor or other.actor,
        sources=sources,
    )


def deduplicate(incidents: Iterable[Incident], *, max_km: float = MAX_KM) -> list[Incident]:
    """Merge the incidents that report the same event (see :func:`same_incident`).

    Parameters
    ----------
    incidents
        Incidents from any number of articles.
    max_km
        Largest distance between two reports of the same event.

    Returns
    -------
    list[Incident]
        One incident per event, in first-seen order, each with the ``sources``
        of every article that reported it. The first report keeps its
        ``article``, ``evidence`` and offsets.
    """
    out: list[Incident] = []
    for inc in incidents:
        for i, k in enumerate(out):
            if same_incident(k, inc, max_km=max_km):
                out[i] = _merge(k, inc)
                logger.debug("merged %s into %s", inc.id, k.id)
                break
        else:
            out.append(inc)
    return out
