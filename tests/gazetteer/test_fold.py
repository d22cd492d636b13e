"""gazetteer.fold: length-preserving folding."""

from __future__ import annotations

import pytest

from gazetteer.fold import fold

CASES = [
    ("Gouliaïpolé", "gouliaipole"),
    ("Zaporijjia", "zaporijjia"),
    ("Nufăru Brăila Galați", "nufaru braila galati"),
    ("ŞTEFAN VODĂ", "stefan voda"),
    ("Łódź", "lodz"),
    ("İzmaïl", "izmail"),
    ("l’Ukraine", "l'ukraine"),
    ("d`Odessa", "d'odessa"),
    ("Kropyvnytskyi – Dnipro", "kropyvnytskyi - dnipro"),
    ("Ivano‑Frankivsk", "ivano-frankivsk"),
    ("Ukraine\xa0:", "ukraine :"),
    ("KievWashington", "kievwashington"),
    ("Straße", "straße"),
    ("e\u0301", "e "),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fold_value_and_length(text: str, expected: str) -> None:
    folded = fold(text)
    assert folded == expected
    assert len(folded) == len(text)


def test_fold_is_idempotent_and_keeps_offsets() -> None:
    text = "Des drones ont visé Izmaïl et la région de Zaporijjia\xa0; « Kiev » répond."
    folded = fold(text)
    assert fold(folded) == folded
    start = folded.index("zaporijjia")
    assert text[start : start + len("zaporijjia")] == "Zaporijjia"
    assert folded[text.index("Izmaïl") :].startswith("izmail")
