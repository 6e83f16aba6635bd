"""A counting verb after a speaker's charge or denial reports a tally: the sentence gives the
speaker's figures and no stance of its own, while other sentences still carry the stance on."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims

# (language, text, the sentence under test, the kinds expected on it)
TALLY_CASES = [
    pytest.param(
        "fr",
        "L'ANSM a accusé lundi les Laboratoires Optivel d'avoir dissimulé des résultats "
        "d'analyses. L'ANSM a recensé à ce jour 38 cas d'infections oculaires graves.",
        "L'ANSM a recensé à ce jour 38 cas d'infections oculaires graves.",
        {"figure"},
        id="fr-tally-after-accusation",
    ),
    pytest.param(
        "fr",
        "Le syndicat Sud-Rail accuse la SNCF d'avoir supprimé des postes de contrôleurs. "
        "Le syndicat a dénombré 140 départs non remplacés depuis janvier.",
        "Le syndicat a dénombré 140 départs non remplacés depuis janvier.",
        {"figure"},
        id="fr-denombre-after-accusation",
    ),
    pytest.param(
        "en",
        "The regulator accused Optivel on Monday of withholding laboratory results. "
        "The regulator has counted 38 cases of serious eye infection.",
        "The regulator has counted 38 cases of serious eye infection.",
        {"figure"},
        id="en-tally-after-accusation",
    ),
    pytest.param(
        "en",
        "The union accused the operator of cutting maintenance staff. "
        "The union has tallied 30 track maintenance jobs lost since 2022.",
        "The union has tallied 30 track maintenance jobs lost since 2022.",
        {"figure"},
        id="en-tally-verb-tallied",
    ),
    # Negatives: a sentence that is no tally carries the charge on.
    pytest.param(
        "fr",
        "Le Syndicat national des pilotes de ligne accuse la compagnie d'avoir négligé la "
        "maintenance. Selon le syndicat, l'appareil volait depuis douze jours avec un inverseur "
        "de poussée désactivé.",
        "Selon le syndicat, l'appareil volait depuis douze jours avec un inverseur de poussée "
        "désactivé.",
        {"figure", "accusation"},
        id="fr-neg-selon-carries-the-charge",
    ),
    pytest.param(
        "en",
        "The union accused the operator of cutting maintenance staff. "
        "The union said 30 track maintenance jobs had gone since 2022.",
        "The union said 30 track maintenance jobs had gone since 2022.",
        {"figure", "accusation"},
        id="en-neg-said-carries-the-charge",
    ),
]


@pytest.mark.parametrize(("lang", "text", "sentence", "kinds"), TALLY_CASES)
def test_a_tally_after_a_charge_carries_no_stance(
    lang: str, text: str, sentence: str, kinds: set[str]
) -> None:
    claims = [c for c in extract_claims(text, lang) if c.sentence == sentence]
    assert {c.kind for c in claims} == kinds, [(c.kind, c.attribution.canonical) for c in claims]
