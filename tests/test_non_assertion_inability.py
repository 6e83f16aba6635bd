"""Saying one cannot say ("not in a position to determine", "pas en mesure d'établir", "n'a
pas pu établir") asserts nothing, like "could not confirm" (lexicon `non_assertion`): no
claim, hence no denial either. A negated proposition is still a claim ("not responsible")."""

from __future__ import annotations

import pytest

from tests.extract_cases import Expect, check

S = "statement"

NOTHING_ASSERTED = [
    pytest.param(
        "en",
        'The U.N. monitoring mission said it was "not in a position at this stage" to '
        "determine where the drones came from.",
        id="en-not-in-a-position",
    ),
    pytest.param(
        "en",
        "The coastguard said it was not yet able to establish the cause of the sinking.",
        id="en-not-yet-able",
    ),
    pytest.param(
        "fr",
        "La mission d'observation des Nations unies a indiqué mercredi soir qu'elle n'était "
        "« pas en mesure, à ce stade, d'établir l'origine » des engins.",
        id="fr-pas-en-mesure",
    ),
    pytest.param(
        "fr",
        "Le ministère affirme qu'il n'a pas pu établir l'origine du tir.",
        id="fr-pas-pu-etablir",
    ),
]

NEGATED_CLAIMS = [
    pytest.param(
        "en",
        "The company said it was not responsible for the leak.",
        [Expect(S, "~company", polarity="deny")],
        id="en-not-responsible",
    ),
    pytest.param(
        "fr",
        "Le ministère affirme qu'il n'est pas responsable de la fuite.",
        [Expect(S, "~ministère", polarity="deny")],
        id="fr-pas-responsable",
    ),
    pytest.param(
        "en",
        "The coastguard said it was able to establish the cause of the sinking.",
        [Expect(S, "~coastguard")],
        id="en-able-to-establish",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING_ASSERTED)
def test_inability_asserts_nothing(lang: str, text: str) -> None:
    check(text, lang, [])


@pytest.mark.parametrize(("lang", "text", "expected"), NEGATED_CLAIMS)
def test_negated_claims_stay(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)
