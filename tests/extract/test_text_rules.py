"""French dates, casualties, weapons and event cues on short sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from geo.casualties import find_casualties, find_weapons, parse_number
from geo.cues import actor_near, find_cues
from geo.dates import find_dates

WED = date(2024, 11, 13)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Les drones ont frappé dans la nuit de mardi à mercredi.", date(2024, 11, 13), "day"),
        ("L'attaque a eu lieu mardi soir.", date(2024, 11, 12), "day"),
        ("Il l'a dit ce mercredi 13 novembre.", date(2024, 11, 13), "day"),
        ("La rencontre du 3 mars 2021 à Minsk.", date(2021, 3, 3), "day"),
        ("Cette nuit, des explosions ont retenti.", WED, "day"),
        ("Hier, la ville a été touchée.", date(2024, 11, 12), "day"),
        ("Des débris ont été trouvés la semaine dernière.", date(2024, 11, 4), "week"),
        ("Cette semaine, les pilotes ont commencé.", date(2024, 11, 11), "week"),
        ("Depuis plusieurs mois, les livraisons continuent.", date(2024, 11, 1), "month"),
        ("Le 2 décembre, rien.", date(2023, 12, 2), "day"),
        # a day later in the anchor's own month is of that year, not of the year before
        ("Le 20 novembre, la réunion.", date(2024, 11, 20), "day"),
    ],
    ids=[
        "night",
        "weekday",
        "explicit",
        "absolute",
        "cette-nuit",
        "hier",
        "last-week",
        "this-week",
        "months",
        "past-year",
        "same-month",
    ],
)
def test_dates(text: str, expected: date, precision: str) -> None:
    found = find_dates(text, WED)
    assert found, text
    assert found[0].date == expected
    assert found[0].precision == precision


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Le bombardement a fait au moins trois morts et une dizaine de blessés.", 3, 10),
        ("« Quatre passants » ont été conduits à l'hôpital.", None, 4),
        ("Le gouverneur a fait état de 17 blessés.", None, 17),
        ("Une personne blessée par des éclats.", None, 1),
        ("La frappe a provoqué la mort d'un homme de 40 ans.", 1, None),
        ("L'attaque n'a pas fait de morts selon la mairie.", 0, None),
        ("Deux personnes ont été tuées et cinq blessées.", 2, 5),
        ("Le port a été touché, sans autre précision.", None, None),
    ],
    ids=[
        "at-least",
        "hospital",
        "fait-etat",
        "one-injured",
        "la-mort-d-un",
        "zero",
        "killed-and-injured",
        "none",
    ],
)
def test_casualties(text: str, killed: int | None, injured: int | None) -> None:
    c = find_casualties(text)
    assert (c.killed, c.injured) == (killed, injured)


def test_numbers_and_weapons() -> None:
    assert parse_number("quatre-vingt-dix") == 90
    assert parse_number("vingt et un") == 21
    assert parse_number("12 500") == 12500
    assert find_weapons("Au total, trois missiles et 45 drones ont été lancés.") == {
        "drones": 45,
        "missiles": 3,
    }
    assert find_weapons("plus de 60 drones Shahed") == {"drones": 60, "missiles": None}
    assert find_weapons("Aucune arme n'a été citée.") is None


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Des drones russes ont visé le port dans la nuit.", ["drone_strike"]),
        ("Une frappe de missiles a touché la gare.", ["missile_strike"]),
        ("L'artillerie a pilonné le village toute la matinée.", ["shelling"]),
        ("Une voiture piégée a explosé devant la mairie.", ["explosion"]),
        ("Des débris de drone sont tombés sur un toit.", ["debris"]),
        ("Onze drones ont été abattus par la défense aérienne.", ["air_defense"]),
        ("De violents combats se poursuivent autour de la ville.", ["ground_combat"]),
        ("Des soldats ont été déployés le long de la frontière.", ["troop_deployment"]),
        ("Les deux ministres se sont rencontrés au sommet de Vilnius.", ["meeting"]),
        ("Washington a approuvé la vente de chars au pays.", ["arms_transfer"]),
    ],
    ids=[
        "drone",
        "missile",
        "shelling",
        "car-bomb",
        "debris",
        "air-defense",
        "combat",
        "troops",
        "meeting",
        "arms",
    ],
)
def test_cues(text: str, events: list[str]) -> None:
    assert [c.event for c in find_cues(text) if c.factual] == events


def test_hypothetical_and_habitual_cues_are_not_factual() -> None:
    assert not [c for c in find_cues("Une éventuelle frappe sur la centrale inquiète.") if c.factual]
    assert not [c for c in find_cues("Les attaques de drones se multiplient contre les ports.") if c.factual]
    assert not [c for c in find_cues("L'armée pourrait lancer une offensive au printemps.") if c.factual]


def test_fire_kept_with_its_strike() -> None:
    assert [c.event for c in find_cues("Une frappe de missile a provoqué un incendie au dépôt.")] == [
        "missile_strike"
    ]


def test_actor() -> None:
    text = "Trois drones ukrainiens ont été abattus au-dessus de la région."
    cue = next(c for c in find_cues(text) if c.event == "air_defense")
    assert actor_near(text, 0, len(text), cue) == "RU"
    text = "Des drones russes ont visé le port."
    cue = find_cues(text)[0]
    assert actor_near(text, 0, len(text), cue) == "RU"


@pytest.mark.parametrize(
    "text",
    [
        "Depuis le début de l'invasion, les frappes russes ont tué des milliers de civils.",
        "Aucune frappe n'a touché la ville.",
        "Les drones frapperont encore, prévient l'armée.",
    ],
    ids=["since-the-start", "negated", "future"],
)
def test_background_negated_and_future_cues(text: str) -> None:
    assert not [c for c in find_cues(text) if c.factual]


def test_falling_drone_and_past_years() -> None:
    assert [c.event for c in find_cues("Un drone s'est abattu sur un immeuble.") if c.factual] == [
        "drone_strike"
    ]
    assert [c.event for c in find_cues("Deux drones ont été abattus.") if c.factual] == ["air_defense"]
    assert not [c for c in find_cues("La Russie a attaqué la Géorgie en 2008.") if c.factual]


def test_suspected_plots_and_others_injured() -> None:
    assert not [
        c for c in find_cues("Deux hommes soupçonnés de préparer des actes de sabotage.") if c.factual
    ]
    assert find_casualties("Deux morts ; six autres ont été blessées.").injured == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un dépôt a été frappé par des missiles de croisière ukrainiens, selon le gouverneur nommé par Moscou.",
            "UA",
        ),
        ("Des drones russes ont touché un silo près du port.", "RU"),
        ("Une attaque ukrainienne a visé une base, a déclaré la Russie.", "UA"),
        ("Des soldats nord-coréens ont pris part à des combats contre les forces ukrainiennes.", "KP"),
    ],
    ids=["weapon-adjective", "drones-russes", "attaque-ukrainienne", "target-is-not-actor"],
)
def test_actor_from_the_weapon_or_attacker(text: str, expected: str) -> None:
    cue = next(c for c in find_cues(text) if c.factual)
    assert actor_near(text, 0, len(text), cue, place_country="UA") == expected


def test_debris_found_by_a_country_is_not_its_act() -> None:
    text = "Des morceaux d'un drone ont été ramassés par des gardes-frontières roumains sur la berge."
    cue = next(c for c in find_cues(text) if c.event == "debris")
    assert actor_near(text, 0, len(text), cue, place_country="RO") is None


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Trois ouvriers de l'usine ont été blessés.", None, 3),
        ("Deux passagers du bus ont été tués et neuf autres blessés.", 2, 9),
        ("Quatre secouristes ont été blessés par une seconde frappe.", None, 4),
        ("Sept personnes, dont deux enfants, ont été tuées.", 7, None),
        ("L'obus a tué un retraité et blessé deux riverains.", 1, 2),
        ("Une trentaine de blessés ont été hospitalisés.", None, 30),
    ],
)
def test_casualty_nouns_are_general(text: str, killed, injured) -> None:
    c = find_casualties(text)
    assert (c.killed, c.injured) == (killed, injured)
