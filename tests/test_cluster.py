"""Clustering claims on what they are about (claimtrack.cluster)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import pytest

from claimtrack.cluster import (
    ANSWER_ITEM,
    ClaimProfile,
    ClusterSettings,
    _different_acts,
    article_names,
    article_story,
    best_match,
    content_words,
    explain_similarity,
    figure_sides,
    find_dates,
    fold,
    follow_targets,
    merge_profiles,
    name_key,
    one_measure,
    pair_features,
    party_keys,
    profile_article,
    profile_claim,
    proper_names,
    side_words,
    similarity,
    tables,
    veto,
    word_key,
)
from claimtrack.model import Article, Attribution, Claim, Figure
from claimtrack.tracker import cluster_in_memory
from tests.extract_cases import sentence_figure_claims

SETTINGS = ClusterSettings.load()


@dataclass(frozen=True)
class Said:
    """A claim as a test writes it: the sentence, who says it, and the figure's text."""

    lang: str
    sentence: str
    source: str
    canonical: str
    figure: str | None = None  # the figure as written in the sentence
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # canonical unit, as the normaliser writes it (units.yaml)
    kind: str = "figure"
    polarity: str = "affirm"
    published: str | None = None
    title: str | None = None
    context: str | None = None


def make_claim(said: Said) -> Claim:
    """A Claim with offsets computed from the sentence (sentence starts at offset 100)."""
    base = 100
    figure = None
    if said.figure is not None:
        at = said.sentence.index(said.figure)
        figure = Figure(
            value=said.value,
            low=said.low,
            high=said.high,
            unit=None,
            unit_canonical=said.unit,
            approx=said.low is not None or said.high is not None,
            text=said.figure,
            start=base + at,
            end=base + at + len(said.figure),
        )
    source_at = said.sentence.find(said.source)
    return Claim(
        sentence=said.sentence,
        start=base,
        end=base + len(said.sentence),
        kind=said.kind if figure is not None or said.kind != "figure" else "statement",
        polarity=said.polarity,
        hedged=False,
        attribution=Attribution(
            source=said.source,
            canonical=said.canonical,
            start=base + source_at if source_at >= 0 else None,
            end=base + source_at + len(said.source) if source_at >= 0 else None,
        ),
        figure=figure,
    )


def profile(said: Said) -> ClaimProfile:
    return profile_claim(
        make_claim(said), said.lang, said.published, context=said.context, title=said.title
    )


def same_claim(a: Said, b: Said) -> bool:
    """Whether two claims end up in one cluster, the way the service layer decides it."""
    labels = cluster_in_memory([profile(a), profile(b)], SETTINGS)
    return labels[0] == labels[1]


# --- French claims ---------------------------------------------------------------------------

STRIKE_TITLE = "Manifestations pour les salaires : 107 000 participants en France"
FR_MINISTRY_107K = Said(
    "fr",
    "La journée interprofessionnelle de grève du mardi 18 octobre 2022, a rassemblé 107.000 "
    "manifestants à travers la France, selon les chiffres communiqués par le ministère de "
    "l'Intérieur, alors que la CGT en a dénombré 300.000.",
    "le ministère de l'Intérieur",
    "French Interior Ministry",
    "107.000",
    107000,
    unit="protesters",
    published="2022-10-18",
    title=STRIKE_TITLE,
)
FR_CGT_300K = Said(
    "fr",
    "La CGT a pour sa part dénombré 300 000 manifestants en France, dont 70 000 à Paris, qui "
    "ont pris le départ peu après 14h de la place d'Italie.",
    "La CGT",
    "CGT",
    "300 000",
    300000,
    unit="protesters",
    published="2022-10-18",
    title="Grève du 18 octobre : 107 000 manifestants en France dont 13 000 à Paris",
)
FR_CGT_70K_PARIS = Said(**{**FR_CGT_300K.__dict__, "figure": "70 000", "value": 70000})
FR_FRANCE_107K = Said(
    "fr",
    "Des manifestations qui ont réuni 107.000 participants en France, dont 13.000 à Paris, "
    "selon le ministère de l'Intérieur, tandis que la CGT a annoncé 300.000 participants.",
    "le ministère de l'Intérieur",
    "French Interior Ministry",
    "107.000",
    107000,
    unit="protesters",
    published="2022-10-18",
    title=STRIKE_TITLE,
)
FR_PARIS_13K = Said(**{**FR_FRANCE_107K.__dict__, "figure": "13.000", "value": 13000})
FR_SEPT29 = Said(
    "fr",
    "Le 29 septembre dernier, la journée de grève interprofessionnelle avait rassemblé 118 500 "
    "personnes, dont 13 500 à Paris d'après la police.",
    "la police",
    "French Interior Ministry",
    "118 500",
    118500,
    unit="people",
    published="2022-10-19",
    title=STRIKE_TITLE,
)
DERNA_TITLE = "Libye : le Croissant-Rouge accuse l'ONU de gonfler les chiffres à Derna"
FR_REDCRESCENT_DENIES = Said(
    "fr",
    "Le Croissant-Rouge libyen a démenti le bilan de 11 300 morts suite aux inondations de Derna.",
    "Le Croissant-Rouge libyen",
    "Libyan Red Crescent",
    "11 300",
    11300,
    unit="deaths",
    polarity="deny",
    published="2023-09-17",
    title=DERNA_TITLE,
)
FR_OCHA_11300 = Said(
    "fr",
    "« Selon le Croissant-Rouge libyen, ces inondations sans précédent ont fait environ 11 300 "
    "morts et 10 100 disparus dans la seule ville de Derna ».",
    "le Croissant-Rouge libyen",
    "UN OCHA",
    "11 300",
    11300,
    unit="deaths",
    published="2023-09-17",
    title=DERNA_TITLE,
)
FR_DERNA_DEATHS_2300 = Said(
    "fr",
    "Selon leur porte-parole, Oussama Ali, la tempête a fait au moins 2 300 morts et 7 000 "
    "blessés rien que dans la ville de Derna, clairement la plus durement touchée.",
    "leur porte-parole, Oussama Ali",
    "Libyan emergency services (Tripoli government)",
    "2 300",
    2300,
    low=2300,
    unit="deaths",
    published="2023-09-12",
    title="Tempête Daniel en Libye : la communauté internationale s'organise",
)
FR_DERNA_INJURED_7000 = Said(
    **{**FR_DERNA_DEATHS_2300.__dict__, "figure": "7 000", "value": 7000, "unit": "injured"}
)
FR_DERNA_5200 = Said(
    "fr",
    "Le gouvernement de l'est, rival de celui de Tripoli, avance un bilan encore plus lourd : il "
    "affirme que plus de 5 200 personnes ont péri à Derna.",
    "Le gouvernement de l'est",
    "Eastern Libyan government",
    "5 200",
    5200,
    low=5200,
    unit="deaths",
    published="2023-09-12",
    title="Tempête Daniel en Libye : la communauté internationale s'organise",
)
FR_EAST_3840 = Said(
    "fr",
    "Selon un dernier bilan du porte-parole du ministère de l'Intérieur du gouvernement de "
    "l'Est, le lieutenant Tarek al-Kharraz, 3.840 morts ont été recensé.",
    "porte-parole du ministère de l'Intérieur du gouvernement de l'Est, le lieutenant Tarek "
    "al-Kharraz",
    "Eastern Libyan interior ministry",
    "3.840",
    3840,
    unit="deaths",
    published="2023-09-14",
    title="Libye : le bilan des morts ne cesse de s'alourdir à Derna",
)
FR_MOROCCO_QUAKE = Said(
    "fr",
    "Le séisme a fait 2 946 morts, selon un nouveau bilan du ministère de l'Intérieur.",
    "du ministère de l'Intérieur",
    "Moroccan Interior Ministry",
    "2 946",
    2946,
    unit="deaths",
    published="2023-09-13",
    title="Séisme au Maroc : le bilan dépasse les 2 900 morts",
)
FR_PARIS_MAYDAY = Said(
    "fr",
    "112.000 personnes ont défilé ce lundi 1er mai à Paris, selon la préfecture de police – "
    "94 000 selon le cabinet Occurrence.",
    "la préfecture de police",
    "Paris Police Prefecture",
    "112.000",
    112000,
    unit="people",
    published="2023-05-01",
)
FR_2002_CONTEXT = Said(
    "fr",
    'A l\'époque, 1,3 million de personnes (selon la police) avaient défilé pour dire "non" à '
    "la qualification de Jean-Marie Le Pen au second tour de l'élection présidentielle.",
    "la police",
    "French Interior Ministry",
    "1,3 million",
    1300000,
    unit="people",
    published="2023-05-02",
    context="Les chiffres de la cuvée 2023 font de cette mobilisation du 1er-Mai la plus massive "
    "depuis 2002.",
)
FR_MAYDAY_2023 = Said(
    "fr",
    "Entre 782 000 personnes, selon le ministère de l'Intérieur, et 2,3 millions d'après la "
    "CGT, ont manifesté dans toute la France, ce lundi 1er mai.",
    "le ministère de l'Intérieur",
    "French Interior Ministry",
    "782 000",
    782000,
    unit="people",
    published="2023-05-02",
)
FR_NK_ACCUSED = Said(
    "fr",
    "La Corée du Nord a été accusée par les États-Unis et la Corée du Sud d'avoir fourni des "
    "armes et des munitions à la Russie pour sa guerre en Ukraine.",
    "les États-Unis et la Corée du Sud",
    "United States",
    kind="accusation",
    published="2024-10-04",
)
FR_NK_DENIES = Said(
    "fr",
    "Pyongyang nie ces accusations de livraisons d'armes à Moscou.",
    "Pyongyang",
    "North Korea",
    kind="denial",
    polarity="deny",
    published="2024-10-05",
)
FR_NK_TROOPS = Said(
    "fr",
    "Selon le Pentagone, environ 10 000 soldats nord-coréens ont été déployés en Russie.",
    "le Pentagone",
    "Pentagon",
    "10 000",
    10000,
    unit="soldiers",
    published="2024-10-29",
)

# --- English claims --------------------------------------------------------------------------

GAZA_TITLE = "US intelligence estimates 100-300 killed in Gaza hospital strike"
EN_CIVIL_DEFENCE_300 = Said(
    "en",
    "A Gaza civil defence chief said 300 people were killed and a health ministry official said "
    "500 were killed.",
    "A Gaza civil defence chief",
    "Gaza Civil Defence",
    "300",
    300,
    unit="deaths",
    published="2023-10-18",
    title="Hundreds killed in Gaza hospital blast, West Bank protests flare",
)
EN_OFFICIALS_471 = Said(
    "en",
    "Palestinian officials said 471 people were killed in the blast at Al-Ahli al-Arabi Hospital "
    "late on Tuesday.",
    "Palestinian officials",
    "Gaza Health Ministry",
    "471",
    471,
    unit="deaths",
    published="2023-10-19",
    title="US intelligence report estimates Gaza hospital blast death toll at 100-300",
)
EN_US_INTEL_RANGE = Said(
    "en",
    "US intelligence estimates 100-300 killed in Gaza hospital strike",
    "US intelligence",
    "US intelligence community",
    "100-300",
    None,
    low=100,
    high=300,
    unit="deaths",
    published="2023-10-19",
    title=GAZA_TITLE,
)
EN_BLAME_AIRSTRIKE = Said(
    "en",
    "Meanwhile, the Hamas-run Gaza Health Ministry said that an Israeli airstrike was "
    "responsible for the bombing.",
    "the Hamas-run Gaza Health Ministry",
    "Gaza Health Ministry",
    kind="accusation",
    published="2023-10-18",
)
EN_US_NOT_ISRAEL = Said(
    "en",
    "“We judge that Israel was not responsible,” said the unclassified U.S. intelligence report.",
    "the unclassified U.S. intelligence report",
    "US intelligence community",
    kind="statement",
    polarity="deny",
    published="2023-10-19",
)
EN_BLAME_ROCKET = Said(
    "en",
    "Hamas has accused an Israeli air strike for the killings, while Israeli army has blamed a "
    "misfired rocket from another Palestinian militant group, Islamic Jihad.",
    "Israeli army",
    "Israel (government/IDF)",
    kind="accusation",
    published="2023-10-19",
)
EN_PIJ_DENIES = Said(
    "en",
    "However, the group denied responsibility of the bombing.",
    "the group",
    "Palestinian Islamic Jihad",
    kind="denial",
    polarity="deny",
    published="2023-10-18",
)
EN_NK_TROOPS = Said(
    "en",
    "Around 10,000 North Korean troops have been deployed to Russia, the Pentagon said.",
    "the Pentagon",
    "Pentagon",
    "10,000",
    10000,
    unit="soldiers",
    published="2024-10-29",
)
EN_NK_ACCUSED = Said(
    "en",
    "North Korea has been accused by Washington and Seoul of supplying arms and ammunition to "
    "Russia for its war in Ukraine.",
    "Washington and Seoul",
    "United States",
    kind="accusation",
    published="2024-10-04",
)
EN_NK_DENIES = Said(
    "en",
    "Pyongyang has denied the accusations of arms transfers to Moscow.",
    "Pyongyang",
    "North Korea",
    kind="denial",
    polarity="deny",
    published="2024-10-05",
)
EN_OCHA_DERNA = Said(
    "en",
    "Floods killed about 11,300 people in the city of Derna alone, the UN said, citing the "
    "Libyan Red Crescent.",
    "the UN",
    "UN OCHA",
    "11,300",
    11300,
    unit="deaths",
    published="2023-09-16",
    title="Libya floods: UN says 11,300 dead in Derna",
)
EN_PARIS_MAYDAY = Said(
    "en",
    "Some 112,000 people marched in Paris on Monday, May 1, according to the police prefecture.",
    "the police prefecture",
    "Paris Police Prefecture",
    "112,000",
    112000,
    unit="protesters",
    published="2023-05-01",
)
EN_GAZA_471 = Said(
    "en",
    "Gaza officials have said at least 471 people were killed in the blast, with more than 300 "
    "wounded.",
    "Gaza officials",
    "Gaza Health Ministry",
    "471",
    471,
    low=471,
    unit="deaths",
    published="2023-10-19",
    title=GAZA_TITLE,
)
FR_GAZA_471 = Said(
    "fr",
    "Le ministère de la Santé du Hamas a fait état de 471 morts dans l'explosion de l'hôpital "
    "Ahli Arab à Gaza.",
    "Le ministère de la Santé du Hamas",
    "Gaza Health Ministry",
    "471",
    471,
    unit="deaths",
    published="2023-10-19",
    title="Explosion d'un hôpital à Gaza : le renseignement américain estime le bilan à 100-300"
    " morts",
)

MUST_CLUSTER = [
    pytest.param(FR_MINISTRY_107K, FR_CGT_300K, id="fr-turnout-ministry-vs-cgt"),
    pytest.param(FR_FRANCE_107K, FR_MINISTRY_107K, id="fr-turnout-same-figure-two-sentences"),
    pytest.param(FR_PARIS_13K, FR_CGT_70K_PARIS, id="fr-turnout-paris"),
    pytest.param(FR_REDCRESCENT_DENIES, FR_OCHA_11300, id="fr-denied-figure-with-its-claim"),
    pytest.param(FR_DERNA_DEATHS_2300, FR_DERNA_5200, id="fr-derna-tolls"),
    pytest.param(FR_NK_ACCUSED, FR_NK_DENIES, id="fr-accusation-vs-denial"),
    pytest.param(EN_CIVIL_DEFENCE_300, EN_OFFICIALS_471, id="en-gaza-tolls"),
    pytest.param(EN_OFFICIALS_471, EN_US_INTEL_RANGE, id="en-gaza-toll-vs-range"),
    pytest.param(EN_BLAME_AIRSTRIKE, EN_US_NOT_ISRAEL, id="en-accusation-vs-third-party-denial"),
    pytest.param(EN_NK_ACCUSED, EN_NK_DENIES, id="en-accusation-vs-denial"),
    pytest.param(FR_NK_TROOPS, EN_NK_TROOPS, id="cross-troops"),
    pytest.param(FR_NK_ACCUSED, EN_NK_DENIES, id="cross-accusation-vs-denial"),
    pytest.param(EN_NK_ACCUSED, FR_NK_DENIES, id="cross-accusation-vs-denial-2"),
    pytest.param(FR_REDCRESCENT_DENIES, EN_OCHA_DERNA, id="cross-derna-denied-figure"),
    pytest.param(FR_PARIS_MAYDAY, EN_PARIS_MAYDAY, id="cross-paris-mayday"),
    pytest.param(FR_GAZA_471, EN_US_INTEL_RANGE, id="cross-gaza-toll"),
    pytest.param(FR_GAZA_471, EN_GAZA_471, id="cross-gaza-same-figure"),
    pytest.param(EN_BLAME_ROCKET, EN_PIJ_DENIES, id="en-rocket-blame-vs-pij-denial"),
]

MUST_NOT_CLUSTER = [
    pytest.param(FR_FRANCE_107K, FR_PARIS_13K, id="fr-france-is-not-paris"),
    pytest.param(FR_SEPT29, FR_MINISTRY_107K, id="fr-29-september-is-not-18-october"),
    pytest.param(FR_DERNA_DEATHS_2300, FR_DERNA_INJURED_7000, id="fr-deaths-are-not-injured"),
    pytest.param(FR_EAST_3840, FR_DERNA_5200, id="fr-unscoped-toll-is-not-derna-only"),
    pytest.param(FR_EAST_3840, FR_MOROCCO_QUAKE, id="fr-two-disasters-same-week"),
    pytest.param(FR_2002_CONTEXT, FR_MAYDAY_2023, id="fr-2002-recalled-is-not-2023"),
    pytest.param(EN_BLAME_AIRSTRIKE, EN_BLAME_ROCKET, id="en-airstrike-is-not-rocket"),
    pytest.param(EN_CIVIL_DEFENCE_300, FR_EAST_3840, id="cross-gaza-is-not-libya"),
    pytest.param(FR_NK_TROOPS, EN_NK_ACCUSED, id="cross-troops-figure-is-not-arms-accusation"),
    pytest.param(FR_PARIS_MAYDAY, FR_MAYDAY_2023, id="fr-paris-is-not-france-mayday"),
]


@pytest.mark.parametrize(("a", "b"), MUST_CLUSTER)
def test_same_claim_clusters(a: Said, b: Said) -> None:
    assert same_claim(a, b), similarity(profile(a), profile(b), SETTINGS)
    assert same_claim(b, a)


@pytest.mark.parametrize(("a", "b"), MUST_NOT_CLUSTER)
def test_different_claims_stay_apart(a: Said, b: Said) -> None:
    assert not same_claim(a, b), similarity(profile(a), profile(b), SETTINGS)
    assert not same_claim(b, a)


@pytest.mark.parametrize(
    ("said", "place", "date", "strength"),
    [
        (FR_PARIS_13K, "Paris", "2022-10-18", "published"),
        (FR_FRANCE_107K, "France", "2022-10-18", "published"),
        (FR_SEPT29, None, "2022-09-29", "explicit"),
        (FR_MINISTRY_107K, "France", "2022-10-18", "explicit"),
        (FR_2002_CONTEXT, None, "2002", "explicit"),
        (FR_DERNA_INJURED_7000, "Derna", "2023-09-12", "published"),
        (FR_EAST_3840, None, "2023-09-14", "published"),
        (EN_OCHA_DERNA, "Derna", "2023-09-16", "published"),
        (EN_PARIS_MAYDAY, "Paris", "2023-05-01", "explicit"),
    ],
)
def test_profile_scope(said: Said, place: str | None, date: str, strength: str) -> None:
    got = profile(said)
    assert got.places == ((place,) if place else ())
    assert (got.event_date, got.date_strength) == (date, strength)


@pytest.mark.parametrize(
    ("said", "measure"),
    [
        (FR_SEPT29, "turnout"),  # "personnes" is generic: "avait rassemblé" decides
        (FR_DERNA_5200, "deaths"),
        (FR_MAYDAY_2023, "turnout"),
        (EN_NK_TROOPS, "troops"),
        (EN_GAZA_471, "deaths"),
    ],
)
def test_profile_measure(said: Said, measure: str) -> None:
    assert profile(said).measure == measure


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        ("fr", "du mardi 18 octobre 2022", "2022-10-19", [("2022-10-18", "explicit")]),
        ("fr", "ce lundi 1er mai", "2023-05-02", [("2023-05-01", "explicit")]),
        ("fr", "a manifesté lundi", "2023-05-03", [("2023-05-01", "relative")]),
        ("fr", "la plus massive depuis 2002", "2023-05-02", []),
        ("fr", "le 29 décembre dernier", "2023-01-05", [("2022-12-29", "explicit")]),
        ("en", "on Tuesday (Oct 17)", "2023-10-19", [("2023-10-17", "explicit")]),
        ("en", "was killed yesterday", "2023-10-19", [("2023-10-18", "relative")]),
        ("en", "on May 1, 2023", None, [("2023-05-01", "explicit")]),
        ("en", "1,400 people", "2023-10-19", []),
    ],
)
def test_find_dates(lang: str, text: str, published: str | None, expected: list) -> None:
    found = find_dates(fold(text), tables(lang), published)
    assert sorted((d.iso, d.strength) for d in found) == sorted(expected)


def test_profile_json_round_trip() -> None:
    original = profile(FR_OCHA_11300)
    import json

    data = json.loads(json.dumps(original.to_json()))
    assert ClaimProfile.from_json(data) == original


def test_blocking_keys_shared_across_languages() -> None:
    assert set(profile(FR_NK_TROOPS).block_keys) & set(profile(EN_NK_TROOPS).block_keys)
    assert "measure:troops" in profile(FR_NK_TROOPS).block_keys


def test_source_words_do_not_drive_similarity() -> None:
    """Two figures on different things by the same source in the same words stay apart."""
    a = profile(FR_DERNA_DEATHS_2300)
    b = profile(FR_DERNA_INJURED_7000)
    assert similarity(a, b, SETTINGS) == 0.0


STREAM = [
    FR_MINISTRY_107K,
    FR_PARIS_13K,
    FR_CGT_300K,
    FR_SEPT29,
    FR_REDCRESCENT_DENIES,
    EN_OCHA_DERNA,
    FR_DERNA_INJURED_7000,
    EN_CIVIL_DEFENCE_300,
    EN_BLAME_AIRSTRIKE,
    FR_NK_TROOPS,
    EN_NK_TROOPS,
]


def test_adding_claims_keeps_existing_assignments() -> None:
    profiles = [profile(s) for s in STREAM]
    before = cluster_in_memory(profiles, SETTINGS)
    for extra in (FR_FRANCE_107K, EN_OFFICIALS_471, FR_EAST_3840, EN_NK_ACCUSED):
        after = cluster_in_memory([*profiles, profile(extra)], SETTINGS)
        assert after[: len(before)] == before


def test_best_match_ignores_candidate_order() -> None:
    target = profile(FR_CGT_300K)
    candidates = [(7, profile(FR_MINISTRY_107K)), (3, profile(FR_FRANCE_107K))]
    assert best_match(target, candidates, SETTINGS) == 3
    assert best_match(target, list(reversed(candidates)), SETTINGS) == 3
    assert best_match(profile(FR_PARIS_13K), candidates, SETTINGS) is None


def test_merged_representative_keeps_scope() -> None:
    representative = profile(FR_MINISTRY_107K)
    merged = merge_profiles(representative, profile(FR_CGT_300K))
    assert merged.places == representative.places
    assert merged.measure == representative.measure
    assert set(representative.block_keys) <= set(merged.block_keys)


FR_CGT_CONTINUES = Said(
    "fr",
    "De son côté, la CGT avance le chiffre de 550.000 personnes.",
    "la CGT",
    "CGT",
    "550.000",
    550000,
    unit="people",
    published="2023-05-01",
    context="112.000 personnes ont défilé ce lundi 1er mai à Paris, selon la préfecture de police "
    "– 94 000 selon le cabinet Occurrence.",
)


def test_continuation_takes_the_previous_sentence_place() -> None:
    assert profile(FR_CGT_CONTINUES).places == ("Paris",)
    assert same_claim(FR_PARIS_MAYDAY, FR_CGT_CONTINUES)
    without_context = Said(**{**FR_CGT_CONTINUES.__dict__, "context": None})
    assert profile(without_context).places == ()


def test_figure_whose_text_is_not_in_the_sentence_is_still_a_figure() -> None:
    claim = make_claim(FR_OCHA_11300)
    assert claim.figure is not None
    moved = Claim(
        **{
            **{f: getattr(claim, f) for f in claim.__slots__},
            "figure": Figure(11300, None, None, None, "deaths", True, "onze mille", 0, 5),
        }
    )
    got = profile_claim(moved, "fr", "2023-09-17")
    assert got.kind == "figure"
    assert got.measure == "deaths"
    assert got.places == ("Derna",)


def article_claims(*said: Said) -> list[Claim]:
    return [make_claim(s) for s in said]


FR_RC_HEADLINE_DENIAL = Said(
    "fr",
    "Le Croissant-Rouge dément l’ONU",
    "Le Croissant-Rouge",
    "Libyan Red Crescent",
    kind="denial",
    polarity="deny",
)
FR_RC_QUOTE_DENIAL = Said(
    "fr",
    "« Nous nous étonnons de voir notre nom mêlé à ces chiffres », a déploré Taoufik Chokri.",
    "Taoufik Chokri",
    "Libyan Red Crescent",
    kind="denial",
    polarity="deny",
)
FR_OCHA_OUTLOOK = Said(
    "fr",
    "« Ces chiffres devraient augmenter, alors que les équipes de recherche et de sauvetage "
    "travaillent sans relâche », poursuit l’ONU.",
    "l’ONU",
    "UN OCHA",
    kind="statement",
)
FR_HEALTH_MINISTER_DOUBTS = Said(
    "fr",
    "Othman Abdeljalil a répété que seul son ministère était habilité à communiquer le bilan "
    "des morts, mettant en doute la crédibilité d'une multitude de chiffres qui circulent.",
    "Othman Abdeljalil",
    "Eastern Libyan health ministry",
    kind="denial",
    polarity="deny",
)


def test_follow_targets() -> None:
    claims = article_claims(
        FR_REDCRESCENT_DENIES,  # 0: the Red Crescent denies the figure
        FR_OCHA_11300,  # 1
        FR_RC_HEADLINE_DENIAL,  # 2 -> 0 (same source denied a figure)
        FR_OCHA_OUTLOOK,  # 3 -> 1 ("ces chiffres")
        FR_RC_QUOTE_DENIAL,  # 4 -> 0
        FR_HEALTH_MINISTER_DOUBTS,  # 5: "Eastern Libyan health ministry" is not Libya
    )
    assert follow_targets(claims, "fr") == [None, None, 0, 1, 0, None]


def test_follow_targets_denial_answers_accusation() -> None:
    claims = article_claims(FR_NK_ACCUSED, FR_NK_TROOPS, FR_NK_DENIES)
    assert follow_targets(claims, "fr") == [None, None, 0]
    en = article_claims(EN_BLAME_AIRSTRIKE, EN_BLAME_ROCKET, EN_PIJ_DENIES)
    assert follow_targets(en, "en") == [None, None, 1]


def test_explicit_denies_index_wins() -> None:
    denial = Claim(**{**{f: getattr(make_claim(FR_NK_DENIES), f) for f in Claim.__slots__}})
    pointed = Claim(**{**{f: getattr(denial, f) for f in Claim.__slots__}, "denies": 1})
    claims = [make_claim(FR_NK_ACCUSED), make_claim(FR_NK_TROOPS), pointed]
    assert follow_targets(claims, "fr") == [None, None, 1]
    labels = cluster_in_memory(
        [profile_claim(c, "fr", "2024-10-05") for c in claims], SETTINGS, follows=[None, None, 1]
    )
    assert labels[2] == labels[1]


def test_empty_statement_does_not_join_a_figure_cluster() -> None:
    assert not same_claim(FR_OCHA_11300, FR_OCHA_OUTLOOK)


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        # a range of days is the week, at month precision
        ("fr", "entre le 13 et le 19 juillet", "2026-07-24", [("2026-07", "explicit")]),
        ("fr", "du 13 au 19 juillet", "2026-07-24", [("2026-07", "explicit")]),
        ("en", "in the week of 13-19 July", "2026-07-24", [("2026-07", "explicit")]),
        # a date that only bounds a period is not the event's date
        ("fr", "la canicule qui sévit depuis le 13 juillet", "2026-07-24", []),
        ("fr", "si la chaleur persiste jusqu'au 31 juillet", "2026-07-24", []),
        ("en", "the heatwave that has gripped Belgium since 13 July", "2026-07-24", []),
        # ... also when a season, a month or a part of the year stands before the year
        ("fr", "14.000 hectares ont été anéantis depuis le printemps 2024", "2026-09-08", []),
        ("fr", "le chômage a reculé depuis début 2025 dans la région", "2026-09-08", []),
        ("fr", "1 200 postes supprimés depuis mars 2025", "2026-09-08", []),
        ("en", "some 14,000 hectares destroyed since the spring of 2024", "2026-09-08", []),
        ("en", "prices have fallen 12% since early 2025", "2026-09-08", []),
        ("en", "output has doubled since late 2024", "2026-09-08", []),
        # a season alone dates the event
        (
            "fr",
            "la tempête du printemps 2024 avait fait 3 morts",
            "2026-09-08",
            [("2024", "explicit")],
        ),
        ("en", "the spring of 2024 brought 3 deaths", "2026-09-08", [("2024", "explicit")]),
    ],
)
def test_find_date_ranges_and_bounds(lang: str, text: str, published: str, expected: list) -> None:
    found = find_dates(fold(text), tables(lang), published)
    assert [(d.iso, d.strength) for d in found] == expected


@pytest.mark.parametrize(
    ("said", "measure"),
    [
        (
            Said(
                "fr",
                "Selon le Sdis 29, 14 personnes ont été blessées, dont 3 grièvement.",
                "le Sdis 29",
                "Finistere fire service",
                "3",
                3,
                unit="injured",
            ),
            "seriously-injured",
        ),
        (
            Said(
                "fr",
                "Selon le Sdis 29, 14 personnes ont été blessées, dont 3 grièvement.",
                "le Sdis 29",
                "Finistere fire service",
                "14",
                14,
                unit="injured",
            ),
            "injured",
        ),
        (
            Said(
                "fr",
                "« Au moins 20 salariés ont été pris en charge à l'hôpital », a affirmé un "
                "délégué syndical.",
                "un délégué syndical",
                "CGT",
                "20",
                20,
                low=20,
            ),
            "injured",
        ),
        (
            Said(
                "fr",
                "Le Oui a obtenu 53,2 % des voix, et le taux de participation s'est élevé à "
                "61,4 %, selon la présidente d'élection.",
                "la présidente d'élection",
                "returning officer",
                "61,4 %",
                61.4,
                unit="percent",
            ),
            "percent:turnout",
        ),
        (
            Said(
                "en",
                "The Yes side took 53.2 per cent of the vote, the returning officer said.",
                "the returning officer",
                "returning officer",
                "53.2 per cent",
                53.2,
                unit="percent",
            ),
            "percent:votes",
        ),
    ],
)
def test_measure_refined_by_the_clause(said: Said, measure: str) -> None:
    assert profile(said).measure == measure


def test_dateline_is_not_the_place_of_the_claim() -> None:
    said = Said(
        "en",
        "PARIS, Oct 14 (Reuters) - A fire tore through a chemical plant in Brittany on "
        "Wednesday, injuring 14 people, the fire service said.",
        "the fire service",
        "Finistere fire service",
        "14",
        14,
        unit="people",
        published="2026-10-14",
    )
    got = profile(said)
    assert got.places == ()
    assert got.measure == "injured"


FR_CGT_ACCUSES_ARMORICHIM = Said(
    "fr",
    "La direction d'Armorichim a été accusée par la CGT d'avoir ignoré pendant des mois les "
    "alertes sur une vanne défectueuse.",
    "la CGT",
    "CGT",
    kind="accusation",
    published="2026-10-15",
)
EN_CGT_ACCUSES_ARMORICHIM = Said(
    "en",
    "A CGT representative accused Armorichim's management of ignoring months of warnings about "
    "a faulty valve.",
    "A CGT representative",
    "CGT",
    kind="accusation",
    published="2026-10-14",
)
FR_ARMORICHIM_POLLUTION = Said(
    "fr",
    "Les services de l'Etat assurent qu'aucune pollution n'a été relevée autour du site "
    "d'Armorichim.",
    "Les services de l'Etat",
    "Finistere prefecture",
    kind="statement",
    polarity="deny",
    published="2026-10-15",
)


def test_proper_names_tie_languages_together() -> None:
    assert name_key("armorichim") in profile(FR_CGT_ACCUSES_ARMORICHIM).names
    assert name_key("armorichim") in profile(EN_CGT_ACCUSES_ARMORICHIM).names
    assert same_claim(FR_CGT_ACCUSES_ARMORICHIM, EN_CGT_ACCUSES_ARMORICHIM)


@pytest.mark.xfail(
    reason="the learned stance scorer (threshold 0.2) joins two stances of one story that "
    "name one firm and no act in common (negligence / no pollution); the rules alone keep "
    "them apart (similarity 0.45 < 0.61)",
    strict=True,
)
def test_the_same_firm_in_another_dispute_is_not_enough() -> None:
    assert not same_claim(FR_CGT_ACCUSES_ARMORICHIM, FR_ARMORICHIM_POLLUTION)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "fr",
            "Le maire de Landivern, Yannick Quéré, a indiqué",
            {"landivern", "yannick", "quere"},
        ),
        ("fr", "Selon le DGEQ et la CGT, rien", {"dgeq", "cgt"}),
        ("en", "The company denied it, Reuters reported on Monday.", set()),
        ("en", "Lithium Boréal called that claim pure invention.", {"boreal"}),
    ],
)
def test_proper_names(lang: str, text: str, names: set[str]) -> None:
    assert proper_names(text, lang) == names


FR_PDG_DENIES = Said(
    "fr",
    "Le PDG du groupe, Marc Delestre, a démenti toute négligence.",
    "Le PDG du groupe, Marc Delestre",
    "Armorichim (company)",
    kind="denial",
    polarity="deny",
)
FR_PDG_QUOTE = Said(
    "fr",
    "« Notre site a été contrôlé en mars par les services de l'Etat, sans aucune réserve », "
    "a-t-il déclaré à l'AFP.",
    "il",
    "Armorichim (company)",
    kind="denial",
    polarity="deny",
)
EN_MAYOR_ALSO = Said(
    "en",
    "He also denied that the town hall had closed polling stations early.",
    "He",
    "Armorichim (company)",
    kind="denial",
    polarity="deny",
)
FR_MAYOR_REJECTS = Said(
    "fr",
    "Le maire Denis Lapointe rejette ces accusations.",
    "Le maire Denis Lapointe",
    "Lac-Sauvin mayor (Denis Lapointe)",
    kind="denial",
    polarity="deny",
)


def test_follow_targets_quotes_and_pointers() -> None:
    claims = article_claims(
        FR_CGT_ACCUSES_ARMORICHIM,  # 0
        FR_PDG_DENIES,  # 1 -> 0: denial right after the accusation
        FR_PDG_QUOTE,  # 2 -> 1: the quote goes on ("a-t-il déclaré")
        FR_PARIS_13K,  # 3
        FR_SEPT29,  # 4
        FR_MINISTRY_107K,  # 5
        FR_MAYOR_REJECTS,  # 6 -> 0: "ces accusations" points back however far
    )
    assert follow_targets(claims, "fr") == [None, 0, 1, None, None, None, 0]
    also = article_claims(FR_PDG_DENIES, EN_MAYOR_ALSO)
    assert follow_targets(also, "en")[1] is None  # "also" opens a new point


def test_profile_article_uses_headline_and_paragraph() -> None:
    text = (
        "Titre\n\n112.000 personnes ont défilé ce lundi 1er mai à Paris, selon la préfecture de "
        "police.\nDe son côté, la CGT avance le chiffre de 550.000 personnes."
    )
    sentence = "De son côté, la CGT avance le chiffre de 550.000 personnes."
    start = text.index(sentence)
    claim = Claim(
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        kind="figure",
        polarity="affirm",
        hedged=False,
        attribution=Attribution("la CGT", "CGT", start=start + 13, end=start + 19),
        figure=Figure(
            550000, None, None, "personnes", "people", False, "550.000", start + 41, start + 48
        ),
    )
    article = Article(
        name="a",
        text=text,
        lang="fr",
        content_hash="x",
        title="Manifestations du 1er-Mai à Paris",
        published="2023-05-01",
    )
    (got,) = profile_article(article, [claim])
    assert got.places == ("Paris",)
    assert "c:may-day" in got.story


def test_merged_stance_representative_round_trips_through_json() -> None:
    import json

    merged = merge_profiles(profile(FR_NK_ACCUSED), profile(EN_NK_ACCUSED))
    assert merged.exemplars
    data = json.loads(json.dumps(merged.to_json()))
    back = ClaimProfile.from_json(data)
    assert back == merged
    assert similarity(profile(FR_NK_DENIES), back, SETTINGS) > 0


# --- Articles as a whole: story terms, general signals across stories ---------------------


def article_of(
    lang: str, title: str, published: str, body: str, claims: Sequence[Said], name: str
) -> tuple[Article, list[Claim]]:
    """An Article whose text is `body`, and its claims placed at their sentence's offset."""
    article = Article(
        name=name, text=body, lang=lang, content_hash=name, title=title, published=published
    )
    placed = []
    for said in claims:
        at = body.index(said.sentence)
        claim = make_claim(said)
        shift = at - claim.start
        figure = claim.figure
        if figure is not None:
            figure = replace(figure, start=figure.start + shift, end=figure.end + shift)
        attribution = claim.attribution
        if attribution.start is not None and attribution.end is not None:
            attribution = replace(
                attribution, start=attribution.start + shift, end=attribution.end + shift
            )
        placed.append(
            replace(
                claim,
                start=claim.start + shift,
                end=claim.end + shift,
                figure=figure,
                attribution=attribution,
            )
        )
    return article, placed


def clustered_together(*articles: tuple[Article, list[Claim]]) -> list[int]:
    """Cluster labels of every claim of the articles, ingested in order."""
    profiles = [p for article, claims in articles for p in profile_article(article, claims)]
    return cluster_in_memory(profiles, SETTINGS)


RAID_FR_BODY = (
    "Coup de filet à Saint-Aurèle.\n\n"
    "Le procureur de Saint-Aurèle, Marc Delorme, a indiqué mardi que 38 personnes avaient été "
    "placées en garde à vue.\n\n"
    "Selon le ministre de l'Intérieur, Bertrand Lescure, une soixantaine d'interpellations "
    "ont eu lieu à Saint-Aurèle."
)
RAID_FR_38 = Said(
    "fr",
    "Le procureur de Saint-Aurèle, Marc Delorme, a indiqué mardi que 38 personnes avaient été "
    "placées en garde à vue.",
    "Le procureur de Saint-Aurèle, Marc Delorme",
    "Saint-Aurèle prosecutor's office",
    "38",
    38,
    unit="people",
)
RAID_EN_BODY = (
    "SAINT-AURÈLE, France, Nov 19 - Dozens of people were detained in a raid in Saint-Aurèle."
    "\n\nThe local prosecutor, Marc Delorme, told reporters that 38 people had been detained."
    "\n\nSaint-Aurèle, a city of about 140,000 people, has seen a string of shootings."
)
RAID_EN_38 = Said(
    "en",
    "The local prosecutor, Marc Delorme, told reporters that 38 people had been detained.",
    "The local prosecutor, Marc Delorme",
    "Saint-Aurèle prosecutor's office",
    "38",
    38,
    unit="people",
)


def test_article_story_keeps_recurring_names_not_title_case_words() -> None:
    article = Article(
        name="bloomberg",
        text=(
            "(Bloomberg) -- Aerovia Group said hackers had gained access to customer data.\n\n"
            "Aerovia shares fell 4% in Valdor trading. The airline said Aerovia would write to "
            "every passenger."
        ),
        lang="en",
        content_hash="b",
        title="Aerovia Says Hackers Stole Data of About 380,000 Customers",
        published="2026-11-09",
    )
    story = article_story(article)
    assert f"n:{name_key('aerovia')}" in story
    assert not {"n:says", f"n:{name_key('hackers')}", "n:stole"} & set(story)


@pytest.mark.parametrize(
    ("fr_name", "en_name"),
    [("estravie", "estravia"), ("tunisie", "tunisia"), ("norvakie", "norvakia")],
)
def test_name_keys_meet_across_languages(fr_name: str, en_name: str) -> None:
    assert name_key(fr_name) == name_key(en_name)


@pytest.mark.parametrize(
    ("name", "key"),
    [("saint-aurele", "saint-aurele"), ("cgt", "cgt"), ("lyon", "lyon"), ("aerovia", "aerovi")],
)
def test_name_key_cuts_only_long_single_words(name: str, key: str) -> None:
    assert name_key(name) == key
    assert name_key("saint-aurele") != name_key("saint-denis")


def test_arrest_count_clusters_across_languages() -> None:
    labels = clustered_together(
        article_of(
            "fr",
            "Coup de filet antidrogue à Saint-Aurèle",
            "2026-11-17",
            RAID_FR_BODY,
            [RAID_FR_38],
            "fr",
        ),
        article_of(
            "en",
            "French police accused after drug raid",
            "2026-11-19",
            RAID_EN_BODY,
            [RAID_EN_38],
            "en",
        ),
    )
    assert labels[0] == labels[1]


CLASH_TITLE = "Norvakia says 14 soldiers killed in border clash with Peltrava"
EN_SOLDIERS_14 = Said(
    "en",
    "At least 14 Norvakian soldiers were killed in the fighting, the defence ministry said.",
    "the defence ministry",
    "Norvakian Defence Ministry",
    "14",
    14,
    unit="soldiers",
    published="2026-11-03",
    title=CLASH_TITLE,
)
EN_CIVILIANS_3 = Said(
    "en",
    "Three civilians were killed in shelling of Dravik, the regional governor said.",
    "the regional governor",
    "Dravik regional governor",
    "Three",
    3,
    unit="civilians",
    published="2026-11-03",
    title=CLASH_TITLE,
)
FR_SOLDIERS_19 = Said(
    "fr",
    "Dix-neuf soldats ont été tués, a annoncé le ministère norvakien de la Défense.",
    "le ministère norvakien de la Défense",
    "Norvakian Defence Ministry",
    "Dix-neuf",
    19,
    unit="soldiers",
    published="2026-11-04",
    title="Affrontements à la frontière : la Norvakie relève son bilan",
)
FR_CIVILIANS_5 = Said(
    "fr",
    "Cinq civils ont été tués à Dravik, selon le gouverneur de la région.",
    "le gouverneur de la région",
    "Dravik regional governor",
    "Cinq",
    5,
    unit="civilians",
    published="2026-11-04",
    title="Affrontements à la frontière : la Norvakie relève son bilan",
)
FR_CASH_SEIZED = Said(
    "fr",
    "Selon le parquet, 640 000 euros en liquide ont été saisis.",
    "le parquet",
    "prosecutor's office",
    "640 000 euros",
    640000,
    unit="EUR",
    published="2026-11-17",
    title="Estravie : coup de filet et budget",
)
FR_DEFICIT_EUR = Said(
    "fr",
    "Le déficit s'établirait à 7,8 milliards d'euros, selon le ministère.",
    "le ministère",
    "Estravian government (finance ministry)",
    "7,8 milliards d'euros",
    7.8e9,
    unit="EUR",
    published="2026-11-17",
    title="Estravie : coup de filet et budget",
)
FR_DEFICIT_2027 = Said(
    "fr",
    "Le déficit atteindra 3,2 % du PIB en 2027, selon le ministère des Finances.",
    "le ministère des Finances",
    "Estravian government (finance ministry)",
    "3,2 %",
    3.2,
    unit="percent",
    published="2026-11-10",
    title="Estravie : la ministre promet un déficit de 3,2 % en 2027",
)
EN_DEFICIT_COUNCIL = Said(
    "en",
    "The deficit is likely to reach 4.1% of GDP, Estravia's fiscal council said on Thursday.",
    "Estravia's fiscal council",
    "Estravian Independent Fiscal Council",
    "4.1%",
    4.1,
    unit="percent",
    published="2026-11-13",
    title="Estravia's fiscal watchdog warns on deficit",
)
FR_RUSSIA_THANKS = Said(
    "fr",
    "La Russie a exprimé ses profonds remerciements à la Corée du Nord pour son plein soutien.",
    "La Russie",
    "Russia",
    kind="statement",
    published="2024-10-05",
    title="Coopération nord-coréenne avec la Russie",
)
FR_PUTIN_VISIT = Said(
    "fr",
    "Poutine a même réaffirmé sa volonté de visiter la Corée du Nord dans un avenir proche, "
    "soulignant l'importance des relations avec la Russie.",
    "Poutine",
    "Vladimir Putin",
    kind="statement",
    published="2024-10-06",
    title="Renforcement des alliances entre la Russie et la Corée du Nord",
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # who is counted: soldiers and civilians are two tolls, in one story, in both languages
        (EN_SOLDIERS_14, EN_CIVILIANS_3),
        (FR_SOLDIERS_19, FR_CIVILIANS_5),
        (EN_SOLDIERS_14, FR_CIVILIANS_5),
        # one currency, a hundredfold apart: cash seized is not a deficit
        (FR_CASH_SEIZED, FR_DEFICIT_EUR),
        # the story's main actors alone do not make two statements one claim
        (FR_RUSSIA_THANKS, FR_PUTIN_VISIT),
    ],
)
def test_general_signals_keep_claims_apart(a: Said, b: Said) -> None:
    assert not same_claim(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same toll of soldiers, revised, across languages
        (EN_SOLDIERS_14, FR_SOLDIERS_19),
        # a target year against a forecast that leaves it unsaid
        (FR_DEFICIT_2027, EN_DEFICIT_COUNCIL),
    ],
)
def test_general_signals_bring_claims_together(a: Said, b: Said) -> None:
    assert same_claim(a, b)


def test_counted_group_and_values_in_profile() -> None:
    soldiers = profile(EN_SOLDIERS_14)
    assert soldiers.counted == "troops"
    assert soldiers.measure == "deaths"
    assert soldiers.values == (14.0,)
    assert profile(FR_CIVILIANS_5).counted == "civilians"


def test_stance_date_written_in_the_quote_does_not_exclude() -> None:
    denial_with_date = Said(
        "fr",
        "Contactée, l'ARS s'inscrit en faux : « Il n'y a eu aucun retard, les premiers cas "
        "n'ont été confirmés que le 21 octobre. »",
        "l'ARS",
        "Vérane regional health agency (ARS)",
        kind="denial",
        polarity="deny",
        published="2026-11-06",
        title="Rougeole : les médecins de Montclar dénoncent un retard de l'ARS",
    )
    denial_later = Said(
        "fr",
        "La directrice de l'ARS, Nathalie Orsini, récuse tout retard.",
        "La directrice de l'ARS, Nathalie Orsini",
        "Vérane regional health agency (ARS)",
        kind="denial",
        polarity="deny",
        published="2026-11-16",
        title="Rougeole dans la Vérane : l'ARS récuse tout retard",
    )
    assert same_claim(denial_with_date, denial_later)


@pytest.mark.parametrize(
    ("text", "span_text", "story", "sides"),
    [
        ("at least 14 norvakian soldiers were killed", "14", ("n:norvak", "n:peltra"), ("norvak",)),
        ("six soldats peltraviens ont ete tues", "six", ("n:norvak", "n:peltra"), ("peltra",)),
        # a name far from the number is not its side
        (
            "the norvakian ministry of defence said on monday that 14 soldiers were killed",
            "14",
            ("n:norvak",),
            (),
        ),
        ("14 soldiers were killed", "14", (), ()),
    ],
)
def test_sides_of_a_figure(
    text: str, span_text: str, story: tuple[str, ...], sides: tuple[str, ...]
) -> None:
    at = text.index(span_text)
    assert figure_sides(text, (at, at + len(span_text)), story) == sides


def test_two_sides_tolls_stay_apart() -> None:
    norvakian = Said(
        "en",
        "At least 14 Norvakian soldiers were killed, the ministry said.",
        "the ministry",
        "Norvakian Defence Ministry",
        "14",
        14,
        unit="soldiers",
        published="2026-11-03",
        title="Norvakia and Peltrava count their dead",
    )
    peltravan = Said(
        "en",
        "Six Peltravan soldiers were killed, the army said.",
        "the army",
        "Peltravan army",
        "Six",
        6,
        unit="soldiers",
        published="2026-11-03",
        title="Norvakia and Peltrava count their dead",
    )
    assert profile(norvakian).sides != profile(peltravan).sides
    assert not same_claim(norvakian, peltravan)


def test_article_story_takes_names_that_only_open_sentences() -> None:
    """'Estravia' opens the headline and a sentence, and is never written in lower case: a
    name. 'Hospital' opens two sentences but 'hospital' is written inside one: not one."""
    article = Article(
        name="ledger",
        text=(
            "Estravia's finance minister unveiled a 2027 budget on Tuesday.\n\n"
            "Hospital doctors said the plan was too tight. Hospital managers agreed, and the "
            "hospital federation called for more money."
        ),
        lang="en",
        content_hash="l",
        title="Estravia unveils 2027 budget",
        published="2026-11-11",
    )
    story = article_story(article)
    assert f"n:{name_key('estravia')}" in story
    assert f"n:{name_key('hospital')}" not in story


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [("fr", "D'après le parquet, 38 personnes ont été interpellées.", "apres")],
)
def test_elided_function_words_are_not_names(lang: str, text: str, absent: str) -> None:
    assert absent not in proper_names(text, lang, openers=True)


MEASLES_TITLE = "Rougeole : 312 cas dans la Vérane"
FR_CASES_312 = Said(
    "fr",
    "L'ARS recense 312 cas confirmés de rougeole dans la région, dont 41 chez des enfants de "
    "moins de cinq ans.",
    "L'ARS",
    "Vérane regional health agency (ARS)",
    "312",
    312,
    unit="cases",
    published="2026-11-06",
    title=MEASLES_TITLE,
)
FR_CASES_UNDER5 = Said(**{**FR_CASES_312.__dict__, "figure": "41", "value": 41})
EN_CASES_348 = Said(
    "en",
    "Measles cases in the Vérane region have risen to 348, the regional health agency said.",
    "the regional health agency",
    "Vérane regional health agency (ARS)",
    "348",
    348,
    unit="cases",
    published="2026-11-17",
    title="Measles cases rise to 348 in the Vérane region",
)
EN_STAFF_PART = Said(
    "en",
    "Sources said around 30 infections had been picked up inside the hospital, including a "
    "dozen among staff.",
    "Sources",
    "anonymous (hospital sources)",
    "a dozen",
    12,
    published="2026-11-17",
    title="Measles cases rise to 348 in the Vérane region",
)


@pytest.mark.parametrize(
    ("said", "part"),
    [
        (FR_CASES_UNDER5, True),  # "dont 41"
        (FR_CASES_312, False),
        (EN_STAFF_PART, True),  # "including a dozen"
        (EN_CASES_348, False),
    ],
)
def test_part_of_a_larger_count(said: Said, part: bool) -> None:
    assert profile(said).part is part


def test_a_part_stays_apart_from_the_whole() -> None:
    assert not same_claim(FR_CASES_UNDER5, EN_CASES_348)
    assert not same_claim(FR_CASES_UNDER5, FR_CASES_312)
    assert same_claim(FR_CASES_312, EN_CASES_348)


def test_a_part_with_a_place_is_that_place_count() -> None:
    # "dont 13.000 à Paris" is the Paris count, disputed by the CGT's 70 000 in Paris
    assert profile(FR_PARIS_13K).part
    assert same_claim(FR_PARIS_13K, FR_CGT_70K_PARIS)


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        ("fr", "un déficit de 4,4 % attendu cette année", "2026-11-10", ["2026"]),
        ("fr", "le déficit de l'an prochain", "2026-11-10", ["2027"]),
        ("en", "growth will reach 1.6% next year", "2026-11-13", ["2027"]),
        ("en", "last year the deficit was 5%", "2026-11-13", ["2025"]),
        # "cette année-là" points back at a year written before: not this year
        ("fr", "cette année-là, 456 000 manifestants", "2023-05-01", []),
    ],
)
def test_relative_years(lang: str, text: str, published: str, expected: list[str]) -> None:
    found = find_dates(fold(text), tables(lang), published)
    assert [d.iso for d in found] == expected


@pytest.mark.parametrize(
    ("said", "projection"),
    [
        # the forecast word in a segment without a number before the figure's
        (
            Said(
                "en",
                "The FCSH hospital union's projection is much bleaker: up to 1,000 deaths.",
                "The FCSH hospital union",
                "FCSH",
                "1,000",
                1000,
                unit="deaths",
                published="2026-07-24",
            ),
            True,
        ),
        # a forecast of another figure, in a segment with its own numbers
        (
            Said(
                "en",
                "The central bank cut its growth forecast to 0.9% from 1.4%, and the governor "
                "said the deficit would be at least 4.5%.",
                "the governor",
                "central bank",
                "4.5%",
                4.5,
                unit="percent",
                published="2026-11-13",
            ),
            False,
        ),
    ],
)
def test_projection_words_of_the_figure_only(said: Said, projection: bool) -> None:
    assert profile(said).projection is projection


def test_stances_without_terms_do_not_join_on_the_story_alone() -> None:
    title = "Norvakia and Peltrava trade blame for border clash"
    rejected = Said(
        "en",
        "Peltrava's defence ministry rejected that account.",
        "Peltrava's defence ministry",
        "Peltravan Defence Ministry",
        kind="denial",
        polarity="deny",
        published="2026-11-03",
        title=title,
    )
    refugees = Said(
        "en",
        "\u201cPeople are arriving with nothing, and many of the children we have seen are in "
        "shock,\u201d the spokesperson said.",
        "the spokesperson",
        "UNHCR",
        kind="statement",
        published="2026-11-05",
        title=title,
    )
    assert not same_claim(rejected, refugees)


BUDGET_TITLE_FR = "Estravie : l'opposition accuse le gouvernement de cacher le vrai déficit"
BUDGET_TITLE_EN = "Estravia's opposition says the true deficit is hidden"


FR_DRESNER_ACCUSES = Said(
    "fr",
    "Le chef de l'opposition, Pavel Dresner, accuse le gouvernement de « cacher le vrai "
    "déficit » en déplaçant des dépenses vers une agence.",
    "Le chef de l'opposition, Pavel Dresner",
    "Democratic Alliance (opposition)",
    kind="accusation",
    published="2026-11-10",
    title=BUDGET_TITLE_FR,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            FR_DRESNER_ACCUSES,
            Said(
                "en",
                'Opposition leader Pavel Dresner accused the government of "hiding the true '
                'deficit" by moving spending off the books.',
                "Opposition leader Pavel Dresner",
                "Democratic Alliance (opposition)",
                kind="accusation",
                published="2026-11-11",
                title=BUDGET_TITLE_EN,
            ),
        ),
        pytest.param(
            FR_DRESNER_ACCUSES,
            Said(
                "en",
                '"Nothing is hidden. Every euro is in the annex," government spokesman Milan '
                "Horak said.",
                "government spokesman Milan Horak",
                "Estravian government (finance ministry)",
                kind="denial",
                polarity="deny",
                published="2026-11-11",
                title=BUDGET_TITLE_EN,
            ),
            id="en-denial-of-hiding-meets-fr-accusation",
        ),
        (
            Said(
                "fr",
                "Me Sofia Benali dénonce des « violences disproportionnées » lors de l'opération.",
                "Me Sofia Benali",
                "defence lawyers",
                kind="accusation",
                published="2026-11-18",
                title="Opération antidrogue à Saint-Aurèle : les avocats dénoncent des violences",
            ),
            Said(
                "en",
                "Defence lawyers have accused officers of using excessive force in Saint-Aurèle.",
                "Defence lawyers",
                "defence lawyers",
                kind="accusation",
                published="2026-11-19",
                title="French police accused of excessive force in Saint-Aurèle raid",
            ),
        ),
    ],
)
def test_dispute_predicates_meet_across_languages(a: Said, b: Said) -> None:
    assert same_claim(a, b)


# --- Election night: polls, results, turnout, districts (written after devset4) ---------------

ELECTION_TITLE_FR = "Valmorand : Hélène Castagnet réélue d'un cheveu, son rival dénonce des fraudes"
ELECTION_TITLE_EN = "Incumbent narrowly re-elected in French city as rival alleges proxy fraud"
POLL_TITLE_FR = "Municipales à Valmorand : deux sondages, deux favoris"

FR_POLL_54 = Said(
    "fr",
    "Selon une enquête de l'institut Ipsoval publiée mercredi, Marc Delvaux recueillerait 54 % "
    "des intentions de vote au second tour.",
    "l'institut Ipsoval",
    "Ipsoval",
    "54 %",
    54,
    unit="percent",
    published="2026-03-19",
    title=POLL_TITLE_FR,
)
FR_RESULT_506 = Said(
    "fr",
    "La maire sortante l'emporte avec 50,6 % des voix selon les résultats de la préfecture.",
    "la préfecture",
    "Préfecture",
    "50,6 %",
    50.6,
    unit="percent",
    published="2026-03-23",
    title=ELECTION_TITLE_FR,
)
EN_RESULT_506 = Said(
    "en",
    "Hélène Castagnet, a center-right independent, took 50.6% of the vote, the regional "
    "prefecture said.",
    "the regional prefecture",
    "Préfecture",
    "50.6%",
    50.6,
    unit="percent",
    published="2026-03-23",
    title=ELECTION_TITLE_EN,
)
FR_TURNOUT_473 = Said(
    "fr",
    "La participation s'établit à 47,3 %, d'après les services de l'État.",
    "les services de l'État",
    "Préfecture",
    "47,3 %",
    47.3,
    unit="percent",
    published="2026-03-23",
    title=ELECTION_TITLE_FR,
)
EN_TURNOUT_473 = Said(
    "en",
    "Turnout was 47.3%, according to the prefecture.",
    "the prefecture",
    "Préfecture",
    "47.3%",
    47.3,
    unit="percent",
    published="2026-03-23",
    title=ELECTION_TITLE_EN,
)
FR_TURNOUT_NORTH_55 = Said(
    "fr",
    "L'équipe du challenger revendique « plus de 55 % » de participation dans les quartiers "
    "nord, où Marc Delvaux a réalisé ses meilleurs scores.",
    "L'équipe du challenger",
    "Delvaux campaign",
    "plus de 55 %",
    55,
    unit="percent",
    published="2026-03-23",
    title=ELECTION_TITLE_FR,
)
EN_TURNOUT_NORTH_55 = Said(
    "en",
    "The Delvaux campaign said turnout topped 55% in the city's northern districts, its "
    "stronghold.",
    "The Delvaux campaign",
    "Delvaux campaign",
    "55%",
    55,
    unit="percent",
    published="2026-03-23",
    title=ELECTION_TITLE_EN,
)
FR_PROXIES_600 = Said(
    "fr",
    "« Nous avons relevé au moins 600 procurations suspectes », a déclaré Marc Delvaux.",
    "Marc Delvaux",
    "Marc Delvaux",
    "au moins 600 procurations",
    600,
    published="2026-03-23",
    title=ELECTION_TITLE_FR,
)
EN_PROXIES_600 = Said(
    "en",
    'Delvaux told supporters that his team had identified "at least 600 suspicious proxies" '
    "filed in the final days of the campaign.",
    "Delvaux",
    "Marc Delvaux",
    "at least 600 suspicious proxies",
    600,
    published="2026-03-23",
    title=ELECTION_TITLE_EN,
)
FR_POLL_BARE_46 = Said(
    "fr",
    "Opinia donne 46 %, selon son directeur.",
    "son directeur",
    "Opinia",
    "46 %",
    46,
    unit="percent",
    published="2026-03-19",
    title=POLL_TITLE_FR,
)
EN_POLL_BARE_49 = Said(
    "en",
    "Opinia put her at 49%, its director said.",
    "its director",
    "Opinia",
    "49%",
    49,
    unit="percent",
    published="2026-03-20",
    title="Poll war in Valmorand as two institutes disagree",
)
FR_DEFICIT_PIB = Said(
    "fr",
    "Selon ses calculs, le déficit réel dépassera 5 % du PIB en 2027.",
    "ses calculs",
    "Pavel Dresner",
    "5 %",
    5,
    unit="percent",
    published="2026-11-10",
    title="Estravie : l'opposition dénonce un budget en trompe-l'œil",
)
EN_DEFICIT_GDP = Said(
    "en",
    "The council said the 2027 deficit was likely to reach 4.1% of GDP.",
    "The council",
    "Independent Fiscal Council",
    "4.1%",
    4.1,
    unit="percent",
    published="2026-11-13",
    title="Estravia's fiscal watchdog says 2027 deficit target out of reach",
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(FR_RESULT_506, EN_RESULT_506, id="result-share-fr-en"),
        pytest.param(FR_TURNOUT_473, EN_TURNOUT_473, id="turnout-fr-en"),
        pytest.param(FR_TURNOUT_NORTH_55, EN_TURNOUT_NORTH_55, id="district-turnout-fr-en"),
        pytest.param(FR_PROXIES_600, EN_PROXIES_600, id="proxies-fr-en"),
        # "PIB" and "GDP" are one word in two languages, not two sides
        pytest.param(FR_DEFICIT_PIB, EN_DEFICIT_GDP, id="deficit-pib-gdp"),
    ],
)
def test_election_and_budget_figures_cluster(a: Said, b: Said) -> None:
    assert same_claim(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a poll forecasts the vote; the result is the vote
        pytest.param(FR_POLL_54, FR_RESULT_506, id="poll-vs-result-fr"),
        pytest.param(FR_POLL_54, EN_RESULT_506, id="poll-vs-result-cross"),
        # the districts' turnout is a part of the city, not its turnout
        pytest.param(FR_TURNOUT_473, FR_TURNOUT_NORTH_55, id="city-vs-district-fr"),
        pytest.param(EN_TURNOUT_473, EN_TURNOUT_NORTH_55, id="city-vs-district-en"),
        pytest.param(FR_TURNOUT_473, EN_TURNOUT_NORTH_55, id="city-vs-district-cross"),
        # turnout is not a candidate's share
        pytest.param(EN_TURNOUT_473, EN_RESULT_506, id="turnout-vs-share-en"),
        # two percentages that never say what they measure are not established as one claim
        pytest.param(FR_POLL_BARE_46, EN_POLL_BARE_49, id="bare-percentages-cross"),
    ],
)
def test_election_figures_of_other_measures_stay_apart(a: Said, b: Said) -> None:
    assert not same_claim(a, b)


@pytest.mark.parametrize(
    ("said", "measure"),
    [
        (FR_POLL_54, "percent:poll"),
        (FR_RESULT_506, "percent:votes"),
        (EN_RESULT_506, "percent:votes"),
        (EN_TURNOUT_473, "percent:turnout"),
        (FR_PROXIES_600, "proxies"),
        (EN_PROXIES_600, "proxies"),
    ],
)
def test_election_measures(said: Said, measure: str) -> None:
    assert profile(said).measure == measure


@pytest.mark.parametrize(
    ("said", "subarea"),
    [
        (FR_TURNOUT_NORTH_55, True),
        (EN_TURNOUT_NORTH_55, True),
        (FR_TURNOUT_473, False),
        (EN_TURNOUT_473, False),
        (
            Said(
                "en",
                "Police said 2,000 people were arrested in the capital's eastern boroughs.",
                "Police",
                "Police",
                "2,000",
                2000,
                unit="arrests",
            ),
            True,
        ),
        # districts that are not where the figure is counted
        (
            Said(
                "fr",
                "Le maire de Derna a déclaré que le nombre de morts dans la ville pourrait "
                "atteindre 20 000, compte tenu du nombre de quartiers détruits.",
                "Le maire de Derna",
                "Derna mayor",
                "20 000",
                20000,
                unit="deaths",
            ),
            False,
        ),
    ],
)
def test_figures_scoped_to_districts(said: Said, subarea: bool) -> None:
    assert profile(said).subarea is subarea


def test_bare_percentage_cluster_learns_its_measure() -> None:
    bare, turnout = profile(FR_POLL_BARE_46), profile(FR_TURNOUT_473)
    assert merge_profiles(bare, turnout).measure == "percent:turnout"
    # a refined cluster never changes its measure
    assert merge_profiles(turnout, profile(FR_RESULT_506)).measure == "percent:turnout"


def _sentence_figures(lang: str, sentence: str, figures: list[tuple[str, float]]) -> list[Claim]:
    """Claims of one article sentence (offset 0), one per figure text."""
    return sentence_figure_claims(sentence, [(text, value, None, None) for text, value in figures])


@pytest.mark.parametrize(
    ("lang", "sentence", "figures", "contrasted"),
    [
        # two candidates' shares: "contre ... pour X"
        (
            "fr",
            "Marc Delvaux recueillerait 54 % des intentions de vote, contre 46 % pour la maire "
            "sortante Hélène Castagnet.",
            [("54 %", 54), ("46 %", 46)],
            True,
        ),
        (
            "fr",
            "Opinia donne 51 % pour Hélène Castagnet, 49 % pour son adversaire.",
            [("51 %", 51), ("49 %", 49)],
            True,
        ),
        (
            "en",
            "The official tally gives the Yes side 2,530 votes to 2,225 for No.",
            [("2,530", 2530), ("2,225", 2225)],
            True,
        ),
        # another source's figure of the same count: a dispute, not two claims
        (
            "fr",
            "Le parquet indique que 45 personnes ont finalement été interpellées, contre 38 "
            "annoncées mardi.",
            [("45", 45), ("38", 38)],
            False,
        ),
        (
            "en",
            "The budget will create between 15,000 and 20,000 net jobs, against the 45,000 "
            "claimed by the finance minister.",
            [("20,000", 17500), ("45,000", 45000)],
            False,
        ),
    ],
)
def test_figures_set_against_each_other(
    lang: str, sentence: str, figures: list[tuple[str, float]], contrasted: bool
) -> None:
    claims = _sentence_figures(lang, sentence, figures)
    article = Article(name="a", text=sentence, lang=lang, content_hash="h", published="2026-03-23")
    first, second = profile_article(article, claims)
    assert (first.contrast is not None and second.contrast is not None) is contrasted
    if contrasted:
        assert similarity(first, second, SETTINGS) == 0.0
        # a figure contrasted in another sentence is not kept apart by this one
        elsewhere = replace(second, contrast="00000000:1")
        assert similarity(first, elsewhere, SETTINGS) > 0.0


@pytest.mark.parametrize(
    ("said", "change"),
    [
        (
            Said(
                "fr",
                "La participation est en hausse de deux points et demi par rapport au premier "
                "tour.",
                "x",
                "x",
                "deux points",
                2.5,
                unit="percent",
            ),
            True,
        ),
        (
            Said(
                "en",
                "Tax revenue will see a rise of 5% next year, the ministry said.",
                "the ministry",
                "x",
                "5%",
                5,
                unit="percent",
            ),
            True,
        ),
        (FR_TURNOUT_473, False),
        # "up from 14" recalls the previous level: not a change
        (
            Said(
                "en",
                "The number of people hurt has risen to 17, firefighters say, up from 14.",
                "firefighters",
                "Firefighters",
                "14",
                14,
                unit="injured",
            ),
            False,
        ),
    ],
)
def test_changes_are_not_levels(said: Said, change: bool) -> None:
    assert profile(said).change is change


def test_a_change_never_joins_a_level() -> None:
    change = Said(
        "fr",
        "La participation s'établit en hausse de 2,5 points, d'après les services de l'État.",
        "les services de l'État",
        "Préfecture",
        "2,5 points",
        2.5,
        unit="percent",
        published="2026-03-23",
        title=ELECTION_TITLE_FR,
    )
    assert not same_claim(change, FR_TURNOUT_473)


def test_a_measure_word_before_the_next_number_is_that_numbers() -> None:
    tally = Said(
        "en",
        "The official tally gives 2,225 votes for No, a margin of 305.",
        "The official tally",
        "Returning officer",
        "2,225 votes",
        2225,
    )
    assert profile(tally).measure == "votes"


@pytest.mark.parametrize(
    ("text", "figure", "sides"),
    [
        # after a beneficiary word the candidate may lie a few words further on
        ("contre 46 % pour la maire sortante helene castagnet.", "46 %", ("castag", "helene")),
        ("51 % pour helene castagnet, 49 % pour son adversaire.", "51 %", ("castag", "helene")),
        ("2,225 for no, with castagnet far behind", "2,225", ()),
    ],
)
def test_sides_after_a_beneficiary_word(text: str, figure: str, sides: tuple[str, ...]) -> None:
    at = text.index(figure)
    story = ("n:castag", "n:helene", "n:delvau")
    beneficiaries = tables("fr").beneficiary_markers + tables("en").beneficiary_markers
    assert set(figure_sides(text, (at, at + len(figure)), story, beneficiaries)) == set(sides)


def test_vote_transfers_are_not_a_result() -> None:
    transfers = Said(
        "fr",
        "« Les reports de voix des écologistes lui sont acquis à près de 80 % », affirme son "
        "directeur de campagne.",
        "son directeur de campagne",
        "Delvaux campaign",
        "près de 80 %",
        80,
        unit="percent",
        published="2026-03-19",
        title=POLL_TITLE_FR,
    )
    assert profile(transfers).measure == "percent:vote-transfers"
    assert not same_claim(transfers, FR_RESULT_506)


def test_the_source_words_say_what_a_bare_percentage_measures() -> None:
    survey = Said(
        "en",
        "A survey by the Ipsoval institute gave Delvaux 54%, a lead of eight points.",
        "A survey by the Ipsoval institute",
        "Ipsoval",
        "54%",
        54,
        unit="percent",
    )
    prefecture = Said(
        "en",
        "The prefecture said the mayor took 50.6% of the vote.",
        "The prefecture",
        "Préfecture",
        "50.6%",
        50.6,
        unit="percent",
    )
    assert profile(survey).measure == "percent:poll"
    # a source naming no measure leaves the sentence's own measure alone
    assert profile(prefecture).measure == "percent:votes"


def test_a_shared_side_is_evidence() -> None:
    first, second = profile(FR_RESULT_506), profile(EN_RESULT_506)
    unnamed = similarity(replace(first, sides=()), second, SETTINGS)
    named = similarity(
        replace(first, sides=("castag",)), replace(second, sides=("castag",)), SETTINGS
    )
    assert named > unnamed


# --- Stances on different propositions -------------------------------------------------------

DIFFERENT_ACTS = [
    pytest.param(
        Said(
            "fr",
            "Le coureur Karel Vondra a nié tout dopage, affirmant n'avoir jamais pris de "
            "produit interdit.",
            "Karel Vondra",
            "Karel Vondra",
            kind="denial",
            polarity="deny",
            title="Cyclisme : Karel Vondra contrôlé positif, l'agence antidopage sous pression",
        ),
        Said(
            "fr",
            "L'agence antidopage a démenti toute fuite, assurant n'avoir jamais informé la "
            "presse du dossier de Karel Vondra.",
            "L'agence antidopage",
            "anti-doping agency",
            kind="denial",
            polarity="deny",
            title="Cyclisme : Karel Vondra contrôlé positif, l'agence antidopage sous pression",
        ),
        id="fr-doping-denial-vs-leak-denial",
    ),
    pytest.param(
        Said(
            "en",
            "Rider Karel Vondra denied doping, saying he had never taken a banned substance.",
            "Karel Vondra",
            "Karel Vondra",
            kind="denial",
            polarity="deny",
            title="Karel Vondra positive test: anti-doping agency under fire over leak",
        ),
        Said(
            "en",
            "The anti-doping agency denied any leak, saying it had never briefed journalists "
            "about Karel Vondra's case.",
            "The anti-doping agency",
            "anti-doping agency",
            kind="denial",
            polarity="deny",
            title="Karel Vondra positive test: anti-doping agency under fire over leak",
        ),
        id="en-doping-denial-vs-leak-denial",
    ),
]


# One accuser, one accused, one story, two acts (or one act on two objects): only the acts
# keep them apart.
ONE_PARTY_TWO_ACTS = [
    pytest.param(
        Said(
            "fr",
            "L'Ukraine accuse la Russie de livrer des armes à la Biélorussie.",
            "L'Ukraine",
            "Ukraine",
            kind="accusation",
            title="Ukraine, Russie, Biélorussie : la tension monte",
        ),
        Said(
            "fr",
            "L'Ukraine accuse la Russie de fraude électorale en Biélorussie.",
            "L'Ukraine",
            "Ukraine",
            kind="accusation",
            title="Ukraine, Russie, Biélorussie : la tension monte",
        ),
        id="fr-arms-supply-vs-election-fraud",
    ),
    pytest.param(
        Said(
            "en",
            "Ukraine accused Russia of supplying weapons to Belarus.",
            "Ukraine",
            "Ukraine",
            kind="accusation",
            title="Ukraine, Russia, Belarus: tension rises",
        ),
        Said(
            "en",
            "Ukraine accused Russia of election fraud in Belarus.",
            "Ukraine",
            "Ukraine",
            kind="accusation",
            title="Ukraine, Russia, Belarus: tension rises",
        ),
        id="en-arms-supply-vs-election-fraud",
    ),
    pytest.param(
        Said(
            "fr",
            "Les pays occidentaux accusent la Corée du Nord d'avoir fourni des armes à la Russie.",
            "Les pays occidentaux",
            "Western countries",
            kind="accusation",
            title="La Corée du Nord, alliée de la Russie",
        ),
        Said(
            "fr",
            "Les pays occidentaux accusent la Corée du Nord d'avoir envoyé des soldats en Russie.",
            "Les pays occidentaux",
            "Western countries",
            kind="accusation",
            title="La Corée du Nord, alliée de la Russie",
        ),
        id="fr-supplying-arms-vs-sending-troops",
    ),
    pytest.param(
        Said(
            "en",
            "Western countries accuse North Korea of supplying weapons to Russia.",
            "Western countries",
            "Western countries",
            kind="accusation",
            title="North Korea, Russia's ally",
        ),
        Said(
            "en",
            "Western countries accuse North Korea of sending troops to Russia.",
            "Western countries",
            "Western countries",
            kind="accusation",
            title="North Korea, Russia's ally",
        ),
        id="en-supplying-arms-vs-sending-troops",
    ),
    pytest.param(
        Said(
            "fr",
            "Pyongyang a démenti avoir fourni des armes à la Russie.",
            "Pyongyang",
            "North Korea",
            kind="denial",
            polarity="deny",
            title="La Corée du Nord, alliée de la Russie",
        ),
        Said(
            "fr",
            "Pyongyang a démenti avoir envoyé des soldats en Russie.",
            "Pyongyang",
            "North Korea",
            kind="denial",
            polarity="deny",
            title="La Corée du Nord, alliée de la Russie",
        ),
        id="fr-two-denials-of-two-acts",
    ),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT_ACTS + ONE_PARTY_TWO_ACTS)
def test_stances_naming_different_acts_stay_apart(a: Said, b: Said) -> None:
    assert not same_claim(a, b), similarity(profile(a), profile(b), SETTINGS)
    assert not same_claim(b, a)


@pytest.mark.parametrize(("a", "b"), ONE_PARTY_TWO_ACTS)
def test_shared_parties_alone_would_join_two_acts(a: Said, b: Said) -> None:
    # without the act and object vetoes these pairs score near or above the threshold
    # (the shared parties carry them): the vetoes are what decides
    no_acts = ClusterSettings.load(act_concepts=[], object_concepts=[])
    assert similarity(profile(a), profile(b), no_acts) >= no_acts.stance_threshold - 0.05
    assert similarity(profile(a), profile(b), SETTINGS) == 0.0


SAME_ACT = [
    pytest.param(
        Said(
            "fr",
            "Les États-Unis accusent la Corée du Nord d'avoir fourni des armes à la Russie.",
            "Les États-Unis",
            "United States",
            kind="accusation",
            title="La Corée du Nord accusée de livrer des armes à la Russie",
        ),
        Said(
            "fr",
            "Pyongyang a démenti avoir fourni des armes à la Russie.",
            "Pyongyang",
            "North Korea",
            kind="denial",
            polarity="deny",
            title="La Corée du Nord accusée de livrer des armes à la Russie",
        ),
        id="fr-arms-accusation-and-denial",
    ),
    pytest.param(
        Said(
            "en",
            "The team accused the agency of leaking the test result to the press.",
            "The team",
            "team",
            kind="accusation",
            title="Anti-doping agency accused of leaking rider's test result",
        ),
        Said(
            "en",
            "The agency denied any leak of the test result to the press.",
            "The agency",
            "anti-doping agency",
            kind="denial",
            polarity="deny",
            title="Anti-doping agency accused of leaking rider's test result",
        ),
        id="en-leak-accusation-and-denial",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME_ACT)
def test_accusation_and_denial_of_one_act_stay_together(a: Said, b: Said) -> None:
    assert same_claim(a, b), similarity(profile(a), profile(b), SETTINGS)
    assert same_claim(b, a)


def test_act_concepts_veto_only_when_both_stances_name_acts() -> None:
    accusation, denial = SAME_ACT[0].values
    bare = replace(denial, sentence="Pyongyang nie ces accusations.")
    assert profile(accusation).concepts and not {"supply"} & set(profile(bare).concepts)
    assert similarity(profile(accusation), profile(bare), SETTINGS) > 0.0


@pytest.mark.parametrize(
    ("said", "present", "absent"),
    [
        pytest.param(
            Said(
                "fr",
                "« Nous apprécions grandement le soutien ferme de la Corée du Nord », a martelé "
                "Vladimir Poutine dans la presse officielle de la Corée du Nord.",
                "Vladimir Poutine",
                "Vladimir Putin",
                kind="statement",
            ),
            set(),
            {"leak"},
            id="fr-speaking-in-the-press-is-no-leak",
        ),
        pytest.param(
            Said(
                "fr",
                "L’armée sud-coréenne a émis l’hypothèse que ces essais pourraient être liés à "
                "des exportations potentielles vers la Russie.",
                "L’armée sud-coréenne",
                "South Korean military",
                kind="statement",
            ),
            {"supply"},
            set(),
            id="fr-exports-are-a-supply",
        ),
        pytest.param(
            Said(
                "en",
                "Seoul's military said the tests could be linked to missile exports to Russia.",
                "Seoul's military",
                "South Korean military",
                kind="statement",
            ),
            {"supply"},
            set(),
            id="en-exports-are-a-supply",
        ),
        pytest.param(
            Said(
                "fr",
                "Les responsables nord-coréens dénoncent la coopération militaire croissante des "
                "États-Unis avec leurs alliés.",
                "Les responsables nord-coréens",
                "North Korean officials",
                kind="statement",
            ),
            set(),
            {"troops"},
            id="fr-military-cooperation-is-not-troops",
        ),
    ],
)
def test_stance_act_concepts(said: Said, present: set[str], absent: set[str]) -> None:
    concepts = set(profile(said).concepts)
    assert present <= concepts
    assert not absent & concepts


# --- Stances across languages: the act they dispute carries the match --------------------

ACT_ACROSS_LANGUAGES = [
    pytest.param(
        Said(
            "fr",
            "Pour le syndicat des médecins, l'agence régionale de santé a tardé à donner "
            "l'alerte sur les premiers cas de rougeole.",
            "le syndicat des médecins",
            "doctors' union",
            kind="accusation",
            published="2026-11-10",
            title="Rougeole : les médecins accusent l'agence d'avoir tardé",
        ),
        Said(
            "en",
            "The doctors' union accused the regional health agency of a delay in raising the "
            "alarm over the first measles cases.",
            "The doctors' union",
            "doctors' union",
            kind="accusation",
            published="2026-11-12",
            title="Doctors accuse health agency of measles delay",
        ),
        id="delay-accusation-fr-en",
    ),
    pytest.param(
        Said(
            "en",
            "The mining company accused the environmental group of leaking confidential "
            "drilling reports to the press.",
            "The mining company",
            "mining company",
            kind="accusation",
            published="2026-05-04",
            title="Mining company accuses green group of leak",
        ),
        Said(
            "fr",
            "L'association écologiste dément toute fuite des rapports de forage.",
            "L'association écologiste",
            "environmental group",
            kind="denial",
            polarity="deny",
            published="2026-05-05",
            title="La société minière accuse une association de fuite",
        ),
        id="leak-accusation-en-denial-fr",
    ),
    pytest.param(
        Said(
            "fr",
            "L'opposition accuse le gouvernement Vasko d'avoir dissimulé une partie du déficit "
            "dans les comptes d'une agence publique.",
            "L'opposition",
            "opposition",
            kind="accusation",
            published="2026-11-10",
            title="Budget : l'opposition accuse le gouvernement Vasko",
        ),
        Said(
            "en",
            "The government of Helena Vasko denied hiding any spending.",
            "The government",
            "government",
            kind="denial",
            polarity="deny",
            published="2026-11-11",
            title="Vasko government denies hiding deficit",
        ),
        id="hiding-accusation-fr-denial-en",
    ),
    pytest.param(
        Said(
            "en",
            "Residents accused the port authority of ignoring safety warnings for years before "
            "the blast.",
            "Residents",
            "residents",
            kind="accusation",
            published="2026-03-02",
            title="Port blast: residents blame authority",
        ),
        Said(
            "fr",
            "L'autorité portuaire assure n'avoir ignoré aucune alerte de sécurité.",
            "L'autorité portuaire",
            "port authority",
            kind="denial",
            polarity="deny",
            published="2026-03-03",
            title="Explosion du port : l'autorité portuaire mise en cause",
        ),
        # the learned stance scorer meets them; the rules alone let the accusation's other
        # terms (blast, responsibility) outweigh the one act both name
        id="negligence-accusation-en-denial-fr",
    ),
]


@pytest.mark.parametrize(("a", "b"), ACT_ACROSS_LANGUAGES)
def test_stances_on_one_act_meet_across_languages(a: Said, b: Said) -> None:
    assert same_claim(a, b), similarity(profile(a), profile(b), SETTINGS)


def test_a_member_naming_two_acts_is_no_exemplar() -> None:
    """A headline joining two disputes ("seven positives ..., team alleges leak") may join
    the leak dispute, but must not open that cluster to denials of doping."""
    title = "Cycling team accuses anti-doping agency of leak"
    leak = profile(
        Said(
            "en",
            "The team accused the agency of leaking the test results to the press.",
            "The team",
            "team",
            kind="accusation",
            title=title,
        )
    )
    headline = profile(
        Said(
            "en",
            "Agency reports doping at cycling team, team alleges leak",
            "team",
            "team",
            kind="accusation",
            title=title,
        )
    )
    doping_denial = profile(
        Said(
            "en",
            "The rider denied any doping and said he would ask for his B sample to be tested.",
            "The rider",
            "rider",
            kind="denial",
            polarity="deny",
            title=title,
        )
    )
    assert {"doping", "leak"} <= set(headline.concepts)
    cluster = merge_profiles(leak, headline)
    assert cluster.exemplars == leak.exemplars
    assert best_match(doping_denial, [(1, cluster)], SETTINGS) is None


@pytest.mark.parametrize(
    ("said", "measure"),
    [
        (
            Said(
                "fr",
                "Des chercheurs ont mesuré jusqu'à 240 particules de plastique par mètre cube "
                "d'air en centre-ville.",
                "Des chercheurs",
                "researchers",
                "240",
                240,
            ),
            "concentration",
        ),
        (
            Said(
                "fr",
                "Les capteurs d'Atmo ont relevé 38 microgrammes de particules fines par mètre "
                "cube mardi, selon l'association.",
                "l'association",
                "Atmo",
                "38",
                38,
            ),
            "concentration",
        ),
        (
            Said(
                "en",
                "The study estimated that the air contains 240 microplastic particles per "
                "cubic metre.",
                "The study",
                "study",
                "240",
                240,
            ),
            "concentration",
        ),
    ],
)
def test_concentration_whatever_is_counted_per_cubic_metre(said: Said, measure: str) -> None:
    assert profile(said).measure == measure


# --- Which accusation a denial of the same article answers --------------------------------

EN_TEAM_LEAK = Said(
    "en",
    "It renewed its charge that the AICD had leaked confidential results.",
    "It",
    "Lumera-Castel team",
    kind="accusation",
)
EN_RIDER_INNOCENCE = Said(
    "en",
    "Karel Vondra, 27, the highest-profile rider involved, maintains his innocence.",
    "Karel Vondra",
    "Karel Vondra",
    kind="denial",
    polarity="deny",
)
EN_RIDER_DOPING_DENIAL = Said(
    "en",
    "Karel Vondra denied taking any banned substance.",
    "Karel Vondra",
    "Karel Vondra",
    kind="denial",
    polarity="deny",
)
EN_AGENCY_LEAK_DENIAL = Said(
    "en",
    "The agency has denied any leak.",
    "The agency",
    "independent anti-doping agency",
    kind="denial",
    polarity="deny",
)


def pointing(said: Said, target: int) -> Claim:
    """The claim of `said` with the extraction's `denies` pointer set to `target`."""
    return replace(make_claim(said), denies=target)


@pytest.mark.parametrize(
    ("denial", "expected"),
    [
        pytest.param(EN_AGENCY_LEAK_DENIAL, 0, id="same-act-follows-the-pointer"),
        pytest.param(EN_RIDER_DOPING_DENIAL, None, id="another-act-does-not"),
        pytest.param(EN_RIDER_INNOCENCE, None, id="charge-aimed-at-someone-else-by-name"),
    ],
)
def test_denies_pointer_needs_the_same_dispute(denial: Said, expected: int | None) -> None:
    claims = [make_claim(EN_TEAM_LEAK), pointing(denial, 0)]
    assert follow_targets(claims, "en")[1] == expected


def test_a_headline_naming_two_acts_is_not_answered_on_one_of_them() -> None:
    headline = Said(
        "en",
        "Anti-doping agency says seven positives at Lumera-Castel, team alleges leak",
        "team",
        "Lumera-Castel team",
        kind="accusation",
    )
    claims = [make_claim(headline), pointing(EN_RIDER_DOPING_DENIAL, 0)]
    assert follow_targets(claims, "en")[1] is None


def test_accusation_naming_the_denier_in_lower_case_is_aimed_at_it() -> None:
    accusation = Said(
        "en",
        'Opposition leader Pavel Dresner accused the government of "hiding the true deficit".',
        "Opposition leader Pavel Dresner",
        "Pavel Dresner",
        kind="accusation",
    )
    denial = Said(
        "en",
        "The government called the claims baseless.",
        "The government",
        "government",
        kind="denial",
        polarity="deny",
    )
    claims = [make_claim(accusation), pointing(denial, 0)]
    assert follow_targets(claims, "en") == [None, 0]


def test_a_place_named_in_the_accusation_is_no_other_target() -> None:
    accusation = Said(
        "en",
        "The union blamed years of cuts for the chaos, saying 1,200 nursing posts were vacant "
        "across Wallonia.",
        "The union",
        "FCSH hospital union",
        kind="accusation",
    )
    denial = Said(
        "en",
        "The regional health minister, Claire Denoël, denied that savings had played any role.",
        "Claire Denoël",
        "Claire Denoël",
        kind="denial",
        polarity="deny",
    )
    claims = [make_claim(accusation), pointing(denial, 0)]
    assert follow_targets(claims, "en") == [None, 0]


def test_far_denial_answers_the_nearest_accusation_of_its_act() -> None:
    filler = [
        Said("fr", f"Le laboratoire a publié {n} rapports en {year}.", "Le laboratoire", "lab")
        for n, year in (("trois", 2021), ("quatre", 2022), ("cinq", 2023))
    ]
    accusation = Said(
        "fr",
        "Plastalliance accuse l'un des coauteurs de l'étude de conflit d'intérêts.",
        "Plastalliance",
        "Plastalliance",
        kind="accusation",
    )
    denial = Said(
        "fr",
        "« Aucun euro de Filtrium n'a servi à cette étude », dément la professeure Roudier.",
        "la professeure Roudier",
        "Anaïs Roudier",
        kind="denial",
        polarity="deny",
    )
    claims = article_claims(accusation, *filler, denial)
    assert follow_targets(claims, "fr")[-1] == 0


def test_a_date_beyond_another_number_is_that_number_date() -> None:
    said = Said(
        "en",
        "Estravia's finance minister unveiled a 2027 budget on Tuesday that she said would "
        "cut the deficit to 3.2% of GDP from 4.4% this year.",
        "Estravia's finance minister",
        "Estravian government",
        "3.2%",
        3.2,
        unit="percent",
        published="2026-11-10",
    )
    assert profile(said).event_date == "2027"
    other = replace(said, figure="4.4%", value=4.4)
    assert profile(other).event_date == "2026"


def test_a_translated_name_in_a_cluster_story_is_no_rival_side() -> None:
    """A cluster's story gathers French and English names ("PIB", "GDP"): a figure naming
    "GDP" is not another side than one naming "PIB"."""
    fr = profile(
        Said(
            "fr",
            "Selon la ministre, le déficit public sera ramené à 3,2 % du PIB en 2027.",
            "la ministre",
            "Estravian government",
            "3,2 %",
            3.2,
            unit="percent",
            published="2026-11-10",
            title="Estravie : un déficit à 3,2 % du PIB promis pour 2027",
        )
    )
    en = profile(
        Said(
            "en",
            "Economists put the 2027 deficit closer to 3.8% of GDP.",
            "Economists",
            "Meridia Bank",
            "3.8%",
            3.8,
            unit="percent",
            published="2026-11-11",
            title="Estravia budget: economists doubt deficit target of 3.2% of GDP",
        )
    )
    cluster = merge_profiles(fr, replace(en, values=(3.2,)))
    assert "n:gdp" in cluster.story and fr.sides == ("pib",) and en.sides == ("gdp",)
    assert similarity(en, cluster, SETTINGS) >= SETTINGS.threshold


def _stance(lang: str, sentence: str, source: str, kind: str = "accusation") -> Said:
    polarity = "deny" if kind == "denial" else "affirm"
    return Said(lang, sentence, source, source, kind=kind, polarity=polarity)


@pytest.mark.parametrize(
    ("said", "present", "absent"),
    [
        pytest.param(
            _stance(
                "fr",
                "Le procureur a accusé l'ancien directeur d'avoir détourné 14 milliards de "
                "francs CFA destinés aux forages.",
                "Le procureur",
            ),
            {"corruption"},
            set(),
            id="fr-embezzlement",
        ),
        pytest.param(
            _stance(
                "en",
                "Prosecutors allege that the former mayor took bribes from two building firms.",
                "Prosecutors",
            ),
            {"corruption"},
            set(),
            id="en-bribes",
        ),
        pytest.param(
            _stance(
                "en",
                "Greek officials have said the fire was deliberately set.",
                "Greek officials",
            ),
            {"arson"},
            set(),
            id="en-arson",
        ),
        pytest.param(
            _stance(
                "fr",
                "Le vice-gouverneur a affirmé que l'incendie était « d'origine criminelle ».",
                "Le vice-gouverneur",
            ),
            {"arson"},
            set(),
            id="fr-arson",
        ),
        pytest.param(
            _stance("en", "Firefighters said the fire was started by lightning.", "Firefighters"),
            set(),
            {"arson"},
            id="en-lightning-is-no-arson",
        ),
        pytest.param(
            _stance(
                "fr",
                "L'avocat de M. Sarr a dénoncé un « procès politique ».",
                "L'avocat de M. Sarr",
            ),
            {"political-persecution"},
            set(),
            id="fr-political-trial",
        ),
        pytest.param(
            _stance(
                "fr",
                "L'équipe qualifie ces accusations de « règlement de comptes ».",
                "L'équipe",
                kind="denial",
            ),
            set(),
            {"political-persecution"},
            id="fr-settling-scores-is-not-political",
        ),
        pytest.param(
            _stance(
                "en",
                '"India opened fire first and then used drones," the army statement said.',
                "the army statement",
            ),
            {"opening-fire"},
            set(),
            id="en-opened-fire",
        ),
        pytest.param(
            _stance(
                "fr",
                "« Les troupes pakistanaises ont ouvert le feu les premières », a déclaré un "
                "porte-parole.",
                "un porte-parole",
            ),
            {"opening-fire"},
            set(),
            id="fr-opened-fire",
        ),
    ],
)
def test_common_acts_of_news_accusations(said: Said, present: set[str], absent: set[str]) -> None:
    concepts = set(profile(said).concepts)
    assert present <= concepts
    assert not absent & concepts


def test_an_embezzlement_accusation_and_its_denial_meet_across_languages() -> None:
    accusation = Said(
        "fr",
        "Le procureur financier a accusé l'ancien directeur général d'avoir organisé le "
        "détournement des fonds de l'agence.",
        "Le procureur financier",
        "financial prosecutor",
        kind="accusation",
        published="2026-11-10",
        title="Procès de l'ANFR : le parquet accuse l'ancien directeur",
    )
    denial = Said(
        "en",
        "The former director denied embezzling any public money.",
        "The former director",
        "former ANFR director",
        kind="denial",
        polarity="deny",
        published="2026-11-12",
        title="Senegal: ex-head of ANFR agency denies embezzlement",
    )
    assert same_claim(accusation, denial), similarity(
        profile(accusation), profile(denial), SETTINGS
    )


# --- Stances that answer another in their article still reach the cluster ---------------


def clustered_as_the_service_does(*articles: tuple[Article, list[Claim]]) -> list[int]:
    """Cluster labels of every claim, ingested in order, answers following their targets."""
    profiles: list[ClaimProfile] = []
    follow: list[int | None] = []
    for article, claims in articles:
        offset = len(profiles)
        profiles.extend(profile_article(article, claims))
        targets = follow_targets(claims, article.lang)
        follow.extend(None if t is None else offset + t for t in targets)
    return cluster_in_memory(profiles, SETTINGS, follows=follow)


FIRE_EN_ACCUSES = Said(
    "en",
    "Civil Protection Minister Andreas Koutsoumbas said the fire had been set deliberately "
    "on land owned by Alkyoni Solar.",
    "Civil Protection Minister Andreas Koutsoumbas",
    "civil protection ministry",
    kind="accusation",
    published="2026-07-22",
)
FIRE_EN_DENIES = Said(
    "en",
    "Alkyoni Solar rejected the accusation.",
    "Alkyoni Solar",
    "Alkyoni Solar",
    kind="denial",
    polarity="deny",
    published="2026-07-22",
)
FIRE_FR_DENIES = Said(
    "fr",
    "Son directeur général, Petros Alexiou, dément catégoriquement : « Ces accusations sont "
    "diffamatoires. »",
    "Son directeur général, Petros Alexiou",
    "Alkyoni Solar",
    kind="denial",
    polarity="deny",
    published="2026-07-23",
)


def test_a_party_denial_meets_its_earlier_denial_that_followed_an_accusation() -> None:
    en_body = f"{FIRE_EN_ACCUSES.sentence} {FIRE_EN_DENIES.sentence}"
    fr_body = (
        "Le feu a ravagé le mont Kerastos. Alkyoni Solar est mise en cause par le ministre. "
        f"{FIRE_FR_DENIES.sentence}"
    )
    en = article_of(
        "en",
        "Greek fire: minister blames Alkyoni Solar",
        "2026-07-22",
        en_body,
        [FIRE_EN_ACCUSES, FIRE_EN_DENIES],
        "en.txt",
    )
    fr = article_of(
        "fr",
        "Incendie du Kerastos : Alkyoni Solar dément",
        "2026-07-23",
        fr_body,
        [FIRE_FR_DENIES],
        "fr.txt",
    )
    leader = profile_article(*en)[0]
    assert any(ANSWER_ITEM in e for e in leader.exemplars)
    # the answer's words, not its speaker, are what the cluster learns
    assert not any(i.startswith("speaker=") for e in leader.exemplars for i in e)
    labels = clustered_as_the_service_does(en, fr)
    assert labels[0] == labels[1] == labels[2]


def test_the_words_of_an_answer_do_not_veto_an_act() -> None:
    """ "warnings had been broadcast for three days" defends against a delay; it does not make
    the dispute one of negligence that a later delay accusation could not join."""
    leader = profile(
        Said(
            "en",
            "The opposition leader accused the government of waiting too long to order "
            "evacuations.",
            "The opposition leader",
            "opposition",
            kind="accusation",
        )
    )
    answer = profile(
        Said(
            "en",
            "The prime minister said warnings had been ignored by no one and broadcast for "
            "three days.",
            "The prime minister",
            "government",
            kind="denial",
            polarity="deny",
        )
    )
    assert "negligence" in answer.concepts
    answer_terms = tuple(sorted(f"{f}={t}" for t, f in answer.terms().items()))
    marked = replace(leader, exemplars=((*answer_terms, ANSWER_ITEM),))
    unmarked = replace(leader, exemplars=(answer_terms,))
    delay = profile(
        Said(
            "fr",
            "L'opposition accuse le gouvernement d'avoir tardé à ordonner l'évacuation.",
            "L'opposition",
            "opposition",
            kind="accusation",
        )
    )
    assert "delay" in delay.concepts
    assert _different_acts(delay, unmarked, SETTINGS)
    assert not _different_acts(delay, marked, SETTINGS)


@pytest.mark.parametrize(
    ("said", "measure"),
    [
        (
            Said(
                "en",
                "Sources said the network had been under surveillance for eight months.",
                "Sources",
                "anonymous",
                "eight months",
                8,
            ),
            "duration-months",
        ),
        (
            Said(
                "fr",
                "Selon le parquet, le réseau était surveillé depuis huit mois.",
                "le parquet",
                "prosecutor's office",
                "huit mois",
                8,
            ),
            "duration-months",
        ),
    ],
)
def test_a_length_of_time_is_its_own_measure(said: Said, measure: str) -> None:
    claim = make_claim(said)
    assert claim.figure is not None and said.figure is not None
    claim = replace(claim, figure=replace(claim.figure, unit=said.figure.split()[-1]))
    assert profile_claim(claim, said.lang, said.published).measure == measure


def test_days_in_a_sentence_do_not_measure_another_number() -> None:
    said = Said(
        "fr",
        "« Nous avons relevé au moins 600 procurations suspectes, établies dans les derniers "
        "jours », a dit le candidat.",
        "le candidat",
        "Delvaux campaign",
        "600",
        600,
    )
    assert profile(said).measure == "proxies"


@pytest.mark.parametrize(
    ("said", "date"),
    [
        pytest.param(
            Said(
                "fr",
                "D'après l'agence, sept échantillons se sont révélés positifs entre janvier 2025 "
                "et juin 2026.",
                "l'agence",
                "AICD",
                "sept",
                7,
                published="2026-06-10",
            ),
            "2026",  # months without a day are read as their year
            id="fr-between-two-months",
        ),
        pytest.param(
            Said(
                "en",
                "The agency said 340 cases were recorded from March 2025 to February 2026.",
                "The agency",
                "agency",
                "340",
                340,
                published="2026-03-02",
            ),
            "2026",
            id="en-from-to",
        ),
        pytest.param(
            Said(
                "en",
                "Prosecutors say 14.6 billion CFA francs (about 22 million euros) meant for "
                "drilling wells were diverted between 2019 and 2023.",
                "Prosecutors",
                "prosecutor's office",
                "14.6 billion",
                14.6e9,
                published="2026-11-12",
            ),
            "2023",
            id="en-period-outside-the-figure-segment",
        ),
    ],
)
def test_a_count_over_a_period_is_dated_by_its_end(said: Said, date: str) -> None:
    assert profile(said).event_date == date


def test_tests_that_come_back_positive_are_positive_tests() -> None:
    said = Said(
        "en",
        "A former team soigneur told Le Point that at least 12 tests had come back positive.",
        "A former team soigneur",
        "Julien Marest",
        "12",
        12,
    )
    assert profile(said).measure == "positive-tests"


@pytest.mark.parametrize(
    ("lang", "text", "span_text", "sides"),
    [
        pytest.param(
            "fr",
            "cote pakistanais, l'ispr maintient son bilan de quatre civils tues.",
            "quatre",
            ("pakist",),
            id="fr-cote-name",
        ),
        pytest.param(
            "en",
            "four civilians were killed on the pakistani side, the military said.",
            "four",
            ("pakist",),
            id="en-name-side",
        ),
        pytest.param(
            "fr",
            "cote pakistanais, quatre civils; cote indien, trois civils.",
            "quatre",
            (),  # two sides named in the sentence, none next to the number: undecided
            id="fr-two-sides-named",
        ),
        pytest.param(
            "fr",
            "de son cote, la cgt avance 550 000 manifestants.",
            "550 000",
            (),
            id="fr-de-son-cote-is-for-its-part",
        ),
    ],
)
def test_a_side_phrase_names_the_figure_side(
    lang: str, text: str, span_text: str, sides: tuple[str, ...]
) -> None:
    at = text.index(span_text)
    story = ("n:pakist", "n:indien", "n:paris")
    found = figure_sides(text, (at, at + len(span_text)), story, (), side_words(text, tables(lang)))
    assert found == sides


@pytest.mark.parametrize(
    ("said", "measure"),
    [
        pytest.param(
            Said(
                "en",
                'He puts the gap at "barely 200", once what he calls "ghost proxies" are removed.',
                "He",
                "Marc Delvaux",
                "barely 200",
                200,
            ),
            "margin",
            id="en-gap-before-the-number",
        ),
        pytest.param(
            Said(
                "fr",
                "Il chiffre l'écart à 200 voix à peine, une fois retirées les procurations "
                "qu'il conteste.",
                "Il",
                "Marc Delvaux",
                "200 voix",
                200,
            ),
            "margin",
            id="fr-ecart-before-the-number",
        ),
    ],
)
def test_a_measure_word_of_the_figure_clause_part_wins(said: Said, measure: str) -> None:
    assert profile(said).measure == measure


KASHMIR_TITLE_EN = "India and Pakistan trade blame over Kashmir shelling"
KASHMIR_TITLE_FR = "Cachemire : l'Inde et le Pakistan s'accusent mutuellement"


@pytest.mark.parametrize(
    ("said", "sides"),
    [
        pytest.param(
            Said(
                "en",
                "It also said its retaliation had killed at least 11 Pakistani soldiers.",
                "It",
                "India's army",
                "at least 11 Pakistani soldiers",
                11,
                unit="soldiers",
                published="2026-10-05",
            ),
            ("e:Pakistan",),
            id="en-demonym",
        ),
        pytest.param(
            Said(
                "fr",
                "L'armée indienne estime qu'au moins onze soldats pakistanais ont été tués.",
                "L'armée indienne",
                "India (government/army)",
                "au moins onze soldats",
                11,
                unit="soldiers",
                published="2026-10-05",
            ),
            ("e:Pakistan",),
            id="fr-demonym-feminine-plural-free",
        ),
        pytest.param(
            Said(
                "fr",
                "Deux militaires libyens ont péri dans l'attaque, selon Tripoli.",
                "Tripoli",
                "Libya",
                "Deux militaires",
                2,
                unit="soldiers",
                published="2026-10-05",
            ),
            ("e:Libya",),
            id="fr-demonym-plural",
        ),
        pytest.param(
            Said(
                "en",
                "India's army said two soldiers and three civilians were killed on its side.",
                "India's army",
                "India's army",
                "two soldiers",
                2,
                unit="soldiers",
                published="2026-10-05",
            ),
            ("e:India",),
            id="en-own-side-of-the-speaker",
        ),
        pytest.param(
            Said(
                "fr",
                "L'armée indienne fait état de cinq civils tués de son côté.",
                "L'armée indienne",
                "armée indienne",
                "cinq civils",
                5,
                unit="civilians",
                published="2026-10-07",
            ),
            ("e:India",),
            id="fr-de-son-cote-inside-the-clause",
        ),
        pytest.param(
            Said(
                "fr",
                "De son côté, l'armée indienne fait état de cinq civils tués.",
                "l'armée indienne",
                "armée indienne",
                "cinq civils",
                5,
                unit="civilians",
                published="2026-10-07",
            ),
            (),  # "de son côté" opening the sentence means "for its part"
            id="fr-de-son-cote-opening-is-for-its-part",
        ),
        pytest.param(
            Said(
                "en",
                "At least nine civilians were killed on both sides, the U.N. mission said.",
                "the U.N. mission",
                "UNMOGIP",
                "At least nine civilians",
                9,
                unit="civilians",
                published="2026-10-06",
            ),
            ("both",),
            id="en-both-sides",
        ),
        pytest.param(
            Said(
                "fr",
                "L'UNMOGIP a recensé au moins neuf civils tués de part et d'autre de la ligne.",
                "L'UNMOGIP",
                "UNMOGIP",
                "au moins neuf civils",
                9,
                unit="civilians",
                published="2026-10-07",
            ),
            ("both",),
            id="fr-de-part-et-d-autre",
        ),
        pytest.param(
            Said(
                "en",
                "Four civilians were killed in Pakistan overnight, the military said.",
                "the military",
                "Pakistan (government/ISPR)",
                "Four civilians",
                4,
                unit="civilians",
                published="2026-10-05",
            ),
            ("e:Pakistan",),
            id="en-a-country-scope-is-the-side",
        ),
        pytest.param(
            Said(
                "en",
                "Six people were killed when a storm hit the coast, the ministry said.",
                "the ministry",
                "Ministry",
                "Six people",
                6,
                unit="deaths",
                published="2026-10-05",
            ),
            (),
            id="en-no-side",
        ),
    ],
)
def test_country_sides_in_both_languages(said: Said, sides: tuple[str, ...]) -> None:
    assert profile(said).sides == sides


def test_one_side_meets_across_languages_and_two_sides_stay_apart() -> None:
    en_pakistani = Said(
        "en",
        "Its retaliation had killed at least 11 Pakistani soldiers, India's army said.",
        "India's army",
        "India (government/army)",
        "at least 11 Pakistani soldiers",
        11,
        unit="soldiers",
        published="2026-10-05",
        title=KASHMIR_TITLE_EN,
    )
    fr_pakistani = Said(
        "fr",
        "L'armée indienne estime qu'au moins onze soldats pakistanais ont été tués.",
        "L'armée indienne",
        "India (government/army)",
        "au moins onze soldats",
        11,
        unit="soldiers",
        published="2026-10-05",
        title=KASHMIR_TITLE_FR,
    )
    fr_indian = Said(
        "fr",
        "Selon New Delhi, douze soldats indiens ont été tués dans les combats.",
        "New Delhi",
        "India (government/army)",
        "douze soldats",
        12,
        unit="soldiers",
        published="2026-10-05",
        title=KASHMIR_TITLE_FR,
    )
    assert profile(en_pakistani).sides == profile(fr_pakistani).sides == ("e:Pakistan",)
    assert same_claim(en_pakistani, fr_pakistani)
    assert not same_claim(en_pakistani, fr_indian)


@pytest.mark.parametrize(
    ("said", "places"),
    [
        pytest.param(
            Said(
                "en",
                "Peace Frontiers, a Geneva-based monitoring group, put the toll at 13.",
                "Peace Frontiers, a Geneva-based monitoring group",
                "Peace Frontiers",
                "13",
                13,
                unit="deaths",
                published="2026-10-06",
            ),
            (),
            id="en-based",
        ),
        pytest.param(
            Said(
                "fr",
                "Une ONG basée à Genève avance un bilan de 13 morts.",
                "Une ONG basée à Genève",
                "Peace Frontiers",
                "13 morts",
                13,
                unit="deaths",
                published="2026-10-06",
            ),
            (),
            id="fr-basee-a",
        ),
        pytest.param(
            Said(
                "en",
                "At least 13 people were killed in Geneva, police said.",
                "police",
                "police",
                "At least 13 people",
                13,
                unit="deaths",
                published="2026-10-06",
            ),
            ("Geneva",),
            id="en-a-place-that-scopes",
        ),
    ],
)
def test_where_an_organisation_sits_is_no_scope(said: Said, places: tuple[str, ...]) -> None:
    assert profile(said).places == places


@pytest.mark.parametrize(
    ("said", "measure"),
    [
        pytest.param(
            Said(
                "en",
                "Prosecutors have asked for a 10-year prison sentence.",
                "Prosecutors",
                "prosecutor's office",
                "10",
                10,
                published="2026-11-19",
            ),
            "duration-years",
            id="en-10-year",
        ),
        pytest.param(
            Said(
                "en",
                "Prosecutors have asked for 10 years in prison.",
                "Prosecutors",
                "prosecutor's office",
                "10",
                10,
                published="2026-11-19",
            ),
            "duration-years",
            id="en-10-years",
        ),
    ],
)
def test_a_length_of_time_against_the_number_is_its_unit(said: Said, measure: str) -> None:
    assert profile(said).measure == measure


DOPING_TITLE_FR = "Dopage : la fédération conteste le bilan de l'agence sur l'équipe Lumera-Castel"


@pytest.mark.parametrize(
    ("generic", "specific", "same"),
    [
        pytest.param(
            Said(
                "fr",
                "La fédération avance un bilan bien moindre : quatre cas chez Lumera-Castel.",
                "La fédération",
                "FCC",
                "quatre cas",
                4,
                unit="cases",
                published="2026-06-11",
                title=DOPING_TITLE_FR,
            ),
            Said(
                "fr",
                "Sept contrôles positifs chez Lumera-Castel, selon l'agence antidopage.",
                "l'agence antidopage",
                "AICD",
                "Sept contrôles positifs",
                7,
                published="2026-06-11",
                title=DOPING_TITLE_FR,
            ),
            True,
            id="fr-cas-are-positive-tests",
        ),
        pytest.param(
            Said(
                "fr",
                "La fédération avance un bilan bien moindre : quatre cas chez Lumera-Castel.",
                "La fédération",
                "FCC",
                "quatre cas",
                4,
                unit="cases",
                published="2026-06-11",
                title=DOPING_TITLE_FR,
            ),
            Said(
                "fr",
                "Six coureurs de Lumera-Castel ont été arrêtés, selon la police.",
                "la police",
                "police",
                "Six coureurs",
                6,
                unit="arrests",
                published="2026-06-11",
                title=DOPING_TITLE_FR,
            ),
            False,
            id="fr-cas-are-no-arrests",
        ),
    ],
)
def test_a_generic_measure_word_meets_the_specific_one(
    generic: Said, specific: Said, same: bool
) -> None:
    # a generic word is no veto against the specific measure it may stand for; the other
    # terms decide (a "cas" figure joins a positive-tests cluster it shares a story with)
    assert profile(generic).measure == "cases"
    assert (similarity(profile(generic), profile(specific), SETTINGS) > 0) is same


BREACH_TITLE_EN = "Aerovia data breach: consumer group says millions of passengers exposed"
BREACH_TITLE_FR = "Cyberattaque chez Aerovia : jusqu'à 3 millions de clients touchés"


@pytest.mark.parametrize(
    ("said", "measure"),
    [
        pytest.param(
            Said(
                "en",
                "A consumer group said the data of nearly 3mn passengers had been exposed.",
                "A consumer group",
                "FlyFair",
                "nearly 3mn passengers",
                3000000,
                published="2026-11-12",
            ),
            "customers",
            id="en-passengers",
        ),
        pytest.param(
            Said(
                "en",
                "Hackers gained access to the personal data of about 380,000 customers.",
                "Hackers",
                "Aerovia",
                "about 380,000 customers",
                380000,
                published="2026-11-09",
            ),
            "customers",
            id="en-customers",
        ),
        pytest.param(
            Said(
                "fr",
                "Les données de 1,2 million de clients auraient été dérobées, selon Aerovia.",
                "Aerovia",
                "Aerovia",
                "1,2 million de clients",
                1200000,
                published="2026-11-12",
            ),
            "customers",
            id="fr-clients",
        ),
        pytest.param(
            Said(
                "fr",
                "La panne a privé 40 000 abonnés d'internet pendant deux jours, selon l'opérateur.",
                "l'opérateur",
                "operator",
                "40 000 abonnés",
                40000,
                published="2026-11-12",
            ),
            "customers",
            id="fr-abonnes",
        ),
    ],
)
def test_a_firms_clientele_is_one_measure(said: Said, measure: str) -> None:
    assert profile(said).measure == measure


def test_passengers_and_clients_meet_across_languages() -> None:
    en = Said(
        "en",
        "Aerovia was accused of playing down the breach after FlyFair said the data of "
        "nearly 3mn passengers had been exposed.",
        "FlyFair",
        "FlyFair",
        "nearly 3mn passengers",
        3000000,
        published="2026-11-12",
        title=BREACH_TITLE_EN,
    )
    fr = Said(
        "fr",
        "L'association FlyFair évalue à près de 3 millions le nombre de clients d'Aerovia touchés.",
        "L'association FlyFair",
        "FlyFair",
        "près de 3 millions",
        3000000,
        published="2026-11-12",
        title=BREACH_TITLE_FR,
    )
    assert same_claim(en, fr)


@pytest.mark.parametrize(
    "said",
    [
        pytest.param(
            Said(
                "fr",
                "« Mes clients ont été frappés sans raison », a déclaré leur avocate.",
                "leur avocate",
                "lawyer",
                kind="accusation",
                published="2026-11-18",
            ),
            id="fr-mes-clients",
        ),
        pytest.param(
            Said(
                "en",
                "Our customers were never at risk, the company said.",
                "the company",
                "Aerovia",
                kind="denial",
                polarity="deny",
                published="2026-11-18",
            ),
            id="en-our-customers",
        ),
    ],
)
def test_a_clientele_in_a_stance_is_no_measure(said: Said) -> None:
    assert profile(said).measure is None


FR_CYCLONE_TOLL = Said(
    "fr",
    "Le passage du cyclone a fait au moins 23 morts et 112 disparus, selon la protection civile.",
    "la protection civile",
    "civil protection",
    "au moins 23 morts",
    23,
    unit="deaths",
)
FR_CYCLONE_MISSING = Said(
    "fr",
    "Quelque 112 personnes sont portées disparues, a précisé la protection civile.",
    "la protection civile",
    "civil protection",
    "Quelque 112 personnes",
    112,
    unit="missing",
)
FR_TOLL_MAY_RISE = Said(
    "fr",
    "« Le bilan pourrait s'alourdir dans les prochaines heures », a indiqué son directeur.",
    "son directeur",
    "civil protection",
    kind="statement",
)
EN_DISPLACED = Said(
    "en",
    "The UN refugee agency put the number of displaced at 26,000.",
    "The UN refugee agency",
    "UNHCR",
    "26,000",
    26000,
    unit="displaced",
)
EN_SHELLS = Said(
    "en",
    "More than 1,200 shells hit the valley overnight, the army said.",
    "the army",
    "army",
    "More than 1,200 shells",
    1200,
    unit="munitions",
)
EN_DISPLACED_MAY_RISE = Said(
    "en",
    "The number of displaced people could rise sharply if fighting continues, UNHCR said.",
    "UNHCR",
    "UNHCR",
    kind="statement",
)
EN_DENIES_WHO_COUNTS = Said(
    "en",
    "The minister said only his ministry could publish the death toll.",
    "The minister",
    "health ministry",
    kind="denial",
    polarity="deny",
)
FR_TOLL_WORD_FAR_FROM_MEASURE = Said(
    "fr",
    "Peu avant le départ du cortège, le syndicat a jugé le mouvement plus fort au vu du nombre "
    "de secteurs appelés à la grève.",
    "le syndicat",
    "CGT",
    kind="statement",
)


def test_a_statement_about_a_count_follows_the_figure_of_its_measure() -> None:
    fr = article_claims(FR_CYCLONE_TOLL, FR_CYCLONE_MISSING, FR_TOLL_MAY_RISE)
    assert follow_targets(fr, "fr") == [None, None, 0]  # the toll, not the missing
    en = article_claims(EN_DISPLACED, EN_SHELLS, EN_DISPLACED_MAY_RISE, EN_DENIES_WHO_COUNTS)
    assert follow_targets(en, "en")[2] == 0
    # a denial naming a count disputes something else than its value
    assert follow_targets(en, "en")[3] is None
    # "nombre" far from the only measure word ("cortège") names no count of it
    turnout = Said(
        "fr",
        "Les manifestations ont réuni 107 000 participants, selon le ministère.",
        "le ministère",
        "French Interior Ministry",
        "107 000 participants",
        107000,
        unit="protesters",
    )
    strike = article_claims(turnout, FR_TOLL_WORD_FAR_FROM_MEASURE)
    assert follow_targets(strike, "fr") == [None, None]


@pytest.mark.parametrize(
    ("said", "measure"),
    [
        pytest.param(
            Said(
                "en",
                "Peace Frontiers said about 6,500 people had fled, many to relatives' homes.",
                "Peace Frontiers",
                "Peace Frontiers",
                "about 6,500 people",
                6500,
                unit="people",
                published="2026-10-07",
            ),
            "evacuated",
            id="en-had-fled",
        ),
        pytest.param(
            Said(
                "fr",
                "D'après l'ONG, quelque 6 500 personnes ont fui leurs maisons des deux côtés.",
                "l'ONG",
                "Peace Frontiers",
                "quelque 6 500 personnes",
                6500,
                unit="people",
                published="2026-10-07",
            ),
            "evacuated",
            id="fr-ont-fui",
        ),
    ],
)
def test_people_who_fled_are_counted_as_evacuated(said: Said, measure: str) -> None:
    assert profile(said).measure == measure


@pytest.mark.parametrize(
    ("sentence", "figure", "sides"),
    [
        pytest.param(
            "Hackers stole the personal data of about 380,000 customers.",
            "380,000",
            (),
            id="en-common-word",
        ),
        pytest.param(
            "Data Protection, the regulator, said on Tuesday that 380,000 customers were hit.",
            "380,000",
            (),  # the name is far from the number
            id="en-name-far",
        ),
        pytest.param(
            "At least 14 Norvakian soldiers were killed.",
            "14",
            ("norvak",),
            id="en-demonym-still-a-side",
        ),
        pytest.param(
            "Six soldats norvakiens ont été tués.",
            "Six",
            ("norvak",),
            id="fr-lower-case-demonym-still-a-side",
        ),
    ],
)
def test_a_story_name_written_as_a_common_word_is_no_side(
    sentence: str, figure: str, sides: tuple[str, ...]
) -> None:
    folded = fold(sentence)
    at = folded.index(fold(figure))
    story = ("n:data", "n:norvak")
    found = figure_sides(folded, (at, at + len(figure)), story, original=sentence)
    assert found == sides


SARR_TITLE_EN = "Senegal water agency trial: prosecutors seek 10 years for ex-boss Sarr"


def test_a_sum_over_a_past_period_meets_the_same_sum_left_undated() -> None:
    dated = Said(
        "en",
        "Prosecutors say 14.6 billion CFA francs meant for wells in rural areas were diverted "
        "between 2019 and 2023 under Mamadou Lamine Sarr.",
        "Prosecutors",
        "Senegal financial prosecutor",
        "14.6 billion CFA francs",
        14.6e9,
        unit="CFA francs",
        published="2026-11-18",
        title=SARR_TITLE_EN,
    )
    undated = Said(
        "en",
        "Prosecutors, who allege that Mamadou Lamine Sarr oversaw the diversion of 13.2bn "
        "CFA francs, have asked for a 10-year prison sentence.",
        "Prosecutors",
        "Senegal financial prosecutor",
        "13.2bn CFA francs",
        13.2e9,
        unit="CFA francs",
        published="2026-11-19",
        title=SARR_TITLE_EN,
    )
    other_year = replace(
        undated,
        sentence="Mamadou Lamine Sarr oversaw the diversion of 13.2bn CFA francs in 2025, "
        "prosecutors say.",
    )
    assert profile(dated).event_date == "2023"
    assert same_claim(dated, undated)
    # two written years still decide
    assert profile(other_year).event_date == "2025"
    assert not same_claim(dated, other_year)


FR_DRESNER_ACCUSES = Said(
    "fr",
    "Le chef de l'opposition, Pavel Dresner, accuse le gouvernement de « cacher le vrai déficit ».",
    "Le chef de l'opposition, Pavel Dresner",
    "Pavel Dresner",
    kind="accusation",
)
FR_DRESNER_CALCULATIONS = Said(
    "fr",
    "Selon ses calculs, le gouvernement a sorti des comptes les dépenses de l'agence.",
    "ses calculs",
    "Pavel Dresner",
    kind="accusation",
)
FR_GOVERNMENT_REJECTS = Said(
    "fr",
    "Le gouvernement rejette en bloc ces accusations.",
    "Le gouvernement",
    "Estravia",
    kind="denial",
    polarity="deny",
)
EN_HORAK_ACCUSES = Said(
    "en",
    "Opposition leader Pavel Dresner accused the government of hiding the true deficit.",
    "Opposition leader Pavel Dresner",
    "Pavel Dresner",
    kind="accusation",
)
EN_HIS_FIGURES = Said(
    "en",
    "By his own reckoning, the government moved spending off the books.",
    "his own reckoning",
    "Pavel Dresner",
    kind="accusation",
)
EN_OTHER_SPEAKER = Said(
    "en",
    "By its own account, the agency moved spending off the books.",
    "its own account",
    "Estravia agency",
    kind="accusation",
)


def test_a_possessive_source_goes_on_with_the_previous_speaker() -> None:
    fr = article_claims(FR_DRESNER_ACCUSES, FR_DRESNER_CALCULATIONS, FR_GOVERNMENT_REJECTS)
    assert follow_targets(fr, "fr")[1] == 0
    en = article_claims(EN_HORAK_ACCUSES, EN_HIS_FIGURES, EN_OTHER_SPEAKER)
    assert follow_targets(en, "en")[:2] == [None, 0]
    # another speaker's "its own account" is no continuation
    assert follow_targets(en, "en")[2] is None


def test_a_bilan_without_a_death_toll_is_the_articles_last_count() -> None:
    arrests = Said(
        "fr",
        "Le parquet fait savoir que 45 personnes ont finalement été interpellées.",
        "Le parquet",
        "prosecutor's office",
        "45 personnes",
        45,
        unit="arrests",
    )
    welcomes = Said(
        "fr",
        "Le syndicat Unité Police se félicite d'un bilan « qui se rapproche de la réalité ».",
        "Le syndicat Unité Police",
        "Unité Police",
        kind="statement",
    )
    assert follow_targets(article_claims(arrests, welcomes), "fr") == [None, 0]
    # with no figure before it, it follows nothing
    assert follow_targets(article_claims(welcomes, arrests), "fr") == [None, None]
    # with a death toll before it, "bilan" is that toll
    toll = article_claims(FR_CYCLONE_TOLL, arrests, welcomes)
    assert follow_targets(toll, "fr")[2] == 0


# --- Figures whose words no lexicon links: the number, cognates, scopes ---------------------
# Whole articles through the real extraction, so that the unit words are the ones the
# figures module finds ("450 oiseaux mazoutés": written unit, no canonical one).


@dataclass(frozen=True)
class Reported:
    """One article's sentence and the value of the figure of it a test compares."""

    lang: str
    title: str
    published: str
    text: str
    value: float


def measure_of(item: Reported) -> str | None:
    """The measure of `item`'s figure, as profiled at ingest."""
    return reported_profile(item).measure


def reported_profile(item: Reported) -> ClaimProfile:
    """The profile of `item`'s figure of `item.value`, extracted and profiled as at ingest."""
    from claimtrack.extract.claims import extract_claims

    article = Article(
        name=item.title,
        text=item.text,
        lang=item.lang,
        content_hash=item.title,
        title=item.title,
        published=item.published,
    )
    claims = extract_claims(item.text, item.lang)
    profiles = profile_article(article, claims)
    found = [p for c, p in zip(claims, profiles, strict=True) if item.value in p.values]
    assert found, f"no figure of {item.value} in {item.text!r}"
    return found[0]


def reported_together(a: Reported, b: Reported) -> bool:
    labels = cluster_in_memory([reported_profile(a), reported_profile(b)], SETTINGS)
    return labels[0] == labels[1]


SPILL_FR = "Marée noire au large de Brest : 3 000 tonnes de fioul déversées"
SPILL_EN = "Tanker Astrid spills 3,000 t of fuel oil off Brittany"
STORM_FR = "Tempête Hilda : deux morts et 23 blessés à Rennes"
STORM_EN = "Storm Hilda kills two in France"
CHOLERA_FR = "Choléra : l'épidémie s'étend dans la province de Kivanda"
CHOLERA_EN = "Cholera outbreak spreads in Kivanda province"

FR_SPILL_BREST = Reported(
    "fr",
    SPILL_FR,
    "2026-03-02",
    "Quelque 3 000 tonnes de fioul lourd se sont échappées du pétrolier Astrid, échoué "
    "dimanche au large de Brest, selon la préfecture maritime.",
    3000,
)
EN_SPILL_T = Reported(
    "en",
    SPILL_EN,
    "2026-03-03",
    "About 3,000 t of heavy fuel oil leaked from the tanker Astrid, which ran aground off "
    "Brittany on Sunday, French maritime authorities said.",
    3000,
)
FR_OILED_BIRDS = Reported(
    "fr",
    SPILL_FR,
    "2026-03-02",
    "Les associations de protection de la nature ont recensé 450 oiseaux mazoutés.",
    450,
)
EN_OILED_BIRDS = Reported(
    "en", SPILL_EN, "2026-03-03", "Conservation groups said 450 oiled birds had been found.", 450
)
EN_VOLUNTEERS_450 = Reported(
    "en",
    SPILL_EN,
    "2026-03-03",
    "Some 450 volunteers joined the clean-up on Monday, the town hall said.",
    450,
)
FR_STORM_DEATHS = Reported(
    "fr",
    STORM_FR,
    "2026-01-15",
    "La tempête Hilda a fait deux morts et 23 blessés à Rennes, selon la préfecture "
    "d'Ille-et-Vilaine.",
    2,
)
EN_STORM_DEATHS = Reported(
    "en",
    STORM_EN,
    "2026-01-15",
    "Storm Hilda killed two people and injured 23 in the western French city of Rennes, "
    "local authorities said.",
    2,
)
EN_STORM_INJURED = replace(EN_STORM_DEATHS, value=23)
FR_HOSPITALISATIONS = Reported(
    "fr",
    CHOLERA_FR,
    "2026-08-10",
    "Le ministère de la Santé a recensé 1 200 hospitalisations dans la province depuis le "
    "début du mois.",
    1200,
)
EN_HOSPITALIZATIONS = Reported(
    "en",
    CHOLERA_EN,
    "2026-08-11",
    "Doctors Without Borders said there had been more than 1,500 hospitalizations so far.",
    1500,
)
FR_MISSING_REGION = Reported(
    "fr",
    "Libye : la Croix-Rouge redoute des milliers de disparus",
    "2023-09-13",
    "La Croix-Rouge estime à 10 000 le nombre de disparus.",
    10000,
)
FR_MISSING_DERNA = Reported(
    "fr",
    "Libye : l'ONU revoit son bilan à Derna",
    "2023-09-17",
    "Selon l'ONU, les inondations ont fait 10 100 disparus dans la seule ville de Derna.",
    10100,
)
FR_ARRESTS_PARIS = Reported(
    "fr",
    "Manifestations : 120 interpellations",
    "2026-05-02",
    "A Paris, 120 personnes ont été interpellées, selon la préfecture de police.",
    120,
)
EN_ARRESTS_LYON = Reported(
    "en",
    "May Day protests: 120 arrests",
    "2026-05-02",
    "In Lyon, police said 120 people had been arrested.",
    120,
)


FR_RESIDENTS_UNACCOUNTED = Reported(
    "fr",
    "Glissement de terrain à Vellano : 112 habitants introuvables",
    "2026-02-10",
    "Selon la mairie, 112 habitants du village restaient introuvables mardi soir.",
    112,
)
EN_MISSING_112 = Reported(
    "en",
    "Landslide buries mountain village",
    "2026-02-11",
    "Rescuers said 112 people were still missing on Wednesday.",
    112,
)
EN_MISSING_40 = replace(
    EN_MISSING_112, text="Rescuers said 40 people were still missing on Wednesday.", value=40
)
FR_RESIDENTS_40 = replace(
    FR_RESIDENTS_UNACCOUNTED,
    text="Selon la mairie, 40 habitants ont été relogés chez des proches.",
    value=40,
)
FR_DEFICIT_BARE = Reported(
    "fr",
    "Budget : Bercy table sur un déficit stable",
    "2026-09-25",
    "« Nous tiendrons les 3,2 % », a assuré le ministre de l'Economie.",
    3.2,
)
EN_DEFICIT_BARE = Reported(
    "en",
    "France sticks to its budget target",
    "2026-09-25",
    "The finance minister said the target of 3.2% would be met.",
    3.2,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # who is counted ("habitants") against what befell them ("missing"): one count
        # when the number is the same and not a round one
        pytest.param(FR_RESIDENTS_UNACCOUNTED, EN_MISSING_112, id="who-vs-what-same-number"),
        # two bare percentages, the same number with decimals
        pytest.param(FR_DEFICIT_BARE, EN_DEFICIT_BARE, id="bare-percent-same-decimal"),
        # the same number, one figure scoped to a city, the other to a region the gazetteer
        # does not know; "t" for tonnes
        pytest.param(FR_SPILL_BREST, EN_SPILL_T, id="tonnes-city-vs-region-fr-en"),
        # unit words no lexicon knows, translations of each other, the same number
        pytest.param(FR_OILED_BIRDS, EN_OILED_BIRDS, id="unknown-unit-words-same-number"),
        # one unknown word in two spellings ("hospitalisations" / "hospitalizations")
        pytest.param(FR_HOSPITALISATIONS, EN_HOSPITALIZATIONS, id="cognate-unit-words"),
        # "killed two people and injured 23": the two is a death toll, not injured
        pytest.param(FR_STORM_DEATHS, EN_STORM_DEATHS, id="verb-before-next-number"),
    ],
)
def test_figures_unknown_to_the_lexicons_cluster(a: Reported, b: Reported) -> None:
    assert reported_together(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two counts of one event
        pytest.param(FR_STORM_DEATHS, EN_STORM_INJURED, id="deaths-vs-injured"),
        # the same number in two cities the gazetteer knows apart
        pytest.param(FR_ARRESTS_PARIS, EN_ARRESTS_LYON, id="same-number-two-cities"),
        pytest.param(
            FR_OILED_BIRDS,
            EN_VOLUNTEERS_450,
            id="same-number-two-unknown-words",
            marks=pytest.mark.xfail(
                reason="no lexicon says volunteers are not birds: in one story the same "
                "number of some size is taken for one count in two languages"
            ),
        ),
        # a round number is no evidence: residents rehoused are not the missing
        pytest.param(FR_RESIDENTS_40, EN_MISSING_40, id="who-vs-what-round-number"),
        # close numbers are not the same number: the region's missing and one city's
        pytest.param(FR_MISSING_REGION, FR_MISSING_DERNA, id="close-numbers-city-vs-unscoped"),
    ],
)
def test_figures_of_other_counts_stay_apart(a: Reported, b: Reported) -> None:
    assert not reported_together(a, b)


def test_measure_word_before_the_next_number_is_that_numbers() -> None:
    assert reported_profile(EN_STORM_DEATHS).measure == "deaths"
    assert reported_profile(EN_STORM_INJURED).measure == "injured"
    # "évacués de neuf localités": a preposition between; the verb stays the subject's
    evacuated = Reported(
        "fr",
        "Incendie",
        "2026-07-21",
        "Quelque 1 800 habitants et touristes ont été évacués de neuf localités, d'après le "
        "ministère de la Protection civile.",
        1800,
    )
    assert reported_profile(evacuated).measure == "evacuated"


def _last_follows_a_figure(lang: str, text: str) -> bool:
    """Whether the article's last claim follows (see `follow_targets`) a figure claim."""
    from claimtrack.extract.claims import extract_claims

    claims = extract_claims(text, lang)
    assert claims[-1].figure is None
    target = follow_targets(claims, lang)[-1]
    return target is not None and claims[target].figure is not None


@pytest.mark.parametrize(
    ("lang", "text", "follows"),
    [
        # a count named with a determiner, without what it counts: the figure just given
        (
            "fr",
            "Le ministère a recensé 1 240 cas de choléra, a-t-il annoncé lundi. Un chiffre "
            "que les élus locaux jugent sous-estimé.",
            True,
        ),
        (
            "en",
            "The ministry said it had recorded 1,240 cholera cases. Local officials said the "
            "figure was an underestimate.",
            True,
        ),
        (
            "en",
            "The ministry said it had recorded 1,240 cholera cases. Aid groups say the "
            "official figures are far too low.",
            True,
        ),
        # a dispute verb naming nothing of its own, right after the figure
        (
            "fr",
            "Selon l'étude, l'air du centre-ville contient 240 particules par mètre cube, a "
            "indiqué l'université. Les industriels contestent.",
            True,
        ),
        # a dispute that names what it disputes is about that, not the figure before it
        (
            "fr",
            "Selon l'étude, une particule sur trois proviendrait des pneus, a indiqué "
            "l'université. Plastalliance conteste vivement la méthode.",
            False,
        ),
        # "nier" denies an act, not a count: no figure to follow
        (
            "fr",
            "Sept contrôles positifs en dix-huit mois, selon l'agence antidopage. Le "
            "grimpeur nie en bloc.",
            False,
        ),
        # a count noun modifying another noun is no count: "passport numbers"
        (
            "en",
            "The airline said 1.2 million customers were affected. No passport numbers were "
            "compromised, the airline's spokesman said.",
            False,
        ),
    ],
)
def test_stances_commenting_a_figure_follow_it(lang: str, text: str, follows: bool) -> None:
    assert _last_follows_a_figure(lang, text) == follows


# Local stories: a figure scoped to a city against an unscoped one.
EN_SPILL_OWNER_800 = Reported(
    "en",
    "Tanker Astrid owner says only 800 tonnes of fuel oil leaked off Brittany",
    "2026-03-03",
    "The ship's owner, Nordvik Shipping, said no more than 800 tonnes of fuel oil had "
    "escaped from the Astrid.",
    800,
)
FR_SPILL_BREST_ASTRID = replace(
    FR_SPILL_BREST, title="Marée noire au large de Brest : le pétrolier Astrid a perdu 3 000 tonnes"
)
FR_STRIKE_PARIS = Reported(
    "fr",
    "Grève : 70 000 manifestants à Paris selon la CGT",
    "2026-03-07",
    "A Paris, 70 000 personnes ont manifesté selon la CGT.",
    70000,
)
FR_STRIKE_NATIONAL = Reported(
    "fr",
    "Grève : 107 000 manifestants en France, dont 13 000 à Paris",
    "2026-03-07",
    "Le ministère de l'Intérieur a compté 107 000 manifestants en France.",
    107000,
)
FR_STRIKE_NATIONAL_UNSCOPED = replace(
    FR_STRIKE_NATIONAL,
    text="Le ministère de l'Intérieur a compté 107 000 manifestants, dont 13 000 à Paris, et "
    "12 000 à Lyon. A Lyon, la CGT en a vu 30 000.",
)


def test_an_unscoped_figure_of_a_city_story_is_the_city_figure() -> None:
    # "off Brittany" is no place the lexicons know: the story is Brest's alone
    assert reported_together(FR_SPILL_BREST_ASTRID, EN_SPILL_OWNER_800)


def test_a_national_figure_stays_apart_from_a_city_figure() -> None:
    # the national article's story names France and other cities: not a local story
    assert not reported_together(FR_STRIKE_PARIS, FR_STRIKE_NATIONAL_UNSCOPED)


FR_VACCINATED_73 = Reported(
    "fr",
    "Grippe : la vaccination des soignants reste insuffisante",
    "2026-12-02",
    "Selon l'agence régionale de santé, 73 % des soignants sont vaccinés.",
    73,
)
EN_VACCINATED_73 = Reported(
    "en",
    "Flu season: health workers' vaccination lags",
    "2026-12-03",
    "The regional health agency said 73% of health workers had been vaccinated.",
    73,
)
FR_BEDS_50 = Reported(
    "fr",
    "Grippe : les hôpitaux sous tension",
    "2026-12-02",
    "Selon l'agence régionale de santé, 50 % des lits de réanimation sont occupés.",
    50,
)
EN_SCHOOLS_50 = Reported(
    "en",
    "Flu season: schools close",
    "2026-12-03",
    "The education ministry said 50% of schools in the region had closed.",
    50,
)


def test_bare_percentages_meet_on_an_uncommon_whole_number() -> None:
    assert reported_together(FR_VACCINATED_73, EN_VACCINATED_73)
    # "50 %" is any half: no evidence of one figure
    assert not reported_together(FR_BEDS_50, EN_SCHOOLS_50)


FR_TWO_SOLDIERS_KILLED = Reported(
    "fr",
    "Frontière : deux soldats tués dans un bombardement",
    "2026-10-05",
    "Deux soldats tués et trois blessés, selon l'état-major, qui accuse l'armée voisine.",
    2,
)
EN_TWO_SOLDIERS = Reported(
    "en",
    "Border shelling kills soldiers",
    "2026-10-05",
    "The army said two soldiers were among those hit by the overnight shelling.",
    2,
)
EN_TWO_SOLDIERS_DEPLOYED = replace(
    EN_TWO_SOLDIERS,
    text="The army said it had deployed 1,200 soldiers along the border.",
    value=1200,
)


def test_who_is_counted_meets_what_befell_them_on_the_same_number() -> None:
    assert "troops" in reported_profile(FR_TWO_SOLDIERS_KILLED).also_measures
    assert reported_together(FR_TWO_SOLDIERS_KILLED, EN_TWO_SOLDIERS)
    # soldiers deployed are not soldiers killed
    assert not reported_together(FR_TWO_SOLDIERS_KILLED, EN_TWO_SOLDIERS_DEPLOYED)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "fr",
            "Le parquet a ramené le montant des détournements à 13,2 milliards de FCFA, contre "
            "14,6 milliards annoncés à l'ouverture du procès.",
            14.6e9,
        ),
        (
            "en",
            "The prosecutor said about 3,000 tonnes had leaked, against 800 reported by the owner.",
            800,
        ),
    ],
)
def test_a_participle_after_a_number_is_no_unit_word(lang: str, text: str, value: float) -> None:
    item = Reported(lang, "Procès", "2026-11-20", text, value)
    measure = reported_profile(item).measure
    assert measure is None or not measure.startswith("u:")


FR_INJURED_EVACUATED = Reported(
    "fr",
    "Carambolage sur l'A7 : 23 blessés",
    "2026-01-10",
    "Selon les pompiers, 23 blessés ont été évacués vers les hôpitaux de la région.",
    23,
)
EN_INJURED_23 = Reported(
    "en",
    "Pile-up on French motorway",
    "2026-01-10",
    "Firefighters said 23 people were injured.",
    23,
)
EN_DEAD_23 = replace(EN_INJURED_23, text="Firefighters said 23 people were killed.")


def test_a_counted_noun_refined_away_still_names_its_count() -> None:
    # "23 blessés ont été évacués": the verb refines the measure to evacuated, the noun
    # still says injured
    assert reported_profile(FR_INJURED_EVACUATED).measure == "evacuated"
    assert reported_together(FR_INJURED_EVACUATED, EN_INJURED_23)
    # the injured are not the dead, whatever the number
    assert not reported_together(FR_INJURED_EVACUATED, EN_DEAD_23)


# --- Stances: dispute roles and the story's own words ----------------------------------------
# One made-up story in both languages, with words no lexicon knows: after a derailment, the
# rail union accuses the operator Ferrovia of falsifying its maintenance logs (dispute 1);
# Ferrovia accuses the Région Ostral of starving the line of funds (dispute 2).

FR_UNION_ACCUSES_FERROVIA = _stance(
    "fr",
    "Le syndicat Sud-Rail accuse Ferrovia d'avoir falsifié les registres d'entretien de la "
    "ligne pendant des mois.",
    "Le syndicat Sud-Rail",
)
EN_UNION_ACCUSES_FERROVIA = _stance(
    "en",
    "The Sud-Rail union accused Ferrovia of falsifying maintenance logs for months.",
    "The Sud-Rail union",
)
EN_FERROVIA_DENIES = Said(
    "en",
    "Ferrovia denied the allegations.",
    "Ferrovia",
    "Ferrovia",
    kind="denial",
    polarity="deny",
)
FR_FERROVIA_DENIES = Said(
    "fr",
    "Ferrovia dément catégoriquement.",
    "Ferrovia",
    "Ferrovia",
    kind="denial",
    polarity="deny",
)
FR_FERROVIA_ACCUSES_OSTRAL = Said(
    "fr",
    "De son côté, Ferrovia accuse la Région Ostral d'avoir asséché les crédits de la ligne "
    "depuis trois ans.",
    "Ferrovia",
    "Ferrovia",
    kind="accusation",
)
EN_OSTRAL_DENIES = Said(
    "en",
    "Ostral rejected the claim, saying its grants to the line had never been cut.",
    "Ostral",
    "Ostral",
    kind="denial",
    polarity="deny",
)
EN_FERROVIA_DENIES_SPEED = Said(
    "en",
    "Ferrovia also denied that its driver had been speeding through the bend.",
    "Ferrovia",
    "Ferrovia",
    kind="denial",
    polarity="deny",
)
FR_FERROVIA_DENIES_LOGS = Said(
    "fr",
    "Ferrovia nie avoir falsifié le moindre registre d'entretien.",
    "Ferrovia",
    "Ferrovia",
    kind="denial",
    polarity="deny",
)


@pytest.mark.parametrize(
    ("said", "accused", "accusers", "deniers"),
    [
        pytest.param(FR_UNION_ACCUSES_FERROVIA, {"ferrov"}, {"sud-rail"}, set(), id="fr-accuses"),
        pytest.param(EN_UNION_ACCUSES_FERROVIA, {"ferrov"}, {"sud-rail"}, set(), id="en-accuses"),
        pytest.param(EN_FERROVIA_DENIES, {"ferrov"}, set(), {"ferrov"}, id="en-denier"),
        pytest.param(FR_FERROVIA_ACCUSES_OSTRAL, {"ostral"}, {"ferrov"}, set(), id="fr-counter"),
        pytest.param(
            _stance("en", "The agency denies any manipulation.", "The agency", kind="denial"),
            {"~en:agency"},
            set(),
            {"~en:agency", "~kind:agency"},
            id="en-generic-denier",
        ),
        pytest.param(
            _stance(
                "fr",
                "Le ministère rejette fermement ces accusations.",
                "Le ministère",
                kind="denial",
            ),
            {"~fr:ministere"},
            set(),
            {"~fr:ministere", "~kind:ministry"},
            id="fr-generic-denier",
        ),
        pytest.param(
            _stance(
                "en",
                "France rejected claims of an insincere budget.",
                "France",
                kind="denial",
            ),
            {"france", "~kind:state"},
            set(),
            {"france", "~kind:state"},
            id="en-a-country-denies-as-its-government",
        ),
        pytest.param(
            _stance(
                "fr",
                "Le gouvernement dément toute manipulation.",
                "Le gouvernement",
                kind="denial",
            ),
            {"~fr:gouvernement", "~kind:state"},
            set(),
            {"~fr:gouvernement", "~kind:state"},
            id="fr-the-government-is-a-state-party",
        ),
        pytest.param(
            _stance("en", "The union denied the claims.", "The union", kind="denial"),
            {"trade unions"},
            set(),
            {"trade unions"},
            id="en-a-union-is-no-state-party",
        ),
        pytest.param(
            _stance("en", "Officials denied the claims.", "anonymous", kind="denial"),
            set(),
            set(),
            set(),
            id="en-anonymous-denier-is-no-party",
        ),
        pytest.param(
            _stance(
                "en",
                "Firefighters said the blaze was under control.",
                "Firefighters",
                kind="statement",
            ),
            set(),
            set(),
            set(),
            id="en-statement-has-no-parties",
        ),
    ],
)
def test_stance_parties(
    said: Said, accused: set[str], accusers: set[str], deniers: set[str]
) -> None:
    p = profile(said)
    assert accused <= set(p.accused)
    assert set(p.accusers) == accusers or accusers <= set(p.accusers)
    assert set(p.deniers) == deniers
    assert not set(p.accused) & set(p.accusers)  # an accuser never accuses itself


@pytest.mark.parametrize(
    ("a", "b", "together"),
    [
        pytest.param(
            FR_UNION_ACCUSES_FERROVIA, EN_FERROVIA_DENIES, True, id="accusation-fr-bare-denial-en"
        ),
        pytest.param(
            EN_UNION_ACCUSES_FERROVIA, FR_FERROVIA_DENIES, True, id="accusation-en-bare-denial-fr"
        ),
        pytest.param(
            EN_UNION_ACCUSES_FERROVIA, EN_FERROVIA_DENIES, True, id="accusation-en-bare-denial-en"
        ),
        pytest.param(
            FR_FERROVIA_ACCUSES_OSTRAL,
            EN_OSTRAL_DENIES,
            True,
            # the learned stance scorer meets them (the rules alone did not: the translated
            # words "crédits asséchés" / "grants never cut" do not meet)
            id="counter-accusation-and-its-denial",
        ),
        # two disputes of one story
        pytest.param(
            FR_FERROVIA_ACCUSES_OSTRAL,
            EN_FERROVIA_DENIES,
            False,
            id="a-party-accusing-is-not-its-denial",
        ),
        pytest.param(
            FR_FERROVIA_ACCUSES_OSTRAL,
            FR_FERROVIA_DENIES,
            False,
            id="a-party-accusing-is-not-its-denial-fr",
        ),
        pytest.param(FR_UNION_ACCUSES_FERROVIA, EN_OSTRAL_DENIES, False, id="denier-not-accused"),
        pytest.param(
            EN_UNION_ACCUSES_FERROVIA,
            FR_FERROVIA_ACCUSES_OSTRAL,
            False,
            id="the-accused-accusing-another-party",
        ),
        pytest.param(
            FR_FERROVIA_DENIES_LOGS,
            EN_FERROVIA_DENIES_SPEED,
            False,
            id="one-party-denying-two-things",
        ),
    ],
)
def test_stances_meet_on_dispute_roles(a: Said, b: Said, together: bool) -> None:
    assert same_claim(a, b) is together
    assert same_claim(b, a) is together


@pytest.mark.parametrize(
    ("names", "entities", "keys"),
    [
        pytest.param((), ("North Korea", "Russia"), {"north korea", "russia"}, id="entities-whole"),
        pytest.param(("Mamadou Lamine Sarr",), (), {"mamado", "lamine", "sarr"}, id="name-words"),
        pytest.param(("Alkyoni Solar",), (), {"alkyon", "solar"}, id="firm-words"),
    ],
)
def test_party_keys(names: tuple[str, ...], entities: tuple[str, ...], keys: set[str]) -> None:
    found = set(party_keys(names, "en", entities))
    assert found == keys
    # North and South Korea are two parties, not one "korea"
    assert "korea" not in found


def _accusing(said: Said, accused: str) -> ClaimProfile:
    """The profile of an accusation whose extraction resolved whom it accuses."""
    claim = replace(make_claim(said), extras={"accused": accused})
    return profile_claim(claim, said.lang, said.published, title=said.title)


EN_DOCTORS_ACCUSE_AGENCY = Said(
    "en",
    "Emergency doctors in Brittany have accused the region's health agency of massaging "
    "waiting-time statistics to hide a summer crisis in the region's hospitals.",
    "Emergency doctors in Brittany",
    "Emergency doctors in Brittany",
    kind="accusation",
    published="2026-08-05",
)
EN_AGENCY_DENIES = Said(
    "en",
    "The agency denies any manipulation.",
    "The agency",
    "regional health agency",
    kind="denial",
    polarity="deny",
    published="2026-08-10",
)
EN_MINISTRY_DENIES = Said(
    "en",
    "The ministry denies any wrongdoing.",
    "The ministry",
    "ministry",
    kind="denial",
    polarity="deny",
    published="2026-08-10",
)


@pytest.mark.parametrize(
    ("denial", "together"),
    [
        pytest.param(EN_AGENCY_DENIES, True, id="the-accused-body-denies"),
        pytest.param(EN_MINISTRY_DENIES, False, id="another-body-denies"),
    ],
)
def test_a_body_named_by_its_role_answers_the_charge(denial: Said, together: bool) -> None:
    accusation = _accusing(EN_DOCTORS_ACCUSE_AGENCY, "regional health agency")
    labels = cluster_in_memory([accusation, profile(denial)], SETTINGS)
    assert (labels[0] == labels[1]) is together


EN_OPPOSITION_ACCUSES_GOVERNMENT = Said(
    "en",
    "Opposition lawmakers have accused the government of presenting an insincere budget.",
    "Opposition lawmakers",
    "opposition",
    kind="accusation",
    published="2026-04-15",
)
EN_PARIS_REJECTS = Said(
    "en",
    "Paris concedes budget gap will be wider than planned but rejects claims of an "
    "'insincere' budget",
    "Paris",
    "France",
    kind="denial",
    polarity="deny",
    published="2026-04-17",
)


def test_a_country_answers_the_charge_against_its_government() -> None:
    accusation = _accusing(EN_OPPOSITION_ACCUSES_GOVERNMENT, "government")
    features = pair_features(accusation, profile(EN_PARIS_REJECTS), SETTINGS)
    assert features["accused"] == 1.0


def test_rival_roles_is_a_veto() -> None:
    reason = veto(profile(FR_FERROVIA_ACCUSES_OSTRAL), profile(EN_FERROVIA_DENIES), SETTINGS)
    assert reason == "rival roles"
    assert veto(profile(FR_UNION_ACCUSES_FERROVIA), profile(EN_FERROVIA_DENIES), SETTINGS) is None


FIRE_TITLE_EN = "Wildfire: firefighters' union blames power line operator Lignéo"
FIRE_TITLE_FR = "Incendie : le syndicat des pompiers met en cause Lignéo"
RECALL_TITLE_EN = "Eye drops: regulator accuses Optivel of hiding test results"
RECALL_TITLE_FR = "Collyre contaminé : l'ANSM accuse Optivel d'avoir caché des analyses"
EN_UNION_ACCUSES_LIGNEO = Said(
    "en",
    "The SASP firefighters' union accused Lignéo of failing to clear the scrub under its "
    "high-voltage line.",
    "The SASP firefighters' union",
    "SASP",
    kind="accusation",
    published="2025-08-06",
    title=FIRE_TITLE_EN,
)
FR_UNION_ACCUSES_LIGNEO = Said(
    "fr",
    "Le SASP accuse Lignéo de ne pas avoir débroussaillé le couloir sous la ligne à haute tension.",
    "Le SASP",
    "SASP",
    kind="accusation",
    published="2025-08-07",
    title=FIRE_TITLE_FR,
)
EN_REGULATOR_ACCUSES_OPTIVEL = Said(
    "en",
    "The medicines regulator ANSM accused Optivel of withholding laboratory results for weeks.",
    "The medicines regulator ANSM",
    "ANSM",
    kind="accusation",
    published="2025-10-06",
    title=RECALL_TITLE_EN,
)
FR_REGULATOR_ACCUSES_OPTIVEL = Said(
    "fr",
    "L'ANSM accuse Optivel d'avoir dissimulé pendant plusieurs semaines des résultats d'analyses.",
    "L'ANSM",
    "ANSM",
    kind="accusation",
    published="2025-10-06",
    title=RECALL_TITLE_FR,
)

# The accused party's own accusation, against its accuser or a third party: another
# dispute, however alike the words (without `_Roles.counters` every pair here but the
# supplier one in English clusters).
COUNTER_ACCUSATIONS = [
    pytest.param(
        EN_UNION_ACCUSES_LIGNEO,
        Said(
            "en",
            "Lignéo accused the SASP of exploiting the fire to press its demands for more staff.",
            "Lignéo",
            "Lignéo",
            kind="accusation",
            published="2025-08-07",
            title=FIRE_TITLE_EN,
        ),
        id="en-accused-accuses-its-accuser",
    ),
    pytest.param(
        FR_UNION_ACCUSES_LIGNEO,
        Said(
            "fr",
            "Lignéo accuse le SASP d'instrumentaliser l'incendie pour obtenir des postes.",
            "Lignéo",
            "Lignéo",
            kind="accusation",
            published="2025-08-07",
            title=FIRE_TITLE_FR,
        ),
        id="fr-accused-accuses-its-accuser",
    ),
    pytest.param(
        EN_REGULATOR_ACCUSES_OPTIVEL,
        Said(
            "en",
            "Optivel blamed Quimibase, its Portuguese supplier, for the contamination of the "
            "saline solution.",
            "Optivel",
            "Optivel",
            kind="accusation",
            published="2025-10-07",
            title=RECALL_TITLE_EN,
        ),
        id="en-accused-blames-a-third-party",
    ),
    pytest.param(
        FR_REGULATOR_ACCUSES_OPTIVEL,
        Said(
            "fr",
            "Optivel accuse son fournisseur portugais Quimibase d'avoir livré une solution "
            "saline contaminée.",
            "Optivel",
            "Optivel",
            kind="accusation",
            published="2025-10-07",
            title=RECALL_TITLE_FR,
        ),
        id="fr-accused-accuses-a-third-party",
    ),
    pytest.param(
        Said(
            "en",
            "Valdoria accused Kresnia of sending drones across the border overnight.",
            "Valdoria",
            "Valdoria",
            kind="accusation",
            published="2025-11-19",
            title="Valdoria and Kresnia trade drone accusations",
        ),
        Said(
            "en",
            "Kresnia accused Valdoria of sending drones across the border overnight.",
            "Kresnia",
            "Kresnia",
            kind="accusation",
            published="2025-11-19",
            title="Valdoria and Kresnia trade drone accusations",
        ),
        id="en-mirrored-accusations",
    ),
]


@pytest.mark.parametrize(("a", "b"), COUNTER_ACCUSATIONS)
def test_counter_accusations_stay_apart(a: Said, b: Said) -> None:
    assert veto(profile(a), profile(b), SETTINGS) == "counter-accusation"
    assert explain_similarity(profile(a), profile(b), SETTINGS)["terms"] == 0.0
    assert not same_claim(a, b)
    assert not same_claim(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(FR_UNION_ACCUSES_LIGNEO, EN_UNION_ACCUSES_LIGNEO, id="fire-fr-en"),
        pytest.param(FR_REGULATOR_ACCUSES_OPTIVEL, EN_REGULATOR_ACCUSES_OPTIVEL, id="recall-fr-en"),
    ],
)
def test_one_accuser_against_one_accused_is_no_counter_accusation(a: Said, b: Said) -> None:
    # the same parties in the same roles: one dispute told in two languages
    assert veto(profile(a), profile(b), SETTINGS) is None
    assert explain_similarity(profile(a), profile(b), SETTINGS)["terms"] > 0.0
    assert same_claim(a, b)


@pytest.mark.parametrize(
    ("lang", "text", "present", "absent"),
    [
        pytest.param(
            "fr",
            "Le syndicat accuse la direction de négligence et dénonce un sabotage des freins.",
            {"neglig", "sabota", "freins"},
            {"accuse", "denonc", "direct"},
            id="fr",
        ),
        pytest.param(
            "en",
            "The union accused management of negligence and alleged sabotage of the brakes.",
            {"neglig", "sabota", "brakes", "manage"},
            {"accuse", "allege"},
            id="en",
        ),
    ],
)
def test_content_words_keep_the_story_words(
    lang: str, text: str, present: set[str], absent: set[str]
) -> None:
    words = set(content_words(text, tables(lang)))
    assert present <= words
    assert not absent & words


@pytest.mark.parametrize(
    ("fr_word", "en_word", "same"),
    [
        ("négligence", "negligence", True),
        ("fraude", "fraudulent", False),  # six letters: "fraude" / "fraudu"
        ("sabotage", "sabotaged", True),
        ("corruption", "corrupt", True),
        ("falsifié", "falsified", True),
        ("registres", "register", True),
        ("crédits", "credit", True),
        ("freins", "brakes", False),
    ],
)
def test_word_keys_meet_across_inflections_and_cognates(
    fr_word: str, en_word: str, same: bool
) -> None:
    assert (word_key(fold(fr_word)) == word_key(fold(en_word))) is same


# The state a count is in (trapped, rescued, dead, infected, charged...) names its measure,
# whoever is counted: "sept travailleurs coincés" and "treize travailleurs secourus" count the
# same workers in two states, two claims.
@pytest.mark.parametrize(
    ("lang", "text", "value", "measure"),
    [
        (
            "fr",
            "Selon la direction, sept mineurs demeuraient coincés sous terre mardi soir.",
            7,
            "trapped",
        ),
        (
            "fr",
            "Au total, treize travailleurs ont été secourus, a indiqué la compagnie.",
            13,
            "rescued",
        ),
        (
            "fr",
            "Selon l'ARS, vingt-trois personnes ont été contaminées par la bactérie.",
            23,
            "cases",
        ),
        (
            "fr",
            "Trois personnes ont été mises en examen pour favoritisme, selon le parquet.",
            3,
            "charged",
        ),
        ("fr", "Le ministère a annoncé le rappel de 38 références de fromages.", 38, "products"),
        (
            "fr",
            "Au total, 212 lots sont concernés, selon la fiche publiée par le ministère.",
            212,
            "batches",
        ),
        (
            "en",
            "The company said seven workers remained trapped underground on Tuesday.",
            7,
            "trapped",
        ),
        (
            "en",
            "Rescuers pulled 13 miners out alive, the company said, and 13 were rescued in all.",
            13,
            "rescued",
        ),
        (
            "en",
            "Sixteen people have been infected with the strain, the health agency said.",
            16,
            "cases",
        ),
        ("en", "Prosecutors said three people had been charged with favouritism.", 3, "charged"),
        ("en", "The ministry said it had extended the recall to 54 products.", 54, "products"),
        ("en", "The ministry said the recall now covered 301 batches.", 301, "batches"),
    ],
)
def test_a_state_word_names_the_measure_of_a_count(
    lang: str, text: str, value: float, measure: str
) -> None:
    assert measure_of(Reported(lang, "Bilan", "2026-06-10", text, value)) == measure


FR_SEVEN_TRAPPED = Reported(
    "fr",
    "Effondrement dans une mine d'or de l'Abitibi",
    "2026-06-09",
    "Sept travailleurs demeuraient coincés mardi soir sous terre, selon la compagnie minière.",
    7,
)
EN_NINE_TRAPPED = Reported(
    "en",
    "Gold mine collapse in Abitibi",
    "2026-06-10",
    "The union said the real number of trapped workers was nine.",
    9,
)
EN_EIGHT_RESCUED = Reported(
    "en",
    "Gold mine collapse in Abitibi",
    "2026-06-10",
    "The company said eight workers were brought to the surface on Tuesday.",
    8,
)
FR_SIXTEEN_IN_SECTOR_RESCUED = Reported(
    "fr",
    "Effondrement dans une mine d'or de l'Abitibi",
    "2026-06-09",
    "Selon la compagnie, huit travailleurs ont été secourus mardi.",
    8,
)


def test_counts_of_one_group_in_two_states_are_two_claims() -> None:
    # trapped vs trapped (a dispute, 7 vs 9) is one claim; trapped vs rescued is not
    assert reported_together(FR_SEVEN_TRAPPED, EN_NINE_TRAPPED)
    assert reported_together(FR_SIXTEEN_IN_SECTOR_RESCUED, EN_EIGHT_RESCUED)
    assert not reported_together(FR_SEVEN_TRAPPED, EN_EIGHT_RESCUED)


FR_FIFTY_FOUR_PRODUCTS = Reported(
    "fr",
    "Listériose : le rappel étendu",
    "2026-03-18",
    "Le ministère de l'Agriculture a annoncé l'extension du rappel à 54 références.",
    54,
)
EN_FIFTY_FOUR_PRODUCTS = Reported(
    "en",
    "Listeria recall extended",
    "2026-03-19",
    "The agriculture ministry said it had extended the recall to 54 products.",
    54,
)
EN_THREE_HUNDRED_BATCHES = Reported(
    "en",
    "Listeria recall extended",
    "2026-03-19",
    "The agriculture ministry said the recall now covered 301 batches.",
    301,
)


def test_products_and_batches_of_one_recall_are_two_counts() -> None:
    assert reported_together(FR_FIFTY_FOUR_PRODUCTS, EN_FIFTY_FOUR_PRODUCTS)
    assert not reported_together(FR_FIFTY_FOUR_PRODUCTS, EN_THREE_HUNDRED_BATCHES)


# After a partitive ("trois des", "two of the") the words glued to the set name the whole;
# what befell the part comes after them.
@pytest.mark.parametrize(
    ("lang", "text", "value", "measure"),
    [
        (
            "fr",
            "Trois des travailleurs secourus ont été transportés à l'hôpital, a indiqué le CISSS.",
            3,
            "injured",
        ),
        ("fr", "Deux des blessés sont morts dans la nuit, selon la préfecture.", 2, "deaths"),
        ("en", "Two of the rescued miners were taken to hospital, officials said.", 2, "injured"),
        # no partitive: the first state word after the noun decides
        ("en", "Officials said 13 miners were rescued and taken to hospital.", 13, "rescued"),
    ],
)
def test_a_partitive_count_is_measured_past_its_whole(
    lang: str, text: str, value: float, measure: str
) -> None:
    assert measure_of(Reported(lang, "Mine", "2026-06-10", text, value)) == measure


# "Dix-neuf malades ont dû être hospitalisés, précise l'agence, qui a corrigé son bilan": a
# counted noun is refined by what follows it in its own segment, not by a word further on.
@pytest.mark.parametrize(
    ("lang", "text", "value", "measure"),
    [
        (
            "fr",
            "Dix-neuf malades ont dû être hospitalisés, précise l'agence, qui a par ailleurs "
            "corrigé son précédent bilan.",
            19,
            "injured",
        ),
        (
            "fr",
            "Vingt salariés ont été pris en charge à l'hôpital, selon la direction de l'usine.",
            20,
            "injured",
        ),
        (
            "en",
            "Nineteen patients were hospitalised, the agency said, which also revised its "
            "earlier death toll.",
            19,
            "injured",
        ),
    ],
)
def test_a_counted_noun_is_refined_in_its_own_segment(
    lang: str, text: str, value: float, measure: str
) -> None:
    assert measure_of(Reported(lang, "Bilan", "2026-03-19", text, value)) == measure


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "fr",
            "L'entreprise aurait à elle seule décroché pour 2,3 millions d'euros de contrats, "
            "selon l'opposition.",
            2.3e6,
        ),
        ("en", "The firm alone won contracts worth 2.3 million euros, the opposition said.", 2.3e6),
    ],
)
def test_an_amount_in_a_currency_is_measured_by_its_currency(
    lang: str, text: str, value: float
) -> None:
    assert measure_of(Reported(lang, "Marchés publics", "2026-09-26", text, value)) == "eur"


EN_SEVEN_TRAPPED = Reported(
    "en",
    "Gold mine collapse in Abitibi",
    "2026-06-10",
    "The company said seven workers remained trapped underground on Tuesday.",
    7,
)
EN_TWO_DOWN_THERE = Reported(
    "en",
    "Gold mine collapse in Abitibi",
    "2026-06-12",
    '"Two of our brothers are still down there," said the union\'s Quebec director.',
    2,
)
EN_EIGHT_DOWN_THERE = replace(
    EN_TWO_DOWN_THERE,
    text='"Eight of our brothers are still down there," said the union\'s Quebec director.',
    value=8,
)


def test_a_figure_of_unknown_measure_joins_only_a_count_near_its_number() -> None:
    # what "still down there" counts no lexicon says: 8 against 7 may dispute the trapped
    # count, 2 against 7 is another count
    trapped = reported_profile(EN_SEVEN_TRAPPED)
    two, eight = reported_profile(EN_TWO_DOWN_THERE), reported_profile(EN_EIGHT_DOWN_THERE)
    assert two.measure is None and eight.measure is None
    assert similarity(trapped, eight, SETTINGS) > similarity(trapped, two, SETTINGS) + 0.1
    assert not reported_together(EN_SEVEN_TRAPPED, EN_TWO_DOWN_THERE)


# A bare number set against the figure (", et non sept,", ", not seven,") shares the state
# written after it: both count the trapped.
@pytest.mark.parametrize(
    ("lang", "text", "value", "measure"),
    [
        (
            "fr",
            "Selon le syndicat, ce sont donc neuf travailleurs, et non sept, qui seraient "
            "toujours coincés.",
            9,
            "trapped",
        ),
        (
            "en",
            "The union said nine workers, not seven, were still trapped underground.",
            9,
            "trapped",
        ),
        # the number after the comma names its own count: nothing is shared
        (
            "en",
            "The company said 16 workers were in the sector, and seven were trapped.",
            16,
            "workers",
        ),
    ],
)
def test_a_bare_number_set_against_a_count_shares_its_state(
    lang: str, text: str, value: float, measure: str
) -> None:
    assert measure_of(Reported(lang, "Mine", "2026-06-09", text, value)) == measure


FR_FOUR_CASES = Reported(
    "fr",
    "Dopage : la fédération conteste le bilan de l'agence chez Vondrak",
    "2026-06-10",
    "La fédération de cyclisme avance un bilan bien moindre chez Vondrak : quatre cas, selon "
    "son président.",
    4,
)
EN_SEVEN_POSITIVES = Reported(
    "en",
    "Anti-doping agency says seven positives at Vondrak team",
    "2026-06-11",
    "The anti-doping agency said seven Vondrak riders had returned positive tests.",
    7,
)


def test_a_generic_count_word_meets_the_specific_count_of_its_story() -> None:
    # "cases" in a doping story are its positive tests (cluster.yaml generic_measures)
    assert reported_profile(FR_FOUR_CASES).measure == "cases"
    assert reported_profile(EN_SEVEN_POSITIVES).measure == "positive-tests"
    assert reported_together(FR_FOUR_CASES, EN_SEVEN_POSITIVES)


FR_SHELL_COMPANIES = Reported(
    "fr",
    "Procès de l'Agence des forages : le parquet détaille le système",
    "2026-11-12",
    "Selon le procureur, les 27 sociétés attributaires n'avaient aucune adresse connue.",
    27,
)
FR_VILLAGES_DEPRIVED = Reported(
    "fr",
    "Procès de l'Agence des forages : les villages privés d'eau",
    "2026-11-12",
    "Quelque 150 localités auraient été privées des forages promis, selon l'accusation.",
    150,
)
EN_VILLAGES_DEPRIVED = Reported(
    "en",
    "Borehole agency trial: villages left without water",
    "2026-11-13",
    "Lawyers for the civil parties said the figure was closer to 150 villages.",
    150,
)


def test_two_nouns_no_lexicon_knows_in_one_language_count_two_things() -> None:
    assert reported_profile(FR_SHELL_COMPANIES).measure.startswith("u:")
    assert reported_profile(FR_VILLAGES_DEPRIVED).measure.startswith("u:")
    assert not reported_together(FR_SHELL_COMPANIES, FR_VILLAGES_DEPRIVED)
    # across languages they may be translations: the same number of some size tells
    assert reported_together(FR_VILLAGES_DEPRIVED, EN_VILLAGES_DEPRIVED)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Selon le procureur, les 27 entités attributaires n'avaient aucune adresse connue.",
            27,
            "u:entite",
        ),
        (
            "Quelque 150 propriétés auraient été privées des forages promis, selon l'accusation.",
            150,
            "u:propriete",
        ),
        # a participle still is no unit word
        (
            "Le parquet a ramené le montant à 13,2 milliards, contre 14,6 milliards annoncés.",
            14.6e9,
            None,
        ),
    ],
)
def test_a_noun_ending_like_a_participle_is_a_unit_word(
    text: str, value: float, measure: str | None
) -> None:
    item = Reported("fr", "Procès", "2026-11-12", text, value)
    assert reported_profile(item).measure == measure


@pytest.mark.parametrize(
    ("lang", "text", "value", "measure"),
    [
        (
            "fr",
            "Selon la protection civile, près de 18 500 personnes sont hébergées dans des écoles.",
            18500,
            "sheltered",
        ),
        (
            "fr",
            "Des sept mineurs coincés, cinq ont gagné une chambre de refuge, selon l'entreprise.",
            5,
            "sheltered",
        ),
        (
            "en",
            "Officials said about 18,500 people were sheltering in schools and gyms.",
            18500,
            "sheltered",
        ),
        # the people in shelters are not the people in need
        ("en", "The UN said 45,000 people were in need of humanitarian aid.", 45000, None),
    ],
)
def test_people_in_shelters_are_a_count_of_their_own(
    lang: str, text: str, value: float, measure: str | None
) -> None:
    assert measure_of(Reported(lang, "Cyclone", "2026-11-18", text, value)) == measure


# A percentage or a currency word names what a number with no unit of its own counts ("up
# from 52 million" after "58 million euros": euros, not dollars), never what a number with
# its own noun counts ("4 200 épargnants ... 14 %"), nor a number past another number whose
# unit it is ("about 900 of them Belgian, ... up to 480 million euros").
@pytest.mark.parametrize(
    ("lang", "text", "value", "measure"),
    [
        (
            "en",
            "The mayor raised her estimate of the tramway's cost overrun to 58 million euros, "
            "up from 52 million, her office said.",
            52e6,
            "eur",
        ),
        (
            "fr",
            "Le maire a relevé son estimation du dépassement à 58 millions d'euros, contre 52 "
            "millions auparavant, a indiqué la mairie.",
            52e6,
            "eur",
        ),
        (
            "en",
            "The ministry put the damage at 1.8 billion dollars, up from 1.2 billion, a "
            "spokesman said.",
            1.2e9,
            "usd",
        ),
        (
            "en",
            "The mayor raised her estimate of the tramway's cost overrun to 58 million euros, "
            "her office said.",
            58e6,
            "eur",
        ),
        # negatives: a number with its own noun, a number past another number's unit
        pytest.param(
            "fr",
            "Selon la procureure, plus de 4 200 épargnants auraient confié leurs économies à "
            "la société, qui leur promettait un rendement de 14 % par an.",
            4200,
            "u:epargnant",
            id="fr-own-noun-not-percent",
        ),
        pytest.param(
            "en",
            "Prosecutors say the firm defrauded more than 4,200 savers of at least 310 million "
            "euros, a spokesman said.",
            4200,
            "u:saver",
            id="en-own-noun-not-currency",
        ),
        pytest.param(
            "en",
            "The collective, which says it represents 6,300 people, about 900 of them Belgian, "
            "estimates that up to 480 million euros was lost.",
            900,
            None,
            id="en-unit-of-another-number",
        ),
        pytest.param(
            "fr",
            "Le collectif dit représenter 6 300 personnes, dont environ 900 Belges, et estime "
            "que 480 millions d'euros ont été perdus.",
            6300,
            None,
            id="fr-people-not-currency",
        ),
    ],
)
def test_a_unit_word_measures_only_a_number_without_a_unit(
    lang: str, text: str, value: float, measure: str | None
) -> None:
    assert measure_of(Reported(lang, "Estimation", "2026-10-01", text, value)) == measure


# A figure in a unit of measurement (a length of time, a sum, a share) is never a count of
# people or things, however the story's words leave the count's measure open.
@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (
            Reported(
                "fr",
                "Otages",
                "2026-11-13",
                "La médiation a duré « près de sept mois », selon son envoyé.",
                7,
            ),
            Reported(
                "en",
                "Hostages",
                "2026-11-15",
                "A regional official said 14 people were abducted on Wednesday.",
                14,
            ),
            True,
        ),
        (
            Reported(
                "en",
                "Ponzi scheme",
                "2026-10-09",
                "The collective says 40 people lost everything, a spokesman said.",
                40,
            ),
            Reported(
                "en",
                "Ponzi scheme",
                "2026-10-13",
                "The collective estimates that 40% of the money was lost.",
                40,
            ),
            True,
        ),
        (
            Reported(
                "fr",
                "Marée noire",
                "2026-03-02",
                "Selon la préfecture, 3 000 tonnes de fioul se sont échappées du navire.",
                3000,
            ),
            Reported(
                "fr",
                "Marée noire",
                "2026-03-02",
                "Selon les secours, 3 000 personnes ont été mobilisées sur les plages.",
                3000,
            ),
            True,
        ),
        # negatives: two counts of people, and one sum in the same currency
        (
            Reported(
                "fr",
                "Otages",
                "2026-11-13",
                "Selon un responsable, 14 personnes ont été enlevées mercredi.",
                14,
            ),
            Reported(
                "en",
                "Hostages",
                "2026-11-15",
                "A regional official said 14 people were abducted on Wednesday.",
                14,
            ),
            False,
        ),
        (
            Reported(
                "en",
                "Tram overrun",
                "2026-10-01",
                "The mayor raised her estimate of the overrun to 58 million euros, up from 52 "
                "million, her office said.",
                52e6,
            ),
            Reported(
                "en",
                "Tram overrun",
                "2026-09-20",
                "City hall disputes that, saying costs have risen by €52m.",
                52e6,
            ),
            False,
        ),
    ],
)
def test_an_amount_is_never_a_head_count(a: Reported, b: Reported, apart: bool) -> None:
    assert (veto(reported_profile(a), reported_profile(b), SETTINGS) == "measure") is apart


@pytest.mark.parametrize(
    ("lang", "text", "named", "unnamed"),
    [
        (
            "en",
            "Tram line overruns\nOpposition councillor Marc Dellapina claims the true overrun "
            "tops €100m. Separately, the traders' association UCCV says 43 shops have closed.",
            {"dellap", "uccv"},
            {"marc", "separa", "opposi"},
        ),
        (
            "fr",
            "Le tramway dérape\nPour l'opposant Marc Dellapina, la majorité a méprisé les "
            "commerçants. Selon l'UCCV, 43 commerces ont fermé. Parmi eux, la librairie.",
            {"dellap", "uccv"},
            {"marc", "parmi", "selon"},
        ),
    ],
)
def test_article_names_are_the_names_written_once_or_more(
    lang: str, text: str, named: set[str], unnamed: set[str]
) -> None:
    title, body = text.split("\n", 1)
    article = Article(
        name=title, text=body, lang=lang, content_hash=title, title=title, published="2026-10-01"
    )
    names = set(article_names(article))
    assert named <= names
    assert not names & unnamed


TRAM_FR_87M = Said(
    "fr",
    "La chambre régionale des comptes évalue le surcoût de la ligne à 87 millions d'euros.",
    "La chambre régionale des comptes",
    "regional audit chamber",
    "87 millions d'euros",
    87e6,
    unit="EUR",
    published="2026-09-15",
    title="Tramway : la chambre régionale des comptes chiffre le dérapage",
)
TRAM_EN_100M = Said(
    "en",
    "Opposition councillor Marc Dellapina claims the true overrun tops €100m.",
    "Marc Dellapina",
    "Marc Dellapina",
    "€100m",
    100e6,
    unit="EUR",
    published="2026-09-20",
    title="Why a French city's tram line has become a political headache",
)


# Two articles in two languages on one short story share few headline terms, but write the
# same names ("Dellapina", "UCCV", "Castagné"), if only once; two stories may share an
# agency, not a good part of their names.
@pytest.mark.parametrize(
    ("names_fr", "names_en", "together"),
    [
        (
            ("crc", "castag", "dellap", "uccv", "brosse"),
            ("castag", "dellap", "uccv", "benyah"),
            True,
        ),
        # negatives: one shared agency among many names, and no names at all
        (
            ("ocha", "mareva", "oriane", "tavanu", "tamaru", "ndmo"),
            ("ocha", "office", "norvak", "dravik", "ostrel", "peltra", "lidval", "unhcr"),
            False,
        ),
        ((), ("castag", "dellap", "uccv", "benyah"), False),
    ],
)
def test_articles_writing_the_same_names_tell_one_story(
    names_fr: tuple[str, ...], names_en: tuple[str, ...], together: bool
) -> None:
    settings = ClusterSettings.load(story_names_for_same=2)
    fr = replace(profile(TRAM_FR_87M), story_names=names_fr)
    en = replace(profile(TRAM_EN_100M), story_names=names_en)
    labels = cluster_in_memory([fr, en], settings)
    assert (labels[0] == labels[1]) is together
    # weighed only when the setting asks for it
    assert cluster_in_memory([fr, en], SETTINGS)[0] != cluster_in_memory([fr, en], SETTINGS)[1]


# A percentage right after a verb or noun of change is a change ("rents rose 9.4%"), as
# after "rose by"; one the verb reaches ("rose to 61%") is a level; of a sum or a count the
# verb only says how the level moved ("costs have risen by €52m" is the overrun).
@pytest.mark.parametrize(
    ("lang", "text", "value", "change"),
    [
        ("en", "Rents in Bremont rose 9.4% in the year through October, the INS said.", 9.4, True),
        (
            "en",
            "The landlords' federation puts the increase at 3.8%, its president said.",
            3.8,
            True,
        ),
        (
            "fr",
            "Les loyers ont augmenté de 9,4 % en un an à Bremont, selon l'Institut national.",
            9.4,
            True,
        ),
        (
            "fr",
            "L'Union des locataires avance au contraire une augmentation « de plus de 15 % ».",
            15,
            True,
        ),
        # negatives: a level reached, and sums or counts
        ("en", "Turnout rose to 61% on Sunday, the electoral commission said.", 61, False),
        ("fr", "La participation a grimpé à 61 %, selon la commission électorale.", 61, False),
        ("en", "City hall disputes that, saying costs have risen by €52m.", 52e6, False),
        (
            "fr",
            "Selon les pompiers, le bilan a été revu à la hausse : 17 personnes ont été blessées.",
            17,
            False,
        ),
    ],
)
def test_a_share_after_a_verb_of_change_is_a_change(
    lang: str, text: str, value: float, change: bool
) -> None:
    item = Reported(lang, "Loyers", "2026-11-12", text, value)
    assert reported_profile(item).change is change


# "la capitale" / "the capital" is the capital of the story's country, Paris only in a
# French story; in a story of a country no gazetteer knows, a capital all the same: a city,
# never the country.
@pytest.mark.parametrize(
    ("lang", "sentence", "figure", "title", "places"),
    [
        (
            "fr",
            "Selon la préfecture, 13 000 personnes ont défilé dans la capitale.",
            "13 000",
            "Retraites : 120 000 manifestants en France",
            ("Paris",),
        ),
        (
            "en",
            "Police said 14 people were arrested during Tuesday's protest in the capital.",
            "14",
            "Ukraine protests: police detain dozens",
            ("Kyiv",),
        ),
        (
            "fr",
            "Dans la capitale, la participation n'a pas dépassé 49 %, selon la commission.",
            "49 %",
            "Valmérie : l'opposition dénonce une mascarade électorale",
            ("capital",),
        ),
        (
            "en",
            "The Red Cross said it had transported 23 people to the capital.",
            "23",
            "Zambera says 112 prisoners freed in swap for rebel-held hostages",
            ("capital",),
        ),
        # negative: no capital named
        (
            "fr",
            "Selon la commission, la participation a atteint 61 % dans le pays.",
            "61 %",
            "Valmérie : l'opposition dénonce une mascarade électorale",
            (),
        ),
    ],
)
def test_the_capital_is_the_story_countrys(
    lang: str, sentence: str, figure: str, title: str, places: tuple[str, ...]
) -> None:
    value = float(figure.rstrip(" %").replace(" ", ""))
    said = Said(lang, sentence, "la commission", "commission", figure, value, title=title)
    assert profile(said).places == places


# A city in a mayor's or governor's title scopes the figure; the seat of a prosecutor or a
# court does not: it handles cases from anywhere.
@pytest.mark.parametrize(
    ("said", "places"),
    [
        (
            Said(
                "fr",
                "Selon la procureure de la République de Lyon, plus de 4 200 épargnants auraient "
                "confié leurs économies à la société.",
                "la procureure de la République de Lyon",
                "Lyon prosecutor's office",
                "4 200",
                4200,
                published="2026-10-06",
            ),
            (),
        ),
        (
            Said(
                "en",
                "The Lyon prosecutor's office said more than 4,200 savers had entrusted their "
                "money to the firm.",
                "The Lyon prosecutor's office",
                "Lyon prosecutor's office",
                "4,200",
                4200,
                published="2026-10-09",
            ),
            (),
        ),
        # negatives: a mayor speaks of the city
        (
            Said(
                "fr",
                "Le maire de Derna a déclaré que 2 300 personnes étaient mortes.",
                "Le maire de Derna",
                "Derna mayor",
                "2 300",
                2300,
                published="2023-09-14",
            ),
            ("Derna",),
        ),
        (
            Said(
                "en",
                "The mayor of Derna said 2,300 people had died.",
                "The mayor of Derna",
                "Derna mayor",
                "2,300",
                2300,
                published="2023-09-14",
            ),
            ("Derna",),
        ),
    ],
)
def test_a_prosecutors_seat_does_not_scope_the_figure(said: Said, places: tuple[str, ...]) -> None:
    assert profile(said).places == places


# --- Counted nouns: synonyms and translations of one thing counted share a stand-in key -----

FLEET_FR = "Pêche : des navires morlandais encerclent des dragueurs aldaniens"
FLEET_EN = "Morlande boats surround Aldany dredgers in scallop dispute"


@pytest.mark.parametrize(
    ("item", "measure"),
    [
        (
            Reported(
                "fr",
                FLEET_FR,
                "2026-10-09",
                "La préfecture fait état de 35 navires morlandais.",
                35,
            ),
            "u:vessel",
        ),
        (
            Reported(
                "fr",
                FLEET_FR,
                "2026-10-09",
                "Selon le comité, une quarantaine de bateaux ont encerclé les dragueurs.",
                40,
            ),
            "u:vessel",
        ),
        (
            Reported(
                "en",
                FLEET_EN,
                "2026-10-09",
                "The prefecture said it had counted 35 Morlande boats in the area and that one "
                "fisherman had been slightly injured.",
                35,
            ),
            "u:vessel",
        ),
        (
            Reported(
                "en",
                FLEET_EN,
                "2026-10-09",
                "The agency said more than 60 vessels took part in the confrontation.",
                60,
            ),
            "u:vessel",
        ),
        (
            Reported(
                "fr",
                "Législatives : l'opposition dénonce des fraudes",
                "2026-10-26",
                "Les observateurs ont relevé des irrégularités dans 312 bureaux de vote, selon "
                "leur rapport.",
                312,
            ),
            "u:polling-station",
        ),
        (
            Reported(
                "en",
                "Observers report fraud in election",
                "2026-10-27",
                "Observers said they had documented irregularities at 347 polling stations.",
                347,
            ),
            "u:polling-station",
        ),
        (
            Reported(
                "fr",
                "Tramway : les commerçants à bout",
                "2026-11-10",
                "Le long du tracé, 43 commerces ont baissé définitivement le rideau, selon "
                "l'union des commerçants.",
                43,
            ),
            "u:shop",
        ),
        (
            Reported(
                "en",
                "Tram works hit traders",
                "2026-11-12",
                "The association counts 43 shops that have closed for good along the route.",
                43,
            ),
            "u:shop",
        ),
        # a noun no table knows keeps its own stand-in; "foyer" is as often an outbreak as a
        # household, and stays its own word
        (
            Reported(
                "fr",
                "Grippe aviaire : l'épizootie s'étend",
                "2026-11-12",
                "D'après la préfecture, 23 foyers étaient recensés jeudi soir.",
                23,
            ),
            "u:foyer",
        ),
        (
            Reported(
                "fr",
                "Marchés publics : le procès s'ouvre",
                "2026-11-12",
                "Selon le procureur, les 27 entités attributaires n'avaient aucune adresse connue.",
                27,
            ),
            "u:entite",
        ),
    ],
)
def test_counted_nouns_share_a_key_across_words_and_languages(item: Reported, measure: str) -> None:
    assert measure_of(item) == measure


def test_two_words_for_one_fleet_cluster_in_one_language() -> None:
    navires = Reported(
        "fr",
        FLEET_FR,
        "2026-10-09",
        "La préfecture maritime fait état de 35 navires morlandais dans la baie.",
        35,
    )
    bateaux = Reported(
        "fr",
        FLEET_FR,
        "2026-10-10",
        "Le comité des pêches parle d'une quarantaine de bateaux morlandais dans la baie.",
        40,
    )
    assert reported_together(navires, bateaux)


def test_other_things_counted_stay_apart_in_one_language() -> None:
    navires = Reported(
        "fr",
        FLEET_FR,
        "2026-10-09",
        "La préfecture maritime fait état de 35 navires morlandais dans la baie.",
        35,
    )
    avions = Reported(
        "fr",
        FLEET_FR,
        "2026-10-10",
        "La marine a déployé 40 avions de surveillance au-dessus de la baie, selon la préfecture.",
        40,
    )
    assert measure_of(avions) == "u:aircraft"
    assert not reported_together(navires, avions)


# --- Numbers written without their noun: the text says elsewhere what they count -------------

POWER_EN = "Heatwave: hundreds of thousands of households lose power in Valrac"
POWER_FR = "Canicule : des centaines de milliers de foyers privés de courant à Valrac"
HOSTAGES_EN = "Zambera frees prisoners in exchange for hostages"


@pytest.mark.parametrize(
    ("item", "measure"),
    [
        # a partitive: the whole the number is drawn from
        (
            Reported(
                "en",
                FLEET_EN,
                "2026-10-13",
                "Morlande's maritime prefecture said 35 of its boats had been at sea that night.",
                35,
            ),
            "u:vessel",
        ),
        (
            Reported(
                "fr",
                "Centrale de Dolny Brod : la production amputée",
                "2026-11-19",
                "L'incendie a détruit deux des trois groupes électrogènes de la centrale, selon "
                "l'exploitant.",
                2,
            ),
            "u:groupe",
        ),
        # a count noun and its complement
        (
            Reported(
                "en",
                "Bank closes accounts after fraud",
                "2026-11-04",
                "Livrago puts the number of closed accounts at 180, all of them linked to fraud.",
                180,
            ),
            "u:account",
        ),
        (
            Reported(
                "fr",
                "Déraillement : le nombre de passagers revu",
                "2026-11-16",
                "Lignéo a revu à la hausse le nombre de voyageurs présents dans le train : 218, "
                "selon la compagnie.",
                218,
            ),
            "u:voyageur",
        ),
        # a number set against a counted one in the same sentence
        (
            Reported(
                "en",
                "Observers report fraud in election",
                "2026-10-27",
                "REVO said it had now documented irregularities at 347 polling stations, up from "
                "312 in its preliminary statement.",
                312,
            ),
            "u:polling-station",
        ),
        (
            Reported(
                "fr",
                "Loyers : les plaintes s'envolent",
                "2026-11-10",
                "Le syndicat dit avoir enregistré 4 200 plaintes depuis janvier, contre 2 600 sur "
                "toute l'année 2025.",
                2600,
            ),
            "u:complaint",
        ),
        # "the figure" points back to the count the article gave just before
        (
            Reported(
                "en",
                POWER_EN,
                "2026-07-21",
                "Grid operator Lumeris said 210,000 households lost power on Monday. City hall "
                "put the figure at close to 300,000.",
                300000,
            ),
            "u:household",
        ),
        (
            Reported(
                "fr",
                "Incendie : des milliers d'évacués",
                "2026-07-21",
                "Selon la préfecture, 14 000 personnes ont été évacuées. Les associations "
                "avancent pour leur part le chiffre de 20 000.",
                20000,
            ),
            "evacuated",
        ),
        # (a conversion in brackets, "110 km/h (68 mph)", is no figure at all now: see
        # tests/test_value_conventions.py)
        # the number set against says nothing of its measure: neither does this one, and the
        # count of the sentence before is not borrowed
        (
            Reported(
                "en",
                HOSTAGES_EN,
                "2026-11-16",
                "The government says it released 112 prisoners. The rebels say they still hold "
                "eight people; families put the number at 11.",
                11,
            ),
            None,
        ),
        # the number after is another count: "900 of them Belgian" is not in euros, "900
        # Belges" counts Belgians
        (
            Reported(
                "en",
                "Ponzi victims organise",
                "2026-10-09",
                "The collective says it represents 6,300 people, about 900 of them Belgian, and "
                "estimates that up to 480 million euros was lost.",
                900,
            ),
            None,
        ),
        (
            Reported(
                "fr",
                "Escroquerie : les victimes s'organisent",
                "2026-10-09",
                "Le collectif dit représenter 6 300 personnes, dont environ 900 Belges, et "
                "chiffre les pertes à 480 millions d'euros.",
                900,
            ),
            "u:belge",
        ),
    ],
)
def test_a_number_without_its_noun_counts_what_the_text_says(
    item: Reported, measure: str | None
) -> None:
    assert measure_of(item) == measure


def test_a_figure_pointed_back_to_lends_its_date() -> None:
    item = Reported(
        "fr",
        "Grève : 107 000 manifestants selon l'Intérieur",
        "2026-10-19",
        "Le 29 septembre dernier, la journée de grève avait rassemblé 118 500 personnes, selon la "
        "police. "
        "Des chiffres contestés par les organisateurs qui évoquent 250 000.",
        250000,
    )
    found = reported_profile(item)
    assert (found.measure, found.event_date, found.date_strength) == (
        "turnout",
        "2026-09-29",
        "explicit",
    )


def test_a_number_of_which_is_a_part() -> None:
    item = Reported(
        "en",
        "Cycling federation disputes doping count",
        "2026-06-11",
        "The federation has put the figure at four positive tests, two of which it said were "
        "still being analysed.",
        2,
    )
    assert reported_profile(item).part


def test_an_elided_count_joins_the_count_it_disputes_across_languages() -> None:
    en = Reported(
        "en",
        POWER_EN,
        "2026-07-21",
        "Grid operator Lumeris said 210,000 households lost power on Monday. City hall put the "
        "figure at close to 300,000.",
        300000,
    )
    fr = Reported(
        "fr",
        POWER_FR,
        "2026-07-21",
        "La mairie de Valrac évalue à près de 300 000 le nombre de ménages privés d'électricité "
        "lundi soir.",
        300000,
    )
    assert measure_of(fr) == "u:household"
    assert reported_together(en, fr)


# --- Units of measurement the press uses for rain, snow and size ------------------------------


@pytest.mark.parametrize(
    ("item", "measure"),
    [
        (
            Reported(
                "en",
                "Cyclone Oriane nears Tavanu",
                "2026-11-14",
                "The agency warned that up to 400 millimeters of rain could fall on the main "
                "island by Tuesday.",
                400,
            ),
            "mm",
        ),
        (
            Reported(
                "fr",
                "Le cyclone Oriane approche du Tavanu",
                "2026-11-14",
                "Le service météorologique estime que jusqu'à 400 millimètres de pluie pourraient "
                "tomber d'ici mardi.",
                400,
            ),
            "mm",
        ),
        (
            Reported(
                "en",
                "Water agency finds residue in tap water",
                "2026-03-12",
                "The agency said the highest level recorded in tap water stands at 0.52 "
                "micrograms per litre.",
                0.52,
            ),
            "concentration",
        ),
        (
            Reported(
                "fr",
                "Pesticide : l'eau du robinet contaminée",
                "2026-03-12",
                "L'association a mesuré 0,9 microgramme par litre au robinet, selon ses analyses.",
                0.9,
            ),
            "concentration",
        ),
    ],
)
def test_units_of_measurement_name_their_measure(item: Reported, measure: str) -> None:
    assert measure_of(item) == measure


def test_rainfall_never_counts_people() -> None:
    rain = Reported(
        "en",
        "Cyclone Oriane nears Tavanu",
        "2026-11-15",
        "Forecasters said up to 400 millimeters of rain could fall on the island.",
        400,
    )
    people = Reported(
        "en",
        "Cyclone Oriane nears Tavanu",
        "2026-11-15",
        "Police said about 400 people had spent the night in churches and schools.",
        400,
    )
    assert not reported_together(rain, people)


# --- The same number stands for the measure or for the story, not for both ------------------


def test_one_number_in_two_stories_of_one_language_stays_apart() -> None:
    raid = Reported(
        "fr",
        "Coup de filet antidrogue à Saint-Aurèle",
        "2026-11-20",
        "Quarante et un suspects ont été déférés au parquet de Saint-Aurèle, précise le "
        "communiqué. Le coup de filet de Saint-Aurèle visait un réseau de trafic de cannabis.",
        41,
    )
    measles = Reported(
        "fr",
        "Rougeole : l'épidémie progresse dans la Vérane",
        "2026-11-06",
        "L'agence régionale de santé de la Vérane recense 41 cas confirmés de rougeole. "
        "L'épidémie progresse dans la Vérane, où la couverture vaccinale reste faible.",
        41,
    )
    assert not reported_together(raid, measles)


def test_one_number_across_two_languages_still_tells_one_story() -> None:
    fr = Reported(
        "fr",
        "Grippe aviaire : l'épizootie s'étend",
        "2026-11-12",
        "D'après la préfecture, 23 exploitations étaient touchées jeudi soir.",
        23,
    )
    en = Reported(
        "en",
        "Bird flu spreads through French duck farms",
        "2026-11-13",
        "French authorities have confirmed 23 infected farms in the region.",
        23,
    )
    assert reported_together(fr, en)


# --- Two clusters of one count that a later claim bridges merge --------------------------

COLLAPSE_TITLE_FR = "Effondrement d'un immeuble à Bassoumé : le bilan s'alourdit"
COLLAPSE_TITLE_EN = "Death toll rises in Bassoume building collapse"
TOLL_FR_EARLY = Said(
    "fr",
    "Douze personnes ont péri dans l'effondrement de l'immeuble, selon la protection civile.",
    "protection civile",
    "civil protection",
    "Douze personnes ont péri",
    12,
    unit="deaths",
    published="2026-11-15",
    title=COLLAPSE_TITLE_FR,
)
TOLL_FR_LATER = Said(
    "fr",
    "Le dernier bilan de la protection civile fait état de 21 morts dans l'effondrement de "
    "l'immeuble.",
    "protection civile",
    "civil protection",
    "21 morts",
    21,
    unit="deaths",
    published="2026-11-16",
    title=COLLAPSE_TITLE_FR,
)
TOLL_EN_GOVERNOR = Said(
    "en",
    "The regional governor's office maintains that 27 people died in the collapse of the building.",
    "regional governor's office",
    "regional governor",
    "27 people died",
    27,
    unit="deaths",
    published="2026-11-17",
    title=COLLAPSE_TITLE_EN,
)
TOLL_EN_COUNTRY = Said(
    "en",
    "Building collapses have killed 3,840 people across the country since 2010, the ministry said.",
    "the ministry",
    "ministry",
    "3,840 people",
    3840,
    unit="deaths",
    published="2026-11-17",
    title=COLLAPSE_TITLE_EN,
)
DEFICIT_TITLE_FR = "Budget : bataille de chiffres sur le déficit"
DEFICIT_TITLE_EN = "Budget deficit: auditors challenge the government's forecast"
DEFICIT_FR_GOVERNMENT = Said(
    "fr",
    "Le gouvernement chiffre le déficit public de cette année à 4,7 % du PIB.",
    "gouvernement",
    "government",
    "4,7 %",
    4.7,
    unit="percent",
    published="2026-10-02",
    title=DEFICIT_TITLE_FR,
)
DEFICIT_EN_AUDITORS = Said(
    "en",
    "The public auditors put this year's deficit at between 5.1% and 5.3% of GDP.",
    "public auditors",
    "public auditors",
    "between 5.1% and 5.3%",
    5.2,
    low=5.1,
    high=5.3,
    unit="percent",
    published="2026-10-03",
    title=DEFICIT_TITLE_EN,
)
DEFICIT_EN_OTHER = Said(
    "en",
    "Unemployment rose to 7.4% in the second quarter, the statistics office said.",
    "statistics office",
    "statistics office",
    "7.4%",
    7.4,
    unit="percent",
    published="2026-10-03",
    title=DEFICIT_TITLE_EN,
)


@pytest.mark.parametrize(
    ("joined", "other", "expected"),
    [
        # a toll that grows: the cluster of the early figures meets a later source's
        pytest.param((TOLL_FR_EARLY, TOLL_FR_LATER), TOLL_EN_GOVERNOR, True, id="fr-en-toll"),
        pytest.param((TOLL_EN_GOVERNOR,), TOLL_FR_LATER, True, id="en-fr-toll"),
        # a disputed forecast: the government's and the auditors' are one measure
        pytest.param((DEFICIT_FR_GOVERNMENT,), DEFICIT_EN_AUDITORS, True, id="deficit"),
        # a nationwide toll over years is not the toll of one collapse
        pytest.param((TOLL_FR_EARLY, TOLL_FR_LATER), TOLL_EN_COUNTRY, False, id="other-scope"),
        # unemployment is not the deficit
        pytest.param((DEFICIT_FR_GOVERNMENT,), DEFICIT_EN_OTHER, False, id="other-measure"),
    ],
)
def test_clusters_of_one_measure_are_one(
    joined: tuple[Said, ...], other: Said, expected: bool
) -> None:
    representative = profile(joined[0])
    for member in joined[1:]:
        representative = merge_profiles(representative, profile(member))
    assert one_measure(representative, profile(other), SETTINGS) is expected


def test_a_bare_share_never_merges_clusters() -> None:
    """Two clusters of percentages neither says the measure of ("54 %") stay apart."""
    bare = replace(profile(DEFICIT_FR_GOVERNMENT), measure="percent")
    assert not one_measure(bare, replace(profile(DEFICIT_EN_AUDITORS), measure="percent"), SETTINGS)


def test_a_claim_that_bridges_two_clusters_of_one_toll_merges_them() -> None:
    """The early toll and the governor's, in articles whose headlines share nothing, start
    two clusters; a later toll whose headline shares both's terms joins the first, whose
    representative now meets the governor's; the next claim that could join both merges
    them, and the older cluster takes the younger's members."""
    early = profile(TOLL_FR_EARLY)
    governor = replace(profile(TOLL_EN_GOVERNOR), story=("governor", "dispute", "figure"))
    later = replace(profile(TOLL_FR_LATER), story=(*early.story, *governor.story))
    bridge = replace(later, values=(19.0,), lang="en")
    assert cluster_in_memory([early, governor, later], SETTINGS) == [0, 1, 0]
    assert cluster_in_memory([early, governor, later, bridge], SETTINGS) == [0, 0, 0, 0]
    # with the merge disabled they stay in two clusters
    off = ClusterSettings.load(absorb_near_ratio=1.01)
    assert len(set(cluster_in_memory([early, governor, later, bridge], off))) == 2


PAST_TOLL_FR = Said(
    "fr",
    "En 2024, l'effondrement d'un autre immeuble du quartier avait fait 11 morts, selon la "
    "protection civile.",
    "protection civile",
    "civil protection",
    "11 morts",
    11,
    unit="deaths",
    published="2026-11-16",
    title=COLLAPSE_TITLE_FR,
)
PAST_TOLL_EN = Said(
    "en",
    "In 2024, the collapse of another block in the district killed 11 people, the civil "
    "protection agency said.",
    "civil protection agency",
    "civil protection",
    "11 people",
    11,
    unit="deaths",
    published="2026-11-17",
    title=COLLAPSE_TITLE_EN,
)


@pytest.mark.parametrize(
    ("past", "current"),
    [
        pytest.param(PAST_TOLL_FR, TOLL_FR_LATER, id="fr"),
        pytest.param(PAST_TOLL_EN, TOLL_EN_GOVERNOR, id="en"),
    ],
)
def test_a_toll_dated_to_a_past_year_is_another_event(past: Said, current: Said) -> None:
    """A toll written with a past year only is another event's, not the undated toll of the
    article's own event (unlike a sum over a past period, see the CFA francs test)."""
    assert veto(profile(past), profile(current), SETTINGS) == "date"
    assert not same_claim(past, current)


# --- One counted noun, two predicates: two counts ----------------------------------------

HOSTAGES_TITLE_FR = "Échange de prisonniers : des otages libérés, d'autres toujours détenus"
HOSTAGES_TITLE_EN = "Hostages freed in prisoner swap, families say others still held"
HOSTAGES_FR_FREED = Said(
    "fr",
    "Vingt-deux otages ont été libérés samedi en échange de prisonniers, selon le gouvernement.",
    "gouvernement",
    "government",
    "Vingt-deux otages",
    22,
    unit="hostages",
    published="2026-11-14",
    title=HOSTAGES_TITLE_FR,
)
HOSTAGES_FR_HELD = Said(
    "fr",
    "Selon le collectif des familles, 22 otages restent entre leurs mains.",
    "collectif des familles",
    "families' collective",
    "22 otages",
    22,
    unit="hostages",
    published="2026-11-15",
    title=HOSTAGES_TITLE_FR,
)
HOSTAGES_EN_FREED = Said(
    "en",
    "Twenty-two hostages were freed on Saturday in exchange for prisoners, the government said.",
    "the government",
    "government",
    "Twenty-two hostages",
    22,
    unit="hostages",
    published="2026-11-15",
    title=HOSTAGES_TITLE_EN,
)
HOSTAGES_EN_HELD = Said(
    "en",
    "The families' collective says 22 hostages remain in captivity.",
    "families' collective",
    "families' collective",
    "22 hostages",
    22,
    unit="hostages",
    published="2026-11-15",
    title=HOSTAGES_TITLE_EN,
)
HOSTAGES_EN_BARE = Said(
    "en",
    "The government put the number of hostages at 22.",
    "The government",
    "government",
    "22",
    22,
    unit="hostages",
    published="2026-11-15",
    title=HOSTAGES_TITLE_EN,
)
RIOT_TITLE_EN = "Prison riot: inmates transferred after night of violence"
INMATES_EN_TRANSFERRED = Said(
    "en",
    "At least 40 inmates were transferred to other jails after the riot, officials said.",
    "officials",
    "prison officials",
    "40 inmates",
    40,
    unit="inmates",
    published="2026-09-02",
    title=RIOT_TITLE_EN,
)
INMATES_EN_PARTICIPATED = Said(
    "en",
    "About 40 inmates took part in the riot, the guards' union said.",
    "the guards' union",
    "guards' union",
    "40 inmates",
    40,
    unit="inmates",
    published="2026-09-02",
    title=RIOT_TITLE_EN,
)
INMATES_FR_TRANSFERRED = Said(
    "fr",
    "Au moins 40 détenus ont été transférés vers d'autres prisons après la mutinerie, selon "
    "la direction.",
    "direction",
    "prison officials",
    "40 détenus",
    40,
    unit="inmates",
    published="2026-09-02",
    title="Mutinerie : des détenus transférés après une nuit de violences",
)

STORM_EN_TWO_KILLED = Said(
    "en",
    "Storm Hilda killed two people and injured 23 in the city, local authorities said.",
    "local authorities",
    "local authorities",
    "two people",
    2,
    published="2026-01-15",
)
STORM_FR_TWO_DEAD = Said(
    "fr",
    "La tempête a fait deux morts et 23 blessés à Rennes, selon la préfecture.",
    "préfecture",
    "prefecture",
    "deux morts",
    2,
    unit="deaths",
    published="2026-01-15",
)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        pytest.param(HOSTAGES_FR_FREED, "released", id="fr-released"),
        pytest.param(HOSTAGES_FR_HELD, "held", id="fr-held"),
        pytest.param(HOSTAGES_EN_FREED, "released", id="en-released"),
        pytest.param(HOSTAGES_EN_HELD, "held", id="en-held"),
        pytest.param(HOSTAGES_EN_BARE, None, id="en-none"),
        pytest.param(INMATES_EN_TRANSFERRED, "transferred", id="en-transferred"),
        pytest.param(INMATES_EN_PARTICIPATED, "participated", id="en-participated"),
        pytest.param(INMATES_FR_TRANSFERRED, "transferred", id="fr-transferred"),
        # the verb before the next number is that number's
        pytest.param(STORM_EN_TWO_KILLED, "killed", id="en-verb-of-the-next-number"),
        pytest.param(STORM_FR_TWO_DEAD, "killed", id="fr-noun-of-its-own"),
    ],
)
def test_a_figure_says_what_befell_those_it_counts(said: Said, expected: str | None) -> None:
    assert profile(said).predicate == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(HOSTAGES_FR_FREED, HOSTAGES_FR_HELD, id="fr-freed-held"),
        pytest.param(HOSTAGES_EN_FREED, HOSTAGES_EN_HELD, id="en-freed-held"),
        pytest.param(HOSTAGES_FR_FREED, HOSTAGES_EN_HELD, id="fr-en-freed-held"),
        pytest.param(INMATES_EN_TRANSFERRED, INMATES_EN_PARTICIPATED, id="en-transfer-riot"),
    ],
)
def test_one_noun_with_two_predicates_is_two_counts(a: Said, b: Said) -> None:
    assert veto(profile(a), profile(b), SETTINGS) == "predicate"
    assert not same_claim(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(HOSTAGES_FR_FREED, HOSTAGES_EN_FREED, id="fr-en-freed"),
        pytest.param(INMATES_FR_TRANSFERRED, INMATES_EN_TRANSFERRED, id="fr-en-transferred"),
        # a figure that says nothing of what befell them is not kept apart
        pytest.param(HOSTAGES_EN_BARE, HOSTAGES_EN_FREED, id="en-bare-freed"),
    ],
)
def test_one_noun_with_one_predicate_may_be_one_count(a: Said, b: Said) -> None:
    assert veto(profile(a), profile(b), SETTINGS) is None


def _listed_figures(lang: str, sentence: str, values: tuple[float, float]) -> list[ClaimProfile]:
    """The profiles of the figures of `values` extracted from one sentence, in that order
    (a range by its low end)."""
    from claimtrack.extract.claims import extract_claims

    claims = extract_claims(sentence, lang)
    article = Article(name="a", text=sentence, lang=lang, content_hash="h", published="2026-10-22")
    profiles = profile_article(article, claims)
    found = {
        c.figure.low if c.figure.value is None else c.figure.value: p
        for c, p in zip(claims, profiles, strict=True)
        if c.figure
    }
    return [found[value] for value in values]


@pytest.mark.parametrize(
    ("lang", "sentence", "values", "apart"),
    [
        # a whole and its parts, each with its own noun: three measures
        (
            "fr",
            "L'armateur, la compagnie italienne Navilia Lines, a fait état de 438 personnes à "
            "bord, 380 passagers et 58 membres d'équipage.",
            (438, 380),
            True,
        ),
        (
            "fr",
            "L'armateur, la compagnie italienne Navilia Lines, a fait état de 438 personnes à "
            "bord, 380 passagers et 58 membres d'équipage.",
            (380, 58),
            True,
        ),
        (
            "en",
            "The operator said 438 people were on board, including 380 passengers and 58 crew "
            "members.",
            (438, 380),
            True,
        ),
        # a part the sentence marks ("dont", "including") with no noun of its own
        (
            "fr",
            "Selon la préfecture, le bilan s'établit à trois morts et 47 blessés, dont six en "
            "urgence absolue.",
            (47, 6),
            True,
        ),
        (
            "en",
            "Nuvexa said it would cut some 9,000 jobs worldwide, including 480 in France.",
            (9000, 480),
            True,
        ),
        # counts of different nouns, one list
        (
            "fr",
            "Deux soldats et trois civils ont été tués dans la nuit, selon l'armée indienne.",
            (2, 3),
            True,
        ),
        (
            "en",
            "The prison service said 3 guards and 5 inmates were taken to hospital.",
            (3, 5),
            True,
        ),
        (
            "en",
            "About 3,100 residents were evacuated from 11 villages, the civil protection "
            "ministry said.",
            (3_100, 11),
            True,
        ),
        # the figure it is set against is a known one, perhaps another's count of the same
        (
            "fr",
            "Sur l'emploi, le CBI évoque entre 15 000 et 20 000 créations nettes de postes, loin "
            "des 45 000 promis par le gouvernement.",
            (15_000, 45_000),
            False,
        ),
        # (one sum or area in two units, "€5 million ($5.4 million)", is one figure now: see
        # tests/test_value_conventions.py)
        # the second number writes no noun: which count it is, the pair's scores decide
        (
            "fr",
            "Le ministère évoque 15 000 logements, ou 6 000 selon les bailleurs.",
            (15_000, 6_000),
            False,
        ),
    ],
)
def test_figures_one_source_lists_apart(
    lang: str, sentence: str, values: tuple[float, float], apart: bool
) -> None:
    first, second = _listed_figures(lang, sentence, values)
    contrasted = first.contrast is not None and second.contrast is not None
    assert (contrasted and first.contrast != second.contrast) is apart
    if apart:
        assert veto(first, second, SETTINGS) is not None


def test_listed_whole_still_clusters_with_its_translation() -> None:
    """Keeping a list's figures apart leaves each free to meet its own count elsewhere."""
    listed, _ = _listed_figures(
        "fr",
        "L'armateur, la compagnie italienne Navilia Lines, a fait état de 438 personnes à "
        "bord, 380 passagers et 58 membres d'équipage.",
        (438, 380),
    )
    (aboard,) = _listed_figures(
        "en", "Navilia Lines said 438 people were aboard the ferry when the fire broke out.", (438,)
    )
    assert veto(listed, aboard, SETTINGS) is None


@pytest.mark.parametrize(
    ("lang", "sentence", "values"),
    [
        (
            "fr",
            "L'armateur, la compagnie italienne Navilia Lines, a fait état de 438 personnes à "
            "bord, 380 passagers et 58 membres d'équipage.",
            (438, 380),
        ),
        (
            "en",
            "The company said 1,200 people were at the concert, 900 customers and 300 staff.",
            (1_200, 900),
        ),
    ],
)
def test_a_noun_after_another_number_is_that_number_s(
    lang: str, sentence: str, values: tuple[float, float]
) -> None:
    """A number with a noun of its own does not borrow the noun the next number counts."""
    whole, part = _listed_figures(lang, sentence, values)
    assert part.measure == "customers"
    assert whole.measure != part.measure


# A wire dateline's place ("ORVEL, Nov 19 (Reuters) -", "PARIS (AFP) -") is where the story
# was filed: never a party, a name or a word of the claim; the same sentence without the
# dateline keeps the parties it names.
DATELINE_PARTY_CASES = [
    pytest.param(
        _stance(
            "en",
            "ORVEL, Nov 19 (Reuters) - Valdoria accused Kresnia on Thursday of launching waves "
            "of drones across their shared border overnight.",
            "Valdoria",
        ),
        "orvel",
        "kresni",
        id="en-place-and-date",
    ),
    pytest.param(
        _stance(
            "fr",
            "PARIS (AFP) - L'Agence nationale de sécurité du médicament a accusé lundi les "
            "Laboratoires Optivel d'avoir dissimulé des résultats d'analyses.",
            "L'Agence nationale de sécurité du médicament",
        ),
        "paris",
        "optive",
        id="fr-place-and-agency",
    ),
    # Negative: a place named inside the claim stays one of its parties.
    pytest.param(
        _stance(
            "en",
            "Valdoria accused Kresnia and Orvel's allies on Thursday of launching drones.",
            "Valdoria",
        ),
        None,
        "orvel",
        id="en-neg-place-in-the-claim",
    ),
]


@pytest.mark.parametrize(("said", "absent", "present"), DATELINE_PARTY_CASES)
def test_a_dateline_place_is_no_party(said: Said, absent: str | None, present: str) -> None:
    got = profile(said)
    keys = set(got.accused) | {name_key(n) for n in got.names}
    assert present in keys, (got.accused, got.names)
    if absent is not None:
        assert absent not in keys, (got.accused, got.names)


# French emergency services sort victims by triage ("urgence absolue", "urgence relative"):
# a count of people so sorted counts the injured, however generic its noun ("personnes").
TRIAGE_CASES = [
    pytest.param(
        Said(
            "fr",
            "Les pompiers de Loire-Atlantique (Sdis 44) ont indiqué avoir pris en charge onze "
            "personnes, dont deux en urgence relative.",
            "Les pompiers de Loire-Atlantique (Sdis 44)",
            "Sdis 44",
            figure="onze personnes",
            value=11,
        ),
        "injured",
        id="fr-urgence-relative",
    ),
    pytest.param(
        Said(
            "fr",
            "Selon la préfecture, 14 personnes ont été prises en charge par les secours, dont "
            "neuf en urgence relative et une en urgence absolue.",
            "la préfecture",
            "préfecture",
            figure="14 personnes",
            value=14,
        ),
        "injured",
        id="fr-urgence-relative-and-absolue",
    ),
]


@pytest.mark.parametrize(("said", "measure"), TRIAGE_CASES)
def test_a_triage_count_counts_the_injured(said: Said, measure: str) -> None:
    assert profile(said).measure == measure


# A generic denier ("the company") in an article that names the firm another article accuses.
COURIERS_ACCUSE = Said(
    "en",
    "The Union of Autonomous Couriers accuses Livrago of cutting the base fee paid per "
    "delivery without any negotiation.",
    "The Union of Autonomous Couriers",
    "UCA",
    kind="accusation",
    published="2026-02-10",
)
COMPANY_DENIES = Said(
    "en",
    "The company denies the allegations, saying its riders earn more than ever.",
    "The company",
    "company",
    kind="denial",
    polarity="deny",
    published="2026-02-12",
)
COURIERS_BODY = f"Couriers stopped work in Lyon on Tuesday. {COURIERS_ACCUSE.sentence}"
STRIKE_TITLE_EN = "Delivery riders strike again"


def _company_article(named: str) -> tuple[Article, list[Claim]]:
    body = (
        f"Riders working for {named} blocked restaurants in Lyon on Thursday. "
        f"{COMPANY_DENIES.sentence}"
    )
    return article_of("en", STRIKE_TITLE_EN, "2026-02-12", body, [COMPANY_DENIES], "b")


def test_a_generic_denier_stands_for_the_firm_its_article_names() -> None:
    """The company's denial shares the accused party with the charge against Livrago when
    its article names Livrago, not when it names another firm."""
    accusing = article_of(
        "en", STRIKE_TITLE_EN, "2026-02-10", COURIERS_BODY, [COURIERS_ACCUSE], "a"
    )
    accusation = profile_article(*accusing)[0]

    def terms_with(named: str) -> float | None:
        denial = profile_article(*_company_article(named))[0]
        return pair_features(denial, accusation, SETTINGS)["terms"]

    named, other = terms_with("Livrago"), terms_with("Kourz")
    assert named is not None and other is not None
    assert named > other + 0.3


def test_a_denier_never_stands_for_a_party_it_accuses() -> None:
    accusation = _stance(
        "fr", "L'équipe accuse l'AICD d'avoir nourri la presse.", "L'équipe", kind="accusation"
    )
    denial = _stance("fr", "L'équipe dément et contre-attaque.", "L'équipe", kind="denial")
    body = f"{accusation.sentence} {denial.sentence}"
    article, claims = article_of("fr", "Dopage", "2026-02-12", body, [accusation, denial], "c")
    denied = profile_article(article, claims)[1]
    assert "aicd" in denied.own_charges


def test_own_charges_are_gathered_in_linear_time() -> None:
    """Each denial gets the charges of its own speaker only, without comparing every denial
    with every accusation of the article (a long live blog holds thousands of claims)."""
    from dataclasses import replace
    from time import perf_counter

    from claimtrack.cluster import _with_own_charges

    accusation = _stance(
        "fr", "L'équipe accuse l'AICD d'avoir nourri la presse.", "L'équipe", kind="accusation"
    )
    denial = _stance("fr", "L'équipe dément et contre-attaque.", "L'équipe", kind="denial")
    body = f"{accusation.sentence} {denial.sentence}"
    article, claims = article_of("fr", "Dopage", "2026-02-12", body, [accusation, denial], "c")
    accusing, denying = profile_article(article, claims)
    pairs = 3000
    profiles = [
        replace(base, speakers=(f"speaker {i}",))
        for i in range(pairs)
        for base in (accusing, denying)
    ]
    started = perf_counter()
    out = _with_own_charges(profiles)
    assert perf_counter() - started < 1.0
    assert out[1].own_charges == accusing.accused
    assert out[-1].own_charges == accusing.accused
