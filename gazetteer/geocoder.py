"""A geopy geocoder backed by the offline gazetteer: it never uses the network.

Works wherever a geopy geocoder does, for example
``geopandas.tools.geocode(names, provider=OfflineGeocoder)``, and with
``geopy.extra.rate_limiter.RateLimiter``.
"""

from __future__ import annotations

import logging
import os

from geopy.adapters import URLLibAdapter
from geopy.exc import ConfigurationError, GeocoderQueryError
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from gazetteer.db import MAX_QUERY_LENGTH, Gazetteer, GazetteerQueryError
from gazetteer.place import KINDS, Place

__all__ = ["OfflineGeocoder"]

logger = logging.getLogger(__name__)


def _location(place: Place) -> Location:
    raw = place.as_dict()
    raw["geonameid"] = int(place.id.split(":", 1)[1]) if place.id.startswith("geonames:") else None
    raw["label"] = place.label
    return Location(place.label, (place.lat, place.lon), raw)


class OfflineGeocoder(Geocoder):
    """Geocoder backed by the local gazetteer; never uses the network.

    Parameters
    ----------
    path
        A built gazetteer SQLite file; ``None`` (default) uses the default
        gazetteer, built on first use.
    user_agent, timeout
        Accepted for compatibility with geopy; no request is ever made.

    Raises
    ------
    geopy.exc.ConfigurationError
        When ``path`` is not a path.
    gazetteer.errors.GazetteerNotBuiltError
        When an explicit ``path`` does not hold a gazetteer (the message gives
        the build command).

    Examples
    --------
    >>> geocoder = OfflineGeocoder()
    >>> address, (lat, lon) = geocoder.geocode("Gouliaïpolé")
    >>> round(lat, 2), round(lon, 2)
    (47.67, 36.26)
    """

    def __init__(
        self,
        *,
        path: str | os.PathLike[str] | None = None,
        user_agent: str | None = None,
        timeout: float | object = DEFAULT_SENTINEL,
    ):
        super().__init__(user_agent=user_agent, timeout=timeout, adapter_factory=URLLibAdapter)
        if path is not None and not isinstance(path, str | os.PathLike):
            msg = f"path must be a file path or None, got {path!r} of type {type(path).__name__}"
            raise ConfigurationError(msg)
        self._gazetteer = Gazetteer.default() if path is None else Gazetteer.load(path)

    @property
    def gazetteer(self) -> Gazetteer:
        """The :class:`~gazetteer.db.Gazetteer` this geocoder reads."""
        return self._gazetteer

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: float | object = DEFAULT_SENTINEL,
        limit: int | None = None,
        country: str | None = None,
        feature_code: str | None = None,
    ) -> Location | list[Location] | None:
        """Geocode a place name.

        Parameters
        ----------
        query
            A place name (French, English or a local romanisation).
        exactly_one
            Return one :class:`~geopy.location.Location` (else a list).
        timeout
            Ignored (no network).
        limit
            At most this many results when ``exactly_one`` is false (default 10).
        country
            ISO 3166-1 alpha-2 code restricting the results.
        feature_code
            One of :data:`gazetteer.place.KINDS` restricting the results.

        Returns
        -------
        Location, list of Location or None
            ``None`` when nothing matches (never ``[]``). ``Location.raw`` holds
            the gazetteer record (id, geonameid, kind, country, admin1, population, score).

        Raises
        ------
        geopy.exc.GeocoderQueryError
            When the query is not a non-empty string of at most 200 characters,
            or a filter is invalid.
        """
        if not isinstance(query, str) or not query.strip() or len(query) > MAX_QUERY_LENGTH:
            msg = f"query must be a non-empty string of at most {MAX_QUERY_LENGTH} characters, got {query!r}"
            raise GeocoderQueryError(msg)
        if feature_code is not None and feature_code not in KINDS:
            msg = f"feature_code must be one of {', '.join(KINDS)}, got {feature_code!r}"
            raise GeocoderQueryError(msg)
        n = 1 if exactly_one else (limit or 10)
        try:
            hits = self._gazetteer.lookup(query, country=country, kind=feature_code, limit=n)
        except GazetteerQueryError as err:
            raise GeocoderQueryError(str(err)) from err
        if not hits:
            return None
        locations = [_location(p) for p in hits]
        return locations[0] if exactly_one else locations

    def reverse(
        self,
        query: Point | tuple[float, float] | str,
        *,
        exactly_one: bool = True,
        timeout: float | object = DEFAULT_SENTINEL,
        max_km: float = 100.0,
    ) -> Location | list[Location] | None:
        """The nearest settlement to a point.

        Parameters
        ----------
        query
            A :class:`geopy.point.Point`, a ``(lat, lon)`` pair or a ``"lat, lon"`` string.
        exactly_one
            Return one Location (else a one-item list).
        timeout
            Ignored (no network).
        max_km
            ``None`` is returned when no settlement is this close.

        Raises
        ------
        geopy.exc.GeocoderQueryError
            When the point cannot be parsed.
        """
        try:
            point = Point(query)
        except (ValueError, TypeError) as err:
            msg = f"query must be a point, (lat, lon) or 'lat, lon', got {query!r}: {err}"
            raise GeocoderQueryError(msg) from err
        place = self._gazetteer.reverse(point.latitude, point.longitude, max_km=max_km)
        if place is None:
            return None
        location = _location(place)
        return location if exactly_one else [location]
