"""incimap's maps: layered Folium HTML."""

__all__: list[str] = []
