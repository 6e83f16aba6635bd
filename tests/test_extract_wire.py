"""Wire-copy forms of blame and attribution, per language, negatives included."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check

F, D, A, S = "figure", "denial", "accusation", "statement"

# Blame for negligence or inaction is an accusation, beside the figure it comes with; a
# negation inside it ("nobody is looking for them") does not make it a denial.
INACTION_CASES = [
    pytest.param(
        "en",
        '"This company knew in January. It had at least three positive tests and it kept '
        'selling," said Claire Antonetti, a lawyer for the families.',
        [Expect(A, "Claire Antonetti"), Expect(F, "Claire Antonetti", 3, hedged=None)],
        id="en-knew-and-kept-selling",
    ),
    pytest.param(
        "en",
        '"Two of our brothers are still down there, and nobody is looking for them," said Josée '
        "Pelchat, Quebec director of the United Steelworkers.",
        [Expect(A, "United Steelworkers"), Expect(F, "United Steelworkers", 2)],
        id="en-nobody-is-looking",
    ),
    pytest.param(
        "en",
        "The union said the company had ignored four written warnings since March.",
        [Expect(A, "union"), Expect(F, "union", 4)],
        id="en-ignored-warnings-with-count",
    ),
    pytest.param(
        "en",
        "The company ignored repeated warnings about the dam, the residents' association said.",
        [Expect(A, "residents' association")],
        id="en-ignored-warnings-trailing-speaker",
    ),
    pytest.param(
        "en",
        "Critics say the government knew about the risk for months and did nothing.",
        [Expect(A, "Critics")],
        id="en-knew-and-did-nothing",
    ),
    pytest.param(
        "en",
        "Nobody was hurt, the fire service said.",
        [Expect(S, "fire service", polarity="deny")],
        id="en-nobody-hurt-stays-a-negative-statement",
    ),
    pytest.param(
        "en",
        '"We did nothing wrong," the mayor said.',
        [Expect(S, "mayor", polarity="deny")],
        id="en-did-nothing-wrong-is-no-blame",
    ),
    pytest.param(
        "fr",
        "Le syndicat affirme que la direction a ignoré quatre avis écrits sur une hausse de "
        "l'activité sismique, déposés entre mars et mai.",
        [Expect(A, "trade unions (organisers)"), Expect(F, "trade unions (organisers)", 4)],
        id="fr-a-ignore-des-avis",
    ),
    pytest.param(
        "fr",
        "La direction a ignoré les alertes répétées des salariés, affirme le syndicat.",
        [Expect(A, "trade unions (organisers)")],
        id="fr-ignore-les-alertes-trailing-speaker",
    ),
    pytest.param(
        "fr",
        "Selon l'opposition, la mairie savait depuis des mois et n'a rien fait.",
        [Expect(A, "opposition")],
        id="fr-savait-et-n-a-rien-fait",
    ),
    pytest.param(
        "fr",
        "« Personne n'a réagi à nos courriers », a déploré le président de l'association.",
        [Expect(A, "~association")],
        id="fr-personne-n-a-reagi",
    ),
    pytest.param(
        "fr",
        "« Personne n'a fermé de lits pendant cette crise », a assuré la ministre.",
        [Expect(S, "ministre", polarity="deny")],
        id="fr-denying-an-act-is-no-blame",
    ),
    pytest.param(
        "fr",
        "« Je n'ai rien fait de mal », a déclaré le maire.",
        [Expect(S, "maire", polarity="deny")],
        id="fr-rien-fait-de-mal-is-no-blame",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INACTION_CASES)
def test_inaction_is_blame(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "No one was injured in the blast, police said."),
        ("fr", "« Personne n'a été blessé », a indiqué la préfecture."),
    ],
)
def test_nobody_hurt_is_no_accusation(lang: str, text: str) -> None:
    assert all(c.kind != A for c in extract_claims(text, lang))


def test_a_participle_after_a_noun_is_no_speech_verb() -> None:
    # "répétées" (répéter) qualifies "alertes": the auxiliary "a" belongs to "ignoré".
    text = "La direction a ignoré les alertes répétées des salariés, affirme le syndicat."
    sources = {c.attribution.source for c in extract_claims(text, "fr")}
    assert sources == {"le syndicat"}
