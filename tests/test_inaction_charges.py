"""Blame for inaction is a charge whatever negation follows it (extract._unnegated_inaction).

A quote that the charged party knew, was warned, or left a known fault unfixed accuses
(lexicon.yaml `inaction_accusations`), also when the clause goes on with a negation that is
part of the charge (« savait dès juin qu'elle n'aurait pas assez d'équipages », "were
identified and not corrected"). Negatives: a negation before the blame sets it aside (the
speaker's own, a defence), and a fault reported as fixed is a statement.
"""

from __future__ import annotations

import pytest

from tests.extract_cases import kinds_at, switch_on

# (lang, article text, start of the sentence looked at, expected kind)
CASES = [
    pytest.param(
        "en",
        '"The operator knew since March that it would not have enough drivers," said Ann '
        "Reed, a union official.",
        '"The operator',
        "accusation",
        id="en-knew-since-then-negation",
    ),
    pytest.param(
        "en",
        '"These defects were identified and never repaired," the inspectors said in their report.',
        '"These defects',
        "accusation",
        id="en-identified-not-repaired",
    ),
    pytest.param(
        "en",
        '"They had the inspection report. They chose not to act," a former engineer said.',
        '"They had',
        "accusation",
        id="en-chose-not-to-act",
    ),
    pytest.param(
        "en",
        '"We never ignored a single warning from the inspectors," the director said.',
        '"We never',
        "denial",  # the speaker's own act negated: a defence (extract._own_defence)
        id="en-negation-before-sets-aside",
    ),
    pytest.param(
        "en",
        '"The defects identified in March were repaired in April," the operator said.',
        '"The defects',
        "statement",
        id="en-fault-fixed",
    ),
    pytest.param(
        "fr",
        "« La mairie savait depuis l'été que la digue ne tiendrait pas », a déclaré le "
        "président de l'association des riverains.",
        "« La mairie",
        "accusation",
        id="fr-savait-puis-negation",
    ),
    pytest.param(
        "fr",
        "« Ces anomalies ont été signalées en mars et n'ont jamais été corrigées », affirme "
        "un technicien.",
        "« Ces anomalies",
        "accusation",
        id="fr-signalees-jamais-corrigees",
    ),
    pytest.param(
        "fr",
        "« La direction a choisi de ne rien faire », a affirmé la déléguée syndicale.",
        "« La direction",
        "accusation",
        id="fr-choisi-de-ne-rien-faire",
    ),
    pytest.param(
        "fr",
        "« Nous n'avons jamais ignoré les alertes des inspecteurs », a déclaré le directeur.",
        "« Nous n'avons",
        "denial",  # l'acte du locuteur nié : une défense (extract._own_defence)
        id="fr-negation-avant",
    ),
    pytest.param(
        "fr",
        "« Les anomalies signalées en mars ont été corrigées en avril », a indiqué l'exploitant.",
        "« Les anomalies",
        "statement",
        id="fr-anomalies-corrigees",
    ),
]


@pytest.fixture(autouse=True)
def _inaction_through_negation_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule is a switch (extraction.yaml `inaction_through_negation`): its rows check the
    rule itself whatever the switch ships as."""
    switch_on(monkeypatch, inaction_through_negation=1)


@pytest.mark.parametrize(("lang", "text", "opening", "expected"), CASES)
def test_inaction_charges(lang: str, text: str, opening: str, expected: str) -> None:
    assert kinds_at(text, lang, opening) == {expected}
