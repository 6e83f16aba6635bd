"""A bulletin on the victims' condition is no denial (extract._negated).

"None was in a life-threatening condition" or « aucun n'est dans un état grave » tells how the
victims are; its negation denies no one's claim, so the statement keeps polarity affirm
(lexicon.yaml `condition_reassurances`, under extraction.yaml `condition_bulletins_affirm`).
Negatives: other negations by a third party stay
statements with polarity deny.
"""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import switch_on

# (lang, article text, start of the sentence looked at, expected polarity of its statements)
CASES = [
    pytest.param(
        "en",
        "Eleven pupils were taken to hospital after lunch. None was in a life-threatening "
        "condition, the health agency said.",
        "None was",
        "affirm",
        id="en-none-in-life-threatening-condition",
    ),
    pytest.param(
        "en",
        "Two climbers were airlifted to Grenoble on Sunday. Their injuries were not "
        "life-threatening, a mountain rescue spokesman said.",
        "Their injuries",
        "affirm",
        id="en-injuries-not-life-threatening",
    ),
    pytest.param(
        "en",
        "The bus left the road near Tulle. The driver was not under the influence of alcohol, "
        "the prosecutor said.",
        "The driver",
        "deny",
        id="en-other-negation-still-denies",
    ),
    pytest.param(
        "fr",
        "Neuf enfants ont été hospitalisés au Mans, selon l'ARS, qui précise qu'aucun n'est "
        "dans un état grave.",
        "Neuf enfants",
        "affirm",
        id="fr-aucun-dans-un-etat-grave",
    ),
    pytest.param(
        "fr",
        "Deux randonneurs ont été hélitreuillés dimanche. « Leur pronostic vital n'est pas "
        "engagé », a indiqué la préfecture.",
        "« Leur pronostic",
        "affirm",
        id="fr-pronostic-vital-pas-engage",
    ),
    pytest.param(
        "fr",
        "Le car a quitté la route près de Tulle. Le chauffeur n'avait pas bu d'alcool, a "
        "indiqué le parquet.",
        "Le chauffeur",
        "deny",
        id="fr-autre-negation",
    ),
]


@pytest.fixture(autouse=True)
def _condition_bulletins_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule is a switch (extraction.yaml `condition_bulletins_affirm`): its rows check the
    rule itself whatever the switch ships as."""
    switch_on(monkeypatch, condition_bulletins_affirm=1)


@pytest.mark.parametrize(("lang", "text", "opening", "expected"), CASES)
def test_condition_bulletin_polarity(lang: str, text: str, opening: str, expected: str) -> None:
    start = text.index(opening)
    found = [
        c
        for c in extract_claims(text, lang)
        if c.start == start and c.figure is None and c.kind == "statement"
    ]
    assert found
    assert {c.polarity for c in found} == {expected}
