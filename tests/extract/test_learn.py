"""The mention classifier (geo.learn): the shipped model, what it adds, and training it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.articles import read_article
from geo.cli import main
from geo.evaluate import _haversine
from geo.extract import extract
from geo.learn import BLOCK_KM, IncidentModel
from geo.models import EVENT_TYPES
from geo.training import train

HERE = Path(__file__).resolve().parent

DISPATCH = """Nuit agitée dans le Donbass

Publish date : 2025-03-12 08:00:00

Les habitants de Kostiantynivka ont passé la nuit dans les caves. Plus au nord, les unités \
ukrainiennes tiennent toujours les faubourgs de Siversk face à l'infanterie russe.
"""


def test_shipped_model_reads_and_names_events_only() -> None:
    model = IncidentModel.default()
    assert model is not None
    assert "none" in model.classes
    assert set(model.classes) - {"none"} <= set(EVENT_TYPES)
    assert model.threshold == 0.5
    raw = json.loads((HERE.parents[1] / "data" / "model" / "incidents.json").read_text(encoding="utf-8"))
    # trained on the team's own dispatches only: the seed articles stay a test
    assert "seeds" not in raw["trained_on"]
    assert {"data", "blind", "blind45"} <= set(raw["trained_on"])
    assert raw["rows"] > 9000


def test_probabilities_sum_to_one_and_no_evidence_adds_nothing() -> None:
    model = IncidentModel.default()
    probs = model.probabilities({})
    assert sum(probs.values()) == pytest.approx(1.0)
    assert max(probs, key=probs.get) == "none"
    assert model.predict({}) is None
    assert model.predict({"unknown-feature": 1.0}) is None


def test_fighting_told_without_a_cue_word_is_added(tmp_path: Path, gazetteer) -> None:
    path = tmp_path / "siversk.txt"
    path.write_text(DISPATCH, encoding="utf-8")
    article = read_article(path)
    assert extract(article, gazetteer=gazetteer, learned=False).incidents == []
    added = extract(article, gazetteer=gazetteer).incidents
    assert [(i.event, i.place, str(i.date)) for i in added] == [("ground_combat", "Siversk", "2025-03-12")]
    assert "faubourgs de Siversk" in added[0].evidence


@pytest.mark.parametrize("name", ["data", "blind38", "blind45"])
def test_learned_incidents_only_add_far_from_the_rules(name: str, gazetteer) -> None:
    """Each incident the classifier adds lies beyond BLOCK_KM of every other, or is a town or village
    of its own more than 3 km from a neighbour's (Soudja next to Martynovka, 8 km)."""

    def settlement(incident) -> bool:
        place = gazetteer.get(incident.gazetteer_id) if incident.gazetteer_id else None
        return place is not None and place.kind in ("city", "village")

    n_added = n_neighbours = 0
    for path in sorted((HERE / name).glob("*.txt")):
        article = read_article(path)
        rules = extract(article, gazetteer=gazetteer, learned=False).incidents
        both = extract(article, gazetteer=gazetteer).incidents
        assert [i.to_dict() for i in both[: len(rules)]] == [i.to_dict() for i in rules]
        added = both[len(rules) :]
        for k, a in enumerate(added):
            for b in rules + added[:k]:
                km = _haversine(a.lat, a.lon, b.lat, b.lon)
                if km <= BLOCK_KM:
                    assert km > 3.0 and settlement(a) and settlement(b) and a.place != b.place
                    n_neighbours += 1
        n_added += len(added)
    assert n_added > 0
    assert n_neighbours < n_added


def test_train_on_two_folders(tmp_path: Path, gazetteer) -> None:
    pytest.importorskip("sklearn")
    raw = train([HERE / "blind2", HERE / "blind3"], c=0.5, threshold=0.6, gazetteer=gazetteer)
    assert raw["trained_on"] == ["blind2", "blind3"]
    assert raw["rows"] > 100
    assert "none" in raw["classes"] and "drone_strike" in raw["classes"]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    model = IncidentModel.from_file(path)
    assert model.threshold == 0.6
    assert model.weights.shape == (len(raw["weights"]), len(model.classes))
    # weights are written as integers in thousandths; a file with decimals reads the same
    assert raw["scale"] == 1000
    assert all(isinstance(v, int) for column in raw["weights"].values() for v in column)
    assert any(v != 0 for column in raw["weights"].values() for v in column)
    decimals = {k: v for k, v in raw.items() if k != "scale"}
    decimals["weights"] = {n: [v / 1000 for v in column] for n, column in raw["weights"].items()}
    path.write_text(json.dumps(decimals), encoding="utf-8")
    assert (IncidentModel.from_file(path).weights == model.weights).all()


def test_train_model_command_names_a_folder_without_gold(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Un texte.", encoding="utf-8")
    result = CliRunner().invoke(main, ["train-model", str(tmp_path), "--out", str(tmp_path / "m.json")])
    assert result.exit_code == 2
    assert str(tmp_path) in result.output and "gold" in result.output
    assert not (tmp_path / "m.json").exists()
