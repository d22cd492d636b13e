"""Generalisation: hand-written dispatches of other places and outlets, and the sample dispatches.

``tests/extract/data/dev*.txt`` are 25 short French dispatches written for these tests (Kherson
and Donetsk villages, Moldova, Romania, Kursk, Belgorod, Odesa, Kharkiv, Zaporizhzhia NPP) and
annotated by hand in ``build_dev_gold.py`` *before* the extractor was run on them.

Honest history of the figures: dev01-dev13 were written first and the extractor was developed
with them in view. dev14-dev25 were then written blind (gold before any run); their blind
figures were toponym F1 0.994, metonyms not mapped 0.81, incident F1 0.469 (P 0.68, R 0.36) and
date accuracy 0.60 - the « Source link » line above the body dropped whole articles. General
rules of French press writing were then added while looking at their errors (no string of a
dispatch in the code); afterwards dev14-dev25 score incident F1 0.976, dates 0.976, metonyms
1.0, so they are no longer a blind measure. The whole set (25 files) then gave toponym F1 0.998,
accuracy within 161 km 1.0, metonyms not mapped 1.0, incident P 0.974 R 0.925 F1 0.949, date
accuracy 0.972; the thresholds below are those figures rounded down a little. (Later rules for
the blind sets of ``test_blind.py`` cost one dev incident: F1 0.942, P 0.973, R 0.912.)
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from geo.articles import read_article
from geo.evaluate import load_gold, score
from geo.extract import extract

DATA = Path(__file__).resolve().parent / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


def _builder():
    spec = importlib.util.spec_from_file_location("build_dev_gold", DATA / "build_dev_gold.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gold_file_is_built_from_the_annotation() -> None:
    records = _builder().build()
    lines = [json.loads(x) for x in (DATA / "dev_gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines == records
    assert sum(r["type"] == "toponym" for r in records) == 311
    assert sum(r["type"] == "incident" for r in records) == 80


@pytest.fixture(scope="module")
def dev_scores(gazetteer):
    gold = load_gold(DATA / "dev_gold.jsonl")
    preds = [extract(read_article(p), gazetteer=gazetteer).to_dict() for p in sorted(DATA.glob("dev*.txt"))]
    return score(preds, gold)


def test_dev_toponyms(dev_scores) -> None:
    assert dev_scores.toponym_f1 >= 0.98
    assert dev_scores.accuracy_161km >= 0.98
    assert dev_scores.towns_10km >= 0.98
    assert dev_scores.metonyms_not_mapped >= 0.96


def test_dev_incidents(dev_scores) -> None:
    # reached 0.949 (P 0.974, R 0.925) and 0.972; dev14-dev25 alone were 0.469 / 0.60 blind;
    # 0.943 (P 0.949, R 0.938) once interceptions over a region stopped folding into a town's strike;
    # 0.938 (P 0.938) once evacuations became « other » events (the dev gold has none, the blind
    # sets 4-6 count them); 0.932 (P 0.926) once an ambassador's summons went to the dateline's
    # capital (the dev gold has no meetings at all, blind sets 5 and 6 count summonses); 0.921
    # (P 0.894) once garrisons (« 1 500 soldats russes sont stationnés ») became troop deployments and
    # a campaign over a region (« l'incursion dans la région de Koursk ») stopped folding into a
    # village's fighting (the dev gold counts neither, eight blind golds count the garrison, seven
    # the campaign)
    assert dev_scores.incident_f1 >= 0.91
    assert dev_scores.incident_precision >= 0.88
    assert dev_scores.date_accuracy >= 0.95


def _sample(name: str, gazetteer) -> list[dict]:
    path = SAMPLES / name
    if not path.is_file():
        pytest.skip(f"{path} not found (the lead's sample dispatches)")
    return [
        i.to_dict() | {"admin1": i.admin1} for i in extract(read_article(path), gazetteer=gazetteer).incidents
    ]


def test_sample_weapon_nationality_sets_the_actor(gazetteer) -> None:
    (strike,) = _sample("02_sevastopol_shipyard.txt", gazetteer)
    assert (strike["event"], strike["actor"], strike["injured"]) == ("missile_strike", "UA", 12)


def test_sample_port_workers_injured(gazetteer) -> None:
    (strike,) = _sample("01_izmail_port_drones.txt", gazetteer)
    assert (strike["event"], strike["injured"]) == ("drone_strike", 4)


def test_sample_debris_finder_is_not_the_actor(gazetteer) -> None:
    (debris,) = _sample("03_romania_danube_debris.txt", gazetteer)
    assert debris["event"] == "debris" and debris["place"] == "Plauru"
    assert debris["actor"] in (None, "RU")


def test_sample_north_korean_troops(gazetteer) -> None:
    incidents = {i["event"]: i for i in _sample("06_kursk_north_korean_troops.txt", gazetteer)}
    assert set(incidents) == {"ground_combat", "troop_deployment"}
    for i in incidents.values():
        assert i["place"] == "région de Koursk" and i["geo_precision"] == 3
        assert i["actor"] in (None, "KP")


def test_sample_attack_on_the_oblast_debris_on_the_town(gazetteer) -> None:
    incidents = {i["event"]: i for i in _sample("04_brovary_debris.txt", gazetteer)}
    assert set(incidents) == {"drone_strike", "debris"}
    assert incidents["drone_strike"]["place"] == "région de Kiev"
    assert incidents["debris"]["place"] == "Brovary" and incidents["debris"]["injured"] == 1
