"""Unnamed people as speakers, per language, with their negatives: "a person familiar with the
matter told Reuters", "a person close to the investigation said", "a nurse at … said", "une
infirmière … affirme" speak like any official; a person who only acts says nothing."""

from __future__ import annotations

import pytest

from tests.extract_cases import Expect, check

F = "figure"

UNNAMED_PEOPLE_SPEAK = [
    pytest.param(
        "en",
        "The gang is demanding $2.5 million, a person familiar with the matter told Reuters, "
        "asking not to be named because the matter was confidential.",
        [Expect(F, "anonymous", 2.5e6)],
        id="en-devset16-person-familiar-told",
    ),
    pytest.param(
        "en",
        "As many as 18 players have been questioned, a person close to the investigation "
        "said, speaking on condition of anonymity because the probe is ongoing.",
        [Expect(F, "anonymous", 18)],
        id="en-devset9-person-close-said",
    ),
    pytest.param(
        "en",
        "A person familiar with the plans told The Associated Press the final number could "
        "reach 11,000 once consultations are completed.",
        [Expect(F, "anonymous", 11000, hedged=None)],
        id="en-person-familiar-opens",
    ),
    pytest.param(
        "en",
        "A nurse at Rennes university hospital, who asked not to be named, said that on some "
        'nights "more than 40 patients" were waiting in the corridors.',
        # devset17's gold: the clause keeping her unnamed makes her anonymous
        [Expect(F, "anonymous", 40)],
        id="en-devset17-nurse-said",
    ),
    pytest.param(
        "en",
        "A mother of three who lives near the plant said about 30 families had been told to "
        "leave their homes.",
        [Expect(F, "~mother", 30)],
        id="en-mother-said",
    ),
    pytest.param(
        "fr",
        "Une infirmière du CHU de Rennes, qui a requis l'anonymat, affirme que « plus de 40 "
        "patients » attendaient certaines nuits dans les couloirs.",
        [Expect(F, "anonymous", 40)],
        id="fr-nurse-affirme",
    ),
    pytest.param(
        "fr",
        "Une mère de famille du quartier assure qu'une trentaine de foyers ont reçu l'ordre de "
        "partir.",
        [Expect(F, "~mère", 30)],
        id="fr-mother-assure",
    ),
]

# People who act, or are counted, say nothing.
PEOPLE_WHO_ACT = [
    pytest.param(
        "en", "A man was arrested after 40 cars were set on fire overnight.", id="en-man-arrested"
    ),
    pytest.param(
        "en",
        "A person familiar with the site walked 12 kilometres to reach the village.",
        id="en-person-walked",
    ),
    pytest.param(
        "fr",
        "Une femme de 45 ans a été interpellée après l'incendie de 40 voitures.",
        id="fr-femme-interpellee",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), UNNAMED_PEOPLE_SPEAK)
def test_unnamed_people_speak(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), PEOPLE_WHO_ACT)
def test_people_who_act_say_nothing(lang: str, text: str) -> None:
    check(text, lang, [])
