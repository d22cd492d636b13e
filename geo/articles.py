"""Reading article files: metadata, title, boilerplate, sentences.

An article file is plain UTF-8 text: a title near the top, optional metadata
lines (``Source link : URL``, ``Publish date : 2024-03-05 08:00:00``, a first
line `` date 2023-09``), then the body, sometimes with headings glued to the
next sentence ("KievWashington") and scraped boilerplate ("Lire Aussi",
"Leave a Reply"). :class:`~geo.models.Article.text` is the whole decoded file:
every offset elsewhere (mentions, incidents, sentences) points into it.

Bad input (binary, another encoding, HTML, empty, too large) raises
:class:`~geo.errors.ArticleError` with a message naming the file and the fix.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from gazetteer._regex import WIRE_AGENCIES, guard_all
from geo.dates import MONTHS as _MONTHS
from geo.dates import WEEKDAYS as _WEEKDAYS
from geo.errors import ArticleError
from geo.models import Article

__all__ = [
    "MAX_BYTES",
    "ArticleFailure",
    "ReadResult",
    "Span",
    "boilerplate_spans",
    "dateline_at",
    "parse_article",
    "read_article",
    "read_articles",
    "sections",
    "sentences",
]

logger = logging.getLogger(__name__)

#: Largest article file accepted (bytes). News articles are a few tens of kB.
MAX_BYTES = 5 * 1024 * 1024

_PUBLISH_RE = re.compile(r"^[ \t]*Publish(?:ed)?[ \t]+date[ \t]*:[ \t]*(\d{4})-(\d{2})-(\d{2})", re.I | re.M)
_PUBLISHED_FR_RE = re.compile(
    r"(?:Publié|Publiée|Mis\s+à\s+jour|Publication|Date)\s*(?:le)?\s*:?\s*(?:[a-z]+\s+)?"
    r"(?:(\d{1,2})(?:er)?\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    r"novembre|décembre|decembre)\s+(\d{4})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2}(?!\d))|(\d{4})-(\d{2})-(\d{2}))",
    re.I,
)
#: A header line that starts with a date (« 10.03.2025 | 10:47 | Rédaction », « 14/08/2024 07:35 »,
#: « 2024-08-14 », « Mercredi 28 mai 2025 | Mis à jour à 16h52 »), or with a rubric before a bar
#: (« Actualité | 05.10.2024 | 16:05 »): the same three forms as _PUBLISHED_FR_RE, without the label
_DATE_LINE_RE = re.compile(
    r"^[ \t]*(?:[^\n\d|]{1,30}[|•·][ \t]*)?(?:(?:"
    + "|".join(_WEEKDAYS)
    + r"),?\s+)?(?:(\d{1,2})(?:er)?\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
    r"octobre|novembre|décembre|decembre)\s+(\d{4})|(\d{1,2})[/.](\d{1,2})[/.](\d{4})|(\d{4})-(\d{2})-(\d{2}))"
    r"(?![\w.])[^\n]{0,80}$",
    re.I | re.M,
)
#: A wire dispatch's dateline: « KHERSON (Ukraine), 4 oct 2023 (AFP) - », « KIEV, 18 avril (Reuters) - »
#: (the month may be abbreviated; without a year, see :func:`_dateline_date`)
_DATELINE_RE = re.compile(
    # the city in capitals (« KIEV, 18 avril (Reuters) - »), or in title case before an agency's name
    # (« Bucarest, 17 oct /Agerpres/ - »)
    r"^[ \t]*(?:[A-ZÀ-Ý][A-ZÀ-Ý’'. -]{1,40}(?:\s*\([^)\n]{1,40}\))?|[A-ZÀ-Ý][a-zà-ÿ’'-]+(?:\s[A-ZÀ-Ý][a-zà-ÿ’'-]+)?"
    r"(?=,\s*\d{1,2}(?:er)?\s+[a-zéû]{3,9}\.?(?:\s+\d{4})?\s*(?:\(|/)))"
    r",\s*(\d{1,2})(?:er)?\s+([a-zéû]{3,9})\.?"
    r"(?:\s+(\d{4}))?\s*(?:\([^)\n]{1,40}\)\s*|/[^/\n]{1,30}/\s*)?[-–—]\s",
    re.M,
)
#: A dateline without its city, the day and month before an agency's name (« (Actualisé avec
#: précisions) 3 septembre (Reuters) - »): the groups of :data:`_DATELINE_RE`.
_AGENCY_DATELINE_RE = re.compile(
    rf"(?<![\w/.-])(\d{{1,2}})(?:er)?\s+([a-zéû]{{3,9}})\.?(?:\s+(\d{{4}}))?\s*\((?:{WIRE_AGENCIES})\)\s*[-–—]\s"
)
#: Abbreviated French months of datelines.
_MONTH_ABBREVIATIONS = {
    "janv": 1,
    "fév": 2,
    "fev": 2,
    "févr": 2,
    "fevr": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "déc": 12,
    "dec": 12,
}
#: How far into the file a dated header line is looked for (the lines above the first paragraph).
_HEADER_CHARS = 400
#: A byline's time stamp under a title: a date and the time it was published (« Le Progrès - 07 nov.
#: 2023 à 11:48 | mis à jour … », « Newsmaker.md — 26.10.2023, 19:15 », « Ukrinform | Guerre |
#: 18.02.2025 11:24 », « Le 13/02/2024 à 11:47 », « Publié le 27-04-22 à 07h15 »). The time tells a
#: publication stamp from a date told in a headline (« Le 24 février 2022, la Russie … »).
_STAMP_LINE_RE = re.compile(
    r"^[^\n]{0,80}?(?<![\w/.-])(?:(\d{1,2})(?:er)?\s+([a-zéèûô]{3,10})\.?\s+(\d{4})|(\d{1,2})([./-])(\d{1,2})\5(\d{4}|\d{2}))"
    r",?\s+(?:à\s+)?\d{1,2}\s?[:h]\s?\d{2}\b",
    re.I | re.M,
)
#: Romanian month names of the time stamps of Romanian and Moldovan sites (« 25 noiembrie 2025,
#: 11:48 », « Publicat: 14 apr. 2026, 09:32 »), beyond the French ones and their abbreviations.
_STAMP_MONTHS = {
    **dict.fromkeys(("ianuarie", "ian"), 1),
    **dict.fromkeys(("februarie", "feb"), 2),
    **dict.fromkeys(("martie", "mar"), 3),
    **dict.fromkeys(("aprilie", "apr"), 4),
    **dict.fromkeys(("iunie", "iun"), 6),
    **dict.fromkeys(("iulie", "iul"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("septembrie", "sep"), 9),
    "octombrie": 10,
    **dict.fromkeys(("noiembrie", "noi"), 11),
    "decembrie": 12,
}
_DATE_HEADER_RE = re.compile(r"\A[ \t]*date[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?\b", re.I)
#: A month-only « Publish date : 2024-01 » line: a month header too
_PUBLISH_MONTH_RE = re.compile(
    r"^[ \t]*Publish(?:ed)?[ \t]+date[ \t]*:[ \t]*(\d{4})-(\d{2})(?:-(\d{2}))?[ \t]*$", re.I | re.M
)
_SOURCE_RE = re.compile(r"^[ \t]*Source[ \t]+link[ \t]*:[ \t]*(\S+)", re.I | re.M)
_HTML_RE = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|div|p|script|meta|title)\b", re.I)
_META_LINE_RE = re.compile(
    r"^[ \t]*(?:Source link|Publish date|Author|Tags|Copyright for syndicated content)\b.*$", re.I | re.M
)
#: Lines of scraped page furniture: not part of the article.
_BOILERPLATE_LINE_RE = re.compile(
    # (« > Guerre en Ukraine : … »: a related link; « Citește și » / « Citiți și »: « lire aussi » of
    # Romanian and Moldovan pages in French)
    # (a bullet or arrow may open it: « • À lire aussi: », « ► À suivre aussi : »; « (Re)voir → » a video)
    r"^[ \t]*(?:[•►▶➤→·*][ \t]*)?(?:>+[ \t]|Lire (?:aussi|également)|À lire aussi|A lire aussi|Voir aussi|"
    r"[ÀA] suivre aussi|Articles? liés?|Sur le même sujet|"
    r"Nos (?:abonnés|lecteurs) ont (?:aussi |également )?lu|[ÀA] (?:voir|écouter|lire) (?:aussi|également)|"
    r"Pour aller plus loin|\((?:Re|re)\)(?:voir|lire|découvrir)|"
    r"Cite[șşs]te (?:[șşs]i|si)|Citi[țţt]i (?:[șşs]i|si)|Читайте также|"
    r"Les plus lus|Newsletter|Abonnez-vous|S[’']abonner|Publicité|Réagir|Commentaires?\s*$|VIDÉO\s*[-–:]|"
    r"Vidéo\s*[-–:]|INFOGRAPHIE|Partager sur|Suivez-nous|Retrouvez|"
    r"Leave a Reply|Your email address|Back to top|Source link|Publish date|Author\s*:|Tags\s*:|"
    r"Copyright for syndicated|Source\s*$|>> Plus d|Partager|Suivez notre direct\s*$|"
    r"Ce direct est maintenant terminé|Ce qu'il faut savoir\s*$|Photos?\s*:|Crédits?(?:\s+photo)?\s*:|©)[^\n]*$",
    re.I | re.M,
)
#: Everything after one of these lines is page furniture.
_TAIL_RE = re.compile(
    r"^[ \t]*(?:Leave a Reply|Source link\s*:|Articles Liés|Back to top button)", re.I | re.M
)
_FULL_DATE_RE = re.compile(r"\b(\d{1,2})(?:er)?\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", re.I)
#: A day and month (« 26 avril »), for a month-only header (see :func:`_infer_published`).
_DAY_MONTH_RE = re.compile(r"\b(\d{1,2})(?:er)?\s+(" + "|".join(_MONTHS) + r")\b", re.I)
_WEEKDAY_DATE_RE = re.compile(
    r"\b(" + "|".join(_WEEKDAYS) + r")\s+(\d{1,2})(?:er)?\s+(" + "|".join(_MONTHS) + r")\b(?:\s+(\d{4}))?",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Span:
    """A ``[start, end)`` character range of an article's text."""

    start: int
    end: int

    def text(self, text: str) -> str:
        """The characters of ``text`` in this span."""
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class ArticleFailure:
    """A file that could not be read, with the reason (the error message)."""

    path: Path
    error: ArticleError


@dataclass(slots=True)
class ReadResult:
    """Articles read by :func:`read_articles`, and the files that failed."""

    articles: list[Article]
    failures: list[ArticleFailure]

    @property
    def ok(self) -> bool:
        """True when every file was read."""
        return not self.failures


def _decode(data: bytes, name: str) -> str:
    """Decode UTF-8 bytes, rejecting binary data and other encodings."""
    if not data.strip():
        msg = f"{name}: the file is empty; give a UTF-8 text file with the article's title and body"
        raise ArticleError(msg)
    head = data[:8192]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 20:
        msg = (
            f"{name}: this is a binary file, not article text; "
            "give a plain UTF-8 text file (convert PDF/DOCX to text first)"
        )
        raise ArticleError(msg)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        msg = (
            f"{name}: not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            f"it is probably Latin-1/Windows-1252: convert it with "
            f"`iconv -f WINDOWS-1252 -t UTF-8 {name} > {Path(name).stem}.utf8.txt`"
        )
        raise ArticleError(msg) from err
    if _HTML_RE.search(text[:4096]) and text.count("<") > 5:
        msg = (
            f"{name}: this is an HTML page, not article text; extract the text first "
            f"(for example `python -m html2text` or a browser's reader view) and save it as UTF-8 .txt"
        )
        raise ArticleError(msg)
    return text


def read_article(path: str | Path, *, published: date | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """Read one article file.

    Parameters
    ----------
    path
        A UTF-8 text file. The article id is the file name without ``.txt``.
    published
        Publication date to use when the file gives none (or to override it).
    max_bytes
        Largest accepted file size.

    Returns
    -------
    Article
        ``text`` is the whole decoded file.

    Raises
    ------
    ArticleError
        The file is missing, empty, binary, not UTF-8, an HTML page or too large.
    """
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as err:
        msg = f"{name}: no such file; check the path"
        raise ArticleError(msg) from err
    except OSError as err:
        msg = f"{name}: cannot read the file ({err.strerror}); check the path and permissions"
        raise ArticleError(msg) from err
    if path.is_dir():
        msg = f"{name}: is a directory; pass the article files (for example {name}/*.txt)"
        raise ArticleError(msg)
    if size > max_bytes:
        msg = (
            f"{name}: the file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one "
            "article; split it into one file per article"
        )
        raise ArticleError(msg)
    try:
        data = path.read_bytes()
    except OSError as err:
        msg = f"{name}: cannot read the file ({err.strerror}); check the permissions"
        raise ArticleError(msg) from err
    text = _decode(data, name)
    article_id = path.name[:-4] if path.name.lower().endswith(".txt") else path.name
    article = parse_article(text, article_id=article_id, published=published)
    article.path = path
    return article


def read_articles(
    paths: Iterable[str | Path], *, published: date | None = None, max_bytes: int = MAX_BYTES
) -> ReadResult:
    """Read many article files; a bad file is logged and skipped, never fatal.

    Returns
    -------
    ReadResult
        ``articles`` in input order and ``failures`` (path and error).
    """
    articles: list[Article] = []
    failures: list[ArticleFailure] = []
    for p in paths:
        try:
            articles.append(read_article(p, published=published, max_bytes=max_bytes))
        except ArticleError as err:
            logger.info("skipped %s", err)
            failures.append(ArticleFailure(Path(p), err))
    return ReadResult(articles, failures)


#: The day taken for a ``date YYYY-MM`` header when the text tells no day of that month.
_UNKNOWN_DAY = 7


def _infer_published(text: str, header: tuple[int, int] | None) -> date | None:
    """Publication date from the body: a weekday + day + month (« mercredi 13 septembre »).

    With no year in the text, the most recent year (not in the future) where
    that day falls on that weekday is used; with a ``date YYYY-MM`` header,
    its year and month.
    """
    best: date | None = None
    today = date.today()
    for m in _WEEKDAY_DATE_RE.finditer(text[:20000]):
        weekday = _WEEKDAYS.index(m.group(1).lower())
        day = int(m.group(2))
        month = _MONTHS[m.group(3).lower()]
        years: Iterable[int]
        if m.group(4):
            years = [int(m.group(4))]
        elif header:
            years = [header[0]]
        else:
            years = range(today.year, today.year - 12, -1)
        for year in years:
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if d.weekday() == weekday and d <= today:
                if header and (d.year, d.month) != header:
                    break
                if best is None or d > best:
                    best = d
                break
    if best is None and header is not None:
        # no weekday: the latest day of the header's month the text names (« tôt le (mardi) 26 avril »
        # under « date 2022-04 »): the day of the report, or close after it
        for m in _DAY_MONTH_RE.finditer(text[:20000]):
            if _MONTHS[m.group(2).lower()] != header[1]:
                continue
            try:
                d = date(header[0], header[1], int(m.group(1)))
            except ValueError:
                continue
            if d <= today and (best is None or d > best):
                best = d
    if best is None and header is None:
        # no weekday: the latest full date written in the text (« le 3 mars 2024 »)
        for m in _FULL_DATE_RE.finditer(text[:20000]):
            try:
                d = date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
            except ValueError:
                continue
            if d <= today and (best is None or d > best):
                best = d
    return best


def parse_article(text: str, *, article_id: str, published: date | None = None) -> Article:
    """Parse an article's decoded text: title, publication date, URL.

    Parameters
    ----------
    text
        The whole decoded file.
    article_id
        Identifier (the file name without ``.txt``).
    published
        Overrides the publication date found in the text.

    Returns
    -------
    Article
    """
    url = None
    m = _SOURCE_RE.search(text)
    if m:
        url = m.group(1)
    pub = published
    if pub is None:
        m = _PUBLISH_RE.search(text)
        header = _DATE_HEADER_RE.match(text) or (
            None if m else _PUBLISH_MONTH_RE.search(text, 0, _HEADER_CHARS)
        )
        fr = None if m else _PUBLISHED_FR_RE.search(text[:3000])
        if m:
            pub = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        elif fr:
            pub = _fr_date(fr)
        if pub is None and not header:
            line = _DATE_LINE_RE.search(text, 0, _HEADER_CHARS)
            if line:
                pub = _fr_date(line)
        if pub is None and not header:
            pub = _stamp_date(text)
        if pub is None and not header:
            pub = _dateline_date(text)
        if pub is None and header and header.group(3):
            pub = date(int(header.group(1)), int(header.group(2)), int(header.group(3)))
        elif pub is None:
            ym = (int(header.group(1)), int(header.group(2))) if header else None
            if ym:
                # the day of a month-only header from a wire dateline of that month (« KYIV, 3 décembre
                # (Reuters) - » under « date 2023-12 »)
                pub = _dateline_date(text, month_of=ym)
            if pub is None:
                pub = _infer_published(text, ym)
            if pub is None and ym:
                # the day is unknown: the 7th, so that the days the text names by their weekday
                # (« lundi », « hier ») fall in the header's month, not in the month before
                pub = date(ym[0], ym[1], _UNKNOWN_DAY)
    return Article(id=article_id, text=text, title=_title(text), published=pub, url=url)


def dateline_at(text: str, pos: int) -> bool:
    """Does a wire dateline (« IZMAÏL (Ukraine), 25 septembre 2023 (AFP) - ») start the line at ``pos``?"""
    return _DATELINE_RE.match(text, pos) is not None


def _dateline_date(text: str, *, month_of: tuple[int, int] | None = None) -> date | None:
    """The date of a wire dateline near the top (« KHERSON (Ukraine), 4 oct 2023 (AFP) - »). Without a
    year (« KIEV, 18 avril (Reuters) - »), the most recent year from two years after the latest year the
    text names (its background) back to two before it, in which that day falls on a weekday the first paragraph names (``None`` when the text names no
    year: the date is not guessed from the day the program runs).

    ``month_of``: the (year, month) of a month-only header (« date 2023-09 »): the dateline must be
    of that month, and may lack its city (« (Actualisé) 3 septembre (Reuters) - »).
    """
    m = _DATELINE_RE.search(text, 0, _HEADER_CHARS)
    if month_of is not None and m is None:
        m = _AGENCY_DATELINE_RE.search(text, 0, _HEADER_CHARS)
    if m is None:
        return None
    word = m.group(2).lower()
    month = _MONTHS.get(word) or _MONTH_ABBREVIATIONS.get(word)
    if month is None:
        return None
    day = int(m.group(1))
    if month_of is not None:
        if month != month_of[1] or (m.group(3) and int(m.group(3)) != month_of[0]):
            return None
        try:
            return date(month_of[0], month, day)
        except ValueError:
            return None
    try:
        if m.group(3):
            return date(int(m.group(3)), month, day)
        years = [int(y) for y in re.findall(r"\b(20[0-4]\d)\b", text[:4000])]
        para = text[m.end() : m.end() + 600].lower()
        weekdays = {i for i, w in enumerate(_WEEKDAYS) if re.search(r"\b" + w + r"\b", para)}
        if not years:
            return None  # (no year anywhere: the date stays unknown rather than guessed from today)
        for year in range(max(years) + 2, max(years) - 3, -1):
            d = date(year, month, day)
            if not weekdays or d.weekday() in weekdays:
                return d
    except ValueError:
        return None
    return None


def _stamp_date(text: str) -> date | None:
    """The date of the first time-stamped header line (see :data:`_STAMP_LINE_RE`), if any."""
    for m in _STAMP_LINE_RE.finditer(text, 0, _HEADER_CHARS):
        day, month, year, nday, _sep, nmonth, nyear = m.groups()
        if day:
            name = month.lower()
            number = _MONTHS.get(name) or _MONTH_ABBREVIATIONS.get(name) or _STAMP_MONTHS.get(name)
            if number is None:
                continue
            parts = (int(year), number, int(day))
        else:
            parts = (int(nyear) if len(nyear) == 4 else 2000 + int(nyear), int(nmonth), int(nday))
        try:
            return date(*parts)
        except ValueError:
            continue
    return None


def _fr_date(m: re.Match[str]) -> date | None:
    """The date of a « Publié le 13 novembre 2024 » / « 13/11/2024 » / « 13/11/24 » / « 2024-11-13 » match."""
    g = m.groups()
    try:
        if g[0]:
            return date(int(g[2]), _MONTHS[g[1].lower()], int(g[0]))
        if g[3]:
            year = int(g[5]) if len(g[5]) == 4 else 2000 + int(g[5])  # « 18/06/25 »
            return date(year, int(g[4]), int(g[3]))
        return date(int(g[6]), int(g[7]), int(g[8]))
    except ValueError:
        return None


def _title(text: str) -> str:
    """The first line that reads like a headline (skipping site names and ornaments)."""
    for m in re.finditer(r"[^\n]+", text[:5000]):
        line = m.group(0).strip()
        line = _DATE_HEADER_RE.sub("", line).strip()
        words = re.findall(r"[^\W\d_]+", line)
        if len(words) < 4 or _META_LINE_RE.match(line) or _BOILERPLATE_LINE_RE.match(line):
            continue
        if len(line) > 200:
            cut = re.search(r"[.!?](?:\s|$)", line)
            line = line[: cut.start() + 1] if cut and cut.start() < 300 else line[:200].rsplit(" ", 1)[0]
        return line
    return ""


def _line_matches(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern that only matches at line starts (``^`` in MULTILINE mode).

    The pattern is tried at each line start (a few dozen) instead of at every character.
    """
    line = 0
    after = 0  # end of the last match: the next one starts there or later
    while True:
        if line >= after:
            m = rx.match(text, line)
            if m:
                yield m
                after = m.end()
        nl = text.find("\n", line)
        if nl < 0:
            return
        line = nl + 1


#: A line of prose: eight words or more (metadata, ornaments and tag lines are shorter).
_PROSE_LINE_RE = re.compile(r"^[^\n]*?(?:[^\W\d_]+[^\w\n]+){7}[^\W\d_]+[^\n]*$", re.M)


def _only_furniture_after(text: str, pos: int) -> bool:
    """True when no line of prose follows ``pos`` (only metadata, tags, ornaments).

    A « Source link : » line placed above the body (between the title and the
    first paragraph) is one line of furniture, not the start of the page tail.
    """
    for m in _PROSE_LINE_RE.finditer(text, pos):
        line = m.group(0)
        if not (_META_LINE_RE.match(line) or _BOILERPLATE_LINE_RE.match(line)):
            return False
    return True


#: An agency's credit line inside a paragraph: « (Reportage Pavel Polityuk à Kyiv ; version
#: française Elizabeth Pineau) », « (Rédigé par …) », « (Avec AFP) »: where the reporters sit, no event
_CREDIT_RE = re.compile(
    r"\((?:Reportage|Rédigé|Rédaction|Version\s+française|Édité|Edité|Avec\s+(?:l[’']\s*)?(?:AFP|Reuters|AP)\b)"
    r"[^()\n]{0,400}\)",
    re.I,
)


#: « Lire aussi : » alone on its line: the headlines of other articles follow, one per line
_READ_ALSO_ALONE_RE = re.compile(
    r"[ \t]*(?:[•►▶➤→·*][ \t]*)?(?:[ÀA] )?(?:lire|voir) (?:aussi|également)[ \t]*:?[ \t]*", re.I
)
#: A line that reads like a headline: no full stop at its end (« Les drones frappent encore le port
#: d'Izmaïl », « La trêve tiendra-t-elle ? »)
_HEADLINE_LINE_RE = re.compile(r"[^\n]{3,200}(?<![.…])[ \t]*")


def _linked_headlines(text: str, pos: int) -> list[Span]:
    """The headline lines right after a « Lire aussi : » line ending at ``pos`` (up to a blank line
    or a line that ends like a sentence)."""
    out: list[Span] = []
    while pos < len(text) and text[pos] == "\n":
        pos += 1
        m = _HEADLINE_LINE_RE.match(text, pos)
        if m is None or (m.end() < len(text) and text[m.end()] != "\n"):
            break
        out.append(Span(m.start(), m.end()))
        pos = m.end()
    return out


def boilerplate_spans(text: str) -> list[Span]:
    """Spans of page furniture: "Lire Aussi" links, metadata lines, agency credits and the page tail.

    Toponyms are still found there (they are in the text) but no incident is
    taken from them.
    """
    spans = []
    for m in _line_matches(_BOILERPLATE_LINE_RE, text):
        spans.append(Span(m.start(), m.end()))
        if _READ_ALSO_ALONE_RE.fullmatch(m.group(0)):
            spans += _linked_headlines(text, m.end())
    if "(" in text:
        spans += [Span(m.start(), m.end()) for m in _CREDIT_RE.finditer(text)]
    for tail in _line_matches(_TAIL_RE, text):
        if _only_furniture_after(text, tail.end()) or not tail.group(0).lstrip().lower().startswith("source"):
            spans.append(Span(tail.start(), len(text)))
            break
    spans.sort(key=lambda s: s.start)
    return spans


#: A sentence ends at . ! ? … (and the quote it closes) followed by space and a capital (a quote
#: closed inside a sentence does not end it: « ont "intercepté et détruit" 20 drones »), at a line break,
#: or at a heading glued to the next sentence (lower-case letter then capital
#: and lower-case: "samediMissiles"), or at a bullet arrow.
#: (The leading look-aheads only restate what every alternative needs at its first position, so
#: that most positions fail after one or two character tests.)
_SENT_BREAK_RE = re.compile(
    r"(?=[\s⇒«“\"A-ZÀ-ÖØ-Þ])(?! [a-zà-ÿ])"  # (no break starts at a space before a lower-case letter)
    r"(?:(?:(?<=[.!?…])|(?<=[.!?…][»”\"])|(?<=[.!?…]\s[»”\"]))\s+(?=[«“\"]?\s?[A-ZÀ-ÖØ-Þ0-9])"
    r"|(?<=[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
    r"|(?<=[.!?…][»”\"])(?=[A-ZÀ-ÖØ-Þ])"
    r"|\n+"
    # (a straight quote closes only after a non-space: « le "Sergueï Kotov" » opens a name)
    r"|(?:(?<=[a-zà-ÿ0-9»”])|(?<=\S\"))(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ’'])"
    r"|\s*⇒\s*"
    r"|(?<=[.!?])(?=[«“\"]))"
)
#: _SENT_BREAK_RE written to start with one character class, which lets the engine skip at C speed
#: to the characters a break can start at (a pattern starting with look-arounds is tried at every
#: position). Each alternative of _SENT_BREAK_RE needs a given kind of character at its start: a
#: space (``\s+`` after . ! ? …, ``\n+``, ``\s*⇒``), ``⇒``, a capital (the empty breaks before
#: it) or a quote (the empty break after . ! ?). Here that character is consumed first, and each
#: alternative checks it with a look-behind: the same conditions, in the same order for each kind
#: of character. An empty break of _SENT_BREAK_RE is a match of one character here (the capital
#: or the quote), read back as empty by :func:`sentences`; no other break can start at that
#: character, so going on after it finds the same breaks. ``(?!(?<= )[a-zà-ÿ])`` is the early
#: exit of _SENT_BREAK_RE, a space before a lower-case letter (no alternative matches there).
_SENT_BREAK_FAST_RE = re.compile(
    r"[\s⇒«“\"A-ZÀ-ÖØ-Þ](?!(?<= )[a-zà-ÿ])"
    r"(?:(?:(?<=[.!?…]\s)|(?<=[.!?…][»”\"]\s)|(?<=[.!?…]\s[»”\"]\s))\s*(?=[«“\"]?\s?[A-ZÀ-ÖØ-Þ0-9])"
    r"|(?<=[.!?][A-ZÀ-ÖØ-Þ])(?=[a-zà-ÿ])"
    r"|(?<=[.!?…][»”\"][A-ZÀ-ÖØ-Þ])"
    r"|(?<=\n)\n*"
    r"|(?:(?<=[a-zà-ÿ0-9»”][A-ZÀ-ÖØ-Þ])|(?<=\S\"[A-ZÀ-ÖØ-Þ]))(?=[a-zà-ÿ’'])"
    r"|(?<=\s)\s*⇒\s*|(?<=⇒)\s*"
    r"|(?<=[.!?][«“\"]))"
)
_ABBREV_RE = re.compile(r"(?:\b(?:M|Mme|MM|Dr|St|Ste|av|J\.-C|etc|cf|p|n°|No)\.|\b[A-Z]\.)$")
#: A line that ends on a word no sentence ends with (« … l'évacuation du district de ») or a line
#: that starts with a comma (« , qui borde la région ») goes on across the line break: web pages
#: whose links were set on lines of their own (« du district de\nGlushkovsky\n, qui borde »). Only a
#: single line break: a blank line ends a paragraph whatever precedes it.
_DANGLING_END_RE = re.compile(
    r"(?:\b(?:de|du|des|à|au|aux|le|la|les|en|sur|dans|vers|par|pour)|\b[dl][’'])[ \t]*$"
)
_CONTINUED_START_RE = re.compile(r"[ \t]*[,;:).]")


def _line_goes_on(text: str, before: int, after: int) -> bool:
    """Does the line ending at ``before`` go on across the break to ``after`` (see
    :data:`_DANGLING_END_RE`)?"""
    return (
        _CONTINUED_START_RE.match(text, after) is not None
        or _DANGLING_END_RE.search(text, max(0, before - 12), before) is not None
    )


#: Names written with a capital inside them (« DeepState », « TikTok »), which are no heading glued
#: to the text before it (« …sur KievLa capitale… »)
_CAMEL_CASE_NAMES = frozenset(
    {
        "DeepState", "DeepStateMap", "TikTok", "WhatsApp", "YouTube", "LinkedIn", "OpenAI", "ChatGPT",
        "iPhone", "BlackRock", "SpaceX", "PlayStation", "McDonald", "MacBook", "PayPal", "GitHub",
        "FlightRadar", "MarineTraffic", "AliExpress", "BuzzFeed", "HuffPost", "NewsGuard", "RusHydro",
        "LiveUAMap", "BlaBlaCar", "GoFundMe", "DeepMind", "TotalEnergies", "ExxonMobil", "KyivStar",
    }
)  # fmt: skip


def _camel_case_name(text: str, pos: int) -> bool:
    """Is the capital at ``pos``, glued to a lower-case letter, inside a name of :data:`_CAMEL_CASE_NAMES`?"""
    a = pos
    while a > 0 and text[a - 1].isalpha():
        a -= 1
    b = pos + 1
    while b < len(text) and text[b].isalpha():
        b += 1
    return text[a:b] in _CAMEL_CASE_NAMES


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split ``text[start:end]`` into sentence spans (offsets into ``text``).

    Handles headings glued to the next sentence ("...sur KievLa capitale...").
    """
    end = len(text) if end is None else end
    out: list[Span] = []
    pos = start
    for m in _SENT_BREAK_FAST_RE.finditer(text, start, end):
        b = m.start()
        # a break that starts at a space or « ⇒ » is the match; one at a capital or a quote is
        # the empty break before it (see _SENT_BREAK_FAST_RE)
        first = text[b]
        gap_end = m.end() if first.isspace() or first == "⇒" else b
        if b <= pos:
            continue
        # (the cheap test on the break first: both are pure, and the abbreviation is only looked
        # for before a break of spaces without a line break)
        gap = text[b:gap_end]
        if not gap and first.isupper() and _camel_case_name(text, b):
            continue  # (« la chaîne DeepState »: a brand's capital, not a heading glued to the text)
        if not gap.strip():
            if "\n" not in gap:
                if _ABBREV_RE.search(text[max(pos, b - 6) : b]):
                    continue
            elif gap.count("\n") == 1 and _line_goes_on(text, b, gap_end):
                continue
        piece = text[pos:b]
        if piece.strip():
            s = pos + (len(piece) - len(piece.lstrip()))
            e = b - (len(piece) - len(piece.rstrip()))
            out.append(Span(s, e))
        pos = gap_end
    piece = text[pos:end]
    if piece.strip():
        s = pos + (len(piece) - len(piece.lstrip()))
        out.append(Span(s, end - (len(piece) - len(piece.rstrip()))))
    return out


#: The capital starting a heading glued to the previous text (« samediMissiles »): the capital is
#: matched first so that the engine skips to capitals at C speed, then the letter before is checked.
_GLUED_HEADING_RE = re.compile(r"[A-ZÀ-ÖØ-Þ](?<=[a-zà-ÿ0-9][A-ZÀ-ÖØ-Þ])(?=[a-zà-ÿ’'])")
_LINE_BREAKS_RE = re.compile(r"\n\n*")  # (``\n+`` written with a literal first: see _regex.guarded)


def sections(text: str) -> list[Span]:
    """Paragraph-like sections: split at line breaks and at glued headings.

    Dates and places carry over from sentence to sentence inside one section.
    """
    out: list[Span] = []
    pos = 0
    # glued headings (a capital right after a lower-case letter or digit) and line breaks; the two
    # kinds never touch, so their sorted union is what one alternation would find
    breaks = [(m.start(), m.start()) for m in _GLUED_HEADING_RE.finditer(text)]
    breaks += [m.span() for m in _LINE_BREAKS_RE.finditer(text)]
    breaks.sort()
    for start, end in breaks:
        if end == start + 1 and _line_goes_on(text, start, end):
            continue  # (a line that goes on: see _DANGLING_END_RE)
        if start > pos and text[pos:start].strip():
            out.append(Span(pos, start))
        pos = max(pos, end)
    if text[pos:].strip():
        out.append(Span(pos, len(text)))
    return out


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand directories to their ``*.txt`` files (sorted); keep files as given."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(p.glob("*.txt"))
        else:
            yield p


guard_all(globals())  # same matches, faster scans (see gazetteer._regex)
