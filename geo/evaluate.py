"""Score extraction output against a gold file (the seed gold's format).

The figures are computed exactly as ``GOLD.md`` ("How the acceptance figures
are computed") defines them:

- **Toponym recognition.** Gold positives are the toponym lines whose ``kind``
  is not ``metonym``. A predicted toponym with a role other than ``metonym``
  matches a gold one when their ``[start, end)`` spans overlap (one prediction
  matches at most one gold mention). Unmatched predictions are false positives,
  except those overlapping a gold metonym (counted as metonyms mapped).
- **Metonyms not mapped.** The share of gold metonyms that no ``location``
  prediction overlaps.
- **Resolution.** For each matched mention with gold coordinates, the
  great-circle distance between predicted and gold points (20,038 km when the
  prediction has no coordinates): accuracy within 161 km over all of them; towns
  within 10 km over gold kinds city, village, district and landmark.
- **Incidents.** Gold incidents with coordinates, except ``place_in_text:
  false`` and ``scope: "boilerplate"``. A prediction matches a gold incident of
  the same article within 50 km whose ``event`` is the gold one or in
  ``event_alt`` (gold ``other`` accepts any type); each gold incident takes the
  nearest unmatched prediction. Precision counts every predicted incident.
- **Dates.** Of the matched incidents whose gold has a date, the share whose
  predicted date starts with the gold date (``YYYY-MM`` at month precision).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from geo.errors import IncimapError

__all__ = ["Scores", "evaluate", "load_gold", "score"]

NO_COORD_KM = 20038.0
_TOWN_KINDS = {"city", "village", "district", "landmark"}


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass(slots=True)
class Scores:
    """The acceptance figures (fractions in [0, 1]) and their counts."""

    toponym_precision: float = 0.0
    toponym_recall: float = 0.0
    toponym_f1: float = 0.0
    accuracy_161km: float = 0.0
    towns_10km: float = 0.0
    metonyms_not_mapped: float = 0.0
    incident_precision: float = 0.0
    incident_recall: float = 0.0
    incident_f1: float = 0.0
    date_accuracy: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    errors: dict[str, list] = field(default_factory=dict)

    def to_dict(self, *, details: bool = False) -> dict:
        d = asdict(self)
        if not details:
            d.pop("errors")
        return d

    def format(self) -> str:
        """A small human-readable table."""
        c = self.counts
        rows = [
            (
                "toponyms",
                f"P {self.toponym_precision:.3f}  R {self.toponym_recall:.3f}  F1 {self.toponym_f1:.3f}"
                f"  (tp {c.get('toponym_tp', 0)}, fp {c.get('toponym_fp', 0)}, fn {c.get('toponym_fn', 0)})",
            ),
            ("accuracy within 161 km", f"{self.accuracy_161km:.3f}  (n {c.get('resolved', 0)})"),
            ("towns within 10 km", f"{self.towns_10km:.3f}  (n {c.get('towns', 0)})"),
            ("metonyms not mapped", f"{self.metonyms_not_mapped:.3f}  (n {c.get('metonyms', 0)})"),
            (
                "incidents",
                f"P {self.incident_precision:.3f}  R {self.incident_recall:.3f}  F1 {self.incident_f1:.3f}"
                f"  (tp {c.get('incident_tp', 0)}, predicted {c.get('incident_predicted', 0)},"
                f" gold {c.get('incident_gold', 0)})",
            ),
            ("date accuracy", f"{self.date_accuracy:.3f}  (n {c.get('dated', 0)})"),
        ]
        width = max(len(r[0]) for r in rows)
        return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def load_gold(path: str | Path) -> list[dict]:
    """Read a gold JSONL file (``toponym`` and ``incident`` records).

    Raises
    ------
    IncimapError
        When the file is missing or a line is not JSON.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as err:
        msg = f"{path}: gold file not found; pass --gold PATH/TO/gold.jsonl"
        raise IncimapError(msg) from err
    except (OSError, UnicodeDecodeError) as err:
        msg = f"{path}: cannot read the gold file ({err}); it must be UTF-8 JSON lines"
        raise IncimapError(msg) from err
    out = []
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as err:
            msg = f"{path}:{i}: not a JSON line ({err.msg}); the gold file must have one JSON object per line"
            raise IncimapError(msg) from err
    return out


def score(
    predictions: Iterable[dict], gold: Iterable[dict], *, articles: Iterable[str] | None = None
) -> Scores:
    """Score predictions (``extract`` JSON lines) against gold records.

    Parameters
    ----------
    predictions
        One dict per article, as ``Extraction.to_dict()`` returns.
    gold
        Gold records (``type`` ``toponym`` or ``incident``).
    articles
        Restrict the gold to these article ids (default: the predicted ones).

    Returns
    -------
    Scores
    """
    preds = {p["article"]: p for p in predictions}
    keep = set(articles) if articles is not None else set(preds)
    gold = [g for g in gold if g.get("article") in keep]
    s = Scores()
    errors: dict[str, list] = {
        "toponym_fp": [],
        "toponym_fn": [],
        "far": [],
        "metonym_mapped": [],
        "incident_fn": [],
        "incident_fp": [],
        "date": [],
    }

    # ---------------------------------------------------------------- toponyms
    tp = fp = fn = 0
    distances: list[float] = []
    town_distances: list[float] = []
    metonyms = 0
    metonyms_ok = 0
    for art in sorted(keep):
        toks = preds.get(art, {}).get("toponyms", [])
        g_top = [g for g in gold if g["type"] == "toponym" and g["article"] == art]
        g_pos = [g for g in g_top if g["kind"] != "metonym"]
        g_met = [g for g in g_top if g["kind"] == "metonym"]
        locs = [t for t in toks if t.get("role") != "metonym"]
        used: set[int] = set()
        for g in sorted(g_pos, key=lambda g: g["start"]):
            match = None
            for i, t in enumerate(locs):
                if i in used:
                    continue
                if t["start"] < g["end"] and g["start"] < t["end"]:
                    match = i
                    break
            if match is None:
                fn += 1
                errors["toponym_fn"].append((art, g["surface"], g["start"]))
                continue
            used.add(match)
            tp += 1
            t = locs[match]
            if g.get("lat") is not None and g.get("lon") is not None:
                if t.get("lat") is None or t.get("lon") is None:
                    d = NO_COORD_KM
                else:
                    d = _haversine(g["lat"], g["lon"], t["lat"], t["lon"])
                distances.append(d)
                if g["kind"] in _TOWN_KINDS:
                    town_distances.append(d)
                if d > 161 or (g["kind"] in _TOWN_KINDS and d > 10):
                    errors["far"].append((art, g["surface"], g["start"], t.get("name"), round(d)))
        for i, t in enumerate(locs):
            if i in used:
                continue
            if any(t["start"] < g["end"] and g["start"] < t["end"] for g in g_met):
                continue
            fp += 1
            errors["toponym_fp"].append((art, t["surface"], t["start"], t.get("name")))
        for g in g_met:
            metonyms += 1
            mapped = any(
                t.get("role") == "location" and t["start"] < g["end"] and g["start"] < t["end"] for t in toks
            )
            if not mapped:
                metonyms_ok += 1
            else:
                errors["metonym_mapped"].append((art, g["surface"], g["start"]))
    s.toponym_precision, s.toponym_recall, s.toponym_f1 = _prf(tp, fp, fn)
    s.accuracy_161km = sum(d <= 161 for d in distances) / len(distances) if distances else 0.0
    s.towns_10km = sum(d <= 10 for d in town_distances) / len(town_distances) if town_distances else 0.0
    s.metonyms_not_mapped = metonyms_ok / metonyms if metonyms else 1.0

    # ---------------------------------------------------------------- incidents
    g_inc = [
        g
        for g in gold
        if g["type"] == "incident"
        and g.get("lat") is not None
        and g.get("lon") is not None
        and g.get("place_in_text") is not False
        and g.get("scope") != "boilerplate"
    ]
    predicted = 0
    itp = 0
    dated = 0
    dated_ok = 0
    for art in sorted(keep):
        incs = preds.get(art, {}).get("incidents", [])
        predicted += len(incs)
        used = set()
        for g in [g for g in g_inc if g["article"] == art]:
            ok_types = {g["event"], *(g.get("event_alt") or [])}
            best = None
            best_d = 1e18
            for i, p in enumerate(incs):
                if i in used or p.get("lat") is None or p.get("lon") is None:
                    continue
                if g["event"] != "other" and p["event"] not in ok_types:
                    continue
                d = _haversine(g["lat"], g["lon"], p["lat"], p["lon"])
                if d <= 50 and d < best_d:
                    best, best_d = i, d
            if best is None:
                errors["incident_fn"].append((art, g["event"], g.get("place_surface"), g.get("date")))
                continue
            used.add(best)
            itp += 1
            if g.get("date"):
                dated += 1
                if str(incs[best].get("date") or "").startswith(_gold_date(g)):
                    dated_ok += 1
                else:
                    errors["date"].append(
                        (art, g["event"], g.get("place_surface"), g["date"], incs[best].get("date"))
                    )
        for i, p in enumerate(incs):
            if i not in used:
                errors["incident_fp"].append(
                    (art, p["event"], p.get("place"), p.get("date"), p.get("evidence", "")[:80])
                )
    s.incident_precision, s.incident_recall, s.incident_f1 = _prf(itp, predicted - itp, len(g_inc) - itp)
    s.date_accuracy = dated_ok / dated if dated else 0.0
    s.counts = {
        "toponym_tp": tp,
        "toponym_fp": fp,
        "toponym_fn": fn,
        "resolved": len(distances),
        "towns": len(town_distances),
        "metonyms": metonyms,
        "incident_tp": itp,
        "incident_predicted": predicted,
        "incident_gold": len(g_inc),
        "dated": dated,
    }
    s.errors = errors
    return s


def _gold_date(g: dict) -> str:
    d = str(g["date"])
    return d[:7] if g.get("date_precision") == "month" else d


def evaluate(paths: Iterable[str | Path], gold_path: str | Path, *, gazetteer=None) -> Scores:
    """Extract the articles at ``paths`` and score them against ``gold_path``.

    Raises
    ------
    IncimapError
        When the gold file cannot be read; unreadable articles raise
        :class:`~geo.errors.ArticleError`.
    """
    from geo.articles import read_article
    from geo.extract import extract

    gold = load_gold(gold_path)
    preds = [extract(read_article(p), gazetteer=gazetteer).to_dict() for p in paths]
    return score(preds, gold)
