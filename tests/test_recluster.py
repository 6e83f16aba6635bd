"""Re-clustering every stored claim: stable when nothing changed, settings applied, editors'
decisions kept, all-or-nothing when interrupted."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.options import Options
from claimtrack.tracker import Tracker

from .conftest import corpus_articles

STRICT = ("--set", "threshold=0.99", "--set", "stance_threshold=0.99")


def run(runner: CliRunner, env: dict[str, str], *args: str):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result


def placement(runner: CliRunner, env: dict[str, str]) -> dict[int, int]:
    """claim id -> cluster id."""
    out = run(runner, env, "list", "--format", "json", "--limit", "1000").output
    return {c["claim_id"]: c["cluster_id"] for c in json.loads(out)}


def groups(placed: dict[int, int]) -> dict[int, set[int]]:
    members: dict[int, set[int]] = defaultdict(set)
    for claim, cluster in placed.items():
        members[cluster].add(claim)
    return members


@pytest.fixture
def ingested(runner: CliRunner, cli_env: dict[str, str]) -> dict[str, str]:
    run(runner, cli_env, "ingest", *corpus_articles())
    return cli_env


def test_reclustering_unchanged_settings_changes_nothing(
    runner: CliRunner, ingested: dict[str, str]
) -> None:
    before = placement(runner, ingested)
    out = run(runner, ingested, "recluster").output
    assert "0 claims changed cluster" in " ".join(out.split())
    assert placement(runner, ingested) == before


def test_settings_apply_to_stored_claims_and_ids_come_back(
    runner: CliRunner, ingested: dict[str, str]
) -> None:
    before = placement(runner, ingested)
    run(runner, ingested, *STRICT, "recluster")
    strict = placement(runner, ingested)
    assert len(groups(strict)) > len(groups(before))
    # Every strict cluster lies within one of the default ones: stricter only splits.
    for members in groups(strict).values():
        assert len({before[claim] for claim in members}) == 1
    run(runner, ingested, "recluster")
    assert placement(runner, ingested) == before


def test_editors_decisions_survive_reclustering(
    runner: CliRunner, ingested: dict[str, str]
) -> None:
    listed = json.loads(run(runner, ingested, "list", "--format", "json").output)
    troops = {c["cluster_id"] for c in listed if c["value"] in (10000, 12000)}
    assert len(troops) == 1
    troop_cluster = troops.pop()
    run(runner, ingested, "review", f"C{troop_cluster}", "--status", "disputed", "--note", "n")
    run(runner, ingested, "rename", f"C{troop_cluster}", "North Korean troops in Russia")
    # A cluster of several claims other than the troops: split one claim out of it.
    before = placement(runner, ingested)
    other = next(
        members
        for cluster, members in sorted(groups(before).items())
        if cluster != troop_cluster and len(members) >= 2
    )
    split_claim = min(other)
    run(runner, ingested, "split", str(split_claim))
    decided = placement(runner, ingested)

    run(runner, ingested, *STRICT, "recluster")
    after = placement(runner, ingested)
    assert groups(after)[troop_cluster] == groups(decided)[troop_cluster]
    assert groups(after)[decided[split_claim]] == {split_claim}
    troop_rows = [
        c
        for c in json.loads(run(runner, ingested, "list", "--format", "json").output)
        if c["cluster_id"] == troop_cluster
    ]
    assert {c["review_status"] for c in troop_rows} == {"disputed"}
    shown = run(runner, ingested, "show", f"C{troop_cluster}").output
    assert "North Korean troops in Russia" in shown


def test_merge_survives_reclustering(runner: CliRunner, ingested: dict[str, str]) -> None:
    before = groups(placement(runner, ingested))
    keep, other = sorted(before)[:2]
    run(runner, ingested, "merge", f"C{keep}", f"C{other}")
    run(runner, ingested, *STRICT, "recluster")
    after = groups(placement(runner, ingested))
    assert before[keep] | before[other] <= after[keep]


def test_interrupted_reclustering_leaves_the_clusters_as_they_were(tmp_path: Path) -> None:
    options = Options(db=str(tmp_path / "t.db"), settings={"threshold": 0.99})
    with Tracker(Options(db=options.db)) as tracker:
        tracker.ingest(corpus_articles())
        before = {r.claim_id: r.cluster_id for r in tracker.iter_records()}

    def interrupt_at_third(done: int, _total: int, _name: str) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with Tracker(options) as tracker:
        report = tracker.recluster(interrupt_at_third)
        assert report.interrupted
        assert {r.claim_id: r.cluster_id for r in tracker.iter_records()} == before
