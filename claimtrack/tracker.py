"""The library's front door: every CLI command is one call on a `Tracker`.

A Tracker ties the pure stages (extract, cluster, conflicts) to the store. Ingest writes one
transaction per article: an unreadable file is reported and skipped, and an interruption keeps
every article already written.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from claimtrack import cluster, conflicts
from claimtrack.errors import ArticleError, ClaimtrackError, RecordRejected, UsageError
from claimtrack.model import Article, Claim
from claimtrack.options import Options
from claimtrack.pairmodel import load_model
from claimtrack.reader import Reader
from claimtrack.records import REVIEW_STATUSES, ClaimRecord, ClusterRecord, claim_of
from claimtrack.resources import load_data
from claimtrack.store import Unit
from claimtrack.store.repo import PER_KEY, follow_moves

if TYPE_CHECKING:
    from claimtrack.evaluate import EvalReport
    from claimtrack.ingest import Input
    from claimtrack.normalise import SourceResolver

# Reading articles and extracting claims (ingest, extract, normalise) is imported by the
# methods that do it: `claimtrack conflicts` opens a Tracker but only analyses clusters.

# How many candidate clusters (sharing a blocking key) a new claim is compared with.
CANDIDATE_LIMIT = 60
# Articles between two runs of the conflict rules over the clusters they changed.
REFRESH_EVERY = 100
# Decoded representatives kept (see `_representative`): several batches of candidates.
REPRESENTATIVE_CACHE = 1024

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    claims: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False

    @property
    def articles(self) -> int:
        return self.new + self.updated + self.unchanged

    @property
    def ok(self) -> bool:
        return not self.skipped and not self.interrupted


@dataclass(slots=True)
class ReclusterReport:
    """What a re-clustering run did."""

    articles: int = 0
    claims: int = 0
    moved: int = 0
    kept: int = 0
    clusters_before: int = 0
    clusters_after: int = 0
    interrupted: bool = False


@dataclass(frozen=True, slots=True)
class ConflictView:
    """A conflicting cluster with the positions its sources hold."""

    cluster: ClusterRecord
    analysis: conflicts.ClusterAnalysis


def load_settings(
    overrides: Mapping[str, Any],
) -> tuple[cluster.ClusterSettings, conflicts.ConflictSettings]:
    """Clustering and conflict settings from data/cluster.yaml, with checked overrides."""
    parts: list[dict[str, Any]] = [{}, {}]
    data = load_data("cluster.yaml")
    # Only what the settings objects carry can change per run; the other entries of the
    # file are read where they are used, so an override of them would do nothing.
    defaults = [
        {f.name: data[table][f.name] for f in fields(kind) if f.name in data[table]}
        for table, kind in (
            ("clustering", cluster.ClusterSettings),
            ("conflicts", conflicts.ConflictSettings),
        )
    ]
    for name, value in overrides.items():
        owner = next((i for i, table in enumerate(defaults) if name in table), None)
        if owner is None:
            known = ", ".join(sorted(n for table in defaults for n in table if _scalar(table[n])))
            raise UsageError(f"Unknown setting '{name}'. Settings you can change: {known}.")
        default = defaults[owner][name]
        if not _scalar(default) or not _same_kind(default, value):
            raise UsageError(
                f"Setting '{name}' takes a {type(default).__name__} like {default!r}, "
                f"not {value!r}."
            )
        parts[owner][name] = value
    clustering = cluster.ClusterSettings.load(**parts[0])
    if clustering.pair_model:
        # a model file that cannot be used stops the run before any article is read
        load_model(clustering.pair_model)
    return clustering, conflicts.ConflictSettings.load(**parts[1])


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, int | float | bool | str)


def _same_kind(default: Any, value: Any) -> bool:
    if default is None:
        return True
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, int) and isinstance(value, float):
        return value.is_integer()
    if isinstance(default, int | float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))


class Tracker(Reader):
    """Open (creating or upgrading if needed) the database named by `options.db`, with
    this run's clustering and conflict settings (`load_settings`)."""

    def __init__(self, options: Options | None = None) -> None:
        options = options or Options()
        # a setting that cannot be used stops the run before the database is opened
        self.cluster_settings, self.conflict_settings = load_settings(options.settings)
        super().__init__(options)

    @cached_property
    def resolver(self) -> SourceResolver:
        from claimtrack.normalise import SourceResolver

        for path in self.options.aliases:
            if not Path(path).is_file():
                raise UsageError(f"Alias file not found: {path}")
        if not self.options.aliases:
            return SourceResolver.default()
        try:
            return SourceResolver.with_files(*self.options.aliases)
        except Exception as exc:  # YAML syntax or shape: either way the file is unusable
            names = ", ".join(str(p) for p in self.options.aliases)
            raise UsageError(
                f"Cannot read the alias file {names} ({type(exc).__name__}: {exc}). "
                "Write one entity per line: 'Pentagon: [le Pentagone, the Pentagon]'."
            ) from None

    # --- ingest ------------------------------------------------------------------------

    def ingest(self, specs: Sequence[str], progress: Progress | None = None) -> IngestReport:
        """Ingest files, folders, globs or "-" (standard input)."""
        from claimtrack.ingest import find_inputs

        report = IngestReport()
        inputs: list[Input] = []
        paths: dict[str, Input] = {}
        for found in find_inputs(specs):
            if isinstance(found, ArticleError):
                report.skipped.append((found.name, found.reason))
            elif found.name in paths:
                # Articles are identified by file name: a second file of that name would
                # silently replace the first.
                report.skipped.append((str(found.path or found.name), _same_name(paths, found)))
            else:
                paths[found.name] = found
                inputs.append(found)
        self.resolver  # noqa: B018 — fail on a bad alias file before reading any article
        try:
            self.refresh_stale()  # left over by an interrupted run
            for done, item in enumerate(inputs, start=1):
                self._ingest_input(item, report)
                if done % REFRESH_EVERY == 0:
                    self.refresh_stale()
                if progress:
                    progress(done, len(inputs), item.name)
            self.refresh_stale()
        except KeyboardInterrupt:
            # The article being written was rolled back; every earlier one is committed.
            # Clusters it touched stay marked stale and are refreshed by the next run.
            report.interrupted = True
        return report

    def _ingest_input(self, item: Input, report: IngestReport) -> None:
        from claimtrack.ingest import read_article

        try:
            self._ingest_one(read_article(item, self.options.lang), report)
        except (ArticleError, RecordRejected) as exc:
            report.skipped.append((item.name, getattr(exc, "reason", str(exc))))
        except ClaimtrackError:
            raise
        except Exception as exc:  # one bad article must not stop a 100k-article run
            report.skipped.append((item.name, f"could not be processed ({exc!r})"))

    def _ingest_one(self, article: Article, report: IngestReport) -> None:
        from claimtrack.extract import extract_claims

        with self.store.unit() as unit:
            previous = unit.article_hash(article.name)
            if previous == article.content_hash:
                report.unchanged += 1
                return
        claims = extract_claims(article.text, article.lang, self.resolver)
        # A claim that continues or answers an earlier one of the same article (a denial of
        # "ces accusations", "a-t-il ajouté") goes where that claim went.
        follows = cluster.follow_targets(claims, article.lang)
        profiles = cluster.profile_article(article, claims, follows)
        with self.store.unit() as unit:
            article_id, touched = unit.replace_article(article)
            fingerprints = claim_fingerprints(article.name, claims)
            fixed = [_editor_target(unit, fingerprint) for fingerprint in fingerprints]
            cluster_ids = assign(unit, profiles, follows, fixed, self.cluster_settings)
            denied = [c.denies if _points_back(c, seq) else None for seq, c in enumerate(claims)]
            unit.add_claims(article_id, claims, cluster_ids, fingerprints, denied)
            # The conflict rules run once per batch of articles, not once per article: a
            # cluster reprinted by a hundred outlets is analysed a few times, not a hundred.
            unit.mark_stale(touched | set(cluster_ids))
        report.claims += len(claims)
        if previous is None:
            report.new += 1
        else:
            report.updated += 1

    def recluster(self, progress: Progress | None = None) -> ReclusterReport:
        """Group every stored claim again, with this run's settings, in ingest order.

        Clusters an editor decided on (reviewed, renamed, merged, split off) keep their
        claims and can take in more, as at ingest. A new group keeps the id of the cluster
        its first claim came from when that id is free, so clusters that come out the same
        keep their ids. One transaction: an interruption leaves the previous grouping whole.
        Claims stored before claimtrack kept the accused party get it, when extraction still
        finds the same claims in their article.
        """
        report = ReclusterReport(clusters_before=self.store.stats().clusters)
        try:
            with self.store.unit() as unit:
                released, kept = unit.release_clusters()
                report.kept = len(kept)
                free = set(released)
                article_ids = unit.article_ids()
                for done, article_id in enumerate(article_ids, start=1):
                    article, records = unit.stored_article(article_id)
                    placed = self._replace_claims(unit, article, records, kept, free)
                    report.claims += len(records)
                    report.moved += sum(
                        r.cluster_id != target for r, target in zip(records, placed, strict=True)
                    )
                    if done % REFRESH_EVERY == 0:
                        unit.forget_loaded()
                    if progress:
                        progress(done, len(article_ids), article.name)
                report.articles = len(article_ids)
                unit.drop_empty_clusters(free)
                unit.mark_stale((released - free) | kept)
        except KeyboardInterrupt:
            report.interrupted = True
            return report
        self.refresh_stale()
        report.clusters_after = self.store.stats().clusters
        return report

    def _replace_claims(
        self,
        unit: Unit,
        article: Article,
        records: Sequence[ClaimRecord],
        kept: set[int],
        free: set[int],
    ) -> list[int]:
        """Place one stored article's claims again; returns each claim's cluster."""
        claims = self._profiled_claims(article, records)
        follows = cluster.follow_targets(claims, article.lang)
        profiles = cluster.profile_article(article, claims, follows)
        fixed = [r.cluster_id if r.cluster_id in kept else None for r in records]
        previous = [r.cluster_id for r in records]
        targets = assign(unit, profiles, follows, fixed, self.cluster_settings, previous, free)
        for record, claim, target in zip(records, claims, targets, strict=True):
            if target != record.cluster_id:
                unit.set_claim_cluster(record.claim_id, target)
            # Claims stored before the accused party was (schema 0003) get it here; a party
            # already stored stays: it was resolved with that ingest's alias files.
            if record.accused_canonical is None and claim.extras.get("accused"):
                unit.set_claim_accused(
                    record.claim_id, claim.extras.get("accused_text"), claim.extras["accused"]
                )
        return targets

    def _profiled_claims(self, article: Article, records: Sequence[ClaimRecord]) -> list[Claim]:
        """The article's claims as extraction gives them (with the attribution's position
        and the claims they answer), when extraction still finds exactly the stored ones;
        else the stored claims themselves."""
        from claimtrack.extract import extract_claims

        stored = [claim_of(r) for r in records]
        fresh = extract_claims(article.text, article.lang, self.resolver)
        same = claim_fingerprints(article.name, fresh) == claim_fingerprints(article.name, stored)
        return fresh if same else stored

    def refresh_stale(self, batch: int = 200) -> int:
        """Re-run the conflict rules on every cluster whose membership changed."""
        done = 0
        while True:
            with self.store.unit() as unit:
                ids = unit.stale_clusters(batch)
                if not ids:
                    return done
                self._refresh(unit, ids)
                done += len(ids)

    def _refresh(self, unit: Unit, cluster_ids: Iterable[int]) -> None:
        """Re-run the conflict rules on clusters whose membership changed."""
        ids = set(cluster_ids)
        unit.drop_empty_clusters(ids)
        for cluster_id in sorted(ids):
            if not unit.cluster_exists(cluster_id):
                continue
            members = unit.members(cluster_id)
            if not members:  # kept for an editor's decision, or merged away
                unit.set_analysis(
                    cluster_id,
                    in_conflict=False,
                    severity=0.0,
                    summary="",
                    independent_sources=0,
                    copy_changes={},
                )
                continue
            analysis = self._analyse(members)
            unit.set_analysis(
                cluster_id,
                in_conflict=analysis.in_conflict,
                severity=analysis.severity,
                summary=analysis.summary,
                independent_sources=analysis.independent_sources,
                copy_changes={
                    m.claim_id: analysis.copies.get(m.claim_id)
                    for m in members
                    if m.copy_of != analysis.copies.get(m.claim_id)
                },
            )

    def _analyse(self, members: Sequence[ClaimRecord]) -> conflicts.ClusterAnalysis:
        return conflicts.analyse(
            [
                conflicts.Member(
                    claim_id=m.claim_id,
                    claim=claim_of(m),
                    article=m.article,
                    outlet=m.outlet,
                    published=m.published,
                    source_canonical=m.source_canonical,
                    lang=m.lang,
                )
                for m in members
            ],
            self.conflict_settings,
        )

    # --- reads (the rest are `Reader`'s) -------------------------------------------------

    def conflicts(self, limit: int | None = None) -> list[ConflictView]:
        """Conflicting clusters, most severe first (after finishing any pending refresh)."""
        self.refresh_stale()
        return [
            ConflictView(cluster=c, analysis=self._analyse(c.members))
            for c in self.store.conflict_clusters(limit)
        ]

    # --- editors' decisions ---------------------------------------------------------------

    def review(self, cluster_id: int, status: str, note: str | None) -> ClusterRecord:
        if status not in REVIEW_STATUSES:
            raise UsageError(
                f"Unknown status '{status}'. Use one of: {', '.join(REVIEW_STATUSES)}."
            )
        self.cluster(cluster_id)
        with self.store.unit() as unit:
            unit.review(cluster_id, status, note, self.options.author)
        return self.cluster(cluster_id)

    def rename(self, cluster_id: int, label: str) -> ClusterRecord:
        self.cluster(cluster_id)
        with self.store.unit() as unit:
            unit.rename(cluster_id, label, self.options.author)
        return self.cluster(cluster_id)

    def merge(self, keep: int, other: int) -> ClusterRecord:
        """Move every claim of `other` into `keep`; later claims of `other` follow."""
        if keep == other:
            raise UsageError("A cluster cannot be merged with itself.")
        self.cluster(keep)
        self.cluster(other)
        with self.store.unit() as unit:
            if unit.merged_into(keep) != keep:
                raise UsageError(f"Cluster {keep} was merged into another; merge into that one.")
            unit.merge(keep, other, self.options.author)
            self._refresh(unit, {keep})
        return self.cluster(keep)

    def split(self, claim_id: int) -> ClusterRecord:
        """Take one claim out of its cluster into a new one of its own."""
        record = self.claim(claim_id)
        with self.store.unit() as unit:
            profile = cluster.profile_claim(claim_of(record), record.lang, record.published)
            # The new cluster gets no blocking keys: only the editor's decision sends claims there.
            new_id = unit.new_cluster(profile.to_json(), [])
            unit.set_claim_cluster(claim_id, new_id)
            # the fingerprint ingest stored: it tells apart one denial's per-charge copies
            fingerprint = unit.claim_fingerprint(claim_id)
            unit.record_decision(
                action="split",
                cluster_id=record.cluster_id,
                other_cluster_id=new_id,
                claim_fingerprint=fingerprint,
                author=self.options.author,
            )
            self._refresh(unit, {new_id} | ({record.cluster_id} if record.cluster_id else set()))
        return self.cluster(new_id)


class ClusterBoard(Protocol):
    """Where clusters and their representatives are kept while claims are placed: the
    store's `Unit`, or memory (`training` clusters gold folders many times over)."""

    def candidates(self, keys: Sequence[str], limit: int) -> list[tuple[int, str]]: ...

    def new_cluster(self, profile: dict[str, Any], keys: Sequence[str]) -> int: ...

    def update_cluster_profile(
        self, cluster_id: int, profile: dict[str, Any], keys: Sequence[str]
    ) -> None: ...

    def merged_into(self, cluster_id: int) -> int: ...

    def cluster_exists(self, cluster_id: int) -> bool: ...

    def decided(self, cluster_id: int) -> bool: ...

    def absorb(self, keep: int, other: int) -> None: ...

    def mark_stale(self, cluster_ids: Iterable[int]) -> None: ...


def assign(
    board: ClusterBoard,
    profiles: Sequence[cluster.ClaimProfile],
    follows: Sequence[int | None],
    fixed: Sequence[int | None],
    settings: cluster.ClusterSettings,
    previous: Sequence[int | None] = (),
    free: set[int] | None = None,
) -> list[int]:
    """Each claim's cluster, in article order: where an editor put it (`fixed`), else
    where the earlier claim it follows went, else the most similar cluster or a new one.

    When re-clustering, a new one takes over the claim's `previous` cluster if that id is
    still `free` (and uses it up), so that a group that comes out the same keeps its id.
    """
    targets: list[int] = []
    absorbed: dict[int, int] = {}
    for seq, profile in enumerate(profiles):
        target = fixed[seq]
        earlier = follows[seq]
        if target is None and earlier is not None and 0 <= earlier < len(targets):
            target = follow_moves(absorbed, targets[earlier])
        if target is None:
            old = previous[seq] if seq < len(previous) else None
            adopt = old if free is not None and old in free else None
            target = _place(board, profile, settings, adopt, absorbed)
            if free is not None:
                free.discard(target)
        targets.append(target)
    # a cluster this article's later claim found to be one with another was absorbed
    return [follow_moves(absorbed, target) for target in targets]


def _place(
    board: ClusterBoard,
    profile: cluster.ClaimProfile,
    settings: cluster.ClusterSettings,
    adopt: int | None = None,
    absorbed: dict[int, int] | None = None,
) -> int:
    """The most similar cluster sharing a blocking key, or a new one (the released
    cluster `adopt` when re-clustering, so that a group that survives keeps its id).

    When the claim could join other figure clusters too, and the representative of the
    one it joined meets theirs (`cluster.one_measure`), the claim bridges two clusters of
    one count: the younger is absorbed into the older, unless an editor decided on
    either (recorded in `absorbed`: old id -> the id that took its claims)."""
    candidates = [
        (cid, _representative(stored))
        for cid, stored in board.candidates(profile.block_keys, CANDIDATE_LIMIT)
    ]
    found_all = cluster.matches(profile, candidates, settings)
    if not found_all:
        if adopt is not None:
            board.update_cluster_profile(adopt, profile.to_json(), profile.block_keys)
            return adopt
        return board.new_cluster(profile.to_json(), profile.block_keys)
    representatives = dict(candidates)
    found = board.merged_into(found_all[0])
    # The representative learns from each member, so later claims see a fuller profile.
    representative = representatives.get(found)
    if representative is None:
        return found
    merged = cluster.merge_profiles(representative, profile)
    for other_id in found_all[1:]:
        other = representatives.get(other_id)
        if (
            other is None
            or board.merged_into(other_id) != other_id
            or other_id == found
            or not board.cluster_exists(other_id)
            or not cluster.one_measure(representative, other, settings, newcomer=profile)
            or board.decided(found)
            or board.decided(other_id)
        ):
            continue
        # the clusters' own figures must meet, not only through the newcomer's
        keep, gone = sorted((found, other_id))
        kept_profile, gone_profile = (merged, other) if keep == found else (other, merged)
        board.absorb(keep, gone)
        board.mark_stale({keep})
        if absorbed is not None:
            absorbed[gone] = keep
        merged = cluster.merge_profiles(kept_profile, gone_profile)
        found = keep
    if merged != representative:  # a reprint teaches the representative nothing
        board.update_cluster_profile(found, merged.to_json(), merged.block_keys)
    return found


class MemoryBoard:
    """Clusters kept in memory and chosen as `Unit.candidates` chooses them from the
    database (see `ClusterBoard`): for training, and for clustering without a store."""

    def __init__(self) -> None:
        self.profiles: dict[int, str] = {}
        self.keyed: dict[str, list[int]] = {}
        self.absorbed: dict[int, int] = {}  # cluster absorbed -> the one that took its claims
        self.last_id = 0

    def candidates(self, keys: Sequence[str], limit: int) -> list[tuple[int, str]]:
        shared: dict[int, int] = {}
        for key in dict.fromkeys(keys):
            for cluster_id in sorted(self.keyed.get(key, ()), reverse=True)[:PER_KEY]:
                shared[cluster_id] = shared.get(cluster_id, 0) + 1
        ranked = sorted(shared, key=lambda c: (-shared[c], c))[:limit]
        return [(cluster_id, self.profiles[cluster_id]) for cluster_id in ranked]

    def new_cluster(self, profile: dict[str, Any], keys: Sequence[str]) -> int:
        # ids are never reused, as the store's autoincrement ids are not: an absorbed
        # cluster's id must not come back as another cluster
        self.last_id += 1
        cluster_id = self.last_id
        self.update_cluster_profile(cluster_id, profile, keys)
        return cluster_id

    def update_cluster_profile(
        self, cluster_id: int, profile: dict[str, Any], keys: Sequence[str]
    ) -> None:
        self.profiles[cluster_id] = json.dumps(profile, ensure_ascii=False)
        for key in set(keys):
            holders = self.keyed.setdefault(key, [])
            if cluster_id not in holders:
                holders.append(cluster_id)

    def merged_into(self, cluster_id: int) -> int:
        # no editor merges clusters in memory; the clusterer's absorptions are followed
        return follow_moves(self.absorbed, cluster_id)

    def cluster_exists(self, cluster_id: int) -> bool:
        return cluster_id in self.profiles

    def decided(self, cluster_id: int) -> bool:
        return False  # no editor decides in memory

    def absorb(self, keep: int, other: int) -> None:
        del self.profiles[other]
        for holders in self.keyed.values():
            if other in holders:
                holders.remove(other)
        self.absorbed[other] = keep

    def mark_stale(self, cluster_ids: Iterable[int]) -> None:
        pass  # conflicts are analysed by the caller, if at all


def cluster_in_memory(
    profiles: Sequence[cluster.ClaimProfile],
    settings: cluster.ClusterSettings,
    follows: Sequence[int | None] | None = None,
) -> list[int]:
    """Cluster labels (0, 1, … in order of first appearance) for profiles placed in order
    as ingest places them (`assign`), on clusters kept in memory. `follows[i]`, when set to
    an earlier index j, puts profile i where j went (see `cluster.follow_targets`)."""
    board = MemoryBoard()
    fixed: list[int | None] = [None] * len(profiles)
    placed = assign(board, profiles, follows or fixed, fixed, settings)
    labels: dict[int, int] = {}
    return [labels.setdefault(board.merged_into(cid), len(labels)) for cid in placed]


@lru_cache(maxsize=REPRESENTATIVE_CACHE)
def _representative(stored: str) -> cluster.ClaimProfile:
    """A cluster's representative from its stored JSON. Cached by that text: a
    representative is compared with many newcomers before a member changes it, and the
    decoded profile keeps its term sets (`ClaimProfile.term_sets`) between comparisons."""
    return cluster.ClaimProfile.from_json(json.loads(stored))


def _editor_target(unit: Unit, fingerprint: str) -> int | None:
    """Where an editor sent this claim with `split` (following later merges), if it exists."""
    moved = unit.split_target(fingerprint)
    if moved is None or not unit.cluster_exists(moved):
        return None
    return unit.merged_into(moved)


def _same_name(seen: dict[str, Input], item: Input) -> str:
    first = seen[item.name]
    where = first.path or "standard input"
    return (
        f"another file named {item.name} ({where}) is in this run; "
        "articles are identified by file name, so rename one of them"
    )


def _points_back(claim: Claim, placed: int) -> bool:
    return claim.denies is not None and 0 <= claim.denies < placed


def claim_fingerprint(article: str, claim: Claim) -> str:
    """Stable identity of a claim across re-ingests (article, sentence, source, figure)."""
    figure = claim.figure
    parts = [
        article,
        " ".join(claim.sentence.split()),
        claim.attribution.canonical,
        claim.kind,
        claim.polarity,
        repr((figure.value, figure.low, figure.high)) if figure else "",
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def claim_fingerprints(article: str, claims: Sequence[Claim]) -> list[str]:
    """Each claim's `claim_fingerprint`, the n-th repeat of one in the article numbered
    (a denial answering two charges is one claim per charge, alike but for what it
    answers), so that an editor's split moves only the copy it was made on."""
    seen: dict[str, int] = {}
    out = []
    for claim in claims:
        base = claim_fingerprint(article, claim)
        repeat = seen.get(base, 0)
        seen[base] = repeat + 1
        if repeat:
            base = hashlib.sha256(f"{base}#{repeat}".encode()).hexdigest()[:32]
        out.append(base)
    return out


def evaluate_dir(gold_dir: Path, options: Options | None = None) -> EvalReport:
    """Ingest a gold folder's articles into a temporary database and score them."""
    from claimtrack import evaluate

    gold = evaluate.load_gold_dir(Path(gold_dir))
    base = options or Options()
    with tempfile.TemporaryDirectory(prefix="claimtrack-eval-") as tmp:
        run = Options(
            db=str(Path(tmp) / "eval.db"),
            aliases=base.aliases,
            lang=base.lang,
            settings=base.settings,
            author=base.author,
        )
        with Tracker(run) as tracker:
            report = tracker.ingest([str(p) for p in evaluate.article_paths(gold)])
            if report.skipped:
                reasons = "; ".join(f"{name}: {why}" for name, why in report.skipped)
                raise ClaimtrackError(f"Some gold articles could not be read: {reasons}")
            predicted = [record.export() for record in tracker.iter_records()]
    return evaluate.evaluate(gold, predicted)
