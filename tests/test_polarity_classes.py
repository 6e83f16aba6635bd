"""Kind, polarity and hedging by class of text, per language, with negatives: an act negated
without its agent (a denial), a possibility not ruled out (a hedged affirmation), an act done
against a ban (an accusation), and the third-party findings that look like them (a
statement)."""

from __future__ import annotations

import pytest

from tests.extract_cases import Expect, check

D, A, S = "denial", "accusation", "statement"

FR_CASES = [
    # An act negated in the passive, its agent left out: whoever would have done it denies.
    pytest.param(
        "« Aucune sortie n'a été fermée par les policiers », a déclaré le directeur "
        "départemental de la sécurité publique, Alain Ferrières.",
        [Expect(D, "Alain Ferrières", polarity="deny")],
        id="passive-no-exit-was-closed",
    ),
    pytest.param(
        "Le groupe hospitalier maintient qu'aucune rançon n'a été ni ne sera payée.",
        [Expect(D, "~", polarity="deny")],
        id="passive-no-ransom-paid-nor-will-be",
    ),
    pytest.param(
        "Le ministre de la Communication, Aristide Mbemba-Koua, a assuré qu'« aucune "
        "contrepartie financière » n'avait été consentie.",
        [Expect(D, "Aristide Mbemba-Koua", polarity="deny")],
        id="passive-quoted-subject",
    ),
    pytest.param(
        "« Pas un centime d'argent public n'a été détourné », a affirmé le trésorier du club, "
        "Gilles Marchand.",
        [Expect(D, "Gilles Marchand", polarity="deny")],
        id="passive-not-one-cent",
    ),
    # An act negated as existence.
    pytest.param(
        "« Il n'y a aucune délocalisation : les volumes restants seront absorbés par notre "
        "site de Saragosse », assure le directeur France, Olivier Dessaux.",
        [Expect(D, "~", polarity="deny")],
        id="existential-no-relocation",
    ),
    pytest.param(
        "La compagnie affirme qu'à aucun moment la sécurité des passagers n'a été menacée.",
        [Expect(D, "~", polarity="deny")],
        id="at-no-moment",
    ),
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
    # An act done against a ban accuses whoever did it.
    pytest.param(
        "Me Claire Dautry affirme que les gendarmes ont fait usage de grenades GLI-F4, "
        "pourtant interdites depuis 2020.",
        [Expect(A, "Claire Dautry")],
        id="used-though-banned",
    ),
    pytest.param(
        "Selon l'association, des pesticides ont été épandus sur la parcelle malgré "
        "l'interdiction préfectorale.",
        [Expect(A, "~")],
        id="despite-the-ban",
    ),
    pytest.param(
        "La préfecture a indiqué que 40 kilos de pétards interdits avaient été saisis.",
        [Expect("figure", "prefecture", 40)],
        id="banned-goods-seized-is-a-figure",
    ),
    # Wrongdoing without an accusation verb: a verdict, a warning given in vain, neglect.
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
        "« La digue n'avait pas été entretenue depuis des années », a lancé le président de "
        "l'association, Paul Moreau.",
        [Expect(A, "Paul Moreau")],
        id="not-maintained-for-years",
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
    pytest.param(
        "Norcastle said its Kenitra plant served customers in Africa only and that no "
        "equipment from Chatellerault had been shipped to Morocco.",
        [Expect(D, "Norcastle", polarity="deny")],
        id="passive-no-equipment-shipped",
    ),
    pytest.param(
        "The ministry said not a single grenade of that type was used during the operation.",
        [Expect(D, "ministry", polarity="deny")],
        id="passive-not-a-single-grenade-used",
    ),
    pytest.param(
        '"There has never been any negotiation, direct or indirect," chief executive Herve '
        "Quemener told the BBC.",
        [Expect(D, "Herve Quemener", polarity="deny")],
        id="existential-never-any-negotiation",
    ),
    pytest.param(
        'Concert promoter Sud Live Productions said "at no point" was the stadium over capacity.',
        [Expect(D, "~Sud Live", polarity="deny")],
        id="at-no-point",
    ),
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
        "Claire Dautry, a lawyer for a student whose hand was badly injured, claimed that "
        "gendarmes had fired GLI-F4 grenades, a type that France banned in 2020.",
        [Expect(A, "Claire Dautry")],
        id="fired-a-type-banned-in",
    ),
    pytest.param(
        "Residents said the plant kept burning waste at night despite a prefectoral ban.",
        [Expect(A, "~")],
        id="despite-a-ban",
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
        "The former club president is suspected of diverting money through fictitious "
        "agents' fees, according to the prosecutor's office.",
        [Expect(A, "~prosecutor")],
        id="suspected-of-according-to",
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
