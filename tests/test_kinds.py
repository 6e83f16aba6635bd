"""Kind and polarity of attributed claims: denials worded without a denial verb (a speaker's
own defence), per language, with negatives (complaints, third parties, accusers)."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check

D, A, S = "denial", "accusation", "statement"

FR_CASES = [
    # The reported clause rejects the charges: the speaker's denial, whoever's verb it is.
    pytest.param(
        "« Mon client conteste l'ensemble des faits qui lui sont reprochés », a déclaré son "
        "avocate, Me Claire Fabre.",
        [Expect(D, "~Fabre", polarity="deny")],
        id="lawyer-reports-client-contests-charges",
    ),
    pytest.param(
        "La société rejette toute responsabilité dans l'accident, a indiqué son porte-parole.",
        [Expect(D, "~", polarity="deny")],
        id="rejects-any-responsibility",
    ),
    # The speaker negates their own act.
    pytest.param(
        "« Nous n'avons jamais versé la moindre commission », a assuré le PDG, Marc Lavergne.",
        [Expect(D, "Marc Lavergne", polarity="deny")],
        id="we-never-paid",
    ),
    pytest.param(
        "L'ancien maire, Paul Rivière, assure n'avoir « jamais signé » ce permis de construire.",
        [Expect(D, "Paul Rivière", polarity="deny")],
        id="infinitive-never-signed",
    ),
    pytest.param(
        "« Je n'ai pas menti aux patients », a répété le directeur, Hervé Caradec.",
        [Expect(D, "Hervé Caradec", polarity="deny")],
        id="i-did-not-lie",
    ),
    # The speaker claims compliance.
    pytest.param(
        "« Les agents sont intervenus dans le strict respect du cadre légal », a affirmé la "
        "préfecture.",
        [Expect(D, "prefecture", polarity="deny")],
        id="strict-respect-of-the-law",
    ),
    pytest.param(
        "Le groupe assure avoir toujours respecté ses obligations de sécurité, a précisé sa "
        "porte-parole.",
        [Expect(D, "~", polarity="deny")],
        id="always-met-its-obligations",
    ),
]

FR_CASES += [
    # The charge named only to be set aside.
    pytest.param(
        "« Ce sont des dépenses mal imputées, pas des détournements », a affirmé la direction "
        "de l'université.",
        [Expect(D, "~", polarity="deny")],
        id="errors-not-embezzlement",
    ),
    pytest.param(
        "Le ministre a assuré que la révision relevait « de la prudence, et non d'un dérapage ».",
        [Expect(D, "~", polarity="deny")],
        id="prudence-not-slippage",
    ),
]

FR_NOT_DENIALS = [
    # A complaint: what the speaker was not told or did not receive.
    pytest.param(
        "« Nous n'avons jamais été consultés », a déploré le syndicat.", id="never-consulted"
    ),
    pytest.param(
        "« Nous n'avons reçu aucune réponse de la direction », regrette la CGT.",
        id="no-answer-received",
    ),
    # What the accused did not do, in the accuser's charge.
    pytest.param(
        "L'association reproche à la commune de n'avoir jamais fait respecter les obligations "
        "de débroussaillement.",
        id="charge-of-never-doing",
    ),
    pytest.param("« On n'a jamais vu ça », a confié un pompier.", id="never-seen-that"),
    # A number set aside corrects a figure; a word that is no charge sets nothing aside.
    pytest.param(
        "Selon le syndicat, « près de 150 salariés » ont fait grève, « pas cinquante ».",
        id="figure-correction",
    ),
    # What an observer did not find is a finding, not a defence.
    pytest.param(
        "« Nous n'avons pas constaté de fraude massive », a déclaré la cheffe de la mission "
        "d'observation.",
        id="observer-found-no-fraud",
    ),
]

EN_CASES = [
    pytest.param(
        'A lawyer for the company said it "firmly contests" the allegations.',
        [Expect(D, "~", polarity="deny")],
        id="contests-the-allegations",
    ),
    pytest.param(
        '"We have not paid any ransom and we will not pay," chief executive Anne Morel told '
        "reporters.",
        [Expect(D, "Anne Morel", polarity="deny")],
        id="we-have-not-paid",
    ),
    pytest.param(
        '"I never took a cent from the club," former chairman Paul Dorsey told the BBC.',
        [Expect(D, "Paul Dorsey", polarity="deny")],
        id="i-never-took",
    ),
    pytest.param(
        '"Our officers acted in strict accordance with the law," a police spokeswoman said.',
        [Expect(D, "~", polarity="deny")],
        id="strict-accordance-with-the-law",
    ),
    pytest.param(
        "The carrier said its crews had fully complied with all safety procedures.",
        [Expect(D, "~carrier", polarity="deny")],
        id="fully-complied",
    ),
]

EN_CASES += [
    pytest.param(
        'A university spokesperson said the sums were "accounting errors, not fraud".',
        [Expect(D, "~", polarity="deny")],
        id="errors-not-fraud",
    ),
    pytest.param(
        '"Helvane was the victim of a panic, not a fraud," its founder, Bastien Royer, wrote.',
        [Expect(D, "Bastien Royer", polarity="deny")],
        id="panic-not-fraud",
    ),
]

EN_NOT_DENIALS = [
    pytest.param(
        '"It was a massacre, not an accident," the union said.', id="massacre-not-accident"
    ),
    pytest.param(
        '"We have never seen flooding like this," the mayor said.', id="never-seen-flooding"
    ),
    pytest.param(
        '"We were not told anything about the closure," a union representative said.',
        id="not-told",
    ),
    pytest.param(
        "The union said it had not been consulted before the decision.", id="not-consulted"
    ),
]


@pytest.mark.parametrize(("text", "expected"), FR_CASES)
def test_fr_own_defence_is_a_denial(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_en_own_defence_is_a_denial(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [(p.values[0], "fr") for p in FR_NOT_DENIALS] + [(p.values[0], "en") for p in EN_NOT_DENIALS],
    ids=[str(p.id) for p in FR_NOT_DENIALS + EN_NOT_DENIALS],
)
def test_complaints_and_charges_are_no_denial(text: str, lang: str) -> None:
    assert all(c.kind != "denial" for c in extract_claims(text, lang))


def test_an_accuser_who_also_rejects_charges_keeps_the_accusation() -> None:
    """The charge of an accusation verb stays when its clause goes on to reject the other
    side's charges: the rejection has its own cue."""
    text = (
        "Le fournisseur, qui accuse le fabricant d'avoir contaminé le lot, a rejeté ces "
        "accusations par la voix de son directeur."
    )
    kinds = {c.kind for c in extract_claims(text, "fr")}
    assert {"accusation", "denial"} <= kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The carrier said it had received only €2mn in aid and had met every commitment "
            "attached to it. The carrier says 120 jobs will now be cut, down from 150.",
            "en",
        ),
        (
            "Le groupe assure n'avoir perçu que 2 millions d'euros et avoir toujours respecté "
            "ses engagements. Le groupe annonce désormais 120 suppressions de postes.",
            "fr",
        ),
    ],
    ids=["en", "fr"],
)
def test_a_denial_made_with_figures_is_not_carried_to_the_next_figures(
    text: str, lang: str
) -> None:
    """A speaker who defends themselves with figures and then gives more figures reports
    them; the denial does not carry on to the second sentence."""
    claims = extract_claims(text, lang)
    second = text.index(". ") + 2
    later = [c for c in claims if c.start >= second]
    assert later and all(c.kind == "figure" for c in later), [(c.kind, c.sentence) for c in later]
    assert any(c.kind == "denial" and c.start < second for c in claims)
