"""French event cues: which kind of incident a sentence reports, and who did it.

Cues map to the event taxonomy of DESIGN.md (ACLED-aligned). A generic strike
cue (« frappe », « attaque », « ont visé ») takes its type from the weapons
named next to it: drones → ``drone_strike``, missiles → ``missile_strike``,
artillery → ``shelling`` (missiles win when both are named; missiles are the
default when no weapon is named). Cues in a clause that is hypothetical,
habitual or a claim (« éventuelle frappe », « pourrait », « se multiplient »,
« chaque jour », « faire croire ») are dropped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import reduce
from operator import itemgetter, or_

from gazetteer._regex import PrunedAlternation, WordTags, case_exotic, guard_all, required_words

__all__ = [
    "AUXILIARY",
    "CAMPAIGN_RE",
    "NEXT_EVENT_BEFORE_RE",
    "SIMILAR_AFTER_RE",
    "Cue",
    "actor_near",
    "find_cues",
    "first_weapon_event",
    "last_weapon_event",
    "nationality_spans",
    "while_side",
]


@dataclass(frozen=True, slots=True)
class Cue:
    """An event cue: the event type and the matched words (offsets into the text)."""

    event: str
    start: int
    end: int
    factual: bool = True
    #: a strike whose weapon is not named (« une attaque », « des frappes »): its type is a default
    generic: bool = False


#: Events that complete another one (interceptions, fires) rather than stand alone
#: when the sentence names no place of their own.
AUXILIARY = frozenset({"air_defense", "fire"})

_I = re.I
_STRIKE_RE = re.compile(
    r"\b(?:frappes?|bombardements?|bombardé(?:e|s|es)?|bombardant|pilonnages?|pilonné(?:e|s|es)?|pilonn\w+|"
    # « continuent de bombarder Kakhovka, Hola Prystan … »: the day's report of strikes still going on
    r"continu\w*\s+(?:de|à)\s+(?:bombarder|frapper|attaquer)|"
    # (not « une alerte au raid aérien »: the warning of one)
    r"(?<!alerte\sau\s)(?<!alertes\saux\s)(?<!alerte\saux\s)raids?|salves?|(?<!d[’'])assauts?\s+aériens?|vagues?\s+de\s+(?:drones?|missiles?|frappes?)|attaques?\s+(?:aériennes?|combinées?|massives?|de\s+(?:drones?|missiles?)|russes?|ukrainiennes?)|"
    # (« c'est l'axe d'attaque vers X »: a direction of the front, no event)
    r"(?<!axe\sd[’'])(?<!axes\sd[’'])attaques?|(?:ont|a|avaient|avait|aurait|auraient)\s+(?:aussi\s+|également\s+|de\s+nouveau\s+|notamment\s+|encore\s+)?(?:visé|frappé|touché|attaqué|ciblé)|"
    r"visée?s?\s+(?:par|ce|cette|dans|toute\s+la\s+nuit|pendant\s+la\s+nuit|mercredi|mardi|lundi|jeudi|vendredi|samedi|dimanche)|"
    # « parmi les localités les plus touchées figure Tchornomorsk »: the places the attack hit
    r"(?:zones?|secteurs?|localités?|villes?|quartiers?|districts?)\s+les\s+plus\s+touchée?s?\b(?!\s+(?:\S+\s+){0,3}?par\s+(?:la\s+guerre|le\s+conflit|la\s+crise|les\s+coupures|la\s+pénurie|les\s+inondations))|"
    # « un entrepôt a été touché et un incendie s'est déclaré », « après l'impact d'un drone »
    # (« c'est la raffinerie de X qui a été visée. »: the passive of a strike, ending its clause)
    r"(?:a|ont|avait|avaient)\s+été\s+(?:visée?s?|ciblée?s?)(?=\s*[.;]|\s*$)|"
    r"(?:a|ont|avait|avaient)\s+été\s+touchée?s?\b(?!\s+(?:\S+\s+){0,3}?par\s+(?:la\s+guerre|le\s+conflit|la\s+crise|les\s+coupures|(?:les|des)\s+(?:combats|affrontements)))|"
    r"impacts?\s+d[e’']\s*(?:un|une|des|deux|plusieurs)\s+(?:drones?|missiles?|roquettes?|obus|bombes?|projectiles?)|frappée?s?|(?:touchée?s?|attaquée?s?)\s+par(?!\s+(?:la\s+guerre|le\s+conflit|la\s+crise|les\s+coupures|(?:les|des)\s+(?:combats|affrontements)|(?:les\s+forces\s+de\s+|les\s+systèmes\s+de\s+|la\s+)?défense\s+(?:anti-?)?aérienne))|"
    # a ship sunk: « un commando a coulé le patrouilleur », « la corvette a été coulée »
    r"(?:a|ont|avait|avaient|aurait|auraient)\s+coulé\s+(?:le|la|l[’']|un|une|deux|trois|plusieurs|des|son|sa|leur)(?=\s|\w)|"
    r"(?:navires?|bateaux?|corvettes?|frégates?|croiseurs?|sous-marins?|vedettes?|patrouilleurs?|remorqueurs?|dragueurs?)\s+"
    r"(?:\S+\s+){0,4}?(?:a|ont|avait|avaient|aurait|auraient)\s+été\s+coulée?s?\b|"
    # « une infrastructure portuaire a été endommagée par des drones », « les positions ont été détruites
    # par des tirs ennemis »
    r"(?:endommagée?s?|détruite?s?)\s+(?:\S+\s+){0,2}?par\s+(?:un|une|des|deux|trois|plusieurs)\s+(?:\S+\s+)?(?:drones?|missiles?|obus|roquettes?|bombes?|frappes?|tirs)\b|"
    # « Ceux-ci visaient la région d'Odessa »: the weapons of the sentence before, by a pronoun
    r"(?:ceux-ci|celles-ci|ces\s+derni(?:ers|ères))\s+(?:visaient|ciblaient|ont\s+visé|ont\s+ciblé)"
    r"(?=\s+(?:\w+\s+){0,2}?(?:la|le|les|l[’']|des|un|une)\b)|"
    # « ont tenté d'attaquer avec trois drones navals le patrouilleur », « frappé à l'aide de missiles »
    r"(?:attaqu|frapp|vis|cibl|bombard)(?:er|é|ée|és|ées|ent|ant|ait|aient)\s+(?:avec|à\s+l[’']aide\s+d[e’'])\s*"
    r"(?:(?:un|une|des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|\d+)\s+)?(?:drones?|missiles?|roquettes?)\b|"
    # « les Russes ont utilisé des drones pour attaquer une école »
    # (« a utilisé des drones de surface, de type Sea Baby, pour frapper »: the model's name between)
    r"(?:utilisé|employé)\s+(?:(?:des|un|une|plusieurs|\d+)\s+(?:\S+\s+)?(?:drones?|missiles?|roquettes?|bombes?)|de\s+l[’']artillerie)\s+"
    r"(?:[^\s.;:!?]+\s+){0,8}?pour\s+(?:attaquer|frapper|viser|bombarder|cibler)|"
    # « des lance-roquettes ont été utilisés pour frapper Lgov »; « la Russie bombarde Odessa »; « en
    # frappant Kharkiv »; « a riposté en tirant jeudi deux missiles sur un dépôt »
    r"(?:ont|a|avaient|avait)\s+été\s+(?:utilisée?s?|employée?s?)\s+pour\s+(?:attaquer|frapper|viser|bombarder|cibler)|"
    r"bombarde\s+(?:(?:de\s+nouveau|encore|aussi|également)\s+)?(?:le|la|les|l[’']|un|une|des|(?=(?-i:[A-ZÀ-Ý])))|"
    # « le district a de nouveau été attaqué »
    r"(?:a|ont|avait|avaient)\s+(?:de\s+nouveau\s+|à\s+nouveau\s+)été\s+(?:attaquée?s?|frappée?s?|bombardée?s?|pilonnée?s?|visée?s?)|"
    # « le pont avait été visé et gravement endommagé le 3 mai »: a target hit and harmed
    r"(?:a|ont|avait|avaient)\s+(?:déjà\s+)?été\s+(?:visée?s?|ciblée?s?)\s+et\s+(?:\S+\s+)?(?:détruite?s?|endommagée?s?)|"
    r"frappant\s+(?=(?-i:[A-ZÀ-Ý]))|(?:réussi|parvenue?s?)\s+à\s+(?:frapper|toucher|atteindre)\b|"
    r"en\s+tirant\s+(?:[^\s.;:!?]+\s+){0,5}?(?:un|une|des|deux|trois|plusieurs|\d+)\s+(?:\S+\s+)?(?:missiles?|roquettes?|obus|drones?)|"
    # « détruit avec des drones un poste de commandement »
    r"détrui\w*\s+(?:\S+\s+){0,2}?(?:avec|à\s+l[’']aide\s+de)\s+(?:des|d[’']un|d[’']une|deux|trois|plusieurs)\s+(?:drones?|missiles?|roquettes?)|"
    # « des impacts ont été enregistrés à X »
    r"impacts?\s+(?:ont|a)\s+été\s+(?:enregistrés?|signalés?|constatés?|recensés?|relevés?)|"
    r"(?:touchée?s?|attaquée?s?)\s+(?:\S+\s+){1,3}?par\s+(?:un|une|des|deux|trois|plusieurs|le|la|les)\s+(?:\S+\s+)?"
    r"(?:obus|missiles?|drones?|roquettes?|bombes?|frappes?|tirs?)|"
    # (« le pont a été attaqué le jeudi 18 décembre », « … attaqué le 3 mars »: a day told right after)
    r"attaquée?s?\s+(?:dans\s+la\s+nuit|cette\s+nuit|la\s+nuit|ce\s+matin|(?:le\s+|ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
    r"le\s+\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))|(?:a|ont|avait)\s+(?:de\s+nouveau\s+)?été\s+la\s+cible"
    # (not « a été la cible lundi d'une incursion de combattants »: a raid on the ground)
    r"(?!\s+(?:\S+\s+){0,2}?d[’']une\s+(?:incursion|offensive|attaque\s+terrestre|infiltration))|ciblée?s?|"
    r"explosions?\s+d[’']une?\s+(?:\S+\s+)?(?:drones?|missiles?|obus|roquettes?)|tirs\s+(?:russes?\s+|ukrainiens?\s+|d[eu]\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la\s+nuit|la\s+veille)\s+)?sur\s|"
    r"(?:ont|a)\s+été\s+tirés?|tirs?\s+(?:de\s+|au\s+|aux\s+)?(?:missiles?|roquettes?|drones?|d[’']artillerie|lance-roquettes|mortiers?|chars?)|"
    r"(?:a|ont|avait|avaient|aurait|auraient)\s+(?:\S+\s+)?envoyé\s*,?\s+(?:[^\s.;:!?]+\s+){0,2}?(?:[^\s.;:!?]+\s*,\s+)?(?:des|plusieurs|\d+|une?)\s+(?:\S+\s+)?"
    r"(?:drones?|missiles?|roquettes?)\s+(?:\S+\s+)?(?:sur|contre)\s|frappant\s+(?:le|la|les|l[’']|un|une|des|plusieurs)\s|"
    r"(?:a|ont|avait|avaient|aurait|auraient)\s+lancé\s*,?\s+(?:[^.;:«»]{0,60}?,\s+)?(?:plus\s+de\s+|au\s+moins\s+|près\s+de\s+)?\S+\s+"
    # (« ont lancé un autre drone sur le centre de Kherson »)
    r"(?:(?:autres?|nouveaux|nouvelles?|nouvel)\s+)?(?:drones?|missiles?)|(?<!ment\s)(?<!souvent\s)prise?s?\s+pour\s+cibles?|(?:ont|a|avaient|avait)\s+ouvert\s+le\s+feu\s+(?:sur|contre)\s|"
    # the present of a lead: « Moscou lance 60 drones sur le pays », « elle vise surtout les oblasts
    # du sud » (a place-like object: not « il vise la présidence »)
    r"lance(?:nt)?\s+(?:plus\s+de\s+|au\s+moins\s+|près\s+de\s+)?\S+\s+(?:drones?|missiles?)\s+(?:\S+\s+)?(?:sur|contre)\s|"
    r"(?:elle|il|ils|elles)\s+(?:cible|ciblent|vise|visent)\s+(?:surtout\s+|notamment\s+|principalement\s+|en\s+particulier\s+)?"
    r"(?:les|la|le|l[’'])\s*(?:zones?|régions?|oblasts?|villes?|localités?|villages?|infrastructures?|ports?|installations?|"
    r"quartiers?|positions?|dépôts?|centrales?)\b|"
    # « 120 missiles et 90 drones ont été lancés, notamment contre Odessa »
    r"(?:drones?|missiles?|roquettes?)\s+(?:\S+\s+){0,3}?(?:ont|a|avaient|avait)\s+été\s+lancée?s?|"
    # (« une passante a été prise sous un tir russe »: a strike, whoever it hit)
    r"sous\s+le\s+feu|(?:(?:a|ont|avait|avaient)\s+été\s+)?prise?s?\s+sous\s+(?:un|le|les|des|de)\s+(?:\S+\s+)?(?:tirs?|feu|bombardements?|pilonnages?)\b|dégâts\s+(?:\S+\s+){0,2}?(?:sur|à|dans|au|aux)\b|largu\w+|largages?\b|"
    # (« les militaires ont lancé trois bombes sur la ville »: dropped from aircraft)
    r"(?:ont|a|avaient|avait)\s+lancé\s+(?:\S+\s+){0,2}?bombes?\b(?!\s+(?:artisanales?|improvisées?))|lâch\w+\s+(?:des|un|une|plusieurs)\s+(?:\S+\s+)?(?:explosifs?|bombes?|grenades?|munitions?|charges?)|"
    r"détrui\w+\s+(?:un|une|des|le|la|les|deux|trois|plusieurs)\s+(?:\S+\s+)?(?:dépôts?|entrepôts?|postes?\s+de\s+commandement|"
    r"positions?|radars?|batteries?|systèmes?\s+(?:de\s+)?(?:défense|missiles?)|centres?|véhicules?|chars?|blindés?|navires?)|"
    # « l'ennemi a ouvert le feu sur le marché, blessant deux femmes »: fire opened, with its toll or target
    r"(?:a|ont|avait|avaient)\s+ouvert\s+le\s+feu(?=[^.;!?]{0,60}?\b(?:blessant|tuant|endommageant|sur|contre)\b)|"
    # « Parmi les points principaux visés figurent X, Y et Z »: a daily report's list of targets
    r"(?:points|cibles|localités|villes|villages|sites)\s+(?:\w+\s+)?(?:visée?s|touchée?s|attaquée?s|bombardée?s|frappée?s)\s+"
    r"(?:figurent|figuraient|sont|étaient|ont\s+été)\b|"
    # « la cible visée était une usine d'explosifs de X »: the target of the strike just told, named
    r"(?:sites?|cibles?|usines?|installations?|dépôts?|raffineries?)\s+visée?s?(?=\s+(?:serait|seraient|est|sont|était|étaient)\b)|"
    # « l'armée a revendiqué la destruction d'un second pont sur la rivière »: a strike's result
    r"destruction\s+d[’']une?\s+(?:\S+\s+)?(?:ponts?|dépôts?|entrepôts?|postes?\s+de\s+commandement|radars?|"
    r"batteries?|raffinerie|centrale|navires?|sous-marin|avions?|hélicoptères?)\b|"
    # the narrative present of live blogs and weekly roundups: « un missile s'abat sur », « deux bombes
    # touchent », « des drones visent le port », « l'un d'eux touche un immeuble »
    # (« un déluge de feu s'abat sur la ville »: shells, most likely)
    r"(?:drones?|missiles?|roquettes?|obus|bombes?|shahed|projectiles?|engins?|l[’']un\s+d[’']eux|déluge\s+de\s+feu)\s+(?:\S+\s+){0,4}?"
    r"(?:frappent|frappe|touchent|touche|visent|vise|visaient|visait|frappaient|frappait|attaquaient|attaquait|ciblent|percutent|percute|heurtent|heurte|s[’']abat(?:tent)?|tombent\s+sur|"
    r"tombe\s+sur|endommagent|endommage|détruisent|tuent|tue|blessent|blesse|incendient|incendie\s+(?:un|une|le|la|les|des|deux|trois|plusieurs)|"
    r"sectionnent|sectionne|ravagent|ravage|pulvérisent|pulvérise|soufflent|souffle\s+(?:un|une|le|la|les|des))|bombardent|"
    # (« des bateaux sans équipage ont mis hors service le terminal »: naval drones)
    # (« des missiles lancés par l'aviation russe ont touché une usine »)
    r"(?:drones?|missiles?|roquettes?|obus|bombes?|tirs|frappes|artillerie|sans\s+équipage)\s+(?:\S+\s+){0,4}(?:a|ont|aurait|auraient|avait|avaient)\s+(?:par\s+ailleurs\s+|en\s+outre\s+|de\s+nouveau\s+|\S+\s+)?(?:frappé|percuté|heurté|touché|atteint|visé|explosé|"
    r"endommagé|détruit|coulé|mis\s+hors\s+(?:service|d[’']usage)|soufflé|éventré|tué|blessé|sectionné|incendié|ravagé|pulvérisé|dévasté|perforé|embrasé|arraché|criblé|"
    r"démoli|rasé|fauché|mis\s+le\s+feu|provoqué\s+(?:un|des|plusieurs)\s+(?:\S+\s+)?(?:incendies?|explosions?|dégâts|destructions))|(?:d[’']avoir|pour\s+avoir)\s+(?:\S+\s+){0,2}?(?:frappé|bombardé|pilonné|visé|attaqué|ciblé|tiré(?!\s+des\s+(?:coups|tirs)\s+de\s+semonce))|"
    # (« une bombe russe sur une école de X a tué deux élèves »)
    r"\b(?:une|des|deux|trois)\s+bombes?\s+(?:russes?|ukrainiennes?)\s+sur\s+(?:un|une|le|la|les|des|l[’'])(?=\s|\w)|"
    r"(?:bombes?|obus|roquettes?)\s+(?:\S+\s+){0,2}(?:(?:sont|est|étaient|était)\s+)?tombée?s?\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+(?:(?:matin|soir|après-midi)\s+)?)?(?:sur|dans|à|près|non\s+loin)|s[’'](?:est|était)\s+abattue?\s+(?:[^\s.;:!?]+\s+){0,4}?sur|(?:est|sont|était|étaient)\s+venue?s?\s+s[’']abattre\s+(?:[^\s.;:!?]+\s+){0,4}?sur|se\s+(?:sont|étaient)\s+abattue?s\s+(?:[^\s.;:!?]+\s+){0,4}?sur|subi\s+(?:\d[\d\s]*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|des|une\s+\w+aine\s+de|plusieurs|de\s+nouveaux|de\s+nouvelles)\s+(?:[^\s.;:!?]+\s+){0,2}?(?:tirs|frappes|bombardements|pilonnages)|(?:a|ont|avait|avaient|aurait|auraient)\s+(?:\w+\s+)?tiré|visant\s+(?:notamment|en\s+particulier|surtout)\s|(?:tuée?s?|blessée?s?)\s+(?:\S+\s+){0,2}?(?:par|dans)\s+(?:un|une|des|le|la|les)\s+(?:\S+\s+)?"
    r"(?:drones?|missiles?|obus|frappes?|bombardements?|tirs?|roquettes?|bombes?|éclats)|"
    # « la localité a été visée à 412 reprises »
    r"visée?s?\s+à\s+\d[\d\s]*\s*reprises|"
    # « quatre employés d'une usine ont été tués au nord-est de X ce mercredi »: people killed at a
    # place, no weapon told (an attack all the same)
    r"(?:civils?|habitants?|employés?|ouvriers?|passants?|agriculteurs?|secouristes?)\s+(?:\S+\s+){0,5}?"
    r"(?:ont|avaient)\s+été\s+tuée?s?(?=\s+(?:\S+\s+){0,2}?(?:à|au|aux|près|dans|en|sur)\s)|"
    # « un missile a fait deux morts », « les obus ont fait plusieurs blessés »: a weapon's toll
    r"(?:drones?|missiles?|roquettes?|obus|bombes?)\s+(?:\S+\s+){0,3}?(?:a|ont|aurait|auraient|avait|avaient)\s+fait\s+"
    r"(?:au\s+moins\s+|plus\s+d[e’']\s*|près\s+d[e’']\s*)?(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|des|plusieurs)\s+"
    r"(?:\S+\s+)?(?:morts?|blessés?|victimes?|tués?)|"
    # « l'ennemi a utilisé un lance-roquettes Grad, blessant deux passants »: a weapon used, with its toll
    r"(?:a|ont|avait|avaient)\s+utilisé\s+(?:un|une|des|deux|trois|quatre|\d+)\s+(?:\S+\s+){0,2}?"
    r"(?:lance-roquettes|drones?|missiles?|mortiers?|obusiers?|bombes?|roquettes?|canons?)"
    r"(?=[^.;:!?]{0,80}?\b(?:blessant|tuant|endommageant|détruisant)\b))\b",
    _I,
)
_DRONE_RE = re.compile(
    # (« visée par des appareils explosifs »: drones)
    r"\b(?:drones?|(?:véhicules?|appareils?|engins?|aéronefs?)\s+(?:aériens?\s+)?sans\s+pilote|appareils\s+explosifs|shahed|geran\w*|lancet|kamikazes?|"
    r"bombes?(?!\s+(?:planantes?|guidées?|aériennes?|russes?))|(?:bateaux|embarcations|vedettes)\s+sans\s+équipage|"
    # (« deux hélicoptères ont tiré sur une raffinerie »: an air strike)
    r"hélicoptères?)\b",
    _I,
)
#: Bombs dropped from aircraft and the aircraft that drop them (« des bombes planantes », « une
#: frappe aérienne », « l'aviation russe »): a strike from the air with no drone, typed as a
#: missile strike (a guided bomb flies to its target the way a missile does)
_AIR_BOMB_RE = re.compile(
    # (« une bombe russe »: the Russian air force's, not a drone's grenade)
    r"\b(?:bombes?\s+(?:planantes?|guidées?|aériennes?|russes?)|KAB|frappes?\s+aériennes?|raids?\s+aériens?|"
    # (not strategic bombers: they fire cruise missiles, the weapon to read next)
    r"aviation|avions?\s+(?:de\s+combat|bombardiers?)(?!\s+stratégiques?)|bombardiers?(?!\s+stratégiques?))\b",
    _I,
)
_MISSILE_RE = re.compile(
    # (« deux roquettes sol-air S-300 »: anti-aircraft missiles fired at the ground; not « une corvette
    # lance-missiles »: a ship's class)
    # (nor « la Direction principale des missiles et de l'artillerie »: the Russian army's arsenals)
    r"\b(?:(?<!lance-)(?<!porte-)(?<!principale\sdes\s)missiles?|iskander|kalibr|kinjal|kh-\d+|balistiques?|de\s+croisière|onyx|tochka|totchka|"
    r"zircon|tsirkon|atacms|storm\s+shadow|roquettes?\s+sol-air)\b",
    _I,
)
_ARTILLERY_RE = re.compile(
    # (« un tir de missile » is the missile's)
    r"\b(?:obus|(?<!missiles\set\sde\sl')(?<!missiles\set\sde\sl’)artillerie|roquettes?(?!\s+sol-air)|lance-roquettes|(?-i:LRM)|mortiers?|grad|himars|"
    r"tirs?(?!\s+(?:de\s+|d[’']\s*)(?:missiles?|drones?))|pilonn\w+|(?<!pas\s)(?<!jamais\s)(?:ouvert|ouvrant|ouvrent|ouvre)\s+le\s+feu|"
    r"bombardements?|bombardée?s?)\b",
    _I,
)
#: « de drones et de (lance-)… »: a weapon joined to the one before it in one attack
_JOINED_WEAPON_BEFORE_RE = re.compile(r"\bet\s+(?:de\s+|d[’']\s*)(?:\w+-)?$", _I)
#: The guns of _ARTILLERY_RE named as such (not « tirs » alone, which a drone's strike may be)
_GUNS_RE = re.compile(r"\b(?:obus|artillerie|roquettes?|lance-roquettes|mortiers?|grad|himars)\b", _I)
_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "explosion",
        re.compile(
            # (« tué par l'explosion d'un drone »: the drone's strike, see _STRIKE_RE)
            # (« une explosion des dépenses militaires »: a figure soaring)
            r"\b(?:explosions?(?!\s+d[’']une?\s+(?:\S+\s+)?(?:drones?|missiles?|obus|roquettes?)\b)"
            r"(?!\s+(?:des|de\s+la|du|de\s+leurs?|de\s+ses)\s+(?:dépenses|prix|coûts?|demandes?|cas|ventes|importations|"
            r"exportations|budgets?|inflation|loyers|salaires|factures|violences|naissances|effectifs|commandes))|détonations?|voitures?\s+piégées?|engins?\s+explosifs?|déflagrations?|attentats?|"
            r"mines?\s+antipersonnel|IED|bombe\s+artisanale|a\s+explosé|ont\s+explosé|avant\s+d[’']exploser|"
            r"fait\s+exploser\s+(?:\S+\s+){0,2}?(?:charges?|explosifs?|engins?|bombes?|camions?|voitures?|mines?)|"
            # « les sapeurs ont fait sauter plusieurs travées du pont »
            r"fai\w*\s+sauter\s+(?:\S+\s+){0,3}?(?:ponts?|travées?|barrages?|voies?|rails?|dépôts?|bâtiments?|immeubles?|pylônes?|antennes?|lignes?)|"
            r"(?:heurt\w+|sauté\s+sur|touché|explosant\s+sur)\s+(?:une|des|deux|plusieurs)\s+mines?|sauté\s+(?:\S+\s+)?sur\s+(?:une?|des)\s+(?:\S+\s+)?(?:engins?|explosifs?)|mines?\s+(?:marines?|dérivantes?|navales?)|"
            # a mine found and made safe: « une mine a été détectée au large de X », « a découvert une mine »
            r"mines?\s+(?:a|ont|avait|avaient)\s+(?:déjà\s+)?été\s+(?:détectée|découverte|repérée|neutralisée|désactivée|détruite)s?|"
            r"(?:détecté|découvert|repéré|neutralisé|désactivé)\s+(?:une|la|deux|trois|plusieurs|une\s+autre)\s+mines?|"
            # a dam blown up: « la destruction du barrage de Kakhovka », « le barrage avait été détruit »
            r"destruction(?:,\s+[^,.;]{0,30},)?\s+du\s+barrage|barrages?\s+(?:de\s+[\w’'-]+\s+)?(?:a|avait|ont|avaient)\s+été\s+détruits?)\b",
            _I,
        ),
    ),
    ("sabotage", re.compile(r"\b(?:sabotages?|sabot\w+\s+(?:une|la|le|des)\s+\w+|déraill\w+)\b", _I)),
    (
        "debris",
        re.compile(
            r"\b(?:débris|(?:fragments?|restes?|morceaux|pièces?|épaves?)\s+(?:[a-zéèêàç]+\s+)?(?:de|d[’'])\s*(?:un\s+|une\s+|des\s+)?"
            r"(?:(?:second|seconde|deuxième|troisième|autre|nouveau|nouvel|premier|première)\s+)?(?:drones?|missiles?|projectiles?|roquettes?|engins?|"
            # (« des fragments d'un objet aérien »: the Romanian authorities' words)
            r"objets?\s+(?:volants?\s+)?(?:aériens?|non\s+identifiés?))|"
            r"(?:drones?|missiles?|projectiles?|engins?|appareils?|véhicules?\s+aériens?\s+sans\s+pilote|l[’']un\s+d[’'](?:eux|entre\s+eux)),?\s+(?:\S+\s+){0,10}?(?:s[’'](?:est|sont|était|étaient)\s+(?:\w+ment\s+)?écrasée?s?|se\s+sont\s+écrasée?s|"
            r"s[’']écras\w*|(?:est|sont|était|étaient)\s+tombée?s?|"
            # (« un missile tombé la veille en Moldavie »: the day between)
            r"tombée?s?\s+(?:(?:la\s+veille|hier|(?:ce\s+|le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\s+)?(?:dans|sur|près|à|en)|"
            r"(?:a|ont)\s+été\s+(?:retrouvée?s?|découverte?s?))|"
            r"(?:fragments?|débris|morceaux|restes)\s+(?:ont|a)\s+été\s+(?:retrouvée?s?|découverte?s?|repérée?s?|localisée?s?)|"
            # « le drone trouvé quatre jours plus tôt », « un drone retrouvé dans un champ »
            r"(?:le|un|du|les|des|deux|trois)\s+(?:drones?|engins?)\s+(?:\w+\s+)?(?:trouvée?s?|retrouvée?s?|découverte?s?)(?!\s+(?:par|chez)\s+(?:les\s+)?(?:soldats|forces|troupes))|"
            # « un drone accidenté retrouvé à Vaslui »; « des fragments d'obus sont tombés sur une base »
            # (a shot-down missile's: not « blessé par des fragments d'obus », the shelling's)
            r"(?:drones?|engins?|appareils?)\s+accidentée?s?|fragments?\s+d[’']obus\s+(?:sont|est|étaient|était)\s+tombée?s?|"
            # « l'impact au sol d'un objet aérien »: the Romanian defence ministry's words for a crash
            r"impacts?\s+au\s+sol\s+(?:d[’']un\s+|d[’']une\s+|de\s+|des\s+)(?:\S+\s+){0,2}?(?:objets?|engins?|drones?|appareils?)|"
            # « après la chute d'un engin dans un champ », « blessé par la chute de débris »
            r"chutes?\s+(?:d[’']un\s+|d[’']une\s+|de\s+|des\s+)(?:\S+\s+){0,2}?(?:engins?|drones?|missiles?|débris|fragments?|"
            r"morceaux|roquettes?|projectiles?)|"
            # (« après la chute, mardi dans la matinée, d'un drone sur une maison »: its time in between)
            r"chutes?\s*,[^,.;:]{1,60},\s*(?:d[’']un\s+|d[’']une\s+|de\s+|des\s+)(?:\S+\s+){0,2}?(?:engins?|drones?|missiles?|"
            r"débris|fragments?|roquettes?|projectiles?)|"
            # (« près de Cahul, où il s'est écrasé »: the aircraft told before)
            r"(?:il|elle|ils|elles)\s+(?:s[’'](?:est|était)\s+écrasée?|se\s+sont\s+écrasée?s))\b",
            _I,
        ),
    ),
    (
        "air_defense",
        re.compile(
            r"\b(?:(?<!est\s)(?<!sont\s)(?<!était\s)(?<!étaient\s)(?:abattus?|abattues?)|intercepté(?:e|s|es)?|interceptions?|neutralisé(?:e|s|es)?|"
            r"(?:abat|abattent|interceptent|intercepte|neutralise|neutralisent)\s+(?:\S+\s+){0,3}?(?:drones?|missiles?|roquettes?|engins?)|"
            # (« avoir " détruit" un total de 18 drones »: quoted, and a total)
            r"détrui(?:t|te|ts|tes|re)\s*[\"»”]?\s+(?!(?:\S+\s+)?(?:par|avec)\b)(?:un\s+total\s+de\s+|au\s+total\s+)?"
            # (« a détruit dans la nuit de lundi à mardi trois drones »: when, in between)
            r"(?:(?:dans|durant|pendant|au\s+cours\s+de)\s+la\s+(?:nuit|journée|matinée|soirée)"
            r"(?:\s+(?:de|du)\s+\w+(?:\s+(?:à|au)\s+\w+)?)?\s+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|cette\s+nuit)\s+)?"
            r"(?:\S+\s+){0,2}(?:drones?|missiles?|Shahed|Kalibr|Geran|véhicules?\s+aériens?\s+sans\s+pilote|engins\s+(?:aériens|volants|russes|ennemis)(?!\s+blindés))|tirs?\s+de\s+(?:la\s+)?défense\s+(?:anti-?aérienne|aérienne|antiaérienne)|"
            # (« les défenses aériennes ukrainiennes ont été activées dans la région de X »)
            r"défenses?\s+(?:anti-?aériennes?|aériennes?|antiaériennes?)\s+(?:\S+\s+){0,4}?(?:activée?s?|actives?|en\s+action|a\s+fonctionné|est\s+intervenue)|"
            # (« six engins aériens sans pilote ennemis ont été détruits »)
            # (not « des drones russes ont ciblé et détruit un entrepôt »: the drones' own act)
            r"(?:drones?|missiles?|appareils|aéronefs|(?:engins|véhicules)\s+aériens\s+(?:\S+\s+)?sans\s+pilote)\s+"
            r"(?:(?!(?:ont|a|avait|avaient)\s+(?!été\b))\S+\s+){0,4}"
            # (« 37 drones détruits », « ont été détruits », « d'appareils détruits au-dessus des districts »;
            # not « un missile avait détruit un restaurant »)
            r"(?:(?<!\ba\s)(?<!\bont\s)(?<!avait\s)(?<!avaient\s)détruit(?:e|s|es)?|avaient\s+pu\s+être\s+détruits)|"
            # fighters scrambled (« deux F-16 ont décollé de la base de Fetești »)
            r"(?:avions?\s+de\s+chasse|chasseurs?|F-16|F-35|Eurofighter|Typhoon|Gripen|Rafale|MiG-29)\s+(?:\S+\s+){0,4}?"
            r"(?:ont|a|avaient|avait)\s+(?:\S+\s+)?(?:décollé|été\s+(?:envoyée?s?|dépêchée?s?|mobilisée?s?))|"
            # (« deux F-16 ont suivi l'engin jusqu'à Pardina »: a drone tracked by fighters)
            r"(?:ont|a|avaient|avait)\s+(?:suivi|pisté|escorté)\s+(?:le|un|l[’'])\s*(?:drone|engin|appareil)|"
            # (« la Roumanie a fait décoller deux F-16 », « a déployé deux de ses avions de chasse »)
            r"(?:ont|a|avaient|avait)\s+(?:\S+\s+)?(?:fait\s+décoller|déployé|dépêché)\s+(?:\S+\s+){0,5}?"
            r"(?:avions?\s+de\s+(?:chasse|combat)|hélicoptères|F-16|F-18|F-35|Eurofighter|Typhoon|Gripen|Rafale|MiG-29)|"
            # « Sébastopol repousse une attaque de drones navals »: an attack repelled from the air or sea
            # (« affirme avoir contrecarré une attaque aux drones sur Belgorod »)
            # (« repoussé une attaque de deux drones navals »: a count before the weapon)
            # (« repoussé une attaque menée à l'aide de drones »)
            r"(?:repouss|contrecarr)\w*\s+(?:\S+\s+){0,5}?(?:attaques?|vagues?|assauts?)\s+(?:massive\s+)?"
            r"(?:de|aux|menée?s?\s+(?:à\s+l[’']aide\s+de|au\s+moyen\s+de|par|avec)(?:\s+des)?)\s+"
            r"(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|nombreux|\d+)\s+)?(?:drones?|missiles?)|"
            # (« deux attaques de drones ont été repoussées près de Sotchi »)
            r"(?:attaques?|vagues?)\s+(?:de|d[’']|aux)\s*(?:\S+\s+)?(?:drones?|missiles?)\s+(?:\S+\s+)?"
            r"(?:ont|a|avaient|avait)\s+été\s+repoussée?s?|"
            # (« repoussé des raids aériens »: attacks from the air, held off)
            r"(?:repouss|contrecarr)\w*\s+(?:\S+\s+){0,5}?(?:raids?\s+aériens?|attaques?\s+aériennes?))\b",
            _I,
        ),
    ),
    # (« une maison a été incendiée »: set on fire)
    (
        "fire",
        re.compile(
            r"\b(?:incendies?|(?:a|ont)\s+été\s+incendiée?s?|en\s+feu|pris\s+feu|flammes|brûl\w+)\b", _I
        ),
    ),
    (
        "ground_combat",
        re.compile(
            # (not « à la mémoire des soldats tombés au combat »: the war's dead honoured)
            # (nor « les unités les plus prêtes au combat »: a readiness)
            r"\b(?:(?<!tombés\sau\s)(?<!tombées\sau\s)(?<!tombé\sau\s)(?<!prêts\sau\s)(?<!prêtes\sau\s)(?<!prêt\sau\s)(?<!prête\sau\s)(?<!aptes\sau\s)(?<!engins\sde\s)(?<!engin\sde\s)(?<!véhicules\sde\s)(?<!véhicule\sde\s)(?<!avions\sde\s)(?<!avion\sde\s)(?<!hélicoptères\sde\s)(?<!chars\sde\s)(?<!char\sde\s)(?<!tenue\sde\s)(?<!tenues\sde\s)combats?|combattent|combattu|combattants?\s+engagés|affrontements?|assauts?(?!\s+aériens?)|(?<=d[’'])assauts?|"
            # (« les offensives de drones contre des localités russes »: strikes from the air)
            # (« l'offensive russe en Ukraine se poursuit »: the war itself, not a battle; but
            # « a déclenché le 24 février une offensive en Ukraine » is its start)
            r"(?:déclench|lanc)\w*\s+(?:le\s+\d+\w*\s+\w+\s+)?(?:une|son|leur|l[’'])\s*offensive"
            r"(?=(?:\s+\S+){0,2}?\s+(?:en|sur|contre)\s+(?:l[’']\s*)?Ukraine\b)|"
            # (« ont déclenché en mars une opération surprise dans la région de X »: an incursion)
            r"(?:déclench|lanc)\w*\s+(?:le\s+\d+\w*\s+\w+\s+)?une\s+(?:\S+\s+){0,2}?opération"
            r"(?!\s+(?:de\s+|d[’']\s*)(?:sauvetage|secours|évacuation|déminage|recherche|police|sécurité|nettoyage|filtration)\b)"
            r"(?=(?:\s+\S+){0,4}?\s+dans\s+la\s+région\b)|"
            r"offensives?(?!\s+(?:\S+\s+){0,2}?(?:de\s+|d[’']\s*)(?:drones?|missiles?)\b)"
            r"(?!\s+(?:\S+\s+){0,2}?(?:en|sur|contre)\s+(?:l[’']\s*)?Ukraine\b(?!\s*,?\s*(?:dans|à|près|autour|vers|sur)\b))|"
            # (« une confrontation "féroce" à Vougledar », « engagées dans une confrontation avec les forces
            # russes »: a battle, not a political standoff)
            r"confrontations?(?=\s+(?:[«\"“]?\s*[\w-]+\s*[»\"”]?\s+){0,2}?(?:avec\s+les\s+(?:forces|troupes|soldats|unités)|"
            r"à\s+(?-i:[A-ZÀ-Ý])|près\s+d[e’']|autour\s+d[e’']))|"
            r"incursions?(?!\s+(?:\S+\s+){0,2}?(?:de\s+|d[’']\s*)(?:une?\s+(?:des\s+|de\s+ces\s+)?|des\s+)?(?:drones?|missiles?|appareils?|aéronefs?|engins?)\b)|(?<!champ\sde\s)(?<!champs\sde\s)batailles?(?!\s+(?:navale|aérienne)s?\b)|opérations?\s+de\s+combat|accrochages?|"
            # (not « le quartier est encerclé par des policiers »: a police cordon)
            r"encercl\w+(?!\s+par\s+(?:la\s+|les\s+|des\s+)?(?:polic\w+|pompiers|secours|gendarm\w+|forces\s+de\s+l[’']ordre)\b)|percées?|"
            # « quatre attaques ont été repoussées au nord-est de la ville »
            # (not « une attaque de drones a été repoussée »: held off from the air, see air_defense)
            r"(?:attaques?|assauts?)(?!\s+(?:de|d[’']|aux)\s*(?:\S+\s+)?(?:drones?|missiles?)\b)\s+(?:\S+\s+){0,2}?"
            r"(?:ont\s+été|a\s+été|avaient\s+été|avait\s+été|auraient\s+été|"
            r"sont|furent)\s+repoussée?s?|"
            r"repouss(?:é|ée|és|ées|ent|er)\s+(?:une|l[’']|les|des|plusieurs|deux|trois|\d+)\s+(?:\S+\s+)?(?:attaques?|assauts?)|"
            # (« ont "repoussé" des "attaques" »: quoted words)
            r"repouss(?:é|ée|és|ées|ent|er)[»\"”]?\s+(?:[^\s.;:!?]+\s+){0,8}?[«\"“]?(?:attaques?|assauts?)|"
            r"repouss(?:é|ée|és|ées|ent|er)\s*»?\s+(?:\S+\s+){0,2}?(?:une|l[’']|les|des|plusieurs|deux|trois|\d+)\s+(?:\S+\s+)?"
            r"(?:tentatives?|offensives?|vagues?)|contre-attaqu\w+|contre-offensives?|"
            # (not « la considère comme une tête de pont »: what a territory is taken for)
            r"(?<!comme\sune\s)têtes?\s+de\s+pont|tentatives?\s+de\s+(?:débarquement|percée|franchissement)|"
            r"pris\s+le\s+contrôle|(?:ont|a|avaient|avait|auraient|aurait)\s+débarqué|(?:d[’']être|ont\s+été|a\s+été|auraient\s+été)\s+repoussée?s?|contrôl\w+\s+(?:désormais\s+)?(?:une\s+partie|la\s+majeure\s+partie|l[’']essentiel|"
            r"la\s+moitié|le\s+centre|la\s+quasi-totalité)\s+(?:de|du|d[’'])|(?:la\s+)?prise\s+(?:de|du|d[’'])|(?:s[’']\s*(?:est\s+|était\s+|étaient\s+|être\s+)?|se\s+(?:sont|seraient|serait)\s+(?:\w+\s+)?)empar(?:ée?s?|er|ant|ent|aient|ait)\b|captur(?:é|ée|és|ées)|(?<!sur\sla\s)capture\s+(?:de\s+la\s+ville|du\s+village|de\s+la\s+localité|de\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|plusieurs)\s+(?:nouveaux\s+|autres\s+)?(?:villages|localités)|de\s+(?-i:[A-ZÀ-Ý])|d[’']\s*(?-i:[A-ZÀ-Ý]))|(?:re)?conquise?s?|"
            r"tombée?\s+aux\s+mains|(?:sont|est|était|étaient|passée?s?)\s+(?:[^\s.;:!?]+\s+){0,4}?aux\s+mains\s+(?:des|de\s+l[’'])\s*"
            r"(?:Russes|Ukrainiens|forces|troupes|armée|ennemi|occupants)|(?:avoir|a|ont|avait|avaient)\s+(?:«\s*)?libéré|avan(?:c(?:e|ent|é|ée|és|ées|er|ait|aient)|ç(?:ant|ait|aient))\s+(?:[^\s.;:!?,]+\s+){0,2}?(?:vers|sur|près|(?:au|à\s+l[’'])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d[e’'])|(?:troupes|forces|soldats|armée|unités|militaires)\s+(?:\S+\s+){0,3}?(?:se\s+|s[’'])rapproch\w+|"
            r"progress\w+\s+(?:[^\s.;:!?]+\s+){0,6}?(?:vers|près|autour|dans|en\s+direction)|(?:grignot|gagn)\w+\s+(?:du\s+)?terrain|"
            # (« progressent de 1 à 3 kilomètres », « ont avancé de deux km »)
            r"(?:progress|avanc)\w+\s+(?:de\s+)?(?:\d+(?:[,.]\d+)?|quelques|plusieurs|un|deux|trois|quatre|cinq|dix)"
            r"(?:\s+(?:à|et)\s+\d+)?\s+(?:kilomètres?|km|mètres)\b|"
            r"(?:son|sa|leur|l[’'])\s*avancée\s+(?:\S+\s+)?(?:dans|vers|en|sur|près|autour)|"
            r"abandonnée?s?\s+(?:\S+\s+){0,3}?par\s+(?:les\s+troupes|l[’']armée|les\s+forces|ses\s+défenseurs)|amélior\w+\s+(?:leurs|ses|les|nos)\s+positions|"
            # (« ont repris le village », not « les attaques ont repris avec intensité »: resumed)
            r"(?:avoir|a|ont|avait|avaient)\s+(?:déjà\s+|aussi\s+|également\s+|finalement\s+)?(?:«\s*)?repris(?=\s*»?\s+(?:(?!avec\s|depuis\s|dans\s|en\s|de\s)\w+\s+)?"
            r"(?:le\s|la\s|les\s|l[’']|du\s+terrain|(?:un|une|des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s|(?-i:[A-ZÀ-Ý])|possession|pied|position|contrôle|plusieurs|\d|"
            # (« avoir repris "plus de vingt localités" »)
            r"(?:«\s*|\"\s*)?(?:plus|près)\s+d[e’']\s*(?:\d|vingt|trente|quarante|cinquante|cent|dix|douze|quinze|deux|trois|quatre|cinq|six|sept|huit|neuf)|"
            # (« avaient repris cette ville clé »; not « ont repris cette semaine »: resumed)
            r"ce(?:tte|s)?\s+(?:villes?|localités?|villages?|bourgs?|hameaux?|positions?|cités?)\b))|reprise\s+(?:de|du|d[’'])|"
            # a town taken: « la chute de Bakhmut », « après avoir pris fin avril la localité de X »;
            # « la chute de Selydove, fin octobre, puis celle de Kourakhové »: two towns
            r"(?:chute|prise|perte)\s+(?:de|du|d[’'])\s*(?=(?-i:[A-ZÀ-Ý]))[^.;:!?]{0,120}?\bpuis\s+celle\s+(?:de|d[’'])\s*(?=(?-i:[A-ZÀ-Ý]))|"
            r"(?:chute|libération|reconquête)(?:\s+(?:complète|totale|définitive))?\s+(?:de|du|d[’'])\s*(?:(?:village|ville|localité|bourg|hameau)\s+(?:de\s+|d[’']\s*))?(?=(?-i:[A-ZÀ-Ý]))|"
            r"repris\s+par\s+(?:l[’']armée|les\s+forces|les\s+troupes|les\s+(?-i:[A-Z])\w+)|(?:commandos|fusiliers|marines|forces|troupes|soldats|unités|militaires)\b[^.;:]{0,60}?\b(?:ont|a)\s+traversé\s+"
            r"[^.;:]{0,60}?\bet\s+débarqué|"
            # « Soudja, reprise à la mi-mars », « Avdiïvka, abandonnée en février 2024 »: a town's fall in an aside
            r"(?<=,\s)(?:reprise?s?|conquise?s?|abandonnée?s?|perdue?s?)\s+(?=(?:à\s+la\s+|en\s+|dès\s+|le\s+\d|fin\s+|début\s+|"
            r"au\s+(?:début|cours|printemps)|mi-|(?:à\s+)?l[’'](?:été|automne|hiver)|par\s+(?:les|l[’']|la|le)\s))|"
            # a retreat from a place: « l'armée s'était retirée d'Avdiivka », « s'être repliée « sur de
            # nouvelles lignes » », « le retrait de ses unités de Siversk » (not « se replie vers »: a move)
            r"(?:s[’']être|s[’'](?:est|était|étaient)|se\s+(?:sont|seraient|serait|soient|sera|seront))\s+(?:\w+\s+){0,2}?"
            r"(?:retirée?s?|repliée?s?)(?=\s+(?:d[’']\s*|de\s+|du\s+)(?:(?-i:[A-ZÀ-Ý])|(?:la\s+|l[’']\s*|un\s+|une\s+|cette\s+|ce\s+|ses\s+|leurs\s+)?"
            r"(?:\w+\s+)?(?:ville|rive|quartiers?|localité|village|bourg|positions?|secteur|tête|faubourgs?|centre|front)\b)|"
            r"\s+«?\s*sur\s+(?:de\s+nouvelles|des|leurs|ses)\s|\s+au-delà\s+(?:de\s+|des\s+|du\s+|d[’']\s*))|"
            # (« les soldats russes se retirent aussi dans la région de Zaporijjia », « se retireraient de
            # Svatove »)
            r"\bse\s+(?:retirent|retiraient|retireraient|retirerait|replient|repliaient)\b(?:\s+(?:aussi|également|encore|\w+ment))?"
            r"(?=\s+(?:d[’']\s*|de\s+|du\s+)(?-i:[A-ZÀ-Ý])|\s+(?:dans|de)\s+la\s+région\b|\s+au-delà\s+d)|"
            r"retraits?\s+(?:des\s+|de\s+leurs\s+|de\s+ses\s+)(?:\S+\s+)?(?:troupes|forces|soldats|unités|hommes|défenseurs)\b|"
            # (« forcé l'ennemi à se retirer de Krynky », « Moscou annonce son retrait de Kherson »)
            r"(?:à\s+se\s+(?:retirer|replier)|(?:son|leur)\s+retrait)\s+(?=(?:d[’']\s*|de\s+|du\s+)(?:la\s+|l[’']\s*)?(?:(?-i:[A-ZÀ-Ý])|île\b|îlot\b))|"
            # troops entering a town: « ses forces étaient entrées dans Koupiansk », « des unités russes sont
            # entrées dans le sud de Selydove » (not « entrés dans l'espace aérien »: drones)
            # (« les troupes russes sont entrées lundi dans la ville de Kreminna », « Les Russes entrent dans
            # Kreminna »)
            r"(?:(?:troupes|forces|unités|soldats|militaires|blindés|chars)\s+(?:\S+\s+){0,3}?(?:sont|étaient|seraient|serait|est|était)\s+"
            r"(?:déjà\s+)?entrée?s?\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?|"
            r"(?:troupes|forces|unités|soldats|Russes|Ukrainiens)\s+(?:russes\s+|ukrainiennes\s+)?entrent\s+)dans\s+(?:(?:le|la|les)\s+(?:\S+\s+)?(?:centre|sud|nord|est|ouest|faubourgs?|périphérie)\s+(?:de\s+|d[’']\s*)|"
            r"(?:la\s+)?(?:ville|localité|village)\s+(?:de\s+|d[’']\s*))?(?=(?-i:[A-ZÀ-Ý]))|"
            # a town lost: « avant de perdre Otcheretyne », « l'armée a perdu le contrôle de Vuhledar »
            r"(?:perdre|perdu|perd)\s+(?:le\s+contrôle\s+(?:de|du|d[’'])\s*)?(?=(?-i:[A-ZÀ-Ý]))|"
            # « c'était au tour de Vuhledar, bastion minier, de tomber »
            r"au\s+tour\s+(?:de|d[’'])\s*(?=(?-i:[A-ZÀ-Ý]))[^.;:!?]{0,80}?\bde\s+tomber|"
            # « Kurakhove est tombée en janvier », « dont Moscou a revendiqué la prise en février »,
            # « reprise par l'armée ukrainienne en novembre 2022 »
            r"tombée?s?\s+(?:(?:dès|en|fin|début|mi-|à\s+la\s+fin|au\s+début|au\s+cours|le)\s+(?:de\s+|du\s+|d[’']\s*)?"
            r"(?:l[’']\s*|la\s+|le\s+|mois\s+d[’']?\s*)?)?(?:\d{1,2}(?:er)?\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|"
            r"août|septembre|octobre|novembre|décembre|été|automne|hiver|printemps|année|\d{4})|"
            r"pass(?:é|ée|és|ées|er)\s+sous\s+(?:le\s+)?contrôle|(?:a|ont|avait|avaient)\s+été\s+libérée?s?|"
            # « le poste frontière a été rapidement pris » (not « pris pour cible », « prise en charge »,
            # « prise sous un tir russe »: a strike;
            # nor « avait été reprise en 2022 », a town's history)
            # (nor « une décision a été prise », « des mesures ont été prises », « la photo a été prise »)
            r"(?<!décision\s)(?<!décisions\s)(?<!mesure\s)(?<!mesures\s)(?<!photo\s)(?<!photos\s)(?<!image\s)(?<!images\s)"
            r"(?:a|ont)\s+été\s+(?:\w+ment\s+)?(?:pris|prises?|repris|reprises?)\b"
            r"(?!\s+(?:pour\s+cible|en\s+charge|en\s+compte|au\s+sérieux|de\s+court|d[e’']|à\s+partie|par\s+surprise|sous\s))|"
            r"(?:ont|a|avaient|avait)\s+franchi\s+la\s+frontière|"
            # « des blindés ont pénétré jeudi soir dans la région de Briansk » (not drones in an airspace)
            r"(?:ont|a|avaient|avait)\s+pénétré\s+(?:\w+\s+){0,2}?dans\s+(?:la\s+région|le\s+territoire|l[’']oblast)|tentatives?\s+(?:\S+\s+){0,5}?de\s+percer\b|(?:tenté|tentent|tente|tentaient|tentait|essayé|cherché)\s+(?:\S+\s+){0,4}?de\s+percer\s+(?:les|la|le|leurs?)\s+(?:défenses|lignes?|front)\b|"
            # « ont ouvert une brèche au nord du village », « a percé la seconde ligne de défense »
            r"(?:ouvert|ouvrir|ouvre|ouvrent)\s+une\s+brèche|(?:a|ont|avoir|avait|avaient)\s+percé\s+(?:une|la|les)\s+(?:\S+\s+){0,2}?lignes?\s+(?:de\s+défense|de\s+front|défensives?)|(?:attaques?|assauts?)\s*,\s*(?:toutes?\s+|tous\s+)?repoussée?s?|attaques?\s+(?:d[’']infanterie|terrestres?|de\s+blindés|blindées?)|(?:tenté|tentent|tente)\s+(?:\S+\s+){0,4}?d[’']avancer|"
            # (« les unités ennemies ont occupé les localités de X, Y et Z »: towns taken)
            r"(?:ont|a|avaient|avait)\s+(?:\S+\s+)?occupé\s+(?:les\s+|la\s+|le\s+|l[’']\s*)?(?:(?:localités?|villages?|villes?)\s+(?:de\s+|d[’']\s*))?"
            r"(?=(?-i:[A-ZÀ-Ý]))|"
            # (« les forces ukrainiennes avaient tenté d'"envahir" la région »)
            r"(?:tenté|tentent|tente|tentaient|tentait)\s+d[’']\s*[«\"“]?\s*envahir\b|"
            r"revendiqu\w+\s+(?:la\s+)?(?:prise|conquête|capture)|reprise?s?\s+par\s+(?:l[’']armée|les\s+forces|les\s+troupes|"
            r"les\s+(?-i:[A-Z])\w+|(?-i:[A-Z])\w+)|"
            r"(?:avoir|a|ont|avait|avaient)\s+pris\s+(?:(?=(?-i:[A-ZÀ-Ý]))|(?:\S+\s+){0,3}?(?:la\s+(?:ville|localité|cité)|"
            r"le\s+(?:village|bourg|hameau|nœud)|l[’']agglomération)\s)|"
            r"pénétr\w+\s+dans\s+(?:les?|la|l[’']|des)\s*(?:quartiers?|faubourgs?|ville|localité|village|banlieue|"
            r"centre|positions?|tranchées?|lignes?)|"
            # an incursion: « des commandos ont pénétré dans l'oblast de Briansk »
            r"(?:troupes|soldats|militaires|forces|unités|combattants|commandos)\s+(?:\S+\s+){0,2}?(?:ont|a|avaient|avait)\s+"
            r"pénétré\s+(?:\S+\s+){0,2}?(?:dans|en|sur)\s+(?:la\s+région|l[’']oblast|le\s+territoire|(?-i:[A-ZÀ-Ý])))\b",
            _I,
        ),
    ),
    (
        "troop_deployment",
        re.compile(
            r"\b(?:(?:troupes|soldats|militaires|forces|renforts|bataillons?|brigades?|unités|batteries|systèmes\s+(?:anti-?aériens|antiaériens|de\s+défense)),?\s+"
            # (not across a clause with another subject: « visée par les troupes russes car elle se trouve
            # sur l'axe menant au port »: the city is on the way)
            r"(?:(?!(?:car|elle|elles|il|mais|puisque|parce|qui)\b)\S+\s+){0,6}?"
            r"(?:(?:ont\s+été|ont|sont|étaient|avaient\s+été)\s+)?(?:déployé(?:e|s|es)?|envoyé(?:e|s|es)?|"
            r"arrivé(?:e|s|es)?|(?:sont|étaient)\s+venu(?:e|s|es)?\s+(?:prêter|renforcer|appuyer|soutenir|en\s+renfort)|stationné(?:e|s|es)?|massé(?:e|s|es)?|acheminé(?:e|s|es)?|(?:ont|avaient)\s+pris\s+position|transféré(?:e|s|es)?|dépêché(?:e|s|es)?|"
            r"se\s+trouv(?:ent|aient|ait|e)\s+(?:désormais\s+|déjà\s+|actuellement\s+)?(?:dans|en|à|sur)\b|"
            r"(?:sont|seraient|étaient)\s+(?:désormais\s+|déjà\s+)?présents?\s+(?:dans|en|à|sur)\b)|"
            r"(?:la\s+plupart|certains|ils|elles)\s+sont\s+arrivé(?:e|s|es)?|"
            # a garrison (« où stationnent 1 500 soldats », « maintient en Transnistrie 1 500 militaires »,
            # « accueille plusieurs milliers de soldats »), forces committed (« a engagé ses brigades »,
            # « a concentré 50 000 soldats »), checkpoints reinforced or set up
            r"(?:stationne(?:nt)?|(?:sont|restent)\s+déployés)\s+(?:\S+\s+){0,4}?(?:soldats|militaires|troupes|contingent|forces)|"
            r"(?:maint(?:ient|iennent|enait|enaient)|accueill\w+|engag\w+|concentr\w+)\s+(?:\S+\s+){0,7}?(?:soldats|militaires|troupes|forces|"
            r"brigades|bataillons|unités|marines|parachutistes)\b(?!\s+(?:russes|ukrainiens)?\s*(?:à|de)\s+(?:se|s[’']|quitter|retirer))|"
            r"redéployée?s?|(?:renforcé|installé|mis\s+en\s+place)\s+(?:\S+\s+){0,3}?(?:contrôles|postes?\s+de\s+contrôle|patrouilles|checkpoints?|barrages)|"
            r"(?:patrouilles|contrôles|postes\s+de\s+contrôle)\s+(?:ont\s+été|sont|ont)\s+(?:été\s+)?renforcée?s?|"
            r"(?:déployé|envoyé|dépêché|massé|redéployé)\s+(?:\S+\s+){0,5}?(?:des|de|les|plusieurs|quelque|environ|une|\d[\d\s]*)\s+"
            r"(?:\S+\s+)?(?:troupes|soldats|militaires|renforts|bataillons|brigades|unités|batteries?)|"
            r"renfor\w+\s+(?:ses|leurs|son|le|les)\s+(?:effectifs|contingents?|troupes|positions|forces)|"
            # « le commandement transfère d'urgence ses réserves », « l'ennemi déplace ses unités »
            r"(?:transf[èé]r|déplac)(?:e|ent|ait|aient|é|ée|és|ées|ant)\s+(?:d[’']urgence\s+|rapidement\s+|également\s+|aussi\s+)?(?:ses|leurs|les|des|son|sa)\s+(?:\S+\s+)?"
            r"(?:forces|troupes|unités|réserves|soldats|brigades|bataillons|renforts)\b|"
            r"déploiements?\s*(?:,[^,.;:]{0,40},\s*)?(?:de|d[’'])\s*(?:[^\s.;:!?]+\s+){0,6}?(?:troupes|soldats|forces|militaires|détachements|unités|bataillons|patrouilles|policiers|gardes-frontières|renforts|effectifs|batteries?|compagnies)|concentrations?\s+de\s+troupes|"
            r"rassembl\w+\s+(?:de\s+)?(?:troupes|soldats)|"
            # « Moscou amasse des forces près de la frontière », « une accumulation de troupes »
            r"amass\w+\s+(?:des|de|ses|leurs)\s+(?:\S+\s+)?(?:forces|troupes|soldats|unités|réserves)|accumulations?\s+de\s+(?:troupes|forces|soldats)|colonnes?\s+de\s+(?:renforts|réservistes|camions|blindés|chars|"
            # (not « une colonne de véhicules aux vitres soufflées », « de véhicules civils »: people fleeing)
            r"véhicules(?!\s+(?:civils|aux\s|de\s+(?:civils|déplacés|réfugiés)|humanitaires)))|"
            # reinforcements arriving, a presence reinforced, troops dug in (« se sont retranchées dans »)
            r"arrivées?\s+(?:de|d[’'])\s*(?:\S+\s+)?(?:renforts|troupes|soldats|militaires|réservistes)\b|"
            r"(?:renforcée?s?\s+(?:\S+\s+){0,2}?|renforcer\s+|renforcement\s+de\s+)(?:sa|leur)\s+présence\b|"
            r"(?:se\s+sont|s[’']est|se|s[’']étaient)\s+retranch\w+(?!\s+sur\s+la\s+rive)|"
            r"envois?\s+(?:de\s+|d[’']\s*)(?:\S+\s+)?(?:renforts|troupes|soldats|militaires|unités|brigades|bataillons|compagnies)\b"
            r"(?:\s+(?-i:[a-zé]\w+s))?(?:\s*,[^.;:]{0,80}?,)?\s+(?:vers|à|au|aux|en|dans)\b|"
            r"(?:se\s+sont|s[’']est)\s+repliée?s?|(?:ont|a)\s+(?:dû\s+)?(?:retiré|évacué)\s+(?:ses|leurs)\s+(?:troupes|forces|soldats|unités))\b",
            _I,
        ),
    ),
    (
        "meeting",
        re.compile(
            # (a bare participle is a person the reporter met: « un sergent, rencontré à Kramatorsk »;
            # « a reçu des éclats à la jambe » is a victim's wound, not a visitor received)
            r"\b(?:rencontres?|(?:a|ont|avait|avaient|avoir|été)\s+(?:\w+\s+)?rencontré(?:e|s|es)?|se\s+sont\s+rencontrés|s[’']est\s+entretenue?|entretiens?|"
            r"sommets?|réunions?|discussions|pourparlers|poignée\s+de\s+main|a\s+reçu(?!\s+(?:une?|des|de|d[’']|plusieurs|\d+)\s*(?:\S+\s+)?(?:blessures?|éclats|commotions?|traumatismes?|brûlures?|soins|coups?|balles?))|"
            r"reçue?\s+(?:en|à|au)|reçoit|"
            # « se réunit à Bruxelles », « réunis à », « se sont retrouvés à Bender », « en visite à »,
            # « a convoqué l'ambassadeur », « ont discuté lundi »
            r"se\s+(?:sont\s+)?réuni(?:t|s|e|es|ssent)?|réuni(?:e|s|es)\s+(?:à|au|en|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
            r"réunissant|(?:a|ont|avait|avaient)\s+réuni|se\s+(?:sont\s+)?retrouvé(?:e|s|es)?\s+(?:\S+\s+)?(?:à|au|en)|se\s+retrouvent\s+(?:\S+\s+)?(?:à|au|en)|"
            r"en\s+visite\s+(?:\S+\s+)?(?:à|au|en)|(?:a|ont|avait)\s+convoqué|convoque|(?:a|ont)\s+discuté|"
            # « le ministre est arrivé lundi à Kiev pour une visite »
            r"arrivée?s?\s+(?:[^\s.;:!?]+\s+){0,3}?(?:à|au|en)\s+(?:[^\s.;:!?]+\s+){1,3}?pour\s+une\s+(?:\w+\s+)?visite|"
            # « réunissait mardi son conseil de sécurité nationale », « organise le 26 avril un conseil de
            # sécurité »: a state's security council, in that state
            r"(?:réuni\w*|convoqu\w*|organis\w*|tenu|tient|tiendra)\s+(?:[^\s.;:!?]+\s+){0,4}?(?:un|son|le|leur)\s+"
            r"conseil\s+(?:suprême\s+)?(?:de\s+(?:la\s+)?sécurité|de\s+défense)|"
            # « qui recevait mardi à Kiev », « a visité mardi le site », « s'est rendu mercredi sur la base
            # de X », « se sont mises d'accord », « ont signé à Istanbul un accord »
            r"recevai(?:t|ent)|(?:a|ont|l[’']a|l[’']ont|avait)\s+visitée?s?|s[’']est\s+rendue?\s+(?:\S+\s+){0,3}?(?:à|au|en|sur|dans)\s|"
            r"se\s+sont\s+mis(?:es)?\s+d[’']accord|(?:a|ont|avait|avaient)\s+signé|"
            # a photo caption of two leaders together: « Le président X et le dirigeant Y, le 19 juin à Z »
            r"(?:président|présidente|dirigeant|dirigeante|chef|ministre|chancelier|chancelière|secrétaire)"
            r"\s+(?:[\w’'-]+\s+){1,4}et\s+(?:le|la|son|sa)\s+(?:\w+\s+)?(?:président|présidente|dirigeant|"
            r"dirigeante|chef|ministre|chancelier|chancelière|secrétaire|homologue)\s+(?:[\w’'-]+\s+){1,4}?"
            r"(?:[A-ZÀ-Ý][\w’'-]+),\s+le\s+\d{1,2}(?:er)?\s+\w+\s+\d{4})\b",
            _I,
        ),
    ),
    (
        "arms_transfer",
        re.compile(
            r"\b(?:ventes?\s+(?:de|d[’'])|livraisons?\s+(?:de|d[’'])|fournitures?\s+(?:de|d[’'])|"
            r"fourni(?:r|t|ssent|ssait|ra)?\s+(?:des|de|d[’']|du)\s*(?:\S+\s+){0,1}(?:armes|munitions|drones|missiles|obus|"
            r"chars|avions|systèmes|équipements?)|livr(?:er|é|ée|és|ées|ent|e)\s+(?:des|de|d[’'])\s*(?:armes|munitions|"
            r"drones|missiles|obus|chars|avions|canons|véhicules|blindés|systèmes)|"
            # « une nouvelle aide militaire de 200 millions de dollars à l'Ukraine », « six canons avaient été
            # livrés à l'Ukraine »
            r"aides?\s+militaires?\s+(?:\S+\s+){0,6}?(?:à|au|aux)\s|(?:ont|avaient|a|avait)\s+été\s+livrée?s?\s+(?:à|au|aux)\s|munitions\s+(?:\S+\s+){0,3}envoyées|armes\s+(?:\S+\s+){0,2}envoyées|"
            r"transferts?\s+d[’']armes)\b",
            _I,
        ),
    ),
    (
        "other",
        re.compile(
            r"\b(?:formations?\s+(?:aux|de|des|sur)\s+(?:avions|pilotes|soldats|chasseurs|F-\d+)|entraînements?|"
            r"construction\s+(?:de\s+|d[’'])\s*(?:deux\s+|\S+\s+)?abris|construit\s+(?:\S+\s+){0,2}abris|"
            r"exercices?\s+militaires?|survol\w*|"
            # drills (« participent à l'exercice « Dacian Fall » »), prisoner exchanges, trenches dug,
            # shelters opened, demonstrations
            r"(?:l[’']|un|des|les|aux|cet)\s*exercices?(?=\s+(?:«|\"|de\s+tir|d[’'](?:alerte|évacuation)|navals?|aériens?|"
            r"conjoints?|multinationaux|de\s+(?:l[’'])?(?i:otan)|en\s+mer|de\s+(?:protection|défense|sécurité)\s+civile|(?-i:[A-Z])))|(?<!fonds\sd[’'])échanges?\s+de\s+prisonniers|"
            r"creus\w+\s+(?:des\s+)?tranchées|tranchées\s+(?:\S+\s+){0,2}?creusées|"
            r"(?:installation|ouverture|réouverture|aménagement)\s+(?:de\s+|d[’'])\s*(?:\S+\s+){0,2}?abris?\b|"
            r"manifestations?\s+(?:\S+\s+){0,8}?(?:ont|a)\s+rassemblé|(?:ont|a)\s+(?:\S+\s+)?manifesté|(?:violations?|violé|viol\w+)\s+(?:de\s+)?(?:son\s+|l[’'])?espace\s+aérien|l[’']espace\s+aérien\s+(?:\S+\s+){0,5}?(?:a|ont|avait|avaient)\s+été\s+(?:\S+\s+)?violé|incursions?\s+(?:\S+\s+){0,3}?dans\s+(?:son|leur|l[’'])\s*espace\s+aérien|"
            r"(?:pénétr\w+|travers\w+|entré\w*)\s+(?:\S+\s+){0,5}?(?:dans\s+)?l[’']espace\s+aérien|essais?\s+(?:de|d[’'])\s*missiles?|tir\s+d[’']essai|"
            # (« un engin a survolé les comtés de Galați et de Tulcea »: a flight over the counties
            # and districts of Romania and Moldova, whose press names them so)
            r"(?:a|ont|avait|avaient)\s+(?:ensuite\s+|aussi\s+|également\s+)?(?:traversé|survolé)\s+(?:les?\s+|l[’']\s*)(?:comtés?|départements?|districts?)\b|"
            r"évacuations?\s+(?:\w+\s+){0,2}?(?:de|des|du|d[’'])|évacué(?:e|s|es)?\s+(?:de|du|d[’'])|ordonné\s+d[’']évacuer)\b",
            _I,
        ),
    ),
]
#: Clause markers of hypothetical, habitual, intended or disputed events.
_MODAL_RE = re.compile(
    # (« seraient tombés », « serait mort »: the press's conditional for a reported fact, not a modal)
    r"\b(?:éventuel(?:le|s|les)?|potentiel(?:le|s|les)?|possibles?\s+(?:attaques?|frappes?|raids?)|(?:est|était|serait|reste|restait|semble|semblait)\s+(?:\w+\s+)?possible|(?:la|une)\s+possibilité\s+d[e’']|(?<!ce\squi\s)pourrai(?:t|ent)|(?!serai(?:t|ent)\s+(?:\w+\s+)?(?![a-zéèêàç]*ques?\b)[a-zéèêàç]+(?:é|ée|és|ées|u|ue|us|ues|is|ise|ises|ort|orte|orts|ortes)\b)"
    # (« le site visé serait le complexe de X »: the conditional of a reported target, not a modal)
    r"(?<!visé\s)(?<!visée\s)(?<!visés\s)(?<!visées\s)\w+erai(?:t|ent)|(?:ouvri|offri|prend|permett|devien|mett|tiend|vien|faud)rai(?:t|ent)|hypothétique|hypothèses?|improbables?|scénarios?|(?:menace|risque)s?(?:\s+(?:majeur|grave|sérieux|réel|accru|imminent|élevé)e?s?)?\s+(?:de|d[’'](?=\s*(?:attaque|frappe|bombardement|explosion|incursion|offensive)))|danger\s+(?:(?:majeur|grave|sérieux|réel|imminent)e?s?\s+)?d[’']\s*(?:attaque|frappe|bombardement|explosion)|"
    # (« ces canons serviront à frapper les positions adverses »: what weapons are for)
    r"servir(?:a|ont|aient|ait)\s+à|"
    # (« Kiev dit s'attendre à un nouvel assaut »: an expectation, not yet an event)
    r"s[’']attend(?:re|ent|ait|aient)?\s+à\s+(?:une?|des|ce\s+que|un\s+nouvel)\b|"
    # (« à moins qu'un navire ait lancé les drones »: one hypothesis among others)
    r"\bà\s+moins\s+qu|"
    # (« il appelle le maire à ordonner une évacuation », « a juré de reprendre »: a call, a vow)
    r"appel\w*\s+[^.;!?]{0,40}?\bà\s+(?:ordonner|décréter|organiser)\b|(?:a|ont|avait|avaient)\s+juré\s+de|"
    r"en\s+cas\s+d(?:e|[’'])|faire\s+croire|aurai(?:t|ent)\s+lieu|ne\s+croi\w*\s+(?:pas\s+|plus\s+|guère\s+)?(?:à|en)\s|permettre\s+de|autoris\w+|feu\s+vert|se\s+multiplient|(?:a|ont|avait|avaient)\s+multiplié\s+(?:les|ses|leurs)\s+(?:attaques|frappes|bombardements|raids|tirs)|quotidiennement|constamment|continuellement|"
    # (« la ville est soumise à des bombardements constants »: a state of things, not one event)
    r"(?:bombardements|frappes|tirs|attaques|pilonnages)\s+(?:constants|constantes|incessants|incessantes|quotidiens|quotidiennes|permanents)\b|"
    # (« se retirer sous le feu continu des troupes russes »: the circumstance of another event)
    r"\bfeu\s+(?:continu|constant|incessant|permanent)\b|"
    # (« l'armée va pouvoir entraîner ses pilotes »: what will be possible, not done)
    r"\b(?:va|vont|allait|allaient)\s+pouvoir\b|"
    # (« des localités très affectées par les combats »: what a place has suffered, not one event)
    r"(?:très|durement|fortement|particulièrement|gravement|lourdement)\s+(?:affecté|éprouvé)e?s?\s+par\s+"
    r"(?:les|des)\s+(?:combats|bombardements|frappes|tirs|attaques)\b|"
    # (« la région de Mykolaïv, fortement bombardée »: a participle that describes the place, with no
    # auxiliary and no time of its own)
    r"(?<!été\s)(?<!est\s)(?<!sont\s)(?<!était\s)(?<!étaient\s)(?<!très\s)(?<!si\s)(?<!plus\s)"
    r"(?:fortement|lourdement|durement|intensément)\s+"
    r"(?:bombardée?s?|pilonnée?s?|frappée?s?)\b(?!,?\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
    r"ce\s+\w+|cette\s+\w+|dans\s+la\s+nuit|le\s+\d|depuis)\b)|"
    # (« a exhibé des morceaux de drones comme preuves »: evidence shown, not a find)
    r"(?:présent|montr|exhib)\w*\s+(?:[^\s.;:!?]+\s+){1,8}?comme\s+preuves?\b|"
    # (« le bulletin énumère seulement le nombre de combats »: a count of a report, not an event)
    r"énumèr\w*\s+(?:\w+\s+)?(?:le\s+nombre|les\s+chiffres)|"
    r"chaque\s+(?:jour|nuit|semaine)|quotidien(?:ne)?s|régulièrement|entendai(?:t|ent)|habitué(?:e|s|es)?\s+(?:à|aux)|"
    # (« dans le but d'effectuer une percée vers X »: an aim, not an event)
    r"dans\s+le\s+but\s+d[e’']|"
    # (« nous préparons un plan d'évacuation pour X », « des évacuations sont en préparation »: a plan)
    r"plans?\s+d[’']\s*évacuation|en\s+préparation|"
    # (« a dénoncé au cours de la guerre des survols … »: the war's long run, no one event)
    r"(?:au\s+cours|tout\s+au\s+long)\s+de\s+(?:la|cette)\s+guerre|"
    # (« bien que les combats y soient moins intenses que dans le Donbass »: a comparison, no event)
    # (« afin d'arrêter les attaques transfrontalières », « pour empêcher les frappes »: a goal)
    r"(?:arrêter|stopper|empêcher|faire\s+cesser|mettre\s+fin\s+(?:à\s+(?:la\s+|l[’']\s*)?|aux\s+))\s*(?:les\s+|des\s+|ces\s+)?"
    r"(?:attaques?|frappes?|bombardements?|tirs|incursions?|pilonnages?)\b|"
    r"(?:moins|plus)\s+(?:intenses?|violente?s?|meurtrière?s?|fréquente?s?|nombreuse?s?)\s+qu[e’']|"
    # « Quand ils bombardent X » (not « sans préciser quand elles avaient eu lieu »: a past event)
    r"(?:quand|lorsqu[e’']|chaque\s+fois\s+qu[e’']|dès\s+qu[e’'])\s*(?:ils|elles|on)\s+(?!(?:avaient|ont|étaient|sont)\b)\w+(?:ent|e)|"
    r"(?:demand|réclam|exig)\w*\s+(?:\S+\s+){0,4}?(?:le|un|leur|son)\s+retrait|"
    r"(?:demand|réclam|exig)\w*\s+[^.;]{0,60}?(?:installation|aménagement|construction|ouverture)|en\s+prévision|se\s+prépar\w+|prêt(?:e|s|es)?\s+à|"
    # (« les combats s'intensifient autour de X » is fighting reported there today; « ont intensifié
    # leurs frappes » a trend; « une zone d'activité russe intensifiée » describes a place)
    r"(?<!combats\ss[’'])(?<!combats\sse\ssont\s)intensifi(?!ées?\b)\w+|depuis\s+(?:le\s+)?début|depuis\s+(?:le\s+24\s+)?février\s+2022|"
    # (« Depuis le 24 février, cette région a déjà été la cible de bombardements »: the war's toll so
    # far; not « la seule capitale conquise depuis le 24 février, tombée le 2 mars »)
    r"(?:^|(?<=[.!?»]\s)|(?<=\n))depuis\s+le\s+24\s+février\b|depuis\s+20\d\d|"
    r"depuis\s+(?:l[’'](?:été|hiver|automne)|le\s+printemps|(?:le\s+mois\s+d[e’']\s*)?(?:janvier|février|mars|avril|"
    r"mai|juin|juillet|août|septembre|octobre|novembre|décembre))(?:\s+(?:19|20)\d\d)?|"
    r"(?:va|vont|allait|allaient)\s+\w+(?:er|ir|re)|"
    # (not a victim's year of birth: « un passant né en 1958 a péri »)
    r"(?<!\bné\s)(?<!\bnée\s)(?<!\bnés\s)(?<!\bnées\s)\ben\s+(?:19|20)\d\d\b|\bde\s+19\d\d\b|"  # (« la bataille de 1943 »: history)
    # (« la ville a historiquement connu de durs combats durant la Seconde Guerre
    # mondiale »: history; « la pire attaque depuis la Seconde Guerre mondiale » is not)
    r"historiquement|(?:durant|pendant|lors\s+de)\s+la\s+(?:seconde|deuxième|première|grande)\s+guerre|"
    # (« le 80e anniversaire de la bataille de X »: a battle remembered)
    r"anniversaire\s+de\s+la(?=\s+(?:bataille|libération|victoire|défense))|"
    r"aucune?\s+(?:frappe|attaque|drone|missile|obus|roquette|bombardement|explosion|tir)s?|\w+eront|"
    # (« la garnison se retrouvera encerclée et subira », « dès qu'elles auront coupé la route »: what will be)
    r"(?-i:\b(?!tiendr)[a-zéèêàç]{2,}(?:era|ira|ttra|ndra|rra|vra|ttront|ndront|rront|vront))\b|(?-i:\baur(?:a|ont))\s+(?-i:[a-zéèêàç]+(?:é|i|u|is|it))\b|ordonné\s+le|s[’']entretiendra|rencontrera|prochaine?|futur(?:e|s)?|"
    r"si\s+(?:la|le|les|l[’'])|s[’']il|s[’']ils|veut|veulent|voudrait|souhaite\w*|envisag\w+|projett?\w+|prévoi\w+|prévoy\w+|craign\w+|craint|redout\w+|appréhend\w+|"
    r"déjou\w+|soupçonn\w+|répétée?s|rien\s+n[’']indiqu\w+|préparer|planifi\w+|complot\w*|tentative\s+d[e’']|"
    # what is still to come (« À suivre : »), a standing state
    # (« les attaques n'ont jamais cessé »)
    # a visit to come (« est attendu jeudi à Bruxelles », « doit se rendre vendredi à »)
    r"(?:est|sont)\s+attendue?s?\s+(?:\S+\s+){0,2}?(?:à|au|en)|(?:doit|doivent)\s+(?:se\s+)?[a-zéèêàç]+(?:er|ir|re)|"
    # a denial (« le ministère a démenti la chute de drones sur son territoire »)
    # (not « a nié toute responsabilité après que … »: the event stands, the blame is denied)
    # (« qui avait démenti ce lundi des affirmations selon lesquelles »: a day between)
    r"(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:démenti|nié)|dément\w*)\s+(?:(?:ce|cette|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:\w+\s+)?)?"
    r"(?:(?:la|le|les|des|toute?s?|tout)\s+|l[’']\s*)"
    r"(?!(?:\w+\s+)?(?:responsabilit|implication|participation|rôle|lien))|"
    # a guard against what may come (« le pays se prémunit contre ces chutes de débris »)
    r"(?:se\s+prémuni\w*|se\s+protég\w*|se\s+protège\w*)\s+(?:\w+ment\s+|désormais\s+|aussi\s+)?contre|"
    r"à\s+suivre|n[’'](?:a|ont)\s+jamais\s+cessé|à\s+quelques\s+(?:jours|semaines|mois)\s+d[e’'])\b",
    _I,
)
#: Trends and tallies (« la Russie multiplie les attaques », « se sont multipliées », « ont pris de
#: l'ampleur », « ces derniers mois », « depuis des semaines », « depuis plus de deux ans »): a clause
#: holding one tells no event of one day, but for troops (« 800 soldats sont stationnés depuis des
#: années », « a engagé ces dernières semaines ses brigades »: a garrison, a deployment); « à plusieurs
#: reprises mardi » is one day's.
#: « du matériel militaire occidental capturé », « des chars capturés »: gear taken, not a town
_GEAR_BEFORE_RE = re.compile(
    r"\b(?:matériels?|équipements?|chars?|blindés?|armes?|véhicules?|drones?|trophées?|obusiers?|canons?)"
    r"(?:\s+[\w-]+){0,3}\s+$",
    _I,
)
#: « des roquettes ont provoqué des », « des obus ont causé un »: a weapon that lit a fire
_LIT_BY_WEAPON_BEFORE_RE = re.compile(
    r"\b(?:roquettes?|missiles?|drones?|obus|shahed)\b[^.;:]{0,40}?\b(?:ont|a|avaient|avait)\s+"
    r"(?:déclenché|provoqué|causé|allumé)\s+(?:les|des|un|une|de\s+nombreux|plusieurs)\s+$",
    _I,
)
#: « deux drones ont attaqué l'usine, ce qui a provoqué une explosion »: the consequence of the clause
#: before (a strike when that clause names a weapon)
_CONSEQUENCE_BEFORE_RE = re.compile(
    r"[,;]\s*(?:ce\s+qui|qui)\s+(?:a|ont|avait|avaient)\s+(?:provoqué|causé|déclenché|entraîné)\s+"
    r"(?:les|des|un|une|de\s+nombreux|plusieurs)\s+$",
    _I,
)
#: « un modèle que l'armée a employé dans ses raids »: the attacks a weapon serves in
_USED_IN_BEFORE_RE = re.compile(
    # (« un engin Gerbera, d'ordinaire utilisé pour des attaques de leurre »: what for)
    # (« la base, que l'aviation utilise pour lancer des raids lointains »: what a base is for)
    r"\b(?:utilisée?s?|utilisent|utilise|employée?s?|emploie|emploient)\s+(?:\S+\s+){0,4}?(?:dans|pour|lors\s+de)\s+"
    r"(?:lancer\s+|mener\s+)?(?:ses|leurs|des)\s+$",
    _I,
)
_TREND_RE = re.compile(
    # (« multiplie également depuis plusieurs semaines ses frappes »: words between)
    r"\b(?:multipli(?:e|ent)\s+(?:[^\s.;:!?]+\s+){0,5}?(?:les|ses|leurs)\s+(?:attaques|frappes|bombardements|raids|tirs|incursions)|"
    r"se\s+(?:sont|étaient|seraient)\s+(?:ensuite\s+|depuis\s+|encore\s+|alors\s+)?multipliée?s|pris\s+de\s+l[’']ampleur|"
    # (« la ville vit au rythme des bombardements »: the city's daily life)
    r"vi(?:t|vent|vait|vaient)\s+(?:désormais\s+|depuis\s+\w+\s+)?au\s+rythme\s+d(?:es|u|e)\s|"
    # (« elles ont touché en majorité la capitale »: what most attacks of a period hit)
    r"en\s+majorité\s+(?=(?:la|le|les|l[’']))|"
    r"ces\s+derni(?:ers|ères)\s+(?:mois|semaines|années)|depuis\s+(?:des|plusieurs)\s+(?:semaines|mois|années)|"
    r"depuis\s+(?:plus\s+(?:de\s+)?|près\s+de\s+)?(?:deux|trois|quatre|cinq|\d+)\s+ans|"
    # (« depuis l'échec d'un accord céréalier », « est la cible régulière de frappes »; not « la plus
    # grande offensive depuis la fin de la guerre »: a comparison)
    r"depuis\s+(?:l[’']|la\s+|le\s+)(?:échec|expiration|abandon|suspension|retrait|effondrement|rupture)|"
    r"réguli(?:er|ers|ère|ères)|"
    # (« un nombre croissant d'attaques de drones », « les bombardements ont été très rares »: a trend)
    r"nombre\s+croissant|de\s+plus\s+en\s+plus\s+(?:d[e’']|nombreu\w+|fréquent\w*|"
    # (« les affrontements deviennent de plus en plus rudes »: how the fighting goes)
    r"rudes?|violente?s?|intenses?|durs?|dures?|acharnée?s?|meurtri\w+)|"
    r"(?:ont|avaient|sont|étaient)\s+(?:été\s+|restée?s\s+)?(?:très\s+|plutôt\s+|assez\s+|relativement\s+)?rares\b|"
    # (« le port, souvent visé par Moscou »: a habit)
    r"souvent\s+(?:visée?s?|frappée?s?|bombardée?s?|attaquée?s?|ciblée?s?|touchée?s?|pilonnée?s?)|"
    # (« la frappe s'inscrit dans une longue campagne contre le réseau électrique »: the series the
    # event belongs to)
    r"s[’']inscri\w+\s+dans\s+(?:une|la|cette)\s+(?:longue\s+|nouvelle\s+)?(?:série|vague|campagne)|"
    # (« ces actions poursuivent la série de frappes sur la région »: the series, not one event)
    r"poursui\w+\s+(?:la|une|cette)\s+(?:longue\s+)?(?:série|vague|campagne)\s+d[e’']|"
    # (« la campagne de bombardements russes vise à faire pression »: the campaign, not one event)
    r"campagne\s+(?:russe\s+|ukrainienne\s+)?de\s+(?:bombardements|frappes|attaques|tirs|raids))\b",
    _I,
)
#: Substrings one of which every match of _TREND_RE contains (lower case).
_TREND_WORDS = (
    "multipli",
    "en majorité",
    "ampleur",
    "ces derni",
    "depuis",
    "réguli",
    "inscri",
    "poursui",
    "souvent",
    "croissant",
    "de plus en plus",
    "rares",
    "campagne",
    "rythme",
)
_CLAUSE_SPLIT_RE = re.compile(
    # (« …, des accusations rejetées par X qui a dénoncé une tentative de … »: a comment on the claim)
    r"[;:]|,\s+(?=(?:mais|alors|où|qui|tandis|dont|et|déjà|lorsque)\b)|"
    r",\s+(?=(?:des|une|les|ces)\s+(?:accusations?|allégations?|affirmations?)\b)|"
    # (« …, sur fond de rumeurs de retraite »: the background, not the claim)
    r",\s+(?=sur\s+fond\s+d)|,\s+(?:[\w’'-]+\s+){0,3}?(?:régulièrement|quotidiennement)\b[^,;]*|\s+(?:mais|tandis\s+que|et)\s+"
)

_NATIONALITY: list[tuple[str, re.Pattern[str]]] = [
    ("KP", re.compile(r"\b(?:nord-coréen\w*|Pyongyang|Corée\s+du\s+Nord)\b", _I)),
    ("KR", re.compile(r"\b(?:sud-coréen\w*|Séoul|Corée\s+du\s+Sud)\b", _I)),
    ("RU", re.compile(r"\b(?:russes?|Russie|Moscou|Kremlin|prorusses?|pro-russes?)\b", _I)),
    ("UA", re.compile(r"\b(?:ukrainien\w*|Kiev|Kyiv|SBU)\b", _I)),
    ("US", re.compile(r"\b(?:américain\w*|Etats-Unis|États-Unis|Washington|Pentagone)\b", _I)),
    ("IR", re.compile(r"\b(?:iranien\w*|Iran|Téhéran)\b", _I)),
    ("RO", re.compile(r"\b(?:roumain\w*|Roumanie|Bucarest)\b", _I)),
    ("BY", re.compile(r"\b(?:biélorusse\w*|Bélarus|Biélorussie|Minsk)\b", _I)),
]


#: (« nié la présence de tout débris »: « de tout » is the negative's)
_NEGATED_BEFORE_RE = re.compile(
    r"(?:\baucune?|\bpas\s+d[e’']|\bsans|\b(?:pas|jamais)\s+été|\bde\s+tout(?:e|es|s)?|"
    # (« on n'a pas eu autant d'explosions », « n'a jamais connu de frappes », « ses radars n'ont pas
    # relevé de survol de son territoire »)
    r"\b(?:pas|jamais)\s+(?:eu|connu|subi|entendu|enregistré|constaté|détecté|observé|relevé)\s+(?:(?:autant|beaucoup|tant|trop|plus)\s+)?d[e’']\s*|"
    # (« le port, longtemps épargné par des frappes »: spared; « pas concernée par des combats »)
    r"\bépargnée?s?\s+par\s+(?:les|des)|\bpas\s+(?:concernée?s?|touchée?s?|affectée?s?)\s+par\s+(?:les|des))\s*$",
    _I,
)


def _modal(
    text: str,
    start: int,
    end: int,
    pos: int,
    cache: dict[tuple[int, int], bool] | None = None,
    splits: list[tuple[int, int]] | None = None,
    *,
    negation: bool = True,
    modal_words: bool = True,
) -> bool:
    """Is the clause of ``text[start:end]`` containing ``pos`` hypothetical or habitual?

    ``splits``: the sentence's clause separators (:func:`_clause_splits`), when already known.
    ``negation``, ``modal_words``: ``False`` when the sentence holds none of the words one of
    which every match of ``_NEGATED_BEFORE_RE``, of ``_MODAL_RE`` contains (see find_cues): the
    test that cannot succeed is skipped.
    """
    s, e = _clause_of(start, end, pos, _clause_splits(text, start, end) if splits is None else splits)
    if negation and _NEGATED_BEFORE_RE.search(text, max(s, pos - 30), pos):
        return True  # « aucune frappe », « pas d'attaque »
    if not modal_words:
        return False
    if cache is None:
        got = _modal_clause(text, s, e)
    else:
        got = cache.get((s, e))
        if got is None:
            got = cache[(s, e)] = _modal_clause(text, s, e)
    if got and "depuis" in text[s:e].lower():
        got = _modal_beyond_description(text, s, e, pos)
    if got and _FORWARD_WORDS_RE.search(text, s, e):
        got = _modal_clause(text, s, e, forward_after=pos)
    return got


def _foiled_only(text: str, start: int, end: int, pos: int, splits: list[tuple[int, int]]) -> bool:
    """Is « déjoué » the only modal marker of the clause at ``pos`` (« affirme avoir déjoué une
    attaque, ayant neutralisé deux drones »: the attack foiled, the interception that foiled it done)?"""
    s, e = _clause_of(start, end, pos, splits)
    if _NEGATED_BEFORE_RE.search(text, max(s, pos - 30), pos):
        return False
    markers = [m.group(0).lower() for m in _MODAL_RE.finditer(text, s, e)]
    return bool(markers) and all(w.startswith("déjou") for w in markers)


#: Markers of an aim that make hypothetical only what follows them (« a bombardé le pont dans le but
#: de couper la région », « la frappe est une tentative d'isoler … »: the strike took place)
_FORWARD_MARKER_RE = re.compile(r"dans\s+le\s+but\s+d[e’']|tentative\s+d[e’']", _I)
_FORWARD_WORDS_RE = re.compile(r"but\s+d|tentative", _I)


def _clause_of(start: int, end: int, pos: int, splits: list[tuple[int, int]]) -> tuple[int, int]:
    """The bounds of the clause of the sentence ``[start, end)`` that holds ``pos`` (``splits``:
    its separators, :func:`_clause_splits`)."""
    s, e = start, end
    for a, b in splits:
        if b <= pos:
            s = b
        elif a > pos:
            e = a
            break
    return s, e


def _since_describes(text: str, s: int, e: int, pos: int, since: re.Match[str]) -> bool:
    """Does the « depuis … » match ``since`` of the clause ``[s, e)`` describe a noun of another comma
    segment than the cue's at ``pos`` (« le port d'Izmaïl, principal débouché des céréales depuis
    l'abandon de l'accord »), rather than date the clause (in the cue's segment, or opening the
    clause: « Depuis le début de l'invasion, les frappes … »)?"""
    a = text.rfind(",", s, pos) + 1 or s
    b = text.find(",", pos, e)
    b = e if b < 0 else b
    if a <= since.start() < b:
        # (« ont frappé des installations dans la région de Koursk occupée par l'armée ukrainienne
        # depuis août »: after the cue, the state of a place the strike hit)
        return pos < since.start() and _STATE_BEFORE_SINCE_RE.search(text, pos, since.start()) is not None
    seg = text.rfind(",", s, since.start()) + 1 or s
    return bool(text[seg : since.start()].strip())


def _trend(text: str, start: int, end: int, pos: int, splits: list[tuple[int, int]]) -> bool:
    """Does the clause of ``text[start:end]`` containing ``pos`` tell a trend (:data:`_TREND_RE`)?"""
    s, e = _clause_of(start, end, pos, splits)
    return any(
        not _SINCE_RE.match(m.group(0)) or not _since_describes(text, s, e, pos, m)
        for m in _TREND_RE.finditer(text, s, e)
    )


def _clause_splits(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause separators of the sentence ``text[start:end]`` (« ; », « , mais », « tandis que »)."""
    return [m.span() for m in _CLAUSE_SPLIT_RE.finditer(text, start, end)]


#: « occupée par l'armée ukrainienne », « contrôlée par Moscou », « annexée »: a participle that
#: says the state of a place, right before its « depuis … »
_STATE_BEFORE_SINCE_RE = re.compile(
    r"\b(?:occupée?s?|contrôlée?s?|tenue?s?|annexée?s?|assiégée?s?|encerclée?s?)\b(?:\s+[^\s,;]+){0,5}\s+$",
    _I,
)
#: « la partie de la région occupée depuis 2022, les autorités accusent … d'avoir frappé »: a
#: « depuis » describing a noun in another comma-separated part of the clause is no habitual.
_SINCE_RE = re.compile(r"\bdepuis\b", _I)


#: « à la veille d'une », « la veille du »: right before a meeting that comes after the news
_EVE_OF_BEFORE_RE = re.compile(r"\bveille\s+(?:d[’']\s*une?|de\s+la|du|de\s+l[’'])\s*$", _I)
#: « …, qui doit se tenir », « se tiendra », « aura lieu », « prévue le »: after a meeting's noun
_TO_BE_HELD_AFTER_RE = re.compile(
    r"[^.;!?]{0,80}?\b(?:(?:doit|doivent|devrait|devraient)\s+(?:se\s+tenir|avoir\s+lieu)|se\s+tiendr\w+|"
    r"aura\s+lieu|prévue?s?\s+(?:pour|le|la|à|en))\b",
    _I,
)
#: « les plus importantes », « la plus massive », « sans précédent », « record »: right before « depuis … »
_SUPERLATIVE_BEFORE_RE = re.compile(
    # (« "l'attaque de drones la plus importante" sur Kiev "depuis le début »: a few words between)
    r"(?:\b(?:les?|la)\s+plus\s+[\w-]+|\bsans\s+précédent|\brecords?|\bjamais\s+vue?s?)[\s»\"”«“]+"
    r"(?:[^\s.;:!?»\"”«“]+[\s»\"”«“]+){0,3}$",
    _I,
)


def _modal_beyond_description(text: str, s: int, e: int, pos: int) -> bool:
    """Is the clause modal once « depuis … » markers outside the cue's comma segment are ignored?"""
    for m in _MODAL_RE.finditer(text, s, e):
        if not _SINCE_RE.match(m.group(0)):
            return True
        if _SUPERLATIVE_BEFORE_RE.search(text, max(s, m.start() - 40), m.start()):
            continue  # « l'une des attaques les plus importantes depuis le début de l'année »: a comparison
        if not _since_describes(text, s, e, pos, m):
            return True
    return False


#: Substrings one of which every match of _MODAL_RE contains (lower case; checked first, in C).
_MODAL_WORDS = (
    "pouvoir",
    "attend",
    "à moins qu",
    "affecté",
    "éprouvé",
    "appel",
    "juré",
    "éventuel",
    "potentiel",
    "possible",
    "possibilité",
    "pourrai",
    "erai",
    "ouvrirai",
    "offrirai",
    "improbable",
    "scénario",
    "ndrai",
    "ttrai",
    "ttra",
    "ndra",
    "rra",
    "vra",
    "ttront",
    "ndront",
    "rront",
    "vront",
    "faudrai",
    "eront",
    "era",
    "ira",
    "aura",
    "auront",
    "hypothétique",
    "hypothèse",
    "aurai",
    "ne croi",
    "menace",
    "risque",
    "danger",
    "en cas",
    "croire",
    "permettre",
    "autoris",
    "feu vert",
    "multiplient",
    "multiplié",
    "quotidien",
    "quand",
    "entendai",
    "habitué",
    "de 19",
    "lorsqu",
    "dès qu",
    "demand",
    "réclam",
    "exig",
    "chaque",
    "régulièrement",
    "prévision",
    "prépar",
    "prêt",
    "intensifi",
    "depuis",
    "va ",
    "vont ",
    "allai",
    "en 19",
    "en 20",
    "aucun",
    "ordonné",
    "entretiendra",
    "rencontrera",
    "prochain",
    "futur",
    "si ",
    "s'il",
    "s’il",
    "veu",
    "voudrait",
    "souhait",
    "envisag",
    "projet",
    "prévoi",
    "prévoy",
    "craign",
    "craint",
    "redout",
    "appréhend",
    "soupçonn",
    "planifi",
    "complot",
    "tentative",
    "accus",
    "déjou",
    "répét",
    "n'indiqu",
    "n’indiqu",
    "suivre",
    "attendu",
    "doit",
    "doivent",
    "jamais",
    "quelques",
    "historiquement",
    "anniversaire",
    "démenti",
    "dément",
    "nié",
    "prémuni",
    "protég",
    "protège",
    "seconde guerre",
    "deuxième guerre",
    "première guerre",
    "grande guerre",
    "dans le but",
    "plan d",
    "de la guerre",
    "de cette guerre",
    "arrêter",
    "stopper",
    "empêcher",
    "cesser",
    "mettre fin",
    "constamment",
    "constant",
    "incessant",
    "quotidien",
    "permanent",
    "énumèr",
    "servir",
    "comme preuve",
    "fortement",
    "lourdement",
    "durement",
    "intensément",
    "continuellement",
    "feu continu",
    "feu permanent",
    "intenses qu",
    "intense qu",
    "violents qu",
    "violentes qu",
    "violent qu",
    "meurtri",
    "fréquent",
    "nombreu",
)


_MODAL_WORDSET = WordTags({"modal": _MODAL_WORDS})


def _modal_clause(text: str, s: int, e: int, forward_after: int | None = None) -> bool:
    """Does the clause ``[s, e)`` hold a marker of _MODAL_RE (with ``forward_after``: not counting
    the markers of an aim, _FORWARD_MARKER_RE, that begin after that offset)?"""
    if _MODAL_WORDSET.any(text[s:e].lower()):
        asides = None
        for m in _MODAL_RE.finditer(text, s, e):
            if (
                forward_after is not None
                and m.start() > forward_after
                and _FORWARD_MARKER_RE.fullmatch(m.group(0))
            ):
                continue
            # (« repoussé avec ses chars et ses canons une tentative »: across an « et » of the clause)
            if m.group(0).lower().startswith("tentative") and _REPELLED_BEFORE_RE.search(
                text, max(0, m.start() - 90), m.start()
            ):
                continue
            if _IN_YEAR_RE.fullmatch(m.group(0)):
                # « En Crimée, annexée par la Russie en 2014, le gouverneur a fait état de … »: the year
                # of an aside about a place, not of the clause's event
                if asides is None:
                    asides = [(a.start(), a.end()) for a in _DATED_ASIDE_RE.finditer(text, s, e)]
                if any(a <= m.start() < b for a, b in asides):
                    continue
            return True
    return False


_IN_YEAR_RE = re.compile(r"en\s+(?:19|20)\d\d", _I)
#: An aside that dates a place's past (« , annexée par la Russie en 2014, », « , péninsule annexée par
#: la Russie en 2014. », « , occupée en 2022 par les troupes russes, »), after a comma.
_DATED_ASIDE_RE = re.compile(
    r",\s*(?:(?:la\s+|une\s+)?(?:péninsule|région|ville|province|république|zone|enclave)\s+)?"
    r"(?:annexée?s?|occupée?s?|reprise?s?|conquise?s?|libérée?s?|prise?s?|fondée?s?|construite?s?|"
    r"détruite?s?|rebaptisée?s?|bâtie?s?|inaugurée?s?|tombée?s?)\s+[^,;.]{0,50}?\ben\s+(?:19|20)\d\d\b"
    # (« , occupée huit mois en 2022 par l'armée russe, »)
    r"(?:\s+par\s+[^,;.()]{1,40}?)?\s*(?:[,;)]|\.|$)",
    _I,
)


#: « ont repoussé dimanche une tentative de débarquement », « avoir repoussé, la nuit précédente, une
#: tentative »: an attempt that took place (and failed)
_REPELLED_BEFORE_RE = re.compile(
    r"repouss\w*,?\s+(?:[^\s.;:!?]+\s+){0,7}?(?:une|la|les|des|plusieurs|\d+)\s+$", _I
)


#: « …, et une frappe », « , une attaque »: the next event of an enumeration
NEXT_EVENT_BEFORE_RE = re.compile(r"(?:,|\bet)\s+une?\s+$", _I)
#: « …, et des drones ont touché un site »: the next event of a sentence, told with a weapon of its own
#: as the subject of its verb
NEXT_WEAPON_CLAUSE_RE = re.compile(
    # (not « six missiles et 90 drones ont visé »: two weapons of one subject)
    r"(?<!missiles)(?<!missile)(?<!drones)(?<!drone)(?<!obus)(?<!roquettes)(?<!bombes)"
    r"[,;]?\s+et\s+(?:des|un|une|deux|trois|quatre|cinq|plusieurs|\d+)\s+(?:\S+\s+){0,2}?"
    r"(?:drones?|missiles?|obus|roquettes?|bombes?)\s+(?:\S+\s+){0,2}?(?:ont|a|avaient|avait)\s",
    _I,
)


#: « tandis que », « alors que »: a clause of another event joined to this one
WHILE_RE = re.compile(r"\b(?:tandis|alors)\s+qu(?:e\b|[’'])", _I)


def while_side(text: str, lo: int, hi: int, cue_end: int) -> tuple[int, int]:
    """The stretch of ``text[lo:hi]`` around a cue ending at ``cue_end`` that no « tandis que » /
    « alors que » divides."""
    for m in WHILE_RE.finditer(text, lo, hi):
        if m.start() >= cue_end:
            return lo, m.start()
        lo = m.end()
    return lo, hi


#: Fighters on the ground who open fire (« des saboteurs », « un groupe de sabotage », « des hommes
#: armés »)
_GUNMEN_RE = re.compile(
    r"\b(?:saboteurs|groupes?\s+de\s+(?:sabotage|saboteurs)|commandos?|hommes\s+armés|infiltrés)\b", _I
)


def _strike_type(
    text: str, start: int, end: int, cue: re.Match[str], consumed: list[tuple[int, int]]
) -> tuple[str, bool]:
    """drone_strike / missile_strike / shelling from the weapons named near a strike cue."""
    lo = max(start, cue.start() - 70)
    hi = min(end, cue.end() + 80)
    # (« une frappe a fait deux morts à X, tandis que l'Ukraine accusait Moscou de drones sur Y »: the
    # weapons of the other side's clause are not this strike's)
    lo, hi = while_side(text, lo, hi, cue.end())
    nxt = NEXT_WEAPON_CLAUSE_RE.search(text, cue.end(), hi)
    if nxt is not None:
        # (« deux civils tués dans un bombardement de la région de X et des drones ont frappé Y »)
        hi = nxt.start()

    def found(rx: re.Pattern[str]) -> bool:
        # (words starting in the window, read to the sentence's end: « tirs » right before the window's
        # end is « tirs de missiles » when the lookahead can see it)
        return any(
            not any(a <= m.start() < b for a, b in consumed)
            for m in rx.finditer(text, lo, end)
            if m.start() < hi
        )

    joined = NEXT_EVENT_BEFORE_RE.search(text, max(start, cue.start() - 12), cue.start())
    if joined is not None:
        # (« une attaque de drones a incendié un dépôt en Crimée et une frappe a tué deux civils à X »:
        # the next event of an enumeration, not told with the weapons of the one before)
        lo = max(lo, joined.start())
    head = cue.group(0).lower()
    if "lancé" in head and "bombe" in head and found(_AIR_BOMB_RE):
        # (« ont lancé trois bombes, des KAB-250, sur Myrnohrad »: dropped from aircraft)
        return "missile_strike", False
    if "le feu" in head and _GUNMEN_RE.search(text, max(start, cue.start() - 160), cue.start()):
        # (« un groupe de saboteurs, entré dans la région, a ouvert le feu sur un bus »: small
        # arms of fighters on the ground, not artillery)
        return "ground_combat", False
    if head.startswith("continu"):
        head = head.split()[-1]  # (« continuent de bombarder »: the verb)
    if head.startswith("pilonn"):
        # (« a frappé X avec deux bombes planantes et a pilonné Y, Z »: the weapons of the clause
        # before are not the guns of this one)
        lo = max(lo, text.rfind(" et ", lo, cue.start()))
    if head.startswith(("bombarde", "pilonn", "sous le feu")) and not found(_DRONE_RE):
        return "missile_strike" if found(_MISSILE_RE) or found(_AIR_BOMB_RE) else "shelling", False
    if cue.group(0)[:5].lower() in ("largu", "larga") and _BOMBS_AFTER_RE.match(text, cue.end()):
        return "missile_strike", False  # (« ont largué quatre bombes sur la ville »: from aircraft)
    if cue.group(0)[:5].lower() in ("largu", "larga") and not found(_MISSILE_RE) and not found(_AIR_BOMB_RE):
        # « après le largage d'un engin explosif sur une voiture »: on the border oblasts, a drop
        # with no weapon named is a drone's
        return "drone_strike", False
    # the weapon named right after a cue that names none itself (« blessées par des tirs
    # d'artillerie », « une frappe de drone ») before any other of the sentence (« …, et un drone a
    # endommagé un magasin »); a cue that names missiles or drones (« a lancé … 67 missiles et 194 »)
    # is typed below
    if not (
        _MISSILE_RE.search(text, cue.start(), cue.end())
        or _DRONE_RE.search(text, cue.start(), cue.end())
        or _AIR_BOMB_RE.search(text, cue.start(), cue.end())
    ):
        own = first_weapon_event(text, cue.end(), min(end, cue.end() + _OWN_WEAPON_CHARS))
        if own is not None and not any(a <= cue.end() < b for a, b in consumed):
            return own, False
    if (
        _GUNS_RE.search(text, cue.start(), cue.end())
        and not (
            _MISSILE_RE.search(text, cue.start(), cue.end()) or _DRONE_RE.search(text, cue.start(), cue.end())
        )
        and not _JOINED_WEAPON_BEFORE_RE.search(text, max(start, cue.start() - 12), cue.start())
    ):
        # « une passante tuée par un drone, et trois voisins blessés par des obus »: a cue that names
        # guns is shelling, whatever other weapon its sentence names (not « une attaque de drones et
        # de lance-roquettes »: one attack with both)
        return "shelling", False
    missile = found(_MISSILE_RE)
    drone = found(_DRONE_RE)
    artillery = found(_ARTILLERY_RE)
    if missile:
        return "missile_strike", False
    if drone:
        return "drone_strike", False
    if found(_AIR_BOMB_RE):
        return "missile_strike", False
    if artillery:
        return "shelling", False
    if _GROUND_FORCES_RE.search(text, start, end):
        # « une attaque d'envergure … avec des véhicules blindés et de l'infanterie » (anywhere in the
        # sentence): an assault
        return "ground_combat", False
    if cue.group(0)[:6].lower() == "attaqu" and _ATTACKS_COUNTED_RE.search(text, start, end):
        # attacks counted on a front with no weapon named (« neuf attaques ont eu lieu sur l'axe de
        # Koupiansk », « deux attaques sans succès près d'Orikhiv »): assaults
        return "ground_combat", False
    if _FIRED_RE.search(cue.group(0)):
        return "shelling", True  # « ont tiré à 312 reprises sur » with no weapon named: guns, most likely
    return "missile_strike", True


#: « traumatismes liés à », « blessures par », « lésions dues à »: wounds, before the blast that made them
_WOUNDS_BEFORE_RE = re.compile(
    r"\b(?:traumatismes?|blessures?|lésions?|barotraumatismes?)\s+(?:\w+\s+){0,2}?"
    r"(?:liée?s?\s+à|dus\s+à|dues?\s+à|causée?s?\s+par|par|de)\s+(?:l[’']\s*|une?\s+|des\s+)?$",
    _I,
)
_FIRED_RE = re.compile(r"\btir(?:é|s)?\b", _I)
#: « (largué) quatre bombes », « (a largué) des bombes »: bombs dropped, an aircraft's
_BOMBS_AFTER_RE = re.compile(r"\s+(?:\S+\s+){0,2}?bombes\b(?!\s+(?:artisanales|improvisées))", _I)
#: Characters after a strike cue where the weapon it names is read (« tirs d'artillerie lourde »).
_OWN_WEAPON_CHARS = 20
#: Troops on the ground an attack is made with (see _strike_type).
_GROUND_FORCES_RE = re.compile(
    r"\b(?:(?:véhicules\s+)?blindés|chars(?:\s+d[’']assaut)?|infanterie|fantassins|"
    r"(?:groupes?|unités|détachements?)\s+d[’']assaut)\b",
    _I,
)
#: soldiers on foot (not « les forces russes », who also launch drones)
_FOOT_TROOPS_RE = re.compile(
    r"\b(?:soldats|militaires|fantassins|troupes\s+au\s+sol|combattants|parachutistes)\b", _I
)
#: « groupes de [sabotage] », « unité de [sabotage] », before the word
#: (« un groupe ukrainien de [sabotage] », « un groupe de "[sabotage]" »: a nationality, a quote between)
_SABOTAGE_UNIT_BEFORE_RE = re.compile(
    r"\b(?:groupes?|unités?|détachements?)\s+(?:(?:ukrainien|russe)s?\s+)?(?:de\s+|d[’']\s*)[«\"“]?\s*$", _I
)
#: weapons shot down (an interception of them is air defence)
_AIRCRAFT_WORDS_RE = re.compile(r"\b(?:drones?|missiles?|roquettes?|avions?|hélicoptères?|shahed)\b", _I)
#: « [l'assaut] des drones russes », « [assauts] de missiles »: the weapons an assault is made of
_OF_WEAPONS_AFTER_RE = re.compile(
    r"\s+(?:de|des|d[’']|aux?)\s*(?:\w+\s+){0,2}?(?:drones?|missiles?|roquettes?|shahed)\b", _I
)
#: « des drones ukrainiens qui visaient », « missiles qui se dirigeaient vers »: a strike verb of weapons
#: in a relative clause (the span ends on the strike cue)
_WHICH_AIMED_RE = re.compile(
    r"\b(?:drones?|missiles?|engins?|appareils?|roquettes?)\s+(?:[\w-]+\s+){0,2}?qui\s+(?:\w+\s+)?\w+$", _I
)
#: Soldiers named in a sentence (an assault told with them is fought on the ground).
_TROOPS_RE = re.compile(
    r"\b(?:troupes|soldats|militaires|combattants|forces\s+(?:terrestres|armées|russes|ukrainiennes)|"
    r"bataillons?|brigades?|régiments?|positions?)\b",
    _I,
)
#: Attacks counted the way a front bulletin counts assaults (see _strike_type).
_ATTACKS_COUNTED_RE = re.compile(
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs)\s+attaques\b"
    r"(?:\s+\w+)?\s+(?:ont\s+eu\s+lieu|sans\s+succès|(?:ont\s+été\s+)?repoussées|près\s+d|sur\s+l[’']axe|dans\s+le\s+secteur)|"
    r"\bsur\s+l[’']axe\s+d|"
    # « l'état-major signale des attaques ennemies dans les secteurs de Lyman et de Siversk »
    r"\battaques\s+(?:\w+\s+){0,2}?(?:dans|sur)\s+les\s+(?:secteurs|axes|directions)\s+d|"
    # « 16 attaques dans la direction de X », « une centaine d'attaques … sur le front est »
    r"\battaques\s+(?:\w+\s+){0,2}?dans\s+la\s+direction\s+d|"
    r"\battaques\b[^.;:!?]{0,40}?\bsur\s+(?:le|la\s+ligne\s+de)\s+front\b",
    _I,
)
#: « des débris d'un drone intercepté », « d'un drone ukrainien abattu »: the weapon the debris come
#: from, between them and its fate
_OF_WEAPON_RE = re.compile(
    r"\s+(?:d[’']une?|des|de)\s+(?:[^\s.;:!?]+\s+){0,2}?(?:drones?|missiles?|engins?|roquettes?|appareils?)\s+"
    r"(?:(?:russes?|ukrainiens?|ennemis?|iraniens?|russo-iraniens?)\s+)?",
    _I,
)


#: The weapons a strike is typed by, in the order ties are settled (see last_weapon_event)
_WEAPON_KINDS = (
    (_DRONE_RE, "drone_strike"),
    (_MISSILE_RE, "missile_strike"),
    (_AIR_BOMB_RE, "missile_strike"),
    (_ARTILLERY_RE, "shelling"),
)


def weapon_events(text: str, lo: int, hi: int) -> frozenset[str]:
    """The strike types of the weapons ``text[lo:hi]`` names (« des attaques de drones et
    d'artillerie »: drone strikes and shelling)."""
    return frozenset(kind for rx, kind in _WEAPON_KINDS if rx.search(text, lo, hi) is not None)


def last_weapon_event(text: str, lo: int, hi: int) -> str | None:
    """The strike type of the last weapon named in ``text[lo:hi]`` (drones, missiles, artillery),
    or ``None``: « des morceaux de drone … pendant l'attaque qui a visé Reni » is a drone strike."""
    last, event = -1, None
    for rx, kind in _WEAPON_KINDS:
        for m in rx.finditer(text, lo, hi):
            if m.start() > last:
                last, event = m.start(), kind
    return event


def main_weapon_event(text: str) -> str | None:
    """The strike type of the weapon an article names most (at least twice, and twice as often as any
    other; or the only one it names), or ``None``: the type of its attacks that name no weapon and
    follow none (a Kherson story naming drones a little more often than shells is about both)."""
    by_kind: dict[str, int] = {}
    last: dict[str, re.Match[str]] = {}
    for rx, kind in _WEAPON_KINDS:
        for hit in rx.finditer(text):
            by_kind[kind] = by_kind.get(kind, 0) + 1
            last[kind] = hit
    counts = [*sorted(((n, kind) for kind, n in by_kind.items()), reverse=True), (0, ""), (0, "")]
    (n, kind), (m, _) = counts[0], counts[1]
    if n == 1 and m == 0:
        # (« un navire … touché par une attaque de drone russe », then « après cette attaque russe »:
        # the only weapon the article names, however seldom; not one shot down, « abattu cinq
        # drones au-dessus de X », then « des frappes sur Y », nor one aimed at a place of its own,
        # « une attaque de drone sur Soumy », « un drone a touché Nikopol »)
        hit = last[kind]
        downed = _DOWNED_RE.search(text, max(0, hit.start() - 60), min(len(text), hit.end() + 30))
        return None if downed or _OWN_TARGET_AFTER_RE.match(text, hit.end()) else kind
    return kind if n >= 2 and n >= 2 * m else None


#: After a weapon, the place it was aimed at: « [drone] sur Soumy », « [drone] a touché Nikopol »
_OWN_TARGET_AFTER_RE = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:sur|à|contre|touché|frappé|visé|ciblé)\s+"
    r"(?:l[ae]\s+(?:ville|village|région)\s+d[e’']\s*)?[A-ZÀ-Ý]"
)


def guns_named(text: str, lo: int, hi: int, *, rockets: bool = True) -> bool:
    """Does ``text[lo:hi]`` name guns as such (« obus », « artillerie », « roquettes », « mortiers »…;
    not « tirs » or « bombardements », which aircraft, missiles and drones make too)? With ``rockets``
    false, rockets alone do not count (the press calls missiles « roquettes » too)."""
    if rockets:
        return _GUNS_RE.search(text, lo, hi) is not None
    return any(not m.group(0).lower().startswith("roquette") for m in _GUNS_RE.finditer(text, lo, hi))


def air_weapon_event(text: str) -> str:
    """The strike type of the weapons from the air an article names most: ``"drone_strike"`` when it
    names drones more often than missiles and bombs, else ``"missile_strike"``."""
    drones = sum(1 for _ in _DRONE_RE.finditer(text))
    missiles = sum(1 for _ in _MISSILE_RE.finditer(text)) + sum(1 for _ in _AIR_BOMB_RE.finditer(text))
    return "drone_strike" if drones > missiles else "missile_strike"


def first_weapon_event(text: str, lo: int, hi: int) -> str | None:
    """The strike type of the first weapon named in ``text[lo:hi]`` (see :func:`last_weapon_event`)."""
    first, event = hi, None
    # (searched a little beyond ``hi``, not only to the first weapon found: « tir » before « de
    # missile » reads its lookahead; a weapon must still start before ``hi``)
    ext = min(len(text), hi + 20)
    for rx, kind in _WEAPON_KINDS:
        m = rx.search(text, lo, ext)
        if m is not None and m.start() < first:
            first, event = m.start(), kind
    return event


#: The cue patterns as written (before guard_all), run with the alternatives a sentence can match
_PRUNED_RULES: dict[str, PrunedAlternation] = {event: PrunedAlternation(rx) for event, rx in _RULES}
_PRUNED_STRIKE = PrunedAlternation(_STRIKE_RE)


#: Stems of every cue: a sentence without any of them has no cue (fast path, one C-level scan).
#: Stems that every match of a rule contains (lower case): only the rules whose stems occur in a
#: sentence are run (one C-level Aho-Corasick scan per sentence instead of a dozen regexes).
#: One word each (« tête » for « têtes de pont »: a stem « de » would wake the rule everywhere).
_STEMS: dict[str, str] = {
    "explosion": "explos détonation piég pieg déflagr attentat mine ied bombe barrage sauté sauter exploser",
    "sabotage": "sabot déraill",
    "debris": "débris debris fragment épave écras tomb retrouv trouv découv repér localis reste morceau pièce chute impact accident",
    "air_defense": "repouss abat intercept neutralis détrui défense décoll contrecarr déploy dépêch envoy mobilis suivi pisté escort",
    "fire": "incendi feu flamm brûl",
    "ground_combat": "combat affront confront assaut offensiv incursion bataill accroch encercl percée repouss contrôle "
    "empar captur conqu mains libér avanc progress prise tête débarqu tentative repris pénétr contre- chute pris grignot gagn amélior abandonn tomb revendiqu passé franchi avancer percer percé brèche infanterie terrestre blindé "
    "retir repli retrait perd tour reconquête débarqué avanç rapproch opération entrée entrés entrent envahir occupé",
    "troop_deployment": "troupe soldat militaire forces renfort réserve bataillon brigade unité arriv renfor déploi "
    "concentration rassembl retrait repli retir position colonne stationn maint accueill engag concentr "
    "redéploy contrôle patrouille checkpoint barrage envoi batterie système retranch",
    "meeting": "rencontr entret sommet réuni discussion pourparler poignée reçu reçoit retrouv visite convoqu discut recev visité rendu accord signé organis tien tenu "
    "président dirigeant chef "
    "ministre chancel secrétaire",
    "arms_transfer": "vente livr fourni munition armes transfert militaire",
    "other": "formation entraîn abri exercice essai survol travers espace aérien évacu prisonnier tranchée manifest",
    "strike": "assaut envoy frapp bombard pilonn raid salve vague attaqu visé visee visant impact touch tir lanc cibl feu largu largag tué tuée bless abat subi atteindr mort victim destruction "
    "lâch détrui percut heurt atteint explos tomb endommag soufflé éventré dégâts vise visai bombard tue blesse "
    "sectionn incendi ravag pulvéris dévast perforé embrasé arraché criblé démoli rasé fauché provoqué souffl hors coulé",
}


class _RuleScan:
    """The rules a sentence can match and the alternatives of each, found in one C-level scan.

    One Aho-Corasick automaton holds the stems of every rule (:data:`_STEMS`), the literal run
    of every alternative of every pruned pattern (:attr:`PrunedAlternation.runs`) and the words of
    a few flags (``flags``: the words one of which every modal marker or negation contains). A rule
    runs when one of its stems occurs; it runs with the alternatives whose run occurs (and those
    without one): the patterns :meth:`PrunedAlternation.for_text` would give, without a substring
    test per alternative. Runs shorter than three characters (« d », « et ») are tested with
    ``in``: in an automaton they would fire at almost every word.

    What a sentence holds is one integer, a bit set (:meth:`scan`): bit ``i`` for the alternative
    ``i`` (numbered pattern after pattern), then a bit per rule's stems, then a bit per flag. Each
    word of the automaton carries the bits it sets, and the scan ORs them together in C
    (``functools.reduce`` over the automaton's matches: no Python step per match).
    """

    def __init__(
        self,
        patterns: dict[str, PrunedAlternation],
        stems: dict[str, str],
        flags: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        import ahocorasick

        self._patterns = patterns
        self._names = list(stems)
        keys: dict[str, int] = {}
        #: pattern → (first bit, mask of its alternatives' bits once shifted down, pruned at all)
        self._slices: dict[str, tuple[int, int, bool]] = {}
        self._ranges: dict[str, tuple[int, int]] = {}
        always = 0
        self._short: list[tuple[str, int]] = []
        n = 0
        for name, pruned in patterns.items():
            runs = pruned.runs
            self._slices[name] = (n, (1 << len(runs or ())) - 1, runs is not None)
            self._ranges[name] = (n, n + len(runs or ()))
            for i, run in enumerate(runs or (), start=n):
                if run is None:
                    always |= 1 << i
                elif len(run) < 3:
                    self._short.append((run, 1 << i))
                else:
                    keys[run] = keys.get(run, 0) | 1 << i
            n += len(runs or ())
        self._n = n
        #: rule → the bit its stems set
        self.stem_bits: dict[str, int] = {}
        for k, rule in enumerate(self._names):
            bit = self.stem_bits[rule] = 1 << (n + k)
            for stem in stems[rule].split():
                keys[stem] = keys.get(stem, 0) | bit
        #: flag → the bit its words set
        self.flag_bits: dict[str, int] = {}
        for j, (flag, words) in enumerate((flags or {}).items()):
            bit = self.flag_bits[flag] = 1 << (n + len(self._names) + j)
            for word in words:
                keys[word] = keys.get(word, 0) | bit
        self._any_stem = sum(self.stem_bits.values())
        self._always = always
        auto = ahocorasick.Automaton()
        for key, bits in keys.items():
            auto.add_word(key, bits)
        auto.make_automaton()
        self._automaton = auto
        self._by_bits: dict[str, dict[int, re.Pattern[str]]] = {name: {} for name in patterns}
        #: (pattern, bits of its alternatives) → times run without its compiled pattern
        self._seen: dict[tuple[str, int], int] = {}

    def scan(self, low: str) -> int:
        """The bit set of ``low`` (a sentence lower-cased): the alternatives that can match it,
        the rules whose stems occur and the flags whose words occur."""
        bits = reduce(or_, map(_SECOND, self._automaton.iter(low)), self._always)
        for run, bit in self._short:
            if run in low:
                bits |= bit
        return bits

    def any_rule(self, bits: int) -> bool:
        """Does a rule's stem occur (see :meth:`scan`)?"""
        return bool(bits & self._any_stem)

    def rules(self, low: str) -> tuple[set[str], list[int]]:
        """The rules whose stems occur in ``low`` (a sentence lower-cased) and the sorted ids of the
        alternatives that can match it (the bit set of :meth:`scan`, spelt out)."""
        bits = self.scan(low)
        return {r for r, bit in self.stem_bits.items() if bits & bit}, [
            i for i in range(self._n) if bits >> i & 1
        ]

    def pattern(self, name: str, ids: list[int], exotic: bool) -> re.Pattern[str]:
        """The pattern of ``name`` with the alternatives ``ids`` (from :meth:`rules`); the whole
        pattern when the sentence holds a character of :data:`CASE_EXOTIC`."""
        pruned = self._patterns[name]
        if exotic:
            return pruned.whole
        lo, hi = self._ranges[name]
        return pruned.for_runs(
            tuple(i - lo for i in ids[bisect.bisect_left(ids, lo) : bisect.bisect_left(ids, hi)])
        )

    def pattern_of(self, name: str, bits: int, exotic: bool) -> re.Pattern[str] | None:
        """:meth:`pattern` from the bit set of :meth:`scan`; ``None`` when no alternative of a pruned
        pattern is left (the pattern with none, ``\\b(?:(?!))\\b``, matches nothing)."""
        pruned = self._patterns[name]
        if exotic:
            return pruned.whole
        lo, width, is_pruned = self._slices[name]
        if not is_pruned:
            return pruned.whole
        sub = (bits >> lo) & width
        if not sub:
            return None
        cache = self._by_bits[name]
        rx = cache.get(sub)
        if rx is None:
            keep = tuple(i for i in range(width.bit_length()) if sub >> i & 1)
            rx = pruned.compiled(keep)
            if rx is None:
                # A combination of alternatives is run from its alternatives' own patterns (same
                # matches, see gazetteer._regex._Union) until it has been seen _COMPILE_AFTER times:
                # compiling it costs about a millisecond, the union a few microseconds more per
                # sentence than the compiled pattern, and on a stream of new texts most
                # combinations are seen once or twice (59 distinct dispatches: 245 articles/s when
                # compiling on the second sighting, 276 on the tenth, 290 never).
                seen = self._seen.get((name, sub), 0)
                if seen < _COMPILE_AFTER:
                    union = pruned.union(keep)
                    if union is not None:
                        if len(self._seen) > 100_000:
                            self._seen.clear()
                        self._seen[(name, sub)] = seen + 1
                        return union  # type: ignore[return-value]
                rx = pruned.for_runs(keep)
            cache[sub] = rx
        return rx


_SECOND = itemgetter(1)
#: « des débris en Roumanie », « débris à Plauru »: a report of debris at a place
_DEBRIS_AT_RE = re.compile(r"\s+(?:en|à|au|aux|sur|dans|près\s+de)\s+(?:la\s+|le\s+|l[’']\s*)?[A-ZÀ-Ý]")
#: « sous les débris », « sous les décombres »: people under the rubble of a building, whatever else
#: the sentence holds (« des corps ont été sortis des décombres … sous les débris »)
_RUBBLE_RE = re.compile(r"\b(?:sous|de\s+sous|dégagée?s?\s+des)\s+(?:les|des)\s+(?:débris|décombres)\b")
#: « Parmi les drones abattus, », « Parmi les engins décomptés »: a breakdown of interceptions
_AMONG_DOWNED_RE = re.compile(
    r"\s*Parmi\s+(?:les|ces)\s+(?:\d[\d\s]*\s+)?(?:drones|missiles|engins|appareils)\s+(?:\w+\s+)?"
    r"(?:décomptés|abattus|détruits|interceptés|neutralisés)\b",
    re.I,
)
#: « des attaques similaires »: of the kind of the event told before
SIMILAR_AFTER_RE = re.compile(r"\s+similaires?\b", re.I)
#: Words of a sentence whose bare « débris » are those of an aircraft or a weapon (lower case).
_AIRCRAFT_DEBRIS_RE = re.compile(
    r"tomb|chut|retrouv|découv|écras|abatt|intercept|drone|missile|roquette|projectile|shahed|engin|"
    r"aéronef|appareil|fragment|repér|localis|ramass|signal|sol\b|champ|toit|endommag|bless|expertis|analys|"
    # (« des gardes ont trouvé lundi des débris près de X »: found, not dug through)
    r"trouv\w*\s+(?:\S+\s+){0,2}?(?:des|les|de)\s+débris|débris\s+(?:\S+\s+)?été\s+trouvé"
)
#: a weapon shot down (its debris fall where it was hit)
_DOWNED_RE = re.compile(r"intercept|abatt|détrui|neutralis|débris|fragment", _I)
#: « les débris d'un missile », « des fragments de missiles »: the remains of a weapon
_DEBRIS_OF_BEFORE_RE = re.compile(
    r"\b(?:débris|fragments?|restes?|morceaux|éclats|pièces?|parties?)\s+d[e’']\s*(?:un\s+|une\s+|des\s+|l[’']\s*)?(?:\w+\s+)?$",
    _I,
)
#: a participle that says a weapon was shot down (« intercepté », « abattus »)
_DOWNED_PARTICIPLE_RE = re.compile(r"(?:interceptée?s?|abattue?s?|détruite?s?|neutralisée?s?)", _I)
#: between the remains of a weapon and that participle: nothing, or its maker (« d'un missile russe »)
_WEAPON_EPITHET_RE = re.compile(
    # (or, after the bare word « débris », the weapon they belong to: « des débris appartenant
    # probablement à un drone abattu »)
    r"\s+(?:(?:appartenant|ayant\s+appartenu)\s+(?:\w+\s+){0,2}?(?:à|au)\s+(?:une?\s+|des\s+)?"
    r"(?:drones?|missiles?|engins?|roquettes?|appareils?)\s+)?(?:[\w-]+\s+)?",
    _I,
)
#: a crash told with its weapon first (« un drone russe s'est écrasé »)
_CRASHED_WEAPON_RE = re.compile(r"(drones?|missiles?)\b", _I)
#: « simulant la chute d'un drone », « a simulé jeudi matin une attaque aérienne »
_SIMULATED_BEFORE_RE = re.compile(r"\bsimul\w*\s+(?:\S+\s+){0,3}?$", _I)
#: ... on a building: « dans la nuit sur un immeuble de cinq étages », « sur un marché très fréquenté »,
#: « contre un immeuble », « près des immeubles »
_ON_BUILDING_AFTER_RE = re.compile(
    # (« se sont écrasés sur deux voitures »: a number of targets too)
    # (« contre un immeuble résidentiel de deux étages »)
    r"\s+(?:[^.;:]{0,40}?\s)?(?:(?:sur|contre)\s+(?:un|une|le|la|l[’']|les|des|deux|trois|quatre|cinq|\d+)|"
    r"(?:près|à\s+côté)\s+(?:d[’']\s*une?|du|de\s+la|de\s+l[’']|des))"
    # (« sur le territoire de la raffinerie »: the site's grounds)
    r"\s*(?:\S+\s+)?(?:territoire\s+d[e’']\s*(?:la\s+|l[’']\s*|le\s+)?)?(?:immeubles?|maisons?|bâtiments?|habitations?|"
    r"raffineries?|dépôts?|terminal|terminaux|aérodromes?|centrales?|sous-stations?|"
    # (« sur un pâté d'immeubles », « sur un quartier résidentiel »)
    r"pâtés?\s+d[’']immeubles|quartiers?\s+(?:résidentiels?|d[’']habitation)|zones?\s+résidentielles?|"
    r"écoles?|hôpital|entrepôts?|usines?|station-service|(?:super)?marchés?|centre\s+commercial|gare|"
    r"restaurants?|cafés?|magasins?|hôtels?|églises?|voitures?|véhicules?|camions?|autobus|bus)\b",
    _I,
)
#: who raids on the ground: « des groupes armés », « des combattants », « ces formations », « des commandos »
_GROUND_RAIDERS_RE = re.compile(
    r"\b(?:groupes|combattants|formations|commandos|saboteurs|miliciens|forces\s+spéciales|fusiliers\s+marins)\b",
    _I,
)
#: « les forces russes [ont attaqué] », « les troupes ennemies [a attaqué] »: troops as the subject
_TROOPS_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:forces|troupes|soldats|unités|fantassins)(?:\s+(?:russes|ukrainiennes|ennemies|d[’']occupation))?\s+$",
    _I,
)
#: assaults told as such, or repelled: « ces assauts ont été repoussés »
_ASSAULTS_RE = re.compile(r"\b(?:assauts?|repouss\w+)\b", _I)
#: a fight against an attack (« la flotte a repoussé », « la défense antiaérienne a abattu »): not a
#: drifting sea drone made safe
_FIGHTING_BACK_RE = re.compile(
    r"\b(?:flotte|défense\s+(?:anti-?aérienne|aérienne|côtière)|antiaérienne|abattu\w*|repouss\w*|attaques?)\b",
    _I,
)
#: a drone that sails: « drone naval », « drone maritime », « drone de surface », « Sea Baby »
_SEA_DRONE_RE = re.compile(
    r"\bdrones?\s+(?:\S+\s+)?(?:navals?|maritimes?|marins?|de\s+surface|nautiques?)\b|\bdrones?\s+(?:de\s+type\s+)?(?:«\s*)?Sea\s+Baby",
    _I,
)
#: « la brigade garde désormais Melitopol dans sa ligne de mire »: places aimed at, not reached
_AIM_RE = re.compile(r"\bdans\s+(?:son|sa|leur|ses|leurs)\s+(?:viseur|ligne\s+de\s+mire)\b", _I)
#: « l'attaque d'un groupe de diversion », « l'attaque d'un commando »: an attack on foot
_ATTACK_BY_COMMANDOS_RE = re.compile(
    r"attaques?\s+(?:d[’']une?\s+|de\s+(?:plusieurs\s+)?|des\s+)(?:groupes?\s+(?:de\s+diversion|de\s+sabotage)|"
    r"commandos?|saboteurs?|unités?\s+de\s+sabotage)|"
    # (« les localités de X et Y ont été attaquées par des combattants »)
    r"attaquée?s?\s+par\s+(?:des|un|une|plusieurs)\s+(?:\w+\s+)?(?:combattants|commandos?|saboteurs?|"
    r"groupes?\s+(?:de\s+diversion|de\s+sabotage|armés))",
    _I,
)
#: men who raid on foot: « un commando », « des saboteurs », « un groupe de sabotage »
_COMMANDO_RE = re.compile(r"\b(?:commandos?|saboteurs?|groupes?\s+de\s+sabotage)\b", _I)
_STRIKE_EVENTS = frozenset({"drone_strike", "missile_strike", "shelling"})
#: Characters between a drop (« largué ») and the blast it carried (« un engin explosif »).
_DROP_GAP = 40
#: Sightings of a combination of alternatives before its pruned pattern is compiled (see pattern_of).
_COMPILE_AFTER = 10
#: Words one of which every match of _NEGATED_BEFORE_RE contains, lower case (« aucun », « pas »,
#: « sans »), read from the pattern (``None``: none found, the negation test always runs).
_NEGATION_WORDS = required_words(_NEGATED_BEFORE_RE)
#: Words one of which every match of _MODAL_RE contains (``modal``, the table _modal_clause reads),
#: and of _NEGATED_BEFORE_RE (``negation``): a sentence without any needs no clause test (see
#: find_cues).
_FLAGS = {"modal": _MODAL_WORDS}
if _NEGATION_WORDS is not None:
    _FLAGS["negation"] = tuple(sorted({w.lower() for w in _NEGATION_WORDS}))
_SCAN = _RuleScan({**_PRUNED_RULES, "strike": _PRUNED_STRIKE}, _STEMS, _FLAGS)
_MODAL_BIT = _SCAN.flag_bits["modal"]
#: (``None`` when the negation words are unknown: the test always runs)
_NEGATION_BIT = _SCAN.flag_bits.get("negation")


#: (patterns hoisted out of the functions below: compiled once)
_AIRCRAFT_OF_BEFORE_RE = re.compile(
    r"(?:avions?|chasseurs?|appareils?|hélicoptères?|drones?)\s+(?:\S+\s+)?de\s+$", _I
)
#: An air raid named in a sentence: « alerte », « sirènes », « attaque », drones or missiles.
_RAID_RE = re.compile(
    r"\b(?:alertes?|sirènes?|attaques?|raids?|frappes?|drones?|missiles?|bombardements?|défense\s+anti-?aérienne)\b",
    _I,
)
_HEARD_AFTER_RE = re.compile(
    r"\s*(?:\S+\s+){0,3}?(?:ont\s+|a\s+)?(?:retenti|été\s+entendues?|entendues?|secoué)", _I
)


#: « à 60 km de la zone des combats », « loin du front des combats »: a distance, not an event;
#: « aviation de combat », « véhicules de combat »: a kind of equipment
_COMBAT_ZONE_BEFORE_RE = re.compile(
    r"\b(?:(?:zones?|lignes?|loin|proximité|écart)\s+(?:des|de)|(?:aviation|avions?|appareils?|hélicoptères?|véhicules?|"
    r"chars?|drones?|navires?|unités?|brigades?|tenues?|expérience|capacités?|missions?)\s+de)\s+$",
    _I,
)
#: « est l'un des grands fronts de », « reste une des zones de »: a description of a place
_ONE_OF_BEFORE_RE = re.compile(
    r"\b(?:est|sont|reste|restent|demeure|demeurent|était|étaient|devenue?s?)\s+(?:l[’']\s*une?|une?)\s+des\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:fronts?|théâtres?|zones?|secteurs?|points?|lignes?|foyers?)\s+(?:\w+\s+)?"
    r"(?:d[eu]\s+(?:la\s+|l[’']\s*)?|des\s+|d[’']\s*)?$",
    _I,
)
#: « l'incursion », « l'offensive »: a campaign rather than one day's fighting
CAMPAIGN_RE = re.compile(r"(?:contre-)?(?:incursion|offensive)", _I)
#: « l'incursion », « la tête de pont », « l'offensive »: an operation already known, named by reference
_OPERATION_RE = re.compile(CAMPAIGN_RE.pattern + r"|tête\s+de\s+pont", _I)
_DEFINITE_BEFORE_RE = re.compile(r"\b(?:l[’']|la\s+)$", _I)
#: ... in a statement about it: « assure que l'incursion a permis », « l'échec de l'incursion »,
#: « Pour le Kremlin, la tête de pont n'a aucune importance »
_STATEMENT_FRAME_RE = re.compile(
    r"(?:\bqu(?:e\s+|[’']\s*)$|\bqualifi\w+\s+$|\b(?:échec|succès|objectifs?|buts?|bilan|réussite|importance|intérêt|prix|"
    r"coût|fin|depuis)\b\s*[»”\"]?\s*(?:de\s+|d[’']\s*|du\s+)?$)",
    _I,
)
_FOR_SPEAKER_START_RE = re.compile(r"\s*Pour\s+(?:le|la|les|l[’'])\s*[\w-]+(?:\s+[\w-]+)?\s*,", _I)


_WEAPON_OF_BEFORE_RE = re.compile(
    r"\b(?:drones?|hélicoptères?|avions?|appareils?|sous-marins?|navires?|bâtiments?|aviation|groupes?|unités?)"
    r"\s+d[’']$",
    _I,
)
#: « (lors de l'attaque) contre le port », « (pendant les frappes) russes sur Kiev »: the attack's target follows
_AGAINST_AFTER_RE = re.compile(r"\s+(?:\w+\s+)?(?:contre|sur)\s", _I)
#: (« lors du bombardement nocturne d'avant-hier contre Sloviansk »: the attack's weapon and day before
#: the town it hit, after « lors de », « pendant »; not « impliqués dans le largage de bombes sur »)
_AGAINST_FAR_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+)?(?:contre|sur)\s|\s+(?:[\w’']+\s+){0,5}?(?:contre|sur)\s+(?-i:[A-ZÀ-Ý])", _I
)
_DURING_THE_BEFORE_RE = re.compile(
    # (and « des drones impliqués dans l'attaque »: the attack told elsewhere, the weapons' part in it)
    r"\b(?:pendant|durant|lors\s+de|au\s+cours\s+de|au\s+moment\s+de|impliquée?s?\s+dans)\s+(?:l[’']|la\s+|le\s+|cette\s+|ce\s+)$",
    _I,
)


#: « L' », « Cette », « Ce », « La », « Cette nouvelle »: a sentence opening on the event already told
_THIS_EVENT_BEFORE_RE = re.compile(
    r"\s*[«\"]?\s*(?:l[’']\s*|la\s+|le\s+|cette\s+|ce\s+|cet\s+)(?:nouvelle?\s+|dernière?\s+)?", _I
)
#: (the cue) … « survient après », « intervient alors que », « est intervenue au lendemain »: what
#: dates it against another event
_COMES_AFTER_RE = re.compile(
    r"[^.;:!?]{0,80}?\b(?:survient|intervient|est\s+(?:survenue?|intervenue?))\s+"
    r"(?:(?:\S+\s+){0,3}?(?:après|au\s+lendemain|alors\b|avant|peu\s+après|moins\s+d))",
    _I,
)
#: the end of a clause, right after a word (« au moment de l'explosion. »)
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?)»]|$)")
#: « depuis le début de l' », « depuis le lancement de la »: before the war a time is counted from
_SINCE_START_OF_BEFORE_RE = re.compile(
    r"\bdepuis\s+(?:le\s+)?(?:début|lancement|déclenchement)\s+(?:de\s+)?(?:l[’']\s*|la\s+|leur\s+|son\s+)$",
    _I,
)


def _reference_only(text: str, start: int, event: str, m: re.Match[str]) -> bool:
    """Does the cue only name a known situation, not report an event of the news?"""
    if event == "ground_combat":
        if m.group(0).lower().endswith("frontière") and (
            _DRONE_RE.search(text, start, m.start()) or _MISSILE_RE.search(text, start, m.start())
        ):
            return True  # (« le drone a franchi la frontière »: an aircraft, not troops)
        before = text[max(start, m.start() - 30) : m.start()]
        if m.group(0).lower().startswith("combat") and _COMBAT_ZONE_BEFORE_RE.search(before):
            return True
        if _ONE_OF_BEFORE_RE.search(text, max(start, m.start() - 60), m.start()):
            return True  # (« X reste l'un des grands fronts de la bataille »: what the place is, no fight)
        if _SINCE_START_OF_BEFORE_RE.search(before):
            return True  # (« depuis le début de l'offensive de Moscou en Ukraine »: a time, not a fight)
        if _OPERATION_RE.match(m.group(0)) and _DEFINITE_BEFORE_RE.search(before):
            frame = text[
                max(start, m.start() - 40) : m.start() - len(_DEFINITE_BEFORE_RE.search(before).group(0))
            ]
            if _STATEMENT_FRAME_RE.search(frame) or _FOR_SPEAKER_START_RE.match(text, start):
                return True
    return False


#: « ont signalé à plusieurs reprises des »: a repeated report, right before what it reports
_REPEATEDLY_REPORTED_BEFORE_RE = re.compile(
    r"\b(?:signal|rapport|dénonc|accus|fait\s+état|fait\s+l[’']objet)\w*\s+(?:\S+\s+){0,2}?"
    r"à\s+(?:plusieurs|maintes|de\s+nombreuses|multiples)\s+reprises\s+(?:\S+\s+){0,4}?$",
    re.I,
)
#: « une base aérienne visée à plusieurs reprises par les (frappes russes) »: a target's history
_REPEATEDLY_TARGETED_BEFORE_RE = re.compile(
    r"\b(?:visée?s?|ciblée?s?|frappée?s?|touchée?s?|attaquée?s?)\s+à\s+(?:plusieurs|maintes|de\s+nombreuses|multiples)\s+"
    r"reprises\s+(?:par|lors)\s+(?:les|des|de)\s+$",
    re.I,
)
#: « à plusieurs reprises ces derniers jours », « à maintes reprises depuis »: right after a cue
_REPEATEDLY_OVER_DAYS_AFTER_RE = re.compile(
    r"\s+à\s+(?:plusieurs|maintes|de\s+nombreuses|multiples)\s+reprises\s+"
    r"(?:ces\s+(?:derni\w+|dix|deux|trois)\s+(?:\w+\s+)?(?:jours|semaines|mois)|depuis|au\s+cours\s+des)\b",
    re.I,
)
#: « la protection de … contre les »: what is guarded against, right before the cue
_GUARDED_AGAINST_BEFORE_RE = re.compile(
    r"\b(?:protection|protéger|protègent|protège|prémunir)\b[^.;:!?]{0,120}?\bcontre\s+"
    r"(?:les|des|d[’']éventuelles|de\s+futures|de\s+nouvelles|toute?s?)\s+$",
    re.I,
)
#: « , la plus spectaculaire », « , la troisième »: the head of an apposition that ranks what was told
_CHARACTERISING_BEFORE_RE = re.compile(
    r",\s+(?:la|l[’'])\s*(?:plus\s+[\w-]+|pire|première|deuxième|troisième|dernière|nouvelle)\s+$", re.I
)


#: « des lésions dues à des (éclats ou des) », « des blessures causées par »: what wounds come from
_WOUNDS_OF_BEFORE_RE = re.compile(
    r"\b(?:traumatismes?|blessures?|lésions?|brûlures?)\s+(?:\w+\s+){0,2}?(?:liée?s?|dues?|causée?s?)\s+"
    r"(?:à|aux|par)\s+(?:des\s+|une?\s+|les\s+)?(?:[\w-]+\s+(?:et|ou)\s+(?:des\s+|d[’']\s*|aux\s+)?)?$",
    _I,
)
#: « en riposte, selon Kiev, aux (bombardements) », « en représailles à des (frappes) »: attacks in
#: general, the reason of the event told
_IN_RETURN_FOR_BEFORE_RE = re.compile(
    r"\ben\s+(?:riposte|représailles|réponse)\s*(?:,[^,.;]{0,30},\s*)?(?:aux|à\s+des)\s+"
    r"(?:(?:nombreu|incessant|constant|multipl|répét)\w*\s+)?$",
    _I,
)
#: « des missiles X-59, utilisés pour les (frappes contre l'Ukraine) »: what weapons are used for
_USED_FOR_BEFORE_RE = re.compile(
    r"\b(?:utilisée?s?|employée?s?|servant|servai(?:t|ent)|ser(?:t|vent)|destinée?s?)\s+(?:\w+\s+)?(?:pour|dans|à|aux|lors\s+d[e’'])\s+"
    # (« le port utilisé pour la livraison d'armes »)
    r"(?:les\s+|des\s+|ses\s+|leurs\s+|la\s+|le\s+|l[’']\s*)?$",
    _I,
)
#: « à quelques heures de », « à la veille des »: right before a meeting still to come
_UPCOMING_BEFORE_RE = re.compile(
    r"\b(?:à\s+quelques\s+(?:heures|jours)|(?:à\s+)?la\s+veille)\s+(?:de\s+|d[’']\s*|des\s+|du\s+)(?:la\s+|l[’']\s*|nouveaux\s+|nouvelles\s+)?$",
    _I,
)
#: « aucune conséquence de l' », « aucun dégât lié à l' »: right before an attack told elsewhere
_NO_CONSEQUENCE_BEFORE_RE = re.compile(
    r"\baucune?\s+(?:conséquences?|victimes?|dégâts?|dommages?)\s+(?:de\s+|d[’']\s*|liée?s?\s+à\s+|due?s?\s+à\s+)(?:l[’']\s*|la\s+|cette\s+|ces\s+|les\s+)?$",
    _I,
)
#: « (l'explosion) ne s'est pas produite », « (la frappe) n'a jamais eu lieu »: the event did not happen
_DID_NOT_HAPPEN_AFTER_RE = re.compile(
    r"\s+(?:ne\s+|n[’']\s*)(?:s[’']\s*)?(?:est|a|ont|sont)\s+(?:pas|jamais|finalement\s+pas)\s+"
    r"(?:produite?s?|eu\s+lieu|survenue?s?|retenti)\b",
    _I,
)
#: « un répit dans les bombardements », « une accalmie des frappes »: a lull in what is named next
_LULL_BEFORE_RE = re.compile(
    r"\b(?:répit|accalmie)\s+(?:relatif\s+|relative\s+)?(?:dans\s+les|des|du)\s+$", _I
)


def _unfactual_where(cues: list[Cue], test: Callable[[Cue], bool]) -> list[Cue]:
    """``cues``, the factual ones that pass ``test`` no longer factual."""
    return [
        Cue(c.event, c.start, c.end, False, generic=c.generic) if c.factual and test(c) else c for c in cues
    ]


def _unfactual_after(cues: list[Cue], text: str, start: int, rx: re.Pattern[str], reach: int) -> list[Cue]:
    """``cues``, those right after a match of ``rx`` (within ``reach`` characters, from the
    sentence's ``start``) no longer factual."""
    return _unfactual_where(cues, lambda c: rx.search(text, max(start, c.start - reach), c.start) is not None)


#: From a deployment cue to the attack its force makes: « [colonnes de véhicules] blindés [ont attaqué] »
_FORCE_ATTACKS_RE = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:ont|a|avaient|avait)\s+attaqué", re.I)


def find_cues(
    text: str, start: int = 0, end: int | None = None, *, low: str | None = None, unsafe: bool | None = None
) -> list[Cue]:
    """Event cues of the sentence ``text[start:end]`` (offsets into ``text``).

    ``low`` and ``unsafe``: the sentence lower-cased and :func:`gazetteer._regex.lower_unsafe` of it,
    when the caller has them (the extractor computes them once per sentence for every module).

    Examples
    --------
    >>> [c.event for c in find_cues("Le port a été frappé par des drones lundi.")]
    ['drone_strike']
    >>> [c.factual for c in find_cues("Une éventuelle frappe nucléaire inquiète.")]
    [False]
    """
    end = len(text) if end is None else end
    if low is None:
        low = text[start:end].lower()
    bits = _SCAN.scan(low)
    if not _SCAN.any_rule(bits):
        return []
    # each rule runs with only the alternatives whose words occur in the sentence (a sentence that
    # is not lower_unsafe holds no case-exotic character)
    exotic = unsafe is not False and case_exotic(text, start, end)
    cues: list[Cue] = []
    taken: list[tuple[int, int]] = []
    clauses: dict[tuple[int, int], bool] = {}
    splits: list[tuple[int, int]] | None = None
    # A sentence holding no word of the modal markers has no modal clause: ``_modal_clause`` tests
    # those words in the lower-cased clause first, and a clause's lower case is a piece of the
    # sentence's (``str.lower`` maps character by character, but for « Σ », which no such word
    # holds). Without « aucun », « pas », « sans » (and no character the engine folds otherwise,
    # see case_exotic) the negation pattern cannot match either: no clause to find at all.
    modal_words = bool(bits & _MODAL_BIT)
    negation = exotic or _NEGATION_BIT is None or bool(bits & _NEGATION_BIT)
    any_modal = modal_words or negation

    def sentence_splits() -> list[tuple[int, int]]:
        """The sentence's clause separators, found once, when first needed."""
        nonlocal splits
        if splits is None:
            splits = _clause_splits(text, start, end)
        return splits

    def modal(pos: int) -> bool:
        """:func:`_modal` in this sentence."""
        if not any_modal:
            return False
        return _modal(
            text, start, end, pos, clauses, sentence_splits(), negation=negation, modal_words=modal_words
        )

    trend_words = any(w in low for w in _TREND_WORDS)

    def trend(pos: int) -> bool:
        """:func:`_trend` in this sentence."""
        return trend_words and _trend(text, start, end, pos, sentence_splits())

    stem_bits = _SCAN.stem_bits
    for event, _rx in _RULES:
        if not bits & stem_bits[event]:
            continue
        rx = _SCAN.pattern_of(event, bits, exotic)
        if rx is None:
            continue  # (no alternative left: nothing to find)
        for m in rx.finditer(text, start, end):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            if (
                modal(m.start())
                and not (
                    event == "air_defense" and _foiled_only(text, start, end, m.start(), sentence_splits())
                )
            ) or (event != "troop_deployment" and trend(m.start())):
                cues.append(Cue(event, m.start(), m.end(), factual=False))
                taken.append((m.start(), m.end()))
                continue
            if event == "ground_combat" and _AIRCRAFT_OF_BEFORE_RE.search(
                text[max(start, m.start() - 40) : m.start()]
            ):
                continue
            if (
                event == "ground_combat"
                and text[m.start() : m.start() + 6].lower() == "captur"
                and _GEAR_BEFORE_RE.search(text, max(start, m.start() - 50), m.start())
            ):
                continue  # « une exposition de chars occidentaux capturés »: gear taken, no town
            if _reference_only(text, start, event, m) or (
                # « les vannes se sont fermées au moment de l'explosion. »: the time of a blast already
                # told (not « lors de l'explosion d'un drone sur X »)
                event == "explosion"
                and _DURING_THE_BEFORE_RE.search(text, max(start, m.start() - 25), m.start())
                and _CLAUSE_END_RE.match(text, m.end(), end)
            ):
                cues.append(Cue(event, m.start(), m.end(), factual=False))
                taken.append((m.start(), m.end()))
                continue
            if event == "fire" and (
                lit := _LIT_BY_WEAPON_BEFORE_RE.search(text, max(start, m.start() - 80), m.start())
            ):
                # « des roquettes ont provoqué des incendies dans deux fermes de X »: the
                # rockets' strike there, the fires its consequence
                event = first_weapon_event(text, lit.start(), lit.end()) or event
            elif event in ("fire", "explosion") and (
                then := _CONSEQUENCE_BEFORE_RE.search(text, max(start, m.start() - 50), m.start())
            ):
                # « deux drones ont attaqué l'usine, ce qui a provoqué une explosion »: the drones'
                # strike there, the blast its consequence
                event = first_weapon_event(text, start, then.start()) or event
            cues.append(Cue(event, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    consumed = [(c.start, c.end + 30) for c in cues if c.event == "air_defense"] + [
        (c.start - 30, c.end) for c in cues if c.event == "air_defense"
    ]
    strikes = _SCAN.pattern_of("strike", bits, exotic) if bits & stem_bits["strike"] else None
    for m in strikes.finditer(text, start, end) if strikes is not None else ():
        if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
            continue
        if _WEAPON_OF_BEFORE_RE.search(text, max(start, m.start() - 25), m.start()):
            continue  # « un drone d'attaque », « des hélicoptères d'attaque »: a kind of weapon, no event
        if _USED_IN_BEFORE_RE.search(text, max(start, m.start() - 60), m.start()):
            # « un Shahed, employé par l'armée russe dans ses raids »: what a weapon is for (its places
            # are that use's: « utilise pour lancer des frappes sur l'Ukraine »)
            cues.append(Cue("missile_strike", m.start(), m.end(), factual=False))
            taken.append((m.start(), m.end()))
            continue
        if (
            during := _DURING_THE_BEFORE_RE.search(text, max(start, m.start() - 25), m.start())
        ) is not None and not (
            _AGAINST_AFTER_RE if "impliqu" in during.group(0).lower() else _AGAINST_FAR_AFTER_RE
        ).match(text, m.end(), end):
            # « Pendant l'attaque, des chasseurs ont décollé »: the time of another event already told
            cues.append(Cue("missile_strike", m.start(), m.end(), factual=False))
            taken.append((m.start(), m.end()))
            continue
        if modal(m.start()) or trend(m.start()):
            cues.append(Cue("missile_strike", m.start(), m.end(), factual=False))
            taken.append((m.start(), m.end()))
            continue
        if _WHICH_AIMED_RE.search(text, max(start, m.start() - 40), m.end()) and any(
            c.event == "air_defense" and c.end <= m.start() for c in cues
        ):
            # « avoir abattu deux drones qui visaient le Kremlin »: the target of weapons shot down,
            # told with the interception (no strike; its places are the interception's)
            continue
        event, generic = _strike_type(text, start, end, m, consumed)
        cues.append(Cue(event, m.start(), m.end(), generic=generic))
        taken.append((m.start(), m.end()))
    # « avoir abattu deux drones qui visaient le Kremlin, la plus spectaculaire attaque imputée à
    # Kiev »: an apposition that characterises the event just told, no other event
    if len(cues) > 1:
        cues = [
            c
            for c in cues
            if not (
                c.generic
                and _CHARACTERISING_BEFORE_RE.search(text, max(start, c.start - 50), c.start)
                and any(k.factual and k.end <= c.start for k in cues if k is not c)
            )
        ]
    # « la protection des habitants et des routes contre les attaques »: attacks guarded
    # against, none told (over clauses: « et » joins what is protected)
    if "contre" in low and ("protection" in low or "protég" in low or "prémunir" in low):
        cues = _unfactual_after(cues, text, start, _GUARDED_AGAINST_BEFORE_RE, 160)
    # « les régions ont signalé à plusieurs reprises des attaques »: many attacks, none told (the
    # attacks reported so, not an event told before in the sentence)
    if "reprises" in low:
        cues = _unfactual_after(cues, text, start, _REPEATEDLY_REPORTED_BEFORE_RE, 80)
        cues = _unfactual_after(cues, text, start, _REPEATEDLY_TARGETED_BEFORE_RE, 60)
        # (« la capitale, prise pour cible à maintes reprises ces dernières semaines »: a
        # series over days, none told; « visée à plusieurs reprises mardi » is one day's)
        cues = _unfactual_where(cues, lambda c: _REPEATEDLY_OVER_DAYS_AFTER_RE.match(text, c.end) is not None)
    # « la ville connaissait un répit dans les bombardements »: a lull, no event told
    if "répit" in low or "accalmie" in low:
        cues = _unfactual_after(cues, text, start, _LULL_BEFORE_RE, 40)
    # « des missiles utilisés pour les frappes contre l'Ukraine »: what they are for, no event
    if "utilis" in low or "employ" in low or "serv" in low or "sert" in low or "destin" in low:
        cues = _unfactual_after(cues, text, start, _USED_FOR_BEFORE_RE, 40)
    # « en riposte aux bombardements sur l'Ukraine »: attacks in general, a reason
    # « à quelques heures de pourparlers en Arabie saoudite »: a meeting still to come
    if "veille" in low or "quelques" in low:
        cues = _unfactual_where(
            cues,
            lambda c: (
                c.event == "meeting"
                and _UPCOMING_BEFORE_RE.search(text, max(start, c.start - 30), c.start) is not None
            ),
        )
    # « n'ont fait état d'aucune conséquence de l'attaque »: the attack told elsewhere, nothing here
    if "aucun" in low:
        cues = _unfactual_after(cues, text, start, _NO_CONSEQUENCE_BEFORE_RE, 40)
    if "riposte" in low or "représailles" in low or "réponse" in low:
        cues = _unfactual_after(cues, text, start, _IN_RETURN_FOR_BEFORE_RE, 60)
    # « l'explosion ne s'est pas produite »: the event denied right after its name
    if "pas" in low or "jamais" in low:
        cues = _unfactual_where(cues, lambda c: _DID_NOT_HAPPEN_AFTER_RE.match(text, c.end) is not None)
    # « des brûlures causées par des explosions »: the kind of wounds, no event
    if "trauma" in low or "blessure" in low or "lésion" in low:
        cues = _unfactual_after(cues, text, start, _WOUNDS_OF_BEFORE_RE, 70)
    # « plusieurs explosions ont frappé le bâtiment »: the explosion is the event, not a strike
    blasts = [c for c in cues if c.event == "explosion" and c.factual]
    cues = [c for c in cues if not (c.generic and any(0 <= c.start - b.end < 40 for b in blasts))]
    # « des explosions ont retenti à Kiev pendant l'alerte »: explosions heard during an attack are the
    # attack (heard with no attack named, « une explosion a été entendue près de la gare », they stay
    # explosions)
    if any(c.event == "explosion" for c in cues) and _RAID_RE.search(text, start, end):
        cues = [
            Cue("missile_strike", c.start, c.end, c.factual, generic=True)
            if c.event == "explosion" and _HEARD_AFTER_RE.match(text[c.end : c.end + 50])
            else c
            for c in cues
        ]
    # « un exercice simulant la chute d'un drone sur une école »: what a drill plays out did not happen
    # (and its places are the drill's: the cue goes)
    if "simul" in low:
        cues = [
            c
            for c in cues
            if c.event == "other" or not _SIMULATED_BEFORE_RE.search(text, max(start, c.start - 40), c.start)
        ]
    # « la réunion des ministres, qui doit se tenir à Bruxelles », « à la veille d'une rencontre à
    # Genève »: a meeting still to come
    cues = [
        Cue(c.event, c.start, c.end, factual=False)
        if c.event == "meeting"
        and c.factual
        and (
            _TO_BE_HELD_AFTER_RE.match(text, c.end, end)
            or _EVE_OF_BEFORE_RE.search(text, max(start, c.start - 30), c.start)
        )
        else c
        for c in cues
    ]
    # « une mine dérivante neutralisée au large de Mangalia »: a mine made safe, not air defence
    if "mine" in low and any(c.event == "air_defense" for c in cues):
        cues = [
            Cue("explosion", c.start, c.end, c.factual)
            if c.event == "air_defense" and text[c.start : c.start + 8].lower() == "neutrali"
            else c
            for c in cues
        ]
    # « un drone s'est écrasé dans la nuit sur un immeuble de cinq étages, blessant dix personnes »: a
    # drone that came down on a building struck it, and so did « la chute d'un drone sur un immeuble » (in
    # a field, it is debris)
    if ("écras" in low or "chute" in low or "tomb" in low) and any(c.event == "debris" for c in cues):
        cues = [
            Cue(first_weapon_event(text, w.start(), w.end()) or c.event, c.start, c.end, c.factual)
            if c.event == "debris"
            and c.factual
            and (w := _CRASHED_WEAPON_RE.search(text, c.start, c.end)) is not None
            and (w.start() == c.start or text[c.start : c.start + 5].lower() == "chute")
            and (
                "écras" in text[c.start : c.end].lower()
                or w.start() > c.start
                # (« des missiles sont tombés près des immeubles »: missiles fall where they strike; not
                # the debris of one shot down: « les débris d'un missile intercepté sont tombés »)
                # (nor « trois drones tombés sur les cuves d'une raffinerie »: the attack's hits)
                or (
                    "tomb" in text[c.start : c.end].lower()
                    and _DOWNED_RE.search(text, start, end) is None
                    and _DEBRIS_OF_BEFORE_RE.search(text, max(start, c.start - 40), c.start) is None
                )
            )
            and "abattu" not in text[c.start : c.end].lower()
            and _ON_BUILDING_AFTER_RE.match(text, c.end, end)
            else c
            for c in cues
        ]
    # « des fragments d'un missile russe intercepté étaient tombés près de X »: what the weapon whose
    # remains fell had undergone (elsewhere), not an interception here
    if any(c.event == "debris" and c.factual for c in cues) and any(c.event == "air_defense" for c in cues):
        cues = [
            c
            for c in cues
            if not (
                c.event == "air_defense"
                and _DOWNED_PARTICIPLE_RE.fullmatch(text, c.start, c.end)
                and any(
                    k.event == "debris"
                    and k.factual
                    and k.end <= c.start
                    and _WEAPON_EPITHET_RE.fullmatch(text, k.end, c.start)
                    for k in cues
                )
            )
        ]
    # « une incursion de groupes de sabotage », « neutralisé un groupe de sabotage »: sabotage and
    # reconnaissance units fight on the ground (their « sabotage » is no blast, and what « neutralised »
    # them is no air defence)
    if "sabotage" in low and any(c.event == "sabotage" for c in cues):
        units = [
            c
            for c in cues
            if c.event == "sabotage"
            and _SABOTAGE_UNIT_BEFORE_RE.search(text, max(start, c.start - 30), c.start)
        ]
        if units:
            cues = [
                Cue("ground_combat", c.start, c.end, c.factual) if c in units else c
                for c in cues
                if not (
                    c.event == "air_defense"
                    and any(0 <= u.start - c.end <= 30 for u in units)
                    and not _AIRCRAFT_WORDS_RE.search(text, c.end, min(end, c.end + 30))
                )
            ]
    # « lors de l'assaut des drones russes »: an assault of drones (or missiles) is their strike
    if "assaut" in low:
        cues = [
            Cue(first_weapon_event(text, c.end, w.end()) or c.event, c.start, c.end, c.factual)
            if c.event == "ground_combat"
            and text[c.start : c.start + 6].lower() == "assaut"
            and (w := _OF_WEAPONS_AFTER_RE.match(text, c.end, end)) is not None
            else c
            for c in cues
        ]
    # « des vagues de drones … au cours d'un assaut nocturne »: an assault told with drones or missiles
    # and no troops is their strike (the sentence's strike cue says it: the assault is dropped)
    if "assaut" in low and any(c.event in ("drone_strike", "missile_strike") and c.factual for c in cues):
        cues = [
            c
            for c in cues
            if not (
                c.event == "ground_combat"
                and text[c.start : c.start + 6].lower() == "assaut"
                and not _GROUND_FORCES_RE.search(text, start, end)
                and not _FOOT_TROOPS_RE.search(text, start, end)
            )
        ]
    # « un commando ukrainien a été intercepté près de Navlia »: men stopped on the ground, not aircraft
    if "command" in low or "sabot" in low:
        if any(c.event == "air_defense" for c in cues) and _COMMANDO_RE.search(text, start, end):
            if not _AIRCRAFT_WORDS_RE.search(text, start, end):
                cues = [
                    Cue("ground_combat", c.start, c.end, c.factual) if c.event == "air_defense" else c
                    for c in cues
                ]
    # « L'assaut le plus lourd a frappé la région de Briansk, où 14 drones ont été détruits »: an assault
    # of drones shot down, told with no troops, is that air defence
    if "assaut" in low and any(c.event == "air_defense" and c.factual for c in cues):
        cues = [
            Cue("air_defense", c.start, c.end, c.factual)
            if c.event == "ground_combat"
            and text[c.start : c.start + 6].lower() == "assaut"
            and not _GROUND_FORCES_RE.search(text, start, end)
            and not _TROOPS_RE.search(text, start, end)
            else c
            for c in cues
        ]
    if (
        "drone" in low
        and any(c.event == "air_defense" for c in cues)
        and _SEA_DRONE_RE.search(text, start, end)
    ):
        # « un drone de surface à la dérive, neutralisé par des démineurs près de Mangalia »: a boat made
        # safe by a controlled blast, not an aircraft shot down
        cues = [
            Cue("explosion", c.start, c.end, c.factual)
            if c.event == "air_defense"
            and low[c.start - start : c.start - start + 8] == "neutrali"
            and not _FIGHTING_BACK_RE.search(text, start, end)
            else c
            for c in cues
        ]
    if ("viseur" in low or "ligne de mire" in low) and _AIM_RE.search(text, start, end):
        # « forte de sa percée, la brigade garde Melitopol dans sa ligne de mire »
        cues = [Cue(c.event, c.start, c.end, False) for c in cues]
    if any(c.generic for c in cues):
        # « ces mêmes groupes avaient mené un raid de deux jours dans le district »: a raid by armed
        # groups on the ground
        # « les troupes ennemies ont attaqué Pokrovsk et Myrnohrad ; leurs assauts ont échoué »:
        # troops attacking towns, with no weapon and their assaults told, fight
        if (
            "attaqu" in low
            and _ASSAULTS_RE.search(text, start, end)
            and not _AIRCRAFT_WORDS_RE.search(text, start, end)
        ):
            cues = [
                Cue("ground_combat", c.start, c.end, c.factual)
                if c.generic
                and "attaqu" in text[c.start : c.end]
                and _TROOPS_SUBJECT_BEFORE_RE.search(text, max(start, c.start - 40), c.start)
                else c
                for c in cues
            ]
        # « repousser l'attaque d'un groupe de sabotage à Tiotkino »: an attack by men on foot
        if "attaqu" in low and ("divers" in low or "sabot" in low or "command" in low or "combattant" in low):
            cues = [
                Cue("ground_combat", c.start, c.end, c.factual)
                if c.generic and _ATTACK_BY_COMMANDOS_RE.match(text, c.start, end)
                else c
                for c in cues
            ]
        if "raid" in low and _GROUND_RAIDERS_RE.search(text, start, end):
            cues = [
                Cue("ground_combat", c.start, c.end, c.factual)
                if c.generic and text[c.start : c.start + 4].lower() == "raid"
                else c
                for c in cues
            ]
        # « repousser des tentatives d'incursion …, des attaques revendiquées par des combattants »,
        # « avoir repoussé des tentatives de percée … et avoir détruit plusieurs blindés »: attacks and
        # destruction with no weapon named, told with ground fighting, are that fighting
        if any(c.event == "ground_combat" and c.factual for c in cues):
            cues = [
                Cue("ground_combat", c.start, c.end, c.factual)
                if c.generic and text[c.start : c.start + 6].lower() in ("attaqu", "détrui")
                else c
                for c in cues
            ]
    # « un drone a largué un engin explosif sur un bus », « l'explosion d'une munition larguée par un
    # drone »: the blast is what the drop carried, one drone strike
    drops = [
        c
        for c in cues
        if c.event == "drone_strike"
        and c.factual
        and low[c.start - start : c.start - start + 5] in ("largu", "larga")
    ]
    if drops:
        cues = [
            c
            for c in cues
            if not (
                c.event == "explosion"
                and c.factual
                and any(0 <= c.start - d.end < _DROP_GAP or 0 <= d.start - c.end < _DROP_GAP for d in drops)
            )
        ]
    # « l'armée aurait tiré 80 fois sur la région, visant notamment X »: the targets of that strike
    for k, c in enumerate(cues):
        if c.generic and text[c.start : c.start + 6].lower() == "visant":
            before = [b for b in cues if b.end <= c.start and b.factual and b.event in _STRIKE_EVENTS]
            if before:
                cues[k] = Cue(before[-1].event, c.start, c.end, c.factual, before[-1].generic)
    # « hospitalisée pour traumatismes liés à l'explosion », « blessures dues à l'explosion »: the
    # wounds of a strike told, not an event of its own
    if "explos" in low:
        cues = [
            c
            for c in cues
            if not (
                c.event == "explosion" and _WOUNDS_BEFORE_RE.search(text, max(start, c.start - 45), c.start)
            )
        ]
    # « une entrée jonchée de débris », « des secouristes autour de débris »: rubble, not the debris
    # of an aircraft, when nothing in the sentence falls, is found or names a weapon
    if "débris" in low and (not _AIRCRAFT_DEBRIS_RE.search(low) or _RUBBLE_RE.search(low)):
        cues = [
            c
            for c in cues
            if not (
                c.event == "debris"
                and low[c.start - start : c.end - start] == "débris"
                and not _DEBRIS_AT_RE.match(text, c.end)
            )
        ]
    # « des fragments d'un drone abattu sont tombés »: the debris are the event, the interception
    # only says where they come from
    debris_ends = [c.end for c in cues if c.event == "debris" and c.factual]
    if debris_ends:
        cues = [
            c
            for c in cues
            if not (
                c.event == "air_defense"
                and any(
                    0 <= c.start - e <= 2
                    or (0 <= c.start - e <= 30 and _OF_WEAPON_RE.fullmatch(text, e, c.start))
                    for e in debris_ends
                )
            )
        ]
    # a fire caused by a strike, an explosion or falling debris is kept with its cause
    if any(
        c.event in ("missile_strike", "drone_strike", "shelling", "explosion", "debris") and c.factual
        for c in cues
    ):
        cues = [c for c in cues if c.event != "fire"]
    # « L'attaque sur X survient après la frappe … sur Y », « Cette frappe intervient alors
    # que … »: the event already told, as the subject that dates another (no event of its own)
    if "vien" in low or "venu" in low:
        cues = [
            Cue(c.event, c.start, c.end, False, c.generic)
            if c.factual
            and _THIS_EVENT_BEFORE_RE.fullmatch(text, start, c.start)
            and _COMES_AFTER_RE.match(text, c.end, end)
            else c
            for c in cues
        ]
    cues.sort(key=lambda c: c.start)
    if "ouvert le feu" in low and any(c.event in ("sabotage", "ground_combat") and c.factual for c in cues):
        # « un commando entré dans le hameau a ouvert le feu sur un camion »: the
        # group's own fire, not artillery
        cues = [
            c
            for c in cues
            if not (c.event == "shelling" and "ouvert le feu" in text[c.start : c.end + 14].lower())
        ]
    if "parmi" in low and _AMONG_DOWNED_RE.match(text, start):
        # « Parmi les drones abattus, 30 ont survolé la région de Toula »: the count of those shot
        # down, per region
        cues = [
            Cue("air_defense", c.start, c.end, c.factual, False) if c.event == "other" else c for c in cues
        ]
    if "similaire" in low:
        # « avoir abattu des drones …, après des attaques similaires les 3 et 7 août »: the attacks are
        # of the kind just told
        for k, c in enumerate(cues):
            if c.generic and k > 0 and SIMILAR_AFTER_RE.match(text, c.end) and not cues[k - 1].generic:
                cues[k] = Cue(cues[k - 1].event, c.start, c.end, c.factual, False)
    if "attaqu" in low:
        # « des colonnes de chars ont attaqué le village »: the column is the assault's
        # force, not a deployment of its own
        cues = [
            c
            for k, c in enumerate(cues)
            if not (
                c.event == "troop_deployment"
                and k + 1 < len(cues)
                and cues[k + 1].event == "ground_combat"
                and cues[k + 1].factual
                and _FORCE_ATTACKS_RE.fullmatch(text, c.end, cues[k + 1].end) is not None
            )
        ]
    # « une frappe de missiles a touché »: one strike, not two
    out: list[Cue] = []
    for c in cues:
        if out and c.event == out[-1].event and c.factual == out[-1].factual and c.start - out[-1].end < 40:
            continue
        out.append(c)
    return out


def _nationality_spans_plain(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, code) of every nationality pattern's matches in ``sentence``, sorted: as first
    written (for the equivalence test of :func:`_nationality_spans`)."""
    out = []
    for code, rx in _NATIONALITY:
        for m in rx.finditer(sentence):
            out.append((m.start(), m.end(), code))
    out.sort()
    return out


class _NationalityScan:
    """The nationality words of a sentence, looked for only where one of them begins.

    Each pattern ``\\b(?:A|B|…)\\b`` has a literal run per alternative that every match of it
    contains (:attr:`PrunedAlternation.runs`, lower case); in these patterns every alternative
    begins with its run (« russes? » with « russe », « Corée\\s+du\\s+Nord » with « corée »,
    checked when the scan is built). So a match can only start where a run begins in the
    lower-cased sentence, which one Aho-Corasick pass finds; the pattern is tried there
    (``match`` at that position, in increasing order, skipping positions inside the last match:
    what ``finditer`` finds, without trying the pattern at every other position). A pattern whose
    alternatives do not all begin with their run is run whole, and so is every pattern in a
    sentence holding a character of :data:`CASE_EXOTIC` (whose lower case may not line up).
    """

    def __init__(self, table: list[tuple[str, re.Pattern[str]]]) -> None:
        import ahocorasick

        self._table = table
        self._whole: list[int] = []
        by_run: dict[str, list[int]] = {}
        for k, (_code, rx) in enumerate(table):
            runs = PrunedAlternation(rx).runs
            if runs is None or not _runs_begin_alternatives(rx, runs):
                self._whole.append(k)
                continue
            for run in dict.fromkeys(runs):
                by_run.setdefault(run, []).append(k)
        self._automaton = ahocorasick.Automaton()
        for run, ks in by_run.items():
            self._automaton.add_word(run, (len(run), tuple(ks)))
        self._automaton.make_automaton()

    def spans(self, sentence: str) -> list[tuple[int, int, str]]:
        """What :func:`_nationality_spans_plain` returns."""
        table = self._table
        out = []
        if case_exotic(sentence):
            whole: Iterable[int] = range(len(table))
        else:
            whole = self._whole
            starts: dict[int, set[int]] = {}
            for end, (length, ks) in self._automaton.iter(sentence.lower()):
                for k in ks:
                    starts.setdefault(k, set()).add(end - length + 1)
            for k, positions in starts.items():
                code, rx = table[k]
                last = 0
                for pos in sorted(positions):
                    if pos >= last:
                        m = rx.match(sentence, pos)
                        if m is not None:
                            out.append((m.start(), m.end(), code))
                            last = m.end()
        for k in whole:
            code, rx = table[k]
            for m in rx.finditer(sentence):
                out.append((m.start(), m.end(), code))
        out.sort()
        return out


def _runs_begin_alternatives(rx: re.Pattern[str], runs: tuple[str | None, ...]) -> bool:
    """Does every alternative of ``rx`` (``\\b(?:A|B|…)\\b``) begin with its literal run, and can
    no match be empty?"""
    from re import _constants as c
    from re import _parser  # type: ignore[attr-defined]

    from gazetteer._regex import _outer_group_body, _split_top

    body = _outer_group_body(rx.pattern, r"\b(?:", r")\b")
    if body is None:
        return False
    alternatives = _split_top(body)
    if len(alternatives) != len(runs):
        return False
    for alt, run in zip(alternatives, runs, strict=True):
        if not run:
            return False
        head = _parser.parse(alt, rx.flags).data[: len(run)]
        if len(head) != len(run) or any(
            op is not c.LITERAL or chr(av).lower() != ch for (op, av), ch in zip(head, run, strict=True)
        ):
            return False
    return True


def _nationality_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, code) of the nationality words of ``sentence`` (no cache: a sentence is read
    once per call; see :class:`_NationalityScan` for the fast path)."""
    return _NATIONALITY_SCAN.spans(sentence)


def nationality_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, ISO code) of nationality words and state names in ``text[start:end]``.

    The extractor asks this of a sentence several times in a row (once per incident drafted, once
    more in :func:`actor_near`): the answer for the last ``(text, start, end)`` asked is kept,
    the text recognised by identity, not by content. Only consecutive questions about the same
    sentence of the same text object share an answer, never two articles (nor the same article
    extracted again after another one).
    """
    last = _LAST_NATIONALITY
    if last is not None and last[0] is text and last[1] == start and last[2] == end:
        return list(last[3])
    spans = [(a + start, b + start, code) for a, b, code in _nationality_spans(text[start:end])]
    _remember_nationality((text, start, end, spans))
    return list(spans)


#: (text, start, end, spans) of the last call of :func:`nationality_spans`
_LAST_NATIONALITY: tuple[str, int, int, list[tuple[int, int, str]]] | None = None


def _remember_nationality(entry: tuple[str, int, int, list[tuple[int, int, str]]]) -> None:
    global _LAST_NATIONALITY
    _LAST_NATIONALITY = entry


_OPPOSITE = {"RU": "UA", "UA": "RU"}
_WEAPON_OR_ATTACKER = (
    r"(?:missiles?|drones?|frappes?|attaques?|obus|roquettes?|bombardements?|tirs?|bombes?|raids?|salves?|"
    r"forces|troupes|soldats|militaires|armée|aviation|avions?|chasseurs?|hélicoptères?|unités|offensive|"
    r"débris|fragments?|engins?|appareils?|projectiles?|artillerie|marine|flotte|saboteurs?|commandos?|"
    r"Shahed|Iskander|Kalibr|Kinjal|ATACMS|Storm\s+Shadow|HIMARS)"
)
#: « missiles de croisière ukrainiens »: the weapon or attacker, then up to three words, then the nationality
_ATTACHED_BEFORE_RE = re.compile(
    r"(?:\b"
    + _WEAPON_OR_ATTACKER
    + r"(?:\s+(?!contre\b|sur\b|vers\b)[\w’'-]+){0,3}\s+|\bpar\s+(?:l[’']\s*|la\s+|le\s+|les\s+)?"
    r"(?:(?:armée|forces|aviation|marine)\s+)?)$",
    _I,
)
_TARGET_BEFORE_RE = re.compile(
    r"\b(?:contre|visant|sur)\s+(?:(?:les|la|le|l[’']|des|ses|leurs)\s*)?(?:\S+\s+){0,2}$", _I
)


def actor_near(
    text: str,
    start: int,
    end: int,
    cue: Cue,
    *,
    place_country: str | None = None,
    exclude: list[tuple[int, int]] | None = None,
) -> str | None:
    """The side that carried out the event of ``cue`` (ISO code), from nationality words.

    Interceptions belong to the side that shot the weapons down (« drones
    ukrainiens abattus » → RU); strikes and explosions with no nationality
    word default to the other side of the place's country (UA ↔ RU).
    """
    if cue.event == "meeting":
        return None
    spans = nationality_spans(text, start, end)
    if exclude:
        # the places where the event happened are not its actor (« une attaque sur Kiev »)
        spans = [s for s in spans if not any(a <= s[0] < b for a, b in exclude)]
    # the target is not the actor: « contre les forces ukrainiennes », « contre la Russie »
    spans = [s for s in spans if not _TARGET_BEFORE_RE.search(text, max(start, s[0] - 45), s[0])]
    # a nationality on the weapon or the attacker decides: « missiles de croisière ukrainiens »,
    # « des drones russes », « une attaque ukrainienne », « par l'armée russe », « soldats nord-coréens »
    attached = [s for s in spans if _ATTACHED_BEFORE_RE.search(text, max(start, s[0] - 45), s[0])]
    if attached and cue.event != "air_defense":
        return min(attached, key=lambda s: abs(s[0] - cue.start))[2]
    if cue.event == "debris":
        # the finder of the debris is not its actor (« sur la rive roumaine »)
        return _OPPOSITE.get(place_country or "")
    if cue.event == "air_defense":
        near = [s for s in spans if abs(s[0] - cue.start) < 40]
        if near:
            code = min(near, key=lambda s: abs(s[0] - cue.start))[2]
            return _OPPOSITE.get(code, code)
        return place_country if place_country in _OPPOSITE else None
    if cue.event == "arms_transfer":
        before = [s for s in spans if s[1] <= cue.start]
        if before:
            return before[-1][2]
        return None
    if not spans:
        if cue.event in ("missile_strike", "drone_strike", "shelling", "debris"):
            return _OPPOSITE.get(place_country or "")
        return None
    code = min(spans, key=lambda s: abs(s[0] - cue.start))[2]
    return code


#: (built from the patterns as written, before guard_all; it reads the table, guarded in place, when run)
_NATIONALITY_SCAN = _NationalityScan(_NATIONALITY)
guard_all(globals())  # same matches, faster scans (see gazetteer._regex)
