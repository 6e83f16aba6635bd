"""Split an article body into paragraphs and sentences with exact character spans.

Each non-empty line is a paragraph. Lines of site furniture (bylines, e-mail lines, "Lire
aussi"...) are skipped; a line that starts the end matter (comments, "Réagir à cet article",
copyright, lists of other articles) ends the body. A sentence already seen in the article
(a body printed twice) is dropped. Quotes are kept whole with their attribution, so
"« A. B », a déclaré X." is one sentence. All marker lists come from the language's lexicon.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator

from claimtrack.lexicon import Lexicon, lexicon
from claimtrack.model import Sentence

TERMINATORS = ".!?…"
OPENING_ONLY = "«‹"
CLOSING_ONLY = "»›"
# Quote marks whose role (open or close) is decided by position: typographers and scrapers mix them.
AMBIGUOUS_QUOTES = '"“”„'
TRAILING_CLOSERS = "»”\"')]›’"
FINAL_PUNCTUATION = TERMINATORS + ":;»”\"'),›’"
SPACES = " \t\u00a0\u202f\u2009\u2007"
# Marks after which an over-long sentence may be cut: the ends of clauses.
CLAUSE_MARKS = ";:,"
QUOTE_OR_TERMINATOR = re.compile(
    "[" + re.escape(OPENING_ONLY + CLOSING_ONLY + AMBIGUOUS_QUOTES + TERMINATORS) + "]"
)
# What `str.isalnum` rejects: \W is neither alphanumeric nor "_", so add "_".
NOT_ALNUM = re.compile(r"[\W_]+")
# French typography spaces a closing guillemet: "constatée. » La commission".
SPACED_CLOSER = re.compile(rf"[{SPACES}]+[{CLOSING_ONLY}]")

_log = logging.getLogger(__name__)


def segment(text: str, lang: str) -> list[Sentence]:
    """Sentences and headings of `text`, furniture and repeated text removed; spans index `text`."""
    lex = lexicon(lang)
    sentences: list[Sentence] = []
    seen: set[str] = set()
    paragraph = -1
    for line_start, line_end in _lines(text):
        line = text[line_start:line_end]
        if lex.end_of_article.match(line):
            break
        if lex.furniture_line.match(line):
            continue
        paragraph += 1
        spans = [
            piece
            for span in _split_line(line, lex)
            for piece in _bounded(line, *span, lex.sentence_max_chars)
        ]
        for start, end in spans:
            chunk = line[start:end]
            key = _dedup_key(chunk)
            if len(key) >= lex.duplicate_min_chars and key in seen:
                continue
            seen.add(key)
            heading = (
                len(spans) == 1
                and chunk[-1] not in FINAL_PUNCTUATION
                and len(chunk.split()) <= lex.heading_max_words
            )
            sentences.append(
                Sentence(
                    text=chunk,
                    start=line_start + start,
                    end=line_start + end,
                    paragraph=paragraph,
                    heading=heading,
                )
            )
    return sentences


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the non-blank lines of `text`, surrounding whitespace excluded."""
    for match in re.finditer(r"[^\n\r]+", text):
        raw = match.group()
        stripped = raw.strip(SPACES + "\u200b\ufeff")
        if not stripped:
            continue
        start = match.start() + raw.index(stripped)
        yield start, start + len(stripped)


def _dedup_key(chunk: str) -> str:
    """Case-, accent-, space- and punctuation-insensitive form used to spot repeated text."""
    folded = unicodedata.normalize("NFKD", chunk.casefold())
    return NOT_ALNUM.sub("", folded)


def _split_line(line: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """Sentence spans within one line; quotes are respected unless they never close."""
    cuts = _cut_points(line, lex, respect_quotes=True)
    if cuts is None:
        cuts = _cut_points(line, lex, respect_quotes=False) or []
    start = 0
    for cut in [*cuts, len(line)]:
        chunk = line[start:cut]
        stripped = chunk.strip(SPACES)
        if stripped:
            offset = start + chunk.index(stripped)
            yield offset, offset + len(stripped)
        start = cut


def _bounded(line: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """The sentence `line[start:end]` in pieces of at most `limit` characters, each cut after
    its last clause mark (or before its last opening parenthesis); a run of more than `limit`
    characters with no such mark is skipped up to its next mark, and logged. Sentences within
    the limit pass unchanged."""
    while end - start > limit:
        window = line[start : start + limit]
        cut = max(max(window.rfind(mark) + 1 for mark in CLAUSE_MARKS), window.rfind("("))
        if cut > 0:
            piece = line[start : start + cut].rstrip(SPACES)
            if piece:
                yield start, start + len(piece)
        else:
            marks = [line.find(mark, start + limit, end) for mark in CLAUSE_MARKS]
            cut = min((m + 1 for m in marks if m >= 0), default=end) - start
            _log.warning(
                "skipped %d characters without a clause mark at offset %d (limit %d)",
                cut,
                start,
                limit,
            )
        start += cut
        start += len(line[start:end]) - len(line[start:end].lstrip(SPACES))
    if end > start:
        yield start, end


def _cut_points(line: str, lex: Lexicon, respect_quotes: bool) -> list[int] | None:
    """Offsets where sentences end, or None if quotes are unbalanced and were respected."""
    cuts: list[int] = []
    depth = 0
    i = 0
    n = len(line)
    while i < n:
        # Only quotes and terminators change anything: skip to the next one.
        special = QUOTE_OR_TERMINATOR.search(line, i)
        if special is None:
            break
        i = special.start()
        ch = line[i]
        if ch in OPENING_ONLY:
            depth += 1
        elif ch in CLOSING_ONLY:
            depth = max(0, depth - 1)
        elif ch in AMBIGUOUS_QUOTES:
            before = line[i - 1] if i else " "
            if before in SPACES or before in "([—–-/" or i == 0:
                depth += 1
            else:
                depth = max(0, depth - 1)
        elif ch in TERMINATORS:
            j = i
            while j < n and line[j] in TERMINATORS:
                j += 1
            # Closing quotes and brackets right after the terminator belong to the sentence.
            k = j
            inner_depth = depth
            while k < n:
                # French typography spaces a closing guillemet: "constatée. » La commission".
                spaced = SPACED_CLOSER.match(line, k)
                if spaced and inner_depth:
                    k = spaced.end() - 1
                if line[k] not in TRAILING_CLOSERS:
                    break
                if line[k] in CLOSING_ONLY or line[k] in AMBIGUOUS_QUOTES:
                    inner_depth = max(0, inner_depth - 1)
                k += 1
            if (not respect_quotes or inner_depth == 0) and _ends_sentence(line, i, k, lex):
                cuts.append(k)
                depth = 0 if not respect_quotes else inner_depth
                i = k
                continue
            i = j
            continue
        i += 1
    if respect_quotes and depth > 0:
        return None
    return cuts


def _ends_sentence(line: str, term: int, after: int, lex: Lexicon) -> bool:
    """Whether the terminator at `term` (closers up to `after`) ends a sentence."""
    if after >= len(line) or line[after] not in SPACES:
        return False
    # Offsets, not slices: a long paragraph has many terminators, and copying the text
    # around each one made splitting quadratic in the paragraph's length.
    nxt_at = after
    while nxt_at < len(line) and line[nxt_at] in SPACES:
        nxt_at += 1
    if nxt_at == len(line):
        return False
    nxt = line[nxt_at]
    if not (nxt.isupper() or nxt.isdigit() or nxt in "«“\"'(‘[—–-¿¡"):
        return False
    if line[term] == "." and line[term - 1 : term + 1] != ".." and after == term + 1:
        token_start = term
        while token_start > 0 and _in_token(line[token_start - 1]):
            token_start -= 1
        if token_start < term:
            word = line[token_start:term].lstrip("'’-")
            word_tail = word.split("'")[-1].split("’")[-1]
            if word in lex.abbreviations or word_tail in lex.abbreviations:
                # "une personne sur sept. Le ministère": a word that is also an abbreviation
                # ends the sentence before a capital.
                final = word in lex.final_abbreviations or word_tail in lex.final_abbreviations
                return final and nxt.isupper()
            # A single capital letter is an initial ("J. Smith"), not a sentence end.
            if len(word_tail) == 1 and word_tail.isupper():
                return False
    return True


def _in_token(ch: str) -> bool:
    """Whether `ch` may belong to the word before a full stop: a word character (as the
    regular expression class \\w has it) or one of ".'’-"."""
    return ch.isalnum() or ch in "_.'’-"
