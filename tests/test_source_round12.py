"""Who asserts a claim, round 12: classes of source errors found on devset20..28.

Each table pins one class with a devset row and sentences of our own, both languages where
the class exists in both, negatives included.
"""

import pytest

from tests.extract_cases import canonicals_at, sources_at

# A bare past form inside the subject ("people ADMITTED to hospital were") is a participle, not
# the reporting verb: the claim is the pronoun's, carried from the sentence before.
PARTICIPLE_IN_SUBJECT = [
    pytest.param(
        "The regional health agency, ARS Bretagne, said three dogs had died after swimming in "
        "Lake Tremorvan. Two of the four people admitted to hospital were children, it said.",
        "en",
        "Two of the four",
        {"ARS Bretagne"},
        id="en-devset21-admitted-to-hospital-were",
    ),
    pytest.param(
        "The county fire service said 14 workers had been hurt in the blast at the Dunmore "
        "plant. Three of the workers taken to the hospital were in a serious condition, it "
        "said.",
        "en",
        "Three of the workers",
        {"county fire service"},
        id="en-own-taken-to-the-hospital-were",
    ),
    pytest.param(
        "The coastguard said 40 migrants had been rescued on Sunday. Six of the migrants "
        "reported to police were minors, it added.",
        "en",
        "Six of the migrants",
        {"coastguard"},
        id="en-own-reported-to-police-were",
    ),
    # Negatives: the past form is the verb of its subject.
    pytest.param(
        "Two officials admitted to police they were paid 3,000 dollars.",
        "en",
        "Two officials",
        {"Two officials"},
        id="en-own-admitted-to-police-they-were-is-a-verb",
    ),
    pytest.param(
        "The ministry said on Tuesday 40 people were missing.",
        "en",
        "The ministry",
        {"ministry"},
        id="en-own-said-on-tuesday-is-a-verb",
    ),
    pytest.param(
        "The three deaths reported by firefighters were all in the same building.",
        "en",
        "The three deaths",
        {"fire service"},
        id="en-own-passive-agent-still-speaks",
    ),
]


@pytest.mark.parametrize(("text", "lang", "opening", "canonicals"), PARTICIPLE_IN_SUBJECT)
def test_a_participle_in_the_subject_reports_nothing(
    text: str, lang: str, opening: str, canonicals: set[str]
) -> None:
    assert canonicals_at(text, lang, opening) == canonicals


# A mention naming its body by an acronym, the full name spelled out in brackets after it or a
# lowercase description of the body following it: the acronym is the canonical name.
ACRONYM_NAMES = [
    pytest.param(
        "Le syndicat des pilotes BECA (Belgian Cockpit Association) avance un bilan encore plus "
        "lourd, avec 140 vols annulés et « près de 25.000 personnes laissées en plan ».",
        "fr",
        "Le syndicat des pilotes",
        {"BECA"},
        id="fr-devset27-acronym-then-bracketed-name",
    ),
    pytest.param(
        "Le syndicat enseignant SNALC (Syndicat national des lycées et collèges) revendique "
        "45 % de grévistes dans les collèges du département.",
        "fr",
        "Le syndicat enseignant",
        {"SNALC"},
        id="fr-own-acronym-then-bracketed-name",
    ),
    pytest.param(
        "The pilots' union BECA (Belgian Cockpit Association) said 140 flights had been cancelled.",
        "en",
        "The pilots' union",
        {"BECA"},
        id="en-own-acronym-then-bracketed-name",
    ),
    pytest.param(
        "Farmers are demanding 480 euros per 1,000 liters, according to the FNPL dairy "
        "producers' federation, compared with the 405 euros they say Maréval is offering.",
        "en",
        "Farmers are demanding",
        {"FNPL"},
        id="en-devset27-acronym-then-described-federation",
    ),
    pytest.param(
        "The CNE hospital union said 300 nurses had walked out on Monday.",
        "en",
        "The CNE hospital union",
        {"CNE"},
        id="en-own-acronym-then-described-union",
    ),
    # Negatives: a bracketed name after a description (no acronym before it) is the name; an
    # acronym before a person's role is no body's name.
    pytest.param(
        "The regional audit court (Chambre régionale des comptes) said the debt stood at 12 "
        "million euros.",
        "en",
        "The regional audit court",
        {"Chambre régionale des comptes"},
        id="en-own-description-then-bracketed-name",
    ),
    pytest.param(
        "The EU foreign policy chief said 40 people had died.",
        "en",
        "The EU foreign policy chief",
        {"EU foreign policy chief"},
        id="en-own-acronym-then-person-role",
    ),
]


@pytest.mark.parametrize(("text", "lang", "opening", "canonicals"), ACRONYM_NAMES)
def test_an_acronym_in_the_mention_names_the_body(
    text: str, lang: str, opening: str, canonicals: set[str]
) -> None:
    assert canonicals_at(text, lang, opening) == canonicals


# After "X a été accusé par Y de…", the pronoun that answers is the accused X's, not the
# accuser Y's; after an active accusation ("Y accuse X de…") it stays the accuser's.
ACCUSED_ANSWERS = [
    pytest.param(
        "Le directeur de la fondation, Christophe Reymond-Bally, a été accusé par l'association "
        "d'avoir favorisé une société immobilière dont son beau-frère est administrateur. Il "
        "rejette en bloc ces accusations.",
        "fr",
        "Il rejette",
        {"Le directeur de la fondation, Christophe Reymond-Bally"},
        id="fr-devset23-passive-accused-then-il",
    ),
    pytest.param(
        "Le maire de Villeneuve, Paul Garnier, a été accusé par l'opposition d'avoir truqué "
        "l'appel d'offres. « Tout a été fait dans les règles », a-t-il assuré.",
        "fr",
        "« Tout a été fait",
        {"Le maire de Villeneuve, Paul Garnier"},
        id="fr-own-passive-accused-then-a-t-il",
    ),
    pytest.param(
        "Harbour chief executive Tom Reilly has been accused by unions of hiding safety "
        'reports. "We hid nothing," he said.',
        "en",
        '"We hid nothing,"',
        {"Harbour chief executive Tom Reilly"},
        id="en-own-passive-accused-then-he",
    ),
    # Negative: the active accuser keeps the pronoun.
    pytest.param(
        "Le syndicat Sud-Rail a accusé la direction de la SNCF d'avoir ignoré les alertes. Il "
        "dénonce « un mépris total ».",
        "fr",
        "Il dénonce",
        {"Le syndicat Sud-Rail"},
        id="fr-own-active-accuser-keeps-il",
    ),
]


@pytest.mark.parametrize(("text", "lang", "opening", "sources"), ACCUSED_ANSWERS)
def test_the_accused_answers_after_a_passive_accusation(
    text: str, lang: str, opening: str, sources: set[str]
) -> None:
    assert sources_at(text, lang, opening) == sources


# The outlet that saw a document ("seen by the Guardian", "consulté par l'AFP") is the channel,
# not part of the subject that speaks.
CHANNEL_OUTLETS = [
    pytest.param(
        "A labour inspection report seen by the Guardian found that just two care assistants "
        "covered the night shift for 84 residents at Les Tilleuls, in Vaulx-en-Velin, on 16-17 "
        "July.",
        "en",
        "A labour inspection report",
        {"A labour inspection report"},
        id="en-devset26-report-seen-by-outlet",
    ),
    pytest.param(
        "Un rapport de l'inspection du travail consulté par l'AFP affirme que deux "
        "aides-soignantes seulement couvraient la nuit pour 84 résidents.",
        "fr",
        "Un rapport de l'inspection",
        {"Un rapport de l'inspection du travail"},
        id="fr-own-report-consulted-by-outlet",
    ),
    pytest.param(
        "Une note interne de la direction obtenue par Le Parisien évoque 1 200 suppressions de "
        "postes d'ici 2027.",
        "fr",
        "Une note interne",
        {"Une note interne de la direction"},
        id="fr-own-memo-obtained-by-outlet",
    ),
    # Negative: a body that commissioned the document is no channel.
    pytest.param(
        "A report commissioned by the ministry found that 40% of bridges needed repairs.",
        "en",
        "A report commissioned",
        {"A report commissioned by the ministry"},
        id="en-own-commissioned-by-is-kept",
    ),
]


@pytest.mark.parametrize(("text", "lang", "opening", "sources"), CHANNEL_OUTLETS)
def test_the_outlet_that_saw_a_document_is_no_speaker(
    text: str, lang: str, opening: str, sources: set[str]
) -> None:
    assert sources_at(text, lang, opening) == sources
