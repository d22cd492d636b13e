"""Parallel extraction for large ingests: local processes or a Dask cluster, one writer.

:func:`iter_extractions` reads article files in the calling process, sends them in chunks
to the workers, which extract the incidents (each worker process loads the gazetteer once:
:meth:`gazetteer.Gazetteer.default` is a per-process cache), and yields the results **in
the order of the files**. The caller writes them to the store, one transaction per article
(:meth:`geo.store_base.Store.ingest_many`): a single writer in a fixed order, so the store ends
up exactly as after a single-process ingest.

Engines (no scheduler of our own):

- ``workers=N`` (N > 1): :class:`concurrent.futures.ProcessPoolExecutor` with ``spawn``ed
  processes on this machine;
- ``scheduler="tcp://HOST:PORT"``: an existing Dask cluster through
  :class:`distributed.Client` (``pip install "incimap[dask]"``; incimap and its gazetteer
  must be installed on every worker). Files are read here, so the workers need no shared
  file system.

At most ``2 × workers`` chunks are in flight: memory stays bounded however many files.

>>> from pathlib import Path
>>> results = list(iter_extractions([Path("no-such-file.txt")]))
>>> results[0].extraction is None, "no-such-file.txt" in results[0].error
(True, True)
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from geo.errors import IncimapError

__all__ = ["FileResult", "ParallelError", "iter_extractions"]

logger = logging.getLogger(__name__)

_DASK_HINT = 'the --scheduler option needs Dask: pip install "incimap[dask]"'


class ParallelError(IncimapError, RuntimeError):
    """The parallel engine is unavailable (Dask not installed, scheduler unreachable)."""


@dataclass(frozen=True, slots=True)
class FileResult:
    """One input file: its extraction, or the error that made it skipped (not both)."""

    path: Path
    extraction: Any | None = None
    error: str | None = None


# --------------------------------------------------------------------------- worker side


def _extract_one(article: Any, *, keep_mentions: bool) -> tuple[Any | None, str | None]:
    from gazetteer import Gazetteer
    from geo.extract import extract

    gazetteer = Gazetteer.default()  # outside the try: a missing gazetteer stops the ingest
    try:
        extraction = extract(article, gazetteer=gazetteer)
    except (IncimapError, OSError, UnicodeDecodeError) as err:
        return None, str(err)
    if not keep_mentions:
        extraction.mentions = []  # not stored: spare the transfer back to the writer
    return extraction, None


def extract_chunk(
    articles: Sequence[Any], *, keep_mentions: bool = False
) -> list[tuple[Any | None, str | None]]:
    """Extract a chunk of articles in this process: ``(extraction, None)`` or ``(None, error)``.

    The task run by the workers (public so that Dask workers can import it by name).
    """
    return [_extract_one(a, keep_mentions=keep_mentions) for a in articles]


# --------------------------------------------------------------------------- caller side


def _read(paths: Iterable[Path], published: date | None) -> Iterator[tuple[Path, Any | None, str | None]]:
    from geo.articles import read_article

    for path in paths:
        try:
            yield path, read_article(path, published=published), None
        except (IncimapError, OSError, UnicodeDecodeError) as err:
            yield path, None, str(err)


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _ordered(
    submit: Callable[[list[Any]], Any],
    chunks: Iterator[list[tuple[Path, Any | None, str | None]]],
    window: int,
) -> Iterator[FileResult]:
    """Submit chunk tasks, at most ``window`` in flight, and yield results in input order."""
    pending: deque[tuple[list[tuple[Path, Any, str | None]], Any]] = deque()

    def top_up() -> None:
        while len(pending) < window:
            chunk = next(chunks, None)
            if chunk is None:
                return
            articles = [a for _, a, _ in chunk if a is not None]
            pending.append((chunk, submit(articles) if articles else None))

    top_up()
    while pending:
        chunk, future = pending.popleft()
        results = iter(future.result() if future is not None else [])
        top_up()
        for path, article, error in chunk:
            if article is None:
                yield FileResult(path, None, error)
                continue
            extraction, err = next(results)
            yield FileResult(path, extraction, err)


def _dask_client(address: str):
    try:
        from distributed import Client
    except ImportError as err:
        raise ParallelError(_DASK_HINT) from err
    try:
        return Client(address, timeout="15s")
    except (OSError, TimeoutError) as err:
        msg = (
            f"cannot reach the Dask scheduler at {address} ({err}); start one with `dask scheduler` "
            "and workers with `dask worker ADDRESS`, or drop --scheduler"
        )
        raise ParallelError(msg) from err


def iter_extractions(
    files: Iterable[str | Path],
    *,
    published: date | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    chunk_size: int = 16,
    keep_mentions: bool = False,
) -> Iterator[FileResult]:
    """Read and extract article ``files``, yielding one :class:`FileResult` per file, in order.

    Parameters
    ----------
    files
        Article files (read here, in the calling process).
    published
        Publication date for articles that lack one.
    workers
        Local worker processes; 1 extracts in this process.
    scheduler
        ``tcp://HOST:PORT`` of a running Dask scheduler (instead of ``workers``).
    chunk_size
        Articles per task.
    keep_mentions
        Keep the toponym mentions in the extractions (the store does not need them).

    Raises
    ------
    ParallelError
        Dask missing or the scheduler unreachable; ``workers`` < 1; both ``workers`` > 1 and
        ``scheduler``.
    """
    paths = [Path(f) for f in files]
    if workers < 1:
        msg = f"--workers {workers}: give 1 or more worker processes"
        raise ParallelError(msg)
    if scheduler and workers > 1:
        msg = f"give either --workers {workers} (local processes) or --scheduler {scheduler} (Dask), not both"
        raise ParallelError(msg)
    chunks = _chunks(_read(paths, published), max(1, chunk_size))
    if scheduler:
        yield from _iter_dask(scheduler, chunks, keep_mentions=keep_mentions)
        return
    if workers == 1:
        for chunk in chunks:
            articles = [a for _, a, _ in chunk if a is not None]
            results = iter(extract_chunk(articles, keep_mentions=keep_mentions))
            for path, article, error in chunk:
                if article is None:
                    yield FileResult(path, None, error)
                else:
                    extraction, err = next(results)
                    yield FileResult(path, extraction, err)
        return
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        logger.info("extracting with %d local worker processes", workers)
        yield from _ordered(
            lambda arts: pool.submit(extract_chunk, arts, keep_mentions=keep_mentions), chunks, 2 * workers
        )


def _iter_dask(address: str, chunks, *, keep_mentions: bool) -> Iterator[FileResult]:
    client = _dask_client(address)
    try:
        nthreads = sum(client.nthreads().values()) or 1
        logger.info("extracting on the Dask cluster %s (%d worker threads)", address, nthreads)
        yield from _ordered(
            lambda arts: client.submit(extract_chunk, arts, keep_mentions=keep_mentions, pure=False),
            chunks,
            2 * nthreads,
        )
    finally:
        client.close()
