"""Stances that stand beside a figure in one sentence, per language, with their negatives: a
denial verb whose figure sits in a clause of its own keeps its denial; a denial verb whose
object is the figure denies only that figure."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check, describe

F, D = "figure", "denial"

# The denial verb opens a clause, a verb or a quote of its own; the figure comes inside it.
DENIAL_BESIDE_FIGURE = [
    pytest.param(
        "fr",
        "Son avocat, Me Karim Benali, conteste : son client n'aurait perçu « qu'une vingtaine "
        "de milliers d'euros » et n'a « jamais dissimulé ces sommes ».",
        [
            Expect(D, "Karim Benali", polarity="deny", hedged=None),
            Expect(F, "Karim Benali", 20000, polarity="deny", hedged=None),
        ],
        id="fr-colon-opens-the-denied-clause",
    ),
    pytest.param(
        "fr",
        "Son avocate, Me Lena Dvorak, conteste : son client n'aurait remis « qu'une quarantaine "
        "de documents non classifiés » et n'a « jamais travaillé pour une puissance étrangère ».",
        [Expect(D, "~Dvorak", polarity="deny", hedged=None)],
        id="fr-devset12-lawyer-contests",
    ),
    pytest.param(
        "fr",
        "Le groupe dément formellement avoir supprimé 250 postes en France depuis janvier.",
        [Expect(D, "~groupe", polarity="deny"), Expect(F, "~groupe", 250, polarity="deny")],
        id="fr-infinitive-after-adverb",
    ),
    pytest.param(
        "en",
        "The company has denied dumping 300 tonnes of waste into the river, after residents "
        "filed a complaint.",
        [Expect(D, "~company", polarity="deny"), Expect(F, "~company", 300, polarity="deny")],
        id="en-gerund-object",
    ),
    pytest.param(
        "en",
        "The airline denied that 40 flights had been cancelled because of staff shortages.",
        [Expect(D, "~airline", polarity="deny"), Expect(F, "~airline", 40, polarity="deny")],
        id="en-that-clause",
    ),
    pytest.param(
        "en",
        "A French concert promoter has denied selling thousands more tickets than a Toulouse "
        "stadium could safely hold, after a crush at a rap show on Saturday left four people "
        "dead and more than 50 injured.",
        [Expect(D, "~promoter", polarity="deny", hedged=None)],
        id="en-devset17-denied-selling",
    ),
]

# The figure is what the verb denies (its object, or the subject of a passive): the denied
# figure is the whole claim, no bare denial beside it.
FIGURE_IS_DENIED = [
    pytest.param(
        "fr",
        "La préfecture a démenti jeudi le bilan de 300 morts qui circulait sur les réseaux "
        "sociaux.",
        300,
        id="fr-denied-toll",
    ),
    pytest.param(
        "fr", "Le syndicat conteste toute baisse de 18 % des effectifs.", 18, id="fr-denied-fall"
    ),
    pytest.param(
        "en",
        "The hospital denied a death toll of 45 circulating on social media.",
        45,
        id="en-denied-toll",
    ),
    pytest.param("en", "The company disputed the 18% fall in sales.", 18, id="en-disputed-fall"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DENIAL_BESIDE_FIGURE)
def test_denial_beside_figure(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text", "value"), FIGURE_IS_DENIED)
def test_figure_is_denied(lang: str, text: str, value: float) -> None:
    claims = extract_claims(text, lang)
    assert [(c.kind, c.polarity) for c in claims] == [(F, "deny")], describe(claims)
    assert claims[0].figure is not None and claims[0].figure.value == value
