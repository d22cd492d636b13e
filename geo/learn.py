"""A learned second reader: incidents at places the cue rules left without one.

The cue rules (:mod:`geo.cues`, :mod:`geo.extract`) miss events told without
any of their words (« les unités ukrainiennes tiennent toujours les faubourgs
de Siversk »: fighting). This module reads every place mention a second time with a multinomial logistic regression: the words
around the mention, the words of its sentence, the place's kind and country,
and what the rules already found there. It answers one of the event types of
``DESIGN.md`` or ``none``. When it answers an event with probability at least
:attr:`IncidentModel.threshold`, and the rules have no incident within
:data:`BLOCK_KM` of that place in the article, :func:`geo.extract.extract`
adds that incident (dated and counted like a rule incident).

The weights are ``data/model/incidents.json``, trained by ``incimap
train-model`` (scikit-learn, the ``train`` extra) on the team's own annotated
dispatches under ``tests/extract`` (never on the seed articles, which stay a
test). Applying them needs no dependency: a sum of weights per class and a
softmax.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from gazetteer.fold import fold
from gazetteer.mention import Mention
from gazetteer.paths import data_dir

__all__ = ["BLOCK_KM", "IncidentModel", "fold_tokens", "mention_features", "train"]

#: No incident is added within this distance (km) of an incident the rules found in the article.
BLOCK_KM = 10.0
#: The model file under ``data_dir()``.
MODEL_PATH = Path("model") / "incidents.json"

_TOKEN_RE = re.compile(r"[a-z0-9]+")
#: Characters of context read before and after a mention (within its sentence).
_LEFT_CHARS = 70
_RIGHT_CHARS = 50


def fold_tokens(text: str) -> list[str]:
    """The word tokens of a text, folded (« Frappé à Kiev » -> ``["frappe", "a", "kiev"]``)."""
    return _TOKEN_RE.findall(fold(text))


def mention_features(
    text: str,
    mention: Mention,
    sentence: tuple[int, int],
    *,
    title_end: int,
    sentence_tokens: Iterable[str],
    places_in_sentence: int,
    events_here: Iterable[str],
    events_near: Iterable[str],
) -> dict[str, float]:
    """The features of one place mention (binary indicators).

    Parameters
    ----------
    text
        The article's text.
    mention
        A located mention (``mention.place`` set).
    sentence
        ``(start, end)`` of the sentence that holds the mention.
    title_end
        Where the title ends (0 when unknown).
    sentence_tokens
        The folded word tokens of the sentence (computed once per sentence).
    places_in_sentence
        How many location mentions the sentence holds.
    events_here
        Events the rules found at this place in this sentence.
    events_near
        Events the rules found within :data:`BLOCK_KM` of this place in the article.
    """
    s0, s1 = sentence
    place = mention.place
    assert place is not None
    f: dict[str, float] = {f"kind={place.kind}": 1.0, f"cc={place.country}": 1.0}
    left = fold_tokens(text[max(s0, mention.start - _LEFT_CHARS) : mention.start])[-8:]
    right = fold_tokens(text[mention.end : min(s1, mention.end + _RIGHT_CHARS)])[:5]
    for k, w in enumerate(reversed(left)):
        f["L=" + w] = 1.0
        if k < 3:
            f[f"L{k}={w}"] = 1.0
    for k, w in enumerate(right):
        f["R=" + w] = 1.0
        if k < 2:
            f[f"R{k}={w}"] = 1.0
    n = 0
    for w in sentence_tokens:
        f["S=" + w] = 1.0
        n += 1
    f[f"slen={min(n // 10, 6)}"] = 1.0
    f["title"] = float(mention.start < title_end + 5)
    f[f"pos={min(4, int(5 * mention.start / max(1, len(text))))}"] = 1.0
    f[f"np={min(places_in_sentence, 5)}"] = 1.0
    here = set(events_here)
    near = set(events_near)
    for ev in here or ("none",):
        f["rs=" + ev] = 1.0
    for ev in near or ("none",):
        f["rp=" + ev] = 1.0
    return f


@dataclass(frozen=True, slots=True, eq=False)
class IncidentModel:
    """Weights of the mention classifier (see the module docstring)."""

    classes: tuple[str, ...]
    intercept: np.ndarray
    #: feature name -> row of :attr:`weights`
    index: dict[str, int]
    #: one row per feature, one column per class
    weights: np.ndarray
    threshold: float

    @classmethod
    def from_file(cls, path: str | Path) -> IncidentModel:
        """Read a model written by :func:`train`."""
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        names = list(raw["weights"])
        classes = tuple(raw["classes"])
        weights = np.array([raw["weights"][n] for n in names], dtype=float).reshape(len(names), len(classes))
        return cls(
            classes=classes,
            intercept=np.array(raw["intercept"], dtype=float),
            index={n: k for k, n in enumerate(names)},
            weights=weights,
            threshold=float(raw["threshold"]),
        )

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> IncidentModel | None:
        """The shipped model (``data/model/incidents.json``), ``None`` when absent."""
        path = data_dir() / MODEL_PATH
        return IncidentModel.from_file(path) if path.exists() else None

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """Probability of each class (``none`` and the event types)."""
        rows = []
        values = []
        for name, value in features.items():
            k = self.index.get(name)
            if k is not None:
                rows.append(k)
                values.append(value)
        scores = self.intercept + np.asarray(values, dtype=float) @ self.weights[rows]
        exps = np.exp(scores - scores.max())
        probs = exps / exps.sum()
        return dict(zip(self.classes, probs.tolist(), strict=True))

    def predict(self, features: dict[str, float]) -> str | None:
        """The event at this mention, or ``None`` (``none``, or no class sure enough)."""
        probs = self.probabilities(features)
        event, p = max(probs.items(), key=lambda kv: kv[1])
        if event == "none" or p < self.threshold:
            return None
        return event


# ------------------------------------------------------------------------------------------------ training


def _gold_place_spans(text: str, records: list[dict]) -> list[tuple[int, int, str]]:
    """``(start, end, event)`` of the gold incidents' place mentions in one article."""
    starts: dict[tuple[str, int], int] = {}
    for r in records:
        if r["type"] == "toponym":
            starts[(r["surface"], r["occurrence"])] = r["start"]
    out = []
    for r in records:
        if (
            r["type"] != "incident"
            or r.get("lat") is None
            or r.get("place_in_text") is False
            or r.get("scope") == "boilerplate"
            or not r.get("place_surface")
        ):
            continue
        s = starts.get((r["place_surface"], r.get("place_occurrence") or 1))
        if s is not None and text[s : s + len(r["place_surface"])] == r["place_surface"]:
            out.append((s, s + len(r["place_surface"]), r["event"]))
    return out


def training_rows(folders: Iterable[Path], *, gazetteer=None) -> Iterator[tuple[str, dict[str, float], str]]:
    """``(set, features, label)`` for every place mention of the annotated dispatches in ``folders``.

    A folder holds ``*.txt`` dispatches and one ``*gold*.jsonl`` file. The label is the event of the
    gold incident placed on that mention, else ``none``.
    """
    from geo.articles import read_article
    from geo.evaluate import load_gold
    from geo.extract import candidate_features

    for folder in folders:
        gold = load_gold(next(Path(folder).glob("*gold*.jsonl")))
        by_article: dict[str, list[dict]] = {}
        for r in gold:
            by_article.setdefault(r["article"], []).append(r)
        for path in sorted(Path(folder).glob("*.txt")):
            article = read_article(path)
            spans = _gold_place_spans(article.text, by_article.get(article.id, []))
            for mention, features in candidate_features(article, gazetteer=gazetteer):
                label = next(
                    (ev for s, e, ev in spans if s < mention.end and mention.start < e),
                    "none",
                )
                yield Path(folder).name, features, label


def train(
    folders: Iterable[Path],
    *,
    c: float = 0.5,
    threshold: float = 0.5,
    min_weight: float = 0.01,
    gazetteer=None,
) -> dict:
    """Fit the mention classifier on annotated folders; the JSON object :class:`IncidentModel` reads.

    Needs scikit-learn (``pip install incimap[train]``). Features whose weights are all below
    ``min_weight`` in absolute value are left out and weights are rounded to three decimals, which
    keeps the file under 2 MB (on 1,356 candidate mentions of six sets this changed one decision
    and no probability by more than 0.004).
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    folders = list(folders)
    rows = list(training_rows(folders, gazetteer=gazetteer))
    vec = DictVectorizer()
    x = vec.fit_transform([f for _, f, _ in rows])
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(x, [label for _, _, label in rows])
    weights = {}
    for name, column in zip(vec.get_feature_names_out(), model.coef_.T, strict=True):
        if max(abs(v) for v in column) >= min_weight:
            weights[str(name)] = [round(float(v), 3) for v in column]
    return {
        "about": "incimap mention classifier (geo/learn.py), written by `incimap train-model`",
        "trained_on": sorted(Path(f).name for f in folders),
        "rows": len(rows),
        "c": c,
        "threshold": threshold,
        "classes": [str(k) for k in model.classes_],
        "intercept": [round(float(v), 4) for v in model.intercept_],
        "weights": weights,
    }
