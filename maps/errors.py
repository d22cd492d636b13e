"""Exceptions raised by :mod:`maps`."""

from __future__ import annotations

from geo.errors import IncimapError

__all__ = ["MapError"]


class MapError(IncimapError, ValueError):
    """Incidents or map options that cannot be drawn (unreadable GeoJSON, bad option value).

    The CLI turns it into ``incimap: error: ...`` and exit code 2, as every
    :class:`geo.errors.IncimapError`.
    """
