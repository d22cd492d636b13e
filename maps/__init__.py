"""incimap's maps: layered Folium HTML that reads offline.

>>> from maps import build_map, save_map
>>> m = build_map("incidents.geojson", offline=True)  # doctest: +SKIP
>>> save_map(m, "map.html")  # doctest: +SKIP
"""

from maps.build import build_map, save_map
from maps.errors import MapError

__all__ = ["MapError", "build_map", "save_map"]
