"""The array translation of long texts (gazetteer._regex.CharMap) equals ``str.translate``."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import resolve
from gazetteer._regex import CharMap

DATA = Path(__file__).parent / "data"

#: characters whose case mapping or folding is unusual, other scripts, marks, astral characters
ODD = "İıſΣσςẞßﬁŉǅÅÅ\u0301\u00a0\u2009\u202f’`«»“”–—…œŒæЁёЇїҐґ\u200b\t\r\n-_/.'"


def _texts() -> list[str]:
    files = sorted(DATA.glob("dev*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    texts.append((ODD + "Zaporijjia, Sébastopol ") * 20)
    texts.append("x" * 300)
    texts.append(("Kiev " * 60) + "\U0001f600")  # beyond U+FFFF: str.translate itself
    texts.append("Odessa " * 50 + "\ud800")  # a lone surrogate: str.translate itself
    return texts


@pytest.mark.parametrize("table", ["norm", "key"])
def test_charmap_equals_translate(table: str) -> None:
    tab = resolve._NORM_TABLE if table == "norm" else resolve._KEY_TABLE
    mapper = CharMap(tab)
    texts = _texts()
    assert len(texts) >= 5
    for text in texts:
        assert mapper(text) == text.translate(tab)
        assert len(mapper(text)) == len(text)


def test_charmap_table_with_deletion_falls_back() -> None:
    table = {ord("a"): None, ord("b"): "bb"}
    text = "abc" * 200
    assert CharMap(table)(text) == text.translate(table) == "bbc" * 200


def test_scan_inputs_equal_translate() -> None:
    text = (DATA / "dev01_kherson_rive_gauche.txt").read_text(encoding="utf-8")
    folded = resolve._norm(text)
    assert folded == text.translate(resolve._NORM_TABLE)
    assert resolve._search_key(folded) == " " + folded.translate(resolve._KEY_TABLE)
