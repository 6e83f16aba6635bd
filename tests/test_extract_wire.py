"""Wire-copy forms of blame and attribution, per language, negatives included."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from claimtrack.extract.claims import _bracketed_name
from claimtrack.extract.speakers import organisation_mentions
from claimtrack.lexicon import lexicon
from tests.extract_cases import Expect, check, matches

F, D, A, S = "figure", "denial", "accusation", "statement"

# Blame for negligence or inaction is an accusation, beside the figure it comes with; a
# negation inside it ("nobody is looking for them") does not make it a denial.
INACTION_CASES = [
    pytest.param(
        "en",
        '"This company knew in January. It had at least three positive tests and it kept '
        'selling," said Claire Antonetti, a lawyer for the families.',
        [Expect(A, "Claire Antonetti"), Expect(F, "Claire Antonetti", 3, hedged=None)],
        id="en-knew-and-kept-selling",
    ),
    pytest.param(
        "en",
        '"Two of our brothers are still down there, and nobody is looking for them," said Josée '
        "Pelchat, Quebec director of the United Steelworkers.",
        [Expect(A, "United Steelworkers"), Expect(F, "United Steelworkers", 2)],
        id="en-nobody-is-looking",
    ),
    pytest.param(
        "en",
        "The union said the company had ignored four written warnings since March.",
        [Expect(A, "union"), Expect(F, "union", 4)],
        id="en-ignored-warnings-with-count",
    ),
    pytest.param(
        "en",
        "The company ignored repeated warnings about the dam, the residents' association said.",
        [Expect(A, "residents' association")],
        id="en-ignored-warnings-trailing-speaker",
    ),
    pytest.param(
        "en",
        "Critics say the government knew about the risk for months and did nothing.",
        [Expect(A, "Critics")],
        id="en-knew-and-did-nothing",
    ),
    pytest.param(
        "en",
        "Nobody was hurt, the fire service said.",
        [Expect(S, "fire service", polarity="deny")],
        id="en-nobody-hurt-stays-a-negative-statement",
    ),
    pytest.param(
        "en",
        '"We did nothing wrong," the mayor said.',
        [Expect(S, "mayor", polarity="deny")],
        id="en-did-nothing-wrong-is-no-blame",
    ),
    pytest.param(
        "fr",
        "Le syndicat affirme que la direction a ignoré quatre avis écrits sur une hausse de "
        "l'activité sismique, déposés entre mars et mai.",
        [Expect(A, "trade unions (organisers)"), Expect(F, "trade unions (organisers)", 4)],
        id="fr-a-ignore-des-avis",
    ),
    pytest.param(
        "fr",
        "La direction a ignoré les alertes répétées des salariés, affirme le syndicat.",
        [Expect(A, "trade unions (organisers)")],
        id="fr-ignore-les-alertes-trailing-speaker",
    ),
    pytest.param(
        "fr",
        "Selon l'opposition, la mairie savait depuis des mois et n'a rien fait.",
        [Expect(A, "opposition")],
        id="fr-savait-et-n-a-rien-fait",
    ),
    pytest.param(
        "fr",
        "« Personne n'a réagi à nos courriers », a déploré le président de l'association.",
        [Expect(A, "~association")],
        id="fr-personne-n-a-reagi",
    ),
    pytest.param(
        "fr",
        "« Personne n'a fermé de lits pendant cette crise », a assuré la ministre.",
        [Expect(S, "ministre", polarity="deny")],
        id="fr-denying-an-act-is-no-blame",
    ),
    pytest.param(
        "fr",
        "« Je n'ai rien fait de mal », a déclaré le maire.",
        [Expect(D, "maire", polarity="deny")],
        id="fr-rien-fait-de-mal-is-no-blame",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INACTION_CASES)
def test_inaction_is_blame(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "No one was injured in the blast, police said."),
        ("fr", "« Personne n'a été blessé », a indiqué la préfecture."),
    ],
)
def test_nobody_hurt_is_no_accusation(lang: str, text: str) -> None:
    assert all(c.kind != A for c in extract_claims(text, lang))


def test_a_participle_after_a_noun_is_no_speech_verb() -> None:
    # "répétées" (répéter) qualifies "alertes": the auxiliary "a" belongs to "ignoré".
    text = "La direction a ignoré les alertes répétées des salariés, affirme le syndicat."
    sources = {c.attribution.source for c in extract_claims(text, "fr")}
    assert sources == {"le syndicat"}


# Attribution forms of wire copy: the recipient of "told" is not the speaker, a noun-like
# verb form can premodify a trailing speaker, an impersonal "on" learns from a source, and a
# reaction verb reports a stance.
ATTRIBUTION_CASES = [
    pytest.param(
        "en",
        '"We have found no evidence of fraud," a spokesperson for the electoral commission '
        "told AFP.",
        [Expect(S, "electoral commission", polarity="deny")],
        id="en-told-a-news-agency",
    ),
    pytest.param(
        "en",
        "Rescuers have pulled 23 survivors from the rubble, state television reported.",
        [Expect(F, "state television", 23)],
        id="en-state-television-reported",
    ),
    pytest.param(
        "en",
        "Three soldiers were wounded, state media reported on Monday.",
        [Expect(F, "state media", 3)],
        id="en-state-media-reported-on-monday",
    ),
    pytest.param(
        "en",
        "Anti-corruption group Anticor, which filed a complaint in March, welcomed the raids.",
        [Expect(S, "Anticor")],
        id="en-welcomed",
    ),
    pytest.param(
        "en",
        "The minister deplored the violence.",
        [Expect(S, "minister")],
        id="en-deplored",
    ),
    pytest.param(
        "fr",
        "Quarante personnes ont été interpellées, a-t-on appris auprès de la préfecture.",
        [Expect(F, "prefecture", 40)],
        id="fr-a-t-on-appris-aupres-de",
    ),
    pytest.param(
        "fr",
        "Six personnes ont été placées en garde à vue, a-t-on appris mardi auprès du parquet.",
        [Expect(F, "prosecutor's office", 6)],
        id="fr-a-t-on-appris-mardi",
    ),
    pytest.param(
        "fr",
        "Quarante personnes ont été interpellées, apprend-on auprès de la préfecture.",
        [Expect(F, "prefecture", 40)],
        id="fr-apprend-on",
    ),
    pytest.param(
        "fr",
        "Quarante personnes ont été interpellées, a-t-on appris de source policière.",
        [Expect(F, "anonymous", 40)],
        id="fr-a-t-on-appris-de-source",
    ),
    pytest.param(
        "fr",
        "Le syndicat a salué la décision du tribunal.",
        [Expect(S, "trade unions (organisers)")],
        id="fr-a-salue",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ATTRIBUTION_CASES)
def test_wire_attribution_forms(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The city welcomed 2 million visitors last year."),
        ("en", "The family hails from Texas."),
        ("en", "He has no regrets."),
        ("fr", "Il a appris la nouvelle à la radio."),
        ("fr", "Les élèves ont appris 300 mots en un mois."),
    ],
)
def test_wire_attribution_negatives(lang: str, text: str) -> None:
    check(text, lang, [])


def test_a_news_agency_told_is_no_organisation_mention() -> None:
    text = "A spokesperson for the electoral commission told AFP."
    assert organisation_mentions(text, lexicon("en")) == []


# A definite description ("l'agence sanitaire", "the agency") points back to a body that
# spoke before it, not to one of its kind the article names only further down.
BACKWARD_REFERENCE_CASES = [
    pytest.param(
        "fr",
        "Seize cas ont été recensés, a annoncé mercredi Santé publique France. Treize des "
        "malades ont été hospitalisés, selon le bilan arrêté mercredi par l'agence sanitaire. "
        "La région est la plus touchée avec neuf cas, d'après l'Agence régionale de santé (ARS).",
        [
            Expect(F, "Santé publique France", 13),
            Expect(F, "ARS", 9),
        ],
        id="fr-agence-before-an-acronym-defined-later",
    ),
    pytest.param(
        "en",
        "Sixteen cases were recorded, Santé publique France said. Thirteen patients were "
        "taken to hospital, according to figures from the agency. Nine of the cases were in "
        "Burgundy, according to the Regional Health Agency (ARS).",
        [
            Expect(F, "Santé publique France", 13),
            Expect(F, "ARS", 9),
        ],
        id="en-agency-before-an-acronym-defined-later",
    ),
    pytest.param(
        "fr",
        "Le passage du cyclone a fait au moins 23 morts, selon un bilan provisoire communiqué "
        "dimanche par l'Office national de gestion des catastrophes (NDMO).",
        [Expect(F, "NDMO", 23)],
        id="fr-acronym-in-the-same-sentence",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BACKWARD_REFERENCE_CASES)
def test_a_description_points_back(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


# A representative named with no body ("spokesperson Isabelle Lachance", "le porte-parole,
# Jean Roux") speaks for the organisation that spoke just before, and carries on its stance;
# after a person, or with the body named, nothing is borrowed.
REPRESENTATIVE_CASES = [
    pytest.param(
        "en",
        'Boréal-Nord denied the allegation. "Every report was handled according to our '
        'protocols," spokesperson Isabelle Lachance told CBC News, adding that the company had '
        "received only one formal complaint about the sector, in April.",
        [Expect(D, "Boréal-Nord", polarity="deny"), Expect(F, "Boréal-Nord", 1)],
        id="en-spokesperson-after-a-company",
    ),
    pytest.param(
        "fr",
        "L'entreprise Mines Boréal-Nord a démenti. « Tous les signalements ont été traités », a "
        "indiqué le porte-parole, Jean Roux.",
        [Expect(D, "Mines Boréal-Nord", polarity="deny")],
        id="fr-porte-parole-after-a-company",
    ),
    pytest.param(
        "fr",
        "Marc Dupont a démenti. « Tous les signalements ont été traités », a indiqué le "
        "porte-parole Jean Roux.",
        [Expect(S, "Jean Roux")],
        id="fr-porte-parole-after-a-person-is-himself",
    ),
    pytest.param(
        "en",
        '"We will appeal," spokesperson Isabelle Lachance said.',
        [Expect(S, "Isabelle Lachance")],
        id="en-spokesperson-with-nobody-before",
    ),
    pytest.param(
        "en",
        'Boréal-Nord denied the allegation. "We will appeal," a spokesperson for Greenpeace, '
        "Anne Roy, said.",
        [Expect(S, "Greenpeace")],
        id="en-spokesperson-naming-a-body",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REPRESENTATIVE_CASES)
def test_a_bare_representative_speaks_for_the_body_before(
    lang: str, text: str, expected: list[Expect]
) -> None:
    check(text, lang, expected)


def test_a_quote_about_workers_is_no_work_in_progress() -> None:
    # "travailleurs à la maison" is no "travaille à" (a non-assertion).
    text = (
        "Le ministre des Forêts, Marc-André Pelletier, s'est rendu sur place. « Notre priorité, "
        "c'est de ramener ces travailleurs à la maison », a-t-il déclaré."
    )
    check(text, "fr", [Expect(S, "Marc-André Pelletier")])


def _kinds(text: str, lang: str) -> list[tuple[str, str]]:
    return sorted((c.kind, c.attribution.canonical) for c in extract_claims(text, lang))


# A second verb of the speaker that reports a clause of its own ("and warned that…", "who
# called for an inquiry") is a statement beside the figures; a frame of the figure ("revised
# its toll, reporting…", "added that the assessment may evolve") is not.
OWN_CLAUSE_CASES = [
    pytest.param(
        "en",
        "The World Health Organization said on Wednesday that about 340 measles cases had been "
        'recorded in the region and warned that the outbreak "could spread further".',
        [("figure", "World Health Organization"), ("statement", "World Health Organization")],
        id="en-and-warned-that",
    ),
    pytest.param(
        "en",
        "The ministry said 12 people had died and urged residents to stay indoors.",
        [("figure", "ministry"), ("statement", "ministry")],
        id="en-and-urged",
    ),
    pytest.param(
        "en",
        '"Two of our brothers are still down there," said Josée Pelchat, Quebec director of '
        "the United Steelworkers, who called for a public inquiry.",
        [("figure", "United Steelworkers"), ("statement", "United Steelworkers")],
        id="en-who-called-for",
    ),
    pytest.param(
        "fr",
        "« Le bilan réel pourrait être de cinq morts », a lancé Josée Pelchat, directrice "
        "québécoise des Métallos, qui réclame une enquête publique.",
        [("figure", "Métallos"), ("statement", "Métallos")],
        id="fr-qui-reclame",
    ),
    pytest.param(
        "en",
        "The ministry revised its toll, reporting 19 deaths.",
        [("figure", "ministry")],
        id="en-frame-of-the-figure",
    ),
    pytest.param(
        "fr",
        "Le ministère a revu son bilan, faisant état de 19 morts.",
        [("figure", "ministère")],
        id="fr-frame-of-the-figure",
    ),
    pytest.param(
        "en",
        "An intelligence report estimated the toll at 100 to 300, but added that the "
        "assessment may evolve.",
        [("figure", "US intelligence community")],
        id="en-a-caveat-on-the-figure",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OWN_CLAUSE_CASES)
def test_a_second_verb_with_its_own_clause_is_a_statement(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _kinds(text, lang) == expected


def test_the_relative_clause_of_a_speaker_is_the_speaker_s() -> None:
    text = (
        '"We will not stop," said Josée Pelchat, Quebec director of the United Steelworkers, '
        "who called for a public inquiry."
    )
    sources = {c.attribution.source for c in extract_claims(text, "en")}
    assert sources == {"Josée Pelchat, Quebec director of the United Steelworkers"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            'The police pushed back. "Force was used in a strictly proportionate manner," the '
            "regional police directorate said in a statement.",
            D,
            id="en-denial-goes-on-under-a-longer-name",
        ),
        pytest.param(
            "fr",
            "La police a démenti. « La force a été utilisée de manière proportionnée », a "
            "indiqué la direction départementale de la police.",
            D,
            id="fr-denial-goes-on-under-a-longer-name",
        ),
        pytest.param(
            "en",
            "The police accused protesters of violence. Twelve officers were injured, the "
            "regional police directorate said.",
            F,
            id="en-an-accusation-does-not-go-on-under-a-longer-name",
        ),
    ],
)
def test_a_stance_carried_on_by_a_longer_name(lang: str, text: str, expected: str) -> None:
    second = [c for c in extract_claims(text, lang) if c.start > 0]
    assert {c.kind for c in second} == {expected}


# Blame for understating and for silencing, and pleas of innocence as denials.
STANCE_VOCABULARY_CASES = [
    pytest.param(
        "en",
        "A senior official who declined to be named told Reuters that the army's own losses "
        'were "probably higher than announced".',
        [Expect(A, "anonymous", hedged=None)],
        id="en-higher-than-announced",
    ),
    pytest.param(
        "fr",
        "Selon le syndicat, le bilan réel est plus lourd que le bilan officiel, avec au moins "
        "40 morts.",
        [Expect(A, "trade unions (organisers)"), Expect(F, "trade unions (organisers)", 40)],
        id="fr-plus-lourd-que-le-bilan-officiel",
    ),
    pytest.param(
        "fr",
        "« Pendant près de huit semaines, on nous a demandé de ne pas faire de bruit », "
        "affirme un praticien sous couvert d'anonymat.",
        [Expect(A, "anonymous")],
        id="fr-demande-de-ne-pas-faire-de-bruit",
    ),
    pytest.param(
        "en",
        '"Managers told staff to keep quiet about the outbreak," the union said.',
        [Expect(A, "union")],
        id="en-told-staff-to-keep-quiet",
    ),
    pytest.param(
        "en",
        "The former mayor has pleaded not guilty.",
        [Expect(D, "former mayor", polarity="deny")],
        id="en-pleaded-not-guilty",
    ),
    pytest.param(
        "fr",
        "L'ancien maire a plaidé non coupable.",
        [Expect(D, "ancien maire", polarity="deny")],
        id="fr-plaide-non-coupable",
    ),
    pytest.param(
        "en",
        "The army said it had lost 12 soldiers, more than the four it reported on Monday.",
        [Expect(F, "army", 12)],
        id="en-more-than-a-figure-is-no-blame",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STANCE_VOCABULARY_CASES)
def test_stance_vocabulary(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


def test_more_than_a_figure_is_no_accusation() -> None:
    text = "The army said it had lost 12 soldiers, more than the four it reported on Monday."
    assert all(c.kind != A for c in extract_claims(text, "en"))


# A body described, then named in brackets: one subject across the bracket's comma, and the
# bracketed name is the canonical source.
BRACKETED_NAME_CASES = [
    pytest.param(
        "en",
        "The regional audit court (Chambre régionale des comptes, CRC) for Provence-Alpes-Côte "
        "d'Azur said it had found 41 contracts awarded without tender.",
        [Expect(F, "Chambre régionale des comptes", 41)],
        id="en-description-then-name-and-acronym",
    ),
    pytest.param(
        "en",
        "The UN humanitarian office (Office for the Coordination of Humanitarian Affairs) said "
        "about 900 houses had been damaged.",
        [Expect(F, "UN OCHA", 900, hedged=None)],
        id="en-description-then-name",
    ),
    pytest.param(
        "en",
        "The regional police directorate (DDPN) said 12 people had been arrested.",
        [Expect(F, "DDPN", 12)],
        id="en-an-acronym-alone-stays-the-acronym",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BRACKETED_NAME_CASES)
def test_a_bracketed_name(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("source", "name"),
    [
        (
            "The regional audit court (Chambre régionale des comptes, CRC)",
            "Chambre régionale des comptes",
        ),
        ("the spokesman (Jean Roux)", None),
        ("the directorate (DDPN)", None),
        ("(Chambre régionale des comptes)", None),
    ],
)
def test_bracketed_name(source: str, name: str | None) -> None:
    assert _bracketed_name(source) == name


# A relay named after a source ("cité par l'AFP", "quoted by Reuters") is no speaker there;
# a participle with its own subject ("with its chief executive saying", "M. Fortier
# affirmant") is that subject's; an unnamed union or hospital source is anonymous.
RELAY_AND_ABSOLUTE_CASES = [
    pytest.param(
        "fr",
        "Selon une source proche de l'enquête citée par l'AFP, 11 suspects ont été identifiés.",
        [Expect(F, "anonymous", 11)],
        id="fr-source-citee-par",
    ),
    pytest.param(
        "en",
        "Eleven suspects have been identified, according to a source close to the inquiry, "
        "quoted by Reuters.",
        [Expect(F, "anonymous", 11)],
        id="en-source-quoted-by",
    ),
    pytest.param(
        "en",
        "The company rejected the claims, with its chief executive saying only one complaint "
        "had been received.",
        [Expect(D, "company", polarity="deny"), Expect(F, "company", 1)],
        id="en-with-x-saying",
    ),
    pytest.param(
        "fr",
        "Des allégations que l'entreprise a de nouveau rejetées jeudi, M. Fortier affirmant "
        "n'avoir reçu « qu'un seul signalement formel, en avril ».",
        [Expect(D, "entreprise", polarity="deny"), Expect(F, "M. Fortier", 1)],
        id="fr-x-affirmant",
    ),
    pytest.param(
        "fr",
        "De source syndicale, on comptait 15 000 manifestants à Lyon.",
        [Expect(F, "anonymous", 15000)],
        id="fr-de-source-syndicale",
    ),
    pytest.param(
        "en",
        "Twelve people were killed, according to a Reuters tally based on official data.",
        [Expect(F, "Reuters", 12)],
        id="en-tally-based-on",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RELAY_AND_ABSOLUTE_CASES)
def test_relays_and_absolute_participles(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La police a procédé à 14 interpellations, selon le parquet, cité par Le Monde."),
        ("en", "Police arrested 14 people, prosecutors said, as reported by Le Monde."),
    ],
)
def test_a_relay_makes_no_claim(lang: str, text: str) -> None:
    assert all("Monde" not in c.attribution.canonical for c in extract_claims(text, lang))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Twelve people were killed, according to a Reuters tally based on official data.",
            "Reuters",
        ),
        ("According to a police statement issued on Sunday, 14 people were arrested.", "police"),
        ("The Food Standards Agency report found 12 cases.", "Food Standards Agency"),
        # a document with no issuer before it stays the document
        ("The report said 12 cases had been found.", "report"),
    ],
)
def test_a_document_is_its_issuer_s(text: str, source: str) -> None:
    assert [c.attribution.canonical for c in extract_claims(text, "en")] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "côté" ends like a participle but is a noun: "a" is still "recensé"'s auxiliary
        (
            "L'opérateur a de son côté recensé « trois décès confirmés » parmi ses voyageurs.",
            "opérateur",
        ),
        ("Le ministère a également confirmé 12 morts.", "ministère"),
    ],
)
def test_an_auxiliary_reaches_its_participle_over_adverbials(text: str, source: str) -> None:
    assert [c.attribution.canonical for c in extract_claims(text, "fr")] == [source]


def test_the_kind_s_own_noun_is_no_body_of_that_kind() -> None:
    # "L'ONG" names no body: a later "L'association" does not become "ONG".
    text = (
        "L'ONG a mesuré 2,3 µg/l dans la rivière. L'association reproche aussi à l'ARS "
        "d'avoir tardé à alerter la population."
    )
    accusations = [c for c in extract_claims(text, "fr") if c.kind == A]
    assert [c.attribution.canonical for c in accusations] == ["association"]


# A subject is read through a quoted adverb ("a « catégoriquement » démenti") and past a
# relative clause of its own ("Survivors of the fire that tore through…").
SUBJECT_CASES = [
    pytest.param(
        "fr",
        "Navilia Lines a « catégoriquement » démenti toute surcharge, assurant que le navire "
        "était autorisé à transporter 950 passagers.",
        [Expect(D, "Navilia Lines", polarity="deny"), Expect(F, "Navilia Lines", 950)],
        id="fr-quoted-adverb",
    ),
    pytest.param(
        "en",
        'The company "categorically" denied the claims.',
        [Expect(D, "company", polarity="deny")],
        id="en-quoted-adverb",
    ),
    pytest.param(
        "en",
        "Survivors of the fire that tore through an Italian ferry off Corsica this week "
        'described decks so crowded that passengers slept in corridors, "like cattle".',
        [Expect(S, "Survivors of the fire")],
        id="en-relative-in-subject",
    ),
    pytest.param(
        "en",
        "The Italian operator of a ferry that caught fire off Corsica, killing at least six "
        "people, denied on Thursday that it had ignored safety problems.",
        [Expect(D, "Italian operator of a ferry", polarity="deny")],
        id="en-relative-and-participle-in-subject",
    ),
    pytest.param(
        "en",
        "Officials warned last week that the company said 40 jobs would go.",
        [Expect(F, "company", 40)],
        id="en-a-clause-before-that-is-no-antecedent",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SUBJECT_CASES)
def test_subjects_through_quotes_and_relatives(
    lang: str, text: str, expected: list[Expect]
) -> None:
    check(text, lang, expected)


# A spokesperson speaks for the body, even one named by a common noun; an opening participle
# ("Joint par l'AFP", "Contacted by Reuters") and "a requis l'anonymat" do not hide the
# subject; "Reuters, a spokesman for the company" makes Reuters no company.
SPOKESPERSON_CASES = [
    pytest.param(
        "fr",
        "Dix-sept survivants ont été extraits, a indiqué le lieutenant-colonel Mariam Konaté, "
        "porte-parole de la protection civile.",
        [Expect(F, "protection civile", 17)],
        id="fr-porte-parole-de-la-protection-civile",
    ),
    pytest.param(
        "en",
        "Twelve people were rescued, said Mariam Konate, a spokeswoman for the civil "
        "protection agency.",
        [Expect(F, "civil protection agency", 12)],
        id="en-spokeswoman-for-the-agency",
    ),
    pytest.param(
        "fr",
        "Joint par l'AFP, un responsable de l'entreprise, qui a requis l'anonymat, a rejeté "
        "toute surélévation illégale.",
        [Expect(D, "anonymous", polarity="deny")],
        id="fr-joint-par-and-anonymity",
    ),
    pytest.param(
        "en",
        "Contacted by Reuters, a spokesman for the company, who asked not to be named, denied "
        "the report.",
        [Expect(D, "company", polarity="deny")],
        id="en-contacted-by",
    ),
    pytest.param(
        "en",
        "Berthaud, a family firm based in the Jura mountains, rejected the claims.",
        [Expect(D, "Berthaud", polarity="deny")],
        id="en-a-name-is-no-opening-participle",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPOKESPERSON_CASES)
def test_spokespersons_and_openers(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


# Bodies named by common nouns outside the role list ("la protection civile", "les
# garde-côtes"), a document heading the subject ("Le dernier bilan de…"), and a bare
# participle phrase between commas ("communiqué lundi soir").
COMMON_NOUN_BODY_CASES = [
    pytest.param(
        "fr",
        "Le dernier bilan de la protection civile, communiqué lundi soir, fait état de 21 "
        "morts et de 41 blessés.",
        [Expect(F, "protection civile", 21), Expect(F, "protection civile", 41)],
        id="fr-document-then-participle-phrase",
    ),
    pytest.param(
        "fr",
        "Les garde-côtes italiens avancent pour leur part un bilan de sept morts.",
        [Expect(F, "garde-côtes italiens", 7)],
        id="fr-garde-cotes",
    ),
    pytest.param(
        "en",
        "Civil defence officials said 30 people had been killed.",
        [Expect(F, "Civil defence officials", 30)],
        id="en-civil-defence",
    ),
    pytest.param(
        "fr",
        "Le maire, réélu en mars, a démenti ces accusations.",
        [Expect(D, "maire", polarity="deny")],
        id="fr-participle-apposition-still-skipped",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COMMON_NOUN_BODY_CASES)
def test_common_noun_bodies(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La mise en service, initialement prévue en septembre 2026, accuse un retard de "
            "quatorze mois, d'après le rapport.",
            [Expect(F, "rapport", 14)],
        ),
        (
            "Les ventes accusent une nette baisse de 12 %, selon l'Insee.",
            [Expect(F, "INSEE", 12)],
        ),
        (
            "Le syndicat accuse la direction de mentir.",
            [Expect(A, "trade unions (organisers)")],
        ),
    ],
    ids=["accuse-un-retard", "accusent-une-baisse", "accuse-quelqu-un"],
)
def test_accuser_un_retard_blames_nobody(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Families of those still held said at least 11 hostages remained in captivity, "
            "contradicting the rebels' figure of eight.",
            [Expect(F, "Families of those still held", 11, hedged=None), Expect(F, "rebels", 8)],
        ),
        (
            "The government's figure of 40 was disputed by the union.",
            [Expect(F, "government", 40)],
        ),
    ],
    ids=["plural-possessor-figure-of-eight", "possessor-figure-of-40"],
)
def test_a_possessor_s_figure_of_n(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)


# "…, a charge X rejected": a noun naming what was said, then its answerer and a denial verb
# ending the sentence. The answerer denies (a figure answered is that figure denied) and what
# the noun calls a charge is an accusation.
ANSWERED_NOUN_CASES = [
    pytest.param(
        "en",
        "Residents said the council had ignored repeated warnings about the bridge, an "
        "allegation the council rejected.",
        [Expect(A, "Residents"), Expect(D, "council", polarity="deny")],
        id="en-an-allegation-x-rejected",
    ),
    pytest.param(
        "en",
        "The minister repeated that the militia had shelled the village, a charge the militia "
        "again denied.",
        [Expect(D, "militia", polarity="deny", hedged=None)],
        id="en-a-charge-x-again-denied",
    ),
    pytest.param(
        "en",
        "Her lawyer says the bank froze the accounts without notice - a claim Norvik Bank "
        "flatly disputes.",
        [Expect(D, "Norvik Bank", polarity="deny")],
        id="en-dash-a-claim-x-flatly-disputes",
    ),
    pytest.param(
        "en",
        "The union said 6,000 workers had joined the strike, a figure the company disputed.",
        [Expect(F, "union", 6000), Expect(F, "company", 6000, polarity="deny")],
        id="en-a-figure-x-disputed",
    ),
    pytest.param(
        "fr",
        "Le collectif affirme que la mairie a ignoré ses alertes, une accusation que la mairie "
        "rejette.",
        [Expect(A, "collectif"), Expect(D, "mayor's office", polarity="deny")],
        id="fr-une-accusation-que-x-rejette",
    ),
    pytest.param(
        "fr",
        "Le syndicat revendique 3 000 grévistes, un chiffre que Transalpe conteste.",
        [Expect(F, "~trade unions", 3000), Expect(F, "Transalpe", 3000, "deny")],
        id="fr-un-chiffre-que-x-conteste",
    ),
    pytest.param(
        "fr",
        "Les riverains accusent l'usine de polluer la rivière, une thèse que la direction dément.",
        [Expect(A, "riverains"), Expect(D, "direction", polarity="deny")],
        id="fr-une-these-que-x-dement",
    ),
]

ANSWERED_NOUN_NEGATIVES = [
    # A bare past participle ending a headline is passive: nobody denies.
    pytest.param("en", "Civilian toll disputed", id="en-headline-participle"),
    # A figure noun with a plain past participle and no answerer names no speaker.
    pytest.param("en", "The figure was disputed.", id="en-passive-figure"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ANSWERED_NOUN_CASES)
def test_an_answered_noun_names_who_rejects_it(
    lang: str, text: str, expected: list[Expect]
) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), ANSWERED_NOUN_NEGATIVES)
def test_an_answered_noun_negatives(lang: str, text: str) -> None:
    check(text, lang, [])


# A subject whose head is an agent noun no role list knows ("l'armateur", "the rector"): it
# speaks; its apposed name is the source; later, the bare description is that name.
AGENT_NOUN_CASES = [
    pytest.param(
        "fr",
        "L'armateur, la compagnie grecque Egeon Ferries, a fait état de 212 personnes à bord.",
        [Expect(F, "Egeon Ferries", 212)],
        id="fr-armateur-apposed-name",
    ),
    pytest.param(
        "fr",
        "Le recteur nie catégoriquement.",
        [Expect(D, "recteur", polarity="deny")],
        id="fr-le-recteur-nie",
    ),
    pytest.param(
        "fr",
        "Le gestionnaire du réseau nie toute baisse de 12 % et affirme avoir investi 3 millions "
        "d'euros en 2025.",
        [Expect(F, "gestionnaire du réseau", 12, "deny"), Expect(F, "gestionnaire du réseau", 3e6)],
        id="fr-gestionnaire-nie-et-affirme",
    ),
    pytest.param(
        "fr",
        "L'exploitant, Hydrelec, a été mis en cause. L'exploitant assure que le barrage a été "
        "inspecté en mai.",
        [Expect(S, "Hydrelec")],
        id="fr-l-exploitant-named-before",
    ),
    pytest.param(
        "en",
        "The shipowner, Aegean Lines, said 212 people were on board.",
        [Expect(F, "Aegean Lines", 212)],
        id="en-shipowner-apposed-name",
    ),
    pytest.param(
        "en",
        "The rector denied the allegations.",
        [Expect(D, "rector", polarity="deny")],
        id="en-the-rector-denied",
    ),
    pytest.param(
        "en",
        "The dam's operator, French utility Hydrelec, said 40 homes had been flooded.",
        [Expect(F, "Hydrelec", 40)],
        id="en-apposition-with-its-own-descriptor",
    ),
]

# Adjectives and nouns with an agent ending that name no one make no speaker.
AGENT_NOUN_NEGATIVES = [
    pytest.param(
        "fr",
        "Un violent incendie s'est déclaré mercredi vers 14 h 30 dans l'usine.",
        id="fr-un-violent-incendie",
    ),
    pytest.param(
        "fr",
        "Une information judiciaire pourrait être ouverte dans les prochains jours.",
        id="fr-information-judiciaire",
    ),
    pytest.param(
        "fr",
        "Les premiers chiffres semblaient montrer une mobilisation en baisse.",
        id="fr-les-premiers-chiffres",
    ),
    pytest.param("en", "The number of victims rose to 14 on Monday.", id="en-the-number"),
    pytest.param(
        "en",
        "The argument over who is to blame is only getting louder, 60 hours on.",
        id="en-the-argument",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AGENT_NOUN_CASES)
def test_an_agent_noun_speaks(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), AGENT_NOUN_NEGATIVES)
def test_an_agent_ending_alone_makes_no_speaker(lang: str, text: str) -> None:
    check(text, lang, [])


# A second reported clause without a figure ("said X and that Y") is a claim of its own
# beside the speaker's figures, its kind and polarity read from that clause alone.
SECOND_CLAUSE_CASES = [
    pytest.param(
        "en",
        "The coastguard said 35 boats had been at sea that night and that none had made "
        "contact with the trawler.",
        [Expect(F, "coastguard", 35), Expect(S, "coastguard", polarity="deny")],
        id="en-and-that-none",
    ),
    pytest.param(
        "en",
        "The airline said 212 passengers had been stranded and that the strike was "
        "politically motivated.",
        [Expect(F, "airline", 212), Expect(A, "airline", hedged=None)],
        id="en-and-that-accusation",
    ),
    pytest.param(
        "fr",
        "Le syndicat affirme que 40 postes ont été supprimés et que la direction a ignoré "
        "ses avertissements.",
        [Expect(F, "~trade unions", 40), Expect(A, "~trade unions", hedged=None)],
        id="fr-et-que-accusation",
    ),
    pytest.param(
        "fr",
        "Le club assure que 18 000 billets ont été vendus et qu'aucun spectateur n'est entré "
        "sans contrôle.",
        [Expect(F, "club", 18000), Expect(S, "club", polarity="deny")],
        id="fr-et-qu-aucun",
    ),
]

SECOND_CLAUSE_NEGATIVES = [
    # A plain elaboration after the figure's clause stays part of the figure's report.
    pytest.param(
        "fr",
        "La préfecture a indiqué que 40 foyers restaient privés d'eau et que la situation "
        "serait rétablie dans la soirée.",
        [Expect(F, "prefecture", 40)],
        id="fr-et-que-elaboration",
    ),
    # A coordination inside the figure's own clause is no second claim.
    pytest.param(
        "en",
        "Officials said 40 people were injured and 12 were missing.",
        [Expect(F, "~fficials", 40), Expect(F, "~fficials", 12)],
        id="en-and-without-that",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SECOND_CLAUSE_CASES)
def test_a_second_reported_clause_is_a_claim(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), SECOND_CLAUSE_NEGATIVES)
def test_a_coordinated_figure_adds_no_statement(
    lang: str, text: str, expected: list[Expect]
) -> None:
    claims = extract_claims(text, lang)
    check(text, lang, expected)
    assert all(c.figure is not None for c in claims)


# Sabotage and malicious acts asserted are blame, as arson is; the theory named is not.
SABOTAGE_NEGATIVES = [
    pytest.param("fr", "La préfecture n'exclut pas la piste de la malveillance.", id="fr-piste"),
    pytest.param("en", "Police declined to rule out sabotage.", id="en-rule-out"),
]
SABOTAGE_CASES = [
    pytest.param(
        "fr",
        "Pour son directeur, Paul Marchal, « tout indique un acte de malveillance ».",
        [Expect(A, "Paul Marchal", hedged=None)],
        id="fr-acte-de-malveillance",
    ),
    pytest.param(
        "fr",
        "Le syndicat affirme que les câbles ont été sabotés.",
        [Expect(A, "~trade unions", hedged=None)],
        id="fr-sabotes",
    ),
    pytest.param(
        "en",
        "The operator said the signalling cables had been sabotaged.",
        [Expect(A, "operator", hedged=None)],
        id="en-sabotaged",
    ),
    pytest.param(
        "en",
        "The rail operator said the derailment was an act of sabotage.",
        [Expect(A, "rail operator", hedged=None)],
        id="en-act-of-sabotage",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SABOTAGE_CASES)
def test_sabotage_is_blame(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), SABOTAGE_NEGATIVES)
def test_a_sabotage_theory_is_no_blame(lang: str, text: str) -> None:
    assert all(c.kind != A for c in extract_claims(text, lang))


# A description with a name in apposition that has its own descriptor ("le transporteur, la
# compagnie grecque Egeon Ferries"): the name is the source; a later bare description ("le
# transporteur", "l'entreprise") is that name.
APPOSED_NAME_CASES = [
    pytest.param(
        "fr",
        "Le transporteur, la compagnie grecque Egeon Ferries, a fait état de 212 personnes à bord.",
        [Expect(F, "Egeon Ferries", 212)],
        id="fr-descriptor-then-name",
    ),
    pytest.param(
        "en",
        "The operator, Greek company Egeon Ferries, said 212 people were on board.",
        [Expect(F, "Egeon Ferries", 212)],
        id="en-descriptor-then-name",
    ),
    pytest.param(
        "fr",
        "Le syndicat accuse le transporteur, la compagnie Egeon Ferries, d'avoir surchargé le "
        "navire. Le transporteur dément toute surcharge.",
        [Expect(D, "Egeon Ferries", polarity="deny")],
        id="fr-later-bare-description",
    ),
    pytest.param(
        "fr",
        "Hydrelec a démenti jeudi toute négligence. L'entreprise affirme que 12 millions "
        "d'euros ont été consacrés à l'entretien du barrage.",
        [Expect(F, "Hydrelec", 12e6)],
        id="fr-l-entreprise-elided-article",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), APPOSED_NAME_CASES)
def test_an_apposed_name_is_the_source(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


# Verbs the tables lacked: a figure held to ("sticks to its estimate"), a plea of innocence
# ("clame son innocence"), a possessor's updated figures.
HELD_AND_PLEA_CASES = [
    pytest.param(
        "en",
        "The union claims 5,000 people marched, while the police stick to their estimate of "
        "about 1,800.",
        [Expect(F, "police", 1800), Expect(F, "~union", 5000)],
        id="en-sticks-to-its-estimate",
    ),
    pytest.param(
        "fr",
        "Le ministre, qui clame son innocence, a mandaté un avocat.",
        [Expect(D, "ministre", polarity="deny")],
        id="fr-clame-son-innocence",
    ),
]

HELD_AND_PLEA_CASES += [
    pytest.param(
        "en",
        "The ministry's updated figures put the number of injured at 41.",
        [Expect(F, "~ministry", 41)],
        id="en-possessive-updated-figures",
    ),
]

HELD_AND_PLEA_NEGATIVES = [
    # Holding to something that is no figure asserts nothing here.
    pytest.param("en", "The club sticks to its plan.", id="en-sticks-to-a-plan"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HELD_AND_PLEA_CASES)
def test_held_figures_and_pleas(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), HELD_AND_PLEA_NEGATIVES)
def test_held_figures_and_pleas_negatives(lang: str, text: str) -> None:
    check(text, lang, [])


# Kept off wt-extract for their clustering side effects (see the report): a toll put
# "closer to" a number, a figure held to ("s'en tient à"), a prediction ("prédit que").
TRADE_OFF_CASES = [
    pytest.param(
        "en",
        "The farmers' union puts the toll closer to 40,000 birds.",
        [Expect(F, "~union", 40000)],
        id="en-puts-closer-to",
    ),
    pytest.param(
        "fr",
        "La préfecture s'en tient à son bilan de 12 morts.",
        [Expect(F, "prefecture", 12)],
        id="fr-s-en-tient-a",
    ),
    pytest.param(
        "fr",
        "Le syndicat prédit que la grève va s'étendre à d'autres villes.",
        [Expect(S, "~trade unions", hedged=None)],
        id="fr-predit-que",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TRADE_OFF_CASES)
def test_trade_off_verbs(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "fr", "Le ministre s'en tient à l'essentiel.", id="fr-s-en-tient-sans-chiffre"
        ),
        pytest.param(
            "en", "The move puts the club closer to relegation.", id="en-closer-no-figure"
        ),
    ],
)
def test_trade_off_verbs_negatives(lang: str, text: str) -> None:
    check(text, lang, [])


# A negation inside a condition ("si … ne … pas", "unless", "if … not") conditions the claim;
# it does not negate it. A negation in the claim itself still does.
CONDITION_CASES = [
    pytest.param(
        "fr",
        "Le syndicat prédit que la mobilisation « va s'étendre » si la plateforme ne revient pas "
        "à la table des négociations.",
        [Expect(S, "~trade unions", hedged=None)],
        id="fr-si-ne-pas",
    ),
    pytest.param(
        "fr",
        "S'il n'y a pas d'accord d'ici lundi, la grève continuera, prévient le syndicat.",
        [Expect(S, "~trade unions", hedged=None)],
        id="fr-leading-s-il-n-y-a-pas",
    ),
    pytest.param(
        "fr",
        "Le syndicat assure que la grève continuera tant qu'il n'y aura pas d'accord.",
        [Expect(S, "~trade unions", hedged=None)],
        id="fr-tant-qu-il-n-y-aura-pas",
    ),
    pytest.param(
        "fr",
        "Le syndicat assure que la grève n'est pas finie si la direction ne cède pas.",
        [Expect(S, "~trade unions", polarity="deny", hedged=None)],
        id="fr-negated-claim-before-condition-stays-negated",
    ),
    pytest.param(
        "en",
        "The union said the strike would spread if the company did not return to talks.",
        [Expect(S, "union", hedged=None)],
        id="en-if-not",
    ),
    pytest.param(
        "en",
        "If no deal is reached by Monday, the walkout will continue, the union said.",
        [Expect(S, "union", hedged=None)],
        id="en-leading-if-no",
    ),
    pytest.param(
        "en",
        "The company said it would not comment unless charges were filed.",
        [Expect(S, "company", polarity="deny", hedged=None)],
        id="en-negated-claim-before-unless-stays-negated",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CONDITION_CASES)
def test_a_negated_condition_does_not_negate_the_claim(
    lang: str, text: str, expected: list[Expect]
) -> None:
    check(text, lang, expected)


# A figure named as the official count inside someone else's sentence is the officials', not
# the speaker's: the speaker sets their own figure against it.
OFFICIAL_FIGURE_CASES = [
    pytest.param(
        "en",
        "The supporters' group Tilleuls Debout says at least 63 people were hurt, well above the "
        "official figure of 47.",
        [Expect(F, "Tilleuls Debout", 63), Expect(F, "~official", 47)],
        id="en-well-above-the-official-figure",
    ),
    pytest.param(
        "en",
        "The union said 300 workers walked out, against an official count of 120.",
        [Expect(F, "union", 300), Expect(F, "~official", 120)],
        id="en-against-an-official-count",
    ),
    pytest.param(
        "fr",
        "L'association affirme que 63 personnes ont été blessées, bien au-dessus du bilan "
        "officiel de 47.",
        [Expect(F, "association", 63), Expect(F, "~officiel", 47)],
        id="fr-au-dessus-du-bilan-officiel",
    ),
    pytest.param(
        "fr",
        "Le syndicat a compté 3 000 grévistes, contre un chiffre officiel de 1 200.",
        [Expect(F, "~trade unions", 3000), Expect(F, "~officiel", 1200)],
        id="fr-contre-un-chiffre-officiel",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OFFICIAL_FIGURE_CASES)
def test_an_official_figure_is_not_the_speakers(
    lang: str, text: str, expected: list[Expect]
) -> None:
    check(text, lang, expected)
    speaker = expected[0].source
    official = expected[1].value
    assert not any(matches(c, Expect(F, speaker, official)) for c in extract_claims(text, lang))
