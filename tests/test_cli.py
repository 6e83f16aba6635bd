"""The command line, end to end on the bundled corpus (CliRunner, pinned width)."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack import __version__
from claimtrack.cli import app
from claimtrack.records import EXPORT_KEYS

from .conftest import corpus_articles


def run(runner: CliRunner, env: dict[str, str], *args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env, input=stdin)


@pytest.fixture
def ingested(runner: CliRunner, cli_env: dict[str, str]) -> dict[str, str]:
    result = run(runner, cli_env, "ingest", *corpus_articles())
    assert result.exit_code == 0, result.output
    return cli_env


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands]


def test_every_command_is_registered() -> None:
    assert {
        *("ingest", "list", "show", "conflicts", "export", "sources", "recluster", "stats"),
        *("demo", "eval", "train", "review", "merge", "split", "rename"),
    } <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(runner: CliRunner, name: str) -> None:
    result = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    examples = [line for line in result.output.splitlines() if "Example:" in line]
    assert examples, f"`claimtrack {name} --help` has no example"
    # the example runs this command ("claimtrack --set threshold=0.75 recluster")
    assert f" {name}" in examples[0].split("Example:", 1)[1], examples[0]


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_demo_shows_the_troop_conflict_side_by_side(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.delenv("CLAIMTRACK_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result = runner.invoke(app, ["demo"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Articles: 5 (5 new" in result.output
    for expected in ("10 000", "12 000", "Pentagon", "Volodymyr Zelensky", "le Pentagone"):
        assert expected in result.output
    db = tmp_path / "claimtrack-demo.db"
    assert db.exists()
    # The same conflict, read back as data: both figures side by side in one cluster.
    data = json.loads(runner.invoke(app, ["--db", str(db), "conflicts", "--format", "json"]).output)
    troops = [c for c in data if {m["value"] for m in c["claims"]} >= {10000, 12000}]
    assert len(troops) == 1
    by_value = {m["value"]: m for m in troops[0]["claims"]}
    assert by_value[10000]["source"] == "le Pentagone"
    assert by_value[12000]["source_canonical"] == "Volodymyr Zelensky"
    assert by_value[10000]["article"] == "002-les-relations-strategiques.txt"


def test_ingest_is_idempotent(runner: CliRunner, ingested: dict[str, str]) -> None:
    before = jsonl(run(runner, ingested, "export", "--format", "jsonl").output)
    again = run(runner, ingested, "ingest", *corpus_articles())
    assert again.exit_code == 0
    assert "(0 new, 0 updated, 5 unchanged)" in again.output
    after = jsonl(run(runner, ingested, "export", "--format", "jsonl").output)
    assert after == before


def test_changed_article_replaces_its_claims(
    runner: CliRunner, ingested: dict[str, str], tmp_path: Path
) -> None:
    changed = tmp_path / "002-les-relations-strategiques.txt"
    text = Path(corpus_articles()[2]).read_text(encoding="utf-8")
    changed.write_text(text.replace("12 000 soldats", "15 000 soldats"), encoding="utf-8")
    result = run(runner, ingested, "ingest", str(changed))
    assert "(0 new, 1 updated" in result.output
    rows = jsonl(run(runner, ingested, "export", "--format", "jsonl").output)
    zelensky = [r for r in rows if r["source_canonical"] == "Volodymyr Zelensky"]
    assert [r["value"] for r in zelensky] == [15000]


def test_unreadable_file_is_reported_and_the_rest_lands(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in corpus_articles()[:2]:
        shutil.copy(path, folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "empty.md").write_text("   \n", encoding="utf-8")
    result = run(runner, cli_env, "ingest", str(folder), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "broken.txt: this is a binary file, not text" in result.output
    assert "empty.md: the file is empty" in result.output
    assert "missing.txt: no such file or folder" in result.output
    assert "Articles: 2 (2 new" in result.output
    assert "Traceback" not in result.output
    rows = jsonl(run(runner, cli_env, "export", "--format", "jsonl").output)
    assert {r["article"] for r in rows} == {Path(p).name for p in corpus_articles()[:2]}


def test_stdin_is_an_article(runner: CliRunner, cli_env: dict[str, str]) -> None:
    text = (
        "Selon le ministère de l'Intérieur, 107 000 personnes ont manifesté mardi en France, "
        "tandis que la CGT en a compté 300 000.\n"
    )
    result = run(runner, cli_env, "ingest", "-", stdin=text)
    assert result.exit_code == 0, result.output
    rows = jsonl(run(runner, cli_env, "export", "--format", "jsonl").output)
    assert sorted(r["value"] for r in rows) == [107000, 300000]
    assert len({r["article"] for r in rows}) == 1
    assert rows[0]["article"].startswith("stdin-")


def test_export_jsonl_follows_the_contract(runner: CliRunner, ingested: dict[str, str]) -> None:
    rows = jsonl(run(runner, ingested, "export", "--format", "jsonl").output)
    assert rows
    for row in rows:
        assert set(EXPORT_KEYS) <= set(row)
        assert row["kind"] in {"figure", "denial", "accusation", "statement"}
        assert row["polarity"] in {"affirm", "deny"}
        path = next(p for p in corpus_articles() if Path(p).name == row["article"])
        body = Path(path).read_text(encoding="utf-8").split("---\n", 2)[2].lstrip("\n")
        assert body[row["start"] : row["end"]] == row["sentence"]
    pentagon = [r for r in rows if r["source_canonical"] == "Pentagon"]
    assert len(pentagon) == 1
    p = pentagon[0]
    assert (p["value"], p["unit_canonical"], p["approx"], p["hedged"]) == (
        10000,
        "soldiers",
        True,
        True,
    )
    assert p["article"] == "002-les-relations-strategiques.txt"
    assert p["source"] == "le Pentagone"
    assert p["in_conflict"] is True


def test_export_csv_file_keeps_accents_for_spreadsheets(
    runner: CliRunner, ingested: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "claims.csv"
    result = run(runner, ingested, "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets need to read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == list(EXPORT_KEYS)
    assert any("Corée du Sud" in r["source"] or "sud-coréen" in r["source"] for r in rows)


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_export_other_formats(runner: CliRunner, ingested: dict[str, str], fmt: str) -> None:
    result = run(runner, ingested, "export", "--format", fmt)
    assert result.exit_code == 0
    if fmt == "json":
        assert {r["source_canonical"] for r in json.loads(result.output)} >= {"Pentagon"}
    else:
        assert result.output.startswith("| claim_id |")
        assert "Pentagon" in result.output


def test_list_filters_and_formats(runner: CliRunner, ingested: dict[str, str]) -> None:
    table = run(runner, ingested, "list", "--source", "pentagon")
    assert table.exit_code == 0
    assert "Pentagon" in table.output and "10 000" in table.output
    data = json.loads(run(runner, ingested, "list", "--kind", "denial", "--format", "json").output)
    assert data and all(r["kind"] == "denial" and r["polarity"] == "deny" for r in data)
    csv_out = run(runner, ingested, "list", "--search", "conteneurs", "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(csv_out)))
    assert [r["value"] for r in rows] == ["7000"]
    limited = json.loads(run(runner, ingested, "list", "--limit", "2", "--format", "json").output)
    assert len(limited) == 2
    only = json.loads(run(runner, ingested, "list", "--conflicts-only", "--format", "json").output)
    assert only and all(r["in_conflict"] for r in only)
    by_article = json.loads(
        run(runner, ingested, "list", "--article", "004", "--format", "json").output
    )
    assert {r["article"] for r in by_article} == {"004-visite-de-poutine-en-coree-du-nord.txt"}


def test_show_claim_and_cluster(runner: CliRunner, ingested: dict[str, str]) -> None:
    data = json.loads(
        run(runner, ingested, "list", "--source", "pentagon", "--format", "json").output
    )
    claim = data[0]
    shown = run(runner, ingested, "show", str(claim["claim_id"]))
    assert shown.exit_code == 0
    assert "le Pentagone" in shown.output and "Koursk" in shown.output
    cluster = run(runner, ingested, "show", f"C{claim['cluster_id']}")
    assert cluster.exit_code == 0
    assert "Volodymyr Zelensky" in cluster.output
    missing = run(runner, ingested, "show", "999999")
    assert missing.exit_code == 2
    assert "No claim 999999" in missing.output


def test_conflicts_formats(runner: CliRunner, ingested: dict[str, str]) -> None:
    table = run(runner, ingested, "conflicts")
    assert table.exit_code == 0 and "12 000" in table.output
    md = run(runner, ingested, "conflicts", "--format", "markdown").output
    assert md.startswith("## Cluster") and "| position | source |" in md
    data = json.loads(run(runner, ingested, "conflicts", "--format", "json").output)
    troops = [c for c in data if {m["value"] for m in c["claims"]} >= {10000, 12000}]
    assert len(troops) == 1
    sources = {m["source_canonical"] for m in troops[0]["claims"]}
    assert {"Pentagon", "Volodymyr Zelensky"} <= sources


def test_sources_and_stats(runner: CliRunner, ingested: dict[str, str]) -> None:
    out = run(runner, ingested, "sources").output
    assert "Pentagon" in out and "Volodymyr Zelensky" in out
    stats = run(runner, ingested, "stats").output
    counts = dict(re.findall(r"^(articles|claims|conflicts)\s+(\d+)$", stats, re.MULTILINE))
    assert counts["articles"] == "5"
    assert int(counts["claims"]) >= 10
    assert int(counts["conflicts"]) >= 1


def test_usage_errors_exit_2(runner: CliRunner, cli_env: dict[str, str]) -> None:
    assert run(runner, cli_env, "list", "--kind", "rumour").exit_code == 2
    assert run(runner, cli_env, "show", "abc").exit_code == 2
    assert run(runner, cli_env, "ingest").exit_code == 2


def test_bad_database_url_is_a_message(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--db", "nosuchdriver://x/y", "stats"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def test_same_file_name_twice_in_one_run_is_refused(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    for folder, figure in (("a", "300 000"), ("b", "400 000")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(
            f"Selon la CGT, {figure} personnes ont manifesté mardi à Paris contre la réforme.",
            encoding="utf-8",
        )
    result = run(runner, cli_env, "ingest", str(tmp_path / "a"), str(tmp_path / "b"))
    assert result.exit_code == 1
    assert "another file named x.txt" in result.output
    again = run(runner, cli_env, "ingest", str(tmp_path / "a"))
    assert "1 unchanged" in again.output


def test_two_texts_on_stdin_are_two_articles(runner: CliRunner, cli_env: dict[str, str]) -> None:
    run(runner, cli_env, "ingest", "-", stdin="Selon la CGT, 300 000 personnes ont manifesté.\n")
    run(runner, cli_env, "ingest", "-", stdin="Selon la police, 90 000 personnes ont manifesté.\n")
    rows = jsonl(run(runner, cli_env, "export", "--format", "jsonl").output)
    assert len({r["article"] for r in rows}) == 2


def test_corrected_metadata_updates_the_article(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "a.txt"
    body = "Selon le Pentagone, environ 10 000 soldats nord-coréens seraient déjà en Russie."
    path.write_text(f"---\noutlet: Le Jour\ndate: 2024-10-20\n---\n\n{body}\n", "utf-8")
    run(runner, cli_env, "ingest", str(path))
    path.write_text(f"---\noutlet: Le Soir\ndate: 2024-10-21\n---\n\n{body}\n", "utf-8")
    assert "1 updated" in run(runner, cli_env, "ingest", str(path)).output
    row = jsonl(run(runner, cli_env, "export", "--format", "jsonl").output)[0]
    assert (row["outlet"], row["published"]) == ("Le Soir", "2024-10-21")


def test_search_ignores_case_and_accents_in_capitals(
    runner: CliRunner, ingested: dict[str, str]
) -> None:
    found = json.loads(
        run(runner, ingested, "list", "--search", "ÉTATS-UNIS", "--format", "json").output
    )
    assert found and all("États-Unis" in r["sentence"] for r in found)
    nothing = json.loads(
        run(runner, ingested, "list", "--search", "100%", "--format", "json").output
    )
    assert nothing == []


def test_names_with_brackets_are_shown_as_written(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "[draft] note.txt"
    path.write_text("Selon la préfecture, 13 000 personnes ont défilé à Paris [bold].", "utf-8")
    assert run(runner, cli_env, "ingest", str(path)).exit_code == 0
    listed = run(runner, cli_env, "list")
    assert "[draft] note.txt" in listed.output


@pytest.mark.parametrize(
    "args", [["show", "99999999999999999999"], ["show", "C99999999999"], ["split", "99999999999"]]
)
def test_huge_ids_are_usage_errors(
    runner: CliRunner, ingested: dict[str, str], args: list[str]
) -> None:
    result = run(runner, ingested, *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_bad_alias_file_is_a_usage_error(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    bad = tmp_path / "ours.yaml"
    bad.write_text("Pentagon: [le Pentagone\n", encoding="utf-8")
    result = run(runner, cli_env, "ingest", "--aliases", str(bad), corpus_articles()[0])
    assert result.exit_code == 2
    assert "Cannot read the alias file" in result.output


def test_user_aliases_rename_a_source(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    ours = tmp_path / "fr.yaml"
    ours.write_text("US Department of Defense: [le Pentagone, Pentagone]\n", encoding="utf-8")
    result = run(runner, cli_env, "ingest", "--aliases", str(ours), corpus_articles()[2])
    assert result.exit_code == 0, result.output
    rows = jsonl(run(runner, cli_env, "export", "--format", "jsonl").output)
    assert "US Department of Defense" in {r["source_canonical"] for r in rows}


def test_unknown_language_option_is_a_usage_error(
    runner: CliRunner, cli_env: dict[str, str]
) -> None:
    result = run(runner, cli_env, "ingest", "--lang", "xx", corpus_articles()[0])
    assert result.exit_code == 2


def test_csv_on_stdout_starts_with_a_bom(runner: CliRunner, ingested: dict[str, str]) -> None:
    result = run(runner, ingested, "export", "--format", "csv")
    assert result.output.startswith("\ufeffclaim_id,")


def test_demo_never_touches_the_database_in_the_environment(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    own = tmp_path / "newsroom.db"
    result = runner.invoke(app, ["demo"], env={"COLUMNS": "200", "CLAIMTRACK_DB": str(own)})
    assert result.exit_code == 0
    assert not own.exists()


def _troop_conflicts(runner: CliRunner, env: dict[str, str], *settings: str) -> list[dict]:
    result = run(runner, env, *settings, "ingest", *corpus_articles())
    assert result.exit_code == 0, result.output
    data = json.loads(run(runner, env, "conflicts", "--format", "json").output)
    return [c for c in data if {m["value"] for m in c["claims"]} >= {10000, 12000}]


def test_a_wider_tolerance_set_per_run_settles_the_troop_figures(
    runner: CliRunner, cli_env: dict[str, str]
) -> None:
    # "environ 10 000" widened by 25 % reaches 12 000: no longer a conflict.
    assert len(_troop_conflicts(runner, cli_env, "--set", "approx_tolerance=0.25")) == 0


def test_a_stricter_threshold_set_per_run_makes_more_clusters(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    def clusters(env: dict[str, str], *settings: str) -> int:
        assert run(runner, env, *settings, "ingest", *corpus_articles()).exit_code == 0
        stats = run(runner, env, "stats").output
        return int(re.search(r"^clusters\s+(\d+)$", stats, re.MULTILINE).group(1))

    strict_env = {**cli_env, "CLAIMTRACK_DB": str(tmp_path / "strict.db")}
    strict = ("--set", "threshold=0.99", "--set", "stance_threshold=0.99")
    assert clusters(strict_env, *strict) > clusters(cli_env)


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("nonsense=1", "Unknown setting 'nonsense'"),
        ("threshold=high", "Setting 'threshold' takes a float"),
        ("threshold", "is not NAME=VALUE"),
    ],
)
def test_bad_settings_are_usage_errors(
    runner: CliRunner, cli_env: dict[str, str], setting: str, message: str
) -> None:
    result = run(runner, cli_env, "--set", setting, "stats")
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output
