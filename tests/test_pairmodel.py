"""The learned pair scorer: the model file, its use in clustering, and `claimtrack train`."""

from __future__ import annotations

import json
import math
import re
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.cluster import ClusterSettings, explain_similarity, pair_features, veto
from claimtrack.options import Options
from claimtrack.pairmodel import FIGURES, STANCES, LinearScorer, PairModel, load_model
from claimtrack.tracker import evaluate_dir
from claimtrack.training import cluster_f1, read_folder, train_pair_model

from .test_cluster import (
    EN_NK_DENIES,
    EN_NK_TROOPS,
    FR_MINISTRY_107K,
    FR_NK_ACCUSED,
    FR_NK_TROOPS,
    FR_PARIS_13K,
    Said,
    profile,
)

ROOT = Path(__file__).resolve().parent.parent
RULES = ClusterSettings.load(scorer="rules")
LEARNED = ClusterSettings.load(scorer="learned")


def test_linear_scorer_is_a_logistic_of_the_standardised_features() -> None:
    scorer = LinearScorer(
        features=("place", "value"),
        mean=(0.5, 0.0),
        scale=(0.5, 2.0),
        weights=(2.0, -1.0),
        intercept=0.25,
        threshold=0.5,
    )
    z = 0.25 + 2.0 * (1.0 - 0.5) / 0.5 - 1.0 * (1.0 - 0.0) / 2.0
    assert scorer.probability({"place": 1.0, "value": 1.0}) == pytest.approx(1 / (1 + math.exp(-z)))
    # a feature the pair lacks counts as 0
    assert scorer.probability({"place": 1.0}) == pytest.approx(1 / (1 + math.exp(-2.25)))


def test_model_round_trips_through_its_data() -> None:
    model = load_model()
    again = PairModel.from_data(yaml.safe_load(yaml.safe_dump(model.to_data())))
    assert again == model


def test_bundled_model_weighs_only_features_the_pairs_have() -> None:
    model = load_model()
    names = set(pair_features(profile(FR_NK_TROOPS), profile(EN_NK_TROOPS), RULES))
    for name in (FIGURES, STANCES):
        assert set(model.scorers[name].features) <= names
        assert 0 < model.scorers[name].threshold < 1
    assert len(model.trained_on) >= 8


def test_learned_scorer_groups_a_translation() -> None:
    settings = ClusterSettings.load()
    assert settings.scorer == "hybrid"  # the default (data/cluster.yaml)
    scorer = load_model().scorer(figures=True)
    same = scorer.probability(pair_features(profile(FR_NK_TROOPS), profile(EN_NK_TROOPS), LEARNED))
    assert same >= scorer.threshold


def test_vetoed_pair_has_no_features() -> None:
    # 107 000 in France and 13 000 in Paris: two scopes, never one claim
    with pytest.raises(ValueError, match="vetoed"):
        pair_features(profile(FR_MINISTRY_107K), profile(FR_PARIS_13K), LEARNED)


def test_train_writes_a_model_clustering_can_use(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "desk.yaml"
    gold = str(ROOT / "tests" / "devset4")
    result = runner.invoke(app, ["train", gold, "-o", str(out)], env=cli_env)
    assert result.exit_code == 0, result.output
    assert "Fitted on" in result.output and "desk.yaml" in result.output
    model = load_model(str(out))
    assert model.trained_on == ("devset4",)
    result = runner.invoke(
        app,
        ["--set", "scorer=learned", "--set", f"pair_model={out}", "eval", gold],
        env=cli_env,
    )
    assert result.exit_code == 0, result.output
    assert "cluster.f1" in result.output


def test_train_says_why_it_cannot_learn(runner: CliRunner, cli_env: dict[str, str]) -> None:
    # the bundled corpus is five articles on one story: too few pairs of figures
    result = runner.invoke(app, ["train", str(ROOT / "corpus"), "-o", "x.yaml"], env=cli_env)
    assert result.exit_code == 1
    assert "Too few figures pairs" in result.output
    assert "Traceback" not in result.output


HOSPITAL_TOLL = Said(
    "en",
    "The health ministry said 412 people had died in the flooding.",
    "The health ministry",
    "health ministry",
    figure="412",
    value=412,
    unit="deaths",
    published="2026-10-16",
    title="Floods: death toll reaches 412",
)
RESCUERS_ACCUSE = Said(
    "en",
    "Rescue workers accused the ministry of ignoring flood warnings for days.",
    "Rescue workers",
    "rescue workers",
    kind="accusation",
    published="2026-10-17",
    title="Floods: rescuers dispute official toll",
)


def test_a_stance_off_the_figure_measure_is_weighed_not_vetoed() -> None:
    figure, stance = profile(HOSPITAL_TOLL), profile(RESCUERS_ACCUSE)
    assert veto(figure, stance, RULES) == "stance about another measure"
    features = pair_features(figure, stance, LEARNED)
    assert features["stance_off_measure"] == 1.0
    assert features["rule"] == 0.0


def test_explanation_names_the_scorer_used() -> None:
    a, b = profile(FR_NK_ACCUSED), profile(EN_NK_DENIES)
    hybrid = explain_similarity(a, b, ClusterSettings.load())
    assert hybrid["scorer"] == "hybrid"
    stance_model = load_model().scorer(figures=False)
    assert hybrid["score"] == pytest.approx(stance_model.probability(pair_features(a, b, LEARNED)))
    assert hybrid["threshold"] == stance_model.threshold
    rules = explain_similarity(a, b, RULES)
    assert rules["score"] == rules["similarity"]


def test_training_reports_each_step(tmp_path: Path) -> None:
    steps: list[tuple[int, int, str]] = []
    model, examples = train_pair_model(
        [ROOT / "tests" / "devset5"], RULES, tmp_path / "m.yaml", lambda *s: steps.append(s)
    )
    assert examples > 0 and (tmp_path / "m.yaml").is_file()
    total = steps[0][1]
    assert [done for done, _, _ in steps] == list(range(1, total + 1))
    assert steps[0][2] == "devset5"
    assert steps[-1][2].startswith("stances threshold")
    # the thresholds kept are among those tried
    tried = {float(name.rsplit(" ", 1)[1]) for _, _, name in steps[1:]}
    assert {model.scorers[FIGURES].threshold, model.scorers[STANCES].threshold} <= tried


def test_train_without_scikit_learn_says_how_to_install_it(
    runner: CliRunner, cli_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "sklearn" else real(name, *a)
    )
    result = runner.invoke(
        app, ["train", str(ROOT / "tests" / "devset4"), "-o", "x.yaml"], env=cli_env
    )
    assert result.exit_code == 1
    assert "pip install 'claimtrack[train]'" in result.output
    assert "Traceback" not in result.output


UNUSABLE_MODELS = {
    "missing file": None,
    "broken YAML": "figures: [1, 2\nstances: {\n",
    "not a model": "figures:\n  threshold: 0.2\n",
    "empty file": "",
}
CLUSTERING_COMMANDS = {
    "ingest": ["ingest", str(ROOT / "corpus" / "000-cooperation-nord-coreenne-avec-la-russie.txt")],
    "eval": ["eval", str(ROOT / "tests" / "devset4")],
    "recluster": ["recluster"],
    "demo": ["demo"],
}


@pytest.mark.parametrize("command", CLUSTERING_COMMANDS)
@pytest.mark.parametrize("model", UNUSABLE_MODELS)
def test_an_unusable_pair_model_is_one_clean_error(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path, model: str, command: str
) -> None:
    path = tmp_path / "model.yaml"
    if UNUSABLE_MODELS[model] is not None:
        path.write_text(UNUSABLE_MODELS[model], encoding="utf-8")
    args = ["--set", f"pair_model={path}", *CLUSTERING_COMMANDS[command]]
    result = runner.invoke(app, args, env=cli_env)
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [result.output.strip()]  # one line
    assert f"pair model {path}" in result.output
    assert "Traceback" not in result.output


def devset4_with_a_reprint(tmp_path: Path) -> Path:
    """devset4 and a wire story reprinted two days later by another outlet (annotated as
    the original is): the reprint's claims are copies, which evaluation sets aside."""
    folder = tmp_path / "devset4-reprint"
    shutil.copytree(ROOT / "tests" / "devset4", folder)
    original = "07_en_reuters_cycling-doping-agency-leak.txt"
    reprint = "13_en_courier_cycling-doping-agency-leak.txt"
    text = (folder / "articles" / original).read_text(encoding="utf-8")
    published = re.search(r'date: "([\d-]+)"', text).group(1)  # type: ignore[union-attr]
    later = (date.fromisoformat(published) + timedelta(days=2)).isoformat()
    (folder / "articles" / reprint).write_text(text.replace(published, later), encoding="utf-8")
    gold = folder / "gold.jsonl"
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    copies = [{**r, "article": reprint} for r in records if r["article"] == original]
    gold.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records + copies),
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    "settings",
    [
        pytest.param({}, id="defaults"),
        pytest.param({"scorer": "rules"}, id="rules"),
        pytest.param({"stance_threshold": 0.99, "threshold": 0.99}, id="strict-rules"),
    ],
)
def test_clustering_a_read_folder_again_scores_as_eval_does(
    tmp_path: Path, settings: dict[str, Any]
) -> None:
    """`training.cluster_f1` (claims read once, clusters in memory) gives the cluster F1 of
    `claimtrack eval` (ingest into a database), copies set aside alike."""
    folder = devset4_with_a_reprint(tmp_path)
    report = evaluate_dir(folder, Options(settings=settings))
    assert report.counts["predicted_copies_set_aside"] > 0
    memory = cluster_f1(read_folder(folder), ClusterSettings.load(**settings))
    assert memory == report.metrics["all"]["cluster.f1"].value
