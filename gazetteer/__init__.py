"""incimap's offline gazetteer: French place names to coordinates, with no network."""

from gazetteer.errors import GazetteerBuildError, GazetteerError, GazetteerNotBuiltError
from gazetteer.mention import Mention
from gazetteer.place import KINDS, Place

__all__ = ["KINDS", "GazetteerBuildError", "GazetteerError", "GazetteerNotBuiltError", "Mention", "Place"]
