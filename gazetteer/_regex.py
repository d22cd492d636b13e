"""Faster scans with the same matches: a look-ahead on the first characters of a pattern.

The French rules of the extractor are many regular expressions of many alternatives
(« frappe|bombardement|… »). Python's engine tries each alternative at every position of
the text; a leading look-ahead such as ``(?=[fbp])`` makes most positions fail with one
character-class test. The characters are computed from the parsed pattern (``re._parser``,
CPython's own parser); when they cannot be, the pattern is kept as written, so the result
is always the same set of matches.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from functools import reduce
from operator import itemgetter, or_

__all__ = [
    "CASE_EXOTIC",
    "LOWER_EXOTIC",
    "LOWER_RANGES",
    "WIRE_AGENCIES",
    "CharMap",
    "PrunedAlternation",
    "UnionMatch",
    "WordTags",
    "boundary_last",
    "case_exotic",
    "guard_all",
    "guarded",
    "lower_twin",
    "lower_unsafe",
    "required_words",
]

logger = logging.getLogger(__name__)

#: The news agencies of wire datelines (« KIEV, 18 avril (Reuters) - »), as a regex alternation
WIRE_AGENCIES = r"Reuters|AFP|AP|ATS|Belga|dpa|Ukrinform|Interfax|Agerpres|Moldpres|Reuters/AFP"


def _first_chars(items) -> tuple[list[str] | None, bool]:
    """The characters a parsed regex sequence can start with (``None``: any), and whether it can be empty."""
    from re import _constants as c  # type: ignore[attr-defined]

    out: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            return [*out, _class_char(av)], False
        if op is c.IN:
            part = []
            for o, a in av:
                if o is c.LITERAL:
                    part.append(_class_char(a))
                elif o is c.RANGE:
                    part.append(f"{_class_char(a[0])}-{_class_char(a[1])}")
                elif o is c.CATEGORY and a in _CATEGORY_ESCAPES:
                    part.append(_CATEGORY_ESCAPES[a])
                else:
                    return None, False
            return out + part, False
        if op is c.ASSERT and av[0] == 1:
            # a look-ahead (?=X): the match starts with what X starts with (when X cannot be empty)
            got, empty = _first_chars(av[1])
            if got is not None and not empty:
                return out + got, False
            continue
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op is c.BRANCH:
            nullable = False
            for sub in av[1]:
                got, empty = _first_chars(sub)
                if got is None:
                    return None, False
                out += got
                nullable = nullable or empty
            if not nullable:
                return out, False
        elif op is c.SUBPATTERN and not av[1] and not av[2]:
            got, empty = _first_chars(av[3])
            if got is None:
                return None, False
            out += got
            if not empty:
                return out, False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            got, empty = _first_chars(av[2])
            if got is None:
                return None, False
            out += got
            if av[0] > 0 and not empty:
                return out, False
        else:
            return None, False
    return out, True


def _class_char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in "\\]^-[" else ch


_CATEGORY_ESCAPES: dict = {}


def guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a look-ahead on the characters its matches can start with (same matches).

    The regular-expression engine tries a pattern at every position of the text; a pattern made
    of many alternatives (« frappe|bombardement|… ») costs a test per alternative at each
    position. The look-ahead, one character-class test, makes most positions fail at once.
    Computed from the parsed pattern; when it cannot be (or on another Python), ``rx`` is returned.
    So is a case-sensitive pattern that starts with a character or a character class: the engine
    already skips to the positions where it can start, faster than a look-ahead would.
    """
    try:
        from re import _constants as c
        from re import _parser  # type: ignore[attr-defined]

        if not _CATEGORY_ESCAPES:
            _CATEGORY_ESCAPES.update(
                {
                    c.CATEGORY_DIGIT: r"\d",
                    c.CATEGORY_NOT_DIGIT: r"\D",
                    c.CATEGORY_SPACE: r"\s",
                    c.CATEGORY_NOT_SPACE: r"\S",
                    c.CATEGORY_WORD: r"\w",
                    c.CATEGORY_NOT_WORD: r"\W",
                }
            )
        if rx.flags & re.VERBOSE:
            return rx
        parsed = _parser.parse(rx.pattern, rx.flags)
        if not parsed.state.flags & re.IGNORECASE and parsed.data and parsed.data[0][0] in (c.LITERAL, c.IN):
            return rx  # the engine itself skips to the first character at C speed
        chars, empty = _first_chars(parsed)
        if chars is None or empty or not chars:
            return rx
        return re.compile(f"(?=[{''.join(dict.fromkeys(chars))}])(?:{rx.pattern})", rx.flags)
    except Exception as err:  # an optimisation only: keep the pattern as written
        logger.debug("pattern %r kept unguarded: %s", rx.pattern, err)
        return rx


def guard_all(namespace: dict) -> None:
    """Replace the compiled patterns of a module namespace (and its ``[(name, pattern)]`` tables) by
    their :func:`guarded` versions: the same matches, found faster."""
    for key, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[key] = guarded(value)
        elif (
            isinstance(value, list)
            and value
            and all(isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], re.Pattern) for x in value)
        ):
            value[:] = [(name, guarded(rx)) for name, rx in value]
        elif isinstance(value, list) and value and all(isinstance(x, re.Pattern) for x in value):
            value[:] = [guarded(rx) for rx in value]


_SECOND = itemgetter(1)


class WordTags:
    """Which of a fixed set of substrings a text contains, found in one C-level pass.

    Each substring carries tags (several substrings may share a tag): :meth:`tags` returns the
    tags of every substring that occurs in a text, overlapping occurrences included, so that
    ``tag in tags(low)`` is ``any(w in low for w in words_of_tag)``, a dozen ``in`` tests
    replaced by one Aho-Corasick scan.

    Parameters
    ----------
    tagged
        Tag → the substrings that carry it.

    Examples
    --------
    >>> w = WordTags({"day": ("lundi", "mardi"), "night": ("nuit",)})
    >>> sorted(w.tags("dans la nuit de lundi"))
    ['day', 'night']
    """

    def __init__(self, tagged: Mapping[str, Iterable[str]]) -> None:
        import ahocorasick

        #: tag → its substrings, as given
        self.table: dict[str, tuple[str, ...]] = {tag: tuple(words) for tag, words in tagged.items()}
        by_word: dict[str, set[str]] = {}
        for tag, words in self.table.items():
            for word in words:
                by_word.setdefault(word, set()).add(tag)
        # each word carries its tags as a bit set (one bit per tag): a text's tags are the OR of the
        # bits of its matches, computed in C (``reduce`` over the automaton's matches), and the set
        # of each combination of bits is made once
        bit_of = {tag: 1 << i for i, tag in enumerate(sorted({t for tags in by_word.values() for t in tags}))}
        self._tag_of_bit = {bit: tag for tag, bit in bit_of.items()}
        self._automaton = ahocorasick.Automaton()
        for word, tags in by_word.items():
            self._automaton.add_word(word, sum(bit_of[t] for t in tags))
        self._automaton.make_automaton()
        self._sets: dict[int, frozenset[str]] = {0: frozenset()}

    def tags(self, text: str) -> frozenset[str]:
        """The tags of the substrings that occur in ``text``."""
        bits = reduce(or_, map(_SECOND, self._automaton.iter(text)), 0)
        got = self._sets.get(bits)
        if got is None:
            got = self._sets[bits] = frozenset(tag for bit, tag in self._tag_of_bit.items() if bits & bit)
        return got

    def any(self, text: str) -> bool:
        """Does ``text`` contain one of the substrings?"""
        for _ in self._automaton.iter(text):
            return True
        return False


class CharMap:
    """``text.translate(table)`` for a table mapping each character to exactly one character,
    computed over an array of code points on long texts.

    ``str.translate`` looks each character of a text up in the table, one dictionary access
    per character unless the whole text is ASCII (French articles are not). On a long text,
    this class reads the code points into a numpy array, looks them up in an array built from
    the table (filled on demand with the characters seen) and decodes the result: about ten
    times faster on an article. The result is always ``text.translate(table)``: short texts,
    texts with characters beyond U+FFFF or that cannot be encoded, and tables that map a
    character to anything but one character go through ``str.translate`` itself.

    Parameters
    ----------
    table
        A ``str.translate`` table (a mapping of code points, possibly filled on demand).

    Examples
    --------
    >>> CharMap(str.maketrans({"-": " "}))("Royaume-Uni " * 30)[:12]
    'Royaume Uni '
    """

    #: Below this length, ``str.translate`` is as fast (the array set-up costs a few microseconds).
    MIN_LENGTH = 256

    def __init__(self, table: Mapping[int, str]) -> None:
        self._table = table
        self._lut = None  # code point -> translated code point, for the code points in _known
        self._known = None

    def __call__(self, text: str) -> str:
        """``text.translate(table)``."""
        if len(text) < self.MIN_LENGTH:
            return text.translate(self._table)
        import numpy as np

        try:
            codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        except UnicodeEncodeError:  # (a lone surrogate)
            return text.translate(self._table)
        if int(codes.max()) > 0xFFFF:
            return text.translate(self._table)
        if self._lut is None:
            self._lut = np.arange(0x10000, dtype=np.uint32)
            self._known = np.zeros(0x10000, dtype=bool)
        lut, known = self._lut, self._known
        new = codes[~known[codes]]
        if new.size:
            for code in np.unique(new).tolist():
                out = chr(code).translate(self._table)
                if len(out) != 1:
                    return text.translate(self._table)  # (not one character: never in the array)
                lut[code] = ord(out)
                known[code] = True
        return lut[codes].tobytes().decode("utf-32-le")


def _case_exotic() -> frozenset[str]:
    """Characters for which a case-insensitive pattern and a test on ``str.lower()`` may disagree:
    the engine's extra case equivalences (``ſ`` is ``s``, ``ı`` is ``i``, Greek and Cyrillic
    variants), ``İ`` (two characters in lower case) and ``Σ`` (lowered by context)."""
    from re import _casefix  # type: ignore[attr-defined]

    chars = {chr(c) for pair in _casefix._EXTRA_CASES.items() for c in (pair[0], *pair[1])}
    return frozenset(c for c in chars | {"İ", "Σ"} if not c.isascii())


#: (see :func:`_case_exotic`)
CASE_EXOTIC = _case_exotic()
_CASE_EXOTIC_RE = re.compile("[" + "".join(sorted(CASE_EXOTIC)) + "]")


def case_exotic(text: str, start: int = 0, end: int | None = None) -> bool:
    """Does ``text[start:end]`` hold a character of :data:`CASE_EXOTIC`?"""
    return _CASE_EXOTIC_RE.search(text, start, len(text) if end is None else end) is not None


class PrunedAlternation:
    """A case-insensitive pattern ``\\b(?:A|B|…)\\b`` run with only the alternatives that can match a text.

    Each alternative has a run of literal characters that every one of its matches contains
    (« frappe » in ``frappes?\\s+de``, the longest run of its top level). An alternative whose
    run does not occur in the lower-cased text cannot match there; left out, it changes no
    match (the engine would never have chosen it), and the shorter pattern is scanned faster.
    The patterns of each combination of alternatives are compiled once (and guarded, see
    :func:`guarded`).

    The lower-case test is the engine's own test for every character except those of
    :data:`CASE_EXOTIC`: a text holding one of them is searched with the whole pattern. So is
    every text when the pattern has another shape or capturing groups.

    Parameters
    ----------
    rx
        The pattern, as written (before :func:`guard_all`).
    """

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.whole = guarded(rx)
        self._flags = rx.flags
        self._alternatives: list[tuple[str, str | None]] | None = None
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._alone: dict[int, re.Pattern[str]] = {}
        body = _outer_group_body(rx.pattern, r"\b(?:", r")\b")
        if body is None or rx.groups or not rx.flags & re.IGNORECASE:
            return
        try:
            self._alternatives = [(alt, _literal_run(alt, rx.flags)) for alt in _split_top(body)]
        except Exception as err:  # an optimisation only: keep the whole pattern
            logger.debug("pattern %r not pruned: %s", rx.pattern[:60], err)
            return
        #: the characters each alternative's matches can start with (``None``: unknown, or it can
        #: match the empty string), read once here: the look-ahead of a pruned pattern is their
        #: union, so that a pattern is built with one compilation (``guarded`` would parse and
        #: compile it twice more: on a stream of new texts, new combinations keep coming)
        self._first: list[list[str] | None] = []
        for alt, _run in self._alternatives:
            try:
                from re import _parser  # type: ignore[attr-defined]

                chars, empty = _first_chars(_parser.parse(alt, rx.flags))
            except Exception:  # (an optimisation only: no look-ahead)
                chars, empty = None, True
            self._first.append(None if chars is None or empty or not chars else chars)

    @property
    def runs(self) -> tuple[str | None, ...] | None:
        """The literal run of each alternative (``None`` for an alternative without one), or
        ``None`` when the pattern is never pruned. For callers that find the runs of several
        patterns in one scan (an Aho-Corasick automaton) and then call :meth:`for_runs`."""
        alts = self._alternatives
        return None if alts is None else tuple(run for _alt, run in alts)

    def for_text(self, low: str, exotic: bool) -> re.Pattern[str]:
        """The pattern to search a text with: ``low`` is the text lower-cased, ``exotic`` whether
        it holds a character of :data:`CASE_EXOTIC` (see :func:`case_exotic`)."""
        alts = self._alternatives
        if alts is None or exotic:
            return self.whole
        return self.for_runs(tuple(i for i, (_alt, run) in enumerate(alts) if run is None or run in low))

    def for_runs(self, keep: tuple[int, ...]) -> re.Pattern[str]:
        """The pattern made of the alternatives ``keep`` (indices in increasing order): those without
        a run and those whose run occurs in the lower-cased text (see :attr:`runs`); the whole
        pattern when it is never pruned. The caller checks :func:`case_exotic` first."""
        alts = self._alternatives
        if alts is None:
            return self.whole
        rx = self._compiled.get(keep)
        if rx is None:
            if len(keep) == len(alts):
                rx = self.whole
            else:
                body = "|".join(alts[i][0] for i in keep) or "(?!)"
                source = r"\b(?:" + body + r")\b"
                firsts = [self._first[i] for i in keep]
                if keep and all(f is not None for f in firsts) and not self._flags & re.VERBOSE:
                    # what ``guarded`` would add: a match starts with what one of its alternatives
                    # starts with (``\b`` reads no character)
                    chars = "".join(dict.fromkeys(ch for f in firsts for ch in f))  # type: ignore[union-attr]
                    source = f"(?=[{chars}])(?:{source})"
                rx = re.compile(source, self._flags)
            self._compiled[keep] = rx
        return rx

    def compiled(self, keep: tuple[int, ...]) -> re.Pattern[str] | None:
        """The pattern of :meth:`for_runs` when it is already built, else ``None``."""
        return self.whole if self._alternatives is None else self._compiled.get(keep)

    def union(self, keep: tuple[int, ...]) -> _Union | None:
        """What :meth:`for_runs` gives, as an object whose ``finditer`` finds the same matches
        without compiling the pruned pattern (see :class:`_Union`); ``None`` when an alternative
        of ``keep`` may match the empty string or its first characters are unknown."""
        alts = self._alternatives
        if alts is None or not keep or any(self._first[i] is None for i in keep) or self._flags & re.VERBOSE:
            return None
        return _Union([self._alternative(i) for i in keep])

    def _alternative(self, i: int) -> re.Pattern[str]:
        """The look-ahead that finds the alternative ``i`` alone, ``\\b(?:A)\\b``, at every position
        where it matches (group 1: the match), ``(?=[…])(?=(\\b(?:A)\\b))``; compiled once."""
        got = self._alone.get(i)
        if got is None:
            alt = self._alternatives[i][0]  # type: ignore[index]
            chars = "".join(dict.fromkeys(self._first[i]))  # type: ignore[arg-type]
            got = self._alone[i] = re.compile(f"(?=[{chars}])(?=(\\b(?:{alt})\\b))", self._flags)
        return got


class _Union:
    """``finditer`` of ``\\b(?:A|B|…)\\b`` (the alternatives in that order) from a pattern per
    alternative, compiled once: no pattern to compile for a new combination.

    The alternation matches at the leftmost position where one of its alternatives (followed by
    ``\\b``) matches, with the first such alternative in order, and goes on after the match. The
    look-ahead of each alternative gives every position where it matches and the end of that
    match (overlapping ones included); at each position in increasing order, past the end of the
    last match, the first alternative that matches there gives the match. No alternative matches
    the empty string (see :meth:`PrunedAlternation.union`). The matches are :class:`UnionMatch`
    objects (``start``, ``end``, ``span``, ``group``).
    """

    __slots__ = ("_alternatives",)

    def __init__(self, alternatives: list[re.Pattern[str]]) -> None:
        self._alternatives = alternatives

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[UnionMatch]:
        """The matches of the alternation in ``text[pos:endpos]``, in order."""
        endpos = len(text) if endpos is None else endpos
        first: dict[int, int] = {}
        for ahead in self._alternatives:
            for m in ahead.finditer(text, pos, endpos):
                start = m.start()
                if start not in first:
                    first[start] = m.end(1)
        last = -1
        out = []
        for start in sorted(first):
            if start >= last:
                last = first[start]
                out.append(UnionMatch(text, start, last))
        return out


class UnionMatch:
    """A match found by :class:`_Union`: the part of ``re.Match`` the extractor reads."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, index: int = 0) -> str:
        if index != 0:
            raise IndexError("no such group")
        return self._text[self._start : self._end]

    def __repr__(self) -> str:
        return f"<UnionMatch span={self.span()!r} match={self.group()!r}>"


def _outer_group_body(pattern: str, head: str, tail: str) -> str | None:
    """``X`` when ``pattern`` is ``head + X + tail`` and the group opened by ``head`` closes in ``tail``."""
    if not (pattern.startswith(head) and pattern.endswith(tail)):
        return None
    body = pattern[len(head) : len(pattern) - len(tail)]
    depth = 0
    for token in _tokens(body):
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth < 0:
                return None  # (the head's group closes inside: « \b(?:a)|(?:b)\b »)
    return body if depth == 0 else None


def _tokens(source: str) -> Iterable[str]:
    """The characters of a pattern's source that are syntax (``(``, ``)``, ``|``), escapes and
    character classes as single items (their ``(`` or ``|`` is no syntax)."""
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            yield source[i : i + 2]
            i += 2
        elif c == "[":
            j = i + 1
            if j < n and source[j] == "^":
                j += 1
            if j < n and source[j] == "]":
                j += 1  # (a leading ``]`` is a member)
            while j < n and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            yield source[i : j + 1]
            i = j + 1
        else:
            yield c
            i += 1


def _split_top(body: str) -> list[str]:
    """The alternatives of ``body`` at its top level."""
    out, part, depth = [], [], 0
    for token in _tokens(body):
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        if token == "|" and depth == 0:
            out.append("".join(part))
            part = []
        else:
            part.append(token)
    out.append("".join(part))
    return out


def _literal_run(alternative: str, flags: int) -> str | None:
    """The longest run of literal characters at the top level of ``alternative`` (lower case), which
    every match contains; ``None`` when there is none or when it holds a character whose case
    the lower-case test cannot follow."""
    from re import _constants as c
    from re import _parser  # type: ignore[attr-defined]

    best: list[str] = []
    run: list[str] = []
    for op, av in _parser.parse(alternative, flags):
        if op is c.LITERAL:
            run.append(chr(av))
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    text = "".join(best)
    low = text.lower()
    if not text or len(low) != len(text) or any(ch in CASE_EXOTIC for ch in text + low):
        return None
    return low


#: The characters :func:`lower_twin` patterns are run on: Latin (ASCII to Latin Extended-B, Latin
#: Extended Additional), punctuation and symbols (’ « » — … ⇒ €, spaces) and emoji, less those of
#: :data:`LOWER_EXOTIC`.
LOWER_RANGES = ((0x0000, 0x024F), (0x1E00, 0x1EFF), (0x2000, 0x2BFF), (0x3000, 0x303F), (0x1F000, 0x1FAFF))


def _lower_exotic() -> frozenset[str]:
    """The characters of :data:`LOWER_RANGES` whose lower case is not one character outside
    :data:`CASE_EXOTIC` (or which are in it: « ſ », « ı », « İ », « µ »)."""
    out = set()
    for lo, hi in LOWER_RANGES:
        for code in range(lo, hi + 1):
            ch = chr(code)
            low = ch.lower()
            if ch in CASE_EXOTIC or len(low) != 1 or low in CASE_EXOTIC:
                out.add(ch)
    return frozenset(out)


#: (see :data:`LOWER_RANGES`)
LOWER_EXOTIC = _lower_exotic()
#: (the pattern as first written, for the equivalence test: outside the ranges, or exotic)
_LOWER_UNSAFE_PLAIN = (
    "[^"
    + "".join(f"{chr(lo)}-{re.escape(chr(hi))}" for lo, hi in LOWER_RANGES)
    + "]|["
    + "".join(re.escape(c) for c in sorted(LOWER_EXOTIC))
    + "]"
)


def _safe_ranges() -> list[tuple[int, int]]:
    """The ranges of :data:`LOWER_RANGES` with the characters of :data:`LOWER_EXOTIC` cut out."""
    out: list[tuple[int, int]] = []
    for lo, hi in LOWER_RANGES:
        run = None
        for code in range(lo, hi + 1):
            if chr(code) in LOWER_EXOTIC:
                if run is not None:
                    out.append((run, code - 1))
                run = None
            elif run is None:
                run = code
        if run is not None:
            out.append((run, hi))
    return out


#: One negated class, the complement of the safe characters: the same characters as
#: ``_LOWER_UNSAFE_PLAIN`` (outside the ranges, or in one and exotic), but a pattern that starts
#: with a class lets the engine skip ahead at C speed instead of trying two branches per position
#: (about 3.5 times faster on an article).
_LOWER_UNSAFE_RE = re.compile(
    "[^" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in _safe_ranges()) + "]"
)


def lower_unsafe(text: str, start: int = 0, end: int | None = None) -> bool:
    """Does ``text[start:end]`` hold a character outside :data:`LOWER_RANGES` or in
    :data:`LOWER_EXOTIC`? (Then :func:`lower_twin` patterns do not apply to its lower case.)"""
    return _LOWER_UNSAFE_RE.search(text, start, len(text) if end is None else end) is not None


def lower_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive twin of the case-insensitive pattern ``rx``, to run on lower-cased text.

    For a text where :func:`lower_unsafe` is false, ``text.lower()`` has the length of ``text`` and ``twin.search(text.lower(), …)`` finds the matches (same spans) of
    ``rx.search(text, …)``, faster: the engine compares case-sensitive literals directly and skips
    the alternatives that cannot start at a position on their first character. (The matched text
    is lower case: use the twin for tests and spans, not for groups.)

    The engine's case-insensitive test of a literal or a class is a test on the simple lower case
    of the text's character (``_sre.unicode_tolower``, what ``str.lower`` computes on such a text),
    against the lower-case image of the pattern's characters and their
    extra equivalences (``re._casefix``, all in :data:`CASE_EXOTIC`); categories (``\\w``, ``\\b``)
    read a character and its lower case alike. So the twin exists only when every literal and
    class member of ``rx`` is its own lower case, with no equivalence outside
    :data:`CASE_EXOTIC`, and ``rx`` uses nothing else than literals, classes, categories,
    repeats, groups without flags, alternations and look-arounds; otherwise ``None``.
    """
    try:
        import _sre
        from re import (
            _casefix,
            _parser,  # type: ignore[attr-defined]
        )
        from re import _constants as c

        if rx.flags & (re.ASCII | re.LOCALE | re.VERBOSE) or not rx.flags & re.IGNORECASE:
            return None
        parsed = _parser.parse(rx.pattern, rx.flags)
        if parsed.state.flags != rx.flags or parsed.state.groupdict:
            return None

        def char_ok(code: int) -> bool:
            return _sre.unicode_tolower(code) == code and all(
                chr(f) in CASE_EXOTIC for f in _casefix._EXTRA_CASES.get(code, ())
            )

        def ok(items) -> bool:
            for op, av in items:
                if op in (c.LITERAL, c.NOT_LITERAL):
                    if not char_ok(av):
                        return False
                elif op is c.IN:
                    for o, a in av:
                        if o is c.LITERAL:
                            if not char_ok(a):
                                return False
                        elif o is c.RANGE:
                            if a[1] - a[0] > 0x3000 or not all(char_ok(x) for x in range(a[0], a[1] + 1)):
                                return False
                        elif o not in (c.NEGATE, c.CATEGORY):
                            return False
                elif op in (c.ANY, c.AT, c.CATEGORY):
                    continue
                elif op is c.BRANCH:
                    if not all(ok(sub) for sub in av[1]):
                        return False
                elif op is c.SUBPATTERN:
                    if av[1] or av[2] or not ok(av[3]):
                        return False
                elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                    if not ok(av[2]):
                        return False
                elif op in (c.ASSERT, c.ASSERT_NOT):
                    if not ok(av[1]):
                        return False
                else:
                    return False
            return True

        if not ok(parsed):
            return None
        return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)
    except Exception as err:  # an optimisation only: no twin
        logger.debug("pattern %r has no lower-case twin: %s", rx.pattern[:60], err)
        return None


def required_words(rx: re.Pattern[str], *, shortest: int = 3) -> frozenset[str] | None:
    """Strings one of which every match of ``rx`` contains, as written in the pattern.

    Read from the parsed pattern: a run of literal characters is contained in every match of the
    sequence it stands in; so is one of the strings required by each alternative of a group
    (their union), and what a repeat of at least one time requires. Of the sets a sequence offers,
    the one whose shortest string is longest is kept. Look-arounds, classes and categories
    require nothing. ``None`` when no set has strings of at least ``shortest`` characters (a gate
    on « à » or « de » would let almost every text through) or when the pattern cannot be read.

    The strings are those of the pattern: for a case-sensitive pattern (a :func:`lower_twin`), a
    text without any of them has no match. For a case-insensitive pattern they are no such gate.
    """
    try:
        from re import _constants as c
        from re import _parser  # type: ignore[attr-defined]

        def best(options: list[frozenset[str]]) -> frozenset[str] | None:
            if not options:
                return None
            return max(options, key=lambda words: (min(map(len, words)), -len(words)))

        def need(items) -> frozenset[str] | None:
            options: list[frozenset[str]] = []
            run: list[str] = []
            for op, av in items:
                if op is c.LITERAL:
                    run.append(chr(av))
                    continue
                if run:
                    options.append(frozenset(["".join(run)]))
                    run = []
                got = None
                if op is c.SUBPATTERN and not av[1] and not av[2]:
                    got = need(av[3])
                elif op is c.BRANCH:
                    alternatives = [need(alt) for alt in av[1]]
                    if all(alternatives):
                        got = frozenset().union(*alternatives)  # type: ignore[arg-type]
                elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                    got = need(av[2])
                if got:
                    options.append(got)
            if run:
                options.append(frozenset(["".join(run)]))
            return best(options)

        words = need(_parser.parse(rx.pattern, rx.flags))
        if not words or min(map(len, words)) < shortest:
            return None
        return words
    except Exception as err:  # an optimisation only: no gate
        logger.debug("pattern %r: no required words: %s", rx.pattern[:60], err)
        return None


def boundary_last(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` with each leading ``\\b`` moved behind the literal run that follows it: the same
    matches, found faster; ``None`` when ``rx`` has not that shape.

    ``\\bnuit\\s+du`` becomes ``nuit(?<=\\bnuit)\\s+du``: at a position, both need the four
    characters « nuit » there and a word boundary before them (the look-behind steps back over
    the run and tests ``\\b`` at its start), so they match at the same positions with the same
    spans and groups. But a pattern that starts with literals lets the engine skip to them at C
    speed (a search for « nuit »), where ``\\b`` first is tried at every position. The shapes
    handled: ``\\b`` then a literal run; ``\\b`` then a group or an alternation each alternative
    of which has that shape once the zero-width ``\\b`` is moved into it (« \\b(lundi|mardi) » is
    « (\\blundi|\\bmardi) »); an alternation of such sequences. For case-sensitive patterns
    (the twins of :func:`lower_twin`: the engine skips to a literal only when it is case-sensitive).

    The pattern is compiled from its parsed form (``re._parser``, ``re._compiler``: CPython's
    own), so its ``pattern`` attribute is ``None``; on another Python, ``None`` is returned.
    """
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
        from re import _constants as c

        if rx.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        parsed = _parser.parse(rx.pattern, rx.flags)
        state = parsed.state
        boundary = (c.AT, c.AT_BOUNDARY)

        def sub(items: list) -> object:
            return _parser.SubPattern(state, items)

        def moved(items: list) -> list | None:
            """``items`` (a sequence) with its leading ``\\b`` moved, or ``None``."""
            if len(items) == 1 and items[0][0] is c.BRANCH:
                alts = [moved(list(a.data)) for a in items[0][1][1]]
                if any(a is None for a in alts):
                    return None
                return [(c.BRANCH, (None, [sub(a) for a in alts]))]
            if len(items) < 2 or items[0] != boundary:
                return None
            n = 0
            while 1 + n < len(items) and items[1 + n][0] is c.LITERAL:
                n += 1
            if n:
                run = items[1 : 1 + n]
                return [*run, (c.ASSERT, (-1, sub([boundary, *run]))), *items[1 + n :]]
            op, av = items[1]
            if op is c.BRANCH:
                alts = [moved([boundary, *a.data]) for a in av[1]]
                if any(a is None for a in alts):
                    return None
                return [(c.BRANCH, (None, [sub(a) for a in alts])), *items[2:]]
            if op is c.SUBPATTERN:
                group, add_flags, del_flags, inner = av
                if add_flags or del_flags:
                    return None
                got = moved([boundary, *inner.data])
                if got is None:
                    return None
                return [(c.SUBPATTERN, (group, add_flags, del_flags, sub(got))), *items[2:]]
            return None

        new = moved(list(parsed.data))
        if new is None:
            return None
        parsed.data = new
        return _compiler.compile(parsed, rx.flags)
    except Exception as err:  # an optimisation only: keep the pattern as it is
        logger.debug("pattern %r: \\b not moved: %s", rx.pattern[:60], err)
        return None
