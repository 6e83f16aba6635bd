"""One count at two stages, one count's part clause, the world's count (claimtrack.cluster).

A revision sentence sets a count's new number against its earlier one ("a relevé à 1 480,
contre 1 150 annoncés", "290 roles, compared with 230 in the initial plan"): both are
stages of one count, and a figure of another article giving either is that count, however
far apart the dates. A part clause ("dont un grièvement") says nothing of what the whole
counts; a count "dans le monde" is not a country's.
"""

from __future__ import annotations

import pytest

from claimtrack.cluster import ClaimProfile, ClusterSettings, profile_article, veto
from claimtrack.model import Article, Claim
from claimtrack.tracker import cluster_in_memory
from tests.extract_cases import sentence_figure_claims

SETTINGS = ClusterSettings.load()


# (figure text, value, unit as written or None): the written unit's canonical form, as
# the normaliser gives it (units.yaml), is in UNITS
Written = tuple[str, float, str | None]
UNITS = {
    "emplois": "jobs",
    "postes": "jobs",
    "jobs": "jobs",
    "people": "people",
    "personnes": "people",
    "blessés": "injured",
    "tonnes": "tonnes",
    "per cent": "percent",
}


def _claims(sentence: str, figures: list[Written], source: str = "x") -> list[Claim]:
    """Claims of one article sentence (offset 0), one per figure."""
    written = [(text, value, unit, UNITS.get(unit or "")) for text, value, unit in figures]
    return sentence_figure_claims(sentence, written, source)


def _profiles(
    lang: str, sentence: str, figures: list[Written], published: str
) -> list[ClaimProfile]:
    article = Article(name="a", text=sentence, lang=lang, content_hash="h", published=published)
    return profile_article(article, _claims(sentence, figures))


@pytest.mark.parametrize(
    ("lang", "sentence", "figures", "stages"),
    [
        (
            "fr",
            "L'éditeur de logiciels a relevé jeudi à 1 480 le nombre de postes supprimés en "
            "Europe, contre 1 150 annoncés début octobre.",
            [("1 480", 1480, None), ("1 150", 1150, None)],
            [(1150,), (1480,)],
        ),
        (
            "fr",
            "La filiale française perdrait 520 emplois, au lieu des 410 prévus, selon la "
            "direction.",
            [("520 emplois", 520, "emplois"), ("410", 410, None)],
            [(410,), (520,)],
        ),
        (
            "fr",
            "Le parquet indique que 45 personnes ont finalement été interpellées, contre 38 "
            "annoncées mardi.",
            [("45", 45, None), ("38", 38, None)],
            [(38,), (45,)],
        ),
        (
            "en",
            "The company said on Thursday evening that 290 roles would now go in Ireland, "
            "compared with 230 in the initial plan.",
            [("290 roles", 290, "roles"), ("230", 230, None)],
            [(230,), (290,)],
        ),
        (
            "en",
            "The health ministry raised the number of people killed in the floods to 41 from 27.",
            [("41", 41, None), ("27", 27, None)],
            [(27,), (41,)],
        ),
        # the stage is the people, not the villages between them
        (
            "en",
            "About 2,600 people have been evacuated from 14 villages, the civil protection "
            "ministry said, up from 1,800 a day earlier.",
            [
                ("2,600 people", 2600, "people"),
                ("14 villages", 14, "villages"),
                ("1,800", 1800, None),
            ],
            [(1800,), (), (2600,)],
        ),
        # negatives: two years of a series, two candidates' shares, two counts
        (
            "fr",
            "Selon l'agence, la maternité a enregistré 241 naissances en 2025, contre 318 en 2019.",
            [("241 naissances", 241, None), ("318", 318, None)],
            [(), ()],
        ),
        (
            "fr",
            "Marc Delvaux recueillerait 54 % des intentions de vote, contre 46 % pour la maire "
            "sortante Hélène Castagnet.",
            [("54 %", 54, "percent"), ("46 %", 46, "percent")],
            [(), ()],
        ),
        (
            "fr",
            "Environ 850 000 clients auraient été touchés et 1,4 million de transactions "
            "bloquées, selon la banque.",
            [("850 000 clients", 850000, "clients"), ("1,4 million", 1400000, None)],
            [(), ()],
        ),
        (
            "en",
            "The storm killed 12 people from 3 countries, officials said.",
            [("12 people", 12, "people"), ("3 countries", 3, "countries")],
            [(), ()],
        ),
    ],
)
def test_stages_of_one_count_in_a_sentence(
    lang: str,
    sentence: str,
    figures: list[Written],
    stages: list[tuple[float, ...]],
) -> None:
    profiles = _profiles(lang, sentence, figures, "2026-11-20")
    assert [p.stages for p in profiles] == stages


def _cluster(*articles: tuple[str, str, list[Written], str]) -> list[int]:
    profiles: list[ClaimProfile] = []
    for lang, sentence, figures, published in articles:
        profiles.extend(_profiles(lang, sentence, figures, published))
    return cluster_in_memory(profiles, SETTINGS)


CUTS_EN_OCT = (
    "en",
    "Sorelio said on Tuesday it would cut 1,150 jobs in Europe, or about 12% of its regional "
    "workforce.",
    [("1,150 jobs", 1150, "jobs")],
    "2026-10-06",
)
CUTS_FR_NOV = (
    "fr",
    "L'éditeur de logiciels a relevé jeudi à 1 480 le nombre de postes supprimés en Europe, "
    "contre 1 150 annoncés début octobre.",
    # as the extraction writes them: the participle after 1 150 is taken for its unit
    [("1 480", 1480, "postes"), ("1 150 annoncés", 1150, "annoncés")],
    "2026-11-20",
)


def test_a_revised_count_meets_its_earlier_stage_weeks_later() -> None:
    # six weeks apart, 1,150 and 1,480: one count the later article says it revises
    labels = _cluster(CUTS_EN_OCT, CUTS_FR_NOV)
    assert labels[0] == labels[1] == labels[2]


def test_a_revision_does_not_reach_a_number_it_does_not_cite() -> None:
    # 1,480 against 1,150 says nothing of 600 jobs cut five years before
    earlier = (
        "en",
        "Sorelio cut 600 jobs in Europe in 2021, the company said.",
        [("600 jobs", 600, "jobs")],
        "2026-10-06",
    )
    labels = _cluster(earlier, CUTS_FR_NOV)
    assert labels[0] != labels[1]


def test_a_cited_number_of_another_measure_is_no_stage() -> None:
    tonnes = (
        "en",
        "Investigators said 1,150 tonnes of grain had been sold as organic.",
        [("1,150 tonnes", 1150, "tonnes")],
        "2026-10-06",
    )
    labels = _cluster(tonnes, CUTS_FR_NOV)
    assert labels[0] != labels[1]


@pytest.mark.parametrize(
    ("lang", "sentence", "figure", "measure"),
    [
        # a part clause opened by "dont" / "including" and the part's size
        (
            "fr",
            "Trois blessés, dont un grièvement, ont été héliportés vers le centre hospitalier "
            "de Briançon, a ajouté le PGHM.",
            ("Trois blessés", 3, "blessés"),
            "injured",
        ),
        (
            "fr",
            "Cinq personnes ont été blessées, dont une grièvement, selon la préfecture.",
            ("Cinq personnes", 5, "personnes"),
            "injured",
        ),
        (
            "en",
            "Nine people were injured, including one seriously, the fire service said.",
            ("Nine people", 9, "people"),
            "injured",
        ),
        # the part itself is what its clause says
        (
            "fr",
            "Selon le Sdis 29, 14 personnes ont été blessées, dont 3 grièvement.",
            ("3", 3, None),
            "seriously-injured",
        ),
        # "dont" as a relative pronoun opens no part: the death is the six's
        (
            "fr",
            "L'ARS n'en retient que six, dont la mort est jugée compatible avec une intoxication.",
            ("six", 6, None),
            "deaths",
        ),
    ],
)
def test_a_part_clause_does_not_refine_the_whole(
    lang: str, sentence: str, figure: Written, measure: str
) -> None:
    (profile,) = _profiles(lang, sentence, [figure], "2026-02-14")
    assert profile.measure == measure


def test_the_world_count_is_not_a_country_count() -> None:
    (world,) = _profiles(
        "fr",
        "Dans le monde, 74 incidents graves ont été recensés, a ajouté le groupe.",
        [("74 incidents graves", 74, "incidents graves")],
        "2026-11-07",
    )
    (france,) = _profiles(
        "fr",
        "Le groupe fait état de 61 incidents graves en France.",
        [("61 incidents graves", 61, "incidents graves")],
        "2026-11-07",
    )
    (world_en,) = _profiles(
        "en",
        "Worldwide, the company said it had recorded 74 serious incidents.",
        [("74 serious incidents", 74, "serious incidents")],
        "2026-11-06",
    )
    assert world.places == ("World",) == world_en.places
    assert veto(world, france, SETTINGS) == "place"
    assert veto(world, world_en, SETTINGS) is None


# A later article's undated count may follow a dated count of its story for
# cluster.yaml `follow_up_days` (21): a running count and a state measured on a later day
# ("sont en rupture de stock") cannot be told apart from the sentence alone.
STATE_LATER = (
    "follow_up_days 21 lets a later undated count of the story meet the dated count; a "
    "state measured on a later day is not told from a running count yet"
)
DATED_COUNT = (
    "fr",
    "Selon l'agence, environ 1 900 pharmacies ont signalé une rupture de stock au 3 novembre.",
    [("1 900 pharmacies", 1900, "pharmacies")],
    "2026-11-04",
)


@pytest.mark.parametrize(
    ("later", "vetoed"),
    [
        # a rival number for the count reported, a week later
        pytest.param(
            (
                "en",
                'Pharmacists\' union FSPF says the real figure is "well over 5,000" pharmacies.',
                [("5,000", 5000, None)],
                "2026-11-12",
            ),
            None,
        ),
        pytest.param(
            (
                "fr",
                "Pour le syndicat, ce sont en réalité bien plus de 5 000 pharmacies qui sont "
                "touchées.",
                [("5 000 pharmacies", 5000, "pharmacies")],
                "2026-11-10",
            ),
            None,
        ),
        # negatives: an undated count of its own day, a week later; a dispute a season later
        pytest.param(
            (
                "fr",
                "Quelque 2 600 pharmacies sont en rupture de stock, selon l'agence.",
                [("2 600 pharmacies", 2600, "pharmacies")],
                "2026-11-12",
            ),
            "date",
            marks=pytest.mark.xfail(reason=STATE_LATER),
        ),
        (
            (
                "fr",
                "Pour le syndicat, ce sont en réalité bien plus de 5 000 pharmacies qui sont "
                "touchées.",
                [("5 000 pharmacies", 5000, "pharmacies")],
                "2027-02-10",
            ),
            "date",
        ),
    ],
)
def test_a_rival_number_meets_the_dated_count_it_disputes(
    later: tuple[str, str, list[Written], str], vetoed: str | None
) -> None:
    (dated,) = _profiles(*DATED_COUNT)
    (disputing,) = _profiles(*later)
    assert veto(dated, disputing, SETTINGS) == vetoed


@pytest.mark.parametrize(
    ("lang", "sentence", "figures", "measures"),
    [
        # a number with a noun of its own does not count the noun written after another
        # number ("clients" / "customers" are the 850 000)
        pytest.param(
            "fr",
            "Environ 850 000 clients auraient été touchés et 1,4 million de transactions "
            "bloquées, selon la banque.",
            [("850 000 clients", 850000, "clients"), ("1,4 million", 1400000, "transactions")],
            ["customers", "u:transaction"],
        ),
        pytest.param(
            "en",
            "About 850,000 customers and 1.4 million transactions were affected, the bank said.",
            [("850,000 customers", 850000, "customers"), ("1.4 million", 1400000, "transactions")],
            ["customers", "u:transaction"],
        ),
        # negatives: a bare number takes the noun of the number before it
        (
            "fr",
            "Selon la préfecture, 15 000 logements ont été évacués, contre 6 000 la veille.",
            [("15 000 logements", 15000, "logements"), ("6 000", 6000, None)],
            ["buildings", "evacuated"],
        ),
        # a year is no count: the word written after it is the figure's own measure
        (
            "en",
            "Its 2025 death toll of 312 people was the highest in a decade, the agency said.",
            [("312 people", 312, "people")],
            ["deaths"],
        ),
        (
            "fr",
            "Le bilan 2025 des morts sur les routes atteint 312 personnes, selon la préfecture.",
            [("312 personnes", 312, "personnes")],
            ["deaths"],
        ),
        # a unit names no thing: the percentage keeps the noun written after the year
        (
            "en",
            "France's government has raised its 2026 deficit forecast to 4.9 per cent of GDP, "
            "the ministry said.",
            [("4.9 per cent", 4.9, "per cent")],
            ["percent:deficit"],
        ),
    ],
)
def test_a_noun_written_after_another_number_is_that_numbers(
    lang: str, sentence: str, figures: list[Written], measures: list[str]
) -> None:
    profiles = _profiles(lang, sentence, figures, "2026-11-20")
    assert [p.measure for p in profiles] == measures


@pytest.mark.parametrize(
    ("lang", "sentence", "figure", "disputing"),
    [
        # a set phrase holding a dispute cue sets no number against another
        (
            "fr",
            "Selon le gestionnaire du réseau, 185 000 foyers ont été privés de courant au plus "
            "fort de l'incident, vers 19 heures.",
            ("185 000 foyers", 185000, "foyers"),
            False,
        ),
        (
            "fr",
            "La préfecture attend un nouveau bilan au plus tard vendredi, 41 blessés étant "
            "toujours hospitalisés.",
            ("41 blessés", 41, "blessés"),
            False,
        ),
        (
            "en",
            "The blast killed not only 12 workers but also three firefighters, police said.",
            ("12 workers", 12, "workers"),
            False,
        ),
        # the cue itself still sets the number against another
        (
            "fr",
            "Selon le syndicat, il y a eu au plus 600 annulations liées à la grève.",
            ("600 annulations", 600, "annulations"),
            True,
        ),
        (
            "en",
            "The union said only 600 flights were cancelled because of the strike.",
            ("600 flights", 600, "flights"),
            True,
        ),
    ],
)
def test_a_set_phrase_is_no_dispute(
    lang: str, sentence: str, figure: Written, disputing: bool
) -> None:
    (profile,) = _profiles(lang, sentence, [figure], "2026-07-21")
    assert profile.disputing is disputing
