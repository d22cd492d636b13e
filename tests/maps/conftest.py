"""Fixtures of the map tests: incidents, and a real headless Chromium with the network closed."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from geo.models import EVENT_TYPES, Incident

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

SCRIPT_PAYLOAD = "<script>alert(1)</script>"
IMG_PAYLOAD = '"><img src=x onerror=alert(1)>'


def _source(article: str, title: str, url: str | None, published: str) -> dict:
    return {"article": article, "title": title, "url": url, "published": published}


@pytest.fixture
def incidents() -> list[Incident]:
    """A small, hand-written set: several types, precisions, casualties, weapons, two sources."""
    s1 = _source("t01", "Drones sur le Danube", "https://example.org/a1", "2024-09-14")
    s2 = _source("t02", "Izmaïl visé de nouveau", "https://example.org/a2", "2024-09-15")
    return [
        Incident(
            "drone_strike",
            "Izmaïl",
            45.351,
            28.838,
            date=date(2024, 9, 14),
            injured=2,
            weapons={"drones": 12},
            actor="RU",
            evidence="Des drones ont frappé le port.",
            article="t01",
            sources=[s1, s2],
            admin1="Odesa Oblast",
            country="UA",
        ),
        Incident(
            "air_defense",
            "Kiev",
            50.45,
            30.52,
            date=date(2024, 9, 13),
            weapons={"missiles": 6, "drones": 90},
            actor="RU",
            evidence="La défense a abattu des drones.",
            article="t03",
            sources=[_source("t03", "Nuit d'alerte", "https://example.org/a3", "2024-09-13")],
        ),
        Incident(
            "debris",
            "Tulcea",
            45.179,
            28.805,
            geo_precision=2,
            date=date(2024, 9, 10),
            date_precision="week",
            evidence="Des débris ont été retrouvés.",
            article="t04",
            sources=[_source("t04", "Débris en Roumanie", None, "2024-09-11")],
            country="RO",
        ),
        Incident(
            "shelling",
            "Robotyne",
            47.45,
            35.84,
            geo_precision=3,
            date=date(2024, 8, 1),
            killed=1,
            injured=4,
            evidence="Le village a été bombardé.",
            article="t05",
            sources=[_source("t05", "Front sud", "https://example.org/a5", "2024-08-02")],
        ),
        Incident(
            "troop_deployment",
            "Koursk",
            51.73,
            36.19,
            date=date(2024, 11, 1),
            date_precision="month",
            actor="KP",
            evidence="Des troupes ont été déployées.",
            article="t06",
            sources=[_source("t06", "Déploiement", "https://example.org/a6", "2024-11-02")],
        ),
    ]


@pytest.fixture
def xss_incidents() -> list[Incident]:
    """Incidents whose article text carries markup meant to run in the page."""
    evil = _source("evil", f"Titre {IMG_PAYLOAD}", "javascript:alert(1)", "2024-09-14")
    return [
        Incident(
            "explosion",
            f"Odessa {SCRIPT_PAYLOAD}",
            46.48,
            30.72,
            date=date(2024, 9, 14),
            evidence=f"Phrase {SCRIPT_PAYLOAD} et {IMG_PAYLOAD} fin.",
            actor=IMG_PAYLOAD,
            weapons={IMG_PAYLOAD: 1},
            article="evil",
            sources=[evil],
            admin1=SCRIPT_PAYLOAD,
        ),
        Incident(
            "fire",
            IMG_PAYLOAD,
            47.1,
            31.9,
            date=date(2024, 9, 15),
            evidence=IMG_PAYLOAD,
            article="evil2",
            sources=[_source("evil2", SCRIPT_PAYLOAD, "https://example.org/x", "2024-09-15")],
        ),
    ]


@pytest.fixture
def payloads() -> tuple[str, str]:
    """The two markup payloads of :func:`xss_incidents`."""
    return SCRIPT_PAYLOAD, IMG_PAYLOAD


@pytest.fixture
def make_synthetic():
    """A function ``(n, seed=7) -> list[Incident]`` of random incidents."""
    return synthetic


def synthetic(n: int, *, seed: int = 7) -> list[Incident]:
    """``n`` random incidents over Ukraine and its neighbours (deterministic)."""
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    out = []
    for i in range(n):
        out.append(
            Incident(
                EVENT_TYPES[i % len(EVENT_TYPES)],
                f"Lieu {i % 500}",
                round(rng.uniform(44.5, 52.0), 5),
                round(rng.uniform(23.0, 40.0), 5),
                geo_precision=rng.choice((1, 2, 3)),
                date=start + timedelta(days=rng.randrange(600)),
                killed=rng.choice((None, 0, 3)),
                evidence=f"Phrase de test numéro {i}.",
                article=f"s{i % 50}",
                sources=[
                    _source(f"s{i % 50}", f"Article {i % 50}", f"https://example.org/s{i % 50}", "2024-01-01")
                ],
            )
        )
    return out


@dataclass
class Page:
    """A loaded map page and what happened while loading it."""

    page: object
    console_errors: list[str] = field(default_factory=list)
    requests_blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """Debian's Chromium, headless, through Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package (scripts/system-deps.sh does)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed in .venv")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def open_map(chromium):
    """Open a map file with every non-``file:`` request aborted; wait until its markers are placed."""
    contexts = []

    def _open(path: Path, *, width: int = 1400, height: int = 900, timeout_ms: int = 60_000) -> Page:
        context = chromium.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        result = Page(page)
        page.on("console", lambda m: m.type == "error" and result.console_errors.append(m.text))
        page.on("pageerror", lambda e: result.console_errors.append(f"pageerror: {e}"))

        def on_dialog(dialog):
            result.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)

        def route(r):
            if r.request.url.startswith(("file:", "data:")):
                r.continue_()
            else:
                result.requests_blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.goto(Path(path).resolve().as_uri())
        page.wait_for_function("window.incimap && window.incimap.ready === true", timeout=timeout_ms)
        return result

    yield _open
    for context in contexts:
        context.close()
