"""Acceptance figures on the five real seed articles and their gold (../shared/seeds)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.articles import read_article
from geo.cli import main
from geo.evaluate import load_gold, score
from geo.extract import extract

pytestmark = pytest.mark.seeds


@pytest.fixture(scope="module")
def scores(seeds: Path, gazetteer):
    gold = load_gold(seeds / "gold.jsonl")
    preds = [extract(read_article(p), gazetteer=gazetteer).to_dict() for p in sorted(seeds.glob("*.txt"))]
    return score(preds, gold)


def test_toponyms(scores) -> None:
    assert scores.toponym_f1 >= 0.95
    assert scores.accuracy_161km >= 0.95
    assert scores.towns_10km >= 0.95
    assert scores.metonyms_not_mapped >= 0.90


def test_incidents(scores) -> None:
    assert scores.incident_f1 >= 0.85
    assert scores.date_accuracy >= 0.90


def test_cli_evaluate_json(seeds: Path, gazetteer) -> None:
    files = [str(p) for p in sorted(seeds.glob("*.txt"))]
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(seeds / "gold.jsonl"), "--json", *files])
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert d["toponym_f1"] >= 0.95 and d["incident_f1"] >= 0.85
    assert d["counts"]["incident_gold"] == 40


def test_offsets_match_the_gold(seeds: Path, gazetteer) -> None:
    gold = [g for g in load_gold(seeds / "gold.jsonl") if g["type"] == "toponym"]
    for path in sorted(seeds.glob("*.txt")):
        article = read_article(path)
        for g in (g for g in gold if g["article"] == article.id):
            assert article.text[g["start"] : g["end"]] == g["surface"]
