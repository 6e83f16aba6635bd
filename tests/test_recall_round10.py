"""Recall of attributed claims in forms that used to be lost, per language, with negatives:
a subject that opens on its count ("34 maires accusent"), an English progressive verb
("Opponents are accusing…"), a short hyphenated body name ("a indiqué l'As-So"), revised
counts and their earlier values ("up from the four it reported", "compte 24 marins, et non
23"), a count kept unchanged ("kept its estimate … at 14,200"), a time between subject and
verb ("this week raised"), electoral lists as speakers ("Sa liste accuse"), a document its
subject issues ("signed an open letter accusing…"), an inquiry announced ("seraient
examinées")."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check

F, D, A, S = "figure", "denial", "accusation", "statement"

# Trade-offs measured on the development sets (the rows stay as expected failures).
NUMBER_REVISED_GATE = (
    "a rule for it (raised the number of X to N, from M) takes devset22's en cluster F1 under "
    "its floor: the clusterer puts the revised pair with another body's count"
)
INVESTIGATING_GATE = (
    "'investigating' still makes a statement a non-assertion: reading it as an announced "
    "inquiry takes devset22's en cluster F1 under its floor"
)
MISSION_PARENT = (
    "'mission' as a role noun makes 'la mission d'observation des Nations unies' resolve to "
    "the UN, its parent body, instead of the mission"
)

# A group of people given by its number accuses or denies as any other subject: "34 maires du
# secteur accusent". Spelled-out counts already did ("Trois syndicats").
COUNTED_SUBJECTS = [
    pytest.param(
        "fr",
        "Dans une lettre ouverte publiée lundi, 34 maires du secteur accusent l'agence de « mettre "
        "en danger la vie des mères et des nouveau-nés ».",
        [Expect(A, "~maires")],
        id="fr-devset22-34-maires-accusent",
    ),
    pytest.param(
        "fr",
        "Les 12 élus d'opposition dénoncent un passage en force de la majorité municipale.",
        [Expect(A, "~élus")],
        id="fr-les-12-elus-denoncent",
    ),
    pytest.param(
        "en",
        "In an open letter, 34 mayors accuse the agency of endangering the lives of mothers.",
        [Expect(A, "~mayors")],
        id="en-34-mayors-accuse",
    ),
    pytest.param(
        "en",
        "Some 300 doctors have denied claims that the clinic turned patients away.",
        [Expect(D, "~doctors", polarity="deny")],
        id="en-some-300-doctors-denied",
    ),
]

# A count that opens a sentence before a verb that reports nothing is the figure, never the
# speaker: the source is named elsewhere.
COUNTED_NOT_SPEAKERS = [
    pytest.param(
        "en",
        "The city's transport operator, STV, gave lower figures, saying 162 passengers had been "
        "on board the two trams and eight suffered minor injuries.",
        ["162 passengers"],
        id="en-devset24-162-passengers-had-been",
    ),
    pytest.param(
        "fr",
        "Selon la préfecture, 3 000 manifestants ont défilé dans le centre-ville.",
        ["3 000 manifestants"],
        id="fr-3000-manifestants-ont-defile",
    ),
    pytest.param(
        "en",
        "About 3,000 workers marched on Tuesday, the union said.",
        ["About 3,000 workers"],
        id="en-3000-workers-marched",
    ),
    # Reporting verbs keep needing a speaker that is no count: "confier", "record" are also
    # a count's own verbs.
    pytest.param(
        "fr",
        "Selon la procureure, plus de 4.200 épargnants auraient confié leurs économies à la "
        "société, qui leur promettait un rendement de 14 % par an.",
        ["plus de 4.200 épargnants"],
        id="fr-devset7-4200-epargnants-auraient-confie",
    ),
    pytest.param(
        "en",
        "In a statement, the bank said fewer than 9,000 clients had recorded a loss on the funds.",
        ["000 clients", "fewer than 9,000 clients"],
        id="en-devset19-9000-clients-had-recorded",
    ),
]

# "be" + present participle is a finite verb whose subject comes before it; a participle
# after a comma keeps the previous speaker (participle cue).
PROGRESSIVE_REASON = (
    "a progressive verb is read as a participle cue: reading 'be' + participle as the"
    " subject's own verb took the wrong source on two fresh sets (devset27 .875 -> .867,"
    " devset28 .933 -> .924), so it was left out"
)
PROGRESSIVE = [
    pytest.param(
        "en",
        "QUEBEC — Opponents of a wind farm planned for a ridge in eastern Quebec are accusing "
        "the developer of falsifying its environmental impact study.",
        [Expect(A, "~Opponents")],
        marks=pytest.mark.xfail(reason=PROGRESSIVE_REASON),
        id="en-devset25-opponents-are-accusing",
    ),
    pytest.param(
        "en",
        "Residents were blaming the council for failing to clear the drains before the storm.",
        [Expect(A, "~Residents")],
        marks=pytest.mark.xfail(reason=PROGRESSIVE_REASON),
        id="en-residents-were-blaming",
    ),
    pytest.param(
        "en",
        "Prosecutors are alleging that the former mayor took bribes from two building firms.",
        [Expect(A, "~prosecutor")],
        id="en-prosecutors-are-alleging",
    ),
]

# Passive forms stay passive: "were accused", "is being denied" name no accuser before them.
NOT_PROGRESSIVE = [
    pytest.param(
        "en",
        "Three executives were accused of hiding losses from shareholders.",
        id="en-were-accused-passive",
    ),
    pytest.param(
        "en",
        "The company is facing a lawsuit over its pension fund.",
        id="en-is-facing-no-speech",
    ),
]

# A short hyphenated body name ("l'As-So") names a source like a longer one.
SHORT_HYPHENATED_NAMES = [
    pytest.param(
        "fr",
        "Les pertes de la fondation atteignent désormais 365 millions de francs, a indiqué "
        "mercredi l'As-So, après un premier examen du portefeuille.",
        [Expect(F, "~As-So", 365e6)],
        id="fr-devset23-a-indique-l-as-so",
    ),
    pytest.param(
        "fr",
        "Le taux de couverture est ramené à 77 % (As-So).",
        [Expect(F, "~As-So", 77)],
        id="fr-bracketed-as-so",
    ),
]


# A revision gives the new count and the one it replaces; both are the reviser's figures.
REVISIONS = [
    pytest.param(
        "en",
        "French customs have raised the number of animals seized in a cross-border raid on a "
        "wildlife smuggling ring to 1,312, from 1,140 announced last week.",
        [Expect(F, "~customs", 1312), Expect(F, "~customs", 1140)],
        id="en-devset22-raised-the-number-to-from",
        marks=pytest.mark.xfail(reason=NUMBER_REVISED_GATE),
    ),
    pytest.param(
        "en",
        "The airline has cut the number of flights it will operate this winter to 340, from 410 "
        "planned in September.",
        [Expect(F, "~airline", 340), Expect(F, "~airline", 410)],
        id="en-cut-the-number-of-flights-to",
        marks=pytest.mark.xfail(reason=NUMBER_REVISED_GATE),
    ),
    pytest.param(
        "en",
        "The regulator kept its estimate of the number of insured people affected at 14,200.",
        [Expect(F, "~regulator", 14200)],
        id="en-devset23-kept-its-estimate-at",
    ),
    pytest.param(
        "en",
        "The fire service on Sunday kept its toll at 12 dead.",
        [Expect(F, "~fire service", 12)],
        id="en-kept-its-toll-at",
    ),
    pytest.param(
        "en",
        "The Hautes-Alpes prefecture said on Monday that seven people had died, up from the four "
        "it reported on Saturday evening.",
        [Expect(F, "~prefecture", 7), Expect(F, "~prefecture", 4)],
        id="en-devset24-up-from-the-four-it-reported",
    ),
    pytest.param(
        "en",
        "The health agency says seven people have been hospitalised since 9 August, up from four "
        "a week ago.",
        [Expect(F, "~health agency", 7), Expect(F, "~health agency", 4)],
        id="en-devset21-since-a-date-then-up-from",
    ),
    pytest.param(
        "en",
        "France's anti-fraud agency, the DGCCRF, this week raised its estimate of the grain sold "
        "fraudulently to 11,200 tonnes, from 8,400 tonnes.",
        [Expect(F, "DGCCRF", 11200), Expect(F, "DGCCRF", 8400)],
        id="en-devset24-this-week-raised-its-estimate",
    ),
    pytest.param(
        "fr",
        "Le gouvernement halvorien compte par ailleurs 24 marins à bord, et non 23.",
        [Expect(F, "~gouvernement", 24), Expect(F, "~gouvernement", 23, polarity="deny")],
        id="fr-devset23-compte-par-ailleurs-et-non",
    ),
    pytest.param(
        "fr",
        "Le ministère de la Santé compte désormais 31 morts, contre les 27 annoncés samedi.",
        [Expect(F, "health ministry", 31), Expect(F, "health ministry", 27)],
        id="fr-compte-desormais-contre",
    ),
    pytest.param(
        "fr",
        "La préfecture fait état de neuf morts, contre les sept annoncés la veille.",
        [Expect(F, "prefecture", 9), Expect(F, "prefecture", 7)],
        id="fr-contre-les-sept-annonces",
    ),
    pytest.param(
        "fr",
        "La préfecture fait état de neuf morts, au lieu des sept annoncés la veille.",
        [Expect(F, "prefecture", 9), Expect(F, "prefecture", 7)],
        id="fr-au-lieu-des-sept-annonces",
    ),
    pytest.param(
        "fr",
        "La préfecture fait état de neuf morts, et non plus les sept annoncés la veille.",
        [Expect(F, "prefecture", 9), Expect(F, "prefecture", 7)],
        id="fr-et-non-plus-les-sept-annonces",
    ),
    pytest.param(
        "fr",
        "Drones sur Vesnik : l'ONU compte neuf morts",
        [Expect(F, "United Nations", 9)],
        id="fr-devset20-headline-onu-compte-neuf-morts",
    ),
]

# A standing fact counted by a place, an intent ("compte déposer plainte") and a clause opened
# by "after" are no revision nor toll.
NOT_COUNTS = [
    pytest.param("fr", "La commune compte 4 300 habitants.", [4300], id="fr-commune-compte"),
    pytest.param(
        "fr", "La liste d'attente compte 300 noms depuis janvier.", [300], id="fr-liste-compte"
    ),
    pytest.param(
        "en",
        "The club raised the number of its supporters' coaches after 300 fans complained.",
        [300],
        id="en-raised-the-number-no-value",
    ),
]

# Bodies that speak through a definite description: an observer mission, an electoral list.
SPEAKING_BODIES = [
    pytest.param(
        "en",
        "The mission counted 46 damaged buildings; the town's mayor says 63 were hit.",
        [Expect(F, "~mission", 46)],
        id="en-devset20-the-mission-counted",
        marks=pytest.mark.xfail(reason=MISSION_PARENT),
    ),
    pytest.param(
        "fr",
        "Sa liste accuse également des proches de la maire d'avoir distribué des bons d'achat "
        "à des électeurs.",
        [Expect(A, "~liste")],
        id="fr-devset21-sa-liste-accuse",
    ),
    pytest.param(
        "fr",
        "La mission d'observation a recensé 46 bâtiments endommagés.",
        [Expect(F, "~mission", 46)],
        id="fr-la-mission-a-recense",
        marks=pytest.mark.xfail(reason=MISSION_PARENT),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    COUNTED_SUBJECTS + PROGRESSIVE + SHORT_HYPHENATED_NAMES + REVISIONS + SPEAKING_BODIES,
)
def test_claims(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text", "not_sources"), COUNTED_NOT_SPEAKERS)
def test_count_is_no_speaker(lang: str, text: str, not_sources: list[str]) -> None:
    sources = {c.attribution.source for c in extract_claims(text, lang)}
    assert not sources & set(not_sources), sources


@pytest.mark.parametrize(("lang", "text"), NOT_PROGRESSIVE)
def test_no_stance_speaker(lang: str, text: str) -> None:
    stances = [c for c in extract_claims(text, lang) if c.kind in (A, D)]
    assert not stances, [(c.kind, c.attribution.source) for c in stances]


@pytest.mark.parametrize(("lang", "text", "values"), NOT_COUNTS)
def test_no_claimed_count(lang: str, text: str, values: list[float]) -> None:
    found = {c.figure.value for c in extract_claims(text, lang) if c.figure is not None}
    assert not found & set(values), found


# A document its subject issues speaks for it, a participle right after it ("signed an open
# letter accusing…", "a publié une lettre ouverte accusant…"); a counted subject is read as its
# digits ("Thirty-four mayors").
ISSUED_DOCUMENTS = [
    pytest.param(
        "en",
        'Thirty-four mayors signed an open letter accusing the agency of "endangering the lives '
        'of mothers and newborns".',
        [Expect(A, "~mayors")],
        id="en-devset22-signed-an-open-letter-accusing",
    ),
    pytest.param(
        "en",
        "The union issued a statement accusing management of breaking the wage agreement.",
        [Expect(A, "~union")],
        id="en-issued-a-statement-accusing",
    ),
    pytest.param(
        "en",
        "The union issued a statement saying that management broke the wage agreement.",
        [Expect(S, "~union")],
        id="en-issued-a-statement-saying-that",
    ),
    pytest.param(
        "fr",
        "Les syndicats ont publié une lettre ouverte accusant la direction de mentir sur les "
        "comptes.",
        [Expect(A, "~unions")],
        id="fr-publie-une-lettre-ouverte-accusant",
    ),
    pytest.param(
        "fr",
        "Le collectif a déposé une plainte accusant la mairie de favoritisme.",
        [Expect(A, "~collectif")],
        id="fr-depose-une-plainte-accusant",
    ),
]

# The document accuses the one who receives it, named by a pronoun, or its subject received or
# studies it, issued by someone else: nobody named here accuses.
NOT_ISSUED = [
    pytest.param(
        "en",
        "The mayor received an anonymous letter accusing the council of fraud.",
        id="en-received-letter-accusing-a-third-party",
    ),
    pytest.param(
        "en",
        "Police are investigating a letter accusing the council of fraud.",
        id="en-investigating-a-letter",
    ),
    pytest.param(
        "fr",
        "Le maire a reçu une lettre accusant le conseil municipal de fraude.",
        id="fr-recu-une-lettre-accusant-un-tiers",
    ),
    pytest.param(
        "en", "The mayor received a letter accusing him of fraud.", id="en-letter-accusing-him"
    ),
    pytest.param(
        "fr", "Le maire a reçu une lettre l'accusant de fraude.", id="fr-lettre-l-accusant"
    ),
]

# An inquiry announced, or handed to someone, is a statement (devset20, devset22, devset24
# gold); the speaker's own checking or looking into something is none.
INQUIRIES_ANNOUNCED = [
    pytest.param(
        "fr",
        "La procureure, Claire Vasseur, a indiqué que « l'ensemble des conditions d'ouverture et "
        "de fermeture du secteur » seraient examinées.",
        [Expect(S, "~prosecutor")],
        id="fr-devset24-seraient-examinees",
    ),
    pytest.param(
        "fr",
        "Le ministère a indiqué avoir saisi l'inspection générale pour « vérifier les conditions "
        "» du dépôt des déclarations.",
        [Expect(S, "~ministère")],
        id="fr-devset20-saisi-pour-verifier",
    ),
    pytest.param(
        "en",
        "The Ontario Provincial Police said its cybercrime unit was investigating, alongside the "
        "Canadian Centre for Cyber Security.",
        [Expect(S, "~Police")],
        id="en-devset22-unit-was-investigating",
        marks=pytest.mark.xfail(reason=INVESTIGATING_GATE),
    ),
]

NO_ASSERTION = [
    pytest.param("fr", "L'armée a indiqué qu'elle examine ces informations.", id="fr-examine"),
    pytest.param(
        "fr", "L'armée vérifie ces informations, a indiqué son porte-parole.", id="fr-verifie"
    ),
    pytest.param(
        "en",
        "A military spokesman told reporters that the army is looking into the reported strike.",
        id="en-looking-into",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ISSUED_DOCUMENTS + INQUIRIES_ANNOUNCED)
def test_issued_and_announced(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), NOT_ISSUED)
def test_received_document_accuses_nobody_named(lang: str, text: str) -> None:
    stances = [c for c in extract_claims(text, lang) if c.kind in (A, D)]
    assert not stances, [(c.kind, c.attribution.source) for c in stances]


@pytest.mark.parametrize(("lang", "text"), NO_ASSERTION)
def test_own_checking_is_no_statement(lang: str, text: str) -> None:
    assert not [c for c in extract_claims(text, lang) if c.kind == S]
