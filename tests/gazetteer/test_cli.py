"""`incimap gazetteer lookup/build` through click's runner (real gazetteer)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from geo.cli import main


def test_lookup_json_one_line_per_name() -> None:
    result = CliRunner().invoke(main, ["gazetteer", "lookup", "--json", "--limit", "2", "Tokmak", "Soumy"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["query"] == "Tokmak"
    top = first["results"][0]
    assert set(top) == {"name", "name_fr", "lat", "lon", "kind", "country", "admin1", "id", "score"}
    assert (top["id"], top["country"], top["admin1"]) == ("geonames:691469", "UA", "Zaporizhzhia Oblast")
    assert json.loads(lines[1])["results"][0]["name"] == "Sumy"


def test_lookup_text_country_and_kind() -> None:
    result = CliRunner().invoke(
        main, ["gazetteer", "lookup", "--country", "RU", "--kind", "oblast", "Koursk"]
    )
    assert result.exit_code == 0, result.output
    assert "Koursk [oblast]" in result.output
    assert "RU" in result.output


def test_lookup_no_match() -> None:
    result = CliRunner().invoke(main, ["gazetteer", "lookup", "--json", "Xqzzyvwk"])
    assert result.exit_code == 0
    assert json.loads(result.output) == {"query": "Xqzzyvwk", "results": []}


def test_lookup_bad_input_is_a_clear_error() -> None:
    result = CliRunner().invoke(main, ["gazetteer", "lookup", "  "])
    assert result.exit_code == 2
    assert "incimap: error:" in result.output and "blank" in result.output
    result = CliRunner().invoke(main, ["gazetteer", "lookup", "--country", "Ukraine", "Kiev"])
    assert result.exit_code == 2
    assert "alpha-2" in result.output


def test_build_is_idempotent() -> None:
    result = CliRunner().invoke(main, ["gazetteer", "build"])
    assert result.exit_code == 0, result.output
    assert "gazetteer:" in result.output and "places" in result.output
    assert "boundaries:" in result.output
