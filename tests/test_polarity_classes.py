"""Kind, polarity and hedging by class of text, per language, with negatives: a possibility
not ruled out (a hedged affirmation), wrongdoing without an accusation verb (a verdict, a
warning given in vain, breaking the law), a denial without a denial verb (the charges
dismissed through who made them, an idea rejected, the rules followed), and the third-party
findings that look like them (a statement)."""

from __future__ import annotations

import pytest

from tests.extract_cases import Expect, check

D, A, S = "denial", "accusation", "statement"

FR_CASES = [
    # Negatives: a count, a finding or a decision not taken is a third party's statement.
    pytest.param(
        "La préfecture a indiqué qu'aucun blessé n'a été signalé.",
        [Expect(S, "prefecture", polarity="deny")],
        id="no-injured-reported-is-a-statement",
    ),
    pytest.param(
        "Selon le parquet, aucune trace d'explosif n'a été retrouvée sur place.",
        [Expect(S, "~prosecutor", polarity="deny")],
        id="no-trace-found-is-a-statement",
    ),
    pytest.param(
        "« Il n'y a aucun risque pour la population », a assuré le préfet, Jean Morel.",
        [Expect(S, "~", polarity="deny")],
        id="no-risk-is-a-statement",
    ),
    # A possibility not ruled out affirms it, hedged.
    pytest.param(
        "« La masse reste instable et d'autres mouvements ne sont pas exclus », a averti le "
        "géologue cantonal, Laurent Délèze.",
        [Expect(S, "Laurent Délèze", hedged=True)],
        id="not-excluded-is-a-hedged-affirmation",
    ),
    pytest.param(
        "Une piste criminelle n'est pas à exclure, a indiqué le procureur, Marc Vidal.",
        [Expect(S, "~", hedged=True)],
        id="not-to-be-excluded",
    ),
    pytest.param(
        "« Aucune hypothèse n'est écartée et aucune n'est privilégiée », a répété le préfet, "
        "Laurent Dubreuil.",
        [Expect(S, "~")],
        id="no-hypothesis-set-aside-affirms",
    ),
    pytest.param(
        "« Aucune donnée bancaire n'a été dérobée », a précisé le directeur du groupe "
        "hospitalier, Hervé Quéméner.",
        [Expect(S, "~", polarity="deny")],
        id="victim-says-nothing-stolen-is-a-statement",
    ),
    # Banned goods counted by an authority are a figure, no charge.
    pytest.param(
        "La préfecture a indiqué que 40 kilos de pétards interdits avaient été saisis.",
        [Expect("figure", "prefecture", 40)],
        id="banned-goods-seized-is-a-figure",
    ),
    # Wrongdoing without an accusation verb: a verdict, a warning given in vain.
    pytest.param(
        "« C'est du racket », lâche la porte-parole de l'association, Inès Coppens.",
        [Expect(A, "~")],
        id="verdict-racket",
    ),
    pytest.param(
        "Selon le syndicat, l'alerte avait pourtant été donnée dès le mois de mars.",
        [Expect(A, "~")],
        id="alert-had-been-given",
    ),
    pytest.param(
        "« Le scandale a éclaté en 2021 », a rappelé le ministre, Jean Dufour.",
        [Expect(S, "Jean Dufour")],
        id="the-affair-named-is-no-verdict",
    ),
    # An imperfect is no conditional: "demeuraient" reports a fact.
    pytest.param(
        "Sept travailleurs demeuraient coincés mardi soir sous terre, a indiqué l'exploitant, "
        "Mines Boréal-Nord.",
        [Expect("figure", "~", 7, hedged=False)],
        id="imperfect-demeuraient-is-no-hedge",
    ),
    pytest.param(
        "Sept travailleurs seraient encore coincés sous terre, a indiqué l'exploitant.",
        [Expect("figure", "~", 7, hedged=True)],
        id="conditional-seraient-hedges",
    ),
]

EN_CASES = [
    # Negatives.
    pytest.param(
        "Police said no injuries had been reported.",
        [Expect(S, "police", polarity="deny")],
        id="no-injuries-reported-is-a-statement",
    ),
    pytest.param(
        "The French maritime prefecture said there was no evidence connecting the body to "
        "the sinking.",
        [Expect(S, "~prefecture", polarity="deny")],
        id="no-evidence-is-a-statement",
    ),
    pytest.param(
        "A source close to the investigation said no trace of an incendiary device had been "
        "found so far.",
        [Expect(S, "anonymous", polarity="deny")],
        id="nothing-found-is-a-statement",
    ),
    pytest.param(
        "The minister said no decision had been taken on the closure.",
        [Expect(S, "~minister", polarity="deny")],
        id="no-decision-taken-is-a-statement",
    ),
    # A possibility not ruled out affirms it, hedged; a cause not yet known is no denial.
    pytest.param(
        "The prosecutor said foul play had not been ruled out.",
        [Expect(S, "~prosecutor", hedged=True)],
        id="not-ruled-out-is-a-hedged-affirmation",
    ),
    pytest.param(
        "Officials said the cause of the fire had not yet been determined.",
        [Expect(S, "~fficials")],
        id="not-yet-determined-affirms",
    ),
    pytest.param(
        "Aerovia said 380,000 customers were affected. No payment card details were "
        "compromised, the carrier said.",
        [Expect(S, "Aerovia", polarity="deny")],
        id="victim-says-nothing-compromised-is-a-statement",
    ),
    pytest.param(
        'Alpazur Voyages said the claims made by the CGT union were "false".',
        [Expect(D, "Alpazur Voyages", polarity="deny")],
        id="claims-made-by-x-were-false",
    ),
    pytest.param(
        '"We reject the idea that these products were mis-sold," a spokesman for the bank said.',
        [Expect(D, "~bank", polarity="deny")],
        id="reject-the-idea",
    ),
    pytest.param(
        "Tenants say landlords are breaking the law as costs soar.",
        [Expect(A, "~")],
        id="breaking-the-law",
    ),
    pytest.param(
        "Police said residents had been warned to leave their homes.",
        [Expect(S, "police")],
        id="warned-to-leave-is-no-blame",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FR_CASES)
def test_fr_kind_polarity_hedged_by_class(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_en_kind_polarity_hedged_by_class(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)
