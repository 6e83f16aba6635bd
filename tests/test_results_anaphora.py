"""A denial pointing back at measured results ("conteste ces résultats", "disputes these
results") disputes the figure just given (cluster.follow_targets, <lang>/topics.yaml
`figure_anaphora`)."""

from __future__ import annotations

import pytest

from claimtrack.cluster import follow_targets
from tests.test_cluster import Said, article_claims

FR_MEASURED = Said(
    "fr",
    "L'ONG a aussi mesuré 2,3 µg/l dans la Vorle, en aval de l'usine de Chantemerle.",
    "L'ONG",
    "Vigilance Eau Potable",
    figure="2,3 µg/l",
    value=2.3,
)
EN_MEASURED = Said(
    "en",
    "Tests commissioned by the group found 2.3 micrograms per litre in the river Vorle.",
    "the group",
    "Vigilance Eau Potable",
    figure="2.3 micrograms per litre",
    value=2.3,
)
FR_STATEMENT = Said(
    "fr",
    "L'association demande la fermeture de l'usine.",
    "L'association",
    "Vigilance Eau Potable",
    kind="statement",
)
EN_STATEMENT = Said(
    "en",
    "The group wants the plant closed.",
    "The group",
    "Vigilance Eau Potable",
    kind="statement",
)


def denial(lang: str, sentence: str) -> Said:
    return Said(lang, sentence, "Agrivex", "Agrivex", kind="denial", polarity="deny")


CASES = [
    pytest.param(
        "fr",
        [FR_MEASURED, denial("fr", "Le fabricant conteste ces résultats.")],
        [None, 0],
        id="fr-ces-resultats",
    ),
    pytest.param(
        "en",
        [EN_MEASURED, denial("en", "The manufacturer disputes these results.")],
        [None, 0],
        id="en-these-results",
    ),
    pytest.param(
        "en",
        [EN_MEASURED, denial("en", "Agrivex rejected the group's findings.")],
        [None, None],
        id="en-the-findings-names-no-pointer",
    ),
    # no figure before: nothing to point back at
    pytest.param(
        "fr",
        [FR_STATEMENT, denial("fr", "Le fabricant conteste ces résultats.")],
        [None, None],
        id="fr-no-figure-before",
    ),
    pytest.param(
        "en",
        [EN_STATEMENT, denial("en", "The manufacturer disputes these results.")],
        [None, None],
        id="en-no-figure-before",
    ),
]


@pytest.mark.parametrize(("lang", "claims", "expected"), CASES)
def test_denial_of_results_disputes_the_figure(
    lang: str, claims: list[Said], expected: list[int | None]
) -> None:
    assert follow_targets(article_claims(*claims), lang) == expected
