"""A learned second reader: incidents at places the cue rules left without one.

The cue rules (:mod:`geo.cues`, :mod:`geo.extract`) miss events told without
any of their words (« les unités ukrainiennes tiennent toujours les faubourgs
de Siversk »: fighting). This module reads every place mention a second time with a multinomial logistic regression: the words
around the mention, the words of its sentence, the place's kind and country,
and what the rules already found there. It answers one of the event types of
``DESIGN.md`` or ``none``. When it answers an event with probability at least
:attr:`IncidentModel.threshold`, and the rules have no incident within
:data:`BLOCK_KM` of that place in the article (other than at a town or village
of its own more than 3 km away), :func:`geo.extract.extract` adds that
incident (dated and counted like a rule incident).

The weights are ``data/model/incidents.json``, trained by ``incimap
train-model`` (:mod:`geo.training`: scikit-learn, the ``train`` extra) on the team's own annotated
dispatches under ``tests/extract`` (never on the seed articles, which stay a
test). Applying them needs no dependency: a sum of weights per class and a
softmax.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from gazetteer.fold import fold
from gazetteer.mention import Mention
from gazetteer.paths import data_dir

__all__ = ["BLOCK_KM", "MODEL_PATH", "IncidentModel", "fold_tokens", "mention_features"]

#: No incident is added within this distance (km) of an incident the rules found in the article,
#: except at another town or village more than 3 km away (see :func:`geo.extract._blocks`).
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
        # (weights written as integers in units of 1/scale; a model without "scale" has decimals)
        weights /= raw.get("scale", 1)
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
