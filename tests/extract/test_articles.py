"""Reading article files: metadata, offsets, sentences, bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.articles import (
    MAX_BYTES,
    boilerplate_spans,
    parse_article,
    read_article,
    read_articles,
    sentences,
)
from geo.cli import main
from geo.errors import ArticleError

ARTICLE = (
    "Le Quotidien\n\n"
    "Guerre en Ukraine : des drones frappent un dépôt près de Kherson\n\n"
    "Des drones ont touché un dépôt dans la nuit de lundi à mardi. Le maire parle de dégâts.\n"
    "Lire Aussi :  un autre sujet sans rapport à Odessa\n\n"
    "Source link : https://example.org/a/b\n\n"
    "Publish date : 2024-03-05 08:00:00\n"
)


def test_parse_metadata_and_title() -> None:
    a = parse_article(ARTICLE, article_id="x")
    assert a.title == "Guerre en Ukraine : des drones frappent un dépôt près de Kherson"
    assert a.published == date(2024, 3, 5)
    assert a.url == "https://example.org/a/b"
    assert a.text == ARTICLE


def test_published_override_and_date_header() -> None:
    a = parse_article(ARTICLE, article_id="x", published=date(2020, 1, 2))
    assert a.published == date(2020, 1, 2)
    b = parse_article(" date 2023-09 Le sommet a commencé mercredi 13 septembre à midi.", article_id="y")
    assert b.published == date(2023, 9, 13)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a wire dateline gives the day of a month-only header
        (
            " date 2023-12 Bombardement à Kherson\n\nKYIV, 3 décembre (Reuters) - Deux morts dimanche.",
            date(2023, 12, 3),
        ),
        # … also without its city, after an update note
        (
            " date 2023-09 Attaque sur Odessa\n\n(Actualisé) 3 septembre (Reuters) - La Russie a visé.",
            date(2023, 9, 3),
        ),
        # a dateline of another month is no publication day: the header's month stands
        # (the day is unknown: the 7th, so that the weekdays of the text fall in that month)
        (" date 2023-10 Bilan\n\nKYIV, 30 septembre (Reuters) - Des tirs.", date(2023, 10, 7)),
    ],
)
def test_month_only_header_takes_the_day_of_a_dateline(text: str, published: date) -> None:
    assert parse_article(text, article_id="d").published == published


def test_month_only_header_keeps_the_events_in_its_month(gazetteer) -> None:
    from geo.extract import extract

    text = (
        " date 2022-05 Explosions en Transnistrie\n\n"
        "Des drones ont frappé lundi un dépôt près de Tiraspol. "
        "Le 20 mai, une explosion avait détruit une antenne à Maïak."
    )
    dates = {
        i.place: i.date for i in extract(parse_article(text, article_id="m"), gazetteer=gazetteer).incidents
    }
    # « lundi »: a Monday of May 2022, not of April: the one before the 20th, the latest day the text names
    # (taken as the publication day since session 31; the 2nd before, from the 7th); « le 20 mai »: of
    # 2022, not of 2021
    assert dates["Tiraspol"] == date(2022, 5, 16)
    assert dates["Maïak"] == date(2022, 5, 20)


def test_year_inferred_from_weekday() -> None:
    # no year anywhere: 13 September is a Wednesday in 2023 (the latest such year before 2026)
    a = parse_article("Titre de la dépêche du jour ici\n\nLe mercredi 13 septembre, rien.", article_id="z")
    assert a.published is not None and a.published.month == 9 and a.published.day == 13
    assert a.published.weekday() == 2


def test_boilerplate_spans() -> None:
    spans = boilerplate_spans(ARTICLE)
    lines = [s.text(ARTICLE) for s in spans]
    assert any(t.startswith("Lire Aussi") for t in lines)
    assert any(t.startswith("Source link") for t in lines)


def test_sentences_split_glued_headings() -> None:
    text = "Les frappes continuent sur KievWashington promet une aide. Elle arrivera.⇒ Un point"
    parts = [s.text(text) for s in sentences(text)]
    assert parts == [
        "Les frappes continuent sur Kiev",
        "Washington promet une aide.",
        "Elle arrivera.",
        "Un point",
    ]


def test_read_article_keeps_offsets(tmp_path: Path) -> None:
    p = tmp_path / "007_abc.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    a = read_article(p)
    assert a.id == "007_abc"
    i = a.text.index("Kherson")
    assert a.text[i : i + 7] == "Kherson"
    assert a.path == p


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "binary": tmp_path / "binary.txt",
        "latin1": tmp_path / "latin1.txt",
        "empty": tmp_path / "empty.txt",
        "html": tmp_path / "page.txt",
        "huge": tmp_path / "huge.txt",
    }
    files["binary"].write_bytes(bytes(range(256)) * 40)
    files["latin1"].write_bytes(
        "Frappe à Kherson : l'été dernier, les dégâts étaient énormes.".encode("latin-1")
    )
    files["empty"].write_bytes(b"  \n\n ")
    files["html"].write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body><div><p>Frappe à Kiev</p></div></body></html>",
        encoding="utf-8",
    )
    with files["huge"].open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    return files


@pytest.mark.parametrize(
    ("kind", "pattern"),
    [
        ("binary", "binary file"),
        ("latin1", "not valid UTF-8.*iconv"),
        ("empty", "empty"),
        ("html", "HTML page"),
        ("huge", "over the .* MB limit"),
    ],
    ids=["binary", "latin1", "empty", "html", "50MB"],
)
def test_bad_input_names_the_file_and_the_fix(tmp_path: Path, kind: str, pattern: str) -> None:
    path = _bad_files(tmp_path)[kind]
    with pytest.raises(ArticleError, match=pattern) as info:
        read_article(path)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_batch_skips_bad_files(tmp_path: Path) -> None:
    bad = _bad_files(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = read_articles([bad["binary"], good, bad["latin1"], bad["empty"], bad["html"], bad["huge"]])
    assert [a.id for a in result.articles] == ["good"]
    assert sorted(f.path.name for f in result.failures) == sorted(p.name for p in bad.values())
    assert not result.ok
    assert MAX_BYTES < 50 * 1024 * 1024


def test_cli_extract_batch_reports_and_exits_nonzero(tmp_path: Path, gazetteer) -> None:
    bad = _bad_files(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        main, ["extract", str(bad["latin1"]), str(good), str(bad["html"]), str(bad["huge"])]
    )
    assert result.exit_code == 2
    assert '"article": "good"' in result.stdout
    assert f"incimap: error: {bad['latin1']}" in result.stderr
    assert str(bad["html"]) in result.stderr and str(bad["huge"]) in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "line",
    ["Publié le 13 novembre 2024 à 10h30", "Mis à jour le 13/11/2024", "Publié le : 2024-11-13"],
    ids=["words", "slashes", "iso"],
)
def test_french_publication_lines(line: str) -> None:
    a = parse_article(f"Un titre de dépêche assez long\n{line}\n\nLe corps.", article_id="f")
    assert a.published == date(2024, 11, 13)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        (
            "Le Courrier du Jura - 07 nov. 2023 à 11:48 | mis à jour le 07 nov. 2023 à 14:20",
            date(2023, 11, 7),
        ),
        ("Agence Exemple — 26.10.2023, 19:15", date(2023, 10, 26)),
        ("Portail | Guerre | 18.02.2025 11:24", date(2025, 2, 18)),
        ("Le 13/02/2024 à 11:47 - mis à jour à 16:05", date(2024, 2, 13)),
        ("Publié le 27-04-22 à 07h15 - Mis à jour le 27-04-22 à 10h48", date(2022, 4, 27)),
        ("25 noiembrie 2025, 11:48 | Actualité", date(2025, 11, 25)),
        ("Publicat: 14 apr. 2026, 09:32 | Actualizat: 14 apr. 2026, 13:05", date(2026, 4, 14)),
    ],
    ids=[
        "abbreviated-month",
        "dotted",
        "after-rubrics",
        "le-slashes",
        "two-digit-year",
        "romanian",
        "romanian-abbr",
    ],
)
def test_time_stamped_header_lines(line: str, day: date) -> None:
    # a byline's date and time under the title is the publication date, whatever the outlet's format
    a = parse_article(f"Un titre de dépêche assez long\n{line}\n\nLe corps, écrit lundi.", article_id="s")
    assert a.published == day


def test_a_date_without_a_time_in_the_header_is_no_stamp() -> None:
    # « Le 24 février 2022, … » opens a sentence about that day: no time, no publication stamp (the
    # article's date comes from elsewhere: here the body's weekday and date)
    text = "Un titre de dépêche assez long\nLe 24 février 2022, la Russie envahissait l'Ukraine.\n\nMardi 3 mars 2026, le front."
    assert parse_article(text, article_id="h").published == date(2026, 3, 3)


def test_a_header_line_opening_with_a_weekday_and_date_is_the_publication_date() -> None:
    # (a live blog's header; the body tells of a later day, which no longer wins)
    text = (
        "DIRECT. Un titre de dépêche assez long\nMercredi 13 novembre 2024 | Mis à jour à 16h52\n\n"
        "Le sommet prévu vendredi 15 novembre 2024 est maintenu."
    )
    assert parse_article(text, article_id="w").published == date(2024, 11, 13)
