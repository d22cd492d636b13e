"""Toponyms in context, against the real gazetteer, on sentences written for the tests."""

from __future__ import annotations

import pytest

from gazetteer.resolve import analyse, find_toponyms


def _by_surface(text: str, gazetteer) -> dict[str, object]:
    return {m.surface: m for m in find_toponyms(text, gazetteer)}


def test_offsets_point_into_the_text(gazetteer) -> None:
    text = "Des drones ont visé Izmaïl et Odessa."
    for m in find_toponyms(text, gazetteer):
        assert text[m.start : m.end] == m.surface
    assert [m.surface for m in find_toponyms(text, gazetteer)] == ["Izmaïl", "Odessa"]


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Moscou nie toute implication dans l'attaque.", "Moscou", "metonym"),
        ("Washington se dit inquiet de la situation.", "Washington", "metonym"),
        ("Les alliés occidentaux de Kiev hésitent encore.", "Kiev", "metonym"),
        ("Le porte-parole du Kremlin a démenti.", "Kremlin", "metonym"),
        ("Un contrat prévoit l'acquisition par Varsovie de nouveaux chars.", "Varsovie", "metonym"),
        ("Le chancelier était en visite à Washington mardi.", "Washington", "location"),
        ("Une explosion à Kiev a fait trois blessés.", "Kiev", "location"),
        ("La capitale Kiev a été visée par des missiles.", "Kiev", "location"),
        ("Les deux dirigeants se sont vus à la Maison-Blanche.", "Maison-Blanche", "location"),
        (
            "Bucarest, sans nommer l'auteur de l'attaque, a précisé que l'engin venait de l'est.",
            "Bucarest",
            "metonym",
        ),
        ("Quatre drones ont été abattus à l'approche de Moscou dans la nuit.", "Moscou", "location"),
        ("La capitale Kiev a été dans la nuit visée par des missiles.", "Kiev", "location"),
        ("Un drone approchant Moscou a été abattu vendredi.", "Moscou", "location"),
        ("Deux avions à destination de Chisinau ont été déroutés.", "Chisinau", "location"),
        ("Un avion prêt à décoller de Chisinau a été immobilisé.", "Chisinau", "location"),
        ("Le ministère a convoqué l'ambassadeur russe à Chisinau.", "Chisinau", "location"),
        ("L'ambassadeur de Moscou à Chisinau a été convoqué.", "Moscou", "metonym"),
    ],
    ids=[
        "nie",
        "se-dit",
        "allies-de",
        "kremlin",
        "par",
        "visite-a",
        "explosion-a",
        "passive",
        "a-la-maison-blanche",
        "incise-sans",
        "approche-de",
        "passive-adverbial",
        "approchant",
        "destination-de",
        "decoller-de",
        "ambassadeur-a",
        "ambassadeur-de",
    ],
)
def test_metonyms(gazetteer, text: str, surface: str, role: str) -> None:
    m = _by_surface(text, gazetteer)[surface]
    assert m.role == role


def test_region_prefers_the_oblast(gazetteer) -> None:
    ms = _by_surface("Des combats ont lieu dans la région de Koursk. Koursk la ville est calme.", gazetteer)
    oblast = find_toponyms("Des combats ont lieu dans la région de Koursk.", gazetteer)[0]
    assert oblast.place is not None and oblast.place.kind == "oblast" and oblast.place.country == "RU"
    assert "Koursk" in ms


def test_list_of_regions_are_oblasts(gazetteer) -> None:
    text = "Des drones ont visé les régions de Poltava, Soumy et Tcherkassy."
    kinds = [(m.surface, m.place.kind) for m in find_toponyms(text, gazetteer)]
    assert kinds == [("Poltava", "oblast"), ("Soumy", "oblast"), ("Tcherkassy", "oblast")]


def test_governor_of_is_the_oblast(gazetteer) -> None:
    m = find_toponyms("Le gouverneur d'Odessa a annoncé des coupures.", gazetteer)[0]
    assert m.place is not None and m.place.kind == "oblast"


def test_district_of_a_city(gazetteer) -> None:
    text = "L'engin a explosé dans le district de Lénine à Sébastopol."
    ms = find_toponyms(text, gazetteer)
    assert ms[0].surface == "district de Lénine"
    assert ms[0].place is not None and ms[0].place.kind == "district"
    assert abs(ms[0].place.lat - 44.6) < 0.2


@pytest.mark.parametrize(
    "text",
    [
        "Le secrétaire d'Etat Antony Blinken est arrivé.",
        "Le contrat bénéficie à Lockheed Martin.",
        "Kim Jong Un a salué le dirigeant russe.",
        "L'Otan et l'ONU ont réagi, comme le SBU.",
        "Les soldats russes et les drones ukrainiens.",
        "Des drones de type Shahed ont été tirés.",
        "Le croiseur Moskva a été touché.",
    ],
    ids=["person", "company", "korean-name", "organisations", "adjectives", "weapon", "ship"],
)
def test_not_toponyms(gazetteer, text: str) -> None:
    assert find_toponyms(text, gazetteer) == []


def test_glued_words_and_lower_case_parts(gazetteer) -> None:
    text = "La Russie frappe KievWashington promet une aide. La flotte de la mer Noire est visée."
    surfaces = [m.surface for m in find_toponyms(text, gazetteer)]
    assert surfaces == ["Russie", "Kiev", "Washington", "mer Noire"]


def test_transliteration_variants(gazetteer) -> None:
    ms = find_toponyms("Les secteurs de Gouliaïpolé et de Tchassiv Iar sont pilonnés.", gazetteer)
    places = {m.surface: m.place for m in ms}
    assert places["Gouliaïpolé"].admin1 == "Zaporizhzhia Oblast"
    assert places["Tchassiv Iar"].country == "UA"


def test_disambiguation_prefers_the_war_zone(gazetteer) -> None:
    ms = find_toponyms("Des frappes ont touché Pokrovsk et Tokmak.", gazetteer)
    assert [m.place.country for m in ms] == ["UA", "UA"]


def test_polity_and_container(gazetteer) -> None:
    infos = analyse("La Russie affirme que Sébastopol, en Crimée, a été attaquée.", gazetteer)
    by = {i.mention.surface: i for i in infos}
    assert by["Russie"].polity is True
    assert by["Crimée"].container is True
    assert by["Sébastopol"].polity is False and by["Sébastopol"].container is False


def test_media_names_and_bare_verbs(gazetteer) -> None:
    ms = _by_surface("France 24\n\nBucarest convoque l'ambassadeur russe.", gazetteer)
    assert "France" not in ms
    assert ms["Bucarest"].role == "metonym"


def test_origin_heading_label_and_river(gazetteer) -> None:
    infos = analyse("Des avions ont décollé de la base de Borcea vers Galați.", gazetteer)
    assert [i.origin for i in infos] == [True, False]
    infos = analyse("Danube : attaque de drones contre le port d'Izmaïl", gazetteer)
    assert infos[0].container is True and infos[1].container is False
    m = find_toponyms("La ville est située sur la rive droite du Dniepr.", gazetteer)[0]
    assert m.place is not None and m.place.kind == "river"


@pytest.mark.parametrize(
    "text",
    [
        "La Croix-Rouge a alerté.",
        "Selon Ouest-France, rien.",
        "Olga et Ivan sont arrivés.",
        "France 24 a filmé.",
    ],
    ids=["croix-rouge", "ouest-france", "first-names", "media"],
)
def test_more_non_toponyms(gazetteer, text: str) -> None:
    assert find_toponyms(text, gazetteer) == []


def test_world_cities_beat_homonymous_hamlets(gazetteer) -> None:
    ms = find_toponyms("Le sommet de New York puis une visite à Mykolaïv.", gazetteer)
    assert [m.place.country for m in ms] == ["US", "UA"]
    assert ms[1].place.population > 100000


def test_upper_case_datelines_and_acronyms(gazetteer) -> None:
    assert [m.surface for m in find_toponyms("KIEV (AFP) - Selon l'ONU et l'OTAN, rien.", gazetteer)] == [
        "KIEV"
    ]


def test_district_unknown_to_the_gazetteer(gazetteer) -> None:
    infos = analyse("Un obus est tombé dans le quartier de Zabalka à Kherson.", gazetteer)
    assert infos[0].mention.surface == "quartier de Zabalka"
    assert infos[0].mention.place.kind == "district" and infos[0].district_of.name == "Kherson"
    assert infos[1].container is True


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "Un drone a touché la centrale nucléaire de Zaporijjia dans la nuit.",
            "centrale nucléaire de Zaporijjia",
            "landmark",
        ),
        (
            "Les deux hommes ont visité le cosmodrome de Vostotchny mercredi.",
            "cosmodrome de Vostotchny",
            "landmark",
        ),
        ("Des drones ont été abattus au-dessus de la mer Noire.", "mer Noire", "sea"),
    ],
    ids=["centrale-nucleaire", "cosmodrome", "mer-noire"],
)
def test_names_that_start_with_a_generic_lower_case_word(text, surface, kind, gazetteer) -> None:
    found = _by_surface(text, gazetteer)
    assert surface in found, sorted(found)
    assert found[surface].place.kind == kind


def test_a_named_landmark_keeps_its_place_inside_a_distant_macro_region(gazetteer) -> None:
    text = "Les deux dirigeants se sont vus au cosmodrome de Vostotchny, dans l'Extrême-Orient russe."
    found = _by_surface(text, gazetteer)
    cosmodrome = found["cosmodrome de Vostotchny"].place
    assert (round(cosmodrome.lat), round(cosmodrome.lon)) == (52, 128)
    assert found["Extrême-Orient russe"].place.country == "RU"
