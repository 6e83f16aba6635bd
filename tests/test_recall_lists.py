"""Claims lost to the form of a count or of its verb, per language, with their negatives: a
lone "one" that is a term of a list of counts, the spelling of French "-cer"/"-ger" verbs
before "a"/"o" ("annonçait", "jugeant"), and verbs that settle on or give a figure ("le
ministère retient 870 vols", "has given a figure of 52")."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check, figure_value

F, D, A, S = "figure", "denial", "accusation", "statement"

# A lone "one" / "un(e)" counts when a count is its neighbour in a list and no noun of another
# kind follows it.
LISTED_ONES = [
    pytest.param(
        "fr",
        "« Quatre des victimes sont de nationalité française, une est belge et une autre "
        "suisse », a déclaré la préfète.",
        [Expect(F, "~prefecture", 4), Expect(F, "~prefecture", 1)],
        2,
        id="fr-une-est-belge-et-une-autre-suisse",
    ),
    pytest.param(
        "fr",
        "Trois sauveteurs ont été blessés et un autre est porté disparu, selon les pompiers.",
        [Expect(F, "fire service", 3), Expect(F, "fire service", 1)],
        1,
        id="fr-et-un-autre",
    ),
    pytest.param(
        "en",
        "Five of the dead were French, two Belgian and one Swiss, the prefecture said in a "
        "statement.",
        [Expect(F, "~prefecture", 5), Expect(F, "~prefecture", 2), Expect(F, "~prefecture", 1)],
        1,
        id="en-two-belgian-and-one-swiss",
    ),
    pytest.param(
        "en",
        "One person was found dead and two others remain missing after a landslide swept "
        "through the hamlet early on Sunday, the Valais cantonal police said on Monday.",
        [Expect(F, "Valais cantonal police", 1), Expect(F, "Valais cantonal police", 2)],
        1,
        id="en-one-person-and-two-others",
    ),
]

# "un"/"one" that only looks listed: an article before a noun of another kind, a pronoun.
NOT_LISTED_ONES = [
    pytest.param(
        "fr",
        "Quatre personnes ont été interpellées et une enquête a été ouverte, selon la police.",
        id="fr-et-une-enquete",
    ),
    pytest.param(
        "fr",
        "Deux manifestants ont été blessés et une voiture incendiée, a indiqué la préfecture.",
        id="fr-et-une-voiture",
    ),
    pytest.param(
        "en",
        "Two people were arrested and one of them was charged with assault, police said.",
        id="en-one-of-them",
    ),
    pytest.param(
        "en",
        "Three ministers resigned and one day later the prime minister called an election, "
        "the agency reported.",
        id="en-one-day-later",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected", "ones"), LISTED_ONES)
def test_listed_one_counts(lang: str, text: str, expected: list[Expect], ones: int) -> None:
    check(text, lang, expected)
    assert [figure_value(c) for c in extract_claims(text, lang)].count(1) == ones


@pytest.mark.parametrize(("lang", "text"), NOT_LISTED_ONES)
def test_unlisted_one_is_no_count(lang: str, text: str) -> None:
    assert 1 not in [figure_value(c) for c in extract_claims(text, lang)]


# French "-cer"/"-ger" verbs keep their sound before "a"/"o" by a spelling change: every
# reporting, accusing or denying verb of the lexicon has these forms too.
SPELLED_FORMS = [
    pytest.param(
        "fr",
        "En mars 2025, l'association avançait encore le chiffre de « plus de 50 000 victimes ».",
        [Expect(F, "~association", 50000, hedged=None)],
        id="fr-avancait",
    ),
    pytest.param(
        "fr",
        "La CGT annonçait 300 000 manifestants dans toute la France mardi soir.",
        [Expect(F, "CGT", 300000)],
        id="fr-annoncait",
    ),
    pytest.param(
        "fr",
        "Les riverains dénonçaient depuis des mois le bruit des camions sur la départementale.",
        [Expect(A, "~riverains")],
        id="fr-denoncaient",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPELLED_FORMS)
def test_spelled_verb_forms(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


# A body settling on a figure ("retient", "a retenu") or having "given a figure of" gives it;
# "retenir" with a person for object holds someone back and reports nothing.
FIGURE_VERBS = [
    pytest.param(
        "fr",
        "Le ministère des Transports retient, lui, 870 vols annulés et 95 000 voyageurs concernés.",
        [Expect(F, "~transport", 870), Expect(F, "~transport", 95000)],
        id="fr-retient-lui",
    ),
    pytest.param(
        "fr",
        "Le parquet de Valtorta a retenu une vitesse de 87 km/h dans une épingle limitée à "
        "50 km/h.",
        [Expect(F, "~Valtorta", 87)],
        id="fr-a-retenu-une-vitesse",
    ),
    pytest.param(
        "fr",
        "La préfecture retient le chiffre de 12 000 participants, la CGT en revendique 40 000.",
        [Expect(F, "~prefecture", 12000), Expect(F, "CGT", 40000)],
        id="fr-retient-le-chiffre",
    ),
    pytest.param(
        "en",
        "The prefecture has given a figure of 52 passengers on board.",
        [Expect(F, "~prefecture", 52)],
        id="en-has-given-a-figure-of",
    ),
]

NOT_FIGURE_VERBS = [
    pytest.param(
        "fr",
        "Les grévistes ont retenu le directeur du site pendant trois heures mardi.",
        id="fr-retenu-le-directeur",
    ),
    pytest.param(
        "fr",
        "Deux otages sont toujours retenus par les ravisseurs dans la région.",
        id="fr-otages-retenus",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIGURE_VERBS)
def test_figure_verbs(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), NOT_FIGURE_VERBS)
def test_not_figure_verbs(lang: str, text: str) -> None:
    check(text, lang, [])


# "since", "after", "before" introducing a date still bar a figure from the verb before them
# (claims._barred), but the earlier count a revision marker introduces ("up from three") is
# the new count's speaker's whatever comes between (claims._revised_value_cue).
DATED_BARRIERS = [
    pytest.param(
        "en",
        "The regional health agency now says five dogs died of cyanotoxin poisoning and seven "
        "people have been hospitalised since 9 August, up from three dogs and four patients a "
        "week ago.",
        [Expect(F, "~health agency", 5), Expect(F, "~health agency", 3)],
        id="en-since-a-day",
    ),
    pytest.param(
        "en",
        "The union now says more than 1,500 couriers have been switched off since the start of "
        "2025, up from the 1,200 it cited when the walkout began.",
        [Expect(F, "union", 1500), Expect(F, "union", 1200)],
        id="en-since-the-start-of-a-year",
    ),
]

# A clause after the barrier is background: its count is not the speaker's.
CLAUSE_BARRIERS = [
    pytest.param(
        "en",
        "The ministry said prices had risen since 2019, when 300 schools closed.",
        id="en-when-clause-after-a-date",
    ),
    pytest.param(
        "en",
        "Police said the man had been arrested after the riot, which injured 14 officers.",
        id="en-relative-after-a-noun",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DATED_BARRIERS)
def test_a_date_is_no_barrier(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), CLAUSE_BARRIERS)
def test_a_clause_is_a_barrier(lang: str, text: str) -> None:
    assert not [c for c in extract_claims(text, lang) if c.figure is not None]
