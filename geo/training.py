"""Training the mention classifier of :mod:`geo.learn` on annotated dispatches.

Each place mention of a dispatch is read the way :func:`geo.extract.extract` reads it (after the cue
rules, :func:`geo.extract.candidate_features`) and labelled with the event of the gold incident
placed on it, else ``none``; a multinomial logistic regression (scikit-learn, the ``train`` extra)
is fitted on those rows and written as the JSON object :class:`geo.learn.IncidentModel` reads.
``incimap train-model`` runs it.

This module sits above the extractor and the scorer (it reads both); :mod:`geo.learn`, which the
extractor applies, needs neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["train", "training_rows"]

#: Weights are written as integers in units of 1/_SCALE (:attr:`geo.learn.IncidentModel` divides).
_SCALE = 1000


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
    ``min_weight`` in absolute value are left out and weights are rounded to three decimals (on
    1,356 candidate mentions of six sets this changed one decision and no probability by more than
    0.004), written as integers in thousandths (``"scale": 1000``): the same values as the decimals,
    in little more than half the room (18,366 mentions: 1.2 MB instead of 2.2 MB).
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
            weights[str(name)] = [round(float(v) * _SCALE) for v in column]
    return {
        "about": "incimap mention classifier (geo/learn.py), written by `incimap train-model`",
        "trained_on": sorted(Path(f).name for f in folders),
        "rows": len(rows),
        "c": c,
        "threshold": threshold,
        "classes": [str(k) for k in model.classes_],
        "intercept": [round(float(v), 4) for v in model.intercept_],
        "scale": _SCALE,
        "weights": weights,
    }
