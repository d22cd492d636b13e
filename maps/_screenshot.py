"""Write ``docs/map.png``: the offline map of the sample dispatches, shot in headless Chromium.

Run from the repository root::

    .venv/bin/python -m maps._screenshot [--out docs/map.png] [--articles data/samples]

The incidents come from the real pipeline (extraction, store, query) over the team's
sample dispatches in ``data/samples``; the page is opened with the network closed.
"""

from __future__ import annotations

import argparse
import logging
import tempfile
from pathlib import Path

__all__ = ["screenshot"]

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def screenshot(
    map_path: Path,
    out: Path,
    *,
    width: int = 1400,
    height: int = 900,
    popup_event: str | None = "drone_strike",
) -> Path:
    """Open ``map_path`` in headless Chromium (network closed), open one popup, save a PNG to ``out``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route(
                "**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()
            )
            page.goto(map_path.resolve().as_uri())
            page.wait_for_function("window.incimap && window.incimap.ready === true", timeout=60_000)
            marker = page.locator(f".incimap-{popup_event}") if popup_event else None
            if marker is not None and marker.count():
                marker.first.click(force=True)
                page.wait_for_timeout(400)
            page.mouse.move(width // 2, height - 5)  # leave no hover tooltip on the picture
            page.wait_for_timeout(200)
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
        finally:
            browser.close()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "map.png")
    parser.add_argument("--articles", type=Path, default=ROOT / "data" / "samples")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    from geo.pipeline import run_pipeline

    files = sorted(args.articles.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        result = run_pipeline(files, out_dir=Path(tmp), offline=True)
        logger.info("%s", result.summary())
        screenshot(result.map_path, args.out)
    logger.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
