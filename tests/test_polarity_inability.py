"""Saying one cannot say ("not in a position to determine", "pas en mesure d'établir", "n'a
pas pu établir") takes no side: the statement is reported (gold annotates it, devset20) but
is no denial. A negated proposition stays a denial of it ("not responsible")."""

from __future__ import annotations

import pytest

from tests.extract_cases import Expect, check

S = "statement"

CASES = [
    pytest.param(
        "en",
        'The U.N. monitoring mission said it was "not in a position at this stage" to '
        "determine where the drones came from.",
        [Expect(S, "~monitoring mission", polarity="affirm")],
        id="en-not-in-a-position",
    ),
    pytest.param(
        "en",
        "The coastguard said it was not yet able to establish the cause of the sinking.",
        [Expect(S, "~coastguard", polarity="affirm")],
        id="en-not-yet-able",
    ),
    pytest.param(
        "fr",
        "La mission d'observation des Nations unies a indiqué mercredi soir qu'elle n'était "
        "« pas en mesure, à ce stade, d'établir l'origine » des engins.",
        [Expect(S, "~mission d'observation", polarity="affirm")],
        id="fr-pas-en-mesure",
    ),
    pytest.param(
        "fr",
        "Le ministère affirme qu'il n'a pas pu établir l'origine du tir.",
        [Expect(S, "~ministère", polarity="affirm")],
        id="fr-pas-pu-etablir",
    ),
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
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_inability_is_no_denial(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)
