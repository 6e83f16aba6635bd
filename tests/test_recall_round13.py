"""Recall of figures, accusations and denials, round 13, per language, with negatives.

Coordinated subjects no table knows are one claim per party when every part names a party of
its own (an article before a capitalised name, or an acronym): "La FDSEA de la Gironde et les
Jeunes Agriculteurs accusent…" is two accusations; "Eau et Rivières de Bretagne" and "the Food
and Drug Administration" stay one name."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check, describe

F, D, A, S = "figure", "denial", "accusation", "statement"

COORDINATED_PARTIES = [
    pytest.param(
        "fr",
        "La FDSEA de la Gironde et les Jeunes Agriculteurs accusent les assureurs de retarder "
        "les indemnisations, dénonçant des expertises « au compte-gouttes ».",
        [Expect(A, "FDSEA de la Gironde"), Expect(A, "Jeunes Agriculteurs")],
        id="fr-devset26-two-unions-accuse",
    ),
    pytest.param(
        "fr",
        "La Coalition Crête vivante et le Regroupement ornithologique du Bas-Saint-Laurent "
        "(ROBSL) affirment que deux nids d'aigles royaux ont disparu de l'étude.",
        [Expect(F, "~Crête vivante", 2), Expect(F, "ROBSL", 2)],
        id="fr-devset25-bracketed-acronym-not-a-word",
    ),
    pytest.param(
        "fr",
        "Le Collectif des riverains du Vallon et l'Association Sauvegarde Estuaire affirment que "
        "350 arbres ont été abattus sans autorisation.",
        [Expect(F, "~riverains du Vallon", 350), Expect(F, "~Sauvegarde Estuaire", 350)],
        id="fr-two-associations-one-figure",
    ),
    pytest.param(
        "en",
        "The Crête vivante coalition and regional birding group ROBSL allege that two golden "
        "eagle nests were removed from the study.",
        [Expect(F, "~Crête vivante", 2), Expect(F, "ROBSL", 2)],
        id="en-devset25-acronym-part",
    ),
    pytest.param(
        "en",
        "The Harbour Residents Alliance and the Coastal Fishers Guild accused the port "
        "authority of hiding pollution data.",
        [Expect(A, "~Harbour Residents Alliance"), Expect(A, "~Coastal Fishers Guild")],
        id="en-two-named-groups-accuse",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COORDINATED_PARTIES)
def test_coordinated_parties_claim_each(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


# One name with a coordinator inside it: a capitalised word with no article of its own.
ONE_NAME = [
    pytest.param(
        "fr",
        "L'association Eau et Rivières de Bretagne affirme que 30 plages sont polluées.",
        "Eau et Rivières de Bretagne",
        id="fr-name-with-et",
    ),
    pytest.param(
        "fr",
        "L'Union des villes et communes de Wallonie estime que 40 communes sont touchées.",
        "~Union des villes et communes",
        id="fr-lowercase-second-part",
    ),
    pytest.param(
        "en",
        "The Department of Energy and Climate Change said 300 homes had lost power.",
        "~Department of Energy and Climate Change",
        id="en-ministry-name-with-and",
    ),
    pytest.param(
        "en",
        "Marks and Spencer said 400 jobs would go.",
        "Marks and Spencer",
        id="en-company-name-with-and",
    ),
]


@pytest.mark.parametrize(("lang", "text", "source"), ONE_NAME)
def test_one_name_stays_one_source(lang: str, text: str, source: str) -> None:
    claims = extract_claims(text, lang)
    assert len(claims) == 1, describe(claims)
    check(text, lang, [Expect(F, source, claims[0].figure.value if claims[0].figure else None)])
