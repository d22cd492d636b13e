"""From an article to its incidents: toponyms, sentences, cues, places, dates, counts.

For each sentence outside the page furniture: the event cues
(:mod:`geo.cues`), the sentence's places (toponyms that locate something:
not metonyms, not states acting as actors, not containers such as « en
Russie » after « Vladivostok », not titles such as « gouverneur d'Odessa »),
each place taking the nearest cue (a list « les régions de X, Y et Z » shares
its cue), the date (the sentence's own date expression, else the last one of
its paragraph, else the publication date), casualties and weapons. A cue with
no place completes the previous incident of the paragraph (« Deux passants
ont été hospitalisés », « la plupart ont été interceptés »). Incidents of
one article reporting the same event at the same place are merged; a
country-level or region-level report is folded into a more precise one of
the same event.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from gazetteer._regex import guard_all, lower_unsafe
from gazetteer.mention import Mention
from gazetteer.place import Place
from gazetteer.resolve import MentionInfo, analyse, is_capital
from geo.articles import Span, boilerplate_spans, dateline_at, sections, sentences
from geo.casualties import Casualties, find_casualties, find_weapons, parse_number
from geo.cues import (
    AUXILIARY,
    CAMPAIGN_RE,
    NEXT_EVENT_BEFORE_RE,
    NEXT_WEAPON_CLAUSE_RE,
    SIMILAR_AFTER_RE,
    Cue,
    actor_near,
    air_weapon_event,
    find_cues,
    first_weapon_event,
    guns_named,
    last_weapon_event,
    main_weapon_event,
    nationality_spans,
    weapon_events,
    while_side,
)
from geo.dates import MONTHS, WEEKDAYS, DateMention, find_dates
from geo.learn import BLOCK_KM, IncidentModel, fold_tokens, mention_features
from geo.models import Article, Incident

__all__ = ["Extraction", "candidate_features", "extract", "extract_incidents"]

logger = logging.getLogger(__name__)

_AREA = {"country", "oblast", "region", "sea", "river", "continent"}
_STRIKES = {"missile_strike", "drone_strike", "shelling"}
#: Events created at the paragraph's earlier place when their sentence names none.
_TOPIC_EVENTS = {"debris", "explosion", "sabotage", "other"}
#: Events that are no physical act of war (see _extract: a place of both goes to the physical one)
_NOT_PHYSICAL = frozenset({"other", "meeting", "arms_transfer"})
#: « après la chute d'un drone », « suite à une explosion », « en raison des bombardements »: the cause
#: of what the clause tells before it
_CAUSE_BEFORE_RE = re.compile(
    r"\b(?:après|suite\s+à|à\s+la\s+suite\s+d[eu’']|en\s+raison\s+d[eu’']|à\s+cause\s+d[eu’'])\s*(?:la\s+|l[’']\s*|une?\s+|des\s+)?(?:\S+\s+){0,6}?$",
    re.I,
)
#: Events that may be placed on a state named as an actor when nothing else is named.
_POLITY_OK = {"debris", "other", "explosion", "troop_deployment"}
#: Events whose place may be named in the next sentence (« Des drones ont frappé cette nuit. À Kharkiv, ... »).
_PENDING_EVENTS = {
    "meeting",
    "missile_strike",
    "drone_strike",
    "shelling",
    "explosion",
    "debris",
    "ground_combat",
}
_LOCATIVE_BEFORE_RE = re.compile(
    r"(?:\b(?:à|a|en|au|aux|dans|sur|contre|vers|toute|partout|survol\w*|sol|territoire|ciel|aérien|région|ville|port|village|"
    r"localité|banlieue|district|près|abords|large|nord|sud|est|ouest|centre|secteurs?|front|dessus|visé|frappé|touché|"
    r"attaqué|bombardé|ciblé|pilonné|visant|ciblant|pilonnant|frappant|touchant|bombardant|attaquant)\s+"
    r"(?:de\s+|d[’']\s*|du\s+|des\s+)?(?:la\s+|le\s+|l[’']\s*|les\s+)?$)",
    re.I,
)
#: « attribuées à la Russie », « imputée à l'Ukraine »: the country an act is ascribed to
_ASCRIBED_BEFORE_RE = re.compile(
    r"\b(?:attribuée?s?|imputée?s?|reprochée?s?)\s+(?:\w+\s+)?à\s+(?:la\s+|l[’']\s*|le\s+)?$"
    # (« les États qui livrent des drones à la Russie »: the state supplied, not where a drone fell)
    r"|\b(?:fournissant|fournir|fournit|fournissent|livrant|livrer|livrent)\s+(?:des\s+|de\s+|d[’']\s*)?"
    r"(?:\S+\s+){1,3}?à\s+(?:la\s+|l[’']\s*|le\s+)?$"
    # (« l'état-major de l'opération russe en Ukraine »: the war's name, not a place of its events)
    r"|\b(?:opération|invasion)\s+(?:militaire\s+)?(?:spéciale\s+)?(?:russe\s+)?en\s+$",
    re.I,
)
_PASSIVE_AFTER_RE = re.compile(
    r"^\s*(?:a\s+été\s+|est\s+|ont\s+été\s+|sont\s+)?(?:de\s+nouveau\s+)?(?:visée?s?|frappée?s?|touchée?s?|"
    r"attaquée?s?|bombardée?s?|ciblée?s?|pilonnée?s?)\b",
    re.I,
)


@dataclass(slots=True)
class Extraction:
    """The toponyms and incidents of one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The JSON line of the ``extract --format jsonl`` contract."""
        a = self.article
        return {
            "article": a.id,
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "url": a.url,
            "toponyms": [m.to_dict() for m in self.mentions],
            "incidents": [i.to_dict() for i in self.incidents],
        }


@dataclass(slots=True)
class _Draft:
    event: str
    info: MentionInfo
    place: Place
    date: date | None
    precision: str
    date_default: bool
    sentence: Span
    section: int
    casualties: Casualties
    weapons: dict | None
    actor: str | None
    geo_precision: int
    #: the index of the first mention of the list the place is named in (« X, Y et Z »), -1 when none
    list_head: int = -1
    generic: bool = False
    #: the actor comes from a nationality word of the sentence, not from a default
    actor_explicit: bool = False
    #: the draft comes from the article's title (a summary of the body)
    headline: bool = False
    #: the cue names a campaign (« l'incursion », « l'offensive »), not one day's fighting
    campaign: bool = False
    #: the sentence tells a wave of attacks (« de multiples attaques de drones », « une attaque massive »)
    wave: bool = False
    #: the sentence places an attack told before (« lors de cette attaque contre la ville de X »)
    this_attack: bool = False
    #: the cue says the event is another one (« un autre bombardement », « d'autres attaques »)
    another: bool = False
    #: the cue's clause says it happened again (« à nouveau », « de nouvelles frappes »)
    again: bool = False
    #: the cue names an attack already told (« l'attaque », « cette frappe », no weapon of its own)
    told: bool = False
    #: the sentence is told in the pluperfect (« des drones avaient endommagé »)
    pluperfect: bool = False
    #: the strike types of a strike whose sentence names several kinds of weapons (« une attaque de
    #: missiles et de drones », « des attaques de drones et d'artillerie »); empty when one or none
    mixed: frozenset[str] = frozenset()
    #: a town's fall told in an apposition to its name (« Marinka, conquise fin 2023 »)
    apposed: bool = False
    #: the date is the day of a report set after the event (« …, ont indiqué lundi les autorités »)
    reported: bool = False
    #: the day of such a report, once the event's own day told elsewhere replaced it
    report_day: date | None = None
    #: an explosion told as a blast felt (« le souffle de l'explosion »), the consequence of a strike
    blast: bool = False
    #: the id of the region whose strike this fire or blast locates (see _consolidate)
    caused_in: str | None = None
    #: the time of day the sentence gives (minutes after midnight: « vers 07h30 », « à midi »), if any
    clock: int | None = None
    #: the ages of the victims the sentence describes (« un passant de 58 ans »: 58)
    ages: frozenset[int] = frozenset()
    #: the place is where the weapons were sent (« abattu 25 des 33 drones envoyés en direction de
    #: la région d'Odessa »), not where they were shot down
    towards: bool = False
    #: a fall told of the weapon told before (« l'engin est tombé dans un jardin »), not of debris
    #: of its own
    fallen: bool = False

    @property
    def listed(self) -> bool:
        """Is the place named in a list (« X, Y et Z »)?"""
        return self.list_head >= 0


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


#: « non loin du port de Sulina », « à 40 km du port roumain de Constanța », « au large d'Odessa »,
#: « en face de Sulina »: the port a ship's mishap at sea is told beside
_PORT_BEFORE_RE = re.compile(
    r"\b(?:(?:du|le|au)\s+port\s+(?:roumain|ukrainien|bulgare|turc|russe|moldave|géorgien)?\s*(?:de\s+|d[’']\s*)|"
    r"au\s+large\s+(?:de\s+|d[’']\s*|du\s+port\s+de\s+)|en\s+face\s+(?:de\s+|d[’']\s*))$",
    re.I,
)
#: « touché dans un port de l'oblast de », « un port de la région de »: a port of the region named next
_SOME_PORT_OF_BEFORE_RE = re.compile(
    r"\bun\s+port\s+(?:\w+\s+)?(?:de\s+l[’']\s*oblast|de\s+la\s+région)\s+(?:de\s+|d[’']\s*)$", re.I
)
#: A ship or a sea mine
_VESSEL_RE = re.compile(
    r"\b(?:navires?|cargos?|bateaux?|pétroliers?|vraquiers?|méthaniers?|remorqueurs?|dragueurs?|chalutiers?|"
    r"porte-conteneurs|mines?\s+(?:marines?|dérivantes?|flottantes?|navales?))\b",
    re.I,
)
#: How far after a sea's mishap (characters) the body may name the port it happened by
_PORT_WINDOW = 400


def _sea_to_port(
    text: str, drafts: list[_Draft], infos: list[MentionInfo], located: list[bool], title_end: int
) -> None:
    """A ship's mishap placed on a sea (« un vraquier qui croisait en mer Noire a été évacué après
    une explosion ») that the next lines put by a port (« Le bateau mouillait alors à deux milles du
    port de Sulina »): at the port, near it (precision 2). A headline's looks in the body's lead.

    So is a ship hit « dans un port de la région de X » that the next lines put « au port
    d'Izmaïl »: at that port of the region."""
    for d in drafts:
        m = d.info.mention
        some_port = d.place.kind in ("oblast", "region") and (
            _SOME_PORT_OF_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is not None
        )
        if not (some_port or (d.place.kind == "sea" and d.event == "explosion")):
            continue
        if not _VESSEL_RE.search(text, d.sentence.start, d.sentence.end):
            continue  # (a ship's or a sea mine's: not a blast heard off a coast)
        lo = title_end if d.headline else d.sentence.start
        hi = min(len(text), (lo + 2 * _PORT_WINDOW) if d.headline else d.sentence.end + _PORT_WINDOW)
        for i, info in enumerate(infos):
            m = info.mention
            if m.start < lo or m.start >= hi or not located[i] or info.polity:
                continue
            p = m.place
            if (
                p is None
                or p.kind not in ("city", "village")
                or not _PORT_BEFORE_RE.search(text, max(0, m.start - 50), m.start)
                or (some_port and p.admin1 != d.place.name)
            ):
                continue
            d.info = info
            d.place = p
            d.geo_precision = 2
            break


def _geo_precision(info: MentionInfo) -> int:
    p = info.mention.place
    if p is None:
        return 3
    if p.kind in _AREA or p.within in _AREA:
        return 3  # (a village the gazetteer lacks, placed at the point of its region: a centroid)
    if info.near or info.district_of is not None or p.kind == "district" or p.within is not None:
        return 2
    return 1


#: Historical regions spanning several oblasts (the Donbass: Donetsk and Luhansk): a front or a
#: destination, too wide to place an incident (no gold incident of blind1–17 is placed there; seven
#: predictions were)
_MACRO_REGION_IDS = frozenset({"incimap:regions:donbas"})


def _eligible(info: MentionInfo, text: str | None = None) -> bool:
    """Can this mention locate an incident? (A country only with a locative word: « en Russie ».)"""
    m = info.mention
    if m.role != "location" or m.place is None or info.container or info.attribute or info.origin:
        return False
    if m.place.kind == "continent":
        return False  # « vers l'Europe », « en Afrique »: a destination or a cover story, never a war event's place
    if m.place.id in _MACRO_REGION_IDS:
        return False  # « le front du Donbass », « redéployées vers le Donbass »: reports name its towns
    if text is not None and m.place.kind in ("country", "continent"):
        before = text[max(0, m.start - 40) : m.start]
        if not (_LOCATIVE_BEFORE_RE.search(before) or _PASSIVE_AFTER_RE.match(text[m.end : m.end + 40])):
            return False
        if _ASCRIBED_BEFORE_RE.search(before):
            return False  # « des frappes attribuées à la Russie »: who struck, not where
    return True


def _is_country(info: MentionInfo) -> bool:
    """Is the mention a country's?"""
    return info.mention.place is not None and info.mention.place.kind == "country"


_LIST_GAP_RE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s*,\s*(?:de\s+|d[’']\s*)?[A-ZÀ-Ý][\w’'-]*){0,2}"
    # (« de la Pologne et de la Lituanie »: the articles of countries)
    r"\s*(?:,\s*(?:de\s+|d[’']\s*)?|,?\s*(?:et|ou)\s+(?:de\s+|d[’']\s*|à\s+)?(?:la\s+|l[’']\s*)?)"
)


def _group_lists(text: str, infos: list[MentionInfo]) -> dict[int, int]:
    """Map each mention index to the index of the first mention of its coordinated list."""
    head: dict[int, int] = {}
    for i, info in enumerate(infos):
        head[i] = i
        if i > 0:
            between = text[infos[i - 1].mention.end : info.mention.start]
            # (a name the gazetteer does not know may sit between two members: « Nikolaïevo-Darino,
            # Darino et Sverdlikovo »)
            if _LIST_GAP_RE.fullmatch(between):
                head[i] = head[i - 1]
    return head


def _in_spans(pos: int, spans: list[Span]) -> bool:
    return any(s.start <= pos < s.end for s in spans)


def _merge_into(keep: _Draft, other: _Draft) -> None:
    keep.casualties = keep.casualties.merge(other.casualties)
    keep.ages |= other.ages
    if keep.weapons is None:
        keep.weapons = other.weapons
    if keep.actor is None or (other.actor is not None and other.actor_explicit and not keep.actor_explicit):
        keep.actor, keep.actor_explicit = other.actor, other.actor_explicit
    if keep.reported and not other.reported and _reported_before(keep, other):
        # (the day of the report stays one an event told on it may fold on)
        keep.report_day, keep.reported = keep.date, False
        keep.date, keep.precision, keep.date_default = other.date, other.precision, False
    elif other.reported and not keep.reported and _reported_before(other, keep):
        keep.report_day = other.date
    if keep.date_default and not other.date_default:
        keep.date, keep.precision, keep.date_default = other.date, other.precision, False


#: How many days before a report's day the event it reports may be told elsewhere (« hier soir »)
_REPORTED_DAYS = 2


def _reported_before(reported: _Draft, other: _Draft) -> bool:
    """Is ``other`` dated a day on or up to :data:`_REPORTED_DAYS` before the report day of
    ``reported`` (« ont indiqué lundi », then « hier soir » in the quotation)?"""
    if reported.date is None or other.date is None or other.date_default:
        return False
    return 0 <= (reported.date - other.date).days <= _REPORTED_DAYS


def _same_place(a: _Draft, b: _Draft) -> bool:
    pa, pb = a.place, b.place
    if pa.within is not None or pb.within is not None:
        # villages the gazetteer lacks, placed at the point of what situates them (« les villages de
        # Chtchegolek et Zvannoïe, dans la région de Koursk »): two names, two places at one point
        if pa.name != pb.name and pa.kind in ("city", "village") and pb.kind in ("city", "village"):
            return False
    if pa.id == pb.id and pa.kind == pb.kind:
        return True
    if (pa.kind in _AREA) != (pb.kind in _AREA):
        return False
    if pa.kind in _AREA and pa.kind != pb.kind:
        return False
    km = _haversine(pa.lat, pa.lon, pb.lat, pb.lon)
    one_list = a.list_head >= 0 and a.list_head == b.list_head
    for x, y in ((a, b), (b, a)):
        city = x.info.district_of
        if city is not None and x.place.kind == "district" and y.place.kind in ("city", "village"):
            if y.place.id != city.id and km > 3.0:
                return False  # (the Dniprovskyi district of Kherson is not Antonivka, 7 km away)
    if one_list and pa.kind == "district" and pb.kind == "district" and pa.id != pb.id:
        return False  # (« sur les quartiers de Solomianka, Holosiïv et Sviatochyn »: three districts)
    if (
        one_list
        and pa.id != pb.id
        and pa.name != pb.name
        and pa.kind in ("city", "village")
        and pb.kind in ("city", "village")
    ):
        return False  # (two villages of one list whose points the gazetteer gives as one are two places)
    if (
        # (two villages of one list are two places however close: Gontcharovka and Zaoleshenka, 1.4 km)
        km > (0.5 if one_list else 3.0)
        # (in one sentence, only the members of one list: « Antonivka, dans la banlieue de Kherson »
        # is one place named twice; or a town whose fall is told in an apposition)
        and (a.sentence != b.sentence or one_list or a.apposed != b.apposed)
        and pa.kind in ("city", "village")
        and pb.kind in ("city", "village")
        and a.info.mention.surface != b.info.mention.surface
        and pa.name != pb.name
    ):
        return False  # two neighbouring front-line villages (Toretsk and Niu-York, 7 km) are two places
    return km <= 10.0


def _blocks(told: Place, place: Place) -> bool:
    """Does an incident at ``told`` stand for one the mention classifier would add at ``place``?
    Within :data:`geo.learn.BLOCK_KM`, unless both are towns or villages of their own, more than
    3 km apart (Soudja and Martynovka, 8 km: two places, as in :func:`_same_place`)."""
    km = _haversine(told.lat, told.lon, place.lat, place.lon)
    if km > BLOCK_KM:
        return False
    return not (
        km > 3.0
        and told.kind in ("city", "village")
        and place.kind in ("city", "village")
        and told.name != place.name
    )


def _contains(broad: _Draft, narrow: _Draft) -> bool:
    """Is ``narrow``'s place inside ``broad``'s (a country, or a region not listed explicitly)?"""
    b, n = broad.place, narrow.place
    if (
        b.kind in ("river", "sea")
        and not broad.listed
        and n.kind in ("city", "village", "district", "landmark")
    ):
        # (a river's point is one point of a long line: a town of the same sentence is on it,
        # « le centre de Dnipro, la grande ville sur le Dniepr »)
        return (b.kind == "river" and broad.sentence == narrow.sentence) or _haversine(
            b.lat, b.lon, n.lat, n.lon
        ) < 150
    if b.kind not in ("country", "region", "oblast") or (
        # (a region of a list holds the towns struck the day it tells: « des villes des régions de X et
        # de Y ont été visées mercredi »; not with no day of its own: « ces derniers jours »)
        broad.listed and (b.kind == "country" or broad.date_default)
    ):
        return False
    if n.kind in ("country", "continent", "sea", "river"):
        return False  # (« la Transnistrie, … sur la rive gauche du Dniestr »: a river is in no region)
    if b.kind == "country":
        return b.country is not None and b.country == n.country and n.id != b.id
    if n.kind in ("oblast", "region"):
        return False
    if b.country and n.country and b.country != n.country and broad.event in _STRIKES:
        # (shelling in the region of Kharkiv is not the shelling of Chebekino, 40 km away across the
        # border; an offensive from the region of Soumy into Koursk's crosses it)
        return False
    if n.admin1 and n.admin1 in (b.admin1, b.name):
        return True
    if b.kind == "oblast" and n.admin1 and n.country == b.country and broad.event not in _FRONT_MOVES:
        return False  # (drones downed over the region of Belgorod are not those over Koursk, a town of the next one)
    return _haversine(b.lat, b.lon, n.lat, n.lon) < 200


def _same_admin1(label: _Draft, other: _Draft) -> bool:
    """Is ``other`` in the region of the city ``label`` (a headline's « Briansk : … » stands for its
    region)?"""
    p, q = label.place, other.place
    return (
        p.kind == "city"
        and p.admin1 is not None
        and q.admin1 == p.admin1
        and q.id != p.id
        # (the region's seat, named like it: Briansk of Bryansk Oblast; not Myrnohrad, a town of
        # Donetsk oblast whose body tells a strike at a village nearby)
        and p.admin1[:5].lower() == p.name[:5].lower()
    )


def _same_event(a: _Draft, b: _Draft) -> bool:
    """Same event type; a strike with no named weapon matches any strike."""
    if a.event == b.event:
        return True
    return a.event in _STRIKES and b.event in _STRIKES and (a.generic or b.generic)


def _dates_compatible(a: _Draft, b: _Draft) -> bool:
    return (
        a.date == b.date
        or a.date_default
        or b.date_default
        or (a.reported and _reported_before(a, b))
        or (b.reported and _reported_before(b, a))
        or (a.report_day is not None and a.report_day == b.date)
        or (b.report_day is not None and b.report_day == a.date)
    )


#: « ont tiré sur », « a tiré » (the cue of a strike with no weapon named: see cues._strike_type)
_FIRED_VERB_RE = re.compile(r"(?:\w+\s+){1,2}tiré\b", re.I)
#: How many days before the publication an event can be the news an undated headline tells.
_HEADLINE_NEWS_DAYS = 7
#: How far apart (minutes) the times of day of two reports at one place make them two events.
_OTHER_HOUR = 60
_NOON_RE = re.compile(r"\b(?:à|vers|peu\s+(?:avant|après))\s+midi\b", re.I)


#: « un passant de 58 ans », « deux voisines âgées de 66 et 81 ans » (group 1: the
#: ages, with « et » or commas between them)
_AGES_RE = re.compile(
    r"\b(?:femmes?|hommes?|fille|filles|garçons?|enfants?|adolescente?s?|bébé|nourrisson|retraitée?s?|"
    r"habitante?s?|résidente?s?|civile?s?|victimes?|conducteur|conductrice|passante?s?|médecins?|policiers?|"
    r"sauveteurs?|secouristes?|volontaires?|agriculteurs?|agricultrices?|âgée?s?)"
    r"(?:,\s+|\s+)(?:âgée?s?\s+)?de\s+((?:\d{1,2}(?:\s*(?:,|et)\s*)?)+)\s*ans\b",
    re.I,
)
_NUMBER_RE = re.compile(r"\d+")


def _ages(text: str, sent: Span) -> frozenset[int]:
    """The ages of the people ``sent`` describes (« un garçon de 9 ans et une femme de 37 ans »: 9, 37)."""
    return frozenset(
        int(n) for m in _AGES_RE.finditer(text, sent.start, sent.end) for n in _NUMBER_RE.findall(m.group(1))
    )


def _clock(text: str, sent: Span) -> int | None:
    """The first time of day ``sent`` gives, in minutes after midnight (« vers 07h30 »: 450, « vers
    midi »: 720), or ``None``."""
    m = _TIME_STAMP_RE.search(text, sent.start, sent.end)
    if m is not None:
        return int(m.group(1)) * 60 + int(m.group(2))
    return 720 if _NOON_RE.search(text, sent.start, sent.end) else None


def _several(kinds: frozenset[str]) -> frozenset[str]:
    """``kinds`` when there are several, else the empty set (see ``_Draft.mixed``)."""
    return kinds if len(kinds) > 1 else frozenset()


#: The longest line read as a heading of the body (« Débris de drones : ce que dit la loi roumaine »).
_SUBHEADING_MAX = 90
_CREDIT_MARK_RE = re.compile(r"/|©|\bphotos?\b|\bcrédit", re.I)
_TOWN_LABEL_RE = re.compile(r"[^:\n]{2,40}\s:\s+(?:la|cette)\s+(?:ville|localité|cité|bourgade)\b", re.I)
_SUBHEADING_END = frozenset('.!?…»”":;,')


def _subheading(text: str, sent: Span) -> bool:
    """Is ``sent`` a heading of the body: a short line of its own, with no final stop, followed by a
    paragraph? (Like the title, it announces what the paragraph tells.)"""
    return (
        sent.end - sent.start <= _SUBHEADING_MAX
        and sent.start > 0
        and text[sent.start - 1] == "\n"
        and text[sent.end - 1] not in _SUBHEADING_END
        and text.startswith("\n", sent.end)
        and text[sent.end :].strip() != ""
        and " " in text[sent.start : sent.end]
        # (not a photo's caption: « Les conséquences de l'attaque sur Kyiv / Photo: … »)
        and _CREDIT_MARK_RE.search(text, sent.start, sent.end) is None
        # (nor a town's own news under its name: « Kupiansk : la ville « pratiquement encerclée » »)
        and _TOWN_LABEL_RE.match(text, sent.start, sent.end) is None
    )


def _same_toll_next_day(a: _Draft, b: _Draft) -> bool:
    """Are ``a`` and ``b`` strikes at the same place told on two days in a row with the same toll
    of several dead (the event, and the day it was reported)?"""
    return (
        _same_event(a, b)
        and a.date is not None
        and b.date is not None
        and not a.date_default
        and not b.date_default
        and abs((a.date - b.date).days) == 1
        and a.casualties.killed is not None
        and a.casualties.killed >= 3
        and a.casualties.killed == b.casualties.killed
        and _same_place(a, b)
    )


#: How much earlier than an undated report's day a dated report of the body is another event.
_EARLIER_EVENT = timedelta(days=3)


def _earlier_event(a: _Draft, b: _Draft) -> bool:
    """Is one of two body reports undated (the day's) and the other dated days before it (another,
    earlier event: « des drones ont touché le port de Reni » then « mardi dernier, des missiles
    avaient détruit un silo à Reni »)?"""
    if a.date_default == b.date_default:
        return False
    dated, undated = (b, a) if a.date_default else (a, b)
    return (
        dated.date is not None
        and undated.date is not None
        and dated.precision in ("day", "week")
        and dated.date < undated.date - _EARLIER_EVENT
        # (told in the pluperfect: an undated report in the present tense may be its summary)
        and dated.pluperfect
    )


#: A sentence in the pluperfect (« avait indiqué », « avaient endommagé »).
_PLUPERFECT_RE = re.compile(r"\bav(?:ait|aient)\s+(?:\w+\s+)?(?:été\s+)?\w+(?:é|i|u|t|s)e?s?\b", re.I)


def _fold_consequences(drafts: list[_Draft], event: str, cause) -> list[_Draft]:
    """``drafts`` with each draft of ``event`` merged into the first draft ``k`` for which
    ``cause(k, draft)`` holds (the event it is a consequence of), when there is one."""
    kept: list[_Draft] = []
    for d in drafts:
        k = next((k for k in drafts if cause(k, d)), None) if d.event == event else None
        if k is not None:
            _merge_into(k, d)
        else:
            kept.append(d)
    return kept


def _listed_with_reported(d: _Draft, drafts: list[_Draft], body: list[_Draft]) -> bool:
    """Is the headline region ``d`` listed (« les régions de Belgorod, Smolensk et Tver ») with
    another region of the same event whose body tells an event there?"""
    if d.list_head < 0 or d.place.kind not in ("oblast", "region"):
        return False
    return any(
        o is not d
        and o.headline
        and o.sentence == d.sentence
        and o.list_head == d.list_head
        and o.event == d.event
        and o.place.kind in ("oblast", "region")
        and any(k.place.admin1 == o.place.name or _same_place(k, o) for k in body)
        for o in drafts
    )


def _consolidate(drafts: list[_Draft]) -> list[_Draft]:
    # a headline summarises the body: where the body reports another event at the same place
    # (« Attaque sur la région de Kiev : un blessé à Brovary », the body's Brovary event being
    # falling debris), the headline's event there is the body's
    body = [d for d in drafts if not d.headline]
    kept_drafts: list[_Draft] = []
    for d in drafts:
        if d.headline:
            same = [k for k in body if _same_place(k, d) and _dates_compatible(k, d)]
            if (
                same
                and not any(_same_event(k, d) for k in same)
                # (not a strike that killed, over a body event there with no toll of its own: « un
                # drone a tué trois baigneurs à Koursk » above « des débris ont abîmé
                # deux toits d'un quartier de Koursk »)
                and not (
                    d.event in _STRIKES
                    and d.casualties.killed
                    and d.place.kind in ("city", "village")
                    and all(k.casualties.killed is None and k.casualties.injured is None for k in same)
                    # (the toll of a headline that names one place: not « X sous le feu, trois morts à Y »)
                    and not any(o is not d and o.sentence == d.sentence for o in drafts)
                )
            ):
                _merge_into(same[0], d)
                continue
            named = [k for k in same if not k.generic and d.event in _STRIKES and k.event in _STRIKES]
            # (a body attack of no named weapon there is that strike too: « l'attaque russe sur X »)
            if named and not any(k.event == d.event and not k.generic for k in same):
                # « Bombardement de Kramatorsk : 3 morts » over « le tir d'un missile … à Kramatorsk »
                # (and « l'ennemi a frappé la ville hier »): the body's strike of a named weapon
                _merge_into(named[0], d)
                continue
            if not same:
                # « Dans le Donbass, X sous le feu »: the body's event at a place inside the headline's
                inner = [
                    k for k in body if (_contains(d, k) or _same_admin1(d, k)) and _dates_compatible(k, d)
                ]
                if any(_same_event(k, d) for k in inner if not _contains(d, k)):
                    continue  # « Briansk : un pont endommagé par une explosion »: the body's, in that region
                strikes = [k for k in inner if k.event in _STRIKES and d.event in _STRIKES]
                if strikes and not any(_same_event(k, d) for k in inner):
                    _merge_into(strikes[0], d)
                    continue
                if strikes:
                    continue  # (« trois civils tués dans la région de X »: the toll of the body's strikes there)
                if (
                    body
                    and not inner
                    and not any(_contains(k, d) for k in body)
                    and d.place.kind != "village"
                    and not _listed_with_reported(d, drafts, body)
                    # (but not an event the title and the lead both tell: « L'Ukraine bombarde un
                    # bâtiment à Kherson » over « une aile du bâtiment … à Kherson a été détruite dans la
                    # frappe », a body whose other paragraphs tell other stories)
                    and not (
                        d.place.kind in _SETTLEMENT_KINDS
                        and any(
                            k.headline
                            and k.sentence != d.sentence
                            and _same_event(k, d)
                            and _same_place(k, d)
                            for k in drafts
                        )
                    )
                ):
                    # (a headline place the body never reports an event at: « tension en mer Noire »; but
                    # « la libération du village de X » is told in the headline alone, and so are the
                    # other regions of a list whose first the body tells: « … ainsi que des villages dans
                    # les régions de Belgorod, Smolensk et Tver »)
                    continue
        kept_drafts.append(d)
    drafts = kept_drafts
    out: list[_Draft] = []
    for d in drafts:
        fits = [
            k
            for k in out
            if _same_event(k, d)
            and _same_place(k, d)
            # (« Aujourd'hui, Odessa pleure les victimes de l'attaque russe »: the attack told before,
            # whatever day the sentence tells)
            and (_dates_compatible(k, d) or (d.told and k.sentence.start < d.sentence.start))
            and not _earlier_event(k, d)
            # (« deux passants ont été blessés lors d'un autre bombardement du quartier »)
            and not (d.another and d.sentence != k.sentence)
            # (« visée par des centaines de tirs cette semaine » then « à nouveau la cible de frappes dans
            # la nuit »: the night's strikes are one more event than the week's)
            and not (d.again and d.precision == "day" and k.precision != "day" and d.sentence != k.sentence)
            # (« vers 07h30, une attaque de drones sur Kherson » and « vers 12h30, un drone a visé une
            # femme à Kherson »: two hours, two attacks)
            and not (k.clock is not None and d.clock is not None and abs(k.clock - d.clock) >= _OTHER_HOUR)
            # (« un drone a percuté une maison à Kherson » then « Vers 21h00, la ville a de nouveau été
            # visée »: a strike again at an hour told is one more)
            and not (d.again and d.clock is not None and k.clock is None and d.sentence != k.sentence)
            # (« un passant de 58 ans blessé » and « un garçon de 9 ans tué » there: other victims, another
            # attack; a summary names the same ones)
            and not (k.ages and d.ages and k.ages.isdisjoint(d.ages))
            # (a photo caption's « après des tirs, le 3 mars », months before: not the news
            # an undated headline tells)
            and not (
                k.headline
                and k.event in _STRIKES
                and k.date_default
                and not d.date_default
                and k.date is not None
                and d.date is not None
                and (k.date - d.date).days > _HEADLINE_NEWS_DAYS
            )
        ]
        next_day = False
        if not fits and d.event == "ground_combat" and d.date is not None:
            # the fighting for one town told on two days in a row (the capture Moscow claimed on the
            # Saturday, the town still partly held on the Sunday): one battle
            fits = [
                k
                for k in out
                if k.event == "ground_combat"
                and k.date is not None
                and abs((k.date - d.date).days) == 1
                and k.place.id == d.place.id
                and k.place.kind in ("city", "village")
            ]
        if not fits and d.event in _STRIKES:
            # « dix morts mercredi après le missile tombé sur un café de Kramatorsk » (the day it was
            # reported) and « dix morts dans une frappe russe mardi » there: one strike, whose toll
            # of several dead is told on two days; it took place on the earlier one
            fits = [k for k in out if k.event in _STRIKES and _same_toll_next_day(k, d)]
            next_day = bool(fits)
        # (a strike of no named weapon joins the report of its own type first: « l'ennemi a frappé
        # la ville » after a shelling and a missile strike there, the missile's type being its default)
        if not fits:
            if d.again and d.clock is not None and d.date_default:
                # (the hour of « À 19h30, le quartier a de nouveau été frappé » is on the day of the
                # strike before it there)
                struck = [k for k in out if _same_event(k, d) and _same_place(k, d) and not k.date_default]
                if struck:
                    d.date, d.precision, d.date_default = struck[-1].date, struck[-1].precision, False
            out.append(d)
            continue
        k = next((k for k in fits if k.event == d.event), fits[0])
        if next_day and d.date is not None and k.date is not None and d.date < k.date:
            k.date, k.precision = d.date, d.precision
        if k.generic and not d.generic:
            k.event, k.generic = d.event, False
        if d.geo_precision < k.geo_precision or (d.info.district_of and not k.info.district_of):
            k.place, k.info, k.geo_precision = d.place, d.info, d.geo_precision
        _merge_into(k, d)
    # interceptions over a place that was also struck belong to that strike (over a whole region
    # they are their own report: « abattu 17 drones au-dessus de la région de Mykolaïv »)
    folded: list[_Draft] = []
    for d in out:
        # (but over a region the weapons were only heading for, the interception is the struck
        # town's: « abattu 25 des 33 drones envoyés vers la région d'Odessa » and the strike on Izmaïl)
        if d.event == "air_defense" and (
            d.place.kind not in ("sea", "river", "oblast", "region")
            or (d.towards and d.place.kind in ("oblast", "region"))
        ):
            strike = next(
                (
                    k
                    for k in out
                    if k.event in _STRIKES
                    and k.event != "shelling"  # (artillery is not what air defence shoots down)
                    and _dates_compatible(k, d)
                    and (_same_place(k, d) or (d.towards and _contains(d, k)))
                ),
                None,
            )
            if strike is not None:
                _merge_into(strike, d)
                continue
        folded.append(d)
    out = folded
    # a fire where a strike hit the same day is that strike's consequence (« a pris feu après
    # l'impact d'un missile »), not an event of its own
    out = _fold_consequences(
        out, "fire", lambda k, d: k.event in _STRIKES and _dates_compatible(k, d) and _same_place(k, d)
    )
    # a fire and an explosion at the same place the same day (« un entrepôt d'obus a brûlé …
    # l'incendie a provoqué l'explosion des obus ») are one event, the explosion
    out = _fold_consequences(
        out, "fire", lambda k, d: k.event == "explosion" and k.date == d.date and _same_place(k, d)
    )
    # explosions heard where drones, missiles or guns struck in the same paragraph (« Des explosions ont
    # retenti à Kharkiv. Des drones ont frappé Kharkiv »; « la ville a subi des bombardements …
    # de fortes explosions ont été entendues ») are that strike's
    out = _fold_consequences(
        out,
        "explosion",
        lambda k, d: (
            k.event in ("drone_strike", "missile_strike", "shelling")
            # (or a blast with no toll of its own, told further down the same day, in the account of a
            # strike of a named weapon: a witness who « a entendu une explosion » at the supermarket)
            and (
                k.section == d.section
                or (
                    # (a strike of a named weapon: not « la ville a été attaquée »; any strike for the
                    # blast a witness felt: « des portes soufflées par le souffle de l'explosion »)
                    (not k.generic or d.blast)
                    and d.casualties.killed is None
                    and d.casualties.injured is None
                    and not d.actor_explicit  # (not « le SBU a fait exploser des charges »: an act)
                    # (or with no day of its own: « des vitres brisées par le souffle »
                    # after the strike of « une nuit de la fin septembre »)
                    and (k.date == d.date or d.date_default)
                )
            )
            and _dates_compatible(k, d)
            and _same_place(k, d)
        ),
    )
    # an explosion where drone or missile debris fell the same day (« Une explosion de drone à
    # Plauru … la chute des débris d'un drone ») is that fall: the drone exploding as it came down
    out = _fold_consequences(
        out,
        "explosion",
        lambda k, d: k.event == "debris" and _dates_compatible(k, d) and _same_place(k, d),
    )
    # debris falling where an interception took place the same day (« la défense a intercepté un
    # missile au-dessus de X. Des débris sont tombés sur un immeuble ») are that interception's, and
    # the rubble where a strike hit (« un missile s'est abattu sur X ; les secouristes fouillent les
    # débris ») that strike's
    out = _fold_consequences(
        out,
        "debris",
        lambda k, d: (
            (
                (k.event == "air_defense" or k.event in _STRIKES)
                # (or a headline's: « Un drone est tombé à Voronej » above the drone that hit a building there)
                # (« le maire montre le cratère … l'engin est tombé mardi »: the missile told before, in
                # any paragraph)
                and (
                    k.section == d.section
                    or (d.headline and k.event in _STRIKES)
                    or (d.fallen and k.event in _STRIKES)
                )
                and _dates_compatible(k, d)
                and _same_place(k, d)
            )
            # (« un fragment de drone abattu dans la région de X », with no day, under the interception
            # told at one of its villages just before)
            or (
                k.event == "air_defense"
                and d.place.kind in ("oblast", "region")
                and d.date_default
                and 0 <= d.section - k.section <= 1
                and (_contains(d, k) or _same_place(k, d))
            )
        ),
    )
    # fold country- or region-level reports into a more precise one of the same event
    result: list[_Draft] = []
    for d in out:
        # (« l'incursion dans la région de Koursk » is the campaign, not the fighting at one of its
        # villages the same day)
        campaign = d.campaign and d.place.kind in ("oblast", "region")
        # (« de nombreux drones ont visé la région de Belgorod … dans le district de Graïvoron, un
        # gazoduc a été touché »: the region's wave, and one of its hits)
        wave = d.wave and d.place.kind in ("oblast", "region")
        same = (
            [
                k
                for k in out
                if k is not d and _same_event(k, d) and _contains(d, k) and _dates_compatible(k, d)
            ]
            if not campaign and not wave
            else []
        )
        if wave and not campaign:
            # « une attaque massive sur la région de X » then « des drones … lors de cette attaque contre
            # la ville de Y »: the region's wave is the one placed at its town
            same = [
                k
                for k in out
                if k is not d
                and k.this_attack
                and _same_event(k, d)
                and _contains(d, k)
                and _dates_compatible(k, d)
            ]
        # (the towns of the region's own sentence first: « dans la région de X, Nikopol et Marhanets
        # ont été bombardées » is theirs, not the strike on the city of Dnipro told in the lead)
        same.sort(key=lambda k: (k.sentence != d.sentence, k.section != d.section))
        # (the body's places first: under « Attaque contre Odessa », « la région d'Odessa a été visée …
        # explosions dans le port de Reni » struck at Reni, the headline's city being the last resort)
        target = next((k for k in same if not k.headline or d.headline), None)
        if target is None and not campaign and not wave and d.mixed:
            # « missiles et drones ont visé la région de Soumy » then « à Chostka, des drones ont touché
            # une usine »: one of the attack's weapons at one of its places (and « des attaques de
            # drones et d'artillerie sur la région de Koursk » then « douze obus sur Tiotkino »)
            target = next(
                (
                    k
                    for k in out
                    if k is not d and k.event in d.mixed and _contains(d, k) and _dates_compatible(k, d)
                ),
                None,
            )
        caused = False
        if target is None and not campaign and not wave and d.event in ("drone_strike", "missile_strike"):
            # « un drone a visé une caserne en Transnistrie … une explosion a mis le feu à une base
            # de Tiraspol »: the explosion is the strike, placed; so is a fire at one of the region's
            # towns the same day (« un drone a visé la région de Koursk » and « un dépôt brûle à
            # Lgov »)
            target = next(
                (
                    k
                    for k in out
                    if (
                        (k.event == "explosion" and (k.section == d.section or d.headline))
                        or (
                            k.event == "fire"
                            and d.place.kind in ("oblast", "region")
                            and not d.generic
                            and k.date == d.date
                        )
                    )
                    and _contains(d, k)
                    and _dates_compatible(k, d)
                ),
                None,
            )
            caused = target is not None
        if target is None and same:
            target = same[0]
        if target is None and d.place.kind == "country" and (d.casualties.killed or d.casualties.injured):
            # « trois tués dans une frappe sur un bateau dans le sud de l'Ukraine » then « trois civils
            # tués … d'un bateau sur le Dniepr »: the same toll of the same event, placed
            target = next(
                (
                    k
                    for k in out
                    if k is not d
                    and k.place.kind != "country"
                    and k.place.country in (None, "", d.place.country)
                    and _same_event(k, d)
                    and _dates_compatible(k, d)
                    and k.casualties == d.casualties
                ),
                None,
            )
        if (
            target is None
            and d.place.kind in ("oblast", "region")
            and d.event in _STRIKES
            and (d.casualties.killed or d.casualties.injured)
        ):
            # « la région de Zaporijjia frappée par des tirs nourris : un mort et trois blessés à
            # Houliaïpole » then the air strike on Houliaïpole with that toll: one strike, placed (its
            # weapon told where it is placed)
            target = next(
                (
                    k
                    for k in out
                    if k is not d
                    and k.event in _STRIKES
                    and _contains(d, k)
                    and _dates_compatible(k, d)
                    and k.casualties == d.casualties
                ),
                None,
            )
        if target is not None:
            if caused or (target.generic and not d.generic):
                target.event, target.generic = d.event, d.generic
            if caused and d.place.kind in ("oblast", "region"):
                target.caused_in = d.place.id
            if d.place.kind != "country":
                # a region-wide toll is the sum of the towns' (« trois civils tués dans la région »),
                # not the figure of the one it folds into
                d.casualties = Casualties(None, None)
            _merge_into(target, d)
        else:
            result.append(d)
    return result


def _section_index(sects: list[Span], pos: int, starts: list[int] | None = None) -> int:
    """The index of the section holding ``pos`` (-1 when none); ``starts``: the sections' starts."""
    i = bisect.bisect_right([s.start for s in sects] if starts is None else starts, pos) - 1
    if 0 <= i < len(sects) and sects[i].start <= pos < sects[i].end:
        return i
    return -1


def extract(article: Article, *, gazetteer=None, learned: bool = True) -> Extraction:
    """Extract the toponyms and incidents of an article.

    Parameters
    ----------
    article
        An article read by :func:`geo.articles.read_article`.
    gazetteer
        A :class:`gazetteer.db.Gazetteer`; the default one when ``None``.
    learned
        Also add the incidents the mention classifier finds where the rules found none
        (:mod:`geo.learn`, when its model file is present).

    Returns
    -------
    Extraction
    """
    model = IncidentModel.default() if learned else None
    return _extract(article, gazetteer, model, None)


def candidate_features(article: Article, *, gazetteer=None) -> list[tuple[Mention, dict[str, float]]]:
    """Each place mention that may locate an incident, with its :func:`geo.learn.mention_features`
    (read after the rules, as :func:`extract` reads them; for training the mention classifier)."""
    rows: list[tuple[Mention, dict[str, float]]] = []
    _extract(article, gazetteer, None, rows)
    return rows


def _extract(
    article: Article,
    gazetteer,
    model: IncidentModel | None,
    collect: list[tuple[Mention, dict[str, float]]] | None,
) -> Extraction:
    if gazetteer is None:
        from gazetteer.db import Gazetteer

        gazetteer = Gazetteer.default()
    text = article.text
    infos = analyse(text, gazetteer)
    mentions = [i.mention for i in infos]
    furniture = boilerplate_spans(text)
    # (an agency's name alone on its line, between a lead and its details, parts no paragraphs)
    sects = [s for s in sections(text) if not _AGENCY_ALONE_RE.fullmatch(text, s.start, s.end)]
    sect_starts = [s.start for s in sects]
    heads = _group_lists(text, infos)
    starts = [i.mention.start for i in infos]
    # each mention's _eligible answer, with the locative test for countries (``located``) and
    # without (``placed``): read many times per mention below, computed once
    located = [_eligible(i, text) for i in infos]
    placed = [_eligible(i) for i in infos]
    # « un cargo de la ligne Varna-Odessa »: the ends of a route, not where its ship was hit
    for k, (a, b) in enumerate(itertools.pairwise(infos)):
        if text[a.mention.end : b.mention.start] in ("-", "–") and _ROUTE_BEFORE_RE.search(
            text, max(0, a.mention.start - 40), a.mention.start
        ):
            located[k] = located[k + 1] = placed[k] = placed[k + 1] = False
    # « un pont reliant la Crimée à la Russie »: the ends of a link, not where its event is (the first
    # end stays when the sentence names no other place before it: « le pont reliant la Crimée à la
    # Russie a été endommagé par une explosion », a bridge in Crimea); « dans un contexte de tensions
    # en mer Noire »: the setting of the news, not a scene
    for k, info in enumerate(infos):
        start = info.mention.start
        if _CONTEXT_BEFORE_RE.search(text, max(0, start - 70), start):
            located[k] = placed[k] = False
            continue
        link = _LINK_BEFORE_RE.search(text, max(0, start - 70), start)
        # (not the towns a road links: « colonnes filmées sur la route reliant Koursk à Oboïan »)
        if link is None or info.mention.place is None or info.mention.place.kind in _TOWN_KINDS:
            continue
        if link.group("first") is not None:
            located[k] = placed[k] = False  # (the second end)
            continue
        sent_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        if any(located[j] and sent_start <= infos[j].mention.start < link.start() for j in range(k)):
            located[k] = placed[k] = False
    # « le port de Pivdenny, voisin de celui d'Odessa », « la région de Tchernihiv, qui fait face à
    # celle de Briansk »: the neighbour a place is situated by
    for k, info in enumerate(infos):
        if _NEIGHBOUR_OF_BEFORE_RE.search(
            text, max(0, info.mention.start - 40), info.mention.start
        ) and not _WHERE_AFTER_RE.match(text, info.mention.end):
            # (not « voisine de celle de Belgorod, où l'armée combat depuis mai »)
            located[k] = placed[k] = False
        elif (
            info.mention.place is not None
            and info.mention.place.kind == "country"
            and _EN_ROUTE_BEFORE_RE.search(text, max(0, info.mention.start - 30), info.mention.start)
        ):
            # « un pétrolier en route pour la Russie »: the country it heads for (not « des colonnes
            # en route vers Tiotkino », the towns troops are sent to)
            located[k] = placed[k] = False
    pub = article.published

    title_end = 0
    if article.title and not _LEAD_SENTENCE_RE.fullmatch(article.title):
        t0 = text.find(article.title)
        if 0 <= t0 < 200:
            title_end = t0 + len(article.title)
            line_end = text.find("\n", t0)
            line = text[t0 : len(text) if line_end < 0 else line_end].rstrip()
            if (
                len(line) > max(len(article.title), 200)
                and line.endswith(".")
                and len(_WORD_RE.findall(line)) >= 20
            ):
                # the reader cut a long first line: a paragraph of the body (« L'attaque de drones
                # sur la région de Briansk, […], a débuté vers 2 heures du matin […]. »),
                # not a headline
                title_end = 0
    lead_end = _lead_end(text, title_end, furniture, pub, [i.mention for i in infos])
    # a daily report (« au cours de la journée écoulée, … ») tells the day before it was published:
    # its events with no date of their own are dated to that day. So does a report stamped (and last
    # updated) in the morning (« 28.10.2024 10:47 », « situation à 08h00 ») that opens on « les
    # dernières 24 heures »; evening bulletins, a live blog updated at 17h41 or a minister quoted
    # further down use those words of their own day.
    default_day = pub
    if pub is not None and (
        _PAST_DAY_RE.search(text, title_end, title_end + _REPORT_LEAD_CHARS)
        or (
            _LAST_24H_RE.search(text, title_end, title_end + _SUMMARY_LEAD_CHARS)
            and (stamps := _TIME_STAMP_RE.findall(text, 0, _HEADER_STAMP_CHARS))
            and int(stamps[-1][0]) < 12
        )
    ):
        default_day = pub - timedelta(days=1)
    elif pub is not None and (
        opening := _OPENING_NIGHT_RE.search(text, title_end, title_end + _OPENING_NIGHT_CHARS)
    ):
        # (« Dans la nuit de mercredi, la région a été le théâtre d'une nouvelle vague d'attaques » opening
        # the body: the night its undated events are told of)
        night = find_dates(text, pub, opening.start(1), opening.end())
        stop = text.find(".", opening.end())
        # (not « Dans la nuit de dimanche à lundi, la Russie a lancé 42 missiles … »: a lead that tells
        # its own event, with more days told after it)
        framing = not any(
            c.factual for c in find_cues(text, opening.start(1), len(text) if stop < 0 else stop)
        )
        if framing and night and night[0].precision == "day" and 0 <= (pub - night[0].date).days <= 7:
            default_day = night[0].date
    last_day: DateMention | None = None
    heading_day: DateMention | None = None
    heading_anchor: date | None = None
    drafts: list[_Draft] = []
    # (section, event, day) of the events told with a day and no place (« Jeudi, un incendie a forcé
    # l'évacuation de deux hameaux »): the day of the same event placed later
    unplaced: list[tuple[int, str, DateMention]] = []
    last_in_section: dict[int, _Draft] = {}
    # the strike over a region whose toll a section's casualties and damage, town by town, detail (see
    # « carried » below), by section
    tour_of: dict[int, _Draft] = {}
    last_date: dict[int, DateMention] = {}
    # a month that opens a sentence and frames what its paragraph tells next, until a day is told
    # (« Fin septembre, les sirènes … Des explosions sont audibles »), by section
    framing_month: dict[int, DateMention] = {}
    # an event whose place may be named in the very next sentence: (section, cue, date)
    pending: tuple[int, Cue, DateMention | None] | None = None
    anchors: dict[int, date] = {}
    article_weapon = _ArticleWeapon(text)
    told: list[_Told] = []  # the sentences read, for the mention classifier
    # (the day a state began dates its own sentence only: « Depuis le 6 août, l'armée mène une
    # offensive », not the sentences after it)
    since_restore: tuple[int, DateMention | None] | None = None
    for sent in _cut_at_furniture(text, sentences(text), furniture):
        if _in_spans(sent.start, furniture):
            continue
        if since_restore is not None:
            sec0, kept = since_restore
            since_restore = None
            if kept is None:
                last_date.pop(sec0, None)
            else:
                last_date[sec0] = kept
        sec = _section_index(sects, sent.start, sect_starts)
        # (under a dated heading, « hier » and « mardi » count from the heading's day)
        anchor = anchors.get(sec, heading_anchor or pub)
        # the sentence lower-cased once for every module (and whether lower-casing may change its length)
        low = text[sent.start : sent.end].lower()
        unsafe = lower_unsafe(text, max(0, sent.start - 1), sent.end)
        dates = find_dates(text, anchor, sent.start, sent.end, low=low, unsafe=unsafe)
        for dm in dates:
            # a paragraph about another time (« lors du sommet du 3 mars 2021 »): its relative
            # days (« jeudi ») are counted from that date, not from the publication date
            # (a day: a month's weekdays would be counted back from its first, into the month
            # before; and not the day the war began, « au conflit, lancé le 24 février 2022 »)
            if (
                dm.absolute
                and dm.precision == "day"
                and pub is not None
                and abs((dm.date - pub).days) > 30
                and _WAR_BEGAN_BEFORE_RE.search(text, max(0, dm.start - 60), dm.start) is None
            ):
                anchors[sec] = dm.date
        if anchors.get(sec, anchor) != anchor:
            dates = find_dates(text, anchors.get(sec, anchor), sent.start, sent.end, low=low, unsafe=unsafe)
        if dates and "année" in low:
            dates = _of_that_year(text, dates)
        if dates and "(" in low:
            # (« vers 6 h (23 h samedi, HAE) »: the day in another time zone)
            dates = [
                d for d in dates if _ZONE_CLOCK_BEFORE_RE.search(text, max(0, d.start - 12), d.start) is None
            ]
        if len(dates) > 1:
            # (« selon le communiqué publié dimanche, des drones ont frappé samedi »: the day of a
            # statement, not of what it reports, when the sentence tells another; alone, it is the
            # nearest day known)
            reported = [
                d for d in dates if not _STATEMENT_OF_BEFORE_RE.search(text, max(0, d.start - 40), d.start)
            ]
            dates = reported or dates
        if len(dates) > 1 and "partir" in low:
            # (« un couvre-feu à partir de vendredi 5 mai, à la suite de frappes ce mercredi »: the day
            # a measure starts, when the sentence tells another)
            dates = [
                d for d in dates if _FROM_DAY_BEFORE_RE.search(text, max(0, d.start - 16), d.start) is None
            ] or dates
        if dates and ("sign" in low or "paraph" in low or "conclu" in low):
            # (« Après ces tirs sur Odessa, … l'accord signé vendredi »: the day of a signing, not
            # of the events the sentence tells)
            dates = [
                d for d in dates if _SIGNED_BEFORE_RE.search(text, max(0, d.start - 20), d.start) is None
            ]
        if not dates and last_day is not None:
            same = _SAME_DAY_RE.search(text, sent.start, sent.end)
            if same:
                # « Le même jour », « Quelques heures plus tard »: the day of the last dated event
                dates = [DateMention(same.start(), same.end(), last_day.date, "day")]
        prev_day = last_date.get(sec)
        if len(dates) > 1 and dates[0].precision == "day" and _days_earlier(text, dates[0]) is None:
            # « Mardi soir, une frappe … où un bombardement avait déjà blessé une femme la veille »: the
            # day before the one the sentence told first
            dates = [dates[0]] + [
                DateMention(dm.start, dm.end, dates[0].date - timedelta(days=n), "day")
                if (n := _days_earlier(text, dm)) is not None
                else dm
                for dm in dates[1:]
            ]
        elif prev_day is not None and dates:
            # « La veille », « deux jours plus tôt » after a dated sentence: counted back from that
            # date, not from publication
            dates = [
                DateMention(dm.start, dm.end, prev_day.date - timedelta(days=n), "day")
                if (n := _days_earlier(text, dm)) is not None
                else dm
                for dm in dates
            ]
        ref_day = prev_day or last_day
        if ref_day is not None and dates:
            # « Le lendemain, vendredi »: the weekday names the day after the last date told, and
            # « cette nuit-là », « ce jour-là » the last date told, not the publication date
            lendemain = _LENDEMAIN_RE.search(text, sent.start, sent.end)
            dates = [
                DateMention(dm.start, dm.end, ref_day.date + timedelta(days=1), "day")
                if lendemain is not None
                and 0 <= dm.start - lendemain.end() <= 3
                and dm.precision == "day"
                and not dm.explicit
                else DateMention(dm.start, dm.end, ref_day.date, ref_day.precision)
                if _THAT_DAY_RE.fullmatch(text, dm.start, dm.end + 3)
                else dm
                for dm in dates
            ]
        day_dates = [dm for dm in dates if dm.precision == "day"]
        if day_dates:
            framing_month.pop(sec, None)
        elif (
            dates
            and dates[0].precision == "month"
            and dates[0].start - sent.start <= _FRAMING_CHARS
            # (not « La ville, libérée en novembre, vit depuis … »: an aside's month)
            and "," not in text[sent.start : dates[0].start]
        ):
            framing_month[sec] = dates[0]
        if day_dates:
            if (
                pub is not None
                and (pub - day_dates[-1].date).days > _SINCE_LONG_DAYS
                and _SINCE_DAY_BEFORE_RE.search(text, max(0, day_dates[-1].start - 20), day_dates[-1].start)
            ):
                # (« résiste depuis le 24 février 2022 »: the start of a long state is no day of what
                # follows; but « Depuis le 1er janvier, le robinet est fermé. Gazprom a cessé ses
                # livraisons »: a change of two days ago, told on)
                since_restore = (sec, last_date.get(sec))
            last_date[sec] = day_dates[-1]
            if sent.start >= title_end:
                last_day = day_dates[-1]
            if _is_date_heading(text, sent, day_dates, pub):
                heading_day = day_dates[-1]  # « MERCREDI 9 AVRIL », « Lundi. »: the day of what follows
                # a written day on a line of its own (« MERCREDI 9 AVRIL », « [2 novembre, 08:05] »)
                # anchors the relative days below it; weekday headings (« Lundi. », « Mardi. ») each
                # count from publication, and « Samedi 3 octobre. Le vraquier … » heads its paragraph only
                own_line = text[sent.end : sent.end + 1] in ("\n", "") and (
                    sent.start == 0 or text[sent.start - 1] == "\n"
                )
                heading_anchor = heading_day.date if heading_day.explicit and own_line else None
        if model is not None or collect is not None:
            told.append(_Told(sent, sec, dates, last_date.get(sec), heading_day, low, unsafe))
        cues = find_cues(text, sent.start, sent.end, low=low, unsafe=unsafe)
        if cues and not any(c.factual for c in cues):
            continue
        waiting, pending = pending, None
        # a paragraph that opens on casualties at a place, after a paragraph telling a strike (« Le 6
        # octobre, l'armée a bombardé X. … ¶ À Y, trois civils ont été blessés. »): the same kind of
        # event at Y (a daily report's tour of the region's towns)
        opens = (
            not cues
            and sec not in last_in_section
            and (waiting is None or waiting[0] != sec)
            and drafts
            and drafts[-1].event in _STRIKES
            and drafts[-1].section == sec - 1
            and 0 <= sec < len(sects)
            and sent.start == sects[sec].start
        )
        # (or after a paragraph that tells the strikes over a whole region, or goes on with its towns:
        # « l'ennemi a bombardé 40 villages de la région de X ce jour-là, faisant deux morts. ¶
        # Un passant a été blessé à Y. Une école a été endommagée à Z. »)
        tour = (
            (drafts[-1] if drafts[-1].place.kind in ("oblast", "region") else tour_of.get(sec - 1))
            if opens and _TOLL_OR_DAMAGE_RE.search(text, sent.start, sent.end)
            else None
        )
        carried = (
            drafts[-1]
            if opens
            and (
                (not drafts[-1].headline and _OPENING_AT_RE.match(text, sent.start, sent.end) is not None)
                or tour is not None
            )
            else None
        )
        # (« Un drone s'est écrasé en Moldavie. ¶ L'incident a eu lieu au village de X »: the next
        # paragraph opens on the event told, and says where)
        if (
            waiting is not None
            and not cues
            and waiting[0] == sec - 1
            and _EVENT_ANAPHOR_START_RE.match(text, sent.start, sent.end)
        ):
            waiting = (sec, waiting[1], waiting[2])
        if (
            not cues
            and (waiting is None or waiting[0] != sec)
            and sec not in last_in_section
            and carried is None
        ):
            continue  # nothing to report and nothing to complete
        casualties = find_casualties(text[sent.start : sent.end], low=low, unsafe=unsafe)
        weapons = find_weapons(text[sent.start : sent.end], low=low, unsafe=unsafe)
        if not cues and waiting is not None and waiting[0] == sec:
            # « Les discussions ont démarré mercredi. Les dirigeants ont visité le cosmodrome de X. »
            # « Des drones ont frappé cette nuit. À Kharkiv, trois immeubles sont touchés. »
            _, cue, dm = waiting
            here = [i for i, m in enumerate(infos) if sent.start <= m.mention.start < sent.end and located[i]]
            # (not a reference point: « touché à 250 km au sud de Sébastopol, base navale
            # en Crimée »)
            scenes = set(_drop_reference_places(text, sent, infos, here)) if here else set()
            for i, m in enumerate(infos):
                if (
                    i in scenes
                    and not m.polity
                    and (cue.event == "meeting" or _in_theatre(m.mention.place))
                    and not _long_ago(dm, pub)
                ):
                    before = text[max(0, m.mention.start - 30) : m.mention.start]
                    if (
                        re.search(
                            r"(?:\bà|\bau|\ben|\bdans|\bsur|\bvisit\w+)\s+(?:la\s+|le\s+|l[’']\s*|les\s+)?"
                            # (« dans le village de X »)
                            r"(?:(?:ville|localité|village|commune|bourg|hameau)\s+(?:de\s+|d[’']\s*))?$",
                            before,
                            re.I,
                        )
                        and not _DESTINATION_RE.search(before)
                        and not _RESIDENCE_BEFORE_RE.search(before)  # (« notre correspondant en Roumanie »)
                        and not _MAKER_BEFORE_RE.search(before)  # (« chaque drone fabriqué en Ukraine »)
                        and not (cue.event == "meeting" and _STATE_OF_BEFORE_RE.search(before))
                    ):
                        w = weapons if cue.event != "meeting" else None
                        d = _draft(
                            cue,
                            m,
                            sent,
                            sec,
                            dm,
                            default_day,
                            casualties,
                            w,
                            text,
                            heads,
                            i,
                            [i],
                            None,
                            lead_end,
                            sec_start=sects[sec].start if 0 <= sec < len(sects) else 0,
                            article_weapon=article_weapon,
                        )
                        drafts.append(d)
                        last_in_section[sec] = d
                        break
            continue
        if not cues:
            prev = last_in_section.get(sec) or carried
            hurt = casualties.killed is not None or casualties.injured is not None
            if not hurt and _VICTIM_WAS_AT_RE.search(text, sent.start, sent.end):
                # « Un civil est mort dans un bombardement de la région de X, et des drones ont frappé
                # Y. La victime se trouvait à Z »: the strike on the region that holds Z, placed there
                hurt = True
                # (the regions of the sentence's places)
                held_by = {
                    infos[i].mention.place.admin1
                    for i in range(
                        bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
                    )
                    if infos[i].mention.place is not None
                }
                prev = next(
                    (
                        d
                        for d in reversed(drafts)
                        if d.section == sec
                        and d.casualties.killed
                        and d.place.kind in ("oblast", "region")
                        and d.place.name in held_by
                    ),
                    prev,
                )
            if prev is not None and (
                hurt
                or ((carried is None or tour is not None) and _DAMAGED_RE.search(text, sent.start, sent.end))
            ):
                heres = (
                    _casualty_places(text, sent, infos, located, starts, prev)
                    if prev.event in _STRIKES
                    else []
                )
                if tour is not None:
                    # (the region's own towns)
                    heres = [
                        h
                        for h in heres
                        if infos[h].mention.place.admin1 is not None
                        and infos[h].mention.place.admin1 in (tour.place.admin1, tour.place.name)
                    ]
                if not heres:
                    if carried is None:
                        prev.casualties = prev.casualties.merge(casualties)
                        prev.ages |= _ages(text, sent)  # (« un passant de 58 ans a été blessé »: its victims)
                    continue
                # « Des bombardements ont visé X. Un homme a été tué à Y. », « Un camion a également été
                # endommagé à Y. »: the same kind of event at Y
                cue = Cue(prev.event, sent.start, sent.start, generic=prev.generic)
                dm = (
                    (dates[0] if dates else None)
                    or last_date.get(sec)
                    # (the day of the strike told in the paragraph before)
                    or (
                        last_day
                        if carried is not None and last_day is not None and last_day.date == carried.date
                        else None
                    )
                )
                bounds = [infos[h].mention.start for h in heres[1:]]
                for n, here in enumerate(heres):
                    own = casualties
                    if len(heres) > 1:
                        # (each place's own count: « à Kramatorsk, trois blessés, et un mort à Sloviansk »)
                        lo = sent.start if n == 0 else infos[heres[n - 1]].mention.end
                        hi = bounds[n] if n < len(bounds) else sent.end
                        own = find_casualties(text[lo:hi])
                    d = _draft(
                        cue,
                        infos[here],
                        sent,
                        sec,
                        dm,
                        default_day,
                        own,
                        None,
                        text,
                        heads,
                        here,
                        [here],
                        None,
                        lead_end,
                        sec_start=sects[sec].start if 0 <= sec < len(sects) else 0,
                        article_weapon=article_weapon,
                    )
                    if len(heres) > 1:
                        d.list_head = heres[0]  # (two places of one sentence, however close)
                    drafts.append(d)
                    last_in_section[sec] = d
                    if tour is not None:
                        tour_of[sec] = tour
            continue
        idx = list(range(bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)))
        places = [i for i in idx if located[i] and not infos[i].polity]
        places = _drop_reference_places(text, sent, infos, places)
        if not any(infos[i].mention.place.kind not in ("country", "continent") for i in places):
            # « déployés dans cette région », « dans ce secteur »: the last place of that kind
            j = _anaphora(text, sent, infos, starts)
            if j is None and (d := _DESCRIBED_TOWN_RE.search(text, sent.start, sent.end)) is not None:
                # « dans cette ville de l'est de l'Ukraine »: the town told before, not the country
                # that describes it
                j = _antecedent(text, sent, infos, starts, d.start(), {"city", "village", "district"})
                if j is not None:
                    places = [i for i in places if infos[i].mention.start != d.end()]
            if j is None:
                # « le maire de Soumy a dit que des drones ont visé des infrastructures civiles »,
                # with no other place: the official's town or region
                j = next((i for i in idx if _official_place(text, infos[i])), None)
                if j is not None:
                    places = [
                        i for i in places if infos[i].mention.place.kind not in ("country", "continent")
                    ]
            if j is not None:
                places.append(j)
        polities = [i for i in idx if placed[i] and infos[i].polity]
        # the places where events happen are not actors; an origin (« venus de Corée du Nord ») may be
        exclude = [
            (infos[i].mention.start, infos[i].mention.end)
            for i in idx
            if infos[i].mention.role == "location" and not infos[i].origin
        ]
        assigned: dict[int, list[int]] = {c: [] for c in range(len(cues))}
        # the cues of a town's fall told in an apposition (« Marinka, conquise fin 2023 »): their town
        apposed: dict[int, int] = {}
        splits = [
            m.start()
            for m in _STRONG_SPLIT_RE.finditer(text, sent.start, sent.end)
            # (« une femme a été blessée à X alors qu'une grenade était lâchée d'un drone »: the
            # wounds of the clause's strike, one event)
            if not _WOUNDED_WHILE_RE.search(text, max(sent.start, m.start() - 60), m.end() + 8)
        ]
        # (« deux civils tués dans un bombardement de la région de X et des drones ont frappé Y »: X is
        # the bombardment's, the clause of the drones begins after it)
        splits += [m.start() for m in NEXT_WEAPON_CLAUSE_RE.finditer(text, sent.start, sent.end)]
        # « la destruction du barrage de Kakhovka »: the dam's explosion is at the dam only (the towns
        # it flooded are where its consequences are told)
        dams = {
            c
            for c, cue in enumerate(cues)
            if cue.event == "explosion" and "barrage" in text[cue.start : cue.end].lower()
        }
        # « X, au sud de Y, épicentre de violents combats »: a cue in an apposition
        # that describes the place just before it is that place's alone
        described = _described_cues(text, cues, infos, [i for i in idx if placed[i]])
        # (the place the apposition describes is the scene of its event, even when the sentence
        # names it as the reference point of another: « au sud de Y, épicentre de … »)
        places = sorted({*places, *described.values()})
        aim = _AIM_BEFORE_RE.search(text, sent.start, sent.end) is not None
        for i in places:
            anchor_pos = infos[heads[i]].mention.start
            at_dam = "barrage" in infos[i].mention.surface.lower()
            pool = [c for c in range(len(cues)) if at_dam or c not in dams] if dams else range(len(cues))
            if described:
                pool = [c for c in pool if described.get(c, i) == i]
            if _DECIDER_AFTER_RE.match(text, infos[i].mention.end):
                # (« Le port de X a été visé, et la municipalité de Y a décidé de fermer ses écoles »: Y is
                # the subject of a decision of its own clause, not a scene of the event before it)
                m_start = infos[i].mention.start
                pool = [
                    c
                    for c in pool
                    if not (cues[c].end < m_start and _AND_SUBJECT_RE.search(text, cues[c].end, m_start))
                ]
            if aim:
                # (« pilonne le pont de X dans le but d'isoler Y »: the aim's place
                # is not struck; but « amasse des forces afin d'attaquer Y » is a deployment towards Y)
                m_start = infos[i].mention.start
                pool = [
                    c
                    for c in pool
                    if not (
                        cues[c].event in _STRIKES
                        and cues[c].end < m_start
                        and _AIM_BEFORE_RE.search(text, cues[c].end, m_start)
                    )
                ]
            if not pool:
                continue
            c = min(pool, key=lambda c: _cue_distance(cues[c], anchor_pos, splits))
            m_end = infos[i].mention.end
            if cues[c].start >= m_end and _CLAUSE_END_RE.match(text, m_end, cues[c].start):
                # « … ont fait dérailler deux trains dans la région de Léningrad, une attaque de drones
                # a provoqué un incendie en Crimée »: the next clause's event has a place of its own,
                # the place ending this clause is the event told before it
                nxt = next((k for k in range(c + 1, len(cues)) if cues[k].start >= cues[c].end), None)
                limit = cues[nxt].start if nxt is not None else sent.end
                before = [k for k in pool if cues[k].end <= infos[i].mention.start and cues[k].factual]
                if before and any(cues[c].end <= infos[j].mention.start < limit for j in places):
                    c = max(before, key=lambda k: cues[k].end)
            if (
                cues[c].start >= m_end
                and _AFTER_EVENT_RE.fullmatch(text, m_end, cues[c].start)
                and any(
                    0 <= infos[j].mention.start - cues[c].end < 40
                    and not _CLAUSE_PUNCT_RE.search(text, cues[c].end, infos[j].mention.start)
                    for j in places
                    if j != i
                )
            ):
                # « des villages sont évacués en Roumanie, …, après une attaque russe en Ukraine »: the
                # event that came before has a place of its own, this one is where its consequence is
                continue
            if not cues[c].factual and (
                _WHERE_RE.search(text, infos[i].mention.end, cues[c].start)
                # « deux drones abattus lors de l'attaque au-dessus du district de N »: the attack
                # named as the time of the interceptions; the place is where they happened
                or (
                    any(cues[k].factual and cues[k].event == "air_defense" for k in pool)
                    and _DURING_THE_BEFORE_RE.search(text, max(sent.start, cues[c].start - 20), cues[c].start)
                )
            ):
                # « 8 [drones abattus] dans la région de Koursk, où l'armée ukrainienne avance
                # depuis août »: a relative clause's habit describes the place; the place stays with
                # the event the sentence reports
                factual = [k for k in pool if cues[k].factual]
                if factual:
                    c = min(factual, key=lambda c: _cue_distance(cues[c], anchor_pos, splits))
            # « l'offensive lancée par l'armée ukrainienne dans la région de Koursk, les combats se
            # poursuivaient autour de Soudja »: the region is the campaign's, the town the fighting's
            campaign = next(
                (
                    k
                    for k in pool
                    if cues[k].factual
                    and cues[k].event == "ground_combat"
                    and CAMPAIGN_RE.match(text, cues[k].start, cues[k].end)
                    and 0 <= infos[i].mention.start - cues[k].end < 90
                    and _CAMPAIGN_REGION_RE.search(text, cues[k].end, infos[i].mention.start)
                ),
                None,
            )
            if campaign is not None and infos[i].mention.place.kind in ("oblast", "region"):
                c = campaign
            if (
                cues[c].event == "other"
                and cues[c].factual
                and "évacu" in text[cues[c].start : cues[c].end].lower()
            ):
                # « l'évacuation des habitants de X après la chute d'un drone sur une maison »: the
                # place is the physical event's of its clause, the evacuation its consequence
                physical = [
                    k
                    for k in pool
                    if cues[k].factual
                    and cues[k].event not in _NOT_PHYSICAL
                    and _cue_distance(cues[k], anchor_pos, splits) < 1000.0
                    and _CAUSE_BEFORE_RE.search(text, max(sent.start, cues[k].start - 40), cues[k].start)
                ]
                if physical:
                    c = min(physical, key=lambda c: _cue_distance(cues[c], anchor_pos, splits))
            if (
                cues[c].event == "other"
                and cues[c].start >= infos[i].mention.end
                and _RELATIVE_AFTER_PLACE_RE.search(text, infos[i].mention.end, cues[c].start)
            ):
                # « les troupes sont bloquées au nord-est de X par la résistance, qui creuse des
                # tranchées »: the relative clause after the place tells of someone there; the place
                # is the main clause's event's
                main = [
                    k
                    for k in pool
                    if cues[k].factual
                    and cues[k].event not in _NOT_PHYSICAL
                    and cues[k].end <= infos[i].mention.start
                ]
                if main:
                    c = max(main, key=lambda k: cues[k].end)
            if _cue_distance(cues[c], anchor_pos, splits) < 1000.0:  # (no event in this clause: none)
                # « après une tentative d'incursion la veille et des attaques de drones »: the attempt
                # is no event of its own, the noun with its own article after « et » is
                also = [
                    k
                    for k in pool
                    if cues[k].start > cues[c].end
                    and cues[k].factual
                    and cues[k].event != cues[c].event
                    and _OWN_CONJUNCT_RE.fullmatch(text, cues[c].end, cues[k].start)
                ]
                if (
                    also
                    and not cues[c].factual
                    and _ATTEMPT_BEFORE_RE.search(text, max(sent.start, cues[c].start - 20), cues[c].start)
                ):
                    c = also[0]
                assigned[c].append(i)
        _earlier_at_same_place(text, sent, cues, assigned, infos, dates)
        clauses = _coordinated_agents(text, sent, cues, assigned, infos)
        for c, cue in enumerate(cues):
            # « Kourakhové, tombée en janvier », « Soudja, reprise à la mi-mars »: a participle set
            # after a town tells what became of that town (not of the places around it)
            if (
                cue.factual
                and cue.event == "ground_combat"
                and _APPOSED_FALL_RE.match(text, cue.start, cue.end)
            ):
                k = next((j for j in idx if _ends_apposition(text, infos[j].mention.end, cue.start)), None)
                if (
                    k is not None
                    and infos[k].mention.role == "location"
                    and infos[k].mention.place is not None
                    and infos[k].mention.place.kind in _SETTLEMENT_KINDS
                    # (« poussent à partir de Kourakhové, tombée en janvier »: where a push starts from
                    # is still the town that fell)
                    and not (infos[k].container or infos[k].attribute or infos[k].polity)
                ):
                    apposed[c] = k
                    for others in assigned.values():
                        if k in others:
                            others.remove(k)
                    # (« des frappes ont touché Avdiïvka, tombée en février »: the town struck is the
                    # one whose fall is recalled, both events are there)
                    struck = [
                        c2
                        for c2 in range(c)
                        if cues[c2].factual
                        and cues[c2].event in _STRIKES
                        and cues[c2].end <= infos[k].mention.start
                        and not any(
                            cues[c2].end <= infos[j].mention.start < infos[k].mention.start for j in idx
                        )
                    ]
                    if struck:
                        assigned[struck[-1]].append(k)
                    # (the places after it stay with the cue: « à Avdiivka, tombée le 17 février, puis à
                    # Ocheretyne »; the ones before are another clause's)
                    assigned[c] = [k] + [
                        j
                        for j in assigned[c]
                        if infos[j].mention.start > cue.end
                        and _NEXT_IN_LIST_BEFORE_RE.search(
                            text, max(cue.end, infos[j].mention.start - 20), infos[j].mention.start
                        )
                        # (not « et celle de Kourakhové, tenue par l'armée de Kiev »: a
                        # town whose own apposition tells another fate)
                        and not _OWN_APPOSITION_AFTER_RE.match(text, infos[j].mention.end)
                    ]
        for c, cue in enumerate(cues):
            if not cue.factual:
                continue
            if (
                not dates
                and (cue.event in _STRIKES or cue.event == "explosion" or cue.event == "debris")
                and (
                    _ALREADY_BEFORE_RE.search(text, max(sent.start, cue.start - 24), cue.start)
                    # (« des fragments de drones ont déjà été retrouvés », « a retrouvé, à plusieurs
                    # reprises, des débris »: finds of earlier, untold days)
                    or (
                        cue.event == "debris"
                        and _EARLIER_FINDS_RE.search(text, sent.start, sent.end)
                        # (not « à plusieurs reprises à Plauru à partir de septembre 2023 »: a time told)
                        and not _TIME_WORDS_RE.search(text, sent.start, sent.end)
                    )
                )
            ):
                # « la base a déjà été visée par des drones », with no day: an earlier time, untold (not
                # « des forces auraient déjà été engagées »: a state of now)
                if told and told[-1].sent == sent:
                    told[-1].earlier = True
                continue
            if (
                not dates
                and (cue.event in _STRIKES or cue.event == "explosion")
                and _RECALLED_BEFORE_RE.search(text, sent.start, cue.start) is not None
            ):
                # « Il a rappelé que c'était de là que la Russie avait pilonné les villages de X », with
                # no day: a past recalled as background
                if told and told[-1].sent == sent:
                    told[-1].earlier = True
                continue
            chosen = assigned[c]
            if chosen and _WHOSE_RE.search(text, sent.start, cue.start) is not None:
                # (« Chebekino est une ville …, à 100 km de Kharkiv, deuxième ville du pays dont la région
                # est la cible d'une offensive »: the relative clause tells of its antecedent, the place
                # named last before « dont », not of the town the sentence opened on)
                whose = [w.start() for w in _WHOSE_RE.finditer(text, sent.start, cue.start)][-1]
                before = [i for i in idx if infos[i].mention.end <= whose]
                antecedent = (
                    before[-1]
                    if before and whose - infos[before[-1]].mention.end <= _ANTECEDENT_GAP
                    else None
                )
                chosen = [i for i in chosen if infos[i].mention.start > whose or i == antecedent]
                if antecedent is not None and antecedent not in chosen and placed[antecedent]:
                    chosen = [antecedent, *chosen]
            if cue.event == "arms_transfer":
                # located at the recipient: « vente de chars à la Pologne », « livrer des obus au Bélarus »
                chosen = [
                    i
                    for i in idx
                    if placed[i]
                    and infos[i].mention.start > cue.start
                    and re.search(
                        r"\bà\s+(?:la\s+|l[’']\s*|le\s+)?$",
                        text[max(0, infos[i].mention.start - 12) : infos[i].mention.start],
                    )
                ][:1]
            elif (
                owner := _airspace_owner(text, cue, infos, idx)
                if cue.event == "other"
                else _territory_owner(text, sent, cue, infos, idx)
                if cue.event == "debris"
                else None
            ) is not None:
                # « des missiles tirés sur Odessa ont violé l'espace aérien de la Moldavie »,
                # « lancés depuis la mer Noire, ont traversé l'espace aérien moldave »: the violation
                # is in that country's sky, not at the target or the launch site; « des fragments de
                # drones ayant visé l'Ukraine retrouvés sur le sol roumain »: the find, on that soil
                # (and the countries listed with it: « le ciel de la Pologne et de la Lituanie »)
                owner_lists = {heads[i] for i in chosen if infos[i].mention.place.country == owner}
                chosen = [i for i in chosen if infos[i].mention.place.country == owner] or [
                    i for i in places if infos[i].mention.place.country == owner
                ][:1]
                chosen += [
                    j
                    for j in idx
                    if j not in chosen and heads[j] in owner_lists and placed[j] and _is_country(infos[j])
                ]
                if not chosen:
                    # (« l'espace aérien moldave » in a sentence naming no Moldovan place: the country,
                    # named earlier in the article)
                    chosen = [
                        i
                        for i in range(len(infos))
                        if infos[i].mention.end <= cue.start
                        and infos[i].mention.place is not None
                        and infos[i].mention.place.kind == "country"
                        and infos[i].mention.place.country == owner
                    ][-1:]
            elif cue.event == "meeting":
                chosen = [
                    i
                    for i in places
                    if -60 < infos[i].mention.start - cue.end < 90
                    and infos[i].mention.place.kind
                    not in ("sea", "river")  # (« discussions sur la mer Noire »)
                    and re.search(
                        # (« s'est rendu mercredi dans la région de Koursk »: a visit to a region)
                        r"(?:\bà|\bau|\baux|\ben|\bdans|\bsur)\s+(?:la\s+|le\s+|l[’']\s*|les\s+|la\s+ville\s+(?:portuaire\s+)?de\s+|"
                        r"la\s+région\s+(?:de\s+|d[’']\s*)|"
                        r"(?:son|leur)\s+siège\s+(?:de\s+|d[’']\s*)|siège\s+(?:de\s+|d[’']\s*))?$",
                        text[max(0, infos[i].mention.start - 30) : infos[i].mention.start],
                        re.I,  # (« À Paris, le ministre a reçu »)
                    )
                ]
                # (« au sortir du sommet de Vilnius, les alliés ont promis des armes à Kiev »: the
                # town the summit is named after)
                named_after = [
                    i for i in places if _SUMMIT_OF_RE.fullmatch(text, cue.start, infos[i].mention.start)
                ]
                if named_after:
                    chosen = named_after
                # (« arrivé aux États-Unis, il s'est entretenu à New York »: the town, not the country)
                chosen = sorted(
                    chosen, key=lambda i: infos[i].mention.place.kind in ("country", "continent")
                )[:1]
                if not chosen and "conseil" in text[cue.start : cue.end].lower():
                    # « La présidente de la Moldavie réunissait son conseil de sécurité »: the council
                    # of the state the sentence names before it, in that state
                    chosen = [
                        i
                        for i in idx
                        if infos[i].mention.end <= cue.start
                        and infos[i].mention.place is not None
                        and infos[i].mention.place.kind == "country"
                    ][:1]
                if not chosen and "convoqu" in text[cue.start : cue.end].lower():
                    # « CHIȘINĂU, 14 fév. – Le ministère a convoqué l'ambassadeur »: a summons is at the
                    # ministry, in the capital the dispatch is written from (its dateline)
                    chosen = [
                        i
                        for i in range(len(infos))
                        if i not in places
                        and infos[i].mention.place is not None
                        and is_capital(infos[i].mention.place)
                        and _is_dateline(text, infos[i].mention)
                    ][:1]
            if cue.event == "air_defense" and "décoll" in text[cue.start : cue.end]:
                # « deux F-16 ont décollé de la base de Fetești »: a scramble is told at its air base
                base = [
                    i
                    for i in idx
                    if infos[i].origin
                    and infos[i].mention.role == "location"
                    and infos[i].mention.place is not None
                    and infos[i].mention.place.kind in ("landmark", "city", "village")
                    and infos[i].mention.start > cue.start
                ][:1]
                chosen = base or [i for i in chosen if infos[i].mention.place.kind != "country"]
            if not chosen and cue.event in _POLITY_OK:
                # « La Moldavie dit avoir retrouvé des débris de drone »: the state, named first
                # (not the maker of the weapon: « des drones conçus par l'Iran ont violé … »)
                # (nor the country across a border: « près de sa frontière avec l'Ukraine »,
                # nor the attacker: « La Russie a frappé …, blessant deux chauffeurs dans des explosions »)
                chosen = [
                    i
                    for i in polities
                    if infos[i].mention.end <= cue.start
                    and not _MAKER_BEFORE_RE.search(
                        text, max(sent.start, infos[i].mention.start - 90), infos[i].mention.start
                    )
                    and not _ACROSS_BORDER_BEFORE_RE.search(
                        text, max(sent.start, infos[i].mention.start - 40), infos[i].mention.start
                    )
                    and not _ATTACKER_AFTER_RE.match(text, infos[i].mention.end)
                ][:1]
            if not chosen:
                prev = last_in_section.get(sec)
                again = False
                # « les secouristes ont été visés par un second tir de drone »: a second strike told
                # after the first is another incident there
                second = (
                    _SECOND_RE.search(text, max(sent.start, cue.start - 16), min(sent.end, cue.end + 16))
                    is not None
                )
                if prev is None and drafts and second:
                    prev = drafts[-1]  # (« un second tir » a paragraph after the first strike's)
                elif (
                    prev is None
                    and drafts
                    and drafts[-1].event == cue.event
                    and _HAPPENED_RE.match(text, sent.start)
                ):
                    # (« Le bombardement s'est produit lundi » opening the next paragraph: the body tells
                    # the event of the lead)
                    prev = drafts[-1]
                    prev.headline = False
                elif (
                    prev is None
                    and drafts
                    and drafts[-1].event == "explosion"
                    and not drafts[-1].headline
                    and cue.event in ("drone_strike", "missile_strike")
                    and cue.factual
                    and not cue.generic
                    and _nearest_date(dates, cue, text) is None
                ):
                    # (« Des explosions sont audibles … » and, paragraphs on, with no place and no
                    # other day, « une tour a été atteinte par un missile »: what the blasts were)
                    prev = drafts[-1]
                if prev is not None and cue.event == prev.event and cue.event in _STRIKES:
                    dn = _nearest_date(dates, cue, text)
                    # « Dans la nuit de jeudi à vendredi, de nouveaux tirs ont touché la ville »: the
                    # same place struck again another day is another incident
                    again = (
                        not prev.date_default
                        and dn is not None
                        and dn.precision == "day"
                        and dn.date != prev.date
                        and (
                            _AGAIN_RE.search(text, sent.start, sent.end) is not None
                            # (« attaqué samedi par un drone, après une attaque similaire vendredi »)
                            or SIMILAR_AFTER_RE.match(text, cue.end) is not None
                        )
                    )
                    second = second and not again
                else:
                    second = False
                    if (
                        prev is not None
                        and cue.event != prev.event
                        and cue.event in _STRIKES
                        and prev.event in _STRIKES
                        and (
                            (
                                prev.sentence.start == sent.start
                                and _OWN_VICTIMS_RE.search(text, cue.start, min(sent.end, cue.end + 30))
                            )
                            # (« … tirs : un passant tué. Par ailleurs, une grenade lâchée par un drone a
                            # blessé un ouvrier »: another act with its victims)
                            or (
                                not cue.generic
                                and prev.section == sec
                                and prev.place.kind in _SETTLEMENT_KINDS
                                and _BESIDES_RE.match(text, sent.start, cue.start)
                                and _OWN_VICTIMS_RE.search(text, cue.start, sent.end)
                            )
                        )
                    ):
                        # « un drone a tué une passante, et des obus de mortier ont blessé trois
                        # voisins »: another weapon with its own victims, another event
                        # at that place
                        dn = _nearest_date(dates, cue, text)
                        second = True
                if prev is not None and (again or second):
                    j = next(k for k, m in enumerate(infos) if m is prev.info)
                    d = _draft(
                        cue,
                        prev.info,
                        sent,
                        sec,
                        dn,
                        default_day,
                        casualties,
                        weapons,
                        text,
                        heads,
                        j,
                        [j],
                        exclude,
                        lead_end,
                        sec_start=sects[sec].start if 0 <= sec < len(sects) else 0,
                        article_weapon=article_weapon,
                    )
                    if second:
                        d.another = True
                        if dn is None:
                            d.date, d.precision, d.date_default = prev.date, prev.precision, prev.date_default
                    drafts.append(d)
                    last_in_section[sec] = d
                    continue
                if prev is not None and (
                    cue.event in AUXILIARY
                    or cue.event == prev.event
                    or cue.event in _STRIKES
                    # (« le bombardement du village de Sadove a tué un homme. "Il est mort des suites
                    # d'une explosion" »: the blast of that strike)
                    or (cue.event == "explosion" and prev.event in _STRIKES)
                ):
                    prev.casualties = prev.casualties.merge(casualties)
                    prev.ages |= _ages(text, sent)
                    if prev.weapons is None:
                        prev.weapons = weapons
                    if (
                        prev.event == "explosion"
                        and cue.event in ("drone_strike", "missile_strike")
                        and cue.factual
                        and not cue.generic
                    ):
                        # « les habitants ont entendu quatre fortes explosions. L'un des missiles a touché
                        # un immeuble »: the blasts were that strike's
                        prev.event, prev.generic = cue.event, False
                    dm = _nearest_date(dates, cue)
                    if prev.date_default and dm is not None and cue.event == prev.event:
                        prev.date, prev.precision, prev.date_default = dm.date, dm.precision, False
                    continue
                if cue.event in _TOPIC_EVENTS and not places and (prev is None or prev.event != cue.event):
                    earlier = [
                        i
                        for i, m in enumerate(infos)
                        if sects[sec].start <= m.mention.start < sent.start
                        and placed[i]
                        and not _is_dateline(text, m.mention)  # (« KYIV, 3 décembre (Reuters) - »)
                        # (« la région de Koursk, voisine de l'Ukraine »: the neighbour named)
                        and not _ACROSS_BORDER_BEFORE_RE.search(
                            text, max(0, m.mention.start - 40), m.mention.start
                        )
                    ]
                    if earlier:
                        chosen = [earlier[0]]
                if (
                    not chosen
                    and cue.event in _PENDING_EVENTS
                    and prev is None
                    # (« les avions larguent ces bombes depuis la région de Belgorod »: the sentence
                    # names where they come from, the next sentence's place is not where they fall)
                    and not any(
                        _FROM_BEFORE_RE.search(
                            text, max(sent.start, infos[i].mention.start - 90), infos[i].mention.start
                        )
                        for i in idx
                    )
                    and "convoqu" not in text[cue.start : cue.end]  # (a summons is at the ministry)
                ):
                    pending = (sec, cue, _nearest_date(dates, cue) or last_date.get(sec))
                if not chosen:
                    if (
                        cue.event in _UNPLACED_CARRIED
                        and (own := _nearest_date(dates, cue, text)) is not None
                        and own.precision == "day"
                    ):
                        unplaced.append((sec, cue.event, own))
                    continue
            # (an event told before at one of its places: « … à Tchassiv Iar. Lundi, le porte-parole a
            # affirmé que 300 soldats ont été tués dans une frappe sur Tchassiv Iar »)
            # (a strike only: a capture claimed on Monday is dated Monday)
            told_before = cue.event in _STRIKES and any(
                dr.event in _STRIKES and dr.place.id == infos[i].mention.place.id
                for dr in drafts
                for i in chosen
            )
            # (not the section's last date when it is a date of this sentence that tells another story:
            # « qui abritait 30.000 âmes avant la guerre, en février 2022, a été frappée »)
            section_day = last_date.get(sec)
            if (
                section_day is not None
                and sent.start <= section_day.start < sent.end
                and _BEFORE_THE_WAR_RE.search(
                    text, max(sent.start, section_day.start - 80), section_day.start
                )
            ):
                section_day = None
            if (
                section_day is not None
                and sent.start <= section_day.start < cue.start
                and _statement_day(text, section_day, cue_start=cue.start, told=told_before)
            ):
                section_day = None  # (« a fait état, lundi 4 mars, des tirs »)
            if (
                section_day is not None
                and cue.end <= section_day.start < sent.end
                and _WHOSE_CLAUSE_RE.search(text, cue.end, section_day.start) is not None
            ):
                # (« des obus ont frappé le port, que l'ennemi avait conquis le 3 mars »: the
                # day of the later clause, not of the strike)
                section_day = None
            dm = (
                _nearest_date(
                    # (not the day of a fall told in an apposition: « Kherson, libérée en novembre »)
                    [
                        x
                        for x in dates
                        if not any(
                            a != c and cues[a].start <= x.start <= cues[a].end + _APPOSED_DAY_GAP
                            for a in apposed
                        )
                    ]
                    if apposed
                    else dates,
                    cue,
                    text,
                    told_before,
                )
                or _next_day(text, sent, last_date.get(sec), pub, cue.start)
                or (None if _ongoing(text, cue) else section_day or framing_month.get(sec) or heading_day)
                or _date_of_that(text, cue, drafts)
            )
            if (
                dm is not None
                and dm.precision == "day"
                and dm.end <= cue.start
                and (after := _DAYS_AFTER_RE.search(text, dm.end, cue.start)) is not None
            ):
                # « mardi, …, un jour après que la Russie a lancé sa troisième attaque »: the attack
                # was the day before the day told
                days = 2 if (after.group(1) or "").lower() == "deux" else 1
                dm = replace(dm, date=dm.date - timedelta(days=days))
            for i in chosen:
                if cue.event in _FRONT_EVENTS and not _in_theatre(infos[i].mention.place):
                    continue  # « À Lyon, … les débats tournent à l'affrontement »: no front there
                if (
                    cue.event == "explosion"
                    and infos[i].mention.place.country in _HEARD_ACROSS
                    and _HEARD_RE.search(text, sent.start, sent.end)
                    and not _LANDED_RE.search(text, sent.start, sent.end)
                ):
                    # « des habitants de Galați ont entendu des explosions »: blasts heard from across
                    # the border (the strike is on the Ukrainian bank), no event in Romania or Moldova
                    continue
                d = _draft(
                    cue,
                    infos[i],
                    sent,
                    sec,
                    dm,
                    default_day,
                    # (an apposition's event has no toll of the sentence: « Trois femmes sont mortes à
                    # X, près de Y, épicentre de combats »)
                    Casualties(None, None)
                    if c in described
                    else find_casualties(text[clauses[c][0] : clauses[c][1]])
                    if c in clauses
                    else casualties,
                    weapons,
                    text,
                    heads,
                    i,
                    idx,
                    exclude,
                    lead_end,
                    sec_start=sects[sec].start if 0 <= sec < len(sects) else 0,
                    article_weapon=article_weapon,
                    places_at=tuple((infos[j].mention.start, infos[j].mention.end) for j in places if j != i),
                    # (cities only: a village's namesake far from the front must not make the
                    # shelling of its neighbours an air strike)
                    mates=tuple(
                        infos[j].mention.place
                        for j in places
                        if j != i and heads[j] == heads[i] and infos[j].mention.place.kind == "city"
                    ),
                )
                # (« s'est emparée de Guéorguiïvka, située entre Marinka, conquise fin 2023, … »: the
                # apposed fall is another event than the sentence's, at another town however close)
                d.apposed = apposed.get(c) == i
                drafts.append(d)
                if c in described:
                    continue  # (an apposition's event: the sentences after it tell of the others)
                prev = last_in_section.get(sec)
                # follow-up sentences complete the most precise incident of this sentence
                if prev is None or prev.sentence != sent or d.geo_precision < prev.geo_precision:
                    last_in_section[sec] = d
    _sea_to_port(text, drafts, infos, located, title_end)
    # « Jeudi, un incendie a forcé l'évacuation de deux hameaux … ¶ Un dépôt a pris feu près du
    # village de X »: the day told before
    for d in drafts:
        if d.date_default and not d.headline:
            told_day = next(
                (
                    dm
                    for sec, event, dm in reversed(unplaced)
                    if 0 < d.section - sec <= 2 and event == d.event
                ),
                None,
            )
            if told_day is not None:
                d.date, d.precision, d.date_default = told_day.date, "day", False
    drafts = _consolidate(drafts)
    # (a region whose strike was placed at the fire or blast of one of its towns: the classifier adds
    # none there)
    placed_elsewhere = {d.caused_in for d in drafts if d.caused_in is not None}
    if model is not None or collect is not None:
        added = _learned_drafts(
            text,
            infos,
            located,
            placed_elsewhere,
            drafts,
            told,
            model,
            collect,
            heads,
            default_day,
            title_end,
            lead_end,
            sects,
            article_weapon,
        )
        drafts.extend(added)
    incidents = [_to_incident(d, article) for d in drafts]
    return Extraction(article=article, mentions=mentions, incidents=incidents)


#: Countries whose border towns hear the strikes on the Ukrainian side (see _extract).
_HEARD_ACROSS = frozenset({"RO", "MD"})
#: People who heard or saw it (« des habitants de Galați ont entendu », « les riverains disent avoir
#: entendu », « les garde-frontières ont observé plusieurs explosions »), blasts heard far away
#: (« entendues jusqu'à Giurgiulești »); « une détonation a été entendue près d'une caserne à
#: Tiraspol » is a blast there.
_HEARD_RE = re.compile(
    r"\b(?:habitants?|riverains?|résidents?|témoins?|gardes?-frontières?)\b[^.;!?]{0,80}?\b(?:entend|signal|observ)\w*|"
    r"\bentendue?s?\s+jusqu[’']|"
    # (« "J'ai compté cinq explosions", a déclaré M. X, qui apporte ses ruches à Plauru »: a witness)
    r"\bj[’'](?:ai|avons)\s+(?:compté|entendu|vu)\b",
    re.I,
)
#: What a blast left where it was heard (« signalé une explosion et un cratère a été découvert »)
_LANDED_RE = re.compile(r"\b(?:cratères?|dégâts)\b", re.I)
#: Events of a moving front, told of a region near the towns where they happen (« les troupes se
#: rapprochent des limites de la région de Dnipropetrovsk »)
_FRONT_MOVES = {"ground_combat", "troop_deployment"}
#: « de nouveaux tirs », « de nouvelles frappes », « à nouveau », « de nouveau »: the event happened again
_AGAIN_RE = re.compile(r"\b(?:de\s+nouveaux|de\s+nouvelles|à\s+nouveau|de\s+nouveau)\b", re.I)
#: How far ahead (characters) a strike with no weapon of its own (and not one already told) looks for one.
_WEAPON_LOOKAHEAD = 250


#: How far back (characters) a strike with no weapon of its own looks for one.
_WEAPON_LOOKBACK = 400
#: « l'attaque », « la frappe », « cette attaque », « ces frappes », « l'attaque russe qui a visé »: an
#: attack already told.
#: « site visé », « cible visée »: the cue naming the target of an attack told before
_TARGET_CUE_RE = re.compile(
    r"(?:sites?|cibles?|usines?|installations?|dépôts?|raffineries?)\s+visée?s?$", re.I
)
#: « lors de cette attaque », « ces frappes »: an event already told
_DEMONSTRATIVE_BEFORE_RE = re.compile(r"\b(?:cette|ces|cet)\s+$", re.I)


def _date_of_that(text: str, cue: Cue, drafts: list[_Draft]) -> DateMention | None:
    """« Cette nuit, des drones russes ont visé la région. ¶ Huit d'entre eux ont été employés lors
    de cette attaque contre Otchakiv »: the attack told before, on
    the day it was dated (an undated sentence's demonstrative, after a dated strike)."""
    if not drafts or not _DEMONSTRATIVE_BEFORE_RE.search(text, max(0, cue.start - 8), cue.start):
        return None
    last = drafts[-1]
    if last.date is None or last.date_default or last.event != cue.event:
        return None
    return DateMention(cue.start, cue.end, last.date, last.precision)


_DEFINITE_BEFORE_RE = re.compile(
    r"(?:\bl[’']|\bla\s+|\bles\s+|\bcette\s+|\bces\s+|\b(?:attaques?|frappes?|raids?)(?:\s+\w+)?\s+qui\s+)$",
    re.I,
)

#: « une autre frappe », « d'autres attaques »: not the attack told before
_ANOTHER_BEFORE_RE = re.compile(r"\bautres?\s+$", re.I)
#: « Par ailleurs, », « Ailleurs, »: a sentence that turns to another story
_TOPIC_SWITCH_RE = re.compile(r"(?:Par\s+ailleurs|Ailleurs|Dans\s+le\s+même\s+temps)\s*,", re.I)
#: « ces tirs », « cette frappe »: a strike the text told already
_THESE_BEFORE_RE = re.compile(r"\b(?:ces|cette|ce)\s+$", re.I)
_BARE_STRIKE_RE = re.compile(r"(?:tirs|frappes?|bombardements?|attaques?|raids?)\b", re.I)
#: A wave of attacks: « de multiples attaques de drones », « des dizaines de missiles », « une attaque
#: massive » (a region's report of its own, not one of the strikes it names)
_WAVE_RE = re.compile(
    r"\b(?:(?:multiples|nombreuses|plusieurs|séries?\s+d[e’']|vagues?\s+d[e’']|dizaines\s+d[e’'])\s*(?:\S+\s+)?"
    r"(?:attaques|frappes|drones|missiles|bombardements|tirs|obus|roquettes)|(?:attaques?|frappes?)\s+massives?)\b",
    re.I,
)
#: « lors de cette attaque contre la ville de X », « cette frappe a visé »: the attack told before,
#: placed
_THIS_ATTACK_RE = re.compile(
    r"\b(?:(?:lors|au\s+cours)\s+de|pendant|durant)\s+cette\s+(?:attaque|frappe|vague|offensive)\b|"
    r"\bcette\s+(?:attaque|frappe|vague)\s+(?:contre|sur|visant)\b",
    re.I,
)
#: « une attaque au lance-grenades », « attaqué à la grenade »: the weapon right after a generic cue
_GRENADE_AFTER_RE = re.compile(
    r"(?:\s+(?:d[’']|par\s+)?une\s+attaque)?\s+(?:au|à\s+la|aux|avec\s+(?:des|une?))\s+(?:lance-grenades?|grenades?)\b",
    re.I,
)
#: « a attaqué Nikopol … en utilisant des drones kamikazes », « à l'aide de missiles »: the weapon of
#: the attack just told (the weapon follows within a few words)
_INSTRUMENT_RE = re.compile(
    r"\b(?:en\s+(?:utilisant|employant|lançant|tirant)|à\s+l[’']aide\s+d|au\s+moyen\s+d|"
    r"(?:avec|via)\s+(?:des|un|une|plusieurs|\d+)\s)",
    re.I,
)
#: How far after an instrument's words its weapon may be named (« en utilisant des drones kamikazes »).
_INSTRUMENT_SPAN = 40
#: « l'attaque a eu lieu à l'aube à l'aide de », « la frappe a été menée avec des »: the attack just
#: told, and the instrument that names its weapon
_ATTACK_WITH_RE = re.compile(
    r"\b(?:l[’']attaque|la\s+frappe|le\s+bombardement)\s+(?:a|avait)\s+(?:eu\s+lieu|été\s+(?:menée?|lancée?|perpétrée?))"
    r"[^.!?]{0,60}?\b(?:à\s+l[’']aide|au\s+moyen|avec|en\s+utilisant)\b",
    re.I,
)
#: « opérations de sabotage », « actes de sabotage » told just before an attack that names no weapon
_SABOTAGE_TOLD_RE = re.compile(r"\b(?:opérations?|actes?|attaques?)\s+de\s+sabotage\b", re.I)
#: How far after a told attack a sentence may give its weapon (two short paragraphs).
_ATTACK_WITH_SPAN = 600

#: A photo caption under a title: one short sentence ending with where and when the picture was
#: taken (« Un immeuble endommagé après une attaque de drones à Kiev, le 2 octobre 2025. »)
_CAPTION_LINE_RE = re.compile(
    r"[^\n]{10,200},\s+le\s+\d{1,2}(?:er)?\s+[^\W\d]+\.?\s+\d{4}\.?\s*(?:\([^()\n]{0,60}\))?\s*"
)
#: A word (for counting the words of a line).
_WORD_RE = re.compile(r"[^\W\d_]+")
#: A « title » that is a long sentence of prose ending with a full stop (twenty words or more): the
#: first sentence of an excerpt with no headline, whose events are the body's own, not a summary
_LEAD_SENTENCE_RE = re.compile(r"(?:[^\W\d_]+[^\w]+){19,}[^\W\d_]+.*\.", re.S)
#: The longest standfirst (the summary paragraph under a title) read as part of the headline.
_LEAD_MAX = 350
#: A header line under a title: a byline, a date or time, an outlet's name (short, no full stop).
_HEADER_LINE_RE = re.compile(r"[^.!?]{0,80}")


@dataclass(slots=True)
class _Told:
    """A sentence as the rules read it: its section, dates and the dates told before it."""

    sent: Span
    section: int
    dates: list[DateMention]
    section_day: DateMention | None
    heading_day: DateMention | None
    low: str
    unsafe: bool
    #: the rules read a strike of an earlier, untold time there (see _ALREADY_BEFORE_RE): no incident
    earlier: bool = False


def _learned_drafts(
    text: str,
    infos: list[MentionInfo],
    located: list[bool],
    placed_elsewhere: set[str],
    drafts: list[_Draft],
    told: list[_Told],
    model: IncidentModel | None,
    collect: list[tuple[Mention, dict[str, float]]] | None,
    heads: dict[int, int],
    default_day: date | None,
    title_end: int,
    lead_end: int,
    sects: list[Span],
    article_weapon: _ArticleWeapon,
) -> list[_Draft]:
    """The incidents the mention classifier (:mod:`geo.learn`) finds at places where the rules found
    none within :data:`geo.learn.BLOCK_KM`, nor at the regions in ``placed_elsewhere`` (whose strike
    the rules placed at one of their towns); with ``collect``, only the features of every candidate."""
    added: list[_Draft] = []
    sent_starts = [t.sent.start for t in told]
    tokens: dict[int, list[str]] = {}
    places_in: dict[int, int] = {}
    # place id -> (events the rules found within BLOCK_KM, whether one of them stands for this place)
    near_by_place: dict[str, tuple[list[str], bool]] = {}
    for i, info in enumerate(infos):
        m = info.mention
        if (
            not located[i]
            or info.polity
            or m.place is None
            or (collect is None and m.place.id in placed_elsewhere)
        ):
            continue
        if collect is None and _FROM_BEFORE_RE.search(text, max(0, m.start - 90), m.start):
            continue  # (« envoyés depuis la base de X »: where it came from, not where it happened)
        if collect is None and _SEAT_BEFORE_RE.search(text, max(0, m.start - 60), m.start):
            continue  # (« a déclaré l'état-major général à Kiev »: where who speaks sits)
        k = bisect.bisect_right(sent_starts, m.start) - 1
        if k < 0 or not (told[k].sent.start <= m.start < told[k].sent.end):
            continue  # (page furniture: no sentence read)
        if collect is None and told[k].earlier:
            continue
        t = told[k]
        if (
            collect is None
            and _DISTANCE_FROM_BEFORE_RE.search(text, max(t.sent.start, m.start - 60), m.start)
            and any(d.sentence == t.sent for d in drafts)
        ):
            continue  # (« À 40 km de X, le port de Y a été touché »: X only measures where Y lies)
        if collect is None and _TOWN_NEAR_BEFORE_RE.search(text, max(t.sent.start, m.start - 60), m.start):
            continue  # (« Y, ville proche de X », « cette ville voisine de X »: X only says where Y lies)
        if (
            collect is None
            and i > 0
            and infos[i - 1].mention.end + 1 == m.start
            and text[m.start - 1] == "-"
            and any(d.sentence == t.sent for d in drafts)
        ):
            continue  # (« le pont Mayaki-Udobne »: the second village of one name, told at the first)
        place = m.place
        cached = near_by_place.get(place.id)
        if cached is None:
            close = [
                d for d in drafts if _haversine(d.place.lat, d.place.lon, place.lat, place.lon) <= BLOCK_KM
            ]
            cached = near_by_place[place.id] = (
                [d.event for d in close],
                any(_blocks(d.place, place) for d in close),
            )
        near, blocked = cached
        if collect is None and (blocked or any(_blocks(d.place, place) for d in added)):
            continue  # (an incident is told there already)
        if k not in tokens:
            tokens[k] = sorted(set(fold_tokens(t.low)))
            places_in[k] = sum(
                1
                for o in infos
                if t.sent.start <= o.mention.start < t.sent.end and o.mention.role != "metonym"
            )
        here = [d.event for d in drafts if d.sentence == t.sent and d.place.id == place.id]
        features = mention_features(
            text,
            m,
            (t.sent.start, t.sent.end),
            title_end=title_end,
            sentence_tokens=tokens[k],
            places_in_sentence=places_in[k],
            events_here=here,
            events_near=near,
        )
        if collect is not None:
            collect.append((m, features))
            continue
        assert model is not None
        event = model.predict(features)
        if event is None or (event in _FRONT_EVENTS and not _in_theatre(place)):
            continue
        cue = Cue(event, m.start, m.end)
        dm = _nearest_date(t.dates, cue, text) or (
            None if _ongoing(text, cue) else t.section_day or t.heading_day
        )
        sentence = text[t.sent.start : t.sent.end]
        added.append(
            _draft(
                cue,
                info,
                t.sent,
                t.section,
                dm,
                default_day,
                find_casualties(sentence, low=t.low, unsafe=t.unsafe),
                find_weapons(sentence, low=t.low, unsafe=t.unsafe),
                text,
                heads,
                i,
                [i],
                None,
                lead_end,
                sec_start=sects[t.section].start if 0 <= t.section < len(sects) else 0,
                article_weapon=article_weapon,
            )
        )
    return added


#: The airspace named in a violation (« l'espace aérien de la Moldavie », « l'espace aérien
#: roumain »): group 1 the adjective, or the end of the match is where the country's name starts.
_AIRSPACE_OWNER_RE = re.compile(
    r"espace\s+aérien\s+(?:national\s+)?(?:(moldave|roumain|polonais|ukrainien|biélorusse|russe|bulgare|"
    r"hongrois|slovaque|lituanien|letton|estonien|finlandais|turc|géorgien)e?s?\b|"
    r"(?:de\s+la\s+|de\s+l[’']\s*|du\s+|de\s+))",
    re.I,
)
_AIRSPACE_ADJECTIVES = {
    "moldave": "MD",
    "roumain": "RO",
    "polonais": "PL",
    "ukrainien": "UA",
    "biélorusse": "BY",
    "russe": "RU",
    "bulgare": "BG",
    "hongrois": "HU",
    "slovaque": "SK",
    "lituanien": "LT",
    "letton": "LV",
    "estonien": "EE",
    "finlandais": "FI",
    "turc": "TR",
    "géorgien": "GE",
}


#: The territory a find is made on (« sur le sol roumain », « en territoire moldave », « sur le
#: territoire de la Roumanie », « sur son sol »): group 1 « son », group 2 the adjective, or the end
#: of the match is where the country's name starts.
_TERRITORY_OWNER_RE = re.compile(
    r"\b(?:[Ss]ur\s+|[Ee]n\s+)(?:(son)\s+|le\s+)?(?:sol|territoire)\b(?(1)|\s+(?:("
    + "|".join(_AIRSPACE_ADJECTIVES)
    + r")e?s?\b|(?:de\s+la\s+|de\s+l[’']\s*|du\s+|de\s+)(?=[A-ZÀ-Ý])))",
)


def _territory_owner(text: str, sent: Span, cue: Cue, infos: list[MentionInfo], idx: list[int]) -> str | None:
    """The country (ISO code) on whose soil a find is made (« des fragments de drones ayant visé
    l'Ukraine ont été retrouvés sur le sol roumain »: Romania, not the weapon's target), or ``None``."""
    m = _TERRITORY_OWNER_RE.search(text, sent.start, sent.end)
    if m is None:
        return None
    if m.group(1):
        return _speaker_country(text, cue, infos, idx, sent)
    if m.group(2):
        return _AIRSPACE_ADJECTIVES.get(m.group(2).lower())
    for i in idx:
        place = infos[i].mention.place
        if infos[i].mention.start == m.end() and place is not None and place.kind == "country":
            return place.country
    return None


#: A subordinate clause opening a sentence (« Depuis que la guerre a commencé, »): the subject
#: of the main clause comes after its comma
_FRONTED_CLAUSE_RE = re.compile(
    r"\s*(?:(?:Depuis|Alors|Après|Avant|Bien|Pendant|Tandis)\s+qu[e’']|Lorsqu[e’']|Quand\b)[^,.;:!?]*,", re.I
)


def _speaker_country(
    text: str, cue: Cue, infos: list[MentionInfo], idx: list[int], sent: Span | None = None
) -> str | None:
    """The state that speaks, named before ``cue`` in its sentence (« La Roumanie a annoncé des
    incursions de drones dans son espace aérien »), not the maker of a weapon (« des drones conçus
    par l'Iran avaient violé son espace aérien »), nor a state named in a clause that opens the
    sentence (« Depuis que la Russie vise le Danube, la Roumanie a trouvé des restes de drones
    sur son territoire »); ``None`` when the first place named is no country."""
    fronted = _FRONTED_CLAUSE_RE.match(text, sent.start, cue.start) if sent is not None else None
    skip = fronted.end() if fronted is not None else -1
    before = [
        infos[i].mention.place
        for i in idx
        if skip <= infos[i].mention.start
        and infos[i].mention.end <= cue.start
        and infos[i].mention.place is not None
        and not _MAKER_BEFORE_RE.search(text, max(0, infos[i].mention.start - 90), infos[i].mention.start)
    ]
    return before[0].country if before and before[0].kind == "country" else None


def _airspace_owner(text: str, cue: Cue, infos: list[MentionInfo], idx: list[int]) -> str | None:
    """The country (ISO code) whose airspace a violation cue names, or ``None`` (« son espace
    aérien », « l'espace aérien national »: the country is told elsewhere)."""
    at = text.find("espace", cue.start, cue.end)
    if at < 0:
        return None
    if text[max(0, at - 4) : at] == "son ":
        return _speaker_country(text, cue, infos, idx)
    m = _AIRSPACE_OWNER_RE.match(text, at)
    if m is None:
        return None
    if m.group(1):
        return _AIRSPACE_ADJECTIVES.get(m.group(1).lower())
    for i in idx:
        place = infos[i].mention.place
        if infos[i].mention.start == m.end() and place is not None:
            return place.country
    return None


#: How long (characters) the text under a first paragraph must go on for that paragraph's places,
#: never named again, to make it the story's own rather than a summary of it.
_LEAD_BODY_MIN = 400


def _lead_end(
    text: str, title_end: int, furniture: list[Span], pub: date | None, mentions: list[Mention] | None = None
) -> int:
    """Where the headline of an article ends: after the title and, when the first paragraph under
    it (past header lines: date, byline) is a short summary with no date of its own (« Frappes sur
    Odessa et Dnipro, débris de drone en Roumanie : voici les événements de la semaine »), after
    that paragraph too; its events are the body's, told again. Not when none of the places it
    names (of ``mentions``) comes back in the body: a story's first paragraph, not its summary
    (« En Lettonie, sur la côte du district de Ventspils, un débris a été découvert »)."""
    if title_end <= 0:
        return title_end
    pos = title_end
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            return title_end
        start = nl + 1
        while start < len(text) and text[start] in " \t\n\xa0":
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if not line:
            return title_end
        if _in_spans(start, furniture) or _HEADER_LINE_RE.fullmatch(line) or _CAPTION_LINE_RE.fullmatch(line):
            pos = end
            continue
        if (
            len(line) > _LEAD_MAX
            or start > 3 * _LEAD_MAX
            # (« «Des drones ont attaqué les districts d'Azov … dans la nuit. …», a écrit le gouverneur »:
            # a quotation opens the story, it sums up none)
            or line[0] in '«"“'
            # (« cette semaine », « ces derniers jours »: a summary's span, not one day of the body)
            or any(d.precision == "day" for d in find_dates(text, pub or date(2000, 1, 1), start, end))
        ):
            return title_end
        if mentions and len(text) - end >= _LEAD_BODY_MIN:
            # (a body long enough to tell again what a summary announces)
            told = [m.place for m in mentions if start <= m.start < end and m.place is not None]
            later = [m.place for m in mentions if m.start >= end and m.place is not None]
            if told and not any(_told_again(p, later) for p in told):
                return title_end
        return end


def _told_again(p: Place, later: list[Place]) -> bool:
    """Does one of the places of ``later`` name ``p`` again, or a place of its region or country?"""
    if p.kind == "country":
        return any(q.country == p.country for q in later)
    return any(
        q.id == p.id
        or (p.admin1 is not None and q.admin1 == p.admin1)
        or (p.kind in ("oblast", "region") and q.admin1 == p.name)
        or (q.kind in ("oblast", "region") and p.admin1 == q.name)
        for q in later
    )


#: Distance (km) from the front line within which an attack naming no weapon is most likely
#: shelling: the reach of tube and rocket artillery (Kherson, Nikopol, Kupiansk, the front villages;
#: not Kramatorsk, Zaporizhzhia or Kharkiv, struck by missiles and glide bombs).
_GUN_RANGE_KM = 20.0


def _within_gun_range(place: Place, day: date | None) -> bool:
    """Is ``place`` a Ukrainian town or village within :data:`_GUN_RANGE_KM` of the team's front line
    of ``day`` (the earliest line for days before it)?"""
    if place.country != "UA" or place.kind not in ("city", "village", "district") or day is None:
        return False
    return _front_distance_km(round(place.lat, 3), round(place.lon, 3), day) <= _GUN_RANGE_KM


#: Distance (km) from the front line beyond which no gun reaches a town: the longest rocket
#: launchers' 70 to 90 km, and some margin (Kyiv, Lviv, Vinnytsia, Odesa; not Mykolaiv, Zaporizhzhia).
_BEYOND_GUNS_KM = 100.0
#: Regions shelled across the Russian border, whatever their distance from the front line.
_SHELLED_ACROSS_BORDER = frozenset({"Sumy Oblast", "Chernihiv Oblast", "Kharkiv Oblast"})
#: The north besieged until the Russian withdrawal of early April 2022 (Irpin, Boutcha, Hostomel).
_NORTH_FRONT_2022 = frozenset({"Kyiv City", "Kyiv Oblast", "Zhytomyr Oblast"})
_NORTH_FRONT_2022_END = date(2022, 4, 5)


#: Warships, whose guns reach a coast far from the front
_WARSHIP_RE = re.compile(
    r"\b(?:navires?|bâtiments?\s+de\s+guerre|frégates?|croiseurs?|corvettes?|vedettes?)\b", re.I
)


#: Distance (km) from the front line beyond which no rocket launcher reaches a town (Tornado-S: 120)
_BEYOND_ROCKETS_KM = 200.0


def _beyond_guns(place: Place, day: date | None, km: float = _BEYOND_GUNS_KM) -> bool:
    """Is ``place`` a Ukrainian town or village out of every gun's reach on ``day``: more than
    ``km`` (:data:`_BEYOND_GUNS_KM`) from the team's front line (the earliest line for days before
    it), not in a region shelled across the border, nor in the north during its siege of 2022?"""
    if place.country != "UA" or place.kind not in ("city", "village") or day is None or not place.admin1:
        return False
    if place.admin1 in _SHELLED_ACROSS_BORDER or (
        day <= _NORTH_FRONT_2022_END and place.admin1 in _NORTH_FRONT_2022
    ):
        return False
    return _front_distance_km(round(place.lat, 3), round(place.lon, 3), day) > km


@functools.lru_cache(maxsize=4096)
def _front_distance_km(lat: float, lon: float, day: date) -> float:
    """Distance to the builtin front line of ``day`` (:func:`geo.frontline.frontline` picks the line on
    or before it; the earliest line for days before every line), ``inf`` with none."""
    from geo import frontline

    first = _first_front_day()
    if first is None:
        return math.inf
    return frontline.distance_km(lat, lon, on=max(day, first), origin="builtin")


@functools.cache
def _first_front_day() -> date | None:
    """The date of the earliest builtin front line (read once)."""
    from geo import frontline

    dates = [i.date for i in frontline.list_frontlines() if i.origin == "builtin"]
    return min(dates) if dates else None


def _sabotage_told(text: str, start: int, cue: int) -> bool:
    """Do the sentences just before ``start`` tell sabotage, with no weapon named since, up to the
    attack cue at ``cue`` (« deux opérations de sabotage visant des voies ferrées », then « a mené
    l'attaque du lundi dans la région de Koursk »: that attack was one of them)?"""
    told = list(_SABOTAGE_TOLD_RE.finditer(text, max(0, start - _WEAPON_LOOKBACK), start))
    return bool(told) and first_weapon_event(text, told[-1].end(), cue) is None


class _ArticleWeapon:
    """:func:`geo.cues.main_weapon_event` of an article, read when first asked (it scans the whole
    text, and most articles never need it)."""

    __slots__ = ("_done", "_text", "_value")

    def __init__(self, text: str) -> None:
        self._text = text
        self._value: str | None = None
        self._done = False

    def get(self) -> str | None:
        if not self._done:
            self._value, self._done = main_weapon_event(self._text), True
        return self._value


#: The first sentence of a paragraph telling who or what an attack was made by (« Les autorités
#: signalent une longue attaque menée par »)
_NEXT_ATTACK_TOLD_RE = re.compile(
    r"\s*[^\n.!?]{0,120}?\b(?:attaques?|frappes?|raids?)\b[^\n.!?]{0,40}?\b(?:menée?s?|lancée?s?|conduite?s?)\s+(?:par|avec)\s+",
    re.I,
)
#: « La Russie a notamment tiré trois missiles »: a sentence detailing the strikes of the one before
_NOTABLY_FIRED_RE = re.compile(
    r"\s*[^\n.!?]{0,60}?\bnotamment\s+(?:tiré|lancé|utilisé|employé)\b[^\n.!?]*", re.I
)
#: « En particulier, », « Notamment, »: a sentence that details the one before it
_ELABORATION_START_RE = re.compile(r"(?:En\s+particulier|Notamment|Parmi\s+elles|Parmi\s+eux)\s*,", re.I)
#: Weapons shot down before a cue in its sentence: not the weapon of its attack.
_SHOT_DOWN_RE = re.compile(r"\b(?:abatt|intercept|neutralis|détrui|detrui|repouss)", re.I)


def _draft(
    cue: Cue,
    info: MentionInfo,
    sent: Span,
    sec: int,
    dm: DateMention | None,
    default_day: date | None,
    casualties: Casualties,
    weapons: dict | None,
    text: str,
    heads: dict[int, int],
    i: int,
    idx: list[int],
    exclude: list[tuple[int, int]] | None = None,
    title_end: int = 0,
    sec_start: int = 0,
    article_weapon: _ArticleWeapon | None = None,
    places_at: tuple[tuple[int, int], ...] = (),
    mates: tuple[Place, ...] = (),
) -> _Draft:
    """A draft incident of ``cue`` at ``info``'s place (``places_at``: where the sentence's other
    places are named, when the caller knows them; ``mates``: the other places of its list)."""
    place = info.mention.place
    assert place is not None
    event = cue.event
    own_weapon = None
    # « Après ces tirs sur Odessa, … »: the strikes just told, whatever their weapon, on no day of
    # their own
    these = (
        event in _STRIKES
        and dm is None
        and _THESE_BEFORE_RE.search(text, max(0, cue.start - 6), cue.start) is not None
        and _BARE_STRIKE_RE.match(text, cue.start, cue.end) is not None
    )
    told = these or (
        cue.generic
        and _DEFINITE_BEFORE_RE.search(text, max(0, cue.start - 30), cue.start) is not None
        and first_weapon_event(text, sent.start, sent.end) is None
        # (not « la frappe du 30 décembre »: an attack of its own day)
        and (dm is None or not (dm.explicit or dm.absolute))
    )
    if cue.generic and (
        _DEFINITE_BEFORE_RE.search(text, max(0, cue.start - 30), cue.start)
        # (« le site visé serait X »: the target of the attack told before)
        or _TARGET_CUE_RE.match(text, cue.start, cue.end)
    ):
        # « l'attaque qui a visé X », « cette frappe »: an attack already told, with no weapon of its
        # own here: the weapon named in the sentences just before (same section) tells (not the cue's
        # own sentence: the cue read it, and its weapons may be intercepted ones)
        lo = max(sec_start, sent.start - _WEAPON_LOOKBACK)
        # (« à Nikopol, des drones FPV ont visé un bus ; un passager est mort dans l'attaque »: the
        # weapon that struck earlier in the sentence, unless it was shot down, names the attack)
        own_weapon = (
            last_weapon_event(text, sent.start, cue.start)
            if _SHOT_DOWN_RE.search(text, sent.start, cue.start) is None
            else None
        )
        event = (
            own_weapon
            or ("sabotage" if _sabotage_told(text, sent.start, cue.start) else None)
            or (last_weapon_event(text, lo, sent.start) if lo < sent.start else None)
            # (none in its paragraph: the weapon of the article's attack, named in an earlier one)
            or (last_weapon_event(text, 0, sec_start) if sec_start > 0 else None)
            or event
        )
    elif cue.generic and _GRENADE_AFTER_RE.match(text, cue.end, sent.end):
        # « la cible, la nuit, d'une attaque au lance-grenades »: a grenade blast (ACLED's grenade sub-event is
        # an explosion, not a strike from afar)
        event = "explosion"
    elif cue.generic and (
        weapon := next(
            (
                w
                for m in _INSTRUMENT_RE.finditer(text, cue.end, sent.end)
                if (w := first_weapon_event(text, m.end(), min(sent.end, m.end() + _INSTRUMENT_SPAN)))
            ),
            None,
        )
    ):
        # « l'ennemi a attaqué Nikopol … en utilisant des drones kamikazes FPV, … et des tirs
        # d'artillerie »: the attack's weapon is the one it was made with (the first of them)
        event = weapon
    elif (
        cue.generic
        and sent.start >= title_end
        and sent.start > sec_start
        and first_weapon_event(text, sent.start, sent.end) is None
        # (not « Par ailleurs, … à la suite d'une autre frappe nocturne sur X »: another attack)
        and _ANOTHER_BEFORE_RE.search(text, max(sent.start, cue.start - 10), cue.start) is None
        and _TOPIC_SWITCH_RE.match(text, sent.start) is None
    ):
        # « L'appareil s'est écrasé lorsque la Russie a attaqué le port » after « un drone a été
        # repéré »: a generic attack takes the weapon named just before in its paragraph (not when
        # its own sentence names one: « détruit trois drones après des frappes » were other weapons)
        lo = max(sec_start, sent.start - _WEAPON_LOOKBACK)
        event = last_weapon_event(text, lo, sent.start) or event
    elif (
        cue.generic
        and first_weapon_event(text, sent.start, sent.end) == "shelling"
        and last_weapon_event(text, sent.start, sent.end) == "shelling"
    ):
        # « ont subi des tirs quasi quotidiens …, 412 attaques »: attacks in a sentence that names only
        # guns are their shelling
        event = "shelling"
    elif (
        cue.generic
        and _SHOT_DOWN_RE.search(text, sent.start, sent.end) is None
        # (the weapons of the cue's side of a « tandis que »: « une frappe a tué deux personnes à X,
        # tandis que l'Ukraine accusait Moscou de drones sur Y »)
        and len(kinds := weapon_events(text, *while_side(text, sent.start, sent.end, cue.end))) == 1
        # (not « des drones ont incendié un dépôt en Crimée et une frappe a tué deux civils près de
        # Koursk »: a weapon told only before another place is that place's attack)
        and not (
            first_weapon_event(text, cue.start, sent.end) is None
            and NEXT_EVENT_BEFORE_RE.search(text, max(sent.start, cue.start - 12), cue.start) is not None
            and any(
                sent.start <= a < cue.start
                and first_weapon_event(text, b, cue.start) is None
                and first_weapon_event(text, sent.start, a) is not None
                for a, b in places_at
            )
        )
    ):
        # « les drones se sont écrasés … à la suite d'un assaut aérien russe sur le port de Reni »: the
        # one kind of weapon the sentence names, none of it shot down, is the attack's
        event = next(iter(kinds))
    elif cue.generic and sent.start >= title_end and dateline_at(text, sent.start):
        # « La Russie a de nouveau visé dans la nuit les ports d'Izmaïl et de Reni. » then « une
        # vingtaine de drones ont été lancés »: a wire's lead names the weapon in the next sentence
        event = first_weapon_event(text, sent.end, min(len(text), sent.end + _WEAPON_LOOKAHEAD)) or event
    if (
        cue.generic
        and event == cue.event
        and article_weapon is not None
        and first_weapon_event(text, *_own_clause(text, sent, cue)) is None
        # (not « l'ennemi a tiré sur le quartier » in its own paragraph: guns fire, whatever
        # weapon the article tells elsewhere)
        and not (event == "shelling" and _FIRED_VERB_RE.match(text, cue.start, cue.end))
    ):
        # « Une attaque provoque l'incendie d'un chantier naval. Selon le gouverneur, … une attaque de
        # missile »: the weapon named next in its paragraph; else « un entrepôt a été touché » with no
        # weapon near it: the weapon the article is about (not in the headline, whose attack the body
        # tells, nor next to other weapons: « détruit trois drones après des frappes »)
        nl = text.find("\n", sent.end)
        ahead = min(len(text) if nl < 0 else nl, sent.end + _WEAPON_LOOKAHEAD)
        named = None
        if _ELABORATION_START_RE.match(text, sent.start):
            # (« … ont tiré missiles et drones sur plusieurs villes. En particulier, à X, une usine
            # a été endommagée »: the strikes told just before)
            named = first_weapon_event(text, max(sec_start, sent.start - _WEAPON_LOOKBACK), sent.start)
        named = named or first_weapon_event(text, sent.end, ahead)
        if (
            named is None
            and 0 <= nl < sent.end + _WEAPON_LOOKAHEAD
            and (next_told := _NEXT_ATTACK_TOLD_RE.match(text, nl))
        ):
            # (« … alors que le port de Reni semblait frappé. ¶ Les autorités ont fait état d'une
            # attaque menée par des drones »: the paragraph after tells that attack's weapon)
            named = first_weapon_event(text, next_told.end(), next_told.end() + _INSTRUMENT_SPAN)
        if named is None and (
            told_with := _ATTACK_WITH_RE.search(text, sent.end, sent.end + _ATTACK_WITH_SPAN)
        ):
            # (« … après une attaque visant la ville de X. ¶ … ¶ Selon la police, l'attaque a eu lieu en
            # soirée au moyen d'engins sans pilote »: the weapon of that attack)
            named = first_weapon_event(text, told_with.end(), told_with.end() + _INSTRUMENT_SPAN)
        if named is None and _sabotage_told(text, sent.start, cue.start):
            named = "sabotage"
        named = named or article_weapon.get()
        if named is None:
            # « Une attaque de drones a endommagé … ¶ Le port voisin a été le plus durement frappé »: the
            # weapon named just before (not weapons shot down there: « abattu douze roquettes et cinq
            # drones »)
            back = max(0, sent.start - _WEAPON_LOOKBACK)
            if _SHOT_DOWN_RE.search(text, back, sent.start) is None:
                named = last_weapon_event(text, back, sent.start)
        if (
            named is None
            and event == "missile_strike"
            and _within_gun_range(place, dm.date if dm else default_day)
        ):
            # (« un établissement de santé à Bilozerka a été attaqué cette nuit », no weapon named in
            # the whole story: a few kilometres from the front line, guns most likely)
            named = "shelling"
        event = named or event
    if (
        event == "shelling"
        and "bombard" in text[cue.start : cue.end].lower()
        and first_weapon_event(text, sent.start, cue.start) is None
        and first_weapon_event(text, cue.end, sent.end) is None
        and (notably := _NOTABLY_FIRED_RE.match(text, sent.end))
    ):
        # « le port a subi des bombardements. L'ennemi a notamment tiré deux missiles »: the
        # weapons the next sentence details
        event = first_weapon_event(text, notably.start(), notably.end()) or event
    day = dm.date if dm else default_day
    if (
        event == "shelling"
        # (not « des navires russes ont tiré sur la côte près d'Odessa »: a warship's guns)
        and _WARSHIP_RE.search(text, sent.start, sent.end) is None
        and (
            (
                not guns_named(text, sent.start, sent.end)
                and any(_beyond_guns(p, day) for p in (place, *mates))
            )
            # (« une attaque à la roquette russe à Ternopil »: no rocket launcher reaches a town
            # several hundred kilometres behind the front, the press's « roquette » is a missile)
            or (
                not guns_named(text, sent.start, sent.end, rockets=False)
                and _beyond_guns(place, day, _BEYOND_ROCKETS_KM)
            )
        )
    ):
        # « le bombardement nocturne a visé plusieurs villes, notamment Kyiv, Odessa et Tchernihiv »:
        # no gun reaches a town 100 km behind the front, the bombing came from the air (on every
        # town of the list: one bombing reached Kyiv and Zaporijjia alike)
        event = air_weapon_event(text)
    listed = heads[i] != i or any(heads[j] == i for j in idx if j != i)
    return _Draft(
        campaign=event == "ground_combat" and CAMPAIGN_RE.match(text, cue.start, cue.end) is not None,
        blast=event == "explosion" and _BLAST_RE.search(text, sent.start, sent.end) is not None,
        actor_explicit=bool(nationality_spans(text, sent.start, sent.end)),
        headline=sent.start < title_end or _subheading(text, sent),
        event=event,
        info=info,
        place=place,
        date=dm.date if dm else default_day,
        precision=dm.precision if dm else "day",
        date_default=dm is None or dm.vague,
        # (« des tirs ont tué quatre civils à X, ont indiqué lundi les autorités »: the day of the
        # report, the event was on it or before; the day told for it elsewhere prevails)
        reported=dm is not None and _reported_day(text, dm, cue),
        pluperfect=_PLUPERFECT_RE.search(text, sent.start, sent.end) is not None,
        mixed=_several(weapon_events(text, sent.start, sent.end)) if event in _STRIKES else frozenset(),
        sentence=sent,
        clock=_clock(text, sent),
        ages=_ages(text, sent),
        section=sec,
        casualties=casualties,
        weapons=weapons if cue.event not in ("meeting", "troop_deployment", "ground_combat") else None,
        actor=actor_near(text, sent.start, sent.end, cue, place_country=place.country, exclude=exclude),
        geo_precision=_geo_precision(info),
        list_head=heads[i] if listed else -1,
        generic=(cue.generic or these) and own_weapon is None,
        wave=event in _STRIKES and _WAVE_RE.search(text, sent.start, sent.end) is not None,
        this_attack=event in _STRIKES and _THIS_ATTACK_RE.search(text, sent.start, sent.end) is not None,
        another=(
            _ANOTHER_BEFORE_RE.search(text, max(sent.start, cue.start - 16), cue.start) is not None
            and _EVENT_NOUN_RE.match(text, cue.start) is not None
        )
        # (« Vers midi, un drone a également frappé le quartier de X »: one more attack, with its own victims)
        or _ONE_MORE_RE.fullmatch(text, max(sent.start, cue.start - 4), cue.end) is not None,
        again=_AGAIN_RE.search(text, max(sent.start, cue.start - 30), min(sent.end, cue.end + 30))
        is not None,
        told=told,
        fallen=event == "debris"
        and _THE_WEAPON_BEFORE_RE.search(text, max(sent.start, cue.start - 4), cue.start) is not None,
        towards=event == "air_defense"
        and _SENT_TOWARDS_BEFORE_RE.search(text, max(sent.start, info.mention.start - 90), info.mention.start)
        is not None,
    )


#: « à partir de (vendredi 5 mai) », « à partir du »: the day a measure starts
_FROM_DAY_BEFORE_RE = re.compile(r"\bà\s+partir\s+(?:de\s+|du\s+|d[’']\s*)$", re.I)
#: « l'engin est tombé », « le missile est tombé »: the definite article of a weapon told before
_THE_WEAPON_BEFORE_RE = re.compile(r"\b(?:l[’']|[Ll]e\s)$")
#: « (drones) envoyés surtout en direction de la », « lancés vers la »: where the
#: weapons shot down were heading
_SENT_TOWARDS_BEFORE_RE = re.compile(
    r"\b(?:envoyée?s?|lancée?s?|tirée?s?|dirigée?s?)\b[^.;:!?]{0,25}?\b(?:en\s+direction|vers)\b[^.;:!?]{0,25}$",
    re.I,
)


#: « Par ailleurs, », « En outre, »: a sentence opening on another act than the one told before
_BESIDES_RE = re.compile(r"\s*(?:Par\s+ailleurs|En\s+outre|De\s+plus|Parallèlement)\s*,", re.I)
#: a strike cue followed by its victims (« des tirs d'artillerie ont blessé »)
_OWN_VICTIMS_RE = re.compile(r"\b(?:ont|a)\s+(?:\S+\s+)?(?:tué|blessé)\b", re.I)
#: « un second tir », « une deuxième frappe »: a strike after one already told
_SECOND_RE = re.compile(
    r"\bune?\s+(?:second|seconde|deuxième|troisième)\s+(?:tir|frappe|attaque|bombardement|explosion|salve|vague|"
    r"raid|drone|missile)",
    re.I,
)
#: « Le bombardement s'est produit lundi », « L'attaque a eu lieu vers 3 heures »: a sentence opening on
#: when the event just told happened (it may open the next paragraph)
_HAPPENED_RE = re.compile(
    r"(?:l[’']\s*|la\s+|le\s+|cette\s+|ce\s+)(?:attaque|frappe|bombardement|explosion|raid|tir|incendie)\s+"
    r"(?:s[’']est\s+(?:produite?|déroulée?)|a\s+eu\s+lieu|est\s+survenue?)\b",
    re.I,
)
#: « un autre bombardement », « d'autres attaques »: right before a cue, an event not told yet
_ANOTHER_BEFORE_RE = re.compile(
    # (« visés par un second tir d'artillerie »: a strike after the one already told)
    r"\b(?:une?\s+autre|d[’']autres|une?\s+(?:second|seconde|deuxième|troisième))\s+$",
    re.I,
)
#: the nouns of an event (not « d'autres blessés »: other people)
#: « un drone a également visé », « une frappe a aussi touché »: a new attack told after another
_ONE_MORE_RE = re.compile(
    r"\s*\bune?\s+(?:attaque|frappe|drone|missile|obus|roquette|bombe)\w*\s+(?:\w+\s+)?(?:a|ont)\s+(?:également|aussi)\s+\w+",
    re.I,
)
_EVENT_NOUN_RE = re.compile(
    r"(?:attaque|frappe|bombardement|tir|explosion|raid|salve|vague|drone|missile|obus|roquette)", re.I
)
#: « …, dont la région », « …, dont le port »: a relative clause about something of the place before
_WHOSE_RE = re.compile(
    r"\bdont\s+(?:la|le|les|l[’'])\s*(?:\w+\s+){0,2}?(?:est|sont|était|étaient|a|ont)\b", re.I
)
#: How far before « dont » (characters) its antecedent place may be named (« Kharkiv, deuxième ville
#: ukrainienne dont »).
_ANTECEDENT_GAP = 40
#: « …, où … »: a relative clause opened after a place
_WHERE_RE = re.compile(r",\s+où\b")
#: « , où un obus avait déjà blessé une femme », « , voisine de l'Ukraine, où un passant a été blessé
#: dans des frappes »: a relative clause telling what else happened there
_WHERE_BEFORE_RE = re.compile(r"^(?:\s*,\s+[^,.;:!?]{1,40})?\s*,\s+où\s+(?:[^\s,.;:!?]+\s+){0,20}?$")


def _earlier_at_same_place(
    text: str,
    sent: Span,
    cues: list[Cue],
    assigned: dict[int, list[int]],
    infos: list[MentionInfo],
    dates: list[DateMention],
) -> None:
    """« un tir mardi sur le village de X, où un obus avait déjà blessé une femme la veille »: the
    relative clause's strike, on a day of its own, is another event at X; so is « deux drones abattus
    au-dessus de la région de X, où un passant a été blessé dans des frappes », a strike after an
    interception, or after fighting (« on se bat dans la région de X, où l'armée a aussi lancé des
    drones »). Both cues, the one before the place and the clause's after it, get it (a
    non-physical one before it, such as an evacuation, gives it up)."""
    for c, cue in enumerate(cues):  # (the clause's cue)
        if not cue.factual or cue.event not in _STRIKES:
            continue
        for c2, first in enumerate(cues):  # (the main clause's, before the place)
            if c2 == c or not first.factual or first.end > cue.start:
                continue
            if first.event in _STRIKES:
                # (two strikes: another day only)
                own, other = _nearest_date(dates, cue, text), _nearest_date(dates, first, text)
                if own is None or other is None or own.date == other.date:
                    continue
            elif first.event not in ("air_defense", "debris", "ground_combat", "other"):
                continue
            for i in assigned[c] + assigned[c2]:
                m = infos[i].mention
                if not (first.end <= m.start and m.end <= cue.start):
                    continue
                if not _WHERE_BEFORE_RE.match(text[m.end : cue.start]):
                    continue
                if first.event == "other" and not _WHERE_RE.match(text, m.end):
                    continue  # (the place the relative clause follows, not the one an apposition describes)
                for k in (c, c2):
                    if i not in assigned[k]:
                        assigned[k].append(i)
                if first.event == "other":
                    # (« des habitants ont été évacués du hameau de X, situé en face du port de Y, où un
                    # navire a été touché »: Y is the strike's, the evacuation is elsewhere)
                    assigned[c2].remove(i)
                return


def _own_clause(text: str, sent: Span, cue: Cue) -> tuple[int, int]:
    """The clause of ``sent`` that holds ``cue``, between the contrasts of :data:`_STRONG_SPLIT_RE`
    (« … lors d'une attaque de drones, tandis qu'un dépôt a été touché à Djankoï »: the drones are
    the other clause's)."""
    lo, hi = sent.start, sent.end
    for m in _STRONG_SPLIT_RE.finditer(text, sent.start, sent.end):
        if m.end() <= cue.start:
            lo = m.end()
        elif m.start() >= cue.end:
            hi = m.start()
            break
    return lo, hi


#: « la veille », « deux jours plus tôt », « quatre jours auparavant »: days before the date last told
_DAYS_EARLIER_RE = re.compile(
    r"la\s+veille|(deux|trois|quatre|cinq|six|\d)\s+jours\s+(?:plus\s+tôt|auparavant)", re.I
)


def _days_earlier(text: str, dm: DateMention) -> int | None:
    """How many days before the date last told ``dm`` is, when it says so (« la veille »: 1)."""
    m = _DAYS_EARLIER_RE.fullmatch(text, dm.start, dm.end)
    if m is None:
        return None
    word = m.group(1)
    return 1 if word is None else parse_number(word)


#: « Dans la nuit de mercredi, » opening a body (after the title and blank lines)
_OPENING_NIGHT_CHARS = 400
_OPENING_NIGHT_RE = re.compile(
    r"(?m)^[ \t]*(Dans\s+la\s+nuit\s+(?:de|du)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?:\s+(?:à|au)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?)\s*,"
)
#: The period of a daily report: « au cours de la journée écoulée », « la journée d'hier ».
_PAST_DAY_RE = re.compile(r"\bjournée\s+(?:d[’']\s*hier|écoulée|précédente)\b", re.I)
#: « au cours des dernières 24 heures », « en 24 heures », « la dernière journée »
_LAST_24H_RE = re.compile(
    r"\b(?:(?:dernières|ces)\s+(?:24|vingt-quatre)\s+heures|(?:24|vingt-quatre)\s+dernières\s+heures|"
    r"en\s+(?:24|vingt-quatre)\s+heures|(?:au\s+cours\s+de\s+)?la\s+dernière\s+journée)\b",
    re.I,
)
#: A time of day (« 10:47 », « à 06h58 », « situation à 08h00 »): in a header, when the article was
#: published or last updated
_TIME_STAMP_RE = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3])\s?[h:]\s?([0-5]\d)\b")
#: How far into the body a report sums up « les dernières 24 heures » (its opening lines).
_SUMMARY_LEAD_CHARS = 400
#: How far into the file the header's time stamps are looked for.
_HEADER_STAMP_CHARS = 300
#: How far into the body (characters after the title) a daily report names its period.
_REPORT_LEAD_CHARS = 1000
_LENDEMAIN_RE = re.compile(r"\b(?:le|au)\s+lendemain\s*,?", re.I)
_THAT_DAY_RE = re.compile(r"(?:cette\s+nuit|ce\s+jour|ce\s+soir|ce\s+matin|cette\s+matinée)-là", re.I)
_SAME_DAY_RE = re.compile(
    r"\b(?:le\s+même\s+jour|dans\s+la\s+même\s+journée|(?:quelques|deux|trois)\s+heures\s+plus\s+(?:tard|tôt)|"
    r"plus\s+(?:tard|tôt)\s+dans\s+la\s+journée|peu\s+(?:de\s+temps\s+)?après|au\s+même\s+moment|dans\s+la\s+foulée|"
    r"dans\s+le\s+même\s+temps)\b",
    re.I,
)
_DESTINATION_RE = re.compile(
    r"\b(?:destinée?s?|exportée?s?|livrée?s?|acheminée?s?|envoyée?s?|vendue?s?)\s+(?:\S+\s+)?(?:à|au|aux|en|vers)\s+"
    r"(?:la\s+|le\s+|l[’']\s*|les\s+)?$",
    re.I,
)
_ANAPHORA_RE = re.compile(
    # (« des offensives contre ce village frontalier »: the village told before, attacked)
    r"(?:\b(?:dans|sur|vers|contre|à\s+l[’']intérieur\s+de|(?:à\s+la\s+périphérie|aux\s+abords|au\s+centre|dans\s+le\s+centre|"
    r"dans\s+la\s+banlieue|à\s+l[’']entrée|à\s+la\s+sortie)\s+de)\s+(?:cette|ce|cet|la|le)\s+|"
    # « des tirs sur le centre-ville »: the centre of the town told before
    r"\b(?:dans|sur|vers|au)\s+(?:le\s+)?centre-(?=ville\b)|"
    # « la ville a été visée », « des tirs ont visé la périphérie de la ville »: the town told before
    r"\b(?:la|cette)\s+(?=ville\b|localité\b|cité\b)|"
    # « abattus à proximité du site », « déployés autour du site »: the plant or base told before
    r"\b(?:du|le|au)\s+(?=site\b)|"
    # « le navire avait bombardé l'île »: the island told before
    r"(?<![\w’'])(?:l[’']\s*|cette\s+)(?=île\b|îlot\b)|"
    # « une attaque de missiles dans la rue Plekhanov »: a street of the town told before
    r"\b(?:dans|sur)\s+la\s+(?=rue\s+[A-ZÀ-Ý]))(région|oblast|zone|secteur|ville|localité|cité|village|site|île|îlot|rue)"
    r"(?:\s+(?:frontalière|russe|ukrainienne|voisine|même))?\b(?!\s+(?:de|d[’']|du|des)\b)",
    re.I,
)


#: « dans cette ville de l'est de l'Ukraine », « ce village du sud de la région de Donetsk »: a town
#: told before, described by the area it lies in (the end of the match is where that area's name starts)
_DESCRIBED_TOWN_RE = re.compile(
    r"\b(?:dans|sur|à|vers|de)\s+(?:cette|ce|cet)\s+(?:petite\s+|grande\s+)?(?:ville|localité|village|cité)\s+"
    r"(?:(?:frontalière|minière|portuaire|industrielle)\s+)?(?:de\s+l[’']\s*|du\s+)(?:nord|sud|est|ouest|centre)"
    r"(?:-(?:est|ouest))?\s+(?:de\s+la\s+|de\s+l[’']\s*|du\s+|de\s+)",
    re.I,
)
#: « des tirs y ont blessé deux hommes », « les combats y ont été violents »: the pronoun of a place
_THERE_RE = re.compile(
    r"\b(?:tirs?|frappes?|obus|drones?|missiles?|roquettes?|bombes?|explosions?|combats?)\b[^.;:,]{0,40}?\by\s+"
    r"(?=(?:ont|a|avait|avaient|aurait|auraient|sont|est|était|étaient)\b)",
    re.I,
)
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s|\n")
#: A sentence about a victim just named: « Il circulait … », « Elle se trouvait … »
_VICTIM_PRONOUN_RE = re.compile(
    r"(?:Il|Elle)\s+(?:circulait|se\s+trouvait|rentrait|travaillait|roulait|marchait|était)\b"
)
#: The sentence before told a death or a wound (« a succombé à ses blessures dans le village de X. »)
_VICTIM_BEFORE_RE = re.compile(
    r"\b(?:succombé|tuée?|morte?|décédée?|blessée?|hospitalisée?)\b[^.!?]*[.!?]\s*$", re.I
)


def _topic_before(
    text: str,
    sent: Span,
    infos: list[MentionInfo],
    starts: list[int],
    kinds: frozenset[str] = frozenset({"city", "village", "district"}),
    further: bool = False,
) -> int | None:
    """Index of the town the sentence before is about (its first town named), for « y »: « La ville
    voisine de Myrnohrad, collée à Pokrovsk, … Des tirs y ont blessé deux hommes ». With ``further``,
    the last sentence before that names one of ``kinds``, within :data:`_SUBJECT_BEFORE` characters
    (what « Il » or « Elle » opening ``sent`` stands for)."""
    k = bisect.bisect_left(starts, sent.start) - 1
    found: int | None = None
    for j in range(k, -1, -1):
        info = infos[j]
        if further and sent.start - info.mention.start > _SUBJECT_BEFORE:
            break
        nxt = infos[j + 1].mention.start if j < k else sent.start
        if (j < k if not further else found is not None) and _SENTENCE_BREAK_RE.search(
            text, info.mention.end, nxt
        ):
            break  # (the sentence before ends here)
        p = info.mention.place
        if (
            p is not None
            and p.kind in kinds
            and info.mention.role == "location"
            and not (info.attribute or info.origin or info.polity)
        ):
            found = j
    return found


#: How far back (characters) « Il » or « Elle » may stand for a town or site (see _topic_before)
_SUBJECT_BEFORE = 1000
#: What « Il » or « Elle » struck may stand for
_SUBJECT_KINDS = frozenset({"city", "village", "district", "landmark"})
#: A sentence whose subject, a pronoun, is a target struck (« Elle avait été bombardée le 24 avril »)
_TARGET_PRONOUN_RE = re.compile(
    # (« La raffinerie a déjà été visée à la fin janvier »: the site told before)
    r"(?:Il|Elle|L[ae]\s+(?:raffinerie|usine|site|dépôt|aéroport|aérodrome|base|terminal|centrale|gare|pont))"
    r"\s+(?:a|avait)\s+(?:déjà\s+|aussi\s+|également\s+)?été\s+"
    r"(?:visée?|ciblée?|bombardée?|pilonnée?|frappée?)\b"
)


#: A name that says it is an island (« l'île aux Serpents »): what « l'île » can stand for
_ISLAND_RE = re.compile(r"\b(?:île|îlot|ile)\b", re.I)


def _anaphora(text: str, sent: Span, infos: list[MentionInfo], starts: list[int]) -> int | None:
    """Index of the place « dans cette région » / « dans ce secteur » refers to (the last one named)."""
    m = _ANAPHORA_RE.search(text, sent.start, sent.end)
    if m is None and _TARGET_PRONOUN_RE.match(text, sent.start, sent.end):
        # « Il avait déjà été visé le 27 juillet », « Elle avait été bombardée le 24 avril »: the
        # town or landmark told before
        return _topic_before(text, sent, infos, starts, _SUBJECT_KINDS, further=True)
    if m is None:
        if _THERE_RE.search(text, sent.start, sent.end) is None and not (
            # « Un homme a succombé à ses blessures dans le village de X. Il circulait à scooter quand
            # un drone a largué un explosif »: the victim's village
            _VICTIM_PRONOUN_RE.match(text, sent.start, sent.end)
            and _VICTIM_BEFORE_RE.search(text, max(0, sent.start - 200), sent.start)
        ):
            return None
        return _topic_before(text, sent, infos, starts)
    noun = m.group(1).lower()
    if noun in ("île", "îlot"):
        j = _antecedent(text, sent, infos, starts, m.start(), {"region", "landmark"})
        # (an island: a name that says so, « l'île aux Serpents », « Zmiïny »)
        return j if j is not None and _ISLAND_RE.search(infos[j].mention.surface) else None
    kinds = (
        {"oblast", "region"}
        if noun in ("région", "oblast")
        else {"landmark"}
        if noun == "site"
        else {"city", "village", "district"}
        if noun in ("ville", "localité", "cité", "village", "rue")
        else {"city", "village", "district", "oblast", "region", "landmark"}
    )
    return _antecedent(text, sent, infos, starts, m.start(), kinds)


def _antecedent(
    text: str, sent: Span, infos: list[MentionInfo], starts: list[int], pos: int, kinds: set[str]
) -> int | None:
    """Index of the last place of one of ``kinds`` named before ``pos`` (before the sentence, or
    a heading's label in it)."""
    # (from the place just before the word, in the sentence too: « Kupiansk : la ville « pratiquement
    # encerclée » », a heading's label)
    for j in range(bisect.bisect_left(starts, pos) - 1, -1, -1):
        info = infos[j]
        if (
            info.mention.start >= sent.start
            and text[info.mention.end : info.mention.end + 3].lstrip()[:1] != ":"
        ):
            continue  # (in the sentence itself, only a label: « Antonivka, un quartier de la ville » is not it)
        p = info.mention.place
        if (
            p is not None
            and p.kind in kinds
            and info.mention.role == "location"
            and not (info.attribute or info.origin or info.polity)
            # (« Pokrovsk, à 50 km au nord-ouest de Donetsk. Des tirs sur le centre-ville » : Pokrovsk's)
            and not _BEARING_BEFORE_RE.search(text, max(0, info.mention.start - 60), info.mention.start)
            # (« Stepove, qui fait partie de la commune d'Avdiïvka. … Dans ce village, un incendie »)
            and not _PART_OF_BEFORE_RE.search(text, max(0, info.mention.start - 60), info.mention.start)
            # (« des tirs sur Kourakhove, près de Donetsk … l'école de cette ville »: Kourakhove's)
            and not _NEAR_OTHER_BEFORE_RE.search(text, max(0, info.mention.start - 60), info.mention.start)
            # (« rapporte notre correspondant à Kiev. … le port de la ville »: where the reporter is)
            and not _RESIDENCE_BEFORE_RE.search(text, max(0, info.mention.start - 60), info.mention.start)
        ):
            return j
    return None


#: « Selydove, près de », « la ville de Krasnohorivka non loin de »: a place named to situate the one
#: just named; and « la ville de Lyman, située entre Sloviansk et Kreminna »: two of them
_NEAR_OTHER_BEFORE_RE = re.compile(
    r"(?:(?-i:[A-ZÀ-Ý])[\w’'-]+,?|\b(?:ville|localité|village)\s+(?:de\s+|d[’']\s*)(?-i:[A-ZÀ-Ý])[\w’'-]+)\s+"
    r"(?:située?\s+)?(?:tout\s+)?(?:près|non\s+loin|à\s+proximité)\s+(?:de\s+|d[’']\s*)"
    r"(?:la\s+(?:grande\s+)?ville\s+(?:de\s+|d[’']\s*))?$|"
    r"\bsituée?s?\s+entre\s+(?:(?:le|la|les)\s+|l[’']\s*)?(?:[\w’'-]+\s+){0,3}?(?:et\s+(?:(?:le|la|les)\s+|l[’']\s*)?)?$",
    re.I,
)


#: « (l'offensive lancée) dans la région russe de (Koursk) »
_CAMPAIGN_REGION_RE = re.compile(r"\bdans\s+la\s+région\s+(?:russe\s+|ukrainienne\s+)?d[e’']\s*$", re.I)
#: « à 50 km au nord-ouest de X »: a place named only to situate another one
_BEARING_BEFORE_RE = re.compile(
    r"(?:\b(?:au|à\s+l[’'])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d[e’']|"
    r"\bà\s+(?:\d+|une?\s+\w+aine)\s+(?:de\s+)?(?:km|kilomètres)\s+(?:\S+\s+){0,2}?d[e’'])\s*"
    # (« à 90 kilomètres de la capitale régionale, Kharkiv »: with the town's apposition)
    r"(?:(?:la\s+|le\s+|l[’']\s*)(?:capitale|ville|métropole|localité|cité|chef-lieu)(?:\s+[\w’'-]+)?\s*,\s*)?$",
    re.I,
)
#: Troops advancing on a side of a place (« avancent au sud-est de X et au sud de Y »): the place of
#: the fighting, not a point of reference
_ADVANCE_BEARING_BEFORE_RE = re.compile(
    r"\b(?:avanc|progress)\w*\s+(?:\S+\s+){0,2}?"
    r"(?:(?:au|à\s+l[’'])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d[e’']\s*(?:[\w’'-]+\s+){1,3}?et\s+)?"
    r"(?:au|à\s+l[’'])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d[e’']\s*$",
    re.I,
)
#: « voir les barges charger du blé dans le port fluvial ukrainien d' »: right before the town a port is in
_LOADING_IN_PORT_BEFORE_RE = re.compile(
    # (not « le navire, qui avait chargé des céréales dans le port d'Izmaïl »: where it came from)
    r"\b(?:charger|chargent|chargeant)\s+[^.;:!?]{0,40}?\b(?:dans|sur)\s+le\s+port\s+(?:[\w-]+\s+){0,2}?(?:de\s+|d[’']\s*)$",
    re.I,
)
#: A ship's or a convoy's route: « qui avait chargé du blé dans le port de X », « a pu rejoindre la rade de Y »
_ITINERARY_BEFORE_RE = re.compile(
    # (« la route stratégique menant à Odessa », « cet axe vital vers Odessa »: where a road leads)
    r"\b(?:(?:dé)?charg(?:é|ée|és|ées|eait|eaient|er|ement)\b|quitt\w*|appareill\w*|rejoin\w*|rejoint|regagn\w*|destination|"
    # (« avant de revenir en Ukraine »: where a refugee goes back to)
    r"(?:reveni|retourne)r\b|"
    # (not « sur une route menant à Belaya »: the road is the scene)
    r"(?:route|axe|voie)\s+(?:[\w-]+\s+){0,2}?vers|(?:stratégique|principale?|vitale?)\s+menant\s+(?:à|au|aux|vers)|"
    # (« une cité qui contrôle l'accès à Odessa »: the town a road leads to, guarded from elsewhere)
    r"(?:command|contrôl|barr|bloqu|verrouill)\w*\s+(?:la|l[’']|les)\s*(?:routes?|accès|axes?|autoroutes?)|"
    r"se\s+dirige\w*\s+vers|dirigeait\s+vers|en\s+provenance|provenan(?:t|ts|te|tes)\b|escale|"
    # (« des villes-clés pour les exportations de céréales par la mer Noire »: a trade route)
    r"export\w*\s+(?:[\w’'-]+\s+){0,4}?(?:par|via|vers)|"
    # (« les débris ont été transportés à Bălți »: where they are examined)
    r"(?:transporté|emporté)(?:e|s|es)?\s+(?:\S+\s+){0,2}?(?:à|au|vers|jusqu[’']à))\b[^.;:!?()]{0,50}$",
    re.I,
)
#: « à 60 km à vol d'oiseau de », « à 12 kilomètres de la ville de »: a distance counted from a town
_DISTANCE_FROM = (
    r"\b[àa]\s+(?:environ\s+|quelque\s+|près\s+de\s+|plus\s+de\s+|moins\s+de\s+)?\d+\s*(?:km|kilomètres)\s+"
    r"(?:à\s+vol\s+d[’']oiseau\s+)?(?:de\s+(?:la\s+ville\s+(?:de\s+|d[’']\s*))?|d[’']\s*)$"
)
_DISTANCE_FROM_BEFORE_RE = re.compile(_DISTANCE_FROM, re.I)
#: A point of reference for another place of the sentence: « en direction de X », « face à X »,
#: « au sud-est de X », « à 30 km de X », « Y, station balnéaire proche de X »
_REFERENCE_BEFORE_RE = re.compile(
    r"(?:\ben\s+direction\s+d[e’']|"
    # (« une localité de la région de Belgorod, proche de la frontière, non loin de Kharkiv »: an
    # apposition that says what the place told lies near)
    r",\s+(?:tout\s+|très\s+)?non\s+loin\s+(?:de\s+|d[’']\s*)(?:la\s+ville\s+(?:de\s+|d[’']\s*))?$|"
    # (« Soledar, ville équidistante de Sloviansk et Severodonetsk »: where a town lies)
    r"\béquidistante?s?\s+(?:de\s+|d[’']\s*|des\s+)(?:[\w’'-]+\s+et\s+)?|"
    # (« le hameau de Lozova, près de la ville d'Izioum »: where the hamlet named lies)
    # (and with no comma after a town's name: « la ville de Krasnohorivka près de Donetsk »)
    r"(?:(?-i:[A-ZÀ-Ý])[\w’'-]+,|\b(?:ville|localité|village)\s+(?:de\s+|d[’']\s*)(?-i:[A-ZÀ-Ý][a-zà-ÿ’'-]+))"
    r"\s+(?:située?\s+)?(?:tout\s+)?(?:près|non\s+loin)\s+(?:de\s+|d[’']\s*)"
    r"(?:la\s+ville\s+(?:de\s+|d[’']\s*)|la\s+localité\s+(?:de\s+|d[’']\s*))?$|\bface\s+(?:à|au|aux)|\ben\s+face\s+d[e’']|\baux\s+portes\s+d[e’']|"
    # (« un bourg situé dans le sud de la Russie, Soudja »: what describes the town)
    r"\bsituée?s?\s+dans\s+(?:l[’']\s*|le\s+)(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?\s+"
    r"(?:de\s+|d[’']\s*)(?:l[’']\s*|la\s+)?$|"
    r"\b(?:au|à\s+l[’'])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d[e’']"
    # (« à 80 km au sud de la capitale Chișinău »)
    r"(?:\s*la\s+(?:capitale|ville)(?:\s+\w+)?\s+)?|"
    # (« Lyssytchansk, la dernière grande ville tenue par Kiev à Louhansk »: an
    # apposition that says what the town is, in the area named)
    r"(?-i:[A-ZÀ-Ý])[\w’'-]+,\s+(?:le|la|l[’'])\s*(?:derni(?:er|ère)|premi(?:er|ère)|principale?|seule?|plus\s+grande?)\s+"
    # (« Odessa, le plus grand port d'Ukraine »)
    r"(?:[\w’'-]+\s+){1,7}?(?:(?:à|en|dans|de\s+la\s+région\s+de|de\s+l[’']oblast\s+de)\s+(?:l[’']\s*|la\s+)?|"
    r"(?<=\bport\s)d[’']\s*|(?<=\bport\s)de\s+(?:la\s+)?)$|"
    # (« sur la route d'Odessa »: the town a road leads to)
    r"\bsur\s+la\s+route\s+(?:de\s+|d[’']\s*)$|"
    # (« À 35 km à vol d'oiseau d'Odessa, le port de … »: the distance from a town to the place told)
    rf"{_DISTANCE_FROM}|"
    # (« située à la frontière et proche de Kharkiv », « … et non loin de la centrale de
    # Zaporijjia »)
    r"\bet\s+(?:tout\s+)?(?:proches?|non\s+loin)\s+(?:de\s+|d[’']\s*|du\s+)"
    r"(?:la\s+(?:(?:centrale|ville|frontière)\s+(?:[\w’'-]+\s+){0,2}?(?:de\s+|d[’']\s*))?|l[’']\s*)?$|"
    # (« le bourg de Siversk, entre Bakhmout et Lyssytchansk »: where a place lies)
    r"(?-i:[A-ZÀ-Ý])[\w’'-]+,\s+(?:située?\s+|qui\s+se\s+trouve\s+)?(?:à\s+mi-chemin\s+)?entre\s+"
    r"(?:(?:le|la|les)\s+|l[’']\s*)?(?:[\w’'-]+\s+){0,3}?(?:et\s+(?:(?:le|la|les)\s+|l[’']\s*)?)?$|"
    # (« le village de X, situé entre la ville de Y, …, et celle de Z »: the second end of where X lies)
    r"\bsituée?s?\s+entre\s+[^.;:!?]{0,100}?\bet\s+(?:celle|celui)\s+(?:de\s+|d[’']\s*)$|"
    # (« la région de Briansk, limitrophe du nord de l'Ukraine »: the country a region borders)
    r"\blimitrophes?\s+(?:du\s+|de\s+l[’']\s*|de\s+la\s+|d[’']\s*|avec\s+(?:l[’']\s*|la\s+)?)"
    r"(?:(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de\s+|d[’']\s*)(?:l[’']\s*|la\s+)?)?$|"
    # (« le dépôt de Saratov, l'un des plus vieux de Russie »: the area a superlative is counted in)
    r",\s*l[’']\s*une?\s+des\s+(?:plus\s+|principa(?:les|ux)\s+)(?:[\w’'-]+\s+){0,6}?"
    r"(?:en\s+|de\s+|du\s+|des\s+|d[’']\s*|dans\s+)(?:l[’']\s*|la\s+|le\s+)?$|"
    # (« Izioum, petite ville de l'est de l'Ukraine »: the country a town is in)
    r"\b(?:villes?|localités?|villages?|cités?|ports?)\s+(?:[\w-]+\s+){0,2}?(?:du\s+|de\s+l[’']\s*)"
    r"(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?\s+(?:de\s+|d[’']\s*)(?:l[’']\s*|la\s+)?$|"
    # (« Lozova dans l'est de l'Ukraine », right after a name; but « une frappe dans
    # le sud du pays » is there, and « dans le centre de Dobropillia » is the town)
    # (and after a comma: « la région de Tchernihiv, dans le nord du pays »)
    r"(?-i:[A-ZÀ-Ý])[\w’'-]+,?\s+dans\s+(?:l[’']\s*|le\s+)(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de\s+|d[’']\s*)"
    r"(?:l[’']\s*|la\s+)?$|"
    # (« la plus grande attaque depuis l'offensive russe en Ukraine »: the war a record is counted in)
    r"\bdepuis\s+(?:le\s+début\s+de\s+)?(?:l[’']\s*|la\s+)(?:offensive|invasion|guerre)(?:\s+[\w-]+){0,2}?\s+(?:en|de|contre)\s+(?:l[’']\s*)?$|"
    # (a distance, « à vol d'oiseau » or « à environ » so many km, from a reference town)
    r"\bà\s+(?:(?:environ|quelque|près\s+de|peine)\s+)?(?:\d+|une?\s+\w+aine)\s+(?:de\s+)?"
    r"(?:km|kilomètres)\s+(?:à\s+vol\s+d[’']oiseau\s+)?(?:\S+\s+){0,2}?d[eu’']|"
    r",\s*(?:[\w’'-]+\s+){0,4}?(?:proches?|non\s+loin|à\s+proximité)\s+d[e’']|"
    # (« les autorités de cette ville proche de X »: the town told of, by X)
    r"\b(?:cette|cet|ce)\s+(?:ville|localité|village|bourg|port|commune)\s+(?:proche|voisine?)\s+d[e’']|"
    r"\bsur\s+(?:la\s+rive\s+(?:droite|gauche|nord|sud|est|ouest|opposée)|l[’']autre\s+rive)\s+d[eu’']|"
    # « sur la route entre Chișinău et Tiraspol », « l'axe reliant X à Y », « le pont, un ouvrage
    # reliant la Russie à la péninsule de Crimée »
    r"\b(?:route|axe|autoroute|voie|ligne|pont|ouvrage|infrastructure|liaison|corridor|gazoduc|oléoduc)\s+(?:\S+\s+)?"
    r"(?:entre|reliant)\s+(?:[\w’'-]+\s+){0,3}?(?:et|à)?|"
    # (« un détroit, qui relie deux mers »: what a strait or a road joins)
    r",\s+qui\s+(?:relie|reliait|relient)\s+(?:[\w’'-]+\s+){0,3}?(?:et|à)?)"
    # (« face à la commune roumaine de Chilia Veche »)
    r"\s*(?:la\s+|l[’']\s*|le\s+)?(?:(?:ville|localité|village|cité|port|région|oblast|province|district|commune|"
    r"communauté|hromada|péninsule)\s+(?:\w+\s+)?"
    # (« à environ 150 km de la capitale, Minsk », « de la capitale Bucarest »)
    r"(?:de\s+|d[’']\s*)|capitale(?:\s+(?-i:[a-zà-ÿ])[\w-]*)?\s*,?\s*|"
    # (« face à l'embouchure du Danube »)
    r"(?:embouchure|estuaire|delta)\s+(?:du\s+|de\s+la\s+|de\s+l[’']\s*|d[’']\s*))?$",
    re.I,
)
#: « …, a déclaré jeudi à Chisinau le ministre »: where a statement was made
_SPOKEN_AT_BEFORE_RE = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:annoncé|déclaré|indiqué|affirmé|précisé|rapporté|assuré|expliqué)\s+"
    r"(?:[^\s.;:!?,]+\s+){0,2}?à\s+$|"
    # (« comme l'a dit le président à son homologue à Chisinau »: where the one told sits)
    r"\b(?:collègues?|homologues?)\s+(?:à|de)\s+$|"
    # (« un jour après la signature à Ankara d'un accord, Moscou a frappé Odessa »: where a deal was signed)
    r"\b(?:signature|signée?s?|conclue?s?|paraphée?s?)\s+(?:[^\s.;:!?,]+\s+){0,3}?(?:à|au)\s+(?:la\s+|l[’']\s*|le\s+)?$|"
    # (« le président, actuellement en déplacement au Kazakhstan, était informé »: where a leader travels)
    r"\ben\s+déplacement\s+(?:au|aux|en)\s+$",
    re.I,
)
#: « Stepove, qui fait partie de la commune d'Avdiïvka »: the unit a village belongs to
_PART_OF_BEFORE_RE = re.compile(
    r"\bfai(?:t|sant)\s+partie\s+(?:du\s+|des\s+|de\s+|d[’']\s*)(?:la\s+|l[’']\s*|le\s+)?"
    r"(?:(?:communauté|hromada|commune|district|région|oblast)\s+(?:\w+\s+)?(?:de\s+|d[’']\s*))?$",
    re.I,
)
#: « près de sa frontière nord avec l'Ukraine », « Belgorod, frontalière de l'Ukraine », « la Moldavie,
#: pays voisin de l'Ukraine », « Koursk, limitrophe de l'Ukraine »: the country across a border, not the state that speaks or finds (but
#: « la région frontalière de Koursk », « le village voisin de Shcherbynivka » name the place itself)
_ACROSS_BORDER_BEFORE_RE = re.compile(
    r"(?:\bfrontières?\s+(?:(?:nord|sud|est|ouest|commune)(?:-(?:est|ouest))?\s+)?avec\s+"
    # (« près de la frontière avec les régions de X et Y »)
    r"(?:(?:la|les)\s+(?:régions?|oblasts?)\s+(?:\w+\s+)?(?:de\s+|d[’']\s*)(?:[\w’'-]+\s*,\s*)*(?:[\w’'-]+\s+et\s+)?)?|"
    r",\s*(?:(?:un|une|le|la|pays|État|région|elle-même|aussi|également)\s+){0,2}(?:frontalière?s?|voisine?s?|limitrophes?)\s+"
    r"(?:de\s+|avec\s+|du\s+|des\s+|d[’']\s*)|"
    # (« deux hameaux russes voisins de l'Ukraine »: a place of one country on the other's border)
    r"\b(?:villes?|localités?|villages?|communes?|régions?|zones?)\s+(?:russes?|ukrainiennes?|ukrainiens?|roumaines?|"
    r"roumains?|moldaves?|biélorusses?|polonaises?|polonais)\s+(?:frontali(?:ère|er)s?|voisine?s?)\s+"
    r"(?:de\s+|avec\s+|du\s+|d[’']\s*)|"
    # (« la région de Soumy, qui borde la Russie »)
    r"\bqui\s+(?:jouxtent|jouxte|bordent|borde)\s+(?:(?:l[’']\s*|le\s+)(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+"
    r"(?:de\s+|d[’']\s*|du\s+))?)(?:la\s+|l[’']\s*|le\s+)?$",
    re.I,
)
#: « à la jonction des régions de Donetsk et de Zaporijjia », « à la limite de l'oblast de X »: where a
#: place lies, described by the areas around it
_EDGE_BEFORE_RE = re.compile(
    r"\b(?:à\s+la\s+(?:jonction|limite|lisière|frontière)|aux\s+confins|au\s+carrefour)\s+(?:des|de\s+la|de\s+l[’']|du|de|d[’'])\s*"
    r"(?:(?:régions?|oblasts?|provinces?)\s+(?:de\s+|d[’']\s*))?(?:[\w’'-]+\s+et\s+(?:de\s+|d[’']\s*)?)?$",
    re.I,
)
#: The words one of which every match of _EDGE_BEFORE_RE holds (a quick test first).
_EDGE_WORDS_RE = re.compile(r"jonction|limite|lisière|frontière|confins|carrefour", re.I)
#: « CHISINAU, 14 février 2025 (dépêche) - », « CHIȘINĂU, 14 fév. – »: where a dispatch was written, not
#: where its events happened
_DATELINE_AFTER_RE = re.compile(
    r"\s*(?:\([^)\n]{0,40}\)\s*)?(?:,\s*\d{1,2}(?:er)?\s+[a-zéû]+\.?(?:\s+\d{4})?\s*)?"
    # (« KYIV, Ukraine (AP) — », « ODESA, Ukraine – »: the country before the agency or the dash)
    r"(?:,\s*[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)?\s*(?=\(|[–—-]\s))?"
    # (« MOSCOU (Reuters) -La Russie »: the crawl glued the dash to the first word)
    # (« MOSCOU | Un maire … »: a bar for a dash, in the Québec papers)
    r"(?:\([^)\n]{0,40}\)\s*|/[^/\n]{1,30}/\s*)?[-–—|](?:\s|(?<=\)\s-)(?=[A-ZÀ-Ý]))"
)


#: Countries where the war's physical events happen (strikes, combat, debris, deployments).
_THEATRE = frozenset(
    {"UA", "RU", "MD", "RO", "BY", "PL", "SK", "HU", "BG", "GE", "TR", "LT", "LV", "EE", "FI"}
)


#: Events that happen only on a front: never in a country far from the war.
_FRONT_EVENTS = frozenset({"ground_combat", "shelling"})


def _in_theatre(place) -> bool:
    """Can an event of the previous sentence have happened here (« … Le siège de l'agence est à
    Vienne »: no)? Seas and places without a country count."""
    return place.country is None or place.country in _THEATRE or place.kind in ("sea", "river")


def _cut_at_furniture(text: str, sents: list[Span], furniture: list[Span]) -> list[Span]:
    """The sentences, each cut where a piece of furniture starts inside it (« … un immeuble.
    (Reportage Pavel Polityuk à Kyiv) »: the credit glued to the last sentence of a paragraph is
    not part of it)."""
    if not furniture:
        return sents
    out: list[Span] = []
    for sent in sents:
        cut = next((f.start for f in furniture if sent.start < f.start < sent.end), None)
        if cut is not None:
            while cut > sent.start and text[cut - 1].isspace():
                cut -= 1
            sent = Span(sent.start, cut)
        out.append(sent)
    return out


def _long_ago(dm: DateMention | None, pub: date | None) -> bool:
    """Is a date more than a year before the publication (« depuis … en mars 2022 »: history, whose
    place is not looked for in the next sentence)?"""
    return dm is not None and pub is not None and dm.date is not None and (pub - dm.date).days > 365


#: « cette ville de Crimée », « ce village de la région de Koursk »: the area of a town told before
#: (« cette ville qui abrite un grand port de la mer Noire »: and what the town hosts)
_THIS_TOWN_OF_BEFORE_RE = re.compile(
    r"\b(?:cette|ce)\s+(?:ville|localité|cité|commune|village|bourg|port)\s+(?:\w+\s+)?"
    r"(?:qui\s+abrit(?:e|ait)\s+(?:[\w’'-]+\s+){1,5}?)?"
    r"(?:de\s+(?:la\s+|l[’']\s*)?|d[’']\s*|du\s+)(?:(?:région|oblast|province)\s+(?:de\s+|d[’']\s*))?$",
    re.I,
)
#: « le souffle de l'explosion », « l'onde de choc »: a blast felt, the effect of a strike
_BLAST_RE = re.compile(r"\b(?:souffle|onde\s+de\s+choc)\s+(?:de\s+l[’']\s*|des\s+)?explosions?\b", re.I)
#: « battant pavillon de la Barbade », « sous pavillon du Panama »: a ship's flag state
_FLAG_BEFORE_RE = re.compile(r"\bpavillon\s+(?:de\s+(?:la\s+|l[’']\s*)?|d[’']\s*|du\s+|des\s+)$", re.I)
#: « au Royaume-Uni d'être responsable de », « la Russie pour responsable de »: after a state, the
#: blame for an attack (the state is not where it took place)
_BLAMED_AFTER_RE = re.compile(
    r"\s+(?:d[’']\s*(?:être|avoir\s+été)\s+(?:\w+\s+)?|pour\s+(?:\w+\s+)?)responsables?\b", re.I
)


#: A place then its own verb of decision (« Y a décidé de fermer ses écoles »)
_DECIDER_AFTER_RE = re.compile(
    r"\s+(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:préféré|décidé|choisi|demandé|ordonné|prévu|décrété|annoncé)\b",
    re.I,
)
#: « , et la ville de », « , mais les autorités de »: a new clause's subject begins
_AND_SUBJECT_RE = re.compile(r",\s+(?:et|mais)\s+(?:la|le|les|l[’'])\s*(?:[\w-]+\s+){0,3}?$", re.I)
#: « L'incident s'est produit », « L'attaque a eu lieu »: a sentence opening on the event just told
_EVENT_ANAPHOR_START_RE = re.compile(
    r"\s*(?:L[’']\s*incident|L[’']\s*attaque|La\s+frappe|L[’']\s*explosion|Le\s+drame|La\s+chute)\b"
    r"[^.!?]{0,20}?\b(?:s[’']est\s+produite?|a\s+eu\s+lieu|est\s+survenue?|s[’']est\s+déroulée?)\b",
)
#: « , qui »: a relative clause opening between a place and a later cue
_RELATIVE_AFTER_PLACE_RE = re.compile(r",\s*qui\s", re.I)
#: An aim between an event and a place: what the event was for (« dans le but d'isoler Y »)
#: (« … pour coïncider avec les célébrations à Moscou »: a time chosen, not a place struck)
_AIM_BEFORE_RE = re.compile(r"\b(?:dans\s+le\s+but|afin)\s+d[e’']|\bpour\s+coïncider\s+avec\b", re.I)
#: The head of an apposition that tells what a place is the scene of: « X, épicentre de(s) combats »
_SCENE_OF_APPOSITION_RE = re.compile(
    r"\s*,\s+(?:l[’']\s*)?(?:épicentre|théâtre|foyer|cœur|coeur|lieu|scène)\s+(?:de\s+|des\s+|du\s+|d[’']\s*)"
    r"(?:(?:la|les|violents?|violentes?|intenses?|durs?|rudes?|féroces?)\s+)?$",
    re.I,
)


def _described_cues(
    text: str, cues: list[Cue], infos: list[MentionInfo], places: list[int]
) -> dict[int, int]:
    """The cues told in an apposition that describes a place (« X, épicentre de combats »), each
    with the index of that place."""
    out: dict[int, int] = {}
    for c, cue in enumerate(cues):
        for i in places:
            end = infos[i].mention.end
            if end < cue.start <= end + 40 and _SCENE_OF_APPOSITION_RE.fullmatch(text, end, cue.start):
                out[c] = i
                break
    return out


def _drop_reference_places(text: str, sent: Span, infos: list[MentionInfo], places: list[int]) -> list[int]:
    """The places of a sentence minus datelines, route stops and reference points of another place."""
    out: list[int] = []
    refs: list[int] = []
    far: set[int] = set()
    fronted: set[int] = set()
    guarded: list[int] = []
    for i in places:
        m = infos[i].mention
        before = text[max(sent.start, m.start - 90) : m.start]
        if _is_dateline(text, m):
            continue
        if (
            # (not « voir les barges charger des céréales dans le port d'Izmaïl »: where the port is)
            (_ITINERARY_BEFORE_RE.search(before) and not _LOADING_IN_PORT_BEFORE_RE.search(before))
            or _FROM_BEFORE_RE.search(before)
            or _LAUNCHED_FROM_BEFORE_RE.search(before)
        ):
            continue
        if m.place.kind in _AREA and i > 0 and _locates_origin(text, sent, infos[i - 1], m):
            continue  # « depuis Valcove en Ukraine »: where the origin is, not the event's place
        if (
            m.place.kind in ("oblast", "region")
            and _TOWN_OF_REGION_BEFORE_RE.search(before)
            and any(
                infos[j].mention.start > m.end
                and _APPOSED_TOWN_RE.fullmatch(text, m.end, infos[j].mention.start)
                for j in places
            )
        ):
            continue  # « une autre ville de la région de Donetsk, Droujkivka, a été visée »: the town's region
        if _BELONGING_BEFORE_RE.search(before):
            continue  # « le village de Prymorske, appartenant au district de Vasylivka »: its district
        if _BASED_AT_BEFORE_RE.search(before):
            continue  # « à partir d'avions stratégiques basés dans les régions d'Olenegorsk »: where they fly from
        if _OUTAGE_REACH_BEFORE_RE.search(before):
            continue  # « provoqué des coupures de courant jusqu'en Moldavie voisine »: how far the outages went
        if _ROUTE_BETWEEN_BEFORE_RE.search(before):
            continue  # « a suspendu le service de ferry entre le sud du pays et la Crimée »: a route's end
        if _BORDERING_BEFORE_RE.search(before):
            continue  # « la région de Belgorod, frontalière de la région ukrainienne de Kharkiv »: its neighbour
        if _HOSPITAL_BEFORE_RE.search(before):
            continue  # « les blessés ont été transportés dans un hôpital de Soumy »: where they are cared for
        if _TOWN_NEAR_BEFORE_RE.search(before):
            continue  # « dans cette ville proche d'Odessa »: the town told lies by X, never at it
        if (
            i > 0
            and i - 1 in places
            and infos[i - 1].mention.end + 1 == m.start
            and text[m.start - 1] == "-"
            and m.place.kind in _SETTLEMENT_KINDS
        ):
            continue  # « le pont Mayaki-Udobne »: one name joining two villages, placed at the first
        if m.place.kind in ("country", "region", "oblast", "sea") and _THIS_TOWN_OF_BEFORE_RE.search(before):
            continue  # « une visite de Poutine dans cette ville de Crimée »: where the town told lies
        if m.place.kind == "country" and _FLAG_BEFORE_RE.search(before):
            continue  # « un cargo battant pavillon de la Barbade »: the ship's flag, not where it was hit
        if m.place.kind == "country" and _BLAMED_AFTER_RE.match(text, m.end):
            continue  # « reproche au Royaume-Uni d'être responsable de la frappe »: who is blamed
        if m.place.kind == "country" and (_NEAR_BEFORE_RE.search(before) or _MAKER_BEFORE_RE.search(before)):
            # « une attaque près de la Roumanie »: next to the country, not in it; « des drones conçus
            # par l'Iran »: who made the weapon
            continue
        if _RESIDENCE_BEFORE_RE.search(before) and not _VESSEL_BASED_BEFORE_RE.search(before):
            continue  # « l'oligarque Ilan Shor, réfugié à Moscou »: where a person lives
        if _PAREN_REFERENCE_BEFORE_RE.search(before) and any(infos[j].mention.end <= m.start for j in places):
            continue  # « la région de Toula (sud-ouest de Moscou) »: where the place before it lies
        if i > 0 and _same_place_in_brackets(text, infos[i - 1].mention, m):
            continue  # « au sud de Pokrovsk (Krasnoarmeysk) »: the other name of the place before it
        if _CLOCK_BEFORE_RE.search(before):
            continue  # « peu après minuit (23h00 samedi en Suisse) »: the time there, not a scene
        if _FELT_AT_BEFORE_RE.search(before):
            continue  # « les frappes ont fait trembler les vitres du bourg de X »: felt there, struck elsewhere
        if _SEAT_BEFORE_RE.search(before):
            continue  # « a déclaré l'état-major général à Kiev »: where who speaks sits
        if _SERVED_BEFORE_RE.search(before):
            continue  # « des dépôts utilisés pour ravitailler les troupes près de X »: the ones served there
        if _SPEAKER_AFTER_RE.match(text, m.end) and any(
            infos[j].mention.start > m.end and infos[j].mention.place.kind in _SETTLEMENT_KINDS
            for j in places
        ):
            continue  # « A Belgorod, le gouverneur a fait état de tirs sur le village de Kozinka »: his seat
        if _SPEAKS_AFTER_RE.match(text, m.end) and any(
            infos[j].mention.start > m.end and infos[j].mention.place.kind in _SETTLEMENT_KINDS
            for j in places
        ):
            continue  # « la centrale de X a déclaré qu'elle n'avait pas souffert des tirs sur Y »: who speaks
        if (
            m.place.kind == "sea"
            and i > 0
            and infos[i - 1].mention.place is not None
            and infos[i - 1].mention.place.kind not in ("sea", "river", "country")
            and _IN_SEA_LINK_RE.fullmatch(text, infos[i - 1].mention.end, m.start) is not None
        ):
            continue  # (« l'île aux Serpents en mer Noire »: the sea the place just named lies in)
        if (
            m.place.kind in ("sea", "river")
            and _WATER_OF_BEFORE_RE.search(before)
            # (but « touché à 40 km des côtes de la mer Noire »: out at sea)
            and not _OFFSHORE_BEFORE_RE.search(before)
        ):
            continue  # « l'accord céréalier de la mer Noire », « la sécurité en mer Noire »: not a scene
        edge = _EDGE_WORDS_RE.search(before) is not None and _EDGE_BEFORE_RE.search(before) is not None
        # « Odessa, grand port du sud de l'Ukraine sur la mer Noire »: the sea or river a port is on
        # (« Zmiïny, un îlot rocheux devenu célèbre en mer Noire »: the water an apposition
        # puts the place in)
        shore = m.place.kind in ("sea", "river") and (
            _PORT_ON_BEFORE_RE.search(before) is not None
            # (« Située sur la mer Noire, Féodossia abrite … »: the shore of the town the sentence is about)
            or (
                _FRONTED_SITUATED_RE.fullmatch(text, sent.start, m.start) is not None
                and any(infos[j].mention.start > m.end for j in places)
            )
            or (
                i > 0
                and (apposed := _APPOSED_WATER_RE.search(text, infos[i - 1].mention.end, m.start)) is not None
                and apposed.start() == infos[i - 1].mention.end
            )
        )
        # « avant de repartir vers l'Ukraine », « lancés par la Russie contre l'Ukraine »: the country a
        # drone heads for, not where this event happened
        towards = m.place.kind == "country" and _TOWARDS_BEFORE_RE.search(before) is not None
        if _GUARDED_BEFORE_RE.search(before):
            guarded.append(i)
            continue
        if _SPOKEN_AT_BEFORE_RE.search(before):
            continue
        if (d := _DISTANCE_FROM_BEFORE_RE.search(before)) is not None and not text[
            sent.start : m.start - len(before) + d.start()
        ].strip(' \t\n«"-–—'):
            # (« À 40 km de X, le port de Y a été touché »: the sentence opens on the distance, and Y,
            # after the comma, is its subject, no apposition to X)
            fronted.add(i)
        reference = (
            _REFERENCE_BEFORE_RE.search(before)
            or _ACROSS_BORDER_BEFORE_RE.search(before)
            or _PART_OF_BEFORE_RE.search(before)
        )
        if reference is not None and _ADVANCE_BEARING_BEFORE_RE.search(before):
            reference = None  # (« nos forces avancent au sud de X »: where the troops fight)
        # (« à 20 km de la ville d'Isaccea en Roumanie »: the country of a reference point is one)
        of_ref = (
            m.place.kind == "country"
            and refs
            and refs[-1] == i - 1
            and _COUNTRY_OF_LINK_RE.fullmatch(text, infos[i - 1].mention.end, m.start) is not None
        )
        if (
            m.place.kind == "country"
            and out
            and out[-1] == i - 1
            and infos[i - 1].mention.place.kind in ("river", "sea", "region")
            and _COUNTRY_OF_LINK_RE.fullmatch(text, infos[i - 1].mention.end, m.start) is not None
        ):
            continue  # (« les ports du Danube en Ukraine »: the country of the place just named)
        # (« à 250 km au sud de Sébastopol, base navale en Crimée »: the place an
        # apposition to a reference point puts it in is one too)
        apposed_to_ref = (
            bool(refs)
            and refs[-1] < i
            and refs[-1] not in fronted
            and _APPOSITION_OF_REF_RE.fullmatch(text, infos[refs[-1]].mention.end, m.start) is not None
        )
        # (« touché à 250 km au sud de Sébastopol »: a point so far away is no fallback place)
        if (far_m := _FAR_DISTANCE_BEFORE_RE.search(before)) is not None and int(far_m.group(1)) >= _FAR_KM:
            far.add(i)
        elif apposed_to_ref and refs[-1] in far:
            far.add(i)
        (refs if edge or shore or towards or reference or of_ref or apposed_to_ref else out).append(i)
    if guarded and not out and not refs:
        return guarded
    if not refs or not any(infos[i].mention.place.kind in _SETTLEMENT_KINDS for i in out):
        if any(infos[i].mention.place.kind not in ("country", "continent") for i in out):
            # (« la région de Soumy, qui borde la Russie »: a region's event, not its neighbour's; « la
            # Transnistrie, … sur la rive gauche du Dniestr »: not the river's)
            refs = [
                i for i in refs if infos[i].mention.place.kind not in ("country", "continent", "river", "sea")
            ]
            # (« dans une localité de la région de Belgorod, non loin de Kharkiv »: a town outside the
            # region the event is told in only says where that region's locality lies)
            areas = {
                infos[i].mention.place.name
                for i in out
                if infos[i].mention.place.kind in ("oblast", "region")
            }
            if areas:
                refs = [
                    i
                    for i in refs
                    if infos[i].mention.place.kind not in _SETTLEMENT_KINDS
                    or infos[i].mention.place.admin1 in areas
                ]
        return sorted(out + [i for i in refs if i not in far])
    return out


_SETTLEMENT_KINDS = {"city", "village", "district", "landmark"}
#: « à 250 km au sud de », « à quelque 200 kilomètres de la ville de »: a distance (group 1, km)
_FAR_DISTANCE_BEFORE_RE = re.compile(
    r"\bà\s+(?:(?:environ|quelque|près\s+de|plus\s+de)\s+)?(\d{2,4})\s*(?:km|kilomètres)\s+(?:\S+\s+){0,3}?"
    r"d[e’']\s*(?:la\s+|l[’']\s*)?(?:(?:ville|localité|village|port|capitale)\s+(?:de\s+|d[’']\s*))?$",
    re.I,
)
#: « , appartenant au district de », « , rattaché à la commune de »: the unit a place told before belongs to
_BELONGING_BEFORE_RE = re.compile(
    r",\s*(?:qui\s+)?(?:appartenant|appartient|rattachée?s?|dépendant)\s+(?:au|à\s+la|à\s+l[’']\s*|aux)\s*"
    r"(?:district|région|commune|raïon|oblast|communauté|municipalité)\s+(?:de\s+|d[’']\s*)?$",
    re.I,
)
#: « des avions stratégiques basés dans les régions d' »: where aircraft or ships are based, not struck
_BASED_AT_BEFORE_RE = re.compile(
    r"\b(?:avions|bombardiers|navires|sous-marins|appareils|aéronefs)\s+(?:\S+\s+){0,3}?(?:basée?s|stationnée?s)\s+"
    r"(?:dans|à|en|sur|au|aux)\b[^.;:!?]{0,80}$",
    re.I,
)
#: « des coupures de courant jusqu'en (Moldavie) »: how far the consequences of strikes reached
_OUTAGE_REACH_BEFORE_RE = re.compile(
    r"\b(?:coupures?|pannes?|délestages?)\s+[^.;:!?]{0,40}?\bjusqu[’']\s*(?:en|à|au|aux|dans)\s+(?:la\s+|le\s+|l[’']\s*)?$",
    re.I,
)
#: « le service de ferry entre le sud du pays et (la Crimée) »: an end of a route
_ROUTE_BETWEEN_BEFORE_RE = re.compile(
    r"\b(?:service|liaison|ligne|trafic|navette|ferrys?|traversées?|vols?)\s+(?:\S+\s+){0,3}?entre\s+"
    r"[^.;:!?]{0,50}?(?:\bet\s+)?(?:la\s+|le\s+|l[’']\s*|les\s+)?$",
    re.I,
)
#: « , frontalière de la région (ukrainienne) de »: the neighbour of the place told before
_BORDERING_BEFORE_RE = re.compile(
    r",\s*(?:\w+\s+)?frontali(?:er|ère|ers|ères)\s+(?:de|du|des|d[’'])\b[^,.;:!?]{0,30}$", re.I
)
#: « transportés dans des hôpitaux à », « admis à l'hôpital de »: where the wounded are cared for
_HOSPITAL_BEFORE_RE = re.compile(
    r"\b(?:transporté|transféré|évacué|conduit|emmené|admis|hospitalisé|soigné)e?s?\s+(?:\S+\s+){0,3}?"
    r"(?:dans|à|vers)\s+(?:l[’']\s*|un\s+|une\s+|des\s+|les\s+|le\s+)(?:hôpital|hôpitaux|cliniques?|"
    r"établissements?\s+(?:hospitaliers?|médicaux))\s+(?:régional\s+|régionaux\s+)?(?:à|de|d[’']|du)\s*$",
    re.I,
)
#: « une (autre) ville de la », « un village de la »: a town described by its region, named next
_TOWN_OF_REGION_BEFORE_RE = re.compile(
    r"\b(?:ville|localité|commune|village|cité|bourg)\s+(?:de\s+la\s+|du\s+|de\s+l[’']\s*|de\s+)(?:région\s+(?:de\s+|d[’']\s*))?$",
    re.I,
)
#: « , » between a region and the town it describes (« de la région de X, Y, »)
_APPOSED_TOWN_RE = re.compile(r"\s*,\s*")
#: « Mykolaïv, ville proche d'Odessa », « cette ville proche de », « Y, une ville voisine de »: the town
#: a town is told to lie by (not « la ville voisine de Droujkivka »: that town itself)
_TOWN_NEAR_BEFORE_RE = re.compile(
    r"(?:,\s+(?:une?\s+|la\s+|le\s+)?|\b(?:cette|ce|cet)\s+)(?:ville|localité|commune|cité|village|bourg|port)\s+"
    r"(?:\w+\s+)?proche\s+(?:de\s+|d[’']\s*)$|"
    # (« au sud de la localité, toute proche de Donetsk »: the town told before lies by X)
    r"\b(?:la|le|cette|ce)\s+(?:ville|localité|commune|cité|village|bourg)\s*,\s*(?:toute?\s+|très\s+)?proche\s+(?:de\s+|d[’']\s*)$|"
    r"(?-i:[A-ZÀ-Ý])[\w’'-]+,\s+(?:une?\s+|la\s+|le\s+)?(?:ville|localité|commune|cité|village|bourg|port)\s+"
    r"(?:\w+\s+)?voisine?\s+(?:de\s+|d[’']\s*)$",
    re.I,
)
#: How far (km) a reference point must lie to be no stand-in for the place of its event.
_FAR_KM = 100
#: « Sébastopol, base navale russe en »: an apposition that says what a place is and
#: where it lies (to the next place's mention)
_APPOSITION_OF_REF_RE = re.compile(
    r",\s+(?:le\s+|la\s+|l[’']\s*|un\s+|une\s+)?(?:grand\s+|principal\s+|ancien\s+|ancienne\s+)?"
    r"(?:port|ville|capitale|chef-lieu|base|centre|village|localité|cité|siège|bastion|fief|bourg)\b"
    r"[^,;.!?()«»\"]{0,80}?\b(?:en|au|aux|dans|de|du|d[’'])\s*(?:la\s+|le\s+|l[’']\s*)?(?:\w+\s+)?",
    re.I,
)
#: « Galati en Roumanie », « Galati, en Roumanie »: a town and the country it is in
_COUNTRY_OF_LINK_RE = re.compile(r"\s*,?\s*(?:en|au|aux)\s+")
_OPEN_BRACKET_RE = re.compile(r"\s*\(\s*")


def _same_place_in_brackets(text: str, prev: Mention, m: Mention) -> bool:
    """Is ``m`` the bracketed other name of the place named just before it (« Pokrovsk
    (Krasnoarmeysk) »)? It takes that mention's role: a reference stays one."""
    return (
        prev.place is not None
        and m.place is not None
        and prev.place.id == m.place.id
        and _OPEN_BRACKET_RE.fullmatch(text, prev.end, m.start) is not None
    )


#: a participle of a town's fall set after its name: « Bakhmout, tombée en mai 2023 »
_APPOSED_FALL_RE = re.compile(
    r"(?:tombée?s?|reprise?s?|conquise?s?|abandonnée?s?|perdue?s?|libérée?s?|prise?s?)\b", re.I
)
#: How far after the participle of an apposed fall its day may be told (« tombée le 17 février »).
_APPOSED_DAY_GAP = 12
#: « …, puis à Ocheretyne »: the next place of a list
_NEXT_IN_LIST_BEFORE_RE = re.compile(r"\b(?:puis|et)\s+(?:à\s+|de\s+|d[’']\s*|celle\s+d[e’']\s*)?$", re.I)
_APPOSITION_GAP_RE = re.compile(r"\s*,\s*")


def _ends_apposition(text: str, end: int, cue_start: int) -> bool:
    """Is the name ending at ``end`` followed only by a comma up to ``cue_start``?"""
    return 0 < cue_start - end <= 3 and _APPOSITION_GAP_RE.fullmatch(text, end, cue_start) is not None


#: « (sud-ouest de Moscou) », « (au nord de Kharkiv) », « (ancienne Stalingrad) »: a bracketed bearing
#: from another place, or a former name
#: « (23h00 samedi en Suisse) », « (22h00 à Paris) », « (heure de Kiev) »: a clock in brackets
_CLOCK_BEFORE_RE = re.compile(
    r"\(\s*(?:\d{1,2}\s*[hH:]\s*\d{0,2}\s*(?:GMT\s*)?(?:\w+\s+)?(?:en|à|au|heure\s+d[e’']\s*)|heure\s+d[e’']\s*)\s*"
    r"(?:la\s+|le\s+|l[’']\s*)?$"
)
#: « la route Karasu-[Odessa] », « la liaison ferroviaire Kiev-[Varsovie] »: a route named by its ends
_ROUTE_BEFORE_RE = re.compile(
    r"\b(?:route|ligne|liaison|itinéraire|corridor|trajet|axe|autoroute)(?:\s+(?:maritime|ferroviaire|aérienne|"
    r"commerciale|routière|directe))?\s+(?:de\s+|d[’']\s*)?$",
    re.I,
)
_WHERE_AFTER_RE = re.compile(r"\s*,?\s*où\b")
_NEIGHBOUR_OF_BEFORE_RE = re.compile(
    r"\b(?:voisine?s?\s+(?:de\s+)?|fai(?:t|sait|sant)\s+face\s+à\s+)(?:celui|celle|ceux|celles)\s+(?:de\s+|d[’']\s*)$"
    # (« un cap situé au sud de Mykolaïv »: the town it is told from)
    r"|\bsituée?s?\s+(?:à\s+(?:environ\s+|quelque\s+)?\d+\s*km\s+)?(?:à\s+l[’']\s*|au\s+)(?:nord|sud|est|ouest)(?:-\w+)?\s+(?:de\s+|d[’']\s*)$",
    re.I,
)
#: « sommet de [Madrid] », « sommet de l'Otan à [Vilnius] »: the town a summit is held in
_SUMMIT_OF_RE = re.compile(
    r"(?:sommet|conférence)s?(?:\s+(?:de\s+l[’']\s*otan|de\s+l[’']\s*ue|européen|de\s+paix))?\s+(?:de|d[’']|à)\s*",
    re.I,
)
#: « lors de l'attaque », « au cours de cette attaque »: an event named as the time of another
_DURING_THE_BEFORE_RE = re.compile(
    r"\b(?:lors|au\s+cours|pendant)\s+(?:de\s+(?:l[’']\s*|la\s+|cette\s+|cet\s+)|du\s+|des\s+)$", re.I
)
_PAREN_REFERENCE_BEFORE_RE = re.compile(
    r"\(\s*(?:(?:au\s+|à\s+l[’']\s*)?(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d[e’']\s*(?:la\s+|l[’']\s*|le\s+)?|"
    # « la région de Volgograd (ancienne Stalingrad) »: the former name of the place before it
    r"anciennement|ancienne|ancien|ex-|autrefois)\s*$",
    re.I,
)
#: where a person lives or fled to, where a unit was trained or is based: « réfugié à Moscou », « exilé en Russie »,
#: « qui vit à Paris », « la 155e brigade, formée en France »
#: « le grand navire de débarquement X, basé à »: where a ship or an aircraft struck lay
_VESSEL_BASED_BEFORE_RE = re.compile(
    r"\b(?:navires?|bâtiments?|sous-marins?|croiseurs?|frégates?|corvettes?|patrouilleurs?|avions?|hélicoptères?|"
    r"bombardiers?)\b[^.;:!?]{0,60}\bbasée?s?\s+(?:à|au|en)\s+(?:la\s+|l[’']\s*|le\s+)?$",
    re.I,
)
_RESIDENCE_BEFORE_RE = re.compile(
    r"\b(?:réfugiée?s?|exilée?s?|installée?s?|établie?s?|basée?s?|vivant|vit|vivent|résid(?:e|ent|ait|aient|ant)|domiciliée?s?|"
    r"(?:formée?s?|entraînée?s?)(?:\s+en\s+partie)?|correspondante?s?(?:\s+permanente?s?)?|ambassadeurs?(?:\s+\w+)?|"
    r"envoyée?s?\s+spéciale?s?|envoyés\s+spéciaux|à\s+l[’']abri|"
    # (« les services de sécurité ukrainiens à Kiev enquêtent sur l'explosion de … »)
    r"services\s+de\s+(?:renseignement|sécurité)(?:\s+\w+)?)\s+(?:à|au|en)\s+"
    r"(?:la\s+|l[’']\s*|le\s+)?$",
    re.I,
)
#: what troops are there to guard: « stationnés en Transnistrie pour garder le dépôt de Cobasna » (the
#: place of the garrison is the other one)
_GUARDED_BEFORE_RE = re.compile(
    r"\bpour\s+(?:garder|protéger|surveiller)\s+(?:[\w’'-]+\s+){0,5}?(?:de\s+|d[’']\s*)(?:la\s+|l[’']\s*|le\s+)?$",
    re.I,
)


def _is_dateline(text: str, m: Mention) -> bool:
    """Is the mention the city of a wire dateline (« KHERSON - », « Kramatorsk (Ukraine) - »,
    « CHIȘINĂU, 14 fév. – »)? A capitalised name needs its country or date."""
    start, end = m.start, m.end
    # « (Kyiv) Des drones russes ont visé … »: the city in brackets opening a line
    if text[end : end + 1] == ")" and _BRACKET_DATELINE_AFTER_RE.match(text, end + 1):
        opening = text.rfind("\n", 0, start) + 1
        if text[opening:start].strip() == "(":
            return True
    # « MOSCOU/KIEV (Reuters) - »: a dateline of two cities
    while (before := _DATELINE_PARTNER_BEFORE_RE.search(text, max(0, start - 40), start)) is not None:
        start = before.start()
    while (after := _DATELINE_PARTNER_AFTER_RE.match(text, end)) is not None:
        end = after.end()
    if _LINE_START_RE.search(text, max(0, start - 60), start) is None:
        return False
    dateline = _DATELINE_AFTER_RE.match(text, end)
    return dateline is not None and (m.surface.isupper() or dateline.group(0).strip()[:1] in "(,")


#: after « (Kyiv) »: the sentence of the report begins
_BRACKET_DATELINE_AFTER_RE = re.compile(r"[ \t]+[A-ZÀ-Ý«]")
#: the other city of a two-city dateline, before or after a name: « MOSCOU/ », « /KIEV »
_DATELINE_PARTNER_BEFORE_RE = re.compile(r"[A-ZÀ-ÝȘȚĂÎÂ][A-ZÀ-ÝȘȚĂÎÂ’' -]*\s*/\s*$")
_DATELINE_PARTNER_AFTER_RE = re.compile(r"\s*/\s*[A-ZÀ-ÝȘȚĂÎÂ][A-ZÀ-ÝȘȚĂÎÂ’' -]*?(?=\s*[(,/–—-])")


#: « depuis la région de », « depuis l'espace aérien de la région de », « lancée depuis la région
#: ukrainienne de », « pilonné depuis les environs d'Olechky »: where bombs are dropped, shells fired or
#: an offensive starts from, not where it strikes
#: « des missiles lancés depuis le système côtier Bastion en »: where the weapons were fired from
_LAUNCHED_FROM_BEFORE_RE = re.compile(
    # (a noun phrase, no verb: not « tiré depuis l'Ukraine, intercepté au-dessus de »)
    r"\b(?:lancée?s?|tirée?s?|décollée?s?|partie?s?)\s+depuis\s+(?:l[’']\s*|le\s+|la\s+|les\s+|des\s+|une?\s+)"
    r"(?:(?!(?:ont|a|avait|avaient|été|sont|est|qui)\s)[\w’'-]+\s+){0,5}?(?:en|dans)\s+(?:la\s+|l[’']\s*|le\s+)?$|"
    # (« ont tiré des missiles sur un port depuis un sous-marin en mer Noire »: where the launcher was)
    r"\bdepuis\s+(?:un|une|des|le|la|les|leurs?|ses)\s+(?:sous-marins?|navires?|bateaux?|frégates?|corvettes?|croiseurs?|"
    r"bâtiments?|avions?|bombardiers?)\s+(?:[\w’'-]+\s+){0,2}?(?:en|dans)\s+(?:la\s+|l[’']\s*|le\s+)?$",
    re.I,
)
_FROM_BEFORE_RE = re.compile(
    # (« c'est à partir du territoire de Koursk que l'ennemi tirait sur … »: where fire came from)
    r"(?:\bdepuis|\bà\s+partir\s+(?:du\s+territoire|des\s+territoires)\s+(?:de|d[’']|du))\s+(?:l[’']espace\s+aérien\s+(?:de\s+|du\s+|d[’']\s*))?"
    r"(?:les\s+(?:environs|alentours|abords|hauteurs)\s+(?:de\s+|du\s+|d[’']\s*))?(?:la\s+|le\s+|l[’']\s*)?"
    r"(?:(?:région|oblast|province)\s+(?:\w+\s+)?(?:de\s+|d[’']\s*))?"
    # (« depuis la base aérienne 57 Mihail Kogălniceanu »: where the jets took off from)
    r"(?:base\s+(?:aérienne\s+|navale\s+)?(?:\d+\s+)?(?:de\s+|d[’']\s*)?)?$",
    re.I,
)
#: « Valcove en Ukraine », « Valcove (Ukraine) », « X, dans la région d'Odessa »: a place's locator
_LOCATOR_GAP_RE = re.compile(
    r"\s*(?:,\s*|\(\s*)?(?:(?:en|au|aux)\s+|dans\s+(?:la\s+région|l[’']oblast|le\s+district)\s+(?:de\s+|d[’']\s*|du\s+)|"
    r"(?:de\s+)?la\s+région\s+(?:de\s+|d[’']\s*|du\s+))?(?:la\s+|le\s+|l[’']\s*)?",
    re.I,
)


def _locates_origin(text: str, sent: Span, prev: MentionInfo, m: Mention) -> bool:
    """Does ``m`` locate ``prev``, an origin (« depuis Valcove en Ukraine », « venus de Tiraspol, en
    Transnistrie »)?"""
    p = prev.mention
    if p.start < sent.start or not 0 <= m.start - p.end <= 40:
        return False
    if not _LOCATOR_GAP_RE.fullmatch(text, p.end, m.start):
        return False
    return prev.origin or _FROM_BEFORE_RE.search(text, max(sent.start, p.start - 90), p.start) is not None


#: « près de la Roumanie », « non loin de l'Ukraine », « à proximité de la Moldavie »: before a country
_NEAR_BEFORE_RE = re.compile(
    r"\b(?:près|non\s+loin|à\s+proximité|aux\s+portes)\s+(?:de\s+|d[’']\s*)(?:la\s+|le\s+|l[’']\s*)?$", re.I
)
#: « conçus par l'Iran », « fabriqués en Russie », « fournis par la Corée du Nord »: before a maker
_MAKER_BEFORE_RE = re.compile(
    r"\b(?:conçue?s?|fabriquée?s?|produite?s?|fournie?s?|livrée?s?|développée?s?)\s+(?:\w+\s+)?(?:par|en)\s+"
    r"(?:la\s+|le\s+|l[’']\s*)?$",
    re.I,
)
#: « La Russie a frappé … », « l'Ukraine a lancé … »: after the state that attacks (not where a blast
#: of its attack is heard)
_ATTACKER_AFTER_RE = re.compile(
    r"\s*(?:a|ont|avait|aurait)\s+(?:(?:de\s+nouveau|encore|également|aussi|massivement)\s+)?"
    r"(?:frappé|attaqué|bombardé|pilonné|visé|ciblé|lancé|tiré)\b",
    re.I,
)
#: « vers l'Ukraine », « en direction de la Roumanie », « contre l'Ukraine »: before a country
_TOWARDS_BEFORE_RE = re.compile(r"\b(?:vers|contre|en\s+direction\s+de)\s+(?:la\s+|le\s+|l[’']\s*)?$", re.I)
#: « un pétrolier en route pour la Russie »: where a ship heads, never the scene
_EN_ROUTE_BEFORE_RE = re.compile(r"\ben\s+route\s+(?:pour|vers)\s+(?:la\s+|le\s+|l[’']\s*)?$", re.I)
#: « port du sud de l'Ukraine sur la », « ville portuaire du », « port de la »: before the water a port is on
#: What a sea or river names without being the scene of an event: a deal, a security, a coast, the
#: ships a strike was fired from (« l'accord sur les céréales de la mer Noire », « la sécurité en mer
#: Noire », « situé sur la côte de la mer Noire », « tirés depuis des bâtiments de la mer Noire »)
#: « à 20 milles des côtes de la », « à 50 km des côtes de »: a distance out at sea
_OFFSHORE_BEFORE_RE = re.compile(
    r"\b(?:milles|miles|km|kilomètres)\b[^.;:!?]{0,40}?\bdes\s+côtes\s+(?:de\s+|d[’']\s*)(?:la\s+|l[’']\s*)?$",
    re.I,
)
_WATER_OF_BEFORE_RE = re.compile(
    r"\b(?:accords?|corridors?|sécurité|stabilité|(?<!large\sdes\s)(?<!large\sde\s)côtes?|littoral|céréales?|céréalier|flotte|bâtiments|navires|"
    r"sous-marins)\b(?:\s+[\w’'-]+){0,3}?\s+(?:en|de|du|d[’'])\s*(?:la\s+|le\s+|l[’']\s*)?$"
    # (« exporter ses céréales via la mer Noire », « à travers la mer Noire »: a route)
    r"|\b(?:via|à\s+travers)\s+(?:la\s+|le\s+|l[’']\s*)?$"
    # (« un îlot rocheux perdu au milieu de la mer Noire »: the water an island lies in)
    r"|\b(?:îlots?|îles?|rochers?)\b[^.;:!?]{0,40}?\b(?:dans|en)\s+(?:la\s+|le\s+|l[’']\s*)?$",
    re.I,
)
#: « l'état-major général à », « le ministère de la Défense à »: the seat of who speaks
_SEAT_BEFORE_RE = re.compile(
    r"\b(?:l[’']\s*état-major\s+général|le\s+ministère\s+(?:de\s+la\s+\w+|des\s+\w+(?:\s+\w+)?)|"
    r"le\s+gouvernement|la\s+présidence|(?:des|les)\s+responsables)"
    r"(?:\s+(?:russes?|ukrainiens?|ukrainienne|moldaves?|roumains?))?\s+(?:à|a)\s+$",
    re.I,
)
#: « des dépôts utilisés pour fournir du carburant aux troupes près de »: where what was struck served
_SERVED_BEFORE_RE = re.compile(
    r"\b(?:fournir|ravitailler|approvisionner|alimenter|ravitaillant|approvisionnant|alimentant)\s+[^.;:!?]{0,60}?"
    r"\b(?:près\s+(?:de\s+|d[’']\s*)|à\s+|vers\s+|dans\s+la\s+région\s+(?:de\s+|d[’']\s*)"
    # (« un dépôt utilisé pour approvisionner la base aérienne "Engels-2" »: the base it serves)
    r"|bases?\s+aériennes?\s+(?:de\s+|d[’']\s*)?[«\"“]?\s*)$",
    re.I,
)
#: « a fait trembler les fenêtres du village de », « faisant trembler les vitres à »: where a blast was
#: felt, away from what it struck
_FELT_AT_BEFORE_RE = re.compile(
    r"\b(?:fait|faisant|font)\s+trembler\s+(?:les\s+)?(?:fenêtres|vitres|murs|maisons|habitations|sols?)\s+"
    r"(?:[\w’'-]+\s+){0,5}?(?:de\s+|du\s+|des\s+|d[’']\s*|à\s+|au\s+|en\s+)?$",
    re.I,
)
#: From the end of a place's name to the sea it lies in: « (l'île aux Serpents) en (mer Noire) »
_IN_SEA_LINK_RE = re.compile(r"\s*,?\s+en\s+")
#: From the end of a place's name to a sea or river: an apposition that puts the place in that water
#: (« …, territoire « stratégique » en mer Noire »), searched between the two names
_APPOSED_WATER_RE = re.compile(
    # (« Odessa, située au bord de la mer Noire »: the shore it stands on)
    # (not « …, puis deux vedettes dimanche en mer d'Azov »: the next event of a list)
    r",\s+(?!(?:puis|et|ainsi|ensuite|avant|après)\b)(?:(?:un|une|le|la|l[’'])\s*)?(?:[\w’'\"«»-]+\s+){1,6}?"
    r"(?:en|dans|sur|au\s+bord\s+d[e’']|sur\s+les\s+(?:bords|rives)\s+d[e’'])\s*(?:la\s+|le\s+|l[’']\s*)?$",
    re.I,
)
#: A sentence that opens on where its subject lies (« Située sur la mer Noire, », « Bâtie au bord du
#: Dniepr, »): from the sentence's start to the water named there
_FRONTED_SITUATED_RE = re.compile(
    r"\W*(?:situé|installé|bâti|implanté)e?s?\s+(?:sur|en|au\s+bord\s+d(?:e|u|es|[’'])|"
    r"sur\s+(?:les\s+(?:bords|rives)|la\s+(?:côte|rive))\s+d(?:e|u|es|[’']))\s*(?:la\s+|le\s+|l[’']\s*)?",
    re.I,
)
_PORT_ON_BEFORE_RE = re.compile(
    # (« Odessa, grand port du pays, sur la mer Noire »: the comma of an apposition between)
    # (« un terminal gazier sur la mer Baltique »)
    r"\b(?:ports?|portuaires?|terminal|terminaux)\b(?:\s+[\w’'-]+){0,6}?,?\s+(?:sur|de|du|au\s+bord\s+de)\s*(?:la\s+|le\s+|l[’']\s*)?$|"
    # (« à Primorsk, dans le nord-ouest de la Russie sur la mer Baltique »: the town's shore)
    r"\bà\s+(?-i:[A-ZÀ-Ý])[\w’'-]+,\s+dans\s+le\s+[\w-]+\s+(?:de\s+la\s+|du\s+|de\s+l[’']\s*)[\w-]+\s+"
    r"(?:sur|au\s+bord\s+de)\s+(?:la\s+|le\s+|l[’']\s*)?$",
    re.I,
)
#: « X, le gouverneur … », « X, les autorités … »: a place followed by the one who speaks from it.
_SPEAKER_AFTER_RE = re.compile(
    r",\s*(?:le|la|les|l[’'])\s*(?:gouverneur|gouverneure|maire|administration|autorités|ministère|porte-parole|"
    r"chef|responsable|parquet|police)\b",
    re.I,
)
#: « X a déclaré … », « X a fait savoir … »: a place (a plant, an operator) that speaks.
_SPEAKS_AFTER_RE = re.compile(
    r"\s+(?:a|ont)\s+(?:\w+\s+)?(?:déclaré|indiqué|annoncé|affirmé|assuré|précisé|fait\s+savoir|communiqué)\b"
)
_LINE_START_RE = re.compile(
    # (« par Jean Dupont KYIV (Reuters) - »: a byline before the dateline)
    # (« date 2022-07 KYIV, Ukraine (AP) – »: the month header the crawl glued before it)
    r"(?:\A|\n)\s*(?:date\s+\d{4}-\d{2}(?:-\d{2})?\s+)?(?:[Pp]ar\s+[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){1,2}\s+)?\Z"
)


#: A situation told in the present tense (« les assaillants contrôlent une partie de X », « des soldats se
#: trouvent dans … »): dated to the report (the publication), not to the paragraph's earlier date
_ONGOING_RE = re.compile(r"[^\W\d_]+(?<!m)ent\b|se\s+trouvent\b", re.I)


def _ongoing(text: str, cue: Cue) -> bool:
    """Is the cue a present-tense verb of an ongoing situation (not a noun, not a past tense)?"""
    if cue.event not in ("ground_combat", "troop_deployment"):
        return False
    return _ONGOING_RE.match(text, cue.start, cue.end) is not None


#: Clause boundaries that separate two events of one sentence (« X a été frappé, tandis qu'à Y … »).
_STRONG_SPLIT_RE = re.compile(
    # (« …, régulièrement bombardé depuis la rive gauche. »: an apposition on the place's habit, at
    # the end of the sentence)
    r";|\b(?:tandis|alors)\s+qu(?:e\b|[’'])|,\s+mais\b|,\s+(?:[\w’'-]+\s+){0,3}?(?:régulièrement|quotidiennement)\b(?=[^,;]*$)"
)


#: « a été blessé à X alors qu'un engin était … »: people hurt in the main clause, the weapon told
#: after « alors que » (see _STRONG_SPLIT_RE)
_WOUNDED_WHILE_RE = re.compile(
    r"\b(?:a|ont)\s+été\s+(?:\w+ment\s+)?(?:blessée?s?|tuée?s?)\b[^,;]{0,40}\balors\s+qu(?:e\b|[’'])\s*"
    r"(?:une?|des|les?|la)\s",
    re.I,
)


#: Between a place and the next cue: the end of a clause (« dans la région de Léningrad (nord-ouest), »)
#: From a place to a cue: « …, après une », « à la suite d'une » (the event before the place's)
_AFTER_EVENT_RE = re.compile(
    r"[^.;:!?]{0,80}?\b(?:après|à\s+la\s+suite\s+d[e’']|suite\s+à)\s*"
    r"(?:une?|des|les?|la|l[’']|cette|ces|cet)\s*(?:[\w’'-]+\s+)?",
    re.I,
)
_CLAUSE_PUNCT_RE = re.compile(r"[,;:.!?]")
_CLAUSE_END_RE = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?,\s*(?:une?|des|les?|la|l[’'])\s")


#: « trois habitants ont été blessés par des obus »: a strike named as the agent of its own
#: clause's harm (a passive participle of harm, then « par »; the cue may begin on the participle)
_HARMED_BY_RE = re.compile(
    r"\b(?:blessée?s?|tuée?s?|endommagée?s?|détruite?s?|touchée?s?|visée?s?|frappée?s?|atteinte?s?)"
    r"(?:\s+\w+){0,2}?\s+(?:par|lors\s+d[’']|lors\s+de|dans)\b",
    re.I,
)
#: « … et une école a été touchée par un drone »: a second clause joined by « et », with its
#: own subject, whose strike is again the agent of its harm
_AND_CLAUSE_RE = re.compile(
    r"[^.;:!?]*?\bet\s+(?:une?|des|deux|trois|quatre|cinq|plusieurs|le|la|les|l[’'])\s", re.I
)


def _coordinated_agents(
    text: str, sent: Span, cues: list[Cue], assigned: dict[int, list[int]], infos: list[MentionInfo]
) -> dict[int, tuple[int, int]]:
    """« trois habitants ont été blessés par des obus et une école a été touchée par un drone
    à X »: two clauses joined by « et », each telling the harm its own weapon did,
    then the place that ends the sentence: both events are at that place (two incidents, not one).
    Returns the span of each such cue's clause (each event has the casualties of its own clause)."""
    clauses: dict[int, tuple[int, int]] = {}
    for c, cue in enumerate(cues):
        if assigned[c] or not cue.factual or cue.generic or cue.event not in _STRIKES:
            continue
        if _HARMED_BY_RE.search(text, max(sent.start, cue.start - 60), cue.end) is None:
            continue
        nxt = next((k for k in range(c + 1, len(cues)) if cues[k].start >= cue.end), None)
        if nxt is None:
            continue
        other = cues[nxt]
        if (
            not other.factual
            or other.generic
            or other.event not in _STRIKES
            or other.event == cue.event
            or not assigned[nxt]
            or any(infos[i].mention.start < other.end for i in assigned[nxt])
            or (joined := _AND_CLAUSE_RE.match(text, cue.end, other.start)) is None
            or _HARMED_BY_RE.search(text, max(cue.end, other.start - 60), other.end) is None
        ):
            continue
        assigned[c] = list(assigned[nxt])
        clauses[c] = (sent.start, joined.end())
        clauses[nxt] = (joined.end(), sent.end)
    return clauses


#: Between two cues: the rest of the first one's noun phrase, then « et » and an article of the
#: second's own (« une tentative d'incursion d'un groupe de saboteurs la veille et des attaques de
#: drones »; « de » would govern « et d'attaques »)
_OWN_CONJUNCT_RE = re.compile(r"[^.;:,]{0,90}?\bet\s+(?:des|les|une?|la|le|l[’'])\s*", re.I)


#: « une tentative d'incursion », « des tentatives de percée »
_ATTEMPT_BEFORE_RE = re.compile(r"\btentatives?\s+d(?:e\s+|[’'])\s*$", re.I)


def _cue_distance(cue: Cue, pos: int, splits: list[int] = ()) -> float:
    """Characters between a cue and a place; a place before its cue counts a little more, and a
    cue across a clause boundary (``splits``) much more."""
    if pos >= cue.end:
        far = pos - cue.end
    else:
        far = (cue.start - pos) * 1.2
    lo, hi = min(pos, cue.start), max(pos, cue.end)
    return far + (1000.0 if any(lo < x < hi for x in splits) else 0.0)


def _next_day(
    text: str, sent: Span, last: DateMention | None, pub: date | None, cue_start: int = -1
) -> DateMention | None:
    """« Le lendemain »: the day after the paragraph's last date (or the publication date); « le
    lendemain d'un bombardement »: that bombardment was the day before (« ces tirs sont survenus le
    lendemain d'un bombardement meurtrier à Kherson »: the event the sentence places is the earlier)."""
    m = _NEXT_DAY_RE.search(text, sent.start, sent.end)
    base = last.date if last is not None else pub
    if m is None or base is None:
        return None
    step = -1 if m.group(1) and m.group(2) else 1
    if step == 1 and m.group(2) and last is None:
        if cue_start >= m.end():
            # (« retrouvés …, au lendemain d'une nuit d'attaques contre les ports »: the attacks, told
            # after it, were the day before)
            step = -1
        else:
            # (« ont ordonné des évacuations au lendemain de nouvelles négociations », with no day told
            # before: the day after those, not after the publication)
            return None
    return DateMention(m.start(), m.end(), base + timedelta(days=step), "day")


#: « un jour après que », « deux jours après l' », « au lendemain d' »: the event told next was that many
#: days before the day told before it
_DAYS_AFTER_RE = re.compile(
    r"\b(?:(un|deux)\s+jours?\s+après|au\s+(lendemain))\s+(?:que|qu[’']|de|d[’']|du|des|la|le|les|l[’'])",
    re.I,
)
#: « le lendemain », and « survenus le lendemain d'un bombardement » (the bombardment the day before)
_NEXT_DAY_RE = re.compile(
    r"\b(?:(eu\s+lieu|survenue?s?|intervenue?s?|produite?s?|interviennent|intervient|surviennent|survient)\s+)?(?:le|au)\s+lendemain\b"
    r"(\s+(?:de\s+|d[’']\s*|du\s+|des\s+))?",
    re.I,
)


#: A relative or contrasting clause opening after an event (« …, dont Moscou avait revendiqué la
#: prise en août », « …, tandis que lundi … »): a date beyond it is that clause's, not the event's.
_OTHER_CLAUSE_RE = re.compile(
    # (not « , dont trois enfants, »: the toll's detail)
    r",\s+(?:dont(?!\s+(?:\d|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|au\s+moins)\b)|où|"
    r"tandis\s+que|alors\s+que|après\s+que|lorsque|située?s?\s+(?:entre|près|à|au|non\s+loin)|"
    # (« …sur Vovtchansk, une ville que Moscou pilonne depuis mai »: the town's story)
    r"(?:une|la|cette|un|le)\s+(?:\w+\s+){0,2}?(?:ville|localité|village|cité|commune|bourg|port)\s+(?:\w+\s+)?(?:que|qu[’']|qui))\b",
    re.I,
)


#: « a été endommagé », « ont été détruites »: damage told with no event word.
_DAMAGED_RE = re.compile(
    r"\b(?:a|ont)\s+(?:aussi\s+|également\s+)?été\s+(?:endommagée?s?|détruite?s?)\b", re.I
)
#: « la situation à X », « la vie à X »: a place described, not where a meeting was held.
_STATE_OF_BEFORE_RE = re.compile(
    r"\b(?:situation|vie|ambiance|climat|tension|calme|population)\s+(?:\w+\s+)?(?:à|au|en|dans)\s+$", re.I
)
#: « À Tchornobaïvka, », « Dans le village de X, »: a paragraph opening on the place it is about
_OPENING_AT_RE = re.compile(
    # (quoted, the kind of place in brackets: « "Dans (le village de) X, les Russes ont tué" »)
    r"(?:[«\"“]\s*)?(?:À|A|Dans)\s+(?:\(\s*)?"
    r"(?:la\s+ville\s+d[e’']\s*|le\s+village\s+d[e’']\s*|la\s+localité\s+d[e’']\s*|la\s+commune\s+d[e’']\s*)?"
    r"(?:\)\s*)?(?-i:[A-ZÀ-Ý])[^,.;:!?]{1,40},"
)
#: The events whose day, told with no place, dates the same event placed in the next paragraphs
#: (a fight is a campaign whose days are many)
_UNPLACED_CARRIED = frozenset({"fire", "explosion", "debris", "drone_strike", "missile_strike", "shelling"})
#: What a road links: towns and sites (see _LINK_BEFORE_RE)
_TOWN_KINDS = frozenset({"city", "village", "district", "landmark"})
#: « reliant la Crimée à (la Russie) », « qui relie Odessa à (Izmaïl) »: right before an end of a link;
#: group ``first`` is there for the second end
_LINK_BEFORE_RE = re.compile(
    r"\b(?:reliant|relie|relient|reliait|reliaient)\s+(?:directement\s+)?"
    r"(?P<first>[^,.;:]{1,50}?\s+(?:à|au|aux)\s+)?(?:la\s+|le\s+|les\s+|l[’']\s*)?$",
    re.I,
)
#: « dans un contexte de tension accrue en (mer Noire) », « sur fond de crise en »: the
#: setting of the news
_CONTEXT_BEFORE_RE = re.compile(
    r"\b(?:dans\s+un\s+contexte|sur\s+fond)\s+de\s+(?:[^\s,.;:]+\s+){1,4}?(?:en|dans|sur|autour\s+de)\s+"
    r"(?:la\s+|le\s+|les\s+|l[’']\s*)?$",
    re.I,
)
#: A line that is only an agency's name (« Agence France-Presse », « (Belga) »)
_AGENCY_ALONE_RE = re.compile(
    r"\s*\(?(?:Agence\s+France[- ]Presse|AFP|Reuters|Associated\s+Press|AP|Belga|ATS|Ukrinform|"
    r"La\s+Presse\s+canadienne)\)?\s*"
)
#: A sentence that tells casualties or damage (« ont été blessés », « a été endommagée »).
_TOLL_OR_DAMAGE_RE = re.compile(
    r"\b(?:a|ont)\s+(?:aussi\s+|également\s+)?été\s+(?:tuée?s?|blessée?s?|endommagée?s?|détruite?s?)\b"
    # (« un bilan de six morts : … dans la localité de X », « fait état de trois morts à X »)
    r"|\b(?:bilan|fait\s+état)\s+de\s+(?:\d+|\w+)\s+(?:morts|tués|blessés|victimes)\b",
    re.I,
)
#: « la victime se trouvait à », « les victimes habitaient dans »: where the victims told before were
_VICTIM_WAS_AT_RE = re.compile(
    r"\b(?:la|les)\s+victimes?\s+(?:se\s+trouvai(?:t|ent)|habitai(?:t|ent)|résidai(?:t|ent)|vivai(?:t|ent))\s+(?:à|au|dans)\b",
    re.I,
)
#: « tué à », « blessées dans »: the place where a casualty fell.
_AT_BEFORE_RE = re.compile(
    # (« Dans (le village de) Zarichne »: the words of the kind of place in brackets)
    # (« blessé dans le district de Fastiv », « dans les districts de Boryspil »)
    r"(?:\bà|\bdans|\bau)\s+(?:\(\s*)?(?:la\s+(?:ville|localité|commune)\s+d[e’']\s*|le\s+(?:village|hameau|district)\s+d[e’']\s*"
    r"|les\s+districts\s+d[e’']\s*"
    r"|cel(?:le|ui)\s+d[e’']\s*)?(?:\)\s*)?$",
    re.I,
)


#: The official of a town or region: « le maire de Kharkiv », « le gouverneur de Crimée », « les
#: autorités de la capitale Kiev »
_OFFICIAL_OF_BEFORE_RE = re.compile(
    r"\b(?:maire|gouverneure?|autorités|procureure?|parquet|administration(?:\s+militaire)?(?:\s+régionale)?)\s+"
    r"(?:(?:de\s+la\s+)?(?:région|ville|capitale|oblast)\s+)?(?:de\s+(?:la\s+)?|d[’']\s*|du\s+)?$",
    re.I,
)


def _official_place(text: str, info: MentionInfo) -> bool:
    """Is this the town or region an official speaks for (« le maire de Kharkiv »)?"""
    m = info.mention
    return (
        info.attribute
        and m.place is not None
        and m.place.kind in ("city", "oblast", "region")
        and _OFFICIAL_OF_BEFORE_RE.search(text, max(0, m.start - 50), m.start) is not None
    )


def _casualty_places(
    text: str, sent: Span, infos: list[MentionInfo], located: list[bool], starts: list[int], prev: _Draft
) -> list[int]:
    """The settlements where the casualties or damage of a sentence with no event cue are (« Un homme
    a été tué à Stepnohirsk »), when the first is not the place of the section's last event; else
    none. A later settlement with its own count is another (« à Kramatorsk, trois habitants sont
    blessés, et un mort à Sloviansk »)."""
    out: list[int] = []
    for i in range(bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)):
        info = infos[i]
        m = info.mention
        if not located[i] or info.polity or m.place.kind not in ("city", "village", "district"):
            continue
        if not _AT_BEFORE_RE.search(text, max(sent.start, m.start - 30), m.start):
            continue
        if _HOSPITAL_BEFORE_RE.search(text, max(sent.start, m.start - 90), m.start):
            continue  # « quatre blessés ont été transportés dans des hôpitaux à Soumy »: where they are cared for
        if not out:
            if (
                m.place.id == prev.place.id
                or _haversine(m.place.lat, m.place.lon, prev.place.lat, prev.place.lon) <= 10.0
            ):
                return []
            out.append(i)
            continue
        last = infos[out[-1]].mention
        # (a village the gazetteer lacks has the id of the town it is placed at: its name tells it apart)
        if m.place.id != prev.place.id and all(
            (infos[j].mention.place.id, infos[j].mention.place.name) != (m.place.id, m.place.name)
            for j in out
        ):
            clause = _OWN_COUNT_RE.search(text, last.end, m.start)
            if clause is not None:
                out.append(i)
    return out


#: « …, et un mort à Sloviansk »: a count of its own between two places of one sentence.
_OWN_COUNT_RE = re.compile(
    r"[,;]\s*(?:et\s+|ainsi\s+que\s+|tandis\s+que\s+)?(?:\w+\s+){0,2}?"
    r"(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:autres?\s+)?"
    r"(?:personnes?|civils?|habitants?|hommes?|femmes?|enfants?|adultes?|jeunes|morts?|blessés?)\b"
    # (« tués à Bilozerka et deux à Stanislav », « et deux adultes dans celle de Stanislav »)
    r"|\bet\s+(?:de\s+)?(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
    r"(?:\s+(?:autres?\s+)?(?:personnes?|civils?|habitants?|hommes?|femmes?|enfants?|adultes?|morts?|blessés?))?"
    r"\s+(?=(?:à|dans|au)\s)",
    re.I,
)


#: How long ago (days) the beginning of a state must be for it to date nothing after its sentence.
_SINCE_LONG_DAYS = 30
#: « depuis le 24 février 2022 »: the day a state began, right before its date
_SINCE_DAY_BEFORE_RE = re.compile(r"\bdepuis\s+(?:le\s+|l[’']\s*)?$", re.I)
#: « vidé depuis la destruction du barrage en juin 2023 »: a date that starts a state, not the event's.
_SINCE_BEFORE_RE = re.compile(r"\bdepuis\b[^,;.:!?]{0,70}$", re.I)
#: « depuis le retrait russe de Tchernihiv, en mars »: the start's date set off by a comma
_SINCE_COMMA_BEFORE_RE = re.compile(r"\bdepuis\b[^,;.:!?]{0,70},\s*(?:en\s+)?$", re.I)
#: « qui abritait 30.000 âmes avant la guerre, en février 2022 »: a town's past, not the day of
#: what the sentence tells
#: « a déjà été », « ont été déjà été », « avait déjà »: right before a cue, a time before the news
_ALREADY_BEFORE_RE = re.compile(r"\bdéjà\s+(?:été\s+)?$", re.I)
#: « ont déjà été retrouvés », « à plusieurs reprises »: debris found before, on days not told
_EARLIER_FINDS_RE = re.compile(
    r"\bdéjà\s+(?:été\s+)?(?:retrouvé|découvert|trouvé)|\bà\s+(?:plusieurs|maintes|de\s+nombreuses)\s+reprises\b",
    re.I,
)
#: Words of a time, a month or a year, even one not read as a date (« au début du mois »)
_TIME_WORDS_RE = re.compile(
    rf"\b(?:{'|'.join(MONTHS)}|{'|'.join(WEEKDAYS)}|(?:19|20)\d\d|mois|semaines?|hier|veille)\b", re.I
)
#: « a rappelé que … avait », « rappelant que … avaient »: a recalled past, up to the cue (pluperfect; not
#: « rappelle une autre époque », a place that evokes one)
_RECALLED_BEFORE_RE = re.compile(
    r"\brappel(?:é|ée|ant|le|lent|ait|aient)\s+(?:\S+\s+){0,3}?qu[e’'][^.;!?]{0,160}?\bavai(?:t|ent)\s+(?:\S+\s+){0,3}?$",
    re.I,
)
#: « le conflit, lancé le 24 février 2022 », « depuis le début de l'invasion, le »: the day the war began
_WAR_BEGAN_BEFORE_RE = re.compile(
    r"\b(?:guerre|conflit|invasion|offensive)\b[^.;:!?]{0,30}?"
    r"(?:lancée?|déclenchée?|commencée?|débutée?|entamée?|début)\b[^.;:!?]{0,12}?(?:le|en|du|de)\s+$|"
    r"\bdepuis\s+(?:le\s+|l[’']\s*)?$|"
    # (« La Russie a envahi l'Ukraine le 24 février 2022 »)
    r"\benvahi\w*\s+(?:l[’']\s*Ukraine|le\s+pays|son\s+voisin)\s+(?:le|en)\s+$",
    re.I,
)
_BEFORE_THE_WAR_RE = re.compile(
    r"\bavant\s+(?:le\s+début\s+de\s+)?(?:l[’']invasion|la\s+guerre)\b[^,;.:!?]{0,70}$", re.I
)


def _of_that_year(text: str, dates: list[DateMention]) -> list[DateMention]:
    """« le 11 novembre de la même année », « en juin de cette année-là »: the year is the last one
    the text wrote before (« prise en mars 2022, … reprise le 11 novembre de la même année »)."""
    out = []
    for dm in dates:
        m = _THAT_YEAR_AFTER_RE.match(text, dm.end)
        if m is not None and not dm.absolute:
            years = _YEAR_RE.findall(text, max(0, dm.start - _THAT_YEAR_LOOKBACK), dm.start)
            if years:
                try:
                    dm = DateMention(
                        dm.start,
                        m.end(),
                        dm.date.replace(year=int(years[-1])),
                        dm.precision,
                        dm.explicit,
                        True,
                    )
                except ValueError:
                    pass  # (29 February of a year that has none)
        out.append(dm)
    return out


_THAT_YEAR_AFTER_RE = re.compile(r"\s+(?:de\s+la\s+même\s+année|de\s+cette\s+année-là)\b", re.I)
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20[0-4]\d)\b")
#: How far back (characters) the year of « de la même année » is looked for.
_THAT_YEAR_LOOKBACK = 600


def _is_date_heading(text: str, sent: Span, day_dates: list[DateMention], pub: date | None = None) -> bool:
    """Is the sentence only a day (« MERCREDI 9 AVRIL », « Lundi. », « Samedi 12 avril 2025 ») heading
    the paragraphs that follow?"""
    dm = day_dates[-1]
    rest = text[sent.start : dm.start] + text[dm.end : sent.end]
    if sent.start >= _HEADER_STAMP_CHARS or dm.date != pub:
        # (« [2 novembre, 08:05] »: an entry's day and time is a heading too; in the header, the day
        # of publication and a time are the publication stamp)
        rest = _TIME_STAMP_RE.sub("", rest).strip(" \t.:–-—[](),|à")
    return not rest.strip(" \t.:–-—") and sent.end - sent.start <= 40


def _since_other(text: str, d: DateMention, cue: Cue) -> bool:
    """Is ``d`` the date a state started (« depuis … en juin 2023 ») told around another event than
    ``cue`` (the cue is not inside that « depuis … » phrase: « depuis la chute d'Avdiïvka en février »
    dates the fall)?"""
    m = _SINCE_BEFORE_RE.search(text, max(0, d.start - 80), d.start) or _BEFORE_THE_WAR_RE.search(
        text, max(0, d.start - 80), d.start
    )
    if m is None:
        # (« la reprise de X, … depuis le retrait russe de Tchernihiv, en mars
        # dernier »: a cue told before the « depuis », not one the date heads)
        m = _SINCE_COMMA_BEFORE_RE.search(text, max(0, d.start - 84), d.start)
        # (« en avril »: a month the start is dated by; « depuis la prise de X, fin avril » dates the fall)
        return (
            m is not None
            and cue.start < m.start()
            and text[d.start : d.start + 3].lower() in ("en ", "en\xa0")
        )
    return not (m.start() <= cue.start < d.start)


#: « d'après le communiqué de dimanche »: the day of a statement, not of the event it reports
_STATEMENT_OF_BEFORE_RE = re.compile(
    r"\b(?:communiqué|déclaration|annonce|message|point\s+de\s+presse|conférence\s+de\s+presse)\s+"
    r"(?:(?:publiée?|diffusée?)\s+(?:le\s+|ce\s+)?|(?:de\s+|du\s+|d[’']\s*))$",
    re.I,
)


#: « l'accord signé vendredi », « le document paraphé hier »: the day of a signing
_SIGNED_BEFORE_RE = re.compile(r"\b(?:signée?s?|paraphée?s?|conclue?s?)\s+(?:le\s+|ce\s+)?$", re.I)
#: « (23 h samedi »: a time of day in brackets, then its day (another time zone's)
_ZONE_CLOCK_BEFORE_RE = re.compile(r"\(\s*\d{1,2}\s*h(?:\s*\d{2})?\s*$")
#: A past participle (« libérée », « conquise », « détruite », « tenue », « atteinte »; not « et »,
#: « mais », « cette »)
_PARTICIPLE = r"(?-i:(?:[a-zéèêàâîôûç]{3,}(?:ée?s?|ies?|ises?|ites?|ues?)|[a-zéèêàâîôûç]{4,}tes?))"
#: « , tenue par l'armée de Kiev »: a town's own apposition (a participle and its agent)
_OWN_APPOSITION_AFTER_RE = re.compile(rf"\s*,\s*{_PARTICIPLE}\s+par\b", re.I)
#: « , libérée par les forces ukrainiennes en »: an apposed participle, then the day it tells
_APPOSED_PARTICIPLE_BEFORE_RE = re.compile(rf",\s+{_PARTICIPLE}\b[^,.;:!?]*$", re.I)
#: The apposition closes with a comma before the cue (« …, a essuyé des bombardements »)
_COMMA_THEN_RE = re.compile(r"[^,.;:!?]*,[^.;:!?]*$")


#: « , dont elle a pris le contrôle … »: a relative clause of whose, telling another story
_WHOSE_CLAUSE_RE = re.compile(r",\s+dont\s+(?!\d|une?\b|deux\b|trois\b|plusieurs\b|au\s+moins\b)", re.I)
#: How far into its sentence a month may stand and still open it (« Cette nuit de la fin septembre, »)
_FRAMING_CHARS = 30


def _nearest_date(
    dates: list[DateMention], cue: Cue, text: str | None = None, told: bool = False
) -> DateMention | None:
    """The date mention nearest to ``cue``; with ``text``, not one told in a later relative or
    contrasting clause (see :data:`_OTHER_CLAUSE_RE`), nor a statement's day (``told``: the event
    was told before at its place; see :func:`_statement_day`)."""
    if text is not None:
        dates = [
            d
            for d in dates
            if (d.start < cue.end or not _OTHER_CLAUSE_RE.search(text, cue.end, d.start))
            and not _since_other(text, d, cue)
            # (not « le gouverneur a fait état, lundi 4 mars, des tirs qui … »: the
            # day of the statement, set off by commas after its verb, not of the event it tells)
            and not (d.end <= cue.start and _statement_day(text, d, len(dates) > 1, cue.start, told))
            # (nor « La ville de Kherson, libérée en novembre 2022, a essuyé des bombardements »: the
            # day of what an apposition tells of the subject)
            and not (
                d.end <= cue.start
                and _APPOSED_PARTICIPLE_BEFORE_RE.search(text, max(0, d.start - 80), d.start) is not None
                and _COMMA_THEN_RE.match(text, d.end, cue.start) is not None
            )
        ]
    if not dates:
        return None
    # (a date inside the cue's words is its own: « l'ogive du missile tombé la veille en Moldavie »)
    return min(dates, key=lambda d: 0 if cue.start <= d.start < cue.end else abs(d.start - cue.start))


#: « a fait part, », « a annoncé, », « ont indiqué, »: a statement's verb and the comma before its day
_STATEMENT_DAY_BEFORE_RE = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:fait\s+part|fait\s+état|annoncé|déclaré|indiqué|affirmé|précisé|rapporté|"
    r"signalé|dénoncé|confirmé)\s*,\s*(?:ce\s+|le\s+)?$",
    re.I,
)


#: « a affirmé dimanche que »: a statement's verb, its day, and what it tells
_STATEMENT_VERB_BEFORE_RE = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:fait\s+savoir|annoncé|déclaré|indiqué|affirmé|précisé|rapporté|"
    r"signalé|dénoncé|confirmé|assuré)\s+(?:ce\s+)?$",
    re.I,
)
_THAT_AFTER_RE = re.compile(r"\s+qu(?:e\b|[’'])", re.I)
#: « …, ont indiqué lundi les autorités »: a report's attribution set after what it reports
_POSTPOSED_STATEMENT_BEFORE_RE = re.compile(
    r",\s*(?:a|ont)\s+(?:annoncé|déclaré|indiqué|affirmé|précisé|rapporté|signalé|confirmé|fait\s+savoir)\s+$",
    re.I,
)


def _reported_day(text: str, dm: DateMention, cue: Cue) -> bool:
    """Is ``dm`` a relative day in an attribution set after the cue it follows (« des tirs ont tué
    quatre civils à X, ont indiqué lundi les autorités »): the report's day, not the event's?"""
    return (
        dm.start > cue.end
        and not dm.absolute
        and _POSTPOSED_STATEMENT_BEFORE_RE.search(text, max(0, dm.start - 40), dm.start) is not None
    )


#: « Lundi, le porte-parole du ministère, Igor X, a affirmé que »: a day opening a sentence, its
#: speaker, the statement's verb and « que »
_OPENING_STATEMENT_AFTER_RE = re.compile(
    r"\s*,\s+(?:l[ea]\s|les\s|l[’'])[^.;:!?«»\"]{0,100}?\b(?:a|ont)\s+(?:fait\s+savoir|annoncé|déclaré|"
    r"indiqué|affirmé|précisé|rapporté|signalé|dénoncé|confirmé|assuré|revendiqué)\s+qu(?:e\b|[’'])",
    re.I,
)
_SENTENCE_OPENING_BEFORE_RE = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _statement_day(
    text: str, d: DateMention, other_day: bool = False, cue_start: int | None = None, told: bool = False
) -> bool:
    """Is ``d`` the day of a statement, set off by commas after its verb (« le maire a annoncé, lundi 4
    mars, que des tirs avaient … »), not the day of the event it tells? With ``other_day`` (the
    sentence tells another), also between its verb and « que » (« a affirmé dimanche que des
    missiles avaient détruit la veille … »; alone, « avait annoncé jeudi qu'une attaque … » dates
    that attack), and, for an event told before at its place (``told``) and again after the « que »
    (from ``cue_start``), opening the sentence of its speaker (« Lundi, le porte-parole russe, Igor
    X, a affirmé que 300 soldats ont été tués dans une frappe sur Tchassiv Iar »: the strike told
    before, the night of Saturday; alone, « Lundi, le gouverneur a annoncé que des drones ont frappé
    Kharkiv » dates that strike)."""
    if (
        told
        and cue_start is not None
        and _SENTENCE_OPENING_BEFORE_RE.search(text, max(0, d.start - 3), d.start) is not None
        and (said := _OPENING_STATEMENT_AFTER_RE.match(text, d.end)) is not None
        and said.end() <= cue_start
    ):
        return True
    return (
        _STATEMENT_DAY_BEFORE_RE.search(text, max(0, d.start - 40), d.start) is not None
        and text[d.end : d.end + 2].lstrip()[:1] == ","
    ) or (
        other_day
        and _STATEMENT_VERB_BEFORE_RE.search(text, max(0, d.start - 40), d.start) is not None
        and _THAT_AFTER_RE.match(text, d.end) is not None
    )


def _place_label(d: _Draft) -> str:
    """French label of an incident's place: « Brovary », « région de Kiev », « district de Gagarine »."""
    p = d.place
    if d.info.district_of is not None:
        return d.info.mention.surface
    surface = d.info.mention.surface
    name = p.name_fr or (surface if p.kind in ("city", "village") and not surface.isupper() else p.name)
    if p.kind == "oblast" and not name.lower().startswith(("oblast", "région", "region")):
        elided = name[:1].lower() in "aeiouyéèêàâîïôöûüh"
        return f"région d'{name}" if elided else f"région de {name}"
    return name


def _to_incident(d: _Draft, article: Article) -> Incident:
    p = d.place
    source = {
        "article": article.id,
        "title": article.title,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
    }
    text = article.text
    return Incident(
        event=d.event,
        place=_place_label(d),
        lat=p.lat,
        lon=p.lon,
        geo_precision=d.geo_precision,
        date=d.date,
        date_precision=d.precision if d.date else None,  # type: ignore[arg-type]
        killed=d.casualties.killed,
        injured=d.casualties.injured,
        weapons=d.weapons,
        actor=d.actor,
        evidence=" ".join(text[d.sentence.start : d.sentence.end].split()),
        start=d.sentence.start,
        end=d.sentence.end,
        article=article.id,
        admin1=p.admin1,
        country=p.country,
        gazetteer_id=p.id,
        sources=[source],
    )


def extract_incidents(article: Article, *, gazetteer=None) -> list[Incident]:
    """The incidents of an article (see :func:`extract`)."""
    return extract(article, gazetteer=gazetteer).incidents


guard_all(globals())  # same matches, faster scans (see gazetteer._regex)
