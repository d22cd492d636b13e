"""Incidents from short articles written for the tests, and de-duplication across articles."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from geo.articles import parse_article
from geo.cli import main
from geo.dedupe import deduplicate
from geo.extract import extract, extract_incidents

TEXT = (
    "Guerre en Ukraine : nuit d'attaques sur le sud du pays\n\n"
    "Des drones russes ont frappé dans la nuit de lundi à mardi le port de Reni, sur le Danube. "
    "« Trois employés » ont été transportés à l'hôpital, selon le gouverneur d'Odessa. "
    "La défense aérienne affirme que la plupart des drones ont été abattus.\n"
    "Plus tôt lundi, un bombardement a touché Kherson, tuant deux civils.\n"
    "Moscou nie toute frappe contre des civils.\n"
    "Lire Aussi :  une explosion à Kiev\n\n"
    "Publish date : 2024-08-13 09:00:00\n"
)


def _article(article_id: str = "t1", text: str = TEXT):
    return parse_article(text, article_id=article_id)


def test_incidents(gazetteer) -> None:
    ex = extract(_article(), gazetteer=gazetteer)
    got = {(i.event, i.place): i for i in ex.incidents}
    assert set(got) == {("drone_strike", "Reni"), ("shelling", "Kherson")}
    reni = got[("drone_strike", "Reni")]
    assert reni.date == date(2024, 8, 13) and reni.date_precision == "day"
    assert reni.injured == 3 and reni.killed is None
    assert reni.actor == "RU" and reni.geo_precision == 1
    assert reni.country == "UA" and reni.admin1 == "Odesa Oblast"
    assert reni.gazetteer_id and reni.sources[0]["article"] == "t1"
    assert TEXT[reni.start : reni.end].startswith("Des drones russes")
    kherson = got[("shelling", "Kherson")]
    assert kherson.killed == 2 and kherson.date == date(2024, 8, 12)
    # the metonym and the "Lire Aussi" link give no incident
    assert all(i.place != "Kiev" and i.place != "Moscou" for i in ex.incidents)
    assert [m.role for m in ex.mentions if m.surface == "Moscou"] == ["metonym"]


def test_to_dict_contract(gazetteer) -> None:
    d = extract(_article(), gazetteer=gazetteer).to_dict()
    assert set(d) == {"article", "title", "published", "url", "toponyms", "incidents"}
    assert d["published"] == "2024-08-13"
    top = d["toponyms"][0]
    assert set(top) == {
        "surface",
        "start",
        "end",
        "name",
        "lat",
        "lon",
        "kind",
        "country",
        "admin1",
        "gazetteer_id",
        "role",
        "confidence",
    }
    inc = d["incidents"][0]
    for key in (
        "id",
        "event",
        "place",
        "lat",
        "lon",
        "geo_precision",
        "date",
        "date_precision",
        "killed",
        "injured",
        "weapons",
        "actor",
        "evidence",
        "start",
        "end",
    ):
        assert key in inc
    json.dumps(d, ensure_ascii=False)


def test_region_list_and_weapons(gazetteer) -> None:
    text = (
        "Attaque massive\n\nDans la nuit de mardi à mercredi, les forces russes ont tiré quatre missiles et 60 drones "
        "sur les régions de Poltava, Soumy et Kharkiv.\nPublish date : 2024-11-13 10:00:00\n"
    )
    incs = extract_incidents(_article("t2", text), gazetteer=gazetteer)
    assert sorted(i.place for i in incs) == ["région de Kharkiv", "région de Poltava", "région de Soumy"]
    assert all(i.geo_precision == 3 and i.date == date(2024, 11, 13) for i in incs)
    assert all(i.weapons == {"drones": 60, "missiles": 4} for i in incs)


def test_hypothetical_gives_no_incident(gazetteer) -> None:
    text = "Titre de la dépêche du jour\n\nUne éventuelle frappe sur Zaporijjia inquiète l'AIEA.\n"
    assert extract_incidents(_article("t3", text), gazetteer=gazetteer) == []


def test_dedupe_across_articles(gazetteer) -> None:
    a = extract_incidents(_article("a1"), gazetteer=gazetteer)
    b = extract_incidents(
        _article("a2", TEXT.replace("Trois employés", "Quatre employés")), gazetteer=gazetteer
    )
    merged = deduplicate(a + b)
    assert len(merged) == len(a)
    reni = next(i for i in merged if i.place == "Reni")
    assert [s["article"] for s in reni.sources] == ["a1", "a2"]
    assert reni.injured == 3  # the most conservative figure


def test_cli_extract_geojson(tmp_path: Path, gazetteer) -> None:
    for name in ("a1", "a2"):
        (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["extract", "--format", "geojson", str(tmp_path / "a1.txt"), str(tmp_path / "a2.txt")]
    )
    assert result.exit_code == 0, result.output
    fc = json.loads(result.stdout)
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    assert len(fc["features"]) == 2
    reni = next(f for f in fc["features"] if f["properties"]["place"] == "Reni")
    lon, lat = reni["geometry"]["coordinates"]
    assert 28 < lon < 29 and 45 < lat < 46


def test_cli_published_option(tmp_path: Path, gazetteer) -> None:
    p = tmp_path / "nodate.txt"
    p.write_text("Titre de la dépêche du jour\n\nDes drones ont frappé Kherson mardi.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--published", "2024-08-15", str(p)])
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert d["published"] == "2024-08-15"
    assert d["incidents"][0]["date"] == "2024-08-13"
    bad = CliRunner().invoke(main, ["extract", "--published", "15/08/2024", str(p)])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_untrusted_text_never_crashes(gazetteer) -> None:
    import random

    rng = random.Random(7)
    alphabet = "abcdeéèàïKIEVkiev’'«»“”-–.,;:!?()\n\t 0123456789⇒…ДЖЯ" + "ОдесаХарків"
    words = TEXT.split()
    for n in range(12):
        if n % 2:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3000)))
        else:
            text = "".join(rng.choice(words) for _ in range(rng.randint(1, 400)))  # glued words
        d = extract(parse_article(text, article_id=f"r{n}"), gazetteer=gazetteer).to_dict()
        for t in d["toponyms"]:
            assert text[t["start"] : t["end"]] == t["surface"]
        json.dumps(d)


def test_caption_of_two_leaders_is_a_meeting(gazetteer) -> None:
    text = (
        "Titre de la dépêche du jour\n\n"
        "Le président turc Recep Erdogan et le chancelier allemand Olaf Scholz, le 3 mars 2023 à Ankara\n"
    )
    incs = extract_incidents(_article("cap", text), gazetteer=gazetteer)
    assert [(i.event, i.place, i.date) for i in incs] == [("meeting", "Ankara", date(2023, 3, 3))]


def test_place_named_in_the_next_sentence(gazetteer) -> None:
    text = "Titre de la dépêche du jour\n\nDes drones ont frappé cette nuit. À Kharkiv, trois immeubles sont endommagés.\n"
    incs = extract_incidents(_article("nx", text), gazetteer=gazetteer)
    assert [(i.event, i.place) for i in incs] == [("drone_strike", "Kharkiv")]
    text = (
        "Titre de la dépêche du jour\n\nDes drones ont frappé cette nuit. Le gouverneur de Kharkiv a parlé.\n"
    )
    assert extract_incidents(_article("ny", text), gazetteer=gazetteer) == []


def test_explosions_heard_and_interceptions_fold_into_the_strike(gazetteer) -> None:
    text = (
        "Titre de la dépêche du jour\n\nDes explosions ont retenti à Kharkiv dans la nuit. La défense aérienne a "
        "abattu 12 drones au-dessus de Kharkiv. Des drones ont frappé Kharkiv, blessant trois personnes.\n"
    )
    incs = extract_incidents(_article("ex", text), gazetteer=gazetteer)
    assert [(i.event, i.place, i.injured) for i in incs] == [("drone_strike", "Kharkiv", 3)]


def test_blast_in_a_region_then_city_and_the_next_day(gazetteer) -> None:
    text = (
        "Titre de la dépêche du jour\n\nDes explosions ont frappé lundi un bâtiment officiel de la région "
        "séparatiste de Transnistrie, à Tiraspol.\nLe lendemain, une explosion a détruit une antenne à Tiraspol.\n"
        "Publish date : 2022-04-25 18:00:00\n"
    )
    incs = extract_incidents(_article("tr", text), gazetteer=gazetteer)
    assert [(i.event, i.place, i.date) for i in incs] == [
        ("explosion", "Tiraspol", date(2022, 4, 25)),
        ("explosion", "Tiraspol", date(2022, 4, 26)),
    ]
