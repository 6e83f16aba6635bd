"""Judicial acts as accusations, per language, with their negatives: the author of an act
against someone ("a mis en examen six personnes", "placed six people under formal
investigation") accuses; a source relaying the act with its charge ("were charged with fraud,
police said") accuses; an inquiry into an event, or an act with no author, accuses nobody."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check

F, A = "figure", "accusation"

JUDICIAL_ACCUSATIONS = [
    pytest.param(
        "fr",
        "Le juge d'instruction a mis en examen quatre élus pour favoritisme et prise illégale "
        "d'intérêts.",
        [Expect(A, "~juge d'instruction"), Expect(F, "~juge d'instruction", 4)],
        id="fr-a-mis-en-examen",
    ),
    pytest.param(
        "fr",
        "Le parquet de Lille a ouvert une information judiciaire pour escroquerie en bande "
        "organisée visant le gérant de la société.",
        [Expect(A, "Lille prosecutor's office")],
        id="fr-information-judiciaire-visant",
    ),
    pytest.param(
        "fr",
        "Deux adjoints ont été mis en examen pour corruption passive, a indiqué le parquet.",
        [Expect(A, "~prosecutor"), Expect(F, "~prosecutor", 2)],
        id="fr-passive-relayed-by-the-prosecutor",
    ),
    pytest.param(
        "en",
        "Prosecutors have placed the former mayor under formal investigation over suspected "
        "favouritism in the award of the contracts.",
        [Expect(A, "~prosecutor")],
        id="en-placed-under-formal-investigation",
    ),
    pytest.param(
        "en",
        "The club's former treasurer is under investigation over the alleged embezzlement of "
        "about €3m, prosecutors said on Monday.",
        [Expect(A, "~prosecutor"), Expect(F, "~prosecutor", 3e6)],
        id="en-under-investigation-relayed",
    ),
    pytest.param(
        "en",
        "Two warehouse managers were charged with fraud, police said.",
        [Expect(A, "police"), Expect(F, "police", 2)],
        id="en-charged-with-relayed-by-police",
    ),
    pytest.param(
        "en",
        "Police have detained four officials over alleged bribes paid for building permits, "
        "the interior ministry said.",
        [Expect(A, "~interior ministry"), Expect(F, "~interior ministry", 4)],
        id="en-over-alleged-relayed",
    ),
]

# No accusation: an inquiry into an event names no suspect; a judicial act in the passive
# with no source has no author (the journalist reports it).
NO_JUDICIAL_ACCUSATION = [
    pytest.param(
        "fr",
        "Le procureur a ouvert une enquête pour homicides involontaires après l'effondrement.",
        id="fr-enquete-sur-un-fait",
    ),
    pytest.param("fr", "Trois joueurs ont été mis en examen.", id="fr-passive-no-source"),
    pytest.param(
        "fr",
        "Le maire, qui a mis en examen son adjoint l'an dernier, inaugure le stade.",
        id="fr-relative-clause-is-background",
    ),
    pytest.param(
        "en",
        "An investigation into involuntary manslaughter has been opened.",
        id="en-inquiry-into-an-event",
    ),
    pytest.param("en", "So far, three players have been charged.", id="en-passive-no-source"),
    pytest.param(
        "en",
        "The man held over the alleged arson of the depot was released on Monday.",
        id="en-alleged-qualifies-a-noun",
    ),
    pytest.param(
        "en",
        "Prosecutors opened an investigation into the cause of the fire.",
        id="en-investigation-into-a-cause",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), JUDICIAL_ACCUSATIONS)
def test_judicial_accusations(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), NO_JUDICIAL_ACCUSATION)
def test_no_judicial_accusation(lang: str, text: str) -> None:
    claims = extract_claims(text, lang)
    assert not [c for c in claims if c.kind == A], [(c.kind, c.attribution.source) for c in claims]
