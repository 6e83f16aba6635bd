"""Measure extracted claims against a hand-annotated gold set.

A gold set is a folder holding `gold.jsonl` (one attributed assertion per line), optionally
`negatives.jsonl` (sentences with numbers that are not claims) and `conflicts.jsonl` (topics on
which sources disagree), and the annotated articles: either `articles/*.txt` (the devset
layout) or `*.txt` next to the JSONL files (the bundled corpus layout). The record formats are
described in corpus/README.md and in the devset's README.

Matching. Sentences are compared as character spans of the article body, not as strings:
- a gold sentence is located at its first occurrence in the body (a body printed twice is
  annotated once, so claims found in the copy count as false positives);
- a predicted claim is located by its `start`/`end`.
Two spans match when their overlap covers most of the shorter span and a fair share of the
longer one (thresholds in data/eval_floors.yaml). So a gold quote unit spanning two predicted
sentences matches both, but a span running over a long paragraph or a whole article does not.

Within an article, the gold records and the predicted claims whose spans match are paired
one-to-one. Pairs are preferred in this order: same value, then same source, then same kind,
then larger overlap. Source names are compared with a tolerance: accents and case are ignored,
and spelling variants are accepted ("Interior Ministry (France)" ~ "French Interior
Ministry"), as is a predicted name that is part of the gold name ("Israel" for "Israel
(government/IDF)"). The comparison is made both on the canonical names and on the source as
written.

Everything here is pure: no database and no rendering. The only file reads are the gold
folder handed to `load_gold_dir` and the package's own settings.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

import frontmatter
from rapidfuzz import fuzz, utils

from claimtrack.model import KINDS
from claimtrack.resources import load_data

SETTINGS_FILE = "eval_floors.yaml"
MATCHING = "matching"  # the settings' section; every other top-level key names a gold set
GOLD_FILE = "gold.jsonl"
NEGATIVES_FILE = "negatives.jsonl"
CONFLICTS_FILE = "conflicts.jsonl"
ARTICLES_SUBDIR = "articles"

GOLD_KEYS = (
    "article",
    "sentence",
    "kind",
    "source",
    "source_canonical",
    "value",
    "value_low",
    "value_high",
    "unit",
    "approx",
    "hedged",
    "polarity",
    "topic",
)
NEGATIVE_KEYS = ("article", "sentence")
CONFLICT_KEYS = ("topic", "values", "sources")
# Kinds that carry a checkable proposition; their joint recall is reported as "strong".
STRONG_KINDS = ("figure", "accusation", "denial")
ALL = "all"
CROSS = "cross"
UNKNOWN_LANG = "und"

Span = tuple[int, int]
# Gold sources as written carry the annotator's clarifications in brackets: "Elle (la FICR)".
ANNOTATOR_NOTE = re.compile(r"\([^)]*\)")


# ------------------------------------------------------------------------------------ gold


@dataclass(frozen=True)
class GoldSet:
    """A gold folder read into memory: records plus the article bodies they point into."""

    name: str
    root: Path
    articles_dir: Path
    records: list[dict[str, Any]]
    negatives: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    texts: dict[str, str] = field(default_factory=dict)
    langs: dict[str, str] = field(default_factory=dict)


def load_gold_dir(path: Path) -> GoldSet:
    """Read a gold folder (devset or corpus layout); raise ValueError saying what is wrong."""
    root = Path(path)
    if not root.is_dir():
        raise ValueError(f"{root}: not a folder (expected a gold folder holding {GOLD_FILE})")
    if not (root / GOLD_FILE).is_file():
        raise ValueError(
            f"{root}: no {GOLD_FILE} here. A gold folder holds {GOLD_FILE} (and optionally "
            f"{NEGATIVES_FILE}, {CONFLICTS_FILE}) next to the annotated articles, either as "
            f"*.txt in the same folder or in an {ARTICLES_SUBDIR}/ subfolder."
        )
    articles_dir = _articles_dir(root)
    texts, langs = {}, {}
    for article in sorted(articles_dir.glob("*.txt")):
        texts[article.name], langs[article.name] = _read_article(article)
    if not texts:
        raise ValueError(f"{root}: {GOLD_FILE} found but no *.txt articles next to it")
    records = _read_jsonl(root / GOLD_FILE, GOLD_KEYS, texts)
    negatives = _read_jsonl(root / NEGATIVES_FILE, NEGATIVE_KEYS, texts, optional=True)
    conflicts = _read_jsonl(root / CONFLICTS_FILE, CONFLICT_KEYS, None, optional=True)
    return GoldSet(root.name, root, articles_dir, records, negatives, conflicts, texts, langs)


def article_paths(gold: GoldSet) -> list[Path]:
    """The article files of the gold set, in name order: what to ingest before evaluating."""
    return [gold.articles_dir / name for name in sorted(gold.texts)]


def _articles_dir(root: Path) -> Path:
    sub = root / ARTICLES_SUBDIR
    return sub if sub.is_dir() and any(sub.glob("*.txt")) else root


def _read_article(path: Path) -> tuple[str, str]:
    """Body (front matter removed, as ingest reads it) and the front matter's language."""
    post = frontmatter.loads(path.read_text(encoding="utf-8"))
    body = post.content.replace("\r\n", "\n").replace("\r", "\n")
    lang = str(post.metadata.get("lang") or "").strip().lower()[:2] or UNKNOWN_LANG
    return body, lang


def _read_jsonl(
    path: Path,
    required: Sequence[str],
    texts: Mapping[str, str] | None,
    optional: bool = False,
) -> list[dict[str, Any]]:
    """Parse a JSONL file; with `texts`, check each record's sentence is in its article."""
    if not path.is_file():
        if optional:
            return []
        raise ValueError(f"{path}: file not found")
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: invalid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise ValueError(f"{where}: expected a JSON object")
        missing = [key for key in required if key not in row]
        if missing:
            raise ValueError(f"{where}: missing keys {', '.join(missing)}")
        if texts is not None:
            if row["article"] not in texts:
                raise ValueError(f"{where}: article {row['article']!r} is not in the folder")
            if row["sentence"] not in texts[row["article"]]:
                raise ValueError(
                    f"{where}: sentence not found verbatim in {row['article']}: "
                    f"{row['sentence'][:60]!r}"
                )
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------------- report


@dataclass(frozen=True)
class Metric:
    """One measured value; `num`/`den` when it is a ratio or a count (None: not measurable)."""

    value: float | None
    num: int | None = None
    den: int | None = None

    @classmethod
    def ratio(cls, num: int, den: int) -> Metric:
        return cls(num / den if den else None, num, den)

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "num": self.num, "den": self.den}


@dataclass(frozen=True)
class EvalReport:
    """All measurements of one run: metrics per language plus the lists for debugging."""

    gold_name: str
    # {language: {metric name: Metric}}; language is "all", a code, or "cross".
    metrics: dict[str, dict[str, Metric]]
    misses: list[dict[str, Any]]
    false_positives: list[dict[str, Any]]
    negative_hits: list[dict[str, Any]]
    mismatches: list[dict[str, Any]]
    conflicts_missed: list[str]
    counts: dict[str, int]
    # Gold topics whose claims landed in several clusters, and clusters holding several topics.
    cluster_splits: list[dict[str, Any]] = field(default_factory=list)
    cluster_merges: list[dict[str, Any]] = field(default_factory=list)

    def metric(self, name: str, language: str = ALL) -> Metric | None:
        """A metric by name, or None when it was not computed for that language."""
        return self.metrics.get(language, {}).get(name)

    def rows(self) -> list[tuple[str, str, float | None]]:
        """(metric, language, value) rows for a table, "all" first."""
        order = [ALL, *sorted(k for k in self.metrics if k not in (ALL, CROSS)), CROSS]
        return [
            (name, language, metric.value)
            for language in order
            for name, metric in self.metrics.get(language, {}).items()
        ]

    def as_dict(self) -> dict[str, Any]:
        """JSON-serialisable form of the whole report."""
        return {
            "gold": self.gold_name,
            "counts": dict(self.counts),
            "metrics": {
                language: {name: metric.as_dict() for name, metric in metrics.items()}
                for language, metrics in self.metrics.items()
            },
            "misses": self.misses,
            "false_positives": self.false_positives,
            "negative_hits": self.negative_hits,
            "mismatches": self.mismatches,
            "conflicts_missed": self.conflicts_missed,
            "cluster_splits": self.cluster_splits,
            "cluster_merges": self.cluster_merges,
        }


# -------------------------------------------------------------------------------- matching


@cache
def _settings() -> dict[str, float]:
    return dict(load_data(SETTINGS_FILE)[MATCHING])


def _overlaps(a: Span, b: Span) -> float:
    """How well two spans match: overlap over the shorter one, 0 when too little is shared."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared <= 0:
        return 0.0
    shorter = min(a[1] - a[0], b[1] - b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    settings = _settings()
    if shared / shorter < settings["overlap_of_shorter"]:
        return 0.0
    if shared / longer < settings["overlap_of_longer"]:
        return 0.0
    return shared / shorter


def _first_span(text: str, sentence: str) -> Span:
    start = text.find(sentence)
    return (start, start + len(sentence))


def _all_spans(text: str, sentence: str) -> list[Span]:
    spans, start = [], text.find(sentence)
    while start >= 0:
        spans.append((start, start + len(sentence)))
        start = text.find(sentence, start + 1)
    return spans


def _locate(text: str, claim: Mapping[str, Any]) -> Span | None:
    """The predicted claim's span: its offsets if they hold its sentence, else a lookup."""
    sentence = str(claim.get("sentence") or "")
    start, end = claim.get("start"), claim.get("end")
    valid = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
    if valid and (not sentence or text[start:end] == sentence):
        return (start, end)
    if not sentence:
        return None
    found = _all_spans(text, sentence)
    if found:
        anchor = start if isinstance(start, int) else 0
        return min(found, key=lambda span: abs(span[0] - anchor))
    alignment = fuzz.partial_ratio_alignment(sentence, text)
    if alignment is not None and alignment.score >= _settings()["relocate_similarity"]:
        return (alignment.dest_start, alignment.dest_end)
    return (start, end) if valid else None


def _plain(name: str) -> str:
    stripped = "".join(
        char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char)
    )
    return utils.default_process(stripped)


def _tokens_within(small: list[str], big: list[str]) -> bool:
    """Every word of `small` is (fuzzily) a word of `big`."""
    threshold = _settings()["token_similarity"]
    return bool(small) and all(
        any(fuzz.ratio(token, other) >= threshold for other in big) for token in small
    )


def names_agree(predicted: str | None, gold: str | None, min_cover: float = 0.0) -> bool:
    """Whether a predicted source name denotes the gold one.

    Either the whole names are close (accents, case and word order ignored), or every word of
    the predicted name is a word of the gold name ("Israel" in "Israel (government/IDF)") and
    covers at least `min_cover` of the gold name's letters (so the stray "mondiale" is not
    "le patron de l'Organisation météorologique mondiale").
    """
    if not predicted or not gold:
        return False
    plain_predicted, plain_gold = _plain(predicted), _plain(gold)
    if not plain_predicted or not plain_gold:
        return False
    if fuzz.token_sort_ratio(plain_predicted, plain_gold) >= _settings()["name_similarity"]:
        return True
    shortest = int(_settings()["name_min_token"])
    words_predicted = [w for w in plain_predicted.split() if len(w) >= shortest]
    words_gold = [w for w in plain_gold.split() if len(w) >= shortest]
    if not _tokens_within(words_predicted, words_gold):
        return False
    return len("".join(words_predicted)) >= min_cover * len("".join(words_gold))


def sources_agree(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """Source match: canonical names agree, or the source as written matches the gold's.

    The gold's written source loses its bracketed annotator notes first ("la CGT (implicite)"
    is "la CGT"); written names must cover a share of the gold name (data/eval_floors.yaml).
    """
    cover = _settings()["written_name_cover"]
    gold_canonical = gold.get("source_canonical")
    gold_written = ANNOTATOR_NOTE.sub(" ", str(gold.get("source") or ""))
    predicted_canonical = predicted.get("source_canonical")
    predicted_written = predicted.get("source")
    return (
        names_agree(predicted_canonical, gold_canonical)
        or names_agree(predicted_written, gold_written, cover)
        or names_agree(predicted_canonical, gold_written, cover)
        or names_agree(predicted_written, gold_canonical, cover)
    )


def _number_equal(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    return math.isclose(a, b, rel_tol=_settings()["value_tolerance"], abs_tol=1e-9)


def values_agree(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """Value, low and high all equal within tolerance (all None on both sides agrees too)."""
    return all(
        _number_equal(gold.get(key), predicted.get(key))
        for key in ("value", "value_low", "value_high")
    )


@dataclass(frozen=True)
class _Pair:
    gold: int
    predicted: int
    overlap: float


def _pair_article(
    gold_rows: list[tuple[int, Span]],
    predicted_rows: list[tuple[int, Span]],
    gold: Sequence[Mapping[str, Any]],
    predicted: Sequence[Mapping[str, Any]],
) -> list[_Pair]:
    """One-to-one pairing, greedy on (same value, same source, same kind, overlap)."""
    candidates = []
    for g_index, g_span in gold_rows:
        for p_index, p_span in predicted_rows:
            overlap = _overlaps(g_span, p_span)
            if overlap <= 0:
                continue
            g, p = gold[g_index], predicted[p_index]
            rank = (
                values_agree(g, p),
                sources_agree(g, p),
                g.get("kind") == p.get("kind"),
                overlap,
            )
            candidates.append((rank, g_index, p_index, overlap))
    # Ties break on document order so that results do not depend on dict ordering.
    candidates.sort(key=lambda c: (tuple(-float(x) for x in c[0]), c[1], c[2]))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _rank, g_index, p_index, overlap in candidates:
        if g_index in used_gold or p_index in used_predicted:
            continue
        used_gold.add(g_index)
        used_predicted.add(p_index)
        pairs.append(_Pair(g_index, p_index, overlap))
    return pairs


def _article_rows(
    gold: GoldSet, claims: Sequence[Mapping[str, Any]], article: str
) -> tuple[list[tuple[int, Span]], list[tuple[int, Span]]]:
    """The gold records and the located predicted claims of one article, with their spans."""
    text = gold.texts[article]
    gold_rows = [
        (i, _first_span(text, r["sentence"]))
        for i, r in enumerate(gold.records)
        if r["article"] == article
    ]
    located = [(i, _locate(text, c)) for i, c in enumerate(claims) if c["article"] == article]
    return gold_rows, [(i, span) for i, span in located if span is not None]


def match_claims(gold: GoldSet, predicted: Sequence[Mapping[str, Any]]) -> dict[int, int]:
    """Predicted claim index -> the gold record index it was paired with, as `evaluate`
    pairs them (one-to-one per article, on value, source, kind and overlap)."""
    matched: dict[int, int] = {}
    for article in gold.texts:
        gold_rows, predicted_rows = _article_rows(gold, predicted, article)
        for pair in _pair_article(gold_rows, predicted_rows, gold.records, predicted):
            matched[pair.predicted] = pair.gold
    return matched


# ------------------------------------------------------------------------------ evaluation


def _conflict_value(record: Mapping[str, Any]) -> str:
    """The value encoding of conflicts.jsonl (number, "A-B", ">=N", "deny:…", stance)."""
    if record.get("kind") != "figure":
        return str(record.get("polarity"))
    value, low, high = record.get("value"), record.get("value_low"), record.get("value_high")
    if value is not None:
        text = _number_text(value)
    elif high is not None:
        text = f"{_number_text(low)}-{_number_text(high)}"
    else:
        text = f">={_number_text(low)}"
    return f"deny:{text}" if record.get("polarity") == "deny" else text


def _number_text(number: Any) -> str:
    if number is None:
        return "None"
    number = float(number)
    return str(int(number)) if number.is_integer() else str(number)


def _describe_gold(record: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("article", "sentence", "kind", "source_canonical", "value", "value_low", "topic")
    return {key: record.get(key) for key in keys}


def _describe_predicted(record: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("claim_id", "article", "sentence", "kind", "source", "source_canonical", "value")
    return {key: record.get(key) for key in keys}


@dataclass
class _Scope:
    """Counters for one language (or all): filled while walking the articles."""

    gold_by_kind: Counter[str] = field(default_factory=Counter)
    found_by_kind: Counter[str] = field(default_factory=Counter)
    predicted_by_kind: Counter[str] = field(default_factory=Counter)
    matched_by_kind: Counter[str] = field(default_factory=Counter)
    sentences: int = 0
    sentences_on_gold: int = 0
    agreements: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    negative_hits: int = 0
    predicted: int = 0

    def metrics(self) -> dict[str, Metric]:
        out = {
            f"recall.{kind}": Metric.ratio(self.found_by_kind[kind], self.gold_by_kind[kind])
            for kind in KINDS
        }
        out["recall.all"] = Metric.ratio(
            sum(self.found_by_kind.values()), sum(self.gold_by_kind.values())
        )
        out["recall.strong"] = Metric.ratio(
            sum(self.found_by_kind[k] for k in STRONG_KINDS),
            sum(self.gold_by_kind[k] for k in STRONG_KINDS),
        )
        # Claim precision by kind: predicted claims that pair with a gold record. Gold sets
        # annotate statements selectively, so precision.statement is a lower bound.
        for kind in KINDS:
            out[f"precision.{kind}"] = Metric.ratio(
                self.matched_by_kind[kind], self.predicted_by_kind[kind]
            )
        out["precision.sentence"] = Metric.ratio(self.sentences_on_gold, self.sentences)
        for name in ("source", "value", "kind", "polarity", "hedged"):
            checks = self.agreements[name]
            out[f"accuracy.{name}"] = Metric.ratio(sum(checks), len(checks))
        hits = self.negative_hits
        out["negatives.hits"] = Metric(float(hits), hits, self.predicted)
        return out


@dataclass
class _Run:
    """Everything gathered while walking the articles of one evaluation."""

    gold: GoldSet
    claims: list[dict[str, Any]]
    scopes: dict[str, _Scope] = field(default_factory=lambda: defaultdict(_Scope))
    pairs: list[_Pair] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    negative_hits: list[dict[str, Any]] = field(default_factory=list)
    mismatches: list[dict[str, Any]] = field(default_factory=list)

    def score_article(self, article: str, lang: str) -> None:
        """Pair, count and list everything about one article."""
        text = self.gold.texts[article]
        scopes = (self.scopes[ALL], self.scopes[lang])
        mine = [i for i, claim in enumerate(self.claims) if claim["article"] == article]
        gold_rows, predicted_rows = _article_rows(self.gold, self.claims, article)
        pairs = _pair_article(gold_rows, predicted_rows, self.gold.records, self.claims)
        self.pairs.extend(pairs)
        found = {pair.gold for pair in pairs}
        matched = {pair.predicted for pair in pairs}
        for scope in scopes:
            scope.predicted += len(mine)
            for p_index, _span in predicted_rows:
                kind = str(self.claims[p_index].get("kind"))
                scope.predicted_by_kind[kind] += 1
                scope.matched_by_kind[kind] += p_index in matched
            for g_index, _span in gold_rows:
                kind = self.gold.records[g_index]["kind"]
                scope.gold_by_kind[kind] += 1
                scope.found_by_kind[kind] += g_index in found
        self.misses.extend(
            _describe_gold(self.gold.records[g]) for g, _span in gold_rows if g not in found
        )
        self._negatives(article, text, predicted_rows, scopes)
        self._sentences(article, text, predicted_rows, [span for _g, span in gold_rows], scopes)
        self._agreements(pairs, scopes)

    def _negatives(
        self, article: str, text: str, rows: list[tuple[int, Span]], scopes: Iterable[_Scope]
    ) -> None:
        negative_spans = [
            (negative["sentence"], span)
            for negative in self.gold.negatives
            if negative["article"] == article
            for span in _all_spans(text, negative["sentence"])
        ]
        for p_index, span in rows:
            hit = next((n for n, n_span in negative_spans if _overlaps(span, n_span)), None)
            if hit is None:
                continue
            self.negative_hits.append(
                {**_describe_predicted(self.claims[p_index]), "negative": hit}
            )
            for scope in scopes:
                scope.negative_hits += 1

    def _sentences(
        self,
        article: str,
        text: str,
        rows: list[tuple[int, Span]],
        gold_spans: list[Span],
        scopes: Iterable[_Scope],
    ) -> None:
        """Sentence-level precision: distinct predicted spans that sit on a gold sentence."""
        distinct: dict[Span, list[int]] = defaultdict(list)
        for p_index, span in rows:
            distinct[span].append(p_index)
        for span, members in distinct.items():
            on_gold = any(_overlaps(span, g_span) for g_span in gold_spans)
            for scope in scopes:
                scope.sentences += 1
                scope.sentences_on_gold += on_gold
            if not on_gold:
                self.false_positives.append(
                    {
                        "article": article,
                        "sentence": text[span[0] : span[1]],
                        "start": span[0],
                        "end": span[1],
                        "kinds": sorted({str(self.claims[i].get("kind")) for i in members}),
                        "sources": sorted({str(self.claims[i].get("source")) for i in members}),
                    }
                )

    def _agreements(self, pairs: list[_Pair], scopes: Iterable[_Scope]) -> None:
        """Field accuracies on matched pairs; the value only on gold figures."""
        scopes = tuple(scopes)
        for pair in pairs:
            g, p = self.gold.records[pair.gold], self.claims[pair.predicted]
            checks = {
                "source": sources_agree(g, p),
                "kind": g.get("kind") == p.get("kind"),
                "polarity": g.get("polarity") == p.get("polarity"),
                "hedged": bool(g.get("hedged")) == bool(p.get("hedged")),
            }
            if g.get("kind") == "figure":
                checks["value"] = values_agree(g, p)
            for name, ok in checks.items():
                for scope in scopes:
                    scope.agreements[name].append(ok)
                if not ok:
                    self.mismatches.append(
                        {
                            "field": name,
                            "gold": _describe_gold(g),
                            "predicted": _describe_predicted(p),
                        }
                    )


def evaluate(gold: GoldSet, predicted: Sequence[Mapping[str, Any]]) -> EvalReport:
    """Compare predicted claims (export-contract dicts) with the gold set.

    Claims of articles outside the gold set are ignored. Claims the pipeline marks as copies
    (`copy_of` set) are set aside: a republished text is not a claim of its own.
    """
    known = [dict(p) for p in predicted if p.get("article") in gold.texts]
    claims = [p for p in known if p.get("copy_of") is None]
    langs = _article_languages(gold, claims)
    run = _Run(gold, claims)
    for article in gold.texts:
        run.score_article(article, langs[article])

    metrics = {language: scope.metrics() for language, scope in run.scopes.items()}
    lang_of = {i: langs[r["article"]] for i, r in enumerate(gold.records)}
    for language, metric in _clustering(gold.records, claims, run.pairs, lang_of).items():
        metrics.setdefault(language, {}).update(metric)
    conflict_metrics, conflicts_missed = _conflicts(gold, claims, run.pairs)
    splits, merges = _cluster_errors(gold.records, claims, run.pairs)
    metrics[ALL].update(conflict_metrics)
    counts = {
        "gold_records": len(gold.records),
        "predicted_claims": len(claims),
        "predicted_copies_set_aside": len(known) - len(claims),
        "predicted_outside_gold": len(predicted) - len(known),
        "matched_pairs": len(run.pairs),
    }
    return EvalReport(
        gold.name,
        metrics,
        run.misses,
        run.false_positives,
        run.negative_hits,
        run.mismatches,
        conflicts_missed,
        counts,
        splits,
        merges,
    )


def _article_languages(gold: GoldSet, claims: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Each article's language: its front matter, else what the pipeline detected."""
    detected = {
        str(claim["article"]): str(claim.get("lang") or "").lower()[:2]
        for claim in claims
        if claim.get("lang")
    }
    return {
        article: lang if lang != UNKNOWN_LANG else detected.get(article) or UNKNOWN_LANG
        for article, lang in gold.langs.items()
    }


def _clustering(
    records: Sequence[Mapping[str, Any]],
    claims: Sequence[Mapping[str, Any]],
    pairs: Sequence[_Pair],
    lang_of: Mapping[int, str],
) -> dict[str, dict[str, Metric]]:
    """Pairwise precision/recall/F1 over matched gold records of different articles.

    Two matched records agree on gold when they share a topic and on prediction when their
    predicted claims share a cluster_id. Scopes: all pairs, pairs within one language, and
    "cross" for pairs whose articles are in different languages. In the "all" scope, F1 is
    also given (with its precision and recall) for pairs of two gold figures and pairs of
    two figure-less claims (stances): the two are grouped by different evidence and fail
    differently.
    """
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    for a, b in combinations(pairs, 2):
        gold_a, gold_b = records[a.gold], records[b.gold]
        if gold_a["article"] == gold_b["article"]:
            continue
        same_topic = gold_a["topic"] == gold_b["topic"]
        cluster_a = claims[a.predicted].get("cluster_id")
        same_cluster = cluster_a is not None and cluster_a == claims[b.predicted].get("cluster_id")
        lang_a, lang_b = lang_of[a.gold], lang_of[b.gold]
        scopes = [ALL, lang_a if lang_a == lang_b else CROSS]
        figures = (gold_a.get("value") is not None, gold_b.get("value") is not None)
        if figures == (True, True):
            scopes.append(_FIGURE_PAIRS)
        elif figures == (False, False):
            scopes.append(_STANCE_PAIRS)
        for scope in scopes:
            tally = tallies[scope]
            tally["both"] += same_topic and same_cluster
            tally["gold"] += same_topic
            tally["predicted"] += same_cluster
    out: dict[str, dict[str, Metric]] = defaultdict(dict)
    for scope, tally in tallies.items():
        precision = Metric.ratio(tally["both"], tally["predicted"])
        recall = Metric.ratio(tally["both"], tally["gold"])
        if scope in (_FIGURE_PAIRS, _STANCE_PAIRS):
            if tally["gold"] or tally["predicted"]:
                out[ALL][f"cluster.f1.{scope}"] = _f1(precision.value, recall.value)
                # which way a class fails: stances joining the wrong cluster, or split
                out[ALL][f"cluster.precision.{scope}"] = precision
                out[ALL][f"cluster.recall.{scope}"] = recall
            continue
        out[scope].update(
            {
                "cluster.precision": precision,
                "cluster.recall": recall,
                "cluster.f1": _f1(precision.value, recall.value),
            }
        )
    return dict(out)


_FIGURE_PAIRS, _STANCE_PAIRS = "figures", "stances"


def _cluster_errors(
    records: Sequence[Mapping[str, Any]],
    claims: Sequence[Mapping[str, Any]],
    pairs: Sequence[_Pair],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Where clustering went wrong: topics spread over clusters, clusters mixing topics.

    Only topics and clusters spanning at least two articles are listed, as in the metric.
    """

    def member(pair: _Pair) -> dict[str, Any]:
        record, claim = records[pair.gold], claims[pair.predicted]
        return {
            "article": record["article"],
            "topic": record["topic"],
            "cluster_id": claim.get("cluster_id"),
            "source": claim.get("source_canonical"),
            "value": claim.get("value"),
            "sentence": record["sentence"],
        }

    by_topic: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_cluster: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for pair in pairs:
        row = member(pair)
        by_topic[row["topic"]].append(row)
        if row["cluster_id"] is not None:
            by_cluster[row["cluster_id"]].append(row)

    def spans_articles(rows: list[dict[str, Any]]) -> bool:
        return len({row["article"] for row in rows}) > 1

    splits = [
        {"topic": topic, "members": rows}
        for topic, rows in sorted(by_topic.items())
        if spans_articles(rows) and len({row["cluster_id"] for row in rows}) > 1
    ]
    merges = [
        {"cluster_id": cluster, "members": rows}
        for cluster, rows in sorted(by_cluster.items(), key=lambda item: str(item[0]))
        if spans_articles(rows) and len({row["topic"] for row in rows}) > 1
    ]
    return splits, merges


def _f1(precision: float | None, recall: float | None) -> Metric:
    if precision is None or recall is None:
        return Metric(None)
    if precision + recall == 0:
        return Metric(0.0)
    return Metric(2 * precision * recall / (precision + recall))


def _conflicts(
    gold: GoldSet, claims: Sequence[Mapping[str, Any]], pairs: Sequence[_Pair]
) -> tuple[dict[str, Metric], list[str]]:
    """Conflict recall and precision over predicted clusters flagged in_conflict.

    A gold conflict topic is found when one flagged cluster holds matched claims of that topic
    from at least two of the conflict's sources giving different values. A flagged cluster
    (with at least one matched claim) is right when its matched claims' majority topic is a
    gold conflict topic.
    """
    if not gold.conflicts:  # no conflicts file (or an empty one): nothing to measure
        return {}, []
    wanted = {
        c["topic"]: set(zip(c["sources"], map(_conflict_text, c["values"]), strict=False))
        for c in gold.conflicts
    }
    flagged: set[Any] = {
        c["cluster_id"] for c in claims if c.get("in_conflict") and c.get("cluster_id") is not None
    }
    members: dict[Any, list[Mapping[str, Any]]] = defaultdict(list)
    for pair in pairs:
        cluster = claims[pair.predicted].get("cluster_id")
        if cluster in flagged:
            members[cluster].append(gold.records[pair.gold])

    found = set()
    for topic, listed in wanted.items():
        for records in members.values():
            values = {
                _conflict_value(r)
                for r in records
                if r["topic"] == topic and (r["source_canonical"], _conflict_value(r)) in listed
            }
            if len(values) >= 2:
                found.add(topic)
                break
    right = sum(
        Counter(r["topic"] for r in records).most_common(1)[0][0] in wanted
        for records in members.values()
    )
    metrics = {
        "conflict.recall": Metric.ratio(len(found), len(wanted)),
        "conflict.precision": Metric.ratio(right, len(members)),
    }
    return metrics, sorted(set(wanted) - found)


def _conflict_text(value: Any) -> str:
    """conflicts.jsonl values as the text `_conflict_value` produces (10000 → "10000")."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_text(value)
    return str(value)


# ---------------------------------------------------------------------------------- floors


def floors_for(gold_name: str) -> dict[str, Any]:
    """The pinned floors of a gold set from data/eval_floors.yaml ({} when none)."""
    if gold_name == MATCHING:
        return {}
    return dict(load_data(SETTINGS_FILE).get(gold_name) or {})


def _bounds(floors: Mapping[str, Any], side: str) -> Iterator[tuple[str, str, float]]:
    for language, metrics in (floors.get(side) or {}).items():
        for name, bound in (metrics or {}).items():
            if bound is not None:  # null is a placeholder, not a pinned floor
                yield language, name, float(bound)


def check_floors(report: EvalReport, floors: Mapping[str, Any]) -> list[str]:
    """Human-readable failures of the report against one gold set's floors ({min:, max:})."""
    failures = []
    checks: Iterable[tuple[str, tuple[str, str, float]]] = [
        *(("min", b) for b in _bounds(floors, "min")),
        *(("max", b) for b in _bounds(floors, "max")),
    ]
    for side, (language, name, bound) in checks:
        metric = report.metric(name, language)
        if metric is None or metric.value is None:
            failures.append(f"{name} ({language}): not measurable, yet {side} {bound:g} is pinned")
        elif side == "min" and metric.value < bound:
            failures.append(f"{name} ({language}) = {_show(metric)}, below the floor {bound:g}")
        elif side == "max" and metric.value > bound:
            failures.append(f"{name} ({language}) = {_show(metric)}, above the ceiling {bound:g}")
    return failures


def _show(metric: Metric) -> str:
    assert metric.value is not None
    text = f"{metric.value:.3f}".rstrip("0").rstrip(".")
    return f"{text} ({metric.num}/{metric.den})" if metric.den is not None else text
