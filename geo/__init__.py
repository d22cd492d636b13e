"""incimap's core: incident model, article reading, extraction, regions, store, queries, export."""

from geo.articles import read_article, read_articles
from geo.export import to_geojson
from geo.extract import Extraction, extract, extract_incidents
from geo.models import ACLED_TYPES, EVENT_TYPES, Article, Incident, Mention

__all__ = [
    "ACLED_TYPES",
    "EVENT_TYPES",
    "Article",
    "Extraction",
    "Incident",
    "Mention",
    "extract",
    "extract_incidents",
    "read_article",
    "read_articles",
    "to_geojson",
]
