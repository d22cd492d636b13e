"""Transliteration variants by rule: one phonetic key for all spellings of a name.

Ukrainian and Russian place names reach French news in several spellings:
French transliteration (``Tchassiv Iar``, ``Vougledar``, ``Zaporijjia``),
English or official Ukrainian romanisation (``Chasiv Yar``, ``Vuhledar``,
``Zaporizhzhia``) and older Russian forms (``Kharkov``, ``Nikolaïev``).
Instead of listing every spelling, :func:`phonetic_key` maps each of them to
one canonical key; the gazetteer indexes the key of every name it knows, so a
query in any spelling finds the place.

The rules, applied in this order to the :func:`~gazetteer.fold.fold`-ed name
(then transliterated to ASCII with ``unidecode``):

1. apostrophes (soft signs) are dropped, hyphens become spaces;
2. ``chtch``/``shch`` → ``ch``; ``tch`` → ``ch``; ``sh`` → ``ch``
   (French ``ch`` is English ``sh``, French ``tch`` is English ``ch``);
3. ``dzh``, ``dj``, ``zh`` → ``j``; ``kh`` → ``h``;
4. French ``gu`` before ``e``/``i`` → ``g``; then ``g`` → ``h`` (Ukrainian
   *h* is Russian and older French *g*: Tcherniguiv/Chernihiv, Gouliaïpolé/Huliaipole);
5. ``ou`` → ``u``; ``w`` → ``v``; ``y`` → ``i`` (``ï`` is already ``i``);
6. doubled letters are collapsed (``ss`` → ``s``, ``jj`` → ``j``, ``ii`` → ``i``);
7. ``ie`` → ``e`` (``ye``/``ié``/``ie`` after step 5);
8. Russian endings are brought to their Ukrainian form, in each word: a final
   ``oe`` (*-oye*, *-oïe*) is dropped (Neskuchnoye/Neskuchne, Kremyanoye/Kremiane);
   a final ``aia`` (*-aya*, *-aïa*, the Russian feminine adjective) becomes ``a``
   (Golaya Pristan/Hola Prystan, Velikaïa Novossilka/Velyka Novosilka);
   a final ``o`` after ``v`` or ``n`` is dropped (Kurakhovo/Kurakhove,
   Ocheretino/Ocheretyne, Plekhovo/Plekhove); a final ``e`` is dropped
   (``-e``/``-é``); a final ``ovka``/``evka`` becomes ``ivka``
   (Krasnogorovka/Krasnohorivka, Avdeevka/Avdiivka); a final ``ov``, ``ev`` or
   ``iv`` becomes ``iv`` (Ukrainian *-iv* is Russian *-ov*/*-ev*: Kharkiv/Kharkov,
   Lviv/Lvov, Kyiv/Kiev); a word-initial ``vu`` before a consonant is ``u``
   (Ukrainian prothetic *v*: Vuhledar/Ugledar, Vougledar);
9. doubled letters are collapsed again.

The key is for matching only; it is never shown. Different places may share a
key: the gazetteer ranks the candidates.

Examples
--------
>>> phonetic_key("Tchassiv Iar") == phonetic_key("Chasiv Yar")
True
>>> phonetic_key("Gouliaïpolé") == phonetic_key("Huliaipole")
True
>>> phonetic_key("Kharkov") == phonetic_key("Kharkiv")
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

from gazetteer.fold import fold

__all__ = ["RULES", "phonetic_key"]

#: The ordered substitutions of rules 2 to 5 (pattern, replacement).
RULES: tuple[tuple[str, str], ...] = (
    (r"chtch|shch|schtsch", "ch"),
    (r"tch|tsch", "ch"),
    (r"sh|sch", "ch"),
    (r"dzh|dj|zh", "j"),
    (r"kh", "h"),
    (r"gu(?=[eiy])", "g"),
    (r"g", "h"),
    (r"ou", "u"),
    (r"w", "v"),
    (r"y", "i"),
)

# Rules 2-5 in one left-to-right pass (longest alternatives first): same result as
# applying RULES in order, since no replacement creates a pattern of a later rule.
_ONE_PASS = re.compile(r"schtsch|chtch|shch|tsch|tch|sch|sh|dzh|dj|zh|kh|gu(?=[eiy])|g|ou|w|y")
_ONE_PASS_MAP = {
    "schtsch": "ch", "chtch": "ch", "shch": "ch", "tsch": "ch", "tch": "ch", "sch": "ch", "sh": "ch",
    "dzh": "j", "dj": "j", "zh": "j", "kh": "h", "gu": "h", "g": "h", "ou": "u", "w": "v", "y": "i",
}  # fmt: skip


def _one_pass(match: re.Match[str]) -> str:
    return _ONE_PASS_MAP[match.group()]


_NOT_LETTER = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_DOUBLE = re.compile(r"([a-z])\1+")
_IE = re.compile(r"ie")
_FINAL_E = re.compile(r"(?<=[a-z]{2})e\b")
_FINAL_OV = re.compile(r"(?<=[a-z])[oei]v\b")
_FINAL_OE = re.compile(r"(?<=[a-z]{3})oe\b")
_FINAL_AIA = re.compile(r"(?<=[a-z]{2})aia\b")
_FINAL_O = re.compile(r"(?<=[a-z][vn])o\b")
_OVKA = re.compile(r"(?<=[a-z])[oe]vka\b")
_VU = re.compile(r"\bvu(?=[bcdfghjklmnpqrstvxz])")


@lru_cache(maxsize=200_000)
def phonetic_key(name: str) -> str:
    """Return the phonetic key of a place name (see the module docstring).

    Parameters
    ----------
    name
        A place name in any Latin-script spelling.

    Returns
    -------
    str
        The key: lower-case ASCII letters, digits and single spaces (other
        scripts are transliterated by ``unidecode``); empty when nothing is left.

    Examples
    --------
    >>> phonetic_key("Zaporijjia")
    'zaporijia'
    >>> phonetic_key("Mykolaïv")
    'mikolaiv'
    """
    text = fold(name)
    if not text.isascii():
        text = unidecode(text).lower()
    text = text.replace("'", "").replace("-", " ")
    text = _NOT_LETTER.sub(" ", text)
    text = _ONE_PASS.sub(_one_pass, text)
    text = _DOUBLE.sub(r"\1", text)
    text = _IE.sub("e", text)
    text = _DOUBLE.sub(r"\1", text)
    text = _FINAL_OE.sub("", text)
    text = _FINAL_AIA.sub("a", text)
    text = _FINAL_O.sub("", text)
    text = _FINAL_E.sub("", text)
    text = _OVKA.sub("ivka", text)
    text = _FINAL_OV.sub("iv", text)
    text = _VU.sub("u", text)
    text = _DOUBLE.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()
