"""The scorer on a tiny hand-made gold (the rules of GOLD.md, "How the acceptance figures are computed")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.errors import IncimapError
from geo.evaluate import load_gold, score

GOLD = [
    {
        "type": "toponym",
        "article": "a",
        "surface": "Kiev",
        "start": 0,
        "end": 4,
        "kind": "city",
        "lat": 50.45,
        "lon": 30.52,
    },
    {
        "type": "toponym",
        "article": "a",
        "surface": "Moscou",
        "start": 10,
        "end": 16,
        "kind": "metonym",
        "lat": 55.75,
        "lon": 37.62,
    },
    {
        "type": "toponym",
        "article": "a",
        "surface": "Ukraine",
        "start": 20,
        "end": 27,
        "kind": "country",
        "lat": 49.0,
        "lon": 32.0,
    },
    {
        "type": "incident",
        "article": "a",
        "event": "drone_strike",
        "event_alt": ["missile_strike"],
        "lat": 50.45,
        "lon": 30.52,
        "date": "2024-11-13",
        "date_precision": "day",
        "scope": "core",
        "place_in_text": True,
    },
    {
        "type": "incident",
        "article": "a",
        "event": "debris",
        "lat": 49.0,
        "lon": 32.0,
        "date": "2024-11-01",
        "date_precision": "month",
        "scope": "core",
        "place_in_text": True,
    },
    {
        "type": "incident",
        "article": "a",
        "event": "meeting",
        "lat": None,
        "lon": None,
        "date": "2024-11-13",
        "scope": "related",
        "place_in_text": False,
    },
    {
        "type": "incident",
        "article": "a",
        "event": "explosion",
        "lat": 50.45,
        "lon": 30.52,
        "date": None,
        "scope": "boilerplate",
        "place_in_text": True,
    },
]


def _top(
    surface: str, start: int, role: str = "location", lat: float | None = 50.45, lon: float | None = 30.52
) -> dict:
    return {
        "surface": surface,
        "start": start,
        "end": start + len(surface),
        "role": role,
        "lat": lat,
        "lon": lon,
    }


def test_scoring_rules() -> None:
    pred = {
        "article": "a",
        "toponyms": [
            _top("Kiev", 0, lat=50.46, lon=30.53),  # matched, within 10 km
            _top("Moscou", 10),  # a metonym mapped as a place: not a false positive
            _top("Ukraine", 20, lat=None, lon=None),  # matched without coordinates: 20,038 km
            _top("Nulle", 40),  # false positive
        ],
        "incidents": [
            {"event": "missile_strike", "lat": 50.5, "lon": 30.6, "date": "2024-11-13"},  # event_alt, 8 km
            {"event": "debris", "lat": 49.1, "lon": 32.1, "date": "2024-11-05"},  # month precision: 2024-11
            {"event": "fire", "lat": 10.0, "lon": 10.0, "date": None},  # unmatched
        ],
    }
    s = score([pred], GOLD)
    assert (s.counts["toponym_tp"], s.counts["toponym_fp"], s.counts["toponym_fn"]) == (2, 1, 0)
    assert s.toponym_precision == pytest.approx(2 / 3)
    assert s.metonyms_not_mapped == 0.0
    assert s.accuracy_161km == 0.5 and s.towns_10km == 1.0
    assert s.counts["incident_gold"] == 2  # no coordinates and boilerplate lines are not scored
    assert s.incident_precision == pytest.approx(2 / 3) and s.incident_recall == 1.0
    assert s.date_accuracy == 1.0


def test_load_gold_errors(tmp_path: Path) -> None:
    with pytest.raises(IncimapError, match="not found"):
        load_gold(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"type": "toponym"}) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(IncimapError, match=r"bad.jsonl:2"):
        load_gold(bad)
