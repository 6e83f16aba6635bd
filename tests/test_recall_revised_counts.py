"""A revised count named after its new value, per language, with negatives: "l'ARS a porté à
23 le nombre de communes…, contre 14", "a relevé à 12 le bilan" give the body's figures, as
"raised the toll to 12" does; carrying or raising something that is no count says nothing."""

from __future__ import annotations

import pytest

from tests.extract_cases import Expect, check

F = "figure"

REVISED_COUNT = [
    pytest.param(
        "fr",
        "Jeudi, l'agence régionale de santé a porté à 23 le nombre de communes où l'eau du "
        "robinet est déconseillée à la boisson, contre 14 en début de semaine.",
        [Expect(F, "~agence régionale de santé", 23), Expect(F, "~agence régionale de santé", 14)],
        id="fr-devset9-porte-a-le-nombre",
    ),
    pytest.param(
        "fr",
        "Vendredi, la préfecture a relevé à 14 le bilan des morts, contre neuf la veille.",
        [Expect(F, "prefecture", 14)],
        id="fr-releve-a-le-bilan",
    ),
    pytest.param(
        "fr",
        "Le ministère de l'Intérieur porte à plus de 300 le nombre d'interpellations depuis "
        "samedi.",
        [Expect(F, "French Interior Ministry", 300)],
        id="fr-present-bounded",
    ),
    pytest.param(
        "en",
        "On Friday the prefecture raised the death toll to 14, from nine a day earlier.",
        [Expect(F, "prefecture", 14)],
        id="en-raised-the-toll-to",
    ),
]

NO_COUNT = [
    pytest.param(
        "fr",
        "Les secouristes ont porté à 3 heures du matin les premiers blessés jusqu'à l'hôpital.",
        id="fr-porter-a-une-heure",
    ),
    pytest.param(
        "fr",
        "Le coureur a porté à 12 secondes son avance sur le peloton.",
        id="fr-porter-une-avance",
    ),
    pytest.param(
        "en",
        "Volunteers carried 14 injured people to the hospital on Friday.",
        id="en-carried-people",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REVISED_COUNT)
def test_revised_count(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), NO_COUNT)
def test_no_count_revised(lang: str, text: str) -> None:
    check(text, lang, [])
