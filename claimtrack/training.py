"""Fit the pair model (`pairmodel`) on annotated article folders.

Each folder is read as `claimtrack eval` reads it: the articles go through extraction and
profiling, and each claim is paired with the gold record it stands for. Every two paired
claims of different articles that clustering would compare (they share a blocking key and
no veto keeps them apart) is one example: the evidence of `cluster.pair_features`, and
whether the annotators gave both records one topic. A logistic regression (scikit-learn,
the `train` extra) is fitted per pair class. Each class's threshold starts where the
pairwise F1 on the examples is highest; `tune_thresholds` then keeps, class by class, the
cut under which clustering the folders scores best.
"""

from __future__ import annotations

import importlib.util
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from claimtrack import cluster, conflicts, evaluate
from claimtrack.errors import ClaimtrackError
from claimtrack.extract.claims import extract_claims
from claimtrack.ingest import Input, read_article
from claimtrack.model import Article, Claim
from claimtrack.normalise import SourceResolver
from claimtrack.pairmodel import FIGURES, STANCES, LinearScorer, PairModel
from claimtrack.resources import load_data
from claimtrack.tracker import MemoryBoard, assign


class TrainingError(ClaimtrackError):
    """Training cannot run (missing library, too few examples)."""


@dataclass(frozen=True)
class PairExample:
    """Two claims of different articles clustering would compare, and the annotators' say."""

    gold_set: str
    figures: bool
    features: dict[str, float | None]
    same: bool


Progress = Callable[[int, int, str], None]


def train_pair_model(
    gold_dirs: Sequence[Path],
    settings: cluster.ClusterSettings,
    out: Path,
    progress: Progress | None = None,
) -> tuple[PairModel, int]:
    """Fit a pair model on annotated folders and write it to `out` (YAML); return it and
    the number of examples it was fitted on. `progress(done, total, step)` is called after
    each step (reading a folder, trying a threshold)."""
    _require_sklearn()
    grid = _threshold_grid()
    total = len(gold_dirs) + 2 * len(grid)
    examples: list[PairExample] = []
    folders: list[GoldFolder] = []
    resolver = SourceResolver.default()
    for done, gold_dir in enumerate(gold_dirs, start=1):
        folders.append(read_folder(gold_dir, resolver))
        examples.extend(folder_examples(folders[-1], settings))
        if progress:
            progress(done, total, Path(gold_dir).name)
    model = fit(examples, _labels(gold_dirs))

    def tried(step: int, name: str) -> None:
        if progress:
            progress(len(gold_dirs) + step, total, name)

    model = tune_thresholds(model, folders, settings, tried)
    header = "# Pair model fitted by `claimtrack train` (see claimtrack/training.py).\n"
    text = yaml.safe_dump(model.to_data(), sort_keys=False, allow_unicode=True)
    Path(out).write_text(header + text, encoding="utf-8")
    return model, len(examples)


def _labels(gold_dirs: Sequence[Path]) -> list[str]:
    """Each folder's name, with its parent's when two folders share a name."""
    names = [Path(d).resolve().name for d in gold_dirs]
    return [
        f"{Path(d).resolve().parent.name}/{name}" if names.count(name) > 1 else name
        for d, name in zip(gold_dirs, names, strict=True)
    ]


def _threshold_grid() -> list[float]:
    return [float(t) for t in load_data("cluster.yaml")["clustering"]["learned_threshold_grid"]]


def tune_thresholds(
    model: PairModel,
    folders: Sequence[GoldFolder],
    settings: cluster.ClusterSettings,
    tried: Callable[[int, str], None] | None = None,
) -> PairModel:
    """The model with the thresholds (cluster.yaml `learned_threshold_grid`, one class at a
    time) under which clustering the folders gives the best mean pairwise F1.

    A claim is compared with clusters, not claims, and joins the best one: the cut that
    best separates pairs is not the one that groups best, so it is measured. The folders
    are read once (`read_folder`); each cut only clusters their claims again.
    """
    grid = _threshold_grid()
    step = 0
    with tempfile.TemporaryDirectory(prefix="claimtrack-train-") as tmp:
        for name in (FIGURES, STANCES):
            scores = []
            for threshold in grid:
                trial = replace(
                    model,
                    scorers={
                        **model.scorers,
                        name: replace(model.scorers[name], threshold=threshold),
                    },
                )
                # the model goes through its file, as a user's `--set pair_model=` does
                path = Path(tmp) / f"{name}-{threshold}.yaml"
                path.write_text(yaml.safe_dump(trial.to_data()), encoding="utf-8")
                run = replace(settings, scorer="learned", pair_model=str(path))
                f1s = [cluster_f1(folder, run) for folder in folders]
                scores.append((sum(f1s) / len(f1s), -threshold, trial))
                step += 1
                if tried:
                    tried(step, f"{name} threshold {threshold}")
            model = max(scores, key=lambda s: (s[0], s[1]))[2]
    return model


@dataclass(frozen=True)
class ReadArticle:
    """One article of an annotated folder through extraction and profiling, as ingest
    reads it."""

    article: Article
    claims: list[Claim]
    follows: list[int | None]
    profiles: list[cluster.ClaimProfile]


@dataclass(frozen=True)
class GoldFolder:
    """An annotated folder read once: its gold set and its articles' claims, in ingest
    order. Extraction and profiling do not depend on the clustering settings."""

    gold: evaluate.GoldSet
    articles: list[ReadArticle]

    def records(self) -> list[dict[str, Any]]:
        """Every claim as an export-contract record (without its cluster)."""
        return [
            {**_as_record(read.article.name, claim), "lang": read.article.lang}
            for read in self.articles
            for claim in read.claims
        ]


def read_folder(gold_dir: Path, resolver: SourceResolver | None = None) -> GoldFolder:
    """Read an annotated folder's articles as `claimtrack eval` ingests them."""
    gold = evaluate.load_gold_dir(gold_dir)
    resolver = resolver or SourceResolver.default()
    articles = []
    for path in evaluate.article_paths(gold):
        article = read_article(Input(path.name, path))
        claims = extract_claims(article.text, article.lang, resolver)
        follows = cluster.follow_targets(claims, article.lang)
        profiles = cluster.profile_article(article, claims, follows)
        articles.append(ReadArticle(article, claims, follows, profiles))
    return GoldFolder(gold, articles)


def cluster_f1(
    folder: GoldFolder,
    settings: cluster.ClusterSettings,
    conflict_settings: conflicts.ConflictSettings | None = None,
) -> float:
    """The pairwise clustering F1 (all pairs) `claimtrack eval` gives the folder under
    these settings: its claims placed as ingest places them, on clusters kept in memory,
    and reprinted copies set aside as the conflict analysis marks them."""
    board = MemoryBoard()
    cluster_ids: list[int] = []
    for read in folder.articles:
        fixed = [None] * len(read.claims)
        cluster_ids.extend(assign(board, read.profiles, read.follows, fixed, settings))
    # an earlier article's claims follow their cluster when a later claim bridged it into another
    cluster_ids = [board.merged_into(cluster_id) for cluster_id in cluster_ids]
    records = folder.records()
    copies = _copies(folder, cluster_ids, conflict_settings or conflicts.ConflictSettings.load())
    for index, (record, cluster_id) in enumerate(zip(records, cluster_ids, strict=True)):
        record["cluster_id"] = cluster_id
        record["copy_of"] = copies.get(index)
    report = evaluate.evaluate(folder.gold, records)
    return report.metrics["all"]["cluster.f1"].value or 0.0


def _copies(
    folder: GoldFolder, cluster_ids: Sequence[int], settings: conflicts.ConflictSettings
) -> dict[int, int]:
    """Claim index -> the claim it reprints, cluster by cluster (`conflicts.find_copies`;
    claim ids are the indices in ingest order, as the store numbers them)."""
    members: dict[int, list[conflicts.Member]] = {}
    claims = [(read.article, claim) for read in folder.articles for claim in read.claims]
    for index, ((article, claim), cluster_id) in enumerate(zip(claims, cluster_ids, strict=True)):
        members.setdefault(cluster_id, []).append(
            conflicts.Member(
                claim_id=index,
                claim=claim,
                article=article.name,
                outlet=article.outlet,
                published=article.published,
                source_canonical=claim.attribution.canonical,
            )
        )
    return {
        copy: original
        for group in members.values()
        for copy, original in conflicts.find_copies(group, settings).items()
    }


def pair_examples(
    gold_dir: Path, settings: cluster.ClusterSettings, resolver: SourceResolver | None = None
) -> list[PairExample]:
    """The training examples of one annotated folder."""
    return folder_examples(read_folder(gold_dir, resolver), settings)


def folder_examples(folder: GoldFolder, settings: cluster.ClusterSettings) -> list[PairExample]:
    """The training examples of an annotated folder already read."""
    gold = folder.gold
    predicted = folder.records()
    # a claim that follows another goes where that one goes: it is never scored
    profiles = [
        profile if follow is None else None
        for read in folder.articles
        for profile, follow in zip(read.profiles, read.follows, strict=True)
    ]
    matched = evaluate.match_claims(gold, predicted)
    # The gold clusters as incremental clustering would build them, in ingest order: each
    # claim is compared with the representative of every cluster it shares a blocking key
    # with, as `best_match` compares it, then joins its own topic's.
    representatives: dict[str, cluster.ClaimProfile] = {}
    examples = []
    for index, profile in enumerate(profiles):
        if profile is None or index not in matched:
            continue
        topic = str(gold.records[matched[index]]["topic"])
        keys = set(profile.block_keys)
        for other, representative in representatives.items():
            if not keys & set(representative.block_keys):
                continue
            try:
                features = cluster.pair_features(profile, representative, settings)
            except ValueError:
                continue  # vetoed: never scored
            figures = profile.kind == "figure" and representative.kind == "figure"
            examples.append(PairExample(gold.name, figures, features, other == topic))
        known = representatives.get(topic)
        representatives[topic] = (
            cluster.merge_profiles(known, profile) if known is not None else profile
        )
    return examples


def _as_record(article: str, claim: Any) -> dict[str, Any]:
    """The export-contract fields `evaluate.match_claims` pairs on."""
    figure = claim.figure
    return {
        "article": article,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "value": figure.value if figure else None,
        "value_low": figure.low if figure else None,
        "value_high": figure.high if figure else None,
        "source": claim.attribution.source,
        "source_canonical": claim.attribution.canonical,
    }


def fit(examples: Sequence[PairExample], trained_on: Iterable[str] = ()) -> PairModel:
    """A pair model fitted on `examples` (one logistic regression per pair class)."""
    scorers = {
        name: _fit_class([e for e in examples if e.figures == (name == FIGURES)], name)
        for name in (FIGURES, STANCES)
    }
    return PairModel(scorers, tuple(trained_on))


def _require_sklearn() -> None:
    """Fail before any work when scikit-learn (the `train` extra) is missing."""
    if importlib.util.find_spec("sklearn") is None:
        raise TrainingError("Training needs scikit-learn: pip install 'claimtrack[train]'.")


def _fit_class(examples: Sequence[PairExample], name: str) -> LinearScorer:
    _require_sklearn()
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    labels = [e.same for e in examples]
    if sum(labels) < 5 or len(labels) - sum(labels) < 5:
        raise TrainingError(
            f"Too few {name} pairs to learn from ({sum(labels)} of one claim, "
            f"{len(labels) - sum(labels)} of two): annotate more articles of the same stories."
        )
    names = tuple(sorted({n for e in examples for n in e.features}))
    x = np.array(
        [[e.features.get(n, 0.0) for n in names] for e in examples], dtype=float
    )  # None (unknown) becomes NaN
    y = np.array(labels)
    mean = np.nan_to_num(np.nanmean(x, axis=0))
    # an unknown value weighs as the average pair, as `LinearScorer.probability` reads it
    x = np.where(np.isnan(x), mean, x)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    strength = float(load_data("cluster.yaml")["clustering"]["learned_regularisation"])
    model = LogisticRegression(C=strength, max_iter=2000).fit((x - mean) / scale, y)
    scorer = LinearScorer(
        features=names,
        mean=tuple(round(float(v), 6) for v in mean),
        scale=tuple(round(float(v), 6) for v in scale),
        weights=tuple(round(float(v), 6) for v in model.coef_[0]),
        intercept=round(float(model.intercept_[0]), 6),
        threshold=0.5,
    )
    probabilities = [scorer.probability(e.features) for e in examples]
    return replace(scorer, threshold=_best_threshold(probabilities, labels))


def _best_threshold(probabilities: Sequence[float], labels: Sequence[bool]) -> float:
    """The probability cut with the highest pairwise F1 on the examples."""
    ranked = sorted(zip(probabilities, labels, strict=True), reverse=True)
    positives = sum(labels)
    best, cut, hits = 0.0, 0.5, 0
    for taken, (probability, label) in enumerate(ranked, start=1):
        hits += label
        f1 = 2 * hits / (taken + positives)
        if f1 > best:
            best, cut = f1, probability
    return round(cut, 4)
