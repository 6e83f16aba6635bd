"""Recall of figures, accusations and denials, round 12, per language, with negatives.

The earlier value a revision replaces ("…, up from nine on Tuesday", "…, contre 1 240 annoncés
vendredi") is given by the speaker of the new value, even when a clause of time comes between
the verb and it ("since the attack began on Nov. 1"); two parties compared in one result
("54 %, contre 46 % pour la maire sortante") stay as before. A passive accusation or estimate
is its agent's even when the charge or a decimal figure comes before the agent; the noun before a
bare "accused of" is the accused, never the accuser."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check, figure_value

F, D, A, S = "figure", "denial", "accusation", "statement"

REVISED_VALUES = [
    pytest.param(
        "en",
        "The regional health agency (ARS) said 14 children had been admitted to hospital since "
        "the Nov. 12 meal, up from nine on Tuesday.",
        [Expect(F, "ARS", 14), Expect(F, "ARS", 9)],
        id="en-devset28-since-the-meal-up-from-nine",
    ),
    pytest.param(
        "en",
        "The coastguard said 31 people had been rescued since the ferry caught fire on Sunday, "
        "up from 24 earlier in the week.",
        [Expect(F, "~coastguard", 31), Expect(F, "~coastguard", 24)],
        id="en-since-clause-up-from",
    ),
    pytest.param(
        "en",
        "The union said 2,300 jobs would go after the merger is completed, down from its "
        "earlier estimate of 3,100.",
        [Expect(F, "~union", 2300), Expect(F, "~union", 3100)],
        id="en-after-clause-down-from-its-earlier-estimate",
    ),
    pytest.param(
        "fr",
        "La préfecture a fait état de 14 blessés lorsque le bâtiment s'est effondré, contre 9 "
        "dans un premier bilan.",
        [Expect(F, "prefecture", 14), Expect(F, "prefecture", 9)],
        id="fr-lorsque-contre-premier-bilan",
    ),
    pytest.param(
        "fr",
        "Le syndicat a dénombré 350 grévistes lorsque le piquet s'est formé, au lieu des 200 "
        "attendus.",
        [Expect(F, "~unions", 350), Expect(F, "~unions", 200)],
        id="fr-lorsque-au-lieu-des",
    ),
    pytest.param(
        "fr",
        "L'ARS a recensé 38 cas depuis que l'épidémie a commencé, contre 21 vendredi.",
        [Expect(F, "ARS", 38), Expect(F, "ARS", 21)],
        id="fr-depuis-que-contre-already-read",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REVISED_VALUES)
def test_revised_value_is_the_speakers(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


# No revision marker before the later figure, or a result compared between two parties: the
# figure after the clause is not the speaker's earlier value.
NOT_REVISED = [
    pytest.param(
        "en",
        "The agency said 14 children were ill when the school closed, which left 300 pupils "
        "without lunch.",
        [Expect(F, "~agency", 14)],
        300,
        id="en-relative-clause-figure",
    ),
    pytest.param(
        "fr",
        "Le maire a affirmé que 54 % des votants avaient approuvé le projet lorsque le scrutin a "
        "été clos, contre 46 % pour l'opposition.",
        [Expect(F, "~maire", 54)],
        None,
        id="fr-compared-parties-unchanged",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected", "absent"), NOT_REVISED)
def test_no_revision_no_borrowed_speaker(
    lang: str, text: str, expected: list[Expect], absent: float | None
) -> None:
    check(text, lang, expected)
    if absent is not None:
        assert all(figure_value(c) != absent for c in extract_claims(text, lang))


# A passive accusation whose charge comes before its agent is the agent's ("has been accused of
# abusing its market power by a farmers' union"); a passive estimate with a decimal figure
# before its agent is the agent's figure ("estimée à 1,9 million d'euros par les douaniers").
PASSIVE_AGENTS = [
    pytest.param(
        "en",
        "French dairy group Maréval has been accused of abusing its market power by a farmers' "
        "union that has filed a complaint with the competition authority.",
        [Expect(A, "~farmers' union")],
        id="en-devset27-accused-of-then-by",
    ),
    pytest.param(
        "en",
        "The water company was criticised for its handling of the leak by the regulator.",
        [Expect(A, "~regulator")],
        id="en-criticised-for-then-by",
    ),
    pytest.param(
        "en",
        "The damage was estimated at 2.4 million euros by the insurers' federation.",
        [Expect(F, "~insurers' federation", 2_400_000)],
        id="en-estimated-at-decimal-by",
    ),
    pytest.param(
        "fr",
        "Le groupe laitier a été accusé d'abus de position dominante par la Confédération "
        "paysanne.",
        [Expect(A, "Confédération paysanne")],
        id="fr-accuse-de-puis-par",
    ),
    pytest.param(
        "fr",
        "La valeur des animaux sur le marché noir est estimée à 1,9 million d'euros par les "
        "douaniers français.",
        [Expect(F, "~douaniers", 1_900_000)],
        id="fr-devset22-estimee-a-decimal-par",
    ),
    pytest.param(
        "fr",
        "Dans un rapport publié en mars, la Cour des comptes avait chiffré à 8,9 milliards de "
        "francs le préjudice subi par l'agence.",
        [Expect(F, "Cour des comptes", 8_900_000_000)],
        id="fr-devset5-chiffre-a-decimal-subi-par-is-no-agent",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PASSIVE_AGENTS)
def test_passive_agent(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


# The noun before a bare stance participle and its charge ("officers accused of assault were
# suspended") is the accused: no accusation of theirs. The "by" of a participle inside the charge
# ("accused of being paid by a foreign firm") names no accuser.
ACCUSED_NOT_ACCUSERS = [
    pytest.param(
        "en",
        "Two police officers accused of assaulting a teenager were suspended on Monday.",
        id="en-officers-accused-of-were-suspended",
    ),
    pytest.param(
        "en",
        "A care home manager accused of falsifying staff rotas has resigned.",
        id="en-manager-accused-of-has-resigned",
    ),
    pytest.param(
        "en",
        "The minister was accused of being paid by a foreign firm.",
        id="en-accused-of-being-paid-by",
    ),
    pytest.param(
        "fr",
        "Le ministre a été accusé d'être financé par une entreprise étrangère.",
        id="fr-accuse-d-etre-finance-par",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ACCUSED_NOT_ACCUSERS)
def test_accused_is_no_accuser(lang: str, text: str) -> None:
    assert [c for c in extract_claims(text, lang) if c.kind == A] == []


# Putting the fault on another party accuses it, beside the denial it often comes with; a fault
# placed in a thing ("lay in a software update") accuses no one.
BLAME_SHIFTS = [
    pytest.param(
        "en",
        "The supplier accused of shipping contaminated saline has denied any responsibility, "
        "saying the fault lay at the manufacturer's own plant.",
        [Expect(A, "supplier"), Expect(D, "supplier", polarity="deny")],
        id="en-devset12-like-fault-lay-at",
    ),
    pytest.param(
        "en",
        "The operator said the responsibility rests with the subcontractor.",
        [Expect(A, "operator")],
        id="en-responsibility-rests-with",
    ),
    pytest.param(
        "fr",
        "L'exploitant rejette toute responsabilité et affirme que la faute incombe au "
        "sous-traitant.",
        [Expect(A, "exploitant"), Expect(D, "exploitant", polarity="deny")],
        id="fr-faute-incombe-au",
    ),
    pytest.param(
        "fr",
        "Selon le syndicat, la responsabilité en revient entièrement à la direction.",
        [Expect(A, "~unions")],
        id="fr-responsabilite-en-revient-a",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BLAME_SHIFTS)
def test_blame_shift_accuses(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


NO_BLAME_SHIFT = [
    pytest.param("en", "The company said the fault lay in a software update.", id="en-in-a-thing"),
    pytest.param(
        "fr",
        "La mairie affirme que la faute à l'origine de la panne a été corrigée.",
        id="fr-faute-corrigee",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NO_BLAME_SHIFT)
def test_no_blame_shift(lang: str, text: str) -> None:
    assert [c for c in extract_claims(text, lang) if c.kind == A] == []


# A headline accusing with no author ("Former mayor accused of €2m fraud") is the body's
# accusation, by its source; a figure in the charge is that source's too, not the accused's.
HEADLINE_CHARGES = [
    pytest.param(
        "en",
        "Former mayor accused of €2m fraud\nThe former mayor of Dunmore is under investigation "
        "over the alleged fraud of more than €2m, prosecutors said on Monday.\n",
        id="en-accused-of-2m-fraud",
    ),
    pytest.param(
        "fr",
        "Un ancien maire accusé d'un détournement de 2 millions d'euros\nL'ancien maire de "
        "Valmont a été mis en examen pour le détournement de plus de 2 millions d'euros, a "
        "indiqué le parquet lundi.\n",
        id="fr-accuse-d-un-detournement-de-2-millions",
    ),
]


@pytest.mark.parametrize(("lang", "text"), HEADLINE_CHARGES)
def test_headline_charge_figure_is_the_accusers(lang: str, text: str) -> None:
    headline = [c for c in extract_claims(text, lang) if c.start == 0]
    assert {(c.kind, c.attribution.canonical, figure_value(c)) for c in headline} == {
        (A, "prosecutor's office", None),
        (F, "prosecutor's office", 2_000_000),
    }


# A verb that is also a noun ("estimates", "reports") closing the sentence after a comma and
# its subject is the reporting clause of what comes before ("…, the FDSEA estimates."); after a
# preposition it is a noun and names no one ("…, based on union estimates.").
CLOSING_REPORTS = [
    pytest.param(
        "en",
        "Nearly 250,000 litres of milk have been dumped since Sunday, the FDSEA estimates.",
        [Expect(F, "FDSEA", 250_000, hedged=None)],
        id="en-devset27-the-fdsea-estimates",
    ),
    pytest.param(
        "en",
        "About 300 jobs will go at the Lorient plant, the union estimates.",
        [Expect(F, "union", 300, hedged=None)],
        id="en-the-union-estimates",
    ),
    pytest.param(
        "en",
        "The plant employs 300 people, the company reports.",
        [Expect(F, "company", 300, hedged=None)],
        id="en-the-company-reports",
    ),
    pytest.param(
        "fr",
        "Près de 250 000 litres de lait ont été jetés depuis dimanche, estime la FDSEA.",
        [Expect(F, "FDSEA", 250_000, hedged=None)],
        id="fr-estime-la-fdsea-inverted",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLOSING_REPORTS)
def test_closing_report(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


NOT_CLOSING_REPORTS = [
    pytest.param("en", "About 300 jobs will go, based on union estimates.", id="en-based-on"),
    pytest.param(
        "fr",
        "Près de 300 emplois vont disparaître, sur la base des estimations.",
        id="fr-sur-la-base",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CLOSING_REPORTS)
def test_not_closing_report(lang: str, text: str) -> None:
    check(text, lang, [])
