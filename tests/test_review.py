"""Editors' decisions (review, rename, merge, split) stick across re-ingest."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimtrack.cli import app

from .conftest import corpus_articles


def run(runner: CliRunner, env: dict[str, str], *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env)


def claims(runner: CliRunner, env: dict[str, str], *filters: str) -> list[dict]:
    result = run(runner, env, "list", "--format", "json", "--limit", "1000", *filters)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def troop_claims(runner: CliRunner, env: dict[str, str]) -> list[dict]:
    return [c for c in claims(runner, env) if c["value"] in (10000, 12000)]


def test_review_and_rename_survive_reingest_of_a_changed_article(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    assert run(runner, cli_env, "ingest", *corpus_articles()).exit_code == 0
    cluster = troop_claims(runner, cli_env)[0]["cluster_id"]
    reviewed = run(
        runner,
        cli_env,
        "review",
        f"C{cluster}",
        "--status",
        "disputed",
        "--note",
        "Pentagon and Kyiv disagree",
        "--by",
        "desk-chief",
    )
    assert reviewed.exit_code == 0, reviewed.output
    assert "disputed" in reviewed.output and "desk-chief" in reviewed.output
    assert (
        run(runner, cli_env, "rename", str(cluster), "North Korean troops in Russia").exit_code == 0
    )

    # The article changes (a typo fixed elsewhere): its claims are replaced, decisions stay.
    changed = tmp_path / "002-les-relations-strategiques.txt"
    text = Path(corpus_articles()[2]).read_text(encoding="utf-8")
    changed.write_text(text.replace("Au cœur des tensions", "Au centre des tensions"), "utf-8")
    assert "1 updated" in run(runner, cli_env, "ingest", str(changed)).output

    after = troop_claims(runner, cli_env)
    assert {c["cluster_id"] for c in after} == {cluster}
    assert {c["review_status"] for c in after} == {"disputed"}
    assert {c["review_note"] for c in after} == {"Pentagon and Kyiv disagree"}
    shown = run(runner, cli_env, "show", f"C{cluster}").output
    assert "North Korean troops in Russia" in shown
    conflicts = run(runner, cli_env, "conflicts").output
    assert "disputed" in conflicts


def test_split_moves_a_claim_out_and_stays_out_after_reingest(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    assert run(runner, cli_env, "ingest", *corpus_articles()).exit_code == 0
    zelensky = next(c for c in troop_claims(runner, cli_env) if c["value"] == 12000)
    split = run(runner, cli_env, "split", str(zelensky["claim_id"]))
    assert split.exit_code == 0, split.output
    moved = next(c for c in troop_claims(runner, cli_env) if c["value"] == 12000)
    assert moved["cluster_id"] != zelensky["cluster_id"]

    changed = tmp_path / "002-les-relations-strategiques.txt"
    text = Path(corpus_articles()[2]).read_text(encoding="utf-8")
    changed.write_text(text.replace("Au cœur des tensions", "Au centre des tensions"), "utf-8")
    run(runner, cli_env, "ingest", str(changed))
    again = next(c for c in troop_claims(runner, cli_env) if c["value"] == 12000)
    assert again["cluster_id"] == moved["cluster_id"]


def test_merge_joins_two_clusters(runner: CliRunner, cli_env: dict[str, str]) -> None:
    assert run(runner, cli_env, "ingest", *corpus_articles()).exit_code == 0
    all_claims = claims(runner, cli_env)
    troops = troop_claims(runner, cli_env)[0]["cluster_id"]
    other = next(c["cluster_id"] for c in all_claims if c["cluster_id"] != troops)
    merged = run(runner, cli_env, "merge", f"C{troops}", f"C{other}")
    assert merged.exit_code == 0, merged.output
    after = claims(runner, cli_env)
    assert not [c for c in after if c["cluster_id"] == other]


def test_decision_errors_are_messages(runner: CliRunner, cli_env: dict[str, str]) -> None:
    assert run(runner, cli_env, "ingest", *corpus_articles()).exit_code == 0
    bad = run(runner, cli_env, "review", "C999999", "--status", "confirmed")
    assert bad.exit_code == 2 and "No cluster 999999" in bad.output
    wrong = run(runner, cli_env, "review", "1", "--status", "maybe")
    assert wrong.exit_code == 2 and "Unknown status 'maybe'" in wrong.output
    assert run(runner, cli_env, "merge", "C1", "C1").exit_code == 2


def _touch_002(
    tmp_path: Path, old: str = "Au cœur des tensions", new: str = "Au centre des tensions"
) -> Path:
    changed = tmp_path / "002-les-relations-strategiques.txt"
    text = Path(corpus_articles()[2]).read_text(encoding="utf-8")
    changed.write_text(text.replace(old, new), "utf-8")
    return changed


def test_merge_survives_reingest_and_chains(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    assert run(runner, cli_env, "ingest", *corpus_articles()).exit_code == 0
    troops = troop_claims(runner, cli_env)[0]["cluster_id"]
    others = sorted({c["cluster_id"] for c in claims(runner, cli_env)} - {troops})
    first, second = others[0], others[1]
    reviewed = run(runner, cli_env, "review", f"C{first}", "--status", "confirmed")
    assert reviewed.exit_code == 0
    assert run(runner, cli_env, "merge", f"C{second}", f"C{first}").exit_code == 0
    assert run(runner, cli_env, "merge", f"C{troops}", f"C{second}").exit_code == 0
    moved = {
        (c["article"], c["sentence"]) for c in claims(runner, cli_env) if c["cluster_id"] == troops
    }

    # Every article changes a little and is re-ingested: the merges still hold.
    changed = []
    for path in corpus_articles():
        copy = tmp_path / Path(path).name
        text = Path(path).read_text(encoding="utf-8") + "\n\nMise à jour : orthographe corrigée."
        copy.write_text(text, encoding="utf-8")
        changed.append(str(copy))
    result = run(runner, cli_env, "ingest", *changed)
    assert result.exit_code == 0, result.output
    assert "5 updated" in result.output
    after = claims(runner, cli_env)
    # Every merged claim is back in the cluster (ids change on re-ingest; sentences do not).
    # The merged cluster is broader than any the clusterer would make, so a borderline claim
    # may join it too (README: a cluster's description only grows).
    assert moved <= {(c["article"], c["sentence"]) for c in after if c["cluster_id"] == troops}
    assert not [c for c in after if c["cluster_id"] in (first, second)]
    # The merged-away cluster's review came along to the cluster that absorbed it.
    assert {c["review_status"] for c in after if c["cluster_id"] == troops} == {"confirmed"}


def test_split_then_merge_is_followed_on_reingest(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    assert run(runner, cli_env, "ingest", *corpus_articles()).exit_code == 0
    zelensky = next(c for c in troop_claims(runner, cli_env) if c["value"] == 12000)
    assert run(runner, cli_env, "split", str(zelensky["claim_id"])).exit_code == 0
    alone = next(c for c in troop_claims(runner, cli_env) if c["value"] == 12000)["cluster_id"]
    target = next(
        c["cluster_id"]
        for c in claims(runner, cli_env)
        if c["cluster_id"] not in (alone, zelensky["cluster_id"])
    )
    assert run(runner, cli_env, "merge", f"C{target}", f"C{alone}").exit_code == 0
    run(runner, cli_env, "ingest", str(_touch_002(tmp_path)))
    again = next(c for c in troop_claims(runner, cli_env) if c["value"] == 12000)
    assert again["cluster_id"] == target


SNCF_TWO_CHARGES = (
    "---\ntitle: Sud-Rail accuse la SNCF\ndate: 2026-03-02\nlang: fr\n---\n\n"
    "Le syndicat Sud-Rail accuse la SNCF d'avoir supprimé des postes de contrôleurs sans "
    "concertation. Il lui reproche aussi d'avoir falsifié les chiffres de ponctualité "
    "transmis à l'autorité de régulation. La direction de la SNCF rejette ces accusations.\n"
)


def test_split_of_one_denial_per_charge_moves_only_that_copy(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    article = tmp_path / "sncf.md"
    article.write_text(SNCF_TWO_CHARGES, encoding="utf-8")
    assert run(runner, cli_env, "ingest", str(article)).exit_code == 0
    denials = [c for c in claims(runner, cli_env) if c["kind"] == "denial"]
    assert len(denials) == 2  # one per charge answered, alike but for what each answers
    first, second = denials
    split = run(runner, cli_env, "split", str(second["claim_id"]))
    assert split.exit_code == 0, split.output

    def clusters_after() -> list[int]:
        found = [c for c in claims(runner, cli_env) if c["kind"] == "denial"]
        return [c["cluster_id"] for c in sorted(found, key=lambda c: c["claim_id"])]

    moved = clusters_after()
    assert moved[0] == first["cluster_id"]
    assert moved[1] != second["cluster_id"]
    article.write_text(SNCF_TWO_CHARGES.replace("sans concertation", "sans dialogue"), "utf-8")
    assert run(runner, cli_env, "ingest", str(article)).exit_code == 0
    assert clusters_after() == moved  # the decision sticks to the copy it was made on
