"""incimap's core: incident model, article reading, extraction, regions, store, queries, export."""

from geo.models import ACLED_TYPES, EVENT_TYPES, Article, Incident, Mention

__all__ = ["ACLED_TYPES", "EVENT_TYPES", "Article", "Incident", "Mention"]
