"""Attribution forms that used to lose claims, per language, with their negatives: counts that
take up the sentence before, the reported conditional, stance verbs with a subject no role
list knows, inverted light verbs and words inside a compound verb."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check

F, D, A, S = "figure", "denial", "accusation", "statement"

# A count whose noun is left out ("Dix-sept ont été hospitalisés", "41 of them") takes up what
# the attributed sentence before counted: its figures are that speaker's.
COUNT_TAKEN_UP = [
    pytest.param(
        "fr",
        "L'agence régionale de santé a fait état lundi de 238 enfants malades après le repas "
        "servi jeudi. Dix-sept ont été hospitalisés, dont trois l'étaient encore lundi matin.",
        [
            Expect(F, "~agence régionale de santé", 238),
            Expect(F, "~agence régionale de santé", 17),
            Expect(F, "~agence régionale de santé", 3),
        ],
        id="fr-elided-noun-opens-the-sentence",
    ),
    pytest.param(
        "fr",
        "La maison d'arrêt comptait 612 détenus mardi, selon les chiffres de l'administration "
        "pénitentiaire. Quatre-vingts d'entre eux dormaient sur un matelas au sol.",
        [Expect(F, "~administration", 612), Expect(F, "~administration", 80)],
        id="fr-partitive-d-entre-eux",
    ),
    pytest.param(
        "en",
        "The health agency said 238 children fell ill after the school lunch. Seventeen were "
        "taken to hospital on Friday.",
        [Expect(F, "~health agency", 238), Expect(F, "~health agency", 17)],
        id="en-elided-noun-opens-the-sentence",
    ),
    pytest.param(
        "en",
        "The jail held 612 inmates on Tuesday, according to the prison service. Eighty of them "
        "were sleeping on mattresses on the floor.",
        [Expect(F, "~prison service", 612), Expect(F, "~prison service", 80)],
        id="en-partitive-of-them",
    ),
]

# The French conditional is the mood of reported speech: an unattributed sentence in it right
# after an attributed figure goes on with that speaker's report, hedged.
REPORTED_MOOD = [
    pytest.param(
        "fr",
        "Le syndicat affirme que 14 services d'urgences sur 32 ferment la nuit. Au CHU de "
        "Nantes, près de 40 postes de médecins seraient vacants.",
        [
            Expect(F, "trade unions (organisers)", 14, hedged=None),
            Expect(F, "trade unions (organisers)", 40, hedged=True),
        ],
        id="fr-conditional-goes-on",
    ),
    pytest.param(
        "fr",
        "Le déficit atteindra 5,2 % du PIB cette année, a estimé jeudi la Cour des comptes. En "
        "valeur, le trou atteindrait près de 160 milliards d'euros.",
        [
            Expect(F, "Cour des comptes", 5.2, hedged=None),
            Expect(F, "Cour des comptes", 160e9, hedged=True),
        ],
        id="fr-conditional-amount",
    ),
]

# Nothing carries over: a count with its own noun in the present describes; the outlet's own
# reporting is the journalist's; a count two sentences on is too far.
NOT_TAKEN_UP = [
    pytest.param(
        "fr",
        "L'ARS a recensé 52 cas d'intoxication. La commune compte 4 300 habitants.",
        [4300],
        id="fr-description-with-its-own-noun",
    ),
    pytest.param(
        "fr",
        "La CGT a dénombré 300 salariés en grève. Selon nos informations, l'usine marocaine "
        "aurait recruté près de 150 opérateurs depuis juin.",
        [150],
        id="fr-own-reporting-is-the-journalist-s",
    ),
    pytest.param(
        "fr",
        "La préfecture a recensé 40 blessés. Les secours sont restés sur place toute la nuit. "
        "Douze ont été hospitalisés.",
        [12],
        id="fr-two-sentences-on",
    ),
    pytest.param(
        "en",
        "The agency counted 52 cases. The town has 4,300 inhabitants.",
        [4300],
        id="en-description-with-its-own-noun",
    ),
    pytest.param(
        "en",
        "The union said 300 workers were on strike. Twelve years ago the plant employed twice "
        "as many.",
        [12],
        id="en-span-of-time-opens-the-sentence",
    ),
]

# Who accuses or denies is someone, even a noun no role list knows ("les pirates", "the gang").
STANCE_SUBJECTS = [
    pytest.param(
        "fr",
        "Dans un message accompagnant les fichiers volés, les pirates accusent la direction "
        "d'avoir « menti aux patients ».",
        [Expect(A, "~pirates", hedged=None)],
        id="fr-les-pirates-accusent",
    ),
    pytest.param(
        "fr",
        "Les braconniers nient avoir tué le moindre ours.",
        [Expect(D, "~braconniers", polarity="deny")],
        id="fr-les-braconniers-nient",
    ),
    pytest.param(
        "en",
        "The hackers accused the hospital of lying to its patients.",
        [Expect(A, "~hackers")],
        id="en-the-hackers-accused",
    ),
    pytest.param(
        "en",
        "The poachers denied killing any bears.",
        [Expect(D, "~poachers", polarity="deny")],
        id="en-the-poachers-denied",
    ),
]

# A participle after its noun or an indefinite subject is no speaker of a stance.
STANCE_NON_SUBJECTS = [
    pytest.param(
        "en",
        "The blackout blamed on record heat left thousands of homes without power.",
        id="en-participle-after-its-noun",
    ),
    pytest.param(
        "en",
        "Power returned after a blackout blamed on the heat.",
        id="en-indefinite-noun-with-participle",
    ),
    pytest.param(
        "fr",
        "Une panne accuse un retard de livraison.",
        id="fr-indefinite-subject",
    ),
    pytest.param(
        "fr",
        "L'exploitant du barrage a été mis en cause après la crue.",
        id="fr-passive-a-ete-mis-en-cause",
    ),
]


@pytest.mark.parametrize(("lang", "text"), STANCE_NON_SUBJECTS)
def test_no_stance_speaker(lang: str, text: str) -> None:
    assert not [c for c in extract_claims(text, lang) if c.kind in (A, D)]


# Forms of the verb itself: an inverted light verb ("fait-on valoir au ministère"), words
# between the auxiliary and the participle ("a lui aussi mis en cause").
VERB_FORMS = [
    pytest.param(
        "fr",
        "« Le gel de 5 milliards de crédits permettra de tenir la cible de 4,7 % », fait-on "
        "valoir au ministère de l'Économie.",
        [Expect(F, "~ministère de l'Économie", 5e9), Expect(F, "~ministère de l'Économie", 4.7)],
        id="fr-fait-on-valoir-au-ministere",
    ),
    pytest.param(
        "fr",
        "« Nous n'avons reçu que 1,9 million », fait-il valoir.",
        [],
        id="fr-fait-il-valoir-without-antecedent-names-nobody",
    ),
    pytest.param(
        "fr",
        "Le syndicat Unité Police a lui aussi mis en cause l'organisateur, estimant que « plus "
        "de 30 000 personnes » se trouvaient dans l'enceinte.",
        [Expect(A, "~Unité Police"), Expect(F, "~Unité Police", 30000)],
        id="fr-a-lui-aussi-mis-en-cause",
    ),
    pytest.param(
        "fr",
        "Le collectif a ensuite mis en cause la mairie.",
        [Expect(A, "~collectif")],
        id="fr-a-ensuite-mis-en-cause",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), COUNT_TAKEN_UP + REPORTED_MOOD + STANCE_SUBJECTS + VERB_FORMS
)
def test_claims(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text", "values"), NOT_TAKEN_UP)
def test_figures_not_taken_up(lang: str, text: str, values: list[float]) -> None:
    claims = extract_claims(text, lang)
    found = {c.figure.value for c in claims if c.figure is not None}
    assert not found & set(values), found
