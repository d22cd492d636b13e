"""Exceptions raised by incimap.

Each class also inherits the matching builtin, as geopy's do, so callers may
catch ``ValueError`` or ``LookupError`` without knowing incimap.
"""

__all__ = [
    "ArticleError",
    "FrontlineError",
    "IncimapError",
    "QueryError",
    "RegionError",
    "StoreError",
]


class IncimapError(Exception):
    """Base class of incimap errors."""


class ArticleError(IncimapError, ValueError):
    """An article file cannot be read (binary, wrong encoding, HTML, too large, empty)."""


class RegionError(IncimapError, LookupError):
    """An unknown region name; the message lists the closest names."""


class QueryError(IncimapError, ValueError):
    """A bad query value (bbox, radius, date, event type)."""


class StoreError(IncimapError, RuntimeError):
    """The incident store cannot be opened or written."""


class FrontlineError(IncimapError, LookupError):
    """No front line for a date, or a front-line file cannot be imported."""
