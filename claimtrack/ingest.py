"""Ingest stage: find input files and read each one into an `Article`.

Plain text and Markdown may open with YAML front matter (title, source/outlet, author, date,
url, lang); HTML goes through trafilatura, which finds the main text and the page metadata far
better than any hand-written scraper. The language is detected (py3langid, restricted to the
languages claimtrack has lexicons for) when the file does not give it.
"""

from __future__ import annotations

import glob
import hashlib
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import frontmatter
import yaml
from charset_normalizer import from_bytes

from claimtrack.errors import ArticleError
from claimtrack.model import Article
from claimtrack.resources import languages

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
STDIN = "-"
# Files that describe a folder rather than report news; read only when named explicitly.
FOLDER_DOCUMENTS = {"readme", "license", "licence", "changelog", "contributing"}
MAX_BYTES = 20 * 1024 * 1024
# How sure the detector must be before an article is called a language we cannot read.
FOREIGN_CONFIDENCE = 0.8
# Below this many words the detector guesses; only longer text can be called foreign.
FOREIGN_MIN_WORDS = 8
# Fewer words than this from a web page is navigation or an error page, not an article.
MIN_HTML_WORDS = 25  # a news article is never this large; refuse rather than choke
# French and English files that are not UTF-8 come from Windows or old Macs, almost always.
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "mac_roman")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to read: a file, or standard input (`path` None)."""

    name: str
    path: Path | None = None
    data: bytes | None = None


def find_inputs(specs: Iterable[str]) -> Iterator[Input | ArticleError]:
    """Expand paths, folders (recursively) and globs into inputs; report what matches nothing."""
    seen: set[Path] = set()
    for spec in specs:
        if spec == STDIN:
            data = sys.stdin.buffer.read()
            # Named by content, so two different texts piped in are two articles.
            digest = hashlib.sha256(data).hexdigest()[:8]
            yield Input(name=f"stdin-{digest}.txt", data=data)
            continue
        path = Path(spec).expanduser()
        if path.is_dir():
            matches = sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p))
            if not matches:
                yield ArticleError(spec, "folder holds no .txt, .md or .html file")
        elif path.is_file():
            matches = [path]
        elif glob.has_magic(spec):
            matches = sorted(
                p
                for p in map(Path, glob.glob(str(path), recursive=True))
                if p.is_file() and _wanted(p)
            )
            if not matches:
                yield ArticleError(spec, "no file matches this pattern")
        else:
            yield ArticleError(spec, "no such file or folder")
            continue
        for match in matches:
            resolved = match.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield Input(name=match.name, path=match)


def _wanted(path: Path) -> bool:
    """Article files in a folder: not hidden files, not a folder's README or notes."""
    stem = path.stem.lower()
    return (
        path.suffix.lower() in SUFFIXES
        and not path.name.startswith(".")
        and stem not in FOLDER_DOCUMENTS
    )


def read_article(item: Input, lang: str | None = None) -> Article:
    """Read one input into an Article, or raise ArticleError saying what is wrong with it."""
    data = item.data if item.data is not None else _read_bytes(item)
    if not data.strip():
        raise ArticleError(item.name, "the file is empty")
    if len(data) > MAX_BYTES:
        raise ArticleError(item.name, f"the file is larger than {MAX_BYTES // 2**20} MB")
    raw = _decode(item.name, data)
    suffix = Path(item.name).suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(raw)):
        text, meta = _from_html(item.name, raw)
    else:
        text, meta = _from_text(item.name, raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(item.name, "no article text found")
    chosen = (lang or _clean(meta.get("lang")) or "").lower()[:2] or detect_language(text)
    if chosen not in languages():
        raise ArticleError(
            item.name,
            f"language '{chosen}' is not supported (claimtrack reads: {', '.join(languages())})",
        )
    fields = {
        "title": _clean(meta.get("title")),
        "outlet": _clean(meta.get("outlet") or meta.get("source") or meta.get("sitename")),
        "author": _clean(meta.get("author")),
        "url": _clean(meta.get("url")),
        "published": _iso_date(meta.get("date") or meta.get("published")),
    }
    # The hash covers what was read from the file, so a corrected date or outlet is an update.
    fingerprint = "\x1f".join([text, chosen, *(v or "" for v in fields.values())])
    return Article(
        name=item.name,
        text=text,
        lang=chosen,
        content_hash=hashlib.sha256(fingerprint.encode("utf-8")).hexdigest(),
        **fields,
    )


def _read_bytes(item: Input) -> bytes:
    assert item.path is not None
    try:
        if item.path.stat().st_size > MAX_BYTES:
            raise ArticleError(item.name, f"the file is larger than {MAX_BYTES // 2**20} MB")
        return item.path.read_bytes()
    except PermissionError:
        raise ArticleError(item.name, "permission denied") from None
    except OSError as exc:
        raise ArticleError(item.name, f"cannot be read ({exc.strerror or exc})") from None


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, as Windows Notepad saves it
        try:
            return _no_nul(name, data.decode("utf-16"))
        except UnicodeDecodeError:
            raise ArticleError(name, "the file says UTF-16 but cannot be read as such") from None
    if b"\x00" in data:
        raise ArticleError(name, "this is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
        if best is None:
            raise ArticleError(name, "the text encoding cannot be recognised") from None
        return str(best)


def _no_nul(name: str, text: str) -> str:
    if "\x00" in text:
        raise ArticleError(name, "this is a binary file, not text")
    return text


def _looks_like_html(raw: str) -> bool:
    head = raw.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _from_text(name: str, raw: str) -> tuple[str, dict[str, Any]]:
    try:
        post = frontmatter.loads(raw)
    except ValueError:  # YAML reads 2024-13-45 as a date and fails on it
        raise ArticleError(name, "the front matter holds an impossible date") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise ArticleError(name, f"the front matter is not valid YAML{where}") from None
    return post.content, dict(post.metadata)


def _from_html(name: str, raw: str) -> tuple[str, dict[str, Any]]:
    import trafilatura  # only HTML pages need it: imported on the first one, not at start-up

    extracted = trafilatura.bare_extraction(
        raw,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Only a date the page states in its metadata; no guessing from copyright lines.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    doc = extracted.as_dict() if extracted is not None else None
    if not doc or len((doc.get("text") or "").split()) < MIN_HTML_WORDS:
        raise ArticleError(name, "no article text found in this HTML page")
    meta = {k: doc.get(k) for k in ("title", "author", "url", "date", "sitename")}
    meta["lang"] = doc.get("language")
    return doc["text"], meta


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _iso_date(value: Any) -> str | None:
    """Dates as ISO text at the precision given; unparseable dates are dropped, not guessed."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = _clean(value)
    if not text:
        return None
    if ISO_DATE.match(text):
        return text if _valid_iso(text) else None
    for fmt in ("%d/%m/%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y"):
        try:
            return datetime.strptime(text[:19], fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _valid_iso(text: str) -> bool:
    parts = [int(p) for p in text.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


@cache
def _identifier() -> LanguageIdentifier:
    # imported on the first article without a language, not at every command's start-up
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """The language of `text` (its first 5 000 characters are plenty).

    Among all the languages the model knows, so that a Spanish article is reported as
    Spanish, not read as badly-written French; short or mixed text that is not clearly
    another language falls back to the likeliest supported one.
    """
    ranked = _identifier().rank(text[:5000])
    best, probability = ranked[0]
    supported = languages()
    sure = probability >= FOREIGN_CONFIDENCE and len(text.split()) >= FOREIGN_MIN_WORDS
    if best in supported or not sure:
        return next((lang for lang, _p in ranked if lang in supported), supported[0])
    return str(best)
