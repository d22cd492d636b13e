"""Eighty-one sets of dispatches written by team members who did not read the extractor.

Each set (``tests/extract/blind*/``: 8 or 10 dispatches and a gold file in the seeds' format) was
written without looking at the extractor's code, tests or outputs, committed, and scored once
before any rule was changed because of it. That first score is the honest estimate of how the
extractor does on articles it was not built on. Rules were then added while looking at each
set's errors (general patterns of French press writing, never strings of the dispatches), so
the sets are no longer blind; the thresholds below keep today's figures from
slipping.

| set | scored blind (code of) | incident F1 blind | today: toponym F1, 161 km, incident F1 |
|---|---|---|---|
| blind  | 243e8b6 (before the accuracy work) | 0.370 | 0.996, 0.984, 0.795 |
| blind2 | a7da2f1 | 0.750 | 1.000, 1.000, 0.895 |
| blind3 | b5d0e28 | 0.719 | 0.996, 1.000, 0.833 |
| blind4 | 64d58ed | 0.622 | 0.994, 0.991, 0.874 |
| blind5 | 6fc6d01 | 0.591 | 0.988, 0.994, 0.868 |
| blind6 | c0becf3 (scraped-page style) | 0.703 | 0.990, 1.000, 0.883 |
| blind7 | 1bb9c42 | 0.739 | 0.985, 1.000, 0.903 |
| blind8 | 1d27dee (session 6 start) | 0.630 | 0.988, 0.996, 0.862 |
| blind9 | 958e31c (1d27dee: 0.711) | 0.724 | 0.993, 1.000, 0.852 |
| blind10 | d563e4d (1d27dee: 0.658) | 0.706 | 0.994, 0.992, 0.833 |
| blind11 | 6322249 (1d27dee: 0.706) | 0.701 | 0.983, 0.996, 0.860 |
| blind12 | f5825d2 (1d27dee: 0.761) | 0.784 | 0.987, 0.989, 0.900 |
| blind13 | f062b8d (1d27dee: 0.696) | 0.713 | 0.990, 1.000, 0.833 |
| blind14 | fe7a997 (3b750a7, session 7 start: 0.742) | 0.740 | 0.993, 0.993, 0.863 |
| blind15 | fe7a997 (3b750a7: 0.727) | 0.746 | 0.976, 0.997, 0.851 |
| blind16 | d6ca85d, uncommitted then (e9fddb3, session 8 start: 0.718) | 0.724 | 0.977, 0.993, 0.872 |
| blind17 | d6ca85d, uncommitted then (e9fddb3: 0.783) | 0.783 | 0.985, 0.996, 0.893 |
| blind18 | 0a71a95 (e9fddb3: 0.734) | 0.722 | 0.982, 0.986, 0.838 |
| blind19 | 0a71a95 (e9fddb3: 0.728) | 0.728 | 0.988, 0.997, 0.860 |
| blind20 | 3b35cb4 (e9fddb3: 0.775) | 0.775 | 0.983, 0.993, 0.857 |
| blind21 | 3b35cb4 (e9fddb3: 0.750) | 0.764 | 0.985, 1.000, 0.856 |
| blind22 | f3be482 (e9fddb3: 0.687) | 0.716 | 0.982, 0.997, 0.798 |
| blind23 | f3be482 (e9fddb3: 0.707) | 0.734 | 0.991, 0.997, 0.828 |
| blind24 | a42a47f (e9fddb3: 0.788) | 0.808 | 0.987, 1.000, 0.894 |
| blind25 | a42a47f (e9fddb3: 0.775) | 0.813 | 0.984, 0.993, 0.882 |
| blind26 | 66be752 (e9fddb3: 0.663) | 0.678 | 0.985, 0.997, 0.738 |
| blind27 | 66be752 (e9fddb3: 0.771) | 0.756 | 0.995, 0.996, 0.857 |
| blind28 | 5660a3b (e9fddb3: 0.733) | 0.737 | 0.992, 1.000, 0.835 |
| blind29 | 5660a3b (e9fddb3: 0.787) | 0.789 | 0.984, 0.978, 0.855 |
| blind30 | ca55b87 (a281e09, session 9 start: 0.802) | 0.802 | 0.987, 0.996, 0.870 |
| blind31 | ca55b87 (a281e09: 0.777) | 0.777 | 0.976, 0.997, 0.849 |
| blind32 | 185f301 (a281e09: 0.675) | 0.675 | 0.991, 0.993, 0.793 |
| blind33 | 185f301 (a281e09: 0.667) | 0.667 | 0.987, 0.997, 0.789 |
| blind34 | 25ff768 (a281e09: 0.796) | 0.775 | 0.992, 0.990, 0.833 |
| blind35 | 25ff768 (a281e09: 0.722) | 0.722 | 0.983, 0.977, 0.828 |
| blind36 | 53007ac (a281e09: 0.731) | 0.718 | 0.991, 0.991, 0.775 |
| blind37 | 53007ac (a281e09: 0.749) | 0.749 | 0.990, 0.989, 0.860 |
| blind38 | a26aea8, session 10 start, rules only (with the classifier of d30cf75: 0.773) | 0.753 | 0.991, 0.991, 0.846 |
| blind39 | a26aea8, session 10 start, rules only (with the classifier of d30cf75: 0.763) | 0.737 | 0.980, 0.979, 0.831 |
| blind40 | a26aea8, session 10 start, rules only (with the classifier of d30cf75: 0.802) | 0.798 | 0.982, 0.993, 0.864 |
| blind41 | a26aea8, session 10 start, rules only (with the classifier of d30cf75: 0.768) | 0.761 | 0.990, 0.990, 0.841 |
| blind42 | a26aea8, rules only (with the classifier of d30cf75: 0.743) | 0.730 | 0.985, 0.994, 0.803 |
| blind43 | a26aea8, rules only (with the classifier of d30cf75: 0.806) | 0.769 | 0.979, 0.987, 0.836 |
| blind44 | a26aea8, rules only (with the classifier of d30cf75: 0.753) | 0.734 | 0.981, 0.984, 0.838 |
| blind45 | a26aea8, rules only (with the classifier of d30cf75: 0.730) | 0.734 | 0.979, 0.982, 0.759 |
| blind46 | a26aea8, rules only (with the shipped classifier of b463238: 0.808) | 0.786 | 0.988, 0.993, 0.902 |
| blind47 | a26aea8, rules only (with the shipped classifier of b463238: 0.780) | 0.775 | 0.989, 0.991, 0.828 |
| blind48 | a26aea8, rules only (with the shipped classifier of b463238: 0.810) | 0.788 | 0.978, 0.989, 0.859 |
| blind49 | a26aea8, rules only (with the shipped classifier of b463238: 0.800) | 0.779 | 0.994, 0.992, 0.883 |
| blind50 | 3147af2, session 11 start, rules only (with the shipped classifier: 0.813) | 0.804 | 0.984, 0.997, 0.847 |
| blind51 | 3147af2, rules only (with the shipped classifier: 0.768) | 0.759 | 0.989, 0.997, 0.825 |
| blind52 | 3147af2, rules only (with the shipped classifier: 0.802) | 0.784 | 0.983, 0.997, 0.865 |
| blind53 | 3147af2, rules only (with the shipped classifier: 0.735) | 0.727 | 0.981, 0.990, 0.827 |
| blind54 | ae5ae8f, session 12 start, rules only (with the shipped classifier: 0.806) | 0.780 | 0.987, 1.000, 0.881 |
| blind55 | ae5ae8f, rules only (with the shipped classifier: 0.733) | 0.689 | 0.991, 0.996, 0.864 |
| blind56 | ae5ae8f, rules only (with the shipped classifier: 0.820) | 0.811 | 0.991, 0.991, 0.873 |
| blind57 | ae5ae8f, rules only (with the shipped classifier: 0.755) | 0.749 | 0.990, 0.986, 0.808 |
| blind58 | 7cadf19, session 13 start, rules only (with the shipped classifier: 0.856) | 0.831 | 0.996, 1.000, 0.894 |
| blind59 | 7cadf19, rules only (with the shipped classifier: 0.767) | 0.749 | 0.988, 0.990, 0.816 |
| blind60 | 7cadf19, rules only (with the shipped classifier: 0.826) | 0.812 | 0.972, 0.991, 0.850 |
| blind61 | 7cadf19, rules only (with the shipped classifier: 0.816) | 0.789 | 0.980, 0.992, 0.882 |
| blind62 | d1d6c5d, session 13, rules only (with the shipped classifier: 0.813) | 0.796 | 0.992, 0.993, 0.886 |
| blind63 | d1d6c5d, rules only (with the shipped classifier: 0.777) | 0.765 | 0.977, 0.996, 0.851 |
| blind64 | d1d6c5d, rules only (with the shipped classifier: 0.754) | 0.724 | 0.987, 0.990, 0.802 |
| blind65 | d1d6c5d, rules only (with the shipped classifier: 0.841) | 0.821 | 0.993, 0.996, 0.913 |
| blind66 | 4f62253, session 14 start, rules only (with the shipped classifier: 0.758) | 0.766 | 0.988, 0.994, 0.811 |
| blind67 | 4f62253, rules only (with the shipped classifier: 0.751) | 0.731 | 0.985, 0.993, 0.816 |
| blind68 | 4f62253, rules only (with the shipped classifier: 0.796) | 0.783 | 0.982, 0.986, 0.837 |
| blind69 | 4f62253, rules only (with the shipped classifier: 0.751) | 0.716 | 0.980, 0.992, 0.832 |
| blind70 | 4f62253, rules only (with the shipped classifier: 0.814) | 0.785 | 0.988, 1.000, 0.837 |
| blind71 | 4f62253, rules only (with the shipped classifier: 0.780) | 0.745 | 0.986, 0.996, 0.836 |
| blind72 | 4f62253, rules only (with the shipped classifier: 0.724) | 0.724 | 0.981, 0.987, 0.756 |
| blind73 | 4f62253, rules only (with the shipped classifier: 0.762) | 0.750 | 0.988, 1.000, 0.789 |
| blind74 | e0f8e68, rules only (with the shipped classifier: 0.764) | 0.768 | 0.979, 0.990, 0.861 |
| blind75 | e0f8e68, rules only (with the shipped classifier: 0.832) | 0.819 | 0.981, 0.994, 0.857 |
| blind76 | e0f8e68, rules only (with the shipped classifier: 0.742) | 0.717 | 0.980, 0.993, 0.793 |
| blind77 | e0f8e68, rules only (with the shipped classifier: 0.725) | 0.720 | 0.990, 0.997, 0.821 |
| blind78 | e0f8e68, rules only (with the shipped classifier: 0.670) | 0.653 | 0.991, 0.982, 0.793 |
| blind79 | e0f8e68, rules only (with the shipped classifier: 0.737) | 0.715 | 0.982, 0.985, 0.843 |
| blind80 | e0f8e68, rules only (with the shipped classifier: 0.789) | 0.783 | 0.982, 0.997, 0.838 |
| blind81 | e0f8e68, rules only (with the shipped classifier: 0.732) | 0.731 | 0.987, 0.987, 0.808 |

Session 8 wrote two sets at a time and scored each pair on arrival, then fitted rules to it before
the next pair came: the fourteen sets blind16–29 score 0.752 on average on arrival (0.743 with the
code the session started from), between 0.678 and 0.813. blind18 and blind19 were scored a second
time at 87c59b7, still before any rule was fitted to them: 0.730 and 0.724.

Session 9 wrote eight more (blind30–37), two at a time, scored each pair on arrival and then fitted
rules to it: on arrival they score 0.736 on average (0.740 with the code the session started
from), between 0.667 and 0.802; pooled over their 80 dispatches P 0.758, R 0.716, F1 0.736. The
rules fitted this session raised the pooled figure of the sets they were fitted to, not the figure
of the sets that came after them.

Session 10 added the mention classifier (``geo.learn``) and wrote eight sets (blind38–45) that no
rule was fitted to. Trained on all sets but the one scored (leave-one-set-out over data and
blind…blind41), the classifier raises the pooled incident F1 from 0.791 to 0.802. The eight new
sets were scored on arrival with the session's starting code (the rules only, a26aea8) and with
the classifier trained on data and blind…blind37 only (d30cf75), before any of them was trained on:

| sets | rules only: P, R, F1 | with the classifier: P, R, F1 |
|---|---|---|
| blind38–41 (40 dispatches) | 0.784, 0.740, 0.761 | 0.782, 0.769, 0.776 |
| blind42–45 (40 dispatches) | 0.750, 0.733, 0.741 | 0.748, 0.768, 0.758 |
| pooled (80 dispatches) | 0.767, 0.737, 0.752 | 0.765, 0.769, 0.767 |

The shipped classifier was then trained on data and blind…blind45, so the "today" figures of those
sets are in-sample for it. Four more sets (blind46–49) were written after it was committed
(b463238) and scored on arrival; nothing was trained on or fitted to them:

| sets | rules only: P, R, F1 | with the shipped classifier: P, R, F1 |
|---|---|---|
| blind46–49 (40 dispatches) | 0.799, 0.766, 0.782 | 0.793, 0.807, 0.800 |
| all twelve sets blind38–49 (120 dispatches) | 0.777, 0.746, 0.761 | 0.774, 0.781, 0.778 |

Session 11 wrote four more sets (blind50–53) and scored them on arrival with the session's starting
code (3147af2: the same shipped classifier, trained on data and blind…blind45). No rule was fitted
and nothing was trained on them, nor on blind46–49: a classifier retrained with blind46–49 scored
the same on blind50–53 (F1 0.779) and one false positive worse on the seeds (0.975 against 0.987),
so the shipped one was kept. Publication dates read from time-stamped bylines (« Le Progrès -
07 nov. 2023 à 11:48 », « 26.10.2023, 19:15 », added afterwards from the earlier sets' misses) then
raised pooled date accuracy on the seeds, data and blind…blind49 from 0.780 to 0.810, incident F1
unchanged (0.838), and, on these four sets, blind52's from 0.718 to 0.791 (its incident F1 from
0.802 to 0.808; the other three unchanged). Dating the undated events of a daily report
(« au cours de la journée écoulée », « la journée d'hier ») to the day before its publication, also
drawn from the earlier sets (the annotator of blind50 had described the same convention in the
notes of their set), raised pooled date accuracy from 0.812 to 0.827 on the earlier sets and from
0.732 to 0.784 on blind50–53 (blind50 0.701 to 0.897), incident F1 unchanged.

| sets | rules only: P, R, F1 | with the shipped classifier: P, R, F1 |
|---|---|---|
| blind50–53 (40 dispatches) | 0.798, 0.740, 0.768 | 0.786, 0.772, 0.779 |
| blind46–53, unseen by the shipped classifier (80 dispatches) | 0.798, 0.752, 0.775 | 0.789, 0.788, 0.789 |

Over all sixteen sets scored before any classifier was trained on them (blind38–53, 160
dispatches; blind38–45 with the classifier of d30cf75): rules only P 0.783, R 0.745, F1 0.763;
with the classifier P 0.777, R 0.779, F1 0.778. Set by set with the classifier: 0.730 to 0.813,
thirteen of sixteen at or above 0.75.

Session 12 wrote four more sets (blind54–57) and scored each on arrival with the session's starting
code (ae5ae8f, the same shipped classifier). Rules drawn meanwhile from blind38–53 (a blast a drone
dropped is its strike, shells fired « depuis les environs de X » do not strike X, villages listed
in one sentence are each an incident, « détruit par des drones », « ont fait sauter », « des
impacts ont été enregistrés ») moved the four new sets from 0.780 to 0.782 pooled, with the
classifier; blind55's errors were then read, which added Zolota Balka to the villages table and
« la défense antiaérienne a été active au-dessus de » (blind55 0.733 on arrival, 0.759 after).
The villages-in-a-list rule cost blind6 one match (0.866 to 0.857, its floor lowered to 0.85) and
gained ten elsewhere. Last, blasts that people of a Romanian or Moldovan border town say they heard
were no longer placed there (drawn from the false positives of all sets, blind57's among them):
blind55 0.759 to 0.771, blind57 0.761 to 0.769; a strike taking the weapon named right after it
(« blessées par des tirs d'artillerie ») then raised blind55 to 0.781.

| sets | rules only: P, R, F1 | with the shipped classifier: P, R, F1 |
|---|---|---|
| blind54–57 on arrival (40 dispatches) | 0.788, 0.733, 0.759 | 0.790, 0.770, 0.780 |

Over all twenty sets scored before any classifier was trained on them (blind38–57, 200
dispatches): rules only F1 0.763, with the classifier 0.778 (pooled from the rounded precision and
recall of the sixteen earlier sets and the counts of the four new ones); sixteen of twenty sets at
or above 0.75 with the classifier.

Session 13 wrote four more sets (blind58–61) and scored each on arrival with the session's starting
code (7cadf19, the same shipped classifier): rules only P 0.837, R 0.759, F1 0.796; with the
classifier P 0.837, R 0.797, F1 0.817 (0.856, 0.767, 0.826, 0.816 set by set). Rules drawn meanwhile
from the earlier sets (reinforcements and troops dug in as deployments, attacks counted on a front as
assaults, blasts reported from across the border) moved only blind61 (0.816 to 0.818). Their errors
were then read: a homonym next to a place named in the same sentence, a given name before a
surname in capitals and « Santé », « Mes » as common words, Lipcani, Tolsty Lug, Posad-Pokrovske and
the Khalino airfield added to the tables, a morning report on « les dernières 24 heures » dated to the
day before and relative days under a dated entry counted from its day moved blind59 to 0.777,
blind60 to 0.831 (its dates from 0.626 to 0.850) and blind61 to 0.834.
Over the twenty-four sets scored before any classifier was trained on them (blind38–61, 240
dispatches): rules only F1 0.768, with the classifier 0.785 (P 0.789, R 0.781; pooled as above);
twenty of twenty-four sets at or above 0.75 with the classifier.

Four more sets (blind62–65) were commissioned once those rules were committed (d1d6c5d) and scored on
arrival with that code: rules only P 0.830, R 0.727, F1 0.775; with the classifier P 0.828, R 0.765,
F1 0.795 (0.813, 0.777, 0.754, 0.841 set by set). The session's starting code (7cadf19) scores them
0.776 and 0.796: the session's incident rules made no difference on new text, while their dates
went from 0.829 to 0.850 (the morning-report and dated-entry rules) and toponym F1 rose a little.
Over the twenty-eight sets blind38–65 (280 dispatches): rules only F1 0.769, with the classifier
0.786 (P 0.794, R 0.778); twenty-four of twenty-eight at or above 0.75.

Session 14 wrote eight sets at once (blind66–73, briefs naming other outlets and more villages) and
scored each on arrival with the session's starting code (4f62253): rules only P 0.758, R 0.742,
F1 0.750; with the shipped classifier P 0.757, R 0.775, F1 0.766 (0.758, 0.751, 0.796, 0.751, 0.814,
0.780, 0.724, 0.762 set by set), lower than the earlier rounds. A classifier retrained on data and
blind…blind65 scored 0.768 on them and one false positive worse on the seeds: the shipped one was
kept. Two changes made afterwards: a rule incident at a village no longer keeps the classifier from
its neighbour town 3–10 km away (Soudja and Martynovka: two places, as the rules already count
them), which raised the pooled figure of all sets but the seeds from 0.827 to 0.830 (79 more
matches, 129 more incidents; blind66–73 0.766 to 0.770) and lowered a few sets' dates (floors of
blind2, blind5, blind9, blind52 and blind63 lowered by 0.01–0.02); and the coordinates of Cobasna and
Martynovka (20 and 11 km off) and two resolver rules (« la base Mihail Kogălniceanu »: the air base;
« X, près de Y »: the homonym of X within 80 km of Y), toponyms only. Deployment phrasings drawn
from blind66–73's misses (units rotated, settled, committed, a garrison « stationne ») were tried and
left out: seven more matches on these sets, one fewer and nine more incidents on all the others.

Session 15 wrote eight more (blind74–81, briefs naming other outlets, digests of regional
administrations and more villages) and scored each on arrival with the session's starting code
(e0f8e68): rules only P 0.766, R 0.714, F1 0.739; with the shipped classifier (trained on data and
blind…blind45) P 0.753, R 0.747, F1 0.750 (0.764, 0.832, 0.742, 0.725, 0.670, 0.737, 0.789, 0.732 set
by set: three of eight at or above 0.75), the lowest round since blind30–37. A classifier trained
on data and blind…blind73 before these sets arrived scored P 0.760, R 0.768, F1 0.764 on them (0.771,
0.847, 0.762, 0.741, 0.703, 0.752, 0.789, 0.742; five of eight at or above 0.75), the seeds unchanged
(0.987). The shipped classifier was then retrained on data and blind…blind81 (18,366 mentions): the
"today" column is in-sample for every set but the seeds. Pooled over all sets but the seeds it moves
from 0.824 to 0.844; nineteen older sets lose 0.001–0.013 and a few sets' dates 0.01–0.03 (their
floors lowered to match). Over the forty-four sets blind38–81 (440 dispatches) on arrival: with the
classifier of the day about 0.776 (P 0.780, R 0.772); thirty-four of forty-four at or above 0.75.
On 2026-11-22, on a fresh install and gazetteer build, blind4 and blind74 fell under their incident
floors with the code that had passed them (0.869 and 0.851: « New York » read as the Donetsk village
Niu-York); with the great-city rule tightened blind4 is back at 0.874 and blind74 reaches 0.857, its
floor lowered to 0.85. The likely cause was found in session 18: the build kept, for each folded
name, whichever spelling a set gave first, and a set's order changes with the interpreter's hash
seed, so two builds of the same tables could resolve differently. Builds are now the same every time
(``gazetteer.build.surfaces_in_order``). The same session added Stepanivka (Kherson) to the
tables: in b77_03 it is now placed right, and the learned step no longer keeps the drone strike told
at Antonivka two sentences before; blind77 went from 0.821 to 0.816, its floor lowered to 0.81.
Over the thirty-six sets blind38–73 (360 dispatches) on arrival: rules only F1 about 0.765, with
the classifier 0.782 (P 0.786, R 0.777; pooled as above); thirty-one of thirty-six at or above 0.75.
Session 22 added the war-zone villages of ``border_villages.csv``: in b76_05 (an article with no
date) « Druzhba » is now the Toretsk village and its shelling a match, undated like every incident
of that article; blind76's dates went from 0.653 to 0.644, its floor lowered to 0.64.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.articles import read_article
from geo.evaluate import load_gold, score
from geo.extract import extract

HERE = Path(__file__).resolve().parent

#: set → (toponym F1, accuracy within 161 km, incident F1, date accuracy): today's figures,
#: rounded down a little.
FLOORS = {
    "blind": (0.97, 0.97, 0.78, 0.96),
    "blind2": (0.97, 0.97, 0.89, 0.93),
    "blind3": (0.97, 0.97, 0.83, 0.86),
    "blind4": (0.97, 0.97, 0.87, 0.90),
    "blind5": (
        0.97,
        0.97,
        0.85,
        0.78,
    ),  # dates 0.79 → 0.78 (session 30: 0.786 after the round 21 consolidation)
    "blind6": (0.97, 0.97, 0.85, 0.85),
    "blind7": (0.97, 0.97, 0.90, 0.61),
    "blind8": (0.97, 0.97, 0.85, 0.82),
    "blind9": (0.97, 0.97, 0.84, 0.89),
    "blind10": (
        0.97,
        0.97,
        0.82,
        0.87,
    ),  # dates 0.89 → 0.88 (session 30: 0.887 after the round 21 consolidation); 0.88 → 0.87 (session
    # 31: 0.871, a weekly digest's day headings read as headings: its Pokrovsk fighting is matched with
    # another day's report)
    "blind11": (
        0.97,
        0.97,
        0.84,
        0.85,
    ),  # incident 0.85 → 0.84 (session 30: a drone strike at Isaccea now reads as its debris)
    # (dates 0.86 → 0.85, session 42: one incident more matched, the Kherson shelling a surgeon tells,
    # and its day and Oleshky's differ from the gold's)
    "blind12": (0.97, 0.97, 0.89, 0.69),
    "blind13": (0.97, 0.97, 0.82, 0.93),
    "blind14": (0.97, 0.97, 0.86, 0.89),
    "blind15": (0.97, 0.97, 0.84, 0.67),
    "blind16": (0.97, 0.97, 0.85, 0.83),
    "blind17": (
        0.97,
        0.97,
        0.89,
        0.75,
    ),  # dates 0.76 → 0.75 (session 30: 0.756 after the round 21 consolidation)
    "blind18": (0.97, 0.97, 0.82, 0.85),
    "blind19": (0.97, 0.97, 0.84, 0.82),
    "blind20": (0.97, 0.97, 0.85, 0.74),
    "blind21": (0.97, 0.97, 0.84, 0.87),
    # (0.79 before: detonations heard at Izmaïl now fold into its drone strike, and the greedy
    # matcher had paired that extra explosion with a gold « other » at Plauru, 3 km away)
    "blind22": (0.97, 0.97, 0.78, 0.88),
    "blind23": (0.97, 0.97, 0.81, 0.83),
    # (incident 0.88 → 0.87, session 42: debris found « à plusieurs reprises » in a sentence that tells
    # no time are read as earlier finds; the gold keeps two of them, at Nufăru and Victoria, undated)
    "blind24": (0.97, 0.97, 0.87, 0.83),
    "blind25": (0.97, 0.97, 0.87, 0.81),
    "blind26": (0.97, 0.97, 0.73, 0.77),
    "blind27": (0.97, 0.97, 0.83, 0.83),
    "blind28": (0.97, 0.97, 0.79, 0.87),
    "blind29": (0.97, 0.97, 0.84, 0.80),
    "blind30": (0.97, 0.97, 0.86, 0.87),
    "blind31": (0.97, 0.97, 0.83, 0.73),
    "blind32": (0.97, 0.97, 0.77, 0.83),
    "blind33": (0.97, 0.97, 0.78, 0.77),
    "blind34": (0.97, 0.97, 0.81, 0.80),
    "blind35": (0.97, 0.97, 0.82, 0.81),
    "blind36": (0.97, 0.97, 0.77, 0.79),
    "blind37": (0.97, 0.97, 0.83, 0.77),
    "blind38": (0.97, 0.97, 0.81, 0.80),
    "blind39": (0.97, 0.97, 0.82, 0.84),
    "blind40": (0.97, 0.97, 0.85, 0.71),
    "blind41": (0.97, 0.97, 0.83, 0.74),
    "blind42": (0.97, 0.97, 0.75, 0.85),
    "blind43": (0.97, 0.97, 0.83, 0.78),
    "blind44": (0.97, 0.97, 0.82, 0.81),
    "blind45": (0.97, 0.97, 0.75, 0.67),
    "blind46": (0.97, 0.97, 0.80, 0.79),
    "blind47": (0.97, 0.97, 0.77, 0.71),
    "blind48": (0.97, 0.97, 0.80, 0.83),
    # (one more match, its date wrong: 0.841 → 0.820; session 34: 0.813, « reprise deux jours plus tôt »
    # now dates Andriïvka two days before Klichtchiïvka, and the greedy scorer pairs that prediction with
    # Klichtchiïvka's gold line, a few km away)
    "blind49": (0.97, 0.97, 0.79, 0.81),
    "blind50": (0.97, 0.97, 0.80, 0.88),
    "blind51": (0.97, 0.97, 0.75, 0.72),
    "blind52": (0.97, 0.97, 0.79, 0.76),
    "blind53": (0.97, 0.97, 0.74, 0.68),
    "blind54": (0.97, 0.97, 0.80, 0.67),
    "blind55": (0.97, 0.97, 0.76, 0.78),
    "blind56": (0.97, 0.97, 0.81, 0.79),
    "blind57": (0.97, 0.97, 0.76, 0.92),
    "blind58": (0.97, 0.97, 0.85, 0.78),
    "blind59": (0.97, 0.97, 0.77, 0.77),
    "blind60": (0.96, 0.97, 0.83, 0.84),
    "blind61": (0.97, 0.97, 0.83, 0.76),
    "blind62": (0.97, 0.97, 0.81, 0.86),
    "blind63": (0.97, 0.97, 0.77, 0.89),
    "blind64": (0.97, 0.97, 0.75, 0.74),
    "blind65": (0.97, 0.97, 0.85, 0.89),  # (Lyman's recapture told in the pluperfect: 0.905 → 0.895)
    "blind66": (0.97, 0.97, 0.76, 0.79),
    # (dates 0.80 → 0.79, session 42: one shelling more matched, at Prydniprovske, a day off the gold's)
    "blind67": (0.97, 0.97, 0.76, 0.79),
    # (dates 0.69 before: a drone crash near Sfântu Gheorghe, missed before, is now matched, with the
    # publication day instead of the day its dated heading gives)
    "blind68": (0.97, 0.97, 0.78, 0.68),
    "blind69": (0.97, 0.97, 0.77, 0.82),
    # (dates 0.77 → 0.76, session 31: 0.764, a digest's day heading read as a heading; one Vinnytsia strike
    # now carries the day after the gold's)
    "blind70": (0.97, 0.97, 0.80, 0.76),
    "blind71": (0.97, 0.97, 0.77, 0.85),
    "blind72": (0.97, 0.97, 0.72, 0.79),
    "blind73": (0.97, 0.97, 0.77, 0.84),
    "blind74": (0.97, 0.97, 0.85, 0.80),
    "blind75": (0.97, 0.97, 0.85, 0.69),
    "blind76": (0.97, 0.97, 0.79, 0.64),
    "blind77": (0.97, 0.97, 0.81, 0.83),
    "blind78": (0.97, 0.97, 0.79, 0.78),
    "blind79": (0.97, 0.97, 0.84, 0.85),
    "blind80": (0.97, 0.97, 0.83, 0.84),
    "blind81": (
        0.97,
        0.97,
        0.80,
        0.76,
    ),  # dates 0.77 → 0.76 (session 30: 0.769 after the round 21 consolidation)
}
#: dispatches per set
SIZES = {"blind": 8, "blind2": 8, "blind3": 8}
SIZES.update({f"blind{k}": 10 for k in range(4, 82)})


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_set_scores(name: str, gazetteer) -> None:
    folder = HERE / name
    gold = load_gold(next(folder.glob("*gold.jsonl")))
    files = sorted(folder.glob("*.txt"))
    assert len(files) == SIZES[name]
    preds = [extract(read_article(p), gazetteer=gazetteer).to_dict() for p in files]
    got = score(preds, gold)
    toponym_f1, km161, incident_f1, dates = FLOORS[name]
    assert got.toponym_f1 >= toponym_f1
    assert got.accuracy_161km >= km161
    assert got.incident_f1 >= incident_f1
    assert got.date_accuracy >= dates
