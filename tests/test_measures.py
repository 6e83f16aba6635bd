"""What a figure measures, beyond the measure lexicon: capacities against head counts, and
words that are a measure in one sense only (fr/en tables, must / must-not pairs)."""

from __future__ import annotations

import pytest

from claimtrack.cluster import veto
from tests.test_cluster import SETTINGS, Said, profile, same_claim

# --- A capacity is not a head count -----------------------------------------------------

PRISON_TITLE_FR = "Mutinerie à la prison de Sambreville : six agents blessés"
PRISON_TITLE_EN = "Inmates riot at overcrowded Belgian prison"
PRISON_SENTENCE_FR = (
    "Prévue pour 312 détenus, la prison en comptait 478 dimanche, selon les chiffres de "
    "l'administration."
)
PRISON_SENTENCE_EN = (
    "The facility, built for 312 inmates, held 478 on Sunday, according to the prison service."
)
FR_PRISON_CAPACITY = Said(
    "fr",
    PRISON_SENTENCE_FR,
    "l'administration",
    "prison administration",
    "312 détenus",
    312,
    unit="prisoners",
    published="2026-03-09",
    title=PRISON_TITLE_FR,
)
FR_PRISON_HELD = Said(
    "fr",
    PRISON_SENTENCE_FR,
    "l'administration",
    "prison administration",
    "478",
    478,
    published="2026-03-09",
    title=PRISON_TITLE_FR,
)
EN_PRISON_CAPACITY = Said(
    "en",
    PRISON_SENTENCE_EN,
    "the prison service",
    "prison administration",
    "312 inmates",
    312,
    unit="prisoners",
    published="2026-03-09",
    title=PRISON_TITLE_EN,
)
EN_PRISON_UNION_COUNT = Said(
    "en",
    "A union official said closer to 520 prisoners were being held there on Sunday.",
    "A union official",
    "CGSP union",
    "520 prisoners",
    520,
    unit="prisoners",
    published="2026-03-09",
    title=PRISON_TITLE_EN,
)
EN_PRISONS_DESIGNED = Said(
    "en",
    "Belgium's prisons held more than 13,000 people last year in space designed for about "
    "11,000, the justice ministry said.",
    "the justice ministry",
    "Belgian justice ministry",
    "about 11,000",
    11000,
    low=11000,
    published="2026-03-09",
)
STADIUM_TITLE_FR = "Bousculade au stade des Tilleuls : une enquête ouverte"
FR_STADIUM_GAUGE = Said(
    "fr",
    "D'après cette source, près de 23 000 personnes se trouvaient dans l'enceinte, pour une "
    "jauge homologuée de 19 500 places.",
    "cette source",
    "police source",
    "19 500 places",
    19500,
    published="2026-04-12",
    title=STADIUM_TITLE_FR,
)
FR_STADIUM_CROWD = Said(
    "fr",
    "D'après cette source, près de 23 000 personnes se trouvaient dans l'enceinte, pour une "
    "jauge homologuée de 19 500 places.",
    "cette source",
    "police source",
    "près de 23 000 personnes",
    23000,
    unit="people",
    published="2026-04-12",
    title=STADIUM_TITLE_FR,
)
EN_STADIUM_CAPACITY = Said(
    "en",
    "One police source put the crowd at close to 23,000, against a licensed capacity of 19,500.",
    "One police source",
    "police source",
    "19,500",
    19500,
    published="2026-04-12",
    title="Stadium crush: police say crowd far exceeded capacity",
)
# invented, of the same class: a stadium's gauge against the crowd a club announces
FR_ARENA_GAUGE = Said(
    "fr",
    "Le club assure que l'enceinte, d'une capacité de 40 000 places, n'était pas pleine.",
    "Le club",
    "club",
    "40 000 places",
    40000,
    published="2026-05-02",
    title="Finale : le club conteste le chiffre de la préfecture",
)
FR_ARENA_CROWD = Said(
    "fr",
    "Selon la préfecture, 50 000 spectateurs se pressaient dans les tribunes samedi soir.",
    "la préfecture",
    "prefecture",
    "50 000 spectateurs",
    50000,
    published="2026-05-02",
    title="Finale : le club conteste le chiffre de la préfecture",
)
FR_FERRY_LICENSED = Said(
    "fr",
    "Navilia Lines assure que le navire était autorisé à transporter 950 passagers.",
    "Navilia Lines",
    "Navilia Lines",
    "950 passagers",
    950,
    published="2026-10-23",
)
EN_FERRY_CERTIFIED = Said(
    "en",
    "The company said 438 people were aboard, well below its certified capacity of 950 passengers.",
    "The company",
    "Navilia Lines",
    "950 passengers",
    950,
    published="2026-10-23",
)
EN_FERRY_ABOARD = Said(
    "en",
    "The company said 438 people were aboard, well below its certified capacity of 950 passengers.",
    "The company",
    "Navilia Lines",
    "438 people",
    438,
    unit="people",
    published="2026-10-23",
)
EN_SHELTER_DESIGNED = Said(
    "en",
    "The gymnasium, designed to house 200 people, took in 350 evacuees overnight, the mayor said.",
    "the mayor",
    "mayor",
    "200 people",
    200,
    unit="people",
    published="2026-02-11",
)
EN_SHELTER_EVACUEES = Said(
    "en",
    "The gymnasium, designed to house 200 people, took in 350 evacuees overnight, the mayor said.",
    "the mayor",
    "mayor",
    "350 evacuees",
    350,
    unit="evacuated",
    published="2026-02-11",
)
# a capacity word after the unit says what is measured, not that the number is a capacity
EN_GENERATING_CAPACITY = Said(
    "en",
    "The energy ministry said nearly 450 megawatts of generating capacity had been lost.",
    "The energy ministry",
    "energy ministry",
    "nearly 450 megawatts",
    450,
    published="2026-08-14",
)
# a capacity word far from the number, in another clause, does not make it one
EN_CAPACITY_EXCEEDED = Said(
    "en",
    "The hall's capacity was exceeded by more than 4,000 people, organisers admitted.",
    "organisers",
    "organisers",
    "more than 4,000 people",
    4000,
    unit="people",
    published="2026-08-14",
)


@pytest.mark.parametrize(
    ("said", "capacity"),
    [
        pytest.param(FR_PRISON_CAPACITY, True, id="fr-prevue-pour"),
        pytest.param(FR_PRISON_HELD, False, id="fr-en-comptait"),
        pytest.param(EN_PRISON_CAPACITY, True, id="en-built-for"),
        pytest.param(EN_PRISON_UNION_COUNT, False, id="en-held"),
        pytest.param(EN_PRISONS_DESIGNED, True, id="en-designed-for-about"),
        pytest.param(FR_STADIUM_GAUGE, True, id="fr-jauge-homologuee-de"),
        pytest.param(FR_STADIUM_CROWD, False, id="fr-crowd"),
        pytest.param(EN_STADIUM_CAPACITY, True, id="en-licensed-capacity-of"),
        pytest.param(FR_ARENA_GAUGE, True, id="fr-places"),
        pytest.param(FR_ARENA_CROWD, False, id="fr-spectateurs"),
        pytest.param(FR_FERRY_LICENSED, True, id="fr-autorise-a-transporter"),
        pytest.param(EN_FERRY_CERTIFIED, True, id="en-certified-capacity"),
        pytest.param(EN_FERRY_ABOARD, False, id="en-aboard"),
        pytest.param(EN_SHELTER_DESIGNED, True, id="en-designed-to-house"),
        pytest.param(EN_SHELTER_EVACUEES, False, id="en-took-in"),
        pytest.param(EN_GENERATING_CAPACITY, False, id="en-unit-of-capacity"),
        pytest.param(EN_CAPACITY_EXCEEDED, False, id="en-capacity-in-another-clause"),
    ],
)
def test_a_figure_is_a_capacity(said: Said, capacity: bool) -> None:
    assert profile(said).capacity is capacity


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(FR_PRISON_CAPACITY, FR_PRISON_HELD, id="fr-built-for-vs-held"),
        pytest.param(EN_PRISON_CAPACITY, EN_PRISON_UNION_COUNT, id="en-built-for-vs-held"),
        pytest.param(FR_PRISON_CAPACITY, EN_PRISON_UNION_COUNT, id="fr-en-built-for-vs-held"),
        pytest.param(FR_STADIUM_GAUGE, FR_STADIUM_CROWD, id="fr-gauge-vs-crowd"),
        pytest.param(FR_ARENA_GAUGE, FR_ARENA_CROWD, id="fr-places-vs-spectators"),
        pytest.param(EN_FERRY_CERTIFIED, EN_FERRY_ABOARD, id="en-certified-vs-aboard"),
        pytest.param(EN_SHELTER_DESIGNED, EN_SHELTER_EVACUEES, id="en-designed-vs-evacuees"),
    ],
)
def test_a_capacity_and_a_head_count_stay_apart(a: Said, b: Said) -> None:
    assert veto(profile(a), profile(b), SETTINGS) == "capacity vs count"
    assert not same_claim(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(FR_PRISON_CAPACITY, EN_PRISON_CAPACITY, id="fr-en-prison-capacity"),
        pytest.param(FR_STADIUM_GAUGE, EN_STADIUM_CAPACITY, id="fr-en-stadium-capacity"),
        pytest.param(FR_FERRY_LICENSED, EN_FERRY_CERTIFIED, id="fr-en-ferry-capacity"),
    ],
)
def test_one_capacity_in_two_languages_clusters(a: Said, b: Said) -> None:
    assert same_claim(a, b)


# --- A measure word in one sense only ----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "rejected_ballots"),
    [
        pytest.param(
            Said(
                "fr",
                "Cinquante-sept bulletins ont été rejetés, selon elle.",
                "elle",
                "returning officer",
                "Cinquante-sept bulletins",
                57,
            ),
            True,
            id="fr-bulletins-rejetes",
        ),
        pytest.param(
            Said(
                "en",
                "The group claims nearly 200 ballots were rejected; the returning officer's "
                "count is 57.",
                "The group",
                "citizens' committee",
                "nearly 200 ballots",
                200,
            ),
            True,
            id="en-ballots-were-rejected",
        ),
        pytest.param(
            Said(
                "en",
                "The company also rejected accusations that the ferry was overloaded, saying "
                "438 people were aboard.",
                "The company",
                "Navilia Lines",
                "438 people",
                438,
                unit="people",
            ),
            False,
            id="en-rejected-accusations",
        ),
        pytest.param(
            Said(
                "fr",
                "Des allégations que l'entreprise a de nouveau rejetées jeudi, M. Fortier "
                "affirmant n'avoir reçu « qu'un seul signalement formel, en avril ».",
                "M. Fortier",
                "Mines Boréal-Nord",
                "un seul signalement",
                1,
            ),
            False,
            id="fr-allegations-rejetees",
        ),
    ],
)
def test_rejected_counts_ballots_only_when_ballots_are_rejected(
    said: Said, rejected_ballots: bool
) -> None:
    assert (profile(said).measure == "rejected-ballots") is rejected_ballots


# --- The number one counts a singular noun ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "measure"),
    [
        pytest.param(
            "fr",
            "Des allégations que l'entreprise a de nouveau rejetées jeudi, M. Fortier affirmant "
            "n'avoir reçu « qu'un seul signalement formel, en avril, qui a été traité ».",
            "u:signalement",
            id="fr-un-seul-signalement",
        ),
        pytest.param(
            "en",
            "The company said it had received only one formal complaint, in April.",
            "u:complaint",
            id="en-one-formal-complaint",
        ),
        pytest.param(
            "en",
            "The company said it had received a single complaint, in April.",
            "u:complaint",
            id="en-a-single-complaint",
            marks=pytest.mark.xfail(reason="the extractor reads no figure in 'a single complaint'"),
        ),
    ],
)
def test_the_number_one_counts_its_singular_noun(lang: str, sentence: str, measure: str) -> None:
    from claimtrack.cluster import profile_article
    from claimtrack.extract.claims import extract_claims
    from claimtrack.model import Article

    claims = extract_claims(sentence, lang)
    article = Article(name="a", text=sentence, lang=lang, content_hash="h", published="2026-06-11")
    measures = [
        p.measure
        for c, p in zip(claims, profile_article(article, claims), strict=True)
        if c.figure is not None and c.figure.value == 1
    ]
    assert measures == [measure]


# --- A number's own noun over a measure word of another number ----------------------------


def _measures_of(lang: str, sentence: str) -> dict[float, str | None]:
    """The measure of each figure extracted from `sentence`, by value."""
    from claimtrack.cluster import profile_article
    from claimtrack.extract.claims import extract_claims
    from claimtrack.model import Article

    claims = extract_claims(sentence, lang)
    article = Article(name="a", text=sentence, lang=lang, content_hash="h", published="2026-10-13")
    return {
        c.figure.value: p.measure
        for c, p in zip(claims, profile_article(article, claims), strict=True)
        if c.figure is not None and c.figure.value is not None
    }


@pytest.mark.parametrize(
    ("lang", "sentence", "value", "measure"),
    [
        # a quantity restated in a noun no lexicon knows counts that noun, not the
        # lexicon's word for the number it restates
        pytest.param(
            "en",
            "Optivel said it had recalled 14 batches, or about 320,000 bottles.",
            320000,
            "u:bottle",
            id="en-batches-or-bottles",
        ),
        pytest.param(
            "fr",
            "Quatorze lots, soit 320 000 flacons, ont été rappelés, selon le laboratoire.",
            320000,
            "u:flacon",
            id="fr-lots-soit-flacons",
        ),
        pytest.param(
            "fr",
            "Quatorze lots, soit 320 000 flacons, ont été rappelés, selon le laboratoire.",
            14,
            "batches",
            id="fr-lots-keep-their-measure",
        ),
        pytest.param(
            "en",
            "The company said 2,000 tonnes of feed, or some 80 truckloads, were destroyed.",
            80,
            "u:truckload",
            id="en-tonnes-or-truckloads",
        ),
        # what the count noun counts, not a measure word of a later clause
        pytest.param(
            "en",
            "ANSM put the number of bottles affected at nearly 400,000, saying the company's "
            "count excluded stock already sold to hospitals.",
            400000,
            "u:bottle",
            id="en-number-of-bottles",
        ),
        pytest.param(
            "fr",
            "L'agence a porté le nombre de flacons concernés à près de 400 000, précisant que "
            "des stocks avaient déjà été livrés aux hôpitaux.",
            400000,
            "u:flacon",
            id="fr-nombre-de-flacons",
        ),
        # a measure written with the number's own unit still says what it measures
        pytest.param(
            "en",
            "According to the ARS, the highest level recorded in tap water now stands at 0.52 "
            "micrograms per litre, up from 0.46 last week.",
            0.52,
            "concentration",
            id="en-micrograms-per-litre",
        ),
    ],
)
def test_a_number_counts_its_own_noun(lang: str, sentence: str, value: float, measure: str) -> None:
    assert _measures_of(lang, sentence)[value] == measure


# --- A newspaper's title is not where a count happened -----------------------------------


@pytest.mark.parametrize(
    ("said", "places"),
    [
        pytest.param(
            Said(
                "en",
                "A source close to the investigation told The Brussels Times that damage to "
                "wing B could exceed €1 million.",
                "A source close to the investigation",
                "anonymous",
                "€1 million",
                1_000_000,
                unit="EUR",
                published="2026-03-11",
            ),
            (),
            id="en-the-brussels-times",
        ),
        pytest.param(
            Said(
                "en",
                "Damage to the courthouse in Brussels could exceed €1 million, the ministry said.",
                "the ministry",
                "justice ministry",
                "€1 million",
                1_000_000,
                unit="EUR",
                published="2026-03-11",
            ),
            ("Brussels",),
            id="en-in-brussels",
        ),
        pytest.param(
            Said(
                "fr",
                "Selon une source proche de l'enquête citée par le Journal de Montréal, 40 "
                "personnes ont été évacuées.",
                "une source proche de l'enquête",
                "anonymous",
                "40 personnes",
                40,
                unit="people",
                published="2026-03-11",
            ),
            (),
            id="fr-journal-de-montreal",
        ),
        pytest.param(
            Said(
                "fr",
                "À Montréal, 40 personnes ont été évacuées, selon les pompiers.",
                "les pompiers",
                "fire service",
                "40 personnes",
                40,
                unit="people",
                published="2026-03-11",
            ),
            ("Montreal",),
            id="fr-a-montreal",
        ),
    ],
)
def test_a_newspaper_title_is_no_place(said: Said, places: tuple[str, ...]) -> None:
    assert profile(said).places == places


# --- A sum, a share or a length is never a count of people ---------------------------------

HACK_TITLE_EN = "Hackers leak hospital files after ransom talks fail"
HACK_TITLE_FR = "Cyberattaque : les pirates publient des dossiers de patients de l'hôpital"
EN_RANSOM_OFFER = Said(
    "en",
    "The hackers claimed the hospital group had offered $300,000 through an intermediary.",
    "The hackers",
    "Kraken9",
    "$300,000",
    300000,
    unit="USD",
    published="2026-10-14",
    title=HACK_TITLE_EN,
)
FR_RANSOM_OFFER = Said(
    "fr",
    "Selon les pirates, l'hôpital leur aurait proposé 300 000 dollars pour ne pas publier les "
    "fichiers.",
    "les pirates",
    "Kraken9",
    "300 000 dollars",
    300000,
    unit="USD",
    published="2026-10-14",
    title=HACK_TITLE_FR,
)
EN_PATIENTS_HIT = Said(
    "en",
    "The data protection regulator believes that 300,000 patients were affected by the attack.",
    "data protection regulator",
    "CNIL",
    "300,000 patients",
    300000,
    unit="patients",
    published="2026-10-13",
    title=HACK_TITLE_EN,
)
FR_DEAD_SHARE = Said(
    "fr",
    "Selon l'ARS, 12 % des résidents sont morts pendant la canicule.",
    "l'ARS",
    "ARS",
    "12 %",
    12,
    unit="percent",
    published="2026-08-06",
    title="Canicule : des morts en série dans les Ehpad",
)
FR_DEAD_COUNT = Said(
    "fr",
    "Selon le collectif, 12 résidents sont morts pendant la canicule.",
    "le collectif",
    "Justice pour nos aînés",
    "12 résidents",
    12,
    unit="deaths",
    published="2026-08-07",
    title="Canicule : des morts en série dans les Ehpad",
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(EN_RANSOM_OFFER, EN_PATIENTS_HIT, id="en-dollars-vs-patients"),
        pytest.param(FR_RANSOM_OFFER, EN_PATIENTS_HIT, id="fr-dollars-vs-patients"),
        pytest.param(FR_DEAD_SHARE, FR_DEAD_COUNT, id="fr-share-vs-deaths"),
    ],
)
def test_a_sum_or_share_is_no_count_of_people(a: Said, b: Said) -> None:
    assert veto(profile(a), profile(b), SETTINGS) == "measure"
    assert not same_claim(a, b)


def test_one_sum_in_two_languages_still_clusters() -> None:
    assert veto(profile(EN_RANSOM_OFFER), profile(FR_RANSOM_OFFER), SETTINGS) is None
    assert same_claim(EN_RANSOM_OFFER, FR_RANSOM_OFFER)
