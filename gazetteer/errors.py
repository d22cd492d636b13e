"""Exceptions raised by the gazetteer."""

__all__ = ["GazetteerBuildError", "GazetteerError", "GazetteerNotBuiltError"]


class GazetteerError(Exception):
    """Base class of gazetteer errors."""


class GazetteerNotBuiltError(GazetteerError, FileNotFoundError):
    """The gazetteer database is missing; the message gives the build command."""


class GazetteerBuildError(GazetteerError, RuntimeError):
    """A source needed to build the gazetteer is missing or unreadable."""
