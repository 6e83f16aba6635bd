"""Verbs that report speech only around a quotation ("added", "a répliqué") also report when
a complementiser opens their clause, per language, with negatives: "He added that no ransom
had been paid", "a répliqué que les chiffres…" speak; "added 12 new routes", "a lancé un
appel" do not."""

from __future__ import annotations

import pytest

from tests.extract_cases import Expect, check

S, D = "statement", "denial"

ADDED_THAT = [
    pytest.param(
        "en",
        "The hospital's director said the attack had been contained. He added that no ransom "
        "had been or would be paid.",
        # devset16's gold: an act negated without its agent ("no ransom had been paid") is
        # the speaker's denial (see tests/test_polarity_classes.py)
        [Expect(D, "~director", polarity="deny")],
        id="en-devset16-he-added-that",
    ),
    pytest.param(
        "en",
        "The company added that no ransom would be paid.",
        [Expect(D, "company", polarity="deny")],
        id="en-subject-added-that",
    ),
    pytest.param(
        "fr",
        "Le ministère a répliqué que les chiffres du syndicat étaient « fantaisistes ».",
        [Expect(D, "~ministère", polarity="deny")],
        id="fr-a-replique-que",
    ),
    pytest.param(
        "fr",
        "La mairie a répondu que l'école resterait ouverte jusqu'en juin.",
        [Expect(S, "~mayor")],
        id="fr-a-repondu-que",
    ),
]

NO_SPEECH = [
    pytest.param("en", "The airline added 12 new routes this summer.", id="en-added-routes"),
    pytest.param(
        "en",
        "The airline added that route to its network in 2019.",
        id="en-added-that-route",
        marks=pytest.mark.xfail(
            reason="'that' is a determiner here, read as the complementiser opening a reported "
            "clause (_opens_reported_clause); requiring a finite verb after it loses 'added "
            "that the assessment may evolve' (devset)"
        ),
    ),
    pytest.param(
        "en", "The council continued its review of 40 planning permits.", id="en-continued-review"
    ),
    pytest.param(
        "fr",
        "La compagnie a lancé un appel à témoins après la disparition de 12 passagers.",
        id="fr-lance-un-appel",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ADDED_THAT)
def test_added_that_reports(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), NO_SPEECH)
def test_no_speech_without_a_clause(lang: str, text: str) -> None:
    check(text, lang, [])
