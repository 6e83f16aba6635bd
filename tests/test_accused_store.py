"""Whom an accusation accuses, stored and shown: the claims table keeps the party as written
and canonical (like a source), the export contract carries it, `list`, `show` and
`conflicts` show "X accuses Y", exports neutralise it like any text, and a database made
before the migration that adds it upgrades with its rows intact."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.export import write_claims
from claimtrack.extract import extract_claims
from claimtrack.options import Options
from claimtrack.records import EXPORT_KEYS, ClaimRecord, claim_of
from claimtrack.store import ClaimQuery, Store, resolve_url
from claimtrack.store.db import alembic_config, head_revision, make_engine
from claimtrack.tracker import Tracker

from .conftest import ROOT, WIDTH, database_at_0002

# Real-style wire copy: the eye-drop recall in both languages (the body says "the company" /
# "l'entreprise" for Optivel), a French wildfire story, and reciprocal blame.
ARTICLES = {
    "en_optivel.txt": """---
title: "Eye drops: regulator accuses Optivel of hiding test results"
lang: en
date: 2025-10-06
source: Reuters
---
Eye drops: regulator accuses Optivel of hiding test results

PARIS — The contact-lens solution maker Optivel, based in Lyon, said it had recalled 40,000 bottles.
The medicines regulator ANSM accused the company of withholding laboratory results for weeks.
Optivel denied the allegations.
Optivel blamed Quimibase, its Portuguese supplier, for the contamination of the saline solution.
""",
    "fr_optivel.txt": """---
title: "Collyre contaminé : l'ANSM met en cause Optivel"
lang: fr
date: 2025-10-07
source: Le Monde
---
Collyre contaminé : l'ANSM met en cause Optivel

Le fabricant Optivel, installé à Lyon, a indiqué avoir rappelé 40 000 flacons.
L'ANSM accuse l'entreprise d'avoir dissimulé pendant plusieurs semaines des résultats d'analyses.
Optivel a démenti ces accusations.
Optivel accuse son fournisseur portugais Quimibase d'avoir livré une solution saline contaminée.
""",
    "fr_incendie.txt": """---
title: "Incendie du Tanneron : les pompiers mettent en cause Lignéo"
lang: fr
date: 2025-08-14
source: Var-Matin
---
Incendie du Tanneron : les pompiers mettent en cause Lignéo

Le feu a parcouru 1 200 hectares, selon la préfecture du Var.
Le syndicat des sapeurs-pompiers SASP accuse Lignéo de ne pas avoir débroussaillé le couloir \
sous sa ligne à haute tension.
Les riverains reprochent au gestionnaire du réseau d'avoir ignoré leurs alertes, selon leur avocat.
Lignéo a rejeté ces accusations.
""",
    "en_dam.txt": """---
title: "Russia and Ukraine trade accusations after dam breach"
lang: en
date: 2023-06-06
source: AFP
---
Russia and Ukraine trade accusations after dam breach

A UN agency said 40 villages were flooded. Local officials said 2,000 people fled. \
Each side insists the other blew up the dam.
""",
}

# (article, sentence start, kind, accused as written, accused canonical), hand-checked.
# Denials and figures accuse no one; reciprocal blame names its party only canonically.
EXPECTED = [
    pytest.param(
        "en_optivel.txt", "Eye drops", "accusation", "Optivel", "Optivel", id="en-headline"
    ),
    pytest.param(
        "en_optivel.txt", "The medicines", "accusation", "the company", "Optivel", id="en-role"
    ),
    pytest.param(
        "en_optivel.txt",
        "Optivel blamed",
        "accusation",
        "Quimibase, its Portuguese supplier",
        "Quimibase",
        id="en-counter-accusation",
    ),
    pytest.param("en_optivel.txt", "Optivel denied", "denial", None, None, id="en-denial"),
    pytest.param("en_optivel.txt", "PARIS", "figure", None, None, id="en-figure"),
    pytest.param("fr_optivel.txt", "Collyre", "accusation", "Optivel", "Optivel", id="fr-headline"),
    pytest.param(
        "fr_optivel.txt", "L'ANSM accuse", "accusation", "l'entreprise", "Optivel", id="fr-role"
    ),
    pytest.param(
        "fr_optivel.txt",
        "Optivel accuse",
        "accusation",
        "son fournisseur portugais Quimibase",
        "Quimibase",
        id="fr-counter-accusation",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the resolver keeps the role words before a name no alias table knows: "
            "canonical 'fournisseur portugais Quimibase'",
        ),
    ),
    pytest.param("fr_optivel.txt", "Optivel a démenti", "denial", None, None, id="fr-denial"),
    pytest.param(
        "fr_incendie.txt", "Le syndicat", "accusation", "Lignéo", "Lignéo", id="fr-accuse-de"
    ),
    pytest.param(
        "fr_incendie.txt",
        "Les riverains",
        "accusation",
        "gestionnaire du réseau",
        "gestionnaire du réseau",
        id="fr-reprochent-au",
    ),
    pytest.param("fr_incendie.txt", "Le feu", "figure", None, None, id="fr-figure"),
    pytest.param("fr_incendie.txt", "Lignéo a rejeté", "denial", None, None, id="fr-denial-2"),
]


def cli(env: dict[str, str], *args: str):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A real SQLite file with the four articles, ingested through the CLI."""
    folder = tmp_path_factory.mktemp("accused")
    for name, body in ARTICLES.items():
        (folder / name).write_text(body, encoding="utf-8")
    env = {"COLUMNS": str(WIDTH), "CLAIMTRACK_DB": str(folder / "news.db"), "NO_COLOR": "1"}
    cli(env, "ingest", *(str(folder / name) for name in ARTICLES))
    return env


@pytest.fixture(scope="module")
def rows(env: dict[str, str]) -> list[dict]:
    out = cli(env, "export", "--format", "jsonl").output
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def one(rows: list[dict], article: str, start: str) -> dict:
    found = [r for r in rows if r["article"] == article and r["sentence"].startswith(start)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("article", "start", "kind", "written", "canonical"), EXPECTED)
def test_export_carries_the_accused_party(
    rows: list[dict], article: str, start: str, kind: str, written: str, canonical: str
) -> None:
    row = one(rows, article, start)
    assert row["kind"] == kind
    assert (row["accused"], row["accused_canonical"]) == (written, canonical)


def test_reciprocal_blame_names_the_other_side_canonically(rows: list[dict]) -> None:
    each_side = [r for r in rows if r["sentence"].startswith("Each side")]
    assert sorted((r["source_canonical"], r["accused_canonical"]) for r in each_side) == [
        ("Russia", "Ukraine"),
        ("Ukraine", "Russia"),
    ]
    assert all(r["accused"] is None for r in each_side)  # "the other" names no one


def test_contract_keys_are_added_at_the_end_and_documented() -> None:
    assert EXPORT_KEYS[-2:] == ("accused", "accused_canonical")
    assert EXPORT_KEYS[:2] == ("claim_id", "cluster_id")  # nothing before them moved
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    contract = readme.split("## The export contract", 1)[1].split("\n## ", 1)[0]
    for key in EXPORT_KEYS:
        assert f"`{key}`" in contract, key


def test_csv_and_json_exports_carry_the_party(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    cli(env, "export", "--format", "csv", "-o", str(out))
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert list(table[0]) == list(EXPORT_KEYS)
    role = next(r for r in table if r["sentence"].startswith("The medicines"))
    assert (role["accused"], role["accused_canonical"]) == ("the company", "Optivel")
    denial = next(r for r in table if r["sentence"].startswith("Optivel denied"))
    assert (denial["accused"], denial["accused_canonical"]) == ("", "")
    whole = json.loads(cli(env, "export", "--format", "json").output)
    assert {r["accused_canonical"] for r in whole} >= {"Optivel", "Lignéo", "Ukraine"}
    markdown = cli(env, "export", "--format", "markdown").output.splitlines()
    assert "accused_canonical" in markdown[0]
    assert any("| Lignéo |" in line and "Le syndicat" in line for line in markdown)


def test_list_shows_who_accuses_whom(env: dict[str, str]) -> None:
    out = cli(env, "list", "--kind", "accusation", "--article", "fr_incendie").output
    assert "accuses Lignéo" in out
    # the source column wraps: "riverains accuses" / "gestionnaire du réseau"
    assert "riverains accuses" in out and "gestionnaire du" in out
    denials = cli(env, "list", "--kind", "denial").output
    assert "accuses" not in denials


def test_list_filters_on_the_accused(env: dict[str, str]) -> None:
    found = json.loads(cli(env, "list", "--accused", "optivel", "--format", "json").output)
    assert sorted((r["article"], r["accused"]) for r in found) == [
        ("en_optivel.txt", "Optivel"),
        ("en_optivel.txt", "the company"),
        ("fr_optivel.txt", "Optivel"),
        ("fr_optivel.txt", "l'entreprise"),
    ]
    # as written counts too: "its Portuguese supplier" is only in the words
    supplier = json.loads(cli(env, "list", "--accused", "supplier", "--format", "json").output)
    assert [r["accused_canonical"] for r in supplier] == ["Quimibase"]
    assert "No claims match." in cli(env, "list", "--accused", "Pentagon").output


def test_show_claim_gives_the_party_and_its_words(env: dict[str, str], rows: list[dict]) -> None:
    role = one(rows, "fr_optivel.txt", "L'ANSM accuse")
    out = cli(env, "show", str(role["claim_id"])).output
    assert re.search(r"accused\s+Optivel — as written: “l'entreprise”", out)
    reciprocal = next(r for r in rows if r["sentence"].startswith("Each side"))
    out = cli(env, "show", str(reciprocal["claim_id"])).output
    assert re.search(rf"accused\s+{reciprocal['accused_canonical']}\s", out)
    assert "as written: “the other”" not in out
    denial = one(rows, "en_optivel.txt", "Optivel denied")
    assert "accused" not in cli(env, "show", str(denial["claim_id"])).output.split("article")[0]


def test_conflicts_and_clusters_say_whom_each_side_accuses(
    env: dict[str, str], rows: list[dict]
) -> None:
    table = cli(env, "conflicts").output
    assert "accuses Optivel" in table
    markdown = cli(env, "conflicts", "--format", "markdown").output
    assert "| accuses Optivel" in markdown
    data = json.loads(cli(env, "conflicts", "--format", "json").output)
    recall = next(c for c in data if any(m["accused_canonical"] == "Optivel" for m in c["claims"]))
    # the JSON position stays the bare label; the party is its own key
    accusing = [m for m in recall["claims"] if m["kind"] == "accusation"]
    assert accusing and {m["position"] for m in accusing} == {"accuses"}
    cluster = one(rows, "en_optivel.txt", "The medicines")["cluster_id"]
    assert "accuses Optivel" in cli(env, "show", f"C{cluster}").output


def test_stored_claims_give_back_the_extracted_party(env: dict[str, str]) -> None:
    """`claim_of` (what conflict rules, split and re-clustering read) gives the accusation
    the extras extraction gave it, reciprocal blame included."""
    with Tracker(Options(db=env["CLAIMTRACK_DB"])) as tracker:
        for name, body in ARTICLES.items():
            lang = re.search(r"^lang: (\w+)", body, re.MULTILINE).group(1)  # type: ignore[union-attr]
            article_text = body.split("---\n", 2)[2].strip("\n")
            extracted = {
                (c.sentence, c.attribution.canonical, c.kind): c.extras
                for c in extract_claims(article_text, lang)
            }
            stored = tracker.claims(ClaimQuery(article=name))
            assert stored
            for record in stored:
                claim = claim_of(record)
                key = (claim.sentence, claim.attribution.canonical, claim.kind)
                wanted = {k: v for k, v in extracted[key].items() if "accused" in k}
                wanted |= {"reciprocal": "true"} if "reciprocal" in extracted[key] else {}
                assert claim.extras == wanted, key


def test_recluster_keeps_the_party(env: dict[str, str], rows: list[dict]) -> None:
    cli(env, "recluster")
    out = cli(env, "export", "--format", "jsonl").output
    after = [json.loads(line) for line in out.splitlines() if line.strip()]
    fields = ("claim_id", "accused", "accused_canonical")
    assert [tuple(r[k] for k in fields) for r in after] == [
        tuple(r[k] for k in fields) for r in rows
    ]


def test_hostile_party_names_are_neutralised_in_spreadsheets(tmp_path: Path) -> None:
    """A newsroom alias file whose canonical name a spreadsheet would run as a formula."""
    hostile = '=HYPERLINK("http://evil.example")'
    aliases = tmp_path / "ours.yaml"
    aliases.write_text(json.dumps({hostile: ["Optivel"]}), encoding="utf-8")
    article = tmp_path / "en_optivel.txt"
    article.write_text(ARTICLES["en_optivel.txt"], encoding="utf-8")
    env = {"COLUMNS": str(WIDTH), "CLAIMTRACK_DB": str(tmp_path / "h.db"), "NO_COLOR": "1"}
    cli(env, "ingest", "--aliases", str(aliases), str(article))
    out = tmp_path / "claims.csv"
    cli(env, "export", "--format", "csv", "-o", str(out))
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    headline = next(r for r in table if r["sentence"].startswith("Eye drops"))
    assert headline["accused_canonical"] == "'" + hostile
    assert not any(v.startswith("=") for r in table for v in r.values())


def _record(**changes: object) -> ClaimRecord:
    sentence = "The SASP firefighters' union accused Lignéo of failing to clear the scrub."
    base: dict[str, object] = {
        "claim_id": 4,
        "cluster_id": 2,
        "article": "en_fire.txt",
        "title": None,
        "outlet": None,
        "published": None,
        "lang": "en",
        "kind": "accusation",
        "polarity": "affirm",
        "sentence": sentence,
        "start": 0,
        "end": len(sentence),
        "source": "The SASP firefighters' union",
        "source_canonical": "SASP",
        "value": None,
        "value_low": None,
        "value_high": None,
        "unit": None,
        "unit_canonical": None,
        "approx": False,
        "hedged": False,
        "in_conflict": False,
        "accused": "Lignéo",
        "accused_canonical": "Lignéo",
    }
    base.update(changes)
    return ClaimRecord(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("hostile", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)"])
def test_csv_neutralises_formulas_in_the_party(hostile: str) -> None:
    out = io.StringIO()
    write_claims([_record(accused=hostile, accused_canonical=hostile)], "csv", out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["accused"], row["accused_canonical"]) == ("'" + hostile, "'" + hostile)


def test_markdown_escapes_the_party() -> None:
    out = io.StringIO()
    write_claims([_record(accused_canonical="Lignéo | RTE\nGroup")], "markdown", out)
    line = out.getvalue().splitlines()[2]
    assert "| Lignéo \\| RTE Group |" in line


# --- the migration: a database made before the accused columns ---------------------------


def _claims_sql(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "select sql from sqlite_master where type = 'table' and name = 'claims'"
        ).fetchone()[0]


def test_database_made_before_the_accused_columns_upgrades_with_its_rows(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    database_at_0002(f"sqlite:///{path}")
    assert "accused" not in _claims_sql(path)
    store = Store(resolve_url(path))
    try:
        with store.engine.connect() as connection:
            revision = connection.execute(text("select version_num from alembic_version"))
            assert revision.scalar() == head_revision() == "0003"
        (old,) = store.claims(ClaimQuery())
        assert (old.claim_id, old.article, old.source, old.source_canonical) == (
            1,
            "old.txt",
            "la préfecture",
            "Var prefecture",
        )
        assert (old.value, old.unit, old.kind) == (1200, "hectares", "figure")
        assert (old.accused, old.accused_canonical) == (None, None)
        assert old.export()["accused"] is None
    finally:
        store.close()
    assert "AUTOINCREMENT" in _claims_sql(path)
    article = tmp_path / "fr_incendie.txt"
    article.write_text(ARTICLES["fr_incendie.txt"], encoding="utf-8")
    with Tracker(Options(db=str(path))) as tracker:
        assert tracker.ingest([str(article)]).ok
        fresh = tracker.claims(ClaimQuery(article="fr_incendie"))
        assert min(c.claim_id for c in fresh) > 2  # the deleted claim's id is not reused
        charge = next(c for c in fresh if c.sentence.startswith("Le syndicat"))
        assert (charge.accused, charge.accused_canonical) == ("Lignéo", "Lignéo")
        assert tracker.claim(1).sentence.startswith("Selon la préfecture")


def _downgrade_to_0002(path: Path) -> None:
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.connect() as connection:
        # as `db.upgrade` does: a rebuilt table must not cascade into its children
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        with connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
    engine.dispose()


def test_downgrade_drops_the_columns_and_keeps_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "down.db"
    database_at_0002(f"sqlite:///{path}")
    Store(resolve_url(path)).close()
    _downgrade_to_0002(path)
    sql = _claims_sql(path)
    assert "accused" not in sql and "AUTOINCREMENT" in sql
    with sqlite3.connect(path) as connection:
        assert connection.execute("select id, fingerprint from claims").fetchall() == [(1, "f1")]
    store = Store(resolve_url(path))  # and up again
    assert [c.claim_id for c in store.claims(ClaimQuery())] == [1]
    store.close()


def test_recluster_fills_in_the_party_of_claims_stored_before_the_migration(
    tmp_path: Path,
) -> None:
    """Real articles stored by the schema before the accused columns (ingested, then taken
    back to 0002): upgraded, they have no party; `recluster` fills it in, and leaves every
    other column and every id as it was."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("fr_incendie.txt", "en_dam.txt"):
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    env = {"COLUMNS": str(WIDTH), "CLAIMTRACK_DB": str(tmp_path / "old.db"), "NO_COLOR": "1"}
    cli(env, "ingest", str(folder))
    export = ("export", "--format", "jsonl")
    ingested = [json.loads(line) for line in cli(env, *export).output.splitlines()]
    _downgrade_to_0002(tmp_path / "old.db")
    upgraded = [json.loads(line) for line in cli(env, *export).output.splitlines()]
    assert {(r["accused"], r["accused_canonical"]) for r in upgraded} == {(None, None)}
    blank = {"accused": None, "accused_canonical": None}
    assert upgraded == [{**r, **blank} for r in ingested]
    cli(env, "recluster")
    reclustered = [json.loads(line) for line in cli(env, *export).output.splitlines()]
    assert reclustered == ingested
    charge = next(r for r in reclustered if r["sentence"].startswith("Le syndicat"))
    assert (charge["accused"], charge["accused_canonical"]) == ("Lignéo", "Lignéo")
