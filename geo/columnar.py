"""A columnar, in-memory copy of a store's incidents: fast reads of many rows.

Turning stored rows into Python objects one value at a time costs several microseconds per
row, which dominates a query returning thousands of incidents. A long-lived store (a notebook,
a server, ``incimap map`` after a query) therefore keeps the incidents table in memory as an
Apache Arrow table, read once through GDAL's columnar (Arrow) interface by :mod:`pyogrio`.
A query then *takes* its rows from the columns and hands them to pandas without building a
Python object per text value (pandas' ``str`` columns are Arrow-backed).

Repetitive text columns (event types, places, countries, article titles and links) are
dictionary-encoded, which keeps the copy at roughly 250 bytes per incident.

The store decides when to load the copy and when it is stale (:mod:`geo.store`); this module
only loads, selects and converts. :func:`table_to_frame` gives exactly the frame the row-wise
path gives (:func:`geo.store_base._rows_to_frame`): the tests compare the two.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import geopandas as gpd
    import numpy as np
    import pyarrow as pa

__all__ = ["ColumnCache", "load_columns", "table_to_frame"]

logger = logging.getLogger(__name__)

#: Text columns with few distinct values, dictionary-encoded in memory.
_DICTIONARY = (
    "event",
    "place",
    "date",
    "date_precision",
    "actor",
    "article",
    "admin1",
    "country",
    "gazetteer_id",
    "acled_event_type",
    "acled_sub_event_type",
    "source_article",
    "source_title",
    "source_url",
    "source_published",
)
#: Stored column → frame column, where the names differ.
_RENAMED = {"incident_id": "id", "start_offset": "start", "end_offset": "end"}


class ColumnCache:
    """Every incident of a store, as Arrow columns in the order results are given.

    Rows are sorted as the store orders a result, by date (missing dates first, as SQL's
    ``ORDER BY`` puts them) then incident id: the rows of any selection, taken at ascending
    positions, are already in order, and are read from memory front to back.

    Parameters
    ----------
    table
        The stored columns (those of ``geo.store.INCIDENT_COLUMNS``), one chunk each, in
        that order.
    fid
        The store's row key of each row (numpy ``int64``).
    """

    __slots__ = ("_row_of_fid", "fid", "table")

    def __init__(self, table: pa.Table, fid: np.ndarray) -> None:
        import numpy as np

        self.table = table
        self.fid = np.asarray(fid, dtype="int64")
        # Row keys are small positive integers (SQLite rowids): a dense key → row table.
        size = int(self.fid.max()) + 1 if len(self.fid) else 0
        self._row_of_fid = np.full(size, -1, dtype="int64")
        self._row_of_fid[self.fid] = np.arange(len(self.fid), dtype="int64")

    def __len__(self) -> int:
        return len(self.fid)

    @property
    def nbytes(self) -> int:
        """Memory held by the copy, in bytes."""
        return int(self.table.nbytes + self.fid.nbytes + self._row_of_fid.nbytes)

    def positions(self, keys: Sequence[int] | np.ndarray) -> np.ndarray | None:
        """Row positions of ``keys``, or ``None`` when one of them is not in the copy."""
        import numpy as np

        keys = np.asarray(keys, dtype="int64")
        if not len(keys):
            return keys
        if keys.min() < 0 or keys.max() >= len(self._row_of_fid):
            return None
        pos = self._row_of_fid[keys]
        return None if pos.min() < 0 else pos

    def attribute_mask(
        self,
        positions: np.ndarray,
        *,
        types: Sequence[str] | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> np.ndarray:
        """Which rows at ``positions`` pass the event-type and date filters (boolean array).

        The rules of the SQL filters: a type in ``types``; ``since``/``until`` compare ISO
        dates as text, and an incident without a date fails any date filter.
        """
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        if not (types or since or until) or not len(positions):
            return np.ones(len(positions), dtype=bool)
        index = pa.array(positions, type=pa.int64())
        masks = []
        if types:
            events = _plain(self.table["event"].take(index))
            masks.append(pc.is_in(events, value_set=pa.array(list(types), type=pa.string())))
        if since or until:
            dates = _plain(self.table["date"].take(index))
            if since:
                masks.append(pc.greater_equal(dates, pa.scalar(since.isoformat())))
            if until:
                masks.append(pc.less_equal(dates, pa.scalar(until.isoformat())))
        keep = masks[0]
        for mask in masks[1:]:
            keep = pc.and_kleene(keep, mask)
        return np.asarray(keep.fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)

    def points(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(fid, lat, lon)`` of the incidents that have coordinates (numpy arrays)."""
        import numpy as np

        lat = self.table["lat"].to_numpy(zero_copy_only=False)
        lon = self.table["lon"].to_numpy(zero_copy_only=False)
        ok = ~(np.isnan(lat) | np.isnan(lon))
        return self.fid[ok], lat[ok], lon[ok]

    def take(self, positions: np.ndarray) -> pa.Table:
        """The rows at ``positions``, ordered as the store orders a result (date, then id)."""
        import numpy as np
        import pyarrow as pa

        return self.table.take(pa.array(np.sort(positions), type=pa.int64()))


def load_columns(path: str | Path, *, layer: str, columns: Sequence[str]) -> ColumnCache:
    """Read every row of a GeoPackage layer into a :class:`ColumnCache` (GDAL's Arrow reader).

    Raises whatever :func:`pyogrio.read_arrow` raises (the store falls back to row reads).
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyogrio

    _meta, table = pyogrio.read_arrow(
        str(path), layer=layer, columns=list(columns), read_geometry=False, return_fids=True
    )
    table = table.rename_columns(["fid" if n == "OGC_FID" else n for n in table.column_names])
    order = pc.sort_indices(
        table, sort_keys=[("date", "ascending", "at_start"), ("incident_id", "ascending", "at_start")]
    )
    table = table.take(order)
    arrays = []
    for name in columns:
        col = table[name]
        if pa.types.is_null(col.type):  # an all-empty column GDAL could not type
            col = pa.chunked_array([pa.nulls(len(col), pa.string())])
        if name in _DICTIONARY and pa.types.is_string(col.type):
            col = col.dictionary_encode()
        arrays.append(col.combine_chunks())
    fid = np.ascontiguousarray(table["fid"].to_numpy(), dtype="int64")
    cache = ColumnCache(pa.Table.from_arrays(arrays, names=list(columns)), fid)
    del table, arrays
    pa.default_memory_pool().release_unused()  # the read and sorted copies: back to the system
    logger.debug("read %d incidents of %s into memory (%.0f MB)", len(cache), path, cache.nbytes / 1e6)
    return cache


def _chunk(column: pa.ChunkedArray | pa.Array) -> pa.Array:
    """One array for a column."""
    import pyarrow as pa

    return column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column


def _plain(column: pa.ChunkedArray | pa.Array) -> pa.Array:
    """A column as one array, a dictionary-encoded one decoded back to its values."""
    import pyarrow as pa

    column = _chunk(column)
    if pa.types.is_dictionary(column.type):
        column = column.dictionary_decode()
    return column


def _objects(column) -> list[Any]:
    """A column's values as Python objects (``None`` for nulls)."""
    return _plain(column).to_pylist()


#: The stored columns of the primary source (a source dict's article, title, url, published).
_SOURCE_COLUMNS = ("source_article", "source_title", "source_url", "source_published")


def _primary_sources(rows: pa.Table) -> list[dict[str, Any] | None]:
    """Each row's primary source as a dict (``None`` without one), each row its own dict."""
    return [
        None if a is None else {"article": a, "title": t, "url": u, "published": p}
        for a, t, u, p in zip(*(_objects(rows[name]) for name in _SOURCE_COLUMNS), strict=True)
    ]


def table_to_frame(rows: pa.Table) -> gpd.GeoDataFrame:
    """Stored incident columns (from :meth:`ColumnCache.take`) → an incidents frame.

    The same frame as the row-wise reader: the GeoJSON contract's columns (see
    :mod:`geo.frame`), ``source`` and ``sources`` rebuilt from the ``source_*`` columns.
    """
    import geopandas as gpd
    import numpy as np
    import pandas as pd

    from geo.frame import _INT_COLUMNS, JSON_COLUMNS, PROPERTY_COLUMNS

    loads = json.loads
    source = _primary_sources(rows)
    n_sources = _plain(rows["n_sources"]).to_numpy(zero_copy_only=False)
    sources: list[Any] = [[s] if s is not None else [] for s in source]
    for i in np.flatnonzero(n_sources != 1).tolist():
        text = rows["sources_json"][i].as_py() if n_sources[i] > 1 else None
        sources[i] = loads(text) if text else []
    nested = {
        "weapons": [loads(w) if w else None for w in _objects(rows["weapons"])],
        "source": source,
        "sources": sources,
    }
    stored = {_RENAMED.get(n, n): n for n in rows.column_names}
    columns: dict[str, Any] = {}
    for col in PROPERTY_COLUMNS:
        if col in JSON_COLUMNS:
            arr = np.empty(len(rows), dtype=object)
            arr[:] = nested[col]
            columns[col] = arr
        elif col in _INT_COLUMNS:
            columns[col] = pd.array(_plain(rows[stored[col]]).to_pandas(types_mapper=_int64_mapper))
        else:
            columns[col] = _plain(rows[stored[col]]).to_pandas()
    lat = _plain(rows["lat"]).to_numpy(zero_copy_only=False)
    lon = _plain(rows["lon"]).to_numpy(zero_copy_only=False)
    columns["lat"] = lat
    columns["lon"] = lon
    geometry = gpd.points_from_xy(lon, lat)
    missing = np.isnan(lat) | np.isnan(lon)
    if missing.any():
        geometry = np.where(missing, None, np.asarray(geometry, dtype=object))
    df = pd.DataFrame(
        {k: (v.values if isinstance(v, pd.Series) else v) for k, v in columns.items()}, copy=False
    )
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geometry, crs="EPSG:4326").values, crs="EPSG:4326")


def _int64_mapper(arrow_type):
    import pandas as pd
    import pyarrow as pa

    return pd.Int64Dtype() if pa.types.is_integer(arrow_type) else None
