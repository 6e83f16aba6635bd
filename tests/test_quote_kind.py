"""The kind of a quote or reported clause from who speaks after a stance (extract._kind).

A charge or a denial is rarely one sentence in news copy: the accuser's official goes on
with a quote under a neutral verb ("« … », said X, a CGSP official"), the accuser's next
negation is the charge's own ("The gate was never locked"), and a body that rejected a charge
goes on negating it a few sentences later ("The agency said no one would be laid off").
Negatives: a speaker of another body, a negation that sets a charge aside, a third party's
negation and a denial too far back stay statements.
"""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import switch_on

EN_UNION = (
    "The transport union GMB has accused Northline of ignoring three written warnings that "
    "the tunnel's drainage pumps were faulty. "
)
FR_UNION = (
    "Le syndicat Sud-Rail accuse la SNCF d'avoir ignoré trois alertes écrites sur l'usure "
    "des freins des rames. "
)
EN_FAMILIES = (
    "Jane Holt, a lawyer for the families, accused the resort of leaving the access gate to "
    "a closed slope open. "
)
FR_FAMILIES = (
    "Me Sandrine Roux, avocate des familles, accuse la station d'avoir laissé ouvert l'accès "
    "à une piste fermée. "
)

_CHARGE_NEGATION_OFF = (
    "an accuser's next negation is read as a statement (deny): carrying the charge through it "
    "fixed 5 records on devset9/21/24 but moved a cluster of devset21 below its floor"
)

# (lang, article text, start of the sentence looked at, expected kind; None: figures only)
CASES = [
    pytest.param(
        "en",
        EN_UNION + '"Management knew. It chose to postpone the repairs to save money," said '
        "Paul Evans, a GMB official.",
        '"Management knew',
        "accusation",
        id="en-member-of-accusing-body-goes-on",
    ),
    pytest.param(
        "fr",
        FR_UNION + "« La direction savait. Elle a préféré reporter les travaux », a déclaré "
        "Marc Petit, délégué de Sud-Rail.",
        "« La direction savait",
        "accusation",
        id="fr-member-of-accusing-body-goes-on",
    ),
    pytest.param(
        "en",
        EN_UNION + '"The pumps will be replaced next year," said Paul Evans, a city council '
        "spokesman.",
        '"The pumps will',
        "statement",
        id="en-member-of-another-body",
    ),
    pytest.param(
        "fr",
        FR_UNION + "« Les rames seront révisées l'an prochain », a déclaré Marc Petit, "
        "porte-parole de la région Normandie.",
        "« Les rames",
        "statement",
        id="fr-member-of-another-body",
    ),
    pytest.param(
        "en",
        EN_UNION + '"Since 2024 Northline has cut 30% of its maintenance jobs," said Paul Evans, '
        "a GMB official.",
        '"Since 2024',
        None,
        id="en-member-figures-carry-no-stance",
    ),
    pytest.param(
        "fr",
        FR_UNION + "« Depuis 2024, la SNCF a supprimé 30 % des postes de mécaniciens », affirme "
        "Marc Petit, délégué de Sud-Rail chez SNCF Voyageurs.",
        "« Depuis 2024",
        None,
        id="fr-member-figures-carry-no-stance",
        marks=pytest.mark.xfail(
            reason="the delegate resolves to Sud-Rail itself, and a body's stance is carried "
            "onto its next figures under its own name (the older same-name rule)"
        ),
    ),
    pytest.param(
        "en",
        EN_FAMILIES + '"The gate was never locked that morning," Holt said.',
        '"The gate was never',
        "accusation",
        id="en-accuser-negation-is-the-charge",
        marks=pytest.mark.xfail(reason=_CHARGE_NEGATION_OFF),
    ),
    pytest.param(
        "fr",
        FR_FAMILIES + "« Le portillon n'a jamais été verrouillé ce matin-là », affirme-t-elle.",
        "« Le portillon",
        "accusation",
        id="fr-accuser-negation-is-the-charge",
        marks=pytest.mark.xfail(reason=_CHARGE_NEGATION_OFF),
    ),
    pytest.param(
        "en",
        "The observers' chief, Karin Lind, accused the ruling party of intimidating voters in "
        'the north. "We have not seen systematic fraud," Lind said.',
        '"We have not seen',
        "statement",
        id="en-accuser-negation-sets-a-charge-aside",
    ),
    pytest.param(
        "fr",
        "La cheffe des observateurs, Karin Lind, accuse le parti au pouvoir d'avoir intimidé "
        "des électeurs dans le nord. « Nous n'avons pas constaté de fraude systématique », a "
        "précisé Karin Lind.",
        "« Nous n'avons pas",
        "statement",
        id="fr-accuser-negation-sets-a-charge-aside",
    ),
    pytest.param(
        "en",
        "Unions say the closure of the maternity unit puts mothers at risk. The agency "
        "rejected the claims. A union official said 38 jobs were at risk. The agency said no "
        "one would be laid off.",
        "The agency said no one",
        "denial",
        id="en-denier-negates-on",
    ),
    pytest.param(
        "fr",
        "Les syndicats affirment que la fermeture de la maternité met les mères en danger. "
        "L'ARS a rejeté ces critiques. Un délégué de la CGT affirme que 38 emplois sont "
        "menacés. L'ARS assure qu'« aucun agent ne perdra son emploi ».",
        "L'ARS assure",
        "denial",
        id="fr-denier-negates-on",
    ),
    pytest.param(
        "en",
        "Unions say the closure of the maternity unit puts mothers at risk. The agency "
        "rejected the claims. A union official said 38 jobs were at risk. An economist "
        "at the University of Limoges said no one would be laid off.",
        "An economist",
        "statement",
        id="en-third-party-negation-after-denial",
    ),
    pytest.param(
        "fr",
        "Les syndicats affirment que la fermeture de la maternité met les mères en danger. "
        "L'ARS a rejeté ces critiques. La maternité a enregistré 241 naissances en 2025. Le "
        "service de pédiatrie restera ouvert. La mairie a voté une motion de soutien lundi. "
        "Les urgences fonctionneront normalement. L'ARS assure qu'« aucun lit ne sera fermé "
        "cet hiver ».",
        "L'ARS assure",
        "statement",
        id="fr-denial-too-far-back",
    ),
    pytest.param(
        "en",
        "Environmental groups accused Nordfish of landing undeclared catches at Bodø. "
        '"Every tonne we landed was declared and inspected," Nordfish director Erik Lund said.',
        '"Every tonne',
        "denial",
        id="en-blanket-compliance-after-charge",
    ),
    pytest.param(
        "fr",
        "Les syndicats accusent la direction de l'hôpital d'avoir négligé l'entretien des "
        "groupes électrogènes. « Les groupes électrogènes étaient révisés et testés chaque "
        "semaine », a assuré un porte-parole de l'établissement.",
        "« Les groupes",
        "denial",
        id="fr-blanket-compliance-after-charge",
    ),
    pytest.param(
        "en",
        "The new ferry entered service on Monday. "
        '"Every lifeboat on board was inspected in March," the operator said.',
        '"Every lifeboat',
        "statement",
        id="en-blanket-compliance-without-charge",
    ),
    pytest.param(
        "fr",
        "Le nouveau téléphérique a été inauguré samedi. « Toutes les cabines ont été "
        "contrôlées par un organisme agréé », a indiqué l'exploitant.",
        "« Toutes les cabines",
        "statement",
        id="fr-blanket-compliance-without-charge",
    ),
    pytest.param(
        "en",
        "Environmental groups accused Nordfish of landing undeclared catches at Bodø. "
        '"All landings will be checked from next month," the fisheries directorate said.',
        '"All landings',
        "statement",
        id="en-compliance-promised-not-claimed",
    ),
    pytest.param(
        "fr",
        "Les riverains accusent la préfecture d'avoir tardé à donner l'alerte. « Tous les "
        "foyers ont été contrôlés depuis », a affirmé le collectif des riverains.",
        "« Tous les foyers",
        "statement",
        id="fr-blanket-compliance-by-accuser",
    ),
    pytest.param(
        "en",
        "The union accused the company of negligence over the blast. All the workers on the "
        "night shift were declared dead at the scene, the fire service said.",
        "All the workers",
        "statement",
        id="en-declared-dead-is-no-compliance",
    ),
    pytest.param(
        "fr",
        "Le syndicat accuse la direction de négligence. Tous les blessés ont été contrôlés "
        "positifs à l'alcool, a indiqué le parquet.",
        "Tous les blessés",
        "statement",
        id="fr-controles-positifs-is-no-compliance",
    ),
]


@pytest.fixture(autouse=True)
def _blanket_compliance_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The blanket-compliance rule is a switch (extraction.yaml `blanket_compliance_answers`):
    its rows check the rule itself whatever the switch ships as."""
    switch_on(monkeypatch, blanket_compliance_answers=1)


@pytest.mark.parametrize(("lang", "text", "opening", "expected"), CASES)
def test_quote_kind(lang: str, text: str, opening: str, expected: str | None) -> None:
    start = text.index(opening)
    found = extract_claims(text, lang)
    kinds = {c.kind for c in found if c.start == start and c.figure is None}
    assert kinds == ({expected} if expected else set())
