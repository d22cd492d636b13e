"""CLI commands of the extractor: ``extract``, ``evaluate`` and ``train-model``."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path

import click

__all__ = ["COMMANDS", "evaluate", "extract", "train_model"]

logger = logging.getLogger(__name__)


def _parse_published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        msg = f"{value!r} is not a date; use YYYY-MM-DD, for example 2024-11-13"
        raise click.BadParameter(msg, param_hint="--published") from err


def _report_failures(failures) -> None:
    for f in failures:
        click.echo(f"incimap: error: {f.error}", err=True)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "geojson"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one line per article (toponyms and incidents); geojson: the incidents, de-duplicated.",
)
@click.option("--published", metavar="DATE", default=None, help="Publication date (YYYY-MM-DD) to use.")
@click.option(
    "--rules-only",
    is_flag=True,
    help="Leave out the incidents only the mention classifier finds (geo.learn).",
)
def extract(files: tuple[Path, ...], fmt: str, published: str | None, rules_only: bool) -> None:
    """Extract the toponyms and incidents of article FILES (no store: print them).

    A file that cannot be read is reported and skipped; the exit code is 2
    when any file failed.
    """
    from geo.articles import iter_paths, read_articles
    from geo.extract import extract as run_extract

    pub = _parse_published(published)
    result = read_articles(iter_paths(files), published=pub)
    extractions = []
    gazetteer = None
    if result.articles:
        from gazetteer.db import Gazetteer

        gazetteer = Gazetteer.default()
    for article in result.articles:
        ex = run_extract(article, gazetteer=gazetteer, learned=not rules_only)
        if fmt == "jsonl":
            click.echo(json.dumps(ex.to_dict(), ensure_ascii=False))
        extractions.append(ex)
    if fmt == "geojson":
        from geo.dedupe import deduplicate

        incidents = deduplicate(i for ex in extractions for i in ex.incidents)
        try:
            from geo.export import to_geojson
            from geo.frame import incidents_to_frame

            collection = to_geojson(incidents_to_frame(incidents))
        except ImportError:  # pragma: no cover - store package absent
            collection = {"type": "FeatureCollection", "features": [i.__geo_interface__ for i in incidents]}
        click.echo(json.dumps(collection, ensure_ascii=False, default=str))
    _report_failures(result.failures)
    if result.failures:
        sys.exit(2)


@click.command()
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(path_type=Path),
    help="Gold JSONL file (toponym and incident records, as ../shared/seeds/gold.jsonl).",
)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option(
    "--details", is_flag=True, help="Also list the errors (missed, spurious, far mentions and incidents)."
)
@click.option(
    "--rules-only",
    is_flag=True,
    help="Leave out the incidents only the mention classifier finds (geo.learn).",
)
def evaluate(
    gold_path: Path, files: tuple[Path, ...], as_json: bool, details: bool, rules_only: bool
) -> None:
    """Score the extraction of article FILES against a gold file.

    Prints toponym precision/recall/F1, accuracy within 161 km, towns within
    10 km, metonyms not mapped, incident precision/recall/F1 (same type, within
    50 km) and date accuracy, computed as the seed gold's GOLD.md defines them.
    """
    from gazetteer.db import Gazetteer
    from geo.articles import iter_paths, read_articles
    from geo.evaluate import load_gold, score
    from geo.extract import extract as run_extract

    gold = load_gold(gold_path)
    result = read_articles(iter_paths(files))
    gazetteer = Gazetteer.default() if result.articles else None
    preds = [run_extract(a, gazetteer=gazetteer, learned=not rules_only).to_dict() for a in result.articles]
    scores = score(preds, gold)
    if as_json:
        click.echo(json.dumps(scores.to_dict(details=details), ensure_ascii=False, default=str))
    else:
        click.echo(scores.format())
        if details:
            for kind, items in scores.errors.items():
                if items:
                    click.echo(f"\n{kind}:")
                    for item in items:
                        click.echo(f"  {item}")
    _report_failures(result.failures)
    if result.failures:
        sys.exit(2)


@click.command("train-model")
@click.argument(
    "folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the model (default: data/model/incidents.json, the one extract reads).",
)
@click.option("--c", "c", type=float, default=0.5, show_default=True, help="Inverse regularisation strength.")
@click.option(
    "--threshold", type=float, default=0.5, show_default=True, help="Least probability to add an incident."
)
def train_model(folders: tuple[Path, ...], out: Path | None, c: float, threshold: float) -> None:
    """Train the mention classifier on annotated FOLDERS (each: *.txt dispatches and a *gold*.jsonl).

    Needs scikit-learn: pip install 'incimap[train]'.
    """
    from gazetteer.paths import data_dir
    from geo.learn import MODEL_PATH
    from geo.training import train

    missing = [f for f in folders if not any(f.glob("*gold*.jsonl"))]
    if missing:
        raise click.UsageError(f"{missing[0]}: no *gold*.jsonl file in this folder; give annotated folders")
    try:
        model = train(folders, c=c, threshold=threshold)
    except ImportError as err:
        raise click.ClickException(f"{err}; install the train extra: pip install 'incimap[train]'") from err
    out = out or data_dir() / MODEL_PATH
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    click.echo(
        f"{out}: {model['rows']} mentions, {len(model['weights'])} features, {len(model['classes'])} classes"
    )


COMMANDS: list[click.Command] = [extract, evaluate, train_model]
