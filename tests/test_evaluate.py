"""Tests of the evaluation module on a tiny gold set built from real corpus sentences.

Every expected number is hand-computed from the nine gold records below; the comments say how.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from claimtrack.evaluate import (
    GoldSet,
    article_paths,
    check_floors,
    evaluate,
    floors_for,
    load_gold_dir,
    names_agree,
    sources_agree,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DEVSET = ROOT.parent / "shared" / "devset"

A002 = "002-les-relations-strategiques.txt"
A003 = "003-renforcement-des-alliances.txt"
A004 = "004-visite-de-poutine-en-coree-du-nord.txt"
EN = "en-al-monitor-headline.txt"

TROOPS = "kp-ru_troops-in-russia_2024-10_count"
DEPLOY = "kp-ru_troops-to-russia_deployment"
ARMS = "kp-ru_arms-transfers_to-russia"
THANKS = "kp-ru_russia-thanks-north-korea_war-support"
CONTAINERS = "kp-ru_arms-transfers_2024-03_containers-count"
GAZA = "ps_gaza_al-ahli-blast_2023-10-17_deaths"

S_PENTAGON = (
    "Selon le Pentagone, environ 10 000 soldats nord-coréens seraient déjà présents en Russie, "
    "dont un petit nombre dans la région frontalière de Koursk."
)
S_ZELENSKY = (
    "Le président ukrainien, Volodymyr Zelensky, affirme quant à lui que 12 000 soldats "
    "nord-coréens s’apprêteraient à rejoindre le sol russe pour y suivre un entraînement militaire."
)
S_DENIAL = (
    "Si la Corée du Nord a démenti fournir des forces à la Russie pour les combats en Ukraine, la "
    "présence de soldats nord-coréens en territoire russe et la perspective d’une aide militaire "
    "immédiate font craindre une escalade dangereuse du conflit."
)
S_GRATITUDE = (
    "Le président russe Vladimir Poutine a récemment exprimé sa gratitude envers la Corée du Nord "
    "pour son soutien à l’invasion de l’Ukraine et a manifesté son intention de développer la "
    "coopération entre Moscou et Pyongyang pour contourner les sanctions internationales."
)
S_CONCERNS = (
    "Les États-Unis et la Corée du Sud ont exprimé leurs inquiétudes quant à la possibilité que "
    "la Corée du Nord fournisse à la Russie des munitions et des missiles pour son conflit en "
    "Ukraine, en échange d’une assistance technologique et alimentaire de la part de Moscou."
)
S_BOTH_DENY = (
    "Les deux pays nient ces accusations, mais les analystes estiment que cette coopération "
    "pourrait inclure un soutien direct au programme nucléaire nord-coréen."
)
S_QUOTE = (
    "« Nous apprécions grandement le soutien ferme de la Corée du Nord à l’opération militaire "
    "spéciale de la Russie en Ukraine. Sa solidarité avec nous sur les grandes questions "
    "internationales, sa volonté de défendre des priorités et des points de vue commun auprès des "
    "Nations Unies », a martelé Vladimir Poutine dans la presse officielle de la Corée du Nord."
)
S_CONTAINERS = (
    "En mars dernier, le gouvernement Sud Coréen a affirmé que son voisin du Nord, a livré 7000 "
    "conteneurs d’armement à la Russie, en grande partie des munitions."
)
S_NEGATIVE = "Une première depuis les années 2000."
S_ARTICLE_4 = (
    "Ce traité, récemment ratifié à l’unanimité par les députés russes, prévoit notamment en son "
    "article 4 «une aide militaire immédiate» en cas d’agression armée de pays tiers."
)
S_TWO_SOURCES = (
    "La journée interprofessionnelle de grève du mardi 18 octobre 2022, a rassemblé 107.000 "
    "manifestants à travers la France, selon les chiffres communiqués par le ministère de "
    "l'Intérieur, alors que la CGT en a dénombré 300.000."
)
# A real headline from the devset (Al-Monitor/AFP), as the body of a one-line English article.
S_EN = "US intelligence estimates 100-300 killed in Gaza hospital strike"


def gold_record(
    article: str,
    sentence: str,
    kind: str,
    source: str,
    canonical: str,
    topic: str,
    value: float | None = None,
    low: float | None = None,
    high: float | None = None,
    unit: str | None = None,
    approx: bool = False,
    hedged: bool = False,
    polarity: str = "affirm",
) -> dict[str, Any]:
    return {
        "article": article,
        "sentence": sentence,
        "kind": kind,
        "source": source,
        "source_canonical": canonical,
        "value": value,
        "value_low": low,
        "value_high": high,
        "unit": unit,
        "approx": approx,
        "hedged": hedged,
        "polarity": polarity,
        "topic": topic,
    }


# Nine French records (3 figures, 2 denials, 2 accusations, 2 statements) and one English one.
G_PENTAGON = gold_record(
    A002, S_PENTAGON, "figure", "le Pentagone", "Pentagon", TROOPS, 10000, None, None,
    "soldats nord-coréens", approx=True, hedged=True,
)  # fmt: skip
G_ZELENSKY = gold_record(
    A002, S_ZELENSKY, "figure", "Le président ukrainien, Volodymyr Zelensky",
    "Volodymyr Zelensky", TROOPS, 12000, None, None, "soldats nord-coréens", hedged=True,
)  # fmt: skip
G_DENIAL = gold_record(
    A002, S_DENIAL, "denial", "la Corée du Nord", "North Korea", DEPLOY, polarity="deny"
)
G_GRATITUDE = gold_record(
    A003, S_GRATITUDE, "statement", "Le président russe Vladimir Poutine", "Vladimir Putin", THANKS
)
G_CONCERNS = gold_record(
    A003, S_CONCERNS, "accusation", "Les États-Unis et la Corée du Sud",
    "United States and South Korea", ARMS, hedged=True,
)  # fmt: skip
G_BOTH_DENY = gold_record(
    A003, S_BOTH_DENY, "denial", "Les deux pays (la Russie et la Corée du Nord)",
    "North Korea and Russia", ARMS, polarity="deny",
)  # fmt: skip
G_QUOTE = gold_record(A004, S_QUOTE, "statement", "Vladimir Poutine", "Vladimir Putin", THANKS)
G_CONTAINERS = gold_record(
    A004, S_CONTAINERS, "figure", "le gouvernement Sud Coréen", "South Korea", CONTAINERS,
    7000, None, None, "conteneurs d’armement",
)  # fmt: skip
G_ARMS_SK = gold_record(
    A004, S_CONTAINERS, "accusation", "le gouvernement Sud Coréen", "South Korea", ARMS
)
G_EN = gold_record(
    EN, S_EN, "figure", "US intelligence", "US intelligence community", GAZA, None, 100, 300,
    "killed", approx=True,
)  # fmt: skip

FRENCH = [
    G_PENTAGON, G_ZELENSKY, G_DENIAL, G_GRATITUDE, G_CONCERNS, G_BOTH_DENY, G_QUOTE,
    G_CONTAINERS, G_ARMS_SK,
]  # fmt: skip
NEGATIVES = [
    {"article": A004, "sentence": S_NEGATIVE, "reason": "Decade; background."},
    {"article": A002, "sentence": S_ARTICLE_4, "reason": "Treaty article number."},
]
CONFLICTS = [
    {"topic": TROOPS, "values": [10000, 12000], "sources": ["Pentagon", "Volodymyr Zelensky"],
     "why": "10 000 vs 12 000"},
    {"topic": ARMS, "values": ["affirm", "affirm", "deny"],
     "sources": ["United States and South Korea", "South Korea", "North Korea and Russia"],
     "why": "accusations vs denials"},
]  # fmt: skip
CLUSTER_OF_TOPIC = {TROOPS: 1, DEPLOY: 2, ARMS: 3, THANKS: 4, CONTAINERS: 5, GAZA: 6}


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    path.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )


def build_gold(
    folder: Path,
    records: list[dict[str, Any]],
    with_english: bool = False,
    subfolder: bool = False,
) -> Path:
    """A gold folder in the corpus layout (articles next to gold.jsonl) or the devset layout."""
    articles = folder / "articles" if subfolder else folder
    articles.mkdir(parents=True, exist_ok=True)
    for name in (A002, A003, A004):
        shutil.copy(CORPUS / name, articles / name)
    if with_english:
        (articles / EN).write_text(f"---\nlang: en\n---\n\n{S_EN}\n", encoding="utf-8")
    write_jsonl(folder / "gold.jsonl", records)
    write_jsonl(folder / "negatives.jsonl", NEGATIVES)
    write_jsonl(folder / "conflicts.jsonl", CONFLICTS)
    return folder


@pytest.fixture
def gold(tmp_path: Path) -> GoldSet:
    return load_gold_dir(build_gold(tmp_path / "tiny", FRENCH))


def predict(gold: GoldSet, record: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The export-contract claim an ideal pipeline would give for a gold record."""
    start = gold.texts[record["article"]].find(record["sentence"])
    claim = {
        "claim_id": None,
        "cluster_id": CLUSTER_OF_TOPIC.get(record["topic"]),
        "article": record["article"],
        "lang": gold.langs[record["article"]],
        "kind": record["kind"],
        "polarity": record["polarity"],
        "sentence": record["sentence"],
        "start": start,
        "end": start + len(record["sentence"]),
        "source": record["source"],
        "source_canonical": record["source_canonical"],
        "value": record["value"],
        "value_low": record["value_low"],
        "value_high": record["value_high"],
        "unit": record["unit"],
        "unit_canonical": None,
        "approx": record["approx"],
        "hedged": record["hedged"],
        "in_conflict": record["topic"] in {c["topic"] for c in CONFLICTS},
    }
    claim.update(changes)
    return claim


def perfect(gold: GoldSet) -> list[dict[str, Any]]:
    return [predict(gold, record) for record in gold.records]


def value(report: Any, name: str, language: str = "all") -> float | None:
    metric = report.metric(name, language)
    assert metric is not None, f"{name} ({language}) not computed"
    return metric.value


# ------------------------------------------------------------------------------- loading


def test_load_corpus_layout(gold: GoldSet, tmp_path: Path) -> None:
    assert gold.name == "tiny"
    assert gold.articles_dir == tmp_path / "tiny"
    assert [p.name for p in article_paths(gold)] == [A002, A003, A004]
    assert len(gold.records) == 9 and len(gold.negatives) == 2 and len(gold.conflicts) == 2
    assert gold.langs == {A002: "fr", A003: "fr", A004: "fr"}
    # The body is the text after the front matter, as ingest reads it.
    assert gold.texts[A004].startswith("A cause d’une visite de Vladimir Poutine")


def test_load_devset_layout(tmp_path: Path) -> None:
    gold = load_gold_dir(build_gold(tmp_path / "layout", FRENCH, subfolder=True))
    assert gold.articles_dir == tmp_path / "layout" / "articles"
    assert [p.parent.name for p in article_paths(gold)] == ["articles"] * 3


def test_negatives_and_conflicts_are_optional(tmp_path: Path) -> None:
    folder = build_gold(tmp_path / "bare", FRENCH)
    (folder / "negatives.jsonl").unlink()
    (folder / "conflicts.jsonl").unlink()
    gold = load_gold_dir(folder)
    assert gold.negatives == [] and gold.conflicts == []
    report = evaluate(gold, perfect(gold))
    assert report.metric("conflict.recall") is None
    assert value(report, "recall.all") == 1.0


def test_folder_without_gold_is_refused(tmp_path: Path) -> None:
    shutil.copy(CORPUS / A002, tmp_path / A002)
    with pytest.raises(ValueError, match=r"no gold\.jsonl here"):
        load_gold_dir(tmp_path)
    with pytest.raises(ValueError, match="not a folder"):
        load_gold_dir(tmp_path / A002)


def test_gold_sentence_must_be_in_its_article(tmp_path: Path) -> None:
    wrong = dict(G_QUOTE, sentence="Ce sont nos affaires.")  # a 002 sentence, not in 004
    with pytest.raises(ValueError, match=r"gold\.jsonl:2: sentence not found verbatim"):
        load_gold_dir(build_gold(tmp_path / "bad", [G_PENTAGON, wrong]))


def test_bundled_corpus_loads() -> None:
    gold = load_gold_dir(CORPUS)
    assert gold.name == "corpus"
    assert len(article_paths(gold)) == 5
    assert {r["kind"] for r in gold.records} == {"figure", "denial", "accusation", "statement"}
    assert set(gold.langs.values()) == {"fr"}
    # The headline conflict of the issue is annotated.
    troops = {(r["source_canonical"], r["value"]) for r in gold.records if r["topic"] == TROOPS}
    assert {("Pentagon", 10000), ("Volodymyr Zelensky", 12000)} <= troops


@pytest.mark.skipif(not (DEVSET / "gold.jsonl").is_file(), reason="shared devset not present")
def test_shared_devset_loads() -> None:
    gold = load_gold_dir(DEVSET)
    assert gold.articles_dir == DEVSET / "articles"
    assert len(article_paths(gold)) == len(list((DEVSET / "articles").glob("*.txt")))
    assert set(gold.langs.values()) == {"fr", "en"}
    assert gold.negatives and gold.conflicts
    # A perfect prediction of a real gold set scores 1.0 everywhere.
    report = evaluate(gold, _ideal(gold))
    assert value(report, "recall.all") == 1.0
    assert value(report, "accuracy.source") == 1.0
    assert value(report, "conflict.recall") == 1.0


def _ideal(gold: GoldSet) -> list[dict[str, Any]]:
    """Perfect claims for any gold set: one cluster per topic."""
    clusters = {topic: n for n, topic in enumerate(sorted({r["topic"] for r in gold.records}))}
    conflicting = {c["topic"] for c in gold.conflicts}
    return [
        predict(gold, r, cluster_id=clusters[r["topic"]], in_conflict=r["topic"] in conflicting)
        for r in gold.records
    ]


# ------------------------------------------------------------------------------- metrics


def test_perfect_prediction_scores_one(gold: GoldSet) -> None:
    report = evaluate(gold, perfect(gold))
    ratios = [(name, lang, v) for name, lang, v in report.rows() if name != "negatives.hits"]
    assert ratios and all(v == 1.0 for _name, _lang, v in ratios), ratios
    assert value(report, "negatives.hits") == 0
    assert report.misses == [] and report.false_positives == [] and report.mismatches == []
    assert report.conflicts_missed == []
    json.dumps(report.as_dict())  # plain data


def test_missing_claim_lowers_recall(gold: GoldSet) -> None:
    claims = [c for c in perfect(gold) if c["sentence"] != S_ZELENSKY]
    report = evaluate(gold, claims)
    assert value(report, "recall.all") == pytest.approx(8 / 9)
    assert value(report, "recall.figure") == pytest.approx(2 / 3)
    assert value(report, "recall.strong") == pytest.approx(6 / 7)  # 3 figures + 2 + 2
    assert value(report, "recall.denial") == 1.0
    assert value(report, "precision.sentence") == 1.0
    assert [m["source_canonical"] for m in report.misses] == ["Volodymyr Zelensky"]
    # Without Zelensky's 12 000 only the Pentagon's 10 000 is left: no conflict to find.
    assert value(report, "conflict.recall") == 0.5
    assert report.conflicts_missed == [TROOPS]


def test_wrong_source_lowers_source_accuracy(gold: GoldSet) -> None:
    claims = perfect(gold)
    claims[0] = predict(gold, G_PENTAGON, source="Volodymyr Zelensky", source_canonical="Ukraine")
    report = evaluate(gold, claims)
    assert value(report, "accuracy.source") == pytest.approx(8 / 9)
    assert value(report, "recall.all") == 1.0
    assert [m["field"] for m in report.mismatches] == ["source"]


def test_differently_worded_canonical_source_is_accepted(gold: GoldSet) -> None:
    claims = perfect(gold)
    claims[0] = predict(gold, G_PENTAGON, source="Pentagone", source_canonical="le Pentagone")
    report = evaluate(gold, claims)
    assert value(report, "accuracy.source") == 1.0


def test_wrong_value_and_polarity(gold: GoldSet) -> None:
    claims = perfect(gold)
    claims[0] = predict(gold, G_PENTAGON, value=1000)  # misread figure
    claims[2] = predict(gold, G_DENIAL, polarity="affirm")
    report = evaluate(gold, claims)
    assert value(report, "accuracy.value") == pytest.approx(2 / 3)  # over the 3 figures
    assert value(report, "accuracy.polarity") == pytest.approx(8 / 9)
    assert value(report, "recall.all") == 1.0


def test_value_within_tolerance_agrees(gold: GoldSet) -> None:
    claims = perfect(gold)
    claims[0] = predict(gold, G_PENTAGON, value=10030)  # 0.3 % off
    assert value(evaluate(gold, claims), "accuracy.value") == 1.0


def test_negative_hit_is_reported(gold: GoldSet) -> None:
    start = gold.texts[A004].find(S_NEGATIVE)
    stray = {
        "claim_id": 99, "cluster_id": None, "article": A004, "lang": "fr", "kind": "figure",
        "polarity": "affirm", "sentence": S_NEGATIVE, "start": start,
        "end": start + len(S_NEGATIVE), "source": "?", "source_canonical": "?", "value": 2000,
        "value_low": None, "value_high": None, "unit": "années", "unit_canonical": None,
        "approx": False, "hedged": False, "in_conflict": False,
    }  # fmt: skip
    report = evaluate(gold, [*perfect(gold), stray])
    assert value(report, "negatives.hits") == 1
    assert [hit["negative"] for hit in report.negative_hits] == [S_NEGATIVE]
    # 8 distinct gold sentences were predicted (the containers one holds 2 records) + 1 stray.
    assert value(report, "precision.sentence") == pytest.approx(8 / 9)
    # 3 gold figures were predicted, plus the stray figure; the other kinds are untouched.
    assert value(report, "precision.figure") == pytest.approx(3 / 4)
    assert value(report, "precision.denial") == 1.0
    assert [fp["sentence"] for fp in report.false_positives] == [S_NEGATIVE]
    assert check_floors(report, {"max": {"all": {"negatives.hits": 0}}}) == [
        "negatives.hits (all) = 1 (1/10), above the ceiling 0"
    ]


def test_pairing_prefers_same_kind_in_a_two_record_sentence(gold: GoldSet) -> None:
    # The containers sentence holds a figure and an accusation; only the accusation is found.
    claims = [c for c in perfect(gold) if c["sentence"] != S_CONTAINERS]
    claims.append(predict(gold, G_ARMS_SK))
    report = evaluate(gold, claims)
    assert value(report, "recall.accusation") == 1.0
    assert value(report, "recall.figure") == pytest.approx(2 / 3)
    assert value(report, "accuracy.kind") == 1.0


def test_pairing_prefers_same_value(tmp_path: Path) -> None:
    # Two sources' figures in one sentence (devset, CNews): the claims come in the other order
    # and with unresolved sources, so only their values can pair them right.
    folder = tmp_path / "two-figures"
    folder.mkdir()
    (folder / "cnews.txt").write_text(f"---\nlang: fr\n---\n\n{S_TWO_SOURCES}\n", encoding="utf-8")
    topic = "fr_strike_turnout_2022-10-18_france"
    interior = gold_record(
        "cnews.txt", S_TWO_SOURCES, "figure", "le ministère de l'Intérieur",
        "French Interior Ministry", topic, 107000, unit="manifestants",
    )  # fmt: skip
    cgt = gold_record(
        "cnews.txt", S_TWO_SOURCES, "figure", "la CGT", "CGT", topic, 300000, unit="manifestants"
    )
    write_jsonl(folder / "gold.jsonl", [interior, cgt])
    gold = load_gold_dir(folder)
    claims = [
        predict(gold, cgt, source="?", source_canonical=None),
        predict(gold, interior, source="?", source_canonical=None),
    ]
    report = evaluate(gold, claims)
    assert value(report, "accuracy.value") == 1.0
    assert value(report, "accuracy.source") == 0.0


def _quote_apart_containers_with_arms(gold: GoldSet) -> list[dict[str, Any]]:
    """Perfect claims, except: the quote in a cluster of its own, the containers in ARMS."""
    claims = perfect(gold)
    for claim in claims:
        if claim["sentence"] == S_QUOTE:
            claim["cluster_id"] = 42
        if claim["sentence"] == S_CONTAINERS:
            claim["cluster_id"] = CLUSTER_OF_TOPIC[ARMS]
    return claims


def test_clustering_pairwise_scores(gold: GoldSet) -> None:
    # Gold pairs across articles sharing a topic: (gratitude, quote) on THANKS, and
    # (concerns, containers-accusation), (both-deny, containers-accusation) on ARMS: 3.
    # Predicted: the quote gets a cluster of its own and the containers figure joins ARMS, so
    # the cross-article pairs in one cluster are {concerns, both-deny} x {containers figure,
    # containers accusation}: 4, of which 2 are gold. P = 2/4, R = 2/3, F1 = 4/7.
    report = evaluate(gold, _quote_apart_containers_with_arms(gold))
    assert value(report, "cluster.precision") == pytest.approx(0.5)
    assert value(report, "cluster.recall") == pytest.approx(2 / 3)
    assert value(report, "cluster.f1") == pytest.approx(4 / 7)


def test_clustering_errors_name_split_topics_and_mixed_clusters(gold: GoldSet) -> None:
    # Same change as above: THANKS is split (quote in cluster 42), and the ARMS cluster mixes
    # ARMS with CONTAINERS.
    report = evaluate(gold, _quote_apart_containers_with_arms(gold))
    assert [split["topic"] for split in report.cluster_splits] == [THANKS]
    assert {m["cluster_id"] for m in report.cluster_splits[0]["members"]} == {
        42,
        CLUSTER_OF_TOPIC[THANKS],
    }
    assert [merge["cluster_id"] for merge in report.cluster_merges] == [CLUSTER_OF_TOPIC[ARMS]]
    assert {m["topic"] for m in report.cluster_merges[0]["members"]} == {ARMS, CONTAINERS}
    assert evaluate(gold, perfect(gold)).cluster_splits == []


def test_conflict_precision_counts_flagged_clusters_of_other_topics(gold: GoldSet) -> None:
    claims = perfect(gold)
    for claim in claims:
        if claim["sentence"] in (S_GRATITUDE, S_QUOTE):
            claim["in_conflict"] = True  # THANKS is not a gold conflict topic
    report = evaluate(gold, claims)
    # Flagged clusters with matched claims: TROOPS, ARMS (right) and THANKS (wrong).
    assert value(report, "conflict.precision") == pytest.approx(2 / 3)
    assert value(report, "conflict.recall") == 1.0


def test_per_language_and_cross_language_clustering(tmp_path: Path) -> None:
    gold = load_gold_dir(build_gold(tmp_path / "bilingual", [*FRENCH, G_EN], with_english=True))
    assert gold.langs[EN] == "en"
    claims = perfect(gold)
    # The English claim wrongly joins the troops cluster, which holds the two 002 figures.
    claims[-1]["cluster_id"] = CLUSTER_OF_TOPIC[TROOPS]
    report = evaluate(gold, claims)
    assert value(report, "recall.all", "en") == 1.0
    assert value(report, "recall.all", "fr") == 1.0
    assert value(report, "accuracy.value", "en") == 1.0
    # Cross-language pairs: 9 (en x fr); two share a predicted cluster, none a gold topic.
    assert value(report, "cluster.precision", "cross") == 0.0
    assert value(report, "cluster.recall", "cross") is None
    # Dropping the English claim only lowers English recall.
    report = evaluate(gold, claims[:-1])
    assert value(report, "recall.all", "en") == 0.0
    assert value(report, "recall.all", "fr") == 1.0
    assert value(report, "recall.all") == pytest.approx(9 / 10)


def test_second_copy_of_a_body_is_a_false_positive() -> None:
    # 001 prints its body twice; gold annotates the first copy only.
    gold = load_gold_dir(CORPUS)
    article = "001-renforcement-ou-deal-politique.txt"
    record = next(
        r for r in gold.records if r["article"] == article and r["source_canonical"] == "KCNA"
    )
    text = gold.texts[article]
    second = text.find(record["sentence"], text.find(record["sentence"]) + 1)
    assert second > 0
    copy = predict(gold, record, start=second, end=second + len(record["sentence"]))
    report = evaluate(gold, [copy])
    assert value(report, "precision.sentence") == 0.0
    assert report.false_positives[0]["start"] == second
    # Marked as a copy by the pipeline, it is set aside instead.
    report = evaluate(gold, [dict(copy, copy_of=1)])
    assert report.counts["predicted_copies_set_aside"] == 1
    assert value(report, "precision.sentence") is None


def test_quote_unit_split_in_two_sentences_matches(gold: GoldSet) -> None:
    # A segmenter cuts Putin's two-sentence quote in two; both halves sit on the gold unit.
    cut = S_QUOTE.index(" Sa solidarité") + 1
    start = gold.texts[A004].find(S_QUOTE)
    claims = [c for c in perfect(gold) if c["sentence"] != S_QUOTE]
    claims.append(predict(gold, G_QUOTE, sentence=S_QUOTE[:cut].strip(), end=start + cut - 1))
    claims.append(predict(gold, G_QUOTE, sentence=S_QUOTE[cut:], start=start + cut))
    report = evaluate(gold, claims)
    assert value(report, "recall.all") == 1.0
    assert value(report, "precision.sentence") == 1.0


def test_a_whole_article_is_not_a_sentence_match(gold: GoldSet) -> None:
    body = gold.texts[A002]
    sweeping = predict(gold, G_PENTAGON, sentence=body, start=0, end=len(body))
    report = evaluate(gold, [sweeping])
    assert value(report, "recall.all") == 0.0
    assert value(report, "precision.sentence") == 0.0


def test_offsets_that_miss_the_sentence_are_relocated(gold: GoldSet) -> None:
    claims = perfect(gold)
    claims[0] = predict(gold, G_PENTAGON, start=0, end=10)
    assert value(evaluate(gold, claims), "recall.all") == 1.0


def test_claims_of_other_articles_are_ignored(gold: GoldSet) -> None:
    other = predict(gold, G_PENTAGON, article="elsewhere.txt")
    report = evaluate(gold, [*perfect(gold), other])
    assert report.counts["predicted_outside_gold"] == 1
    assert value(report, "precision.sentence") == 1.0


# --------------------------------------------------------------------------- source names


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        ("Interior Ministry (France)", "French Interior Ministry", True),
        ("le Pentagone", "Pentagon", True),
        ("Vladimir Poutine", "Vladimir Putin", True),
        ("Kim Jong Un", "Kim Jong-un", True),
        ("IDF", "Israel (government/IDF)", True),
        ("Joe Biden", "Joe Biden (US President)", True),
        ("United States", "United States and South Korea", True),  # part of a joint source
        ("North Korea", "South Korea", False),
        ("Gaza Health Ministry", "Eastern Libyan health ministry", False),
        ("Hamas", "Palestinian Islamic Jihad", False),
        ("CGT", "CFDT", False),
        ("anonymous", "analysts (unnamed)", False),
        ("la", "la Corée du Nord", False),  # a bare article is not a source
        ("", "Pentagon", False),
        # A predicted name holding more than the gold name is not a subset of it.
        ("United States and South Korea", "United States", False),
    ],
)
def test_names_agree(predicted: str, gold: str, agree: bool) -> None:
    assert names_agree(predicted, gold) is agree


def source(canonical: str | None, written: str | None) -> dict[str, Any]:
    return {"source_canonical": canonical, "source": written}


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        # As written, with the annotator's bracketed note set aside.
        (source("deux nations", "les deux nations"),
         source("North Korea and Russia", "les deux nations (la Corée du Nord et la Russie)"),
         True),
        (source("report", "The report"),
         source("US intelligence community", "The report (U.S. intelligence)"), True),
        (source("Paris Police Prefecture", "la police"),
         source("Paris Police Prefecture", "la police"), True),
        # Real extraction errors seen on the corpus and devset: stray words are not the source.
        (source("mondiale", "mondiale"),
         source("World Meteorological Organization",
                "le patron de l’Organisation météorologique mondiale"), False),
        (source("perspective d’une alliance militaire renforcée a poussé les responsables "
                "américains à", "La perspective d’une alliance militaire renforcée a poussé "
                "les responsables américains à"),
         source("United States", "les responsables américains"), False),
        (source("Associated Press", "The Associated Press"),
         source("Gaza Health Ministry",
                "The Gaza Health Ministry (according to The Associated Press)"), False),
    ],
)  # fmt: skip
def test_sources_agree(predicted: dict[str, Any], gold: dict[str, Any], agree: bool) -> None:
    assert sources_agree(gold, predicted) is agree


# --------------------------------------------------------------------------------- floors


def test_check_floors(gold: GoldSet) -> None:
    claims = [c for c in perfect(gold) if c["sentence"] != S_ZELENSKY]
    report = evaluate(gold, claims)
    floors = {
        "min": {
            "all": {"recall.all": 0.8, "precision.sentence": 1.0, "cluster.f1": None},
            "fr": {"recall.figure": 0.9},
            "cross": {"cluster.f1": 0.5},
        },
        "max": {"all": {"negatives.hits": 0}},
    }
    assert check_floors(report, floors) == [
        "recall.figure (fr) = 0.667 (2/3), below the floor 0.9",
        "cluster.f1 (cross): not measurable, yet min 0.5 is pinned",
    ]
    assert check_floors(report, {}) == []


def test_shipped_floors_hold_for_a_perfect_corpus_run() -> None:
    gold = load_gold_dir(CORPUS)
    floors = floors_for("corpus")
    assert set(floors) == {"min", "max"}
    assert floors["max"]["all"]["negatives.hits"] == 0  # the issue: no claim on a negative
    assert check_floors(evaluate(gold, _ideal(gold)), floors) == []
    assert floors_for("matching") == {}  # the settings section is not a gold set
    assert floors_for("no-such-set") == {}


def test_clustering_scores_figure_pairs_and_stance_pairs_apart(gold: GoldSet) -> None:
    # Same change as above. Stance pairs (no gold value on either side): the 3 gold pairs are
    # all stances; predicted together are {concerns, both-deny} x {containers accusation}, both
    # gold: P = 1, R = 2/3, F1 = 0.8. The containers figure joining ARMS only makes mixed
    # pairs, which neither class counts; no two figures of different articles share a topic
    # or a cluster, so figure pairs are not measured.
    report = evaluate(gold, _quote_apart_containers_with_arms(gold))
    assert value(report, "cluster.f1.stances") == pytest.approx(0.8)
    assert value(report, "cluster.precision.stances") == 1.0
    assert value(report, "cluster.recall.stances") == pytest.approx(2 / 3)
    assert report.metric("cluster.f1.figures") is None
    assert report.metric("cluster.precision.figures") is None
    assert value(evaluate(gold, perfect(gold)), "cluster.f1.stances") == 1.0
