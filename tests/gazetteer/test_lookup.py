"""Gazetteer.lookup / candidates / get / iter_names / reverse against the real built gazetteer."""

from __future__ import annotations

import pytest

from gazetteer.db import Gazetteer, GazetteerQueryError, haversine_km
from gazetteer.errors import GazetteerError
from gazetteer.fold import fold

#: (query, expected id, why) — the known traps of DESIGN.md and issue 3.
TRAPS = [
    ("Pokrovsk", "geonames:704422", "Pokrovsk, Donetsk oblast, not Engels (alt name Pokrovsk)"),
    ("Tokmak", "geonames:691469", "Tokmak, Zaporizhzhia oblast, not Tokmok (Kyrgyzstan)"),
    ("Ukraine", "geonames:690791", "the country, not a village"),
    ("Vostotchny", "incimap:landmarks:vostochny-cosmodrome", "the cosmodrome, not a village Vostochnyy"),
    ("Gouliaïpolé", "geonames:707898", "Huliaipole, Zaporizhzhia oblast, not the homonym 707897"),
    ("Kiev", "geonames:703448", "the city"),
    ("Kyiv", "geonames:703448", "the city"),
    ("Kyïv", "geonames:703448", "the city"),
    ("Odessa", "geonames:698740", "the Ukrainian city, not Odessa (Texas)"),
    ("Moscou", "geonames:524901", "Moscow"),
    ("Washington", "geonames:4140963", "Washington DC"),
    ("Londres", "geonames:2643743", "London"),
    ("Bruxelles", "geonames:2800866", "Brussels"),
    ("Hanoï", "geonames:1581130", "Hanoi"),
    ("Koursk", "geonames:538560", "the city of Kursk out of context"),
    ("Etats-Unis", "geonames:6252001", "the country, without accent"),
    ("Royaume Uni", "geonames:2635167", "the country, space for hyphen"),
    ("Corée du Nord", "geonames:1873107", "North Korea"),
    ("Pyongyang", "geonames:1871859", "the capital"),
    ("Izmaïl", "geonames:707308", "Izmail"),
    ("Kirovograd", "geonames:705812", "the city (renamed Kropyvnytskyi)"),
    ("Robotyné", "incimap:villages:robotyne", "a front-line village missing from cities500"),
    ("mer Noire", "incimap:seas:black-sea", "a sea"),
    ("Vieux continent", "geonames:6255148", "Europe (periphrasis)"),
    ("Maison Blanche", "incimap:landmarks:white-house", "the landmark, not the Paris quartier"),
    ("Balakliia", "geonames:712926", "the town (alternate name), not a village of 500 (main name)"),
    ("Youjne", "geonames:687997", "Pivdenne, the renamed port town near Odesa"),
]


@pytest.mark.parametrize(("query", "expected", "why"), TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_resolves_top1(gaz: Gazetteer, query: str, expected: str, why: str) -> None:
    hits = gaz.lookup(query, limit=3)
    assert hits, why
    assert hits[0].id == expected, f"{query}: {why}; got {hits[0]}"


def test_huliaipole_record(gaz: Gazetteer) -> None:
    place = gaz.lookup("Gouliaïpolé", limit=1)[0]
    assert place.admin1 == "Zaporizhzhia Oblast"
    assert place.country == "UA"
    assert place.population > 10_000
    assert place.lat == pytest.approx(47.667, abs=0.01)
    assert place.lon == pytest.approx(36.256, abs=0.01)


@pytest.mark.parametrize(
    ("query", "expected_name"),
    [
        ("Koursk", "Kursk Oblast"),
        ("Kiev", "Kyiv Oblast"),
        ("Odessa", "Odesa Oblast"),
        ("Zaporijjia", "Zaporizhzhia Oblast"),
        ("Kirovograd", "Kirovohrad Oblast"),
        ("Tcherniguiv", "Chernihiv Oblast"),
        ("Belgorod", "Belgorod Oblast"),
        ("Voronej", "Voronezh Oblast"),
        ("Tulcea", "Tulcea County"),
        ("Gagaouzie", "Gagauzia"),
    ],
    ids=lambda v: str(v),
)
def test_oblast_filter(gaz: Gazetteer, query: str, expected_name: str) -> None:
    hits = gaz.lookup(query, kind="oblast", limit=1)
    assert hits[0].name == expected_name
    assert hits[0].kind == "oblast"


def test_crimea_is_a_region_and_sevastopol_a_city(gaz: Gazetteer) -> None:
    crimea = gaz.lookup("Crimée", limit=1)[0]
    assert (crimea.kind, crimea.country, crimea.name_fr) == ("region", "UA", "Crimée")
    sev = gaz.lookup("Sébastopol", limit=1)[0]
    assert (sev.kind, sev.admin1, sev.name_fr) == ("city", "Sevastopol", "Sébastopol")
    district = gaz.lookup("district de Gagarine", limit=1)[0]
    assert district.kind == "district"
    assert haversine_km(district.lat, district.lon, 44.5844, 33.4381) < 1


def test_oblast_french_name_and_admin1_of_cities(gaz: Gazetteer) -> None:
    kursk_oblast = gaz.lookup("région de Koursk", limit=1)[0]
    assert (kursk_oblast.name, kursk_oblast.name_fr, kursk_oblast.kind) == (
        "Kursk Oblast",
        "Koursk",
        "oblast",
    )
    brovary = gaz.lookup("Brovary", limit=1)[0]
    assert (brovary.admin1, brovary.country) == ("Kyiv Oblast", "UA")
    tulcea = gaz.lookup("Nufăru", limit=1)[0]
    assert (tulcea.admin1, tulcea.country) == ("Tulcea County", "RO")


def test_country_filter(gaz: Gazetteer) -> None:
    assert gaz.lookup("Odessa", country="us", limit=1)[0].admin1 == "Texas"
    assert all(p.country == "RU" for p in gaz.lookup("Pokrovsk", country="RU"))
    assert gaz.lookup("Pokrovsk", country="RU", limit=1)[0].id == "geonames:2017824"


def test_scores_by_tier(gaz: Gazetteer) -> None:
    assert gaz.lookup("Kharkiv", limit=1)[0].score == 1.0  # exact
    assert gaz.lookup("kharkiv", limit=1)[0].score == pytest.approx(0.97)  # folded, main name
    assert gaz.lookup("Vougledar", limit=1)[0].score >= 0.8  # variant (or table alt)
    fuzzy = gaz.lookup("Zaporizjzhia", limit=1)[0]  # typo
    assert fuzzy.name == "Zaporizhzhya"
    assert 0 < fuzzy.score <= 0.7


def test_fuzzy_can_be_disabled(gaz: Gazetteer) -> None:
    assert gaz.lookup("Zaporizjzhia", fuzzy=False) == []
    assert gaz.lookup("Xqzzyv", limit=3) == []


def test_limit(gaz: Gazetteer) -> None:
    assert len(gaz.lookup("Washington", limit=2)) == 2


def test_candidates_has_no_fuzzy_and_is_ranked(gaz: Gazetteer) -> None:
    cands = gaz.candidates("Pokrovsk")
    assert cands[0].id == "geonames:704422"
    assert {p.id for p in cands} >= {"geonames:704422", "geonames:563464"}
    assert gaz.candidates("Zaporizjzhia") == []
    assert gaz.candidates("de") == [] or all(p.score <= 1 for p in gaz.candidates("de"))


def test_get(gaz: Gazetteer) -> None:
    kyiv = gaz.get("geonames:703448")
    assert kyiv is not None and kyiv.name == "Kyiv" and kyiv.name_fr == "Kiev"
    assert gaz.get("geonames:0") is None


def test_iter_names_are_folded(gaz: Gazetteer) -> None:
    pairs = {}
    for name, place_id in gaz.iter_names():
        assert name == fold(name)
        if place_id in ("geonames:707308", "geonames:2635167"):
            pairs.setdefault(place_id, set()).add(name)
    assert "izmail" in pairs["geonames:707308"]
    assert {"royaume-uni", "royaume uni"} <= pairs["geonames:2635167"]


@pytest.mark.parametrize(
    ("lat", "lon", "name", "admin1", "country"),
    [
        (50.511, 30.791, "Brovary", "Kyiv Oblast", "UA"),
        (45.35, 28.84, "Izmayil", "Odesa Oblast", "UA"),
        (51.73, 36.19, "Kursk", "Kursk Oblast", "RU"),
        (45.18, 28.80, "Tulcea", "Tulcea County", "RO"),
    ],
    ids=["Brovary", "Izmail", "Kursk", "Tulcea"],
)
def test_reverse(gaz: Gazetteer, lat: float, lon: float, name: str, admin1: str, country: str) -> None:
    place = gaz.reverse(lat, lon)
    assert place is not None
    assert (place.name, place.admin1, place.country) == (name, admin1, country)


def test_reverse_far_from_everything(gaz: Gazetteer) -> None:
    assert gaz.reverse(0.0, -160.0) is None


@pytest.mark.parametrize(
    "bad",
    ["", "   ", None, 42, "x" * 500],
    ids=["empty", "blank", "None", "int", "too-long"],
)
def test_bad_queries_raise_clear_errors(gaz: Gazetteer, bad: object) -> None:
    with pytest.raises(GazetteerQueryError, match="place name"):
        gaz.lookup(bad)  # type: ignore[arg-type]
    with pytest.raises(GazetteerError):
        gaz.candidates(bad)  # type: ignore[arg-type]


def test_bad_filters(gaz: Gazetteer) -> None:
    with pytest.raises(GazetteerQueryError, match="unknown kind 'town'"):
        gaz.lookup("Kiev", kind="town")
    with pytest.raises(GazetteerQueryError, match="alpha-2"):
        gaz.lookup("Kiev", country="Ukraine")
    with pytest.raises(GazetteerQueryError, match="limit"):
        gaz.lookup("Kiev", limit=0)
    with pytest.raises(GazetteerQueryError, match="out of range"):
        gaz.reverse(95.0, 30.0)


@pytest.mark.parametrize(
    "text",
    ["Ukraine\x00", "<script>alert(1)</script>", "🇺🇦 Kyiv", "'; DROP TABLE places; --", "ДНР", "----"],
    ids=["nul", "html", "emoji", "sql", "cyrillic", "dashes"],
)
def test_untrusted_text_never_crashes(gaz: Gazetteer, text: str) -> None:
    hits = gaz.lookup(text)
    assert isinstance(hits, list)
    assert all(0 <= p.score <= 1 for p in hits)


@pytest.mark.parametrize(
    ("query", "admin1"),
    [
        ("Krynky", "Kherson Oblast"),
        ("Blahodatne", "Donetsk Oblast"),
        ("Zarichne", "Donetsk Oblast"),
        ("Soudja", "Kursk Oblast"),
        ("Neskoutchne", "Donetsk Oblast"),
        ("Verbove", "Zaporizhzhia Oblast"),
    ],
    ids=["Krynky", "Blahodatne", "Zarichne", "Soudja", "Neskoutchne", "Verbove"],
)
def test_homonym_villages_prefer_the_war_zone(gaz: Gazetteer, query: str, admin1: str) -> None:
    # many Ukrainian villages share a name: out of context, the one near the front wins
    hits = gaz.lookup(query, limit=3)
    assert hits[0].admin1 == admin1
    assert hits[0].kind in ("city", "village")
