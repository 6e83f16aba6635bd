"""A party known by a role noun alone ("la direction", "the management") is one party across
two articles only when the articles share a named party: a factory's management denying is
not a hospital's management accused by hackers in another story."""

from __future__ import annotations

import pytest

from claimtrack.cluster import (
    ClusterSettings,
    pair_features,
)
from tests.extract_cases import article_profile

SETTINGS = ClusterSettings.load()

# (lang, accusation sentence and its accuser, the body naming the accused firm,
#  denial sentence and its denier, a body naming the same firm, a body naming another firm)
CASES = [
    pytest.param(
        "fr",
        "Les pirates accusent la direction d'avoir menti aux patients.",
        "Les pirates",
        "Le groupe hospitalier Rance-Emeraude a été visé par une cyberattaque à Dinan. ",
        "Interrogée, la direction dément formellement.",
        "la direction",
        "Le groupe hospitalier Rance-Emeraude reste sous pression à Dinan. ",
        "L'usine Valtea de Châtellerault fermera en juin, selon la CGT. ",
        id="fr-management-denies",
    ),
    pytest.param(
        "en",
        "The union accused the management of hiding the safety audit from staff.",
        "The union",
        "Workers at the Corvex plant in Leeds walked out on Monday. ",
        "The management denied the claim.",
        "The management",
        "Corvex kept its Leeds plant closed on Tuesday. ",
        "Hospital staff at St Aldric's in Brighton were told on Tuesday of the closure. ",
        id="en-management-denies",
    ),
    pytest.param(
        "fr",
        "Les syndicats accusent le gouvernement d'avoir caché le coût réel de la réforme.",
        "Les syndicats",
        "La réforme des retraites de Mme Borvanne agite le Parlement de Valdrie. ",
        "Le gouvernement dément catégoriquement.",
        "Le gouvernement",
        "Le texte de Mme Borvanne arrive au Parlement de Valdrie. ",
        "Les pêcheurs de Kerlouan ont bloqué le port de Brest, selon Ouest-France. ",
        id="fr-government-denies",
    ),
]


def _features(lang: str, accusing: str, denying: str) -> dict[str, float | None]:
    accusation = article_profile(lang, "a", accusing, "accusation", "2026-10-03")
    denial = article_profile(lang, "b", denying, "denial", "2026-10-04")
    return pair_features(accusation, denial, SETTINGS)


@pytest.mark.parametrize(
    ("lang", "accusation", "accuser", "accusing_body", "denial", "denier", "same", "other"),
    CASES,
)
def test_a_role_noun_answers_only_in_a_story_of_shared_names(
    lang: str,
    accusation: str,
    accuser: str,
    accusing_body: str,
    denial: str,
    denier: str,
    same: str,
    other: str,
) -> None:
    accusing = accusing_body + accusation
    together = _features(lang, accusing, same + denial)
    apart = _features(lang, accusing, other + denial)
    # the same story: the denier's role noun is the accused's, as before
    assert together["answers"] == 1.0
    # another story: the role noun alone is no evidence
    assert apart["answers"] == 0.0
    assert apart["terms"] is not None and together["terms"] is not None
    assert apart["terms"] < together["terms"]
