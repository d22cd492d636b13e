"""incimap's offline gazetteer: French place names to coordinates, with no network."""

from gazetteer.db import Gazetteer, GazetteerQueryError
from gazetteer.errors import GazetteerBuildError, GazetteerError, GazetteerNotBuiltError
from gazetteer.fold import fold
from gazetteer.geocoder import OfflineGeocoder
from gazetteer.mention import Mention
from gazetteer.place import KINDS, Place

__all__ = [
    "KINDS",
    "Gazetteer",
    "GazetteerBuildError",
    "GazetteerError",
    "GazetteerNotBuiltError",
    "GazetteerQueryError",
    "Mention",
    "OfflineGeocoder",
    "Place",
    "fold",
]
