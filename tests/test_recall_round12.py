"""Recall of figures, accusations and denials, round 12, per language, with negatives.

The earlier value a revision replaces ("…, up from nine on Tuesday", "…, contre 1 240 annoncés
vendredi") is given by the speaker of the new value, even when a clause of time comes between
the verb and it ("since the attack began on Nov. 1"); two parties compared in one result
("54 %, contre 46 % pour la maire sortante") stay as before."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check, figure_value

F, D, A, S = "figure", "denial", "accusation", "statement"

REVISED_VALUES = [
    pytest.param(
        "en",
        "The regional health agency (ARS) said 14 children had been admitted to hospital since "
        "the Nov. 12 meal, up from nine on Tuesday.",
        [Expect(F, "ARS", 14), Expect(F, "ARS", 9)],
        id="en-devset28-since-the-meal-up-from-nine",
    ),
    pytest.param(
        "en",
        "The coastguard said 31 people had been rescued since the ferry caught fire on Sunday, "
        "up from 24 earlier in the week.",
        [Expect(F, "~coastguard", 31), Expect(F, "~coastguard", 24)],
        id="en-since-clause-up-from",
    ),
    pytest.param(
        "en",
        "The union said 2,300 jobs would go after the merger is completed, down from its "
        "earlier estimate of 3,100.",
        [Expect(F, "~union", 2300), Expect(F, "~union", 3100)],
        id="en-after-clause-down-from-its-earlier-estimate",
    ),
    pytest.param(
        "fr",
        "La préfecture a fait état de 14 blessés lorsque le bâtiment s'est effondré, contre 9 "
        "dans un premier bilan.",
        [Expect(F, "prefecture", 14), Expect(F, "prefecture", 9)],
        id="fr-lorsque-contre-premier-bilan",
    ),
    pytest.param(
        "fr",
        "Le syndicat a dénombré 350 grévistes lorsque le piquet s'est formé, au lieu des 200 "
        "attendus.",
        [Expect(F, "~unions", 350), Expect(F, "~unions", 200)],
        id="fr-lorsque-au-lieu-des",
    ),
    pytest.param(
        "fr",
        "L'ARS a recensé 38 cas depuis que l'épidémie a commencé, contre 21 vendredi.",
        [Expect(F, "ARS", 38), Expect(F, "ARS", 21)],
        id="fr-depuis-que-contre-already-read",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REVISED_VALUES)
def test_revised_value_is_the_speakers(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


# No revision marker before the later figure, or a result compared between two parties: the
# figure after the clause is not the speaker's earlier value.
NOT_REVISED = [
    pytest.param(
        "en",
        "The agency said 14 children were ill when the school closed, which left 300 pupils "
        "without lunch.",
        [Expect(F, "~agency", 14)],
        300,
        id="en-relative-clause-figure",
    ),
    pytest.param(
        "fr",
        "Le maire a affirmé que 54 % des votants avaient approuvé le projet lorsque le scrutin a "
        "été clos, contre 46 % pour l'opposition.",
        [Expect(F, "~maire", 54)],
        None,
        id="fr-compared-parties-unchanged",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected", "absent"), NOT_REVISED)
def test_no_revision_no_borrowed_speaker(
    lang: str, text: str, expected: list[Expect], absent: float | None
) -> None:
    check(text, lang, expected)
    if absent is not None:
        assert all(figure_value(c) != absent for c in extract_claims(text, lang))
