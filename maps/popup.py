"""Popups and tooltips of incident markers, built in the browser from untrusted article text.

The popup shows the event type, date (and its precision), place (with oblast and country),
the geographic precision, casualties, weapons, actor, the evidence sentence and every
source (title, link, publication date). :data:`POPUP_JS` builds it as DOM nodes and sets
every value with ``textContent``, so markup in an article (``<script>``, ``<img onerror>``)
shows as text and never runs. A source becomes a link only when its URL is ``http`` or
``https`` (no ``javascript:``); links open in a new tab with ``rel="noopener noreferrer"``.
"""

from __future__ import annotations

from maps.style import PRECISION_LABELS

__all__ = ["ACTOR_NAMES", "POPUP_JS", "popup_labels"]

#: French names of the actor codes of the extraction.
ACTOR_NAMES: dict[str, str] = {
    "RU": "Russie",
    "UA": "Ukraine",
    "BY": "Biélorussie",
    "KP": "Corée du Nord",
    "RO": "Roumanie",
    "MD": "Moldavie",
    "NATO": "OTAN",
    "US": "États-Unis",
}


def popup_labels() -> dict[str, object]:
    """Return the French wording used by :data:`POPUP_JS`."""
    return {
        "date": "Date",
        "place": "Lieu",
        "precision": "Précision",
        "casualties": "Victimes",
        "killed": "tué(s)",
        "injured": "blessé(s)",
        "weapons": "Armes",
        "actor": "Acteur",
        "evidence": "Extrait",
        "sources": "Sources",
        "source": "Source",
        "published": "publié le",
        "week": "semaine du",
        "month": "mois de",
        "precisions": {str(k): v for k, v in PRECISION_LABELS.items()},
        "actors": ACTOR_NAMES,
    }


#: JavaScript defining ``incimapPopup(D, STYLES, LABELS, i)`` and ``incimapTooltip(D, STYLES, i)``,
#: which return DOM elements for row ``i`` of the packed table (see :mod:`maps.data`).
POPUP_JS = r"""
function incimapEl(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text !== null && text !== undefined) { e.textContent = String(text); }
  return e;
}
function incimapStr(D, i) { return (i === null || i === undefined) ? null : D.strings[i]; }
function incimapDate(D, LABELS, r) {
  var d = incimapStr(D, r[3]);
  if (!d) { return null; }
  var p = incimapStr(D, r[4]);
  if (p === "week") { return LABELS.week + " " + d; }
  if (p === "month") { return LABELS.month + " " + d.slice(0, 7); }
  return d;
}
function incimapPopup(D, STYLES, LABELS, i) {
  var r = D.rows[i], type = D.types[r[2]], st = STYLES[type];
  var root = incimapEl("div", "incimap-popup");
  var head = incimapEl("div", "incimap-popup-title");
  var sw = incimapEl("span", "incimap-swatch"); sw.style.background = st.color;
  head.appendChild(sw);
  var place = incimapStr(D, r[5]);
  head.appendChild(document.createTextNode(st.label + (place ? " – " + place : "")));
  root.appendChild(head);
  var table = incimapEl("table");
  function row(label, value) {
    if (value === null || value === undefined || value === "") { return; }
    var tr = incimapEl("tr"); tr.appendChild(incimapEl("th", null, label)); tr.appendChild(incimapEl("td", null, value));
    table.appendChild(tr);
  }
  row(LABELS.date, incimapDate(D, LABELS, r));
  var where = [place, incimapStr(D, r[13]), incimapStr(D, r[14])].filter(function (x) { return x; });
  row(LABELS.place, where.join(", "));
  row(LABELS.precision, r[6] ? LABELS.precisions[String(r[6])] : null);
  var cas = [];
  if (r[7] !== null && r[7] !== undefined) { cas.push(r[7] + " " + LABELS.killed); }
  if (r[8] !== null && r[8] !== undefined) { cas.push(r[8] + " " + LABELS.injured); }
  row(LABELS.casualties, cas.join(", "));
  row(LABELS.weapons, incimapStr(D, r[9]));
  var actor = incimapStr(D, r[10]);
  row(LABELS.actor, actor ? (LABELS.actors[actor] || actor) : null);
  root.appendChild(table);
  var ev = incimapStr(D, r[11]);
  if (ev) { root.appendChild(incimapEl("blockquote", null, ev)); }
  var srcs = r[12] || [];
  if (srcs.length) {
    var box = incimapEl("div", "incimap-sources");
    box.appendChild(incimapEl("strong", null, (srcs.length > 1 ? LABELS.sources : LABELS.source) + " : "));
    srcs.forEach(function (k, n) {
      var s = D.sources[k], title = incimapStr(D, s[0]), url = incimapStr(D, s[1]);
      var pub = incimapStr(D, s[2]), art = incimapStr(D, s[3]);
      var line = incimapEl("div");
      var text = title || url || art || "?";
      if (url && /^https?:\/\//i.test(url)) {
        var a = incimapEl("a", null, text);
        a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
        line.appendChild(a);
      } else {
        line.appendChild(incimapEl("span", null, text));
      }
      if (pub) { line.appendChild(document.createTextNode(" (" + LABELS.published + " " + pub + ")")); }
      box.appendChild(line);
    });
    root.appendChild(box);
  }
  return root;
}
function incimapTooltip(D, STYLES, i) {
  var r = D.rows[i], st = STYLES[D.types[r[2]]];
  var parts = [st.label, incimapStr(D, r[5]), incimapStr(D, r[3])].filter(function (x) { return x; });
  return incimapEl("span", "incimap-tooltip", parts.join(" – "));
}
"""
