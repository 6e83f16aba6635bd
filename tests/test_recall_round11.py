"""Recall of accusations and denials, round 11, per language, with negatives: an accusation in
the second clause of a lead ("after Lusmaria raised its estimate … and Halvoria accused its
neighbour"), whose subject is the name after the coordinator, not the first clause's object; a
suspicion with no agent right after the investigators spoke ("D'après les enquêteurs, … Le
principal suspect est soupçonné d'avoir organisé la filière"), which is theirs."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check

F, D, A, S = "figure", "denial", "accusation", "statement"

# A first clause with its own verb and object ends at the coordinator: the stance verb after it
# has the subject named right after "and" / "et".
SECOND_CLAUSE_SUBJECTS = [
    pytest.param(
        "en",
        "A diplomatic row over a trawler seized in the Irvane Sea has escalated, after Lusmaria "
        "raised its estimate of the illegal catch found on board and Halvoria accused its "
        "neighbour of massive overfishing.",
        [Expect(A, "Halvoria")],
        id="en-devset23-raised-its-estimate-and-halvoria-accused",
    ),
    pytest.param(
        "en",
        "Talks collapsed on Monday after the management tabled a final offer and the union "
        "accused it of bad faith.",
        [Expect(A, "~union")],
        id="en-tabled-a-final-offer-and-the-union-accused",
    ),
    pytest.param(
        "en",
        "The council approved the plan last week and residents denied that they had been "
        "consulted.",
        [Expect(D, "~residents", polarity="deny")],
        id="en-approved-the-plan-and-residents-denied",
    ),
    pytest.param(
        "fr",
        "La tension est montée après que la direction a présenté son plan et que les syndicats "
        "ont accusé le PDG de mentir.",
        [Expect(A, "~unions")],
        id="fr-a-presente-son-plan-et-les-syndicats-ont-accuse",
    ),
]

# A coordinated subject stays whole: a participle after its noun, a noun in -é, a verb form
# after a preposition open no clause.
WHOLE_SUBJECTS = [
    pytest.param(
        "en",
        "The families affected by the flood and their lawyers accused the council of negligence.",
        "their lawyers",
        id="en-families-affected-and-their-lawyers",
    ),
    pytest.param(
        "en",
        "Officials from the board of directors and the union accused the mayor of lying.",
        "the union",
        id="en-officials-from-the-board-and-the-union",
    ),
    pytest.param(
        "fr",
        "Les familles endeuillées et leurs avocats accusent l'exploitant de négligence.",
        "leurs avocats",
        id="fr-familles-endeuillees-et-leurs-avocats",
    ),
    pytest.param(
        "fr",
        "Le comité des fêtes et les commerçants dénoncent la fermeture de la rue.",
        "les commerçants",
        id="fr-comite-des-fetes-et-les-commercants",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SECOND_CLAUSE_SUBJECTS)
def test_second_clause_subject(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text", "part"), WHOLE_SUBJECTS)
def test_coordinated_subject_stays_whole(lang: str, text: str, part: str) -> None:
    stances = [c for c in extract_claims(text, lang) if c.kind in (A, D)]
    assert stances, "no stance found"
    assert all(c.attribution.source.strip() != part for c in stances), [
        c.attribution.source for c in stances
    ]


# A suspicion with no agent and no speaker is held by the investigators of the sentence before;
# never by a lawyer or a witness who spoke before, nor by nobody.
AGENTLESS_SUSPICIONS = [
    pytest.param(
        "fr",
        "D'après les enquêteurs, le réseau faisait venir les reptiles de Madagascar via Nairobi. "
        "Le principal suspect, un éleveur de 54 ans domicilié à Tourcoing, est soupçonné d'avoir "
        "organisé la filière depuis 2023.",
        [Expect(A, "investigators (unnamed)")],
        id="fr-devset22-enqueteurs-puis-est-soupconne",
    ),
    pytest.param(
        "fr",
        "Selon le parquet de Lille, onze personnes ont été placées en garde à vue. Le principal "
        "suspect est également soupçonné d'avoir falsifié des certificats.",
        [Expect(A, "~prosecutor")],
        id="fr-parquet-puis-sont-soupconnees",
    ),
    pytest.param(
        "en",
        "Police said three men had been arrested on Tuesday in Calais. The driver, a "
        "27-year-old, is suspected of steering the boat.",
        [Expect(A, "~police")],
        id="en-police-then-is-suspected-of",
    ),
    pytest.param(
        "en",
        "Investigators believe the animals were flown in from Madagascar. The main suspect, a "
        "54-year-old breeder, is suspected of running the ring since 2023.",
        [Expect(A, "investigators (unnamed)")],
        id="en-investigators-then-is-suspected-of",
    ),
]

NOT_HELD_SUSPICIONS = [
    pytest.param(
        "fr",
        "« Mon client est innocent », a déclaré son avocat. Il est soupçonné d'avoir organisé "
        "la filière.",
        id="fr-avocat-puis-soupconne",
    ),
    pytest.param(
        "fr", "Un homme de 30 ans est soupçonné d'avoir incendié la voiture.", id="fr-personne"
    ),
    pytest.param(
        "en",
        '"My client is innocent," his lawyer said. He is suspected of steering the boat.',
        id="en-lawyer-then-suspected",
    ),
    pytest.param(
        "en",
        "Police said the road was closed for six hours. Nobody was suspected of anything.",
        id="en-nobody-suspected",
    ),
    pytest.param(
        "fr",
        "Selon les enquêteurs, le feu est parti d'un radiateur. Le gardien n'est pas soupçonné "
        "d'avoir commis une faute.",
        id="fr-enqueteurs-puis-pas-soupconne",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AGENTLESS_SUSPICIONS)
def test_agentless_suspicion_is_the_investigators(
    lang: str, text: str, expected: list[Expect]
) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), NOT_HELD_SUSPICIONS)
def test_suspicion_held_by_no_investigator(lang: str, text: str) -> None:
    suspicion = text.rsplit(". ", 1)[-1]
    accusations = [c for c in extract_claims(text, lang) if c.kind == A and c.sentence == suspicion]
    assert not accusations, [c.attribution.source for c in accusations]
