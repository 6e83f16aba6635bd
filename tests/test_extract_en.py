"""English attributed-claim extraction on real and wire-style sentences."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check, figure_value

F, D, A, S = "figure", "denial", "accusation", "statement"
GAZA = "Gaza Health Ministry"
IDF = "Israel (government/IDF)"
USIC = "US intelligence community"

# Agentless requests ("seven years were sought against...") are not extracted: the
# clusterer merges requisitions against different defendants into one false conflict
# (devset5 conflict precision floor, still so in session 5). The mechanism, never wired in,
# was removed; it is in the history (commit 6c96f9d: extract/claims.py `_agentless_request`,
# lexicon.yaml `agentless_request`, `prosecution`, `prosecution_default`).
AGENTLESS_REQUEST_OFF = pytest.mark.xfail(
    strict=True,
    reason="agentless requests are not extracted: the clusterer merges requisitions against "
    "different defendants into one false conflict (devset5 conflict precision floor)",
)

CASES = [
    # Devset sentences.
    pytest.param(
        "The health ministry, which is run by Hamas, said at least 500 people had been killed at "
        "Al-Ahli Arabi Hospital, while a Gaza civil defense chief, whose department is also "
        "Hamas-run, said on Al-Jazeera television that more than 300 people were killed, per "
        "Reuters.",
        [Expect(F, "~health ministry", 500), Expect(F, "Gaza Civil Defence", 300)],
        id="two-speakers-relative-clauses",
    ),
    pytest.param(
        "A Gaza civil defence chief said 300 people were killed and a health ministry official "
        "said 500 were killed.",
        [Expect(F, "Gaza Civil Defence", 300), Expect(F, "anonymous", 500)],
        id="coordinated-clauses",
    ),
    pytest.param(
        "Prior to Tuesday's incident, health authorities in Gaza said at least 3,000 people had "
        "been killed in Israel's 11-day bombardment that began after Hamas militants rampaged "
        "into Israeli towns on Oct 7, killing more than 1,300 people, mainly civilians.",
        [Expect(F, GAZA, 3000)],
        id="bare-plural-subject",
    ),
    pytest.param(
        "However, the Israeli military denied responsibility for the blast at the Al-Ahli "
        "al-Arabi hospital in Gaza City, suggesting the hospital was hit by a failed rocket "
        "launch by the enclave's Palestinian Islamic Jihad military group.",
        [Expect(D, IDF, polarity="deny"), Expect(A, IDF, hedged=True)],
        id="denial-then-suggesting",
    ),
    pytest.param(
        "The health minister in the Hamas-run government of Gaza, Mai Alkaila, accused Israel of "
        "a massacre.",
        [Expect(A, "~Mai Alkaila")],
        id="accused",
    ),
    pytest.param(
        "Gaza’s health ministry blamed an Israeli air strike, while Israel said the blast was "
        "caused by a failed rocket launch by militants.",
        [Expect(A, GAZA), Expect(A, IDF)],
        id="blamed-and-caused-by",
    ),
    pytest.param(
        "“We judge that Israel was not responsible,” said the unclassified U.S. intelligence "
        "report.",
        # US intelligence is not the accused party: statement + deny (devset guidelines).
        [Expect(S, USIC, polarity="deny")],
        id="inverted-said",
    ),
    pytest.param(
        "“The accusations promoted by the enemy are baseless,” Islamic Jihad reportedly said, "
        "adding that it “does not use places of worship as military centres.”",
        [Expect(D, "Palestinian Islamic Jihad", polarity="deny", hedged=True)],
        id="baseless-reportedly",
    ),
    pytest.param(
        "US intelligence estimates 100-300 killed in Gaza hospital strike",
        [Expect(F, USIC, 100)],
        id="headline-estimates",
    ),
    pytest.param(
        "The US intelligence community has estimated there were likely 100 to 300 people killed "
        "in the strike at the Ahli Arab hospital in Gaza, according to excerpts of a document "
        "seen Thursday by AFP -- far fewer than the nearly 500 deaths that health authorities in "
        "the Hamas-ruled enclave originally described.",
        [Expect(F, USIC, 100, hedged=True), Expect(F, GAZA, 500)],
        id="relative-clause-speaker-after-figure",
    ),
    pytest.param(
        "Palestinian officials said 471 people were killed in the blast at Al-Ahli al-Arabi "
        "Hospital late on Tuesday.",
        [Expect(F, GAZA, 471)],
        id="officials-said",
    ),
    pytest.param(
        "At least 500 people were killed in the bombing, of which Israel, Hamas and other "
        "Palestinian armed group denied responsibility.",
        [Expect(D, "~Israel", polarity="deny")],
        id="list-subject-after-relative",
    ),
    pytest.param(
        "Hamas has accused an Israeli air strike for the killings, while Israeli army has blamed "
        "a misfired rocket from another Palestinian militant group, Islamic Jihad.",
        [Expect(A, "Hamas"), Expect(A, IDF)],
        id="two-accusations",
    ),
    pytest.param(
        "However, Israel shared a footage early Wednesday claiming that it captured the moment "
        "the rocket was misfired by Palestinian Islamic Jihad.",
        [Expect(A, IDF)],
        id="participle-claiming-that",
    ),
    pytest.param(
        "An unclassified U.S. intelligence report, seen by Reuters on Thursday, estimated the "
        "death toll was “probably at the low end of the 100 to 300 spectrum.”\n"
        "“We estimate the number of deaths is probably at the low end of the 100-to-300 "
        "spectrum,” the report said.",
        [Expect(F, USIC, 100, hedged=True)],
        id="the-report-points-back",
    ),
    # Wire-style sentences written for these tests.
    pytest.param(
        "According to the United Nations, more than 1.2 million people have fled the region.",
        [Expect(F, "United Nations", 1200000)],
        id="according-to",
    ),
    pytest.param(
        "Police estimated the crowd at 15,000, while organizers said 40,000 people marched.",
        [Expect(F, "police", 15000), Expect(F, "trade unions (organisers)", 40000)],
        id="police-vs-organizers",
    ),
    pytest.param(
        "The Kremlin dismissed the report as “absurd”.",
        [Expect(D, "Kremlin", polarity="deny")],
        id="dismissed",
    ),
    pytest.param(
        "A source familiar with the matter said about 200 troops had crossed the border.",
        [Expect(F, "anonymous", 200)],
        id="anonymous-source",
    ),
    pytest.param(
        "The WHO said 27 people had died, a figure that could rise.",
        [Expect(F, "World Health Organization", 27, hedged=True)],
        id="who-acronym",
    ),
    pytest.param(
        "Moscow rejected the allegations, calling them baseless.",
        [Expect(D, "Russia", polarity="deny")],
        id="rejected-allegations",
    ),
    pytest.param(
        "The ministry reportedly recorded 340 cases last week.",
        [Expect(F, "~ministry", 340, hedged=True)],
        id="reportedly",
    ),
    pytest.param(
        "“We have found no evidence of a chemical attack,” said Maria Lopez, a spokeswoman for "
        "the World Health Organization.",
        # Nobody accused the WHO: a third party's negation is a statement with polarity deny.
        [Expect(S, "World Health Organization", polarity="deny", hedged=None)],
        id="inverted-with-apposition",
    ),
]

# Reporting clauses, possessives and references (sentences written for these tests).
CASES += [
    pytest.param(
        "A storm swept through the county overnight, killing two people and injuring 31, the "
        "sheriff's office said.",
        [Expect(F, "~sheriff", 31)],
        id="reporting-clause-after-figures",
    ),
    pytest.param(
        "The number of people evacuated has risen to 900, rescuers say, up from 600 on Monday.",
        [Expect(F, "rescuers", 900), Expect(F, "rescuers", 600)],
        id="parenthetical-say",
    ),
    pytest.param(
        "The union's estimate is about 2,500 strikers.",
        [Expect(F, "~union", 2500)],
        id="possessive-estimate",
    ),
    pytest.param(
        "Organizers put the figure at nearly 10,000.",
        [Expect(F, "trade unions (organisers)", 10000)],
        id="put-the-figure-at",
    ),
    pytest.param(
        "According to the agency, turnout was 48 per cent.",
        [Expect(F, "~agency", 48)],
        id="per-cent-is-not-a-source",
    ),
    pytest.param(
        'The mayor, Ann Hill, visited the site. "Nobody was hurt," she said.',
        # A third party's negative statement: statement with polarity deny (guidelines).
        [Expect(S, "Ann Hill", polarity="deny", hedged=None)],
        id="pronoun-refers-to-earlier-subject",
    ),
    pytest.param(
        "The company denied any wrongdoing.",
        [Expect(D, "~company", polarity="deny")],
        id="company-denied",
    ),
]

# Generalisation rules (sentences from the development sets and written for these tests).
CASES += [
    pytest.param(
        "The Border Aid Network, a non-governmental organisation that runs clinics on both sides "
        "of the frontier, put the number of displaced at between 35,000 and 40,000.",
        [Expect(F, "Border Aid Network", 35000)],
        id="put-any-noun-at-between",
    ),
    pytest.param(
        "Corvid Analytics, a catastrophe modeling firm, put total economic losses between "
        "$2.2 billion and $2.9 billion.",
        [Expect(F, "Corvid Analytics", 2.2e9)],
        id="put-losses-between",
    ),
    pytest.param(
        "Norvakia's interior ministry gave a far lower figure of 12,400 in its own tally.",
        [Expect(F, "~interior ministry", 12400)],
        id="gave-a-figure-of",
    ),
    pytest.param(
        "KYIV, Nov 3 (Reuters) - The regional governor said 40 drones had been shot down "
        "overnight.",
        [Expect(F, "~governor", 40)],
        id="dateline-is-not-a-source",
    ),
    pytest.param(
        "FlyFair, which represents about 90,000 members, said Aerovia hid the breach for weeks.",
        [Expect(A, "FlyFair")],
        id="relative-clause-between-commas-and-concealment",
    ),
    pytest.param(
        '"Customers had a right to know," said Nadia Okonkwo, FlyFair\'s director.',
        [Expect(S, "FlyFair")],
        id="possessive-role-speaks-for-organisation",
    ),
    pytest.param(
        "Olivier Brunel, who heads the SMHM doctors' union, accused the agency of sitting on the "
        "first cases. Brunel said 40 nurses had resigned since June.",
        [Expect(A, "~SMHM"), Expect(F, "~SMHM", 40)],
        id="person-remembered-as-their-organisation",
    ),
    pytest.param(
        "Israel, Hamas and other Palestinian armed groups denied responsibility.",
        [Expect(D, IDF, polarity="deny"), Expect(D, "Hamas", polarity="deny")],
        id="coordinated-sources-each-deny",
    ),
    pytest.param(
        '"No toxic substance has been detected in the air," the prefecture said.',
        [Expect(S, "prefecture", polarity="deny")],
        id="third-party-negation-is-statement-deny",
    ),
    pytest.param(
        'Mayor Denis Lapointe rejected the fraud allegations. "The vote was orderly," he said.',
        [Expect(D, "Denis Lapointe", polarity="deny")],
        id="statement-continues-the-speaker-denial",
    ),
    pytest.param(
        "The union accused the ministry of hiding the figures. "
        '"Every figure is published weekly," the ministry responded.',
        [Expect(A, "~union"), Expect(D, "~ministry", polarity="deny")],
        id="reply-verb-answers-accusation",
    ),
    pytest.param(
        '"Heat is almost never written on a death certificate," said Karim Benali.',
        [Expect(S, "Karim Benali")],
        id="almost-never-does-not-negate",
    ),
    pytest.param(
        "The attackers entered through an employee account, according to a person familiar with "
        "the investigation who was not authorized to speak publicly.",
        [Expect(S, "anonymous")],
        id="not-authorized-to-speak-does-not-negate",
    ),
    pytest.param(
        "The opposition does not accept the official count.",
        [Expect(S, "opposition", polarity="deny")],
        id="negated-stance-verb",
    ),
    pytest.param(
        "According to figures from the council, the measures will create 15,000 net jobs.",
        [Expect(F, "council", 15000)],
        id="figures-from-source",
    ),
    pytest.param(
        "According to figures from the council, the measures will create 15,000 net jobs, "
        "against the 45,000 claimed by the finance ministry.",
        [Expect(F, "council", 15000), Expect(F, "finance ministry", 45000)],
        id="figure-given-to-the-agent-behind-it",
    ),
    pytest.param(
        "The central bank of Estravia cut its 2027 growth forecast to 0.9% from 1.4%.",
        [Expect(F, "~central bank", 0.9), Expect(F, "~central bank", 1.4)],
        id="cut-its-forecast-to",
    ),
    pytest.param(
        "The regional health agency's own figures show 312 confirmed cases.",
        [Expect(F, "~regional health agency", 312)],
        id="possessive-own-figures",
    ),
    pytest.param(
        "Estravia's finance minister, Helena Vasko, unveiled a budget on Tuesday that she said "
        "would cut the deficit to 3.2% of GDP.",
        [Expect(F, "Estravia", 3.2)],
        id="pronoun-refers-to-the-sentence-subject",
    ),
    pytest.param(
        "The Meteorological Service said the storm brought sustained winds of 215 kilometers "
        "per hour.",
        [Expect(F, "~Meteorological Service", 215)],
        id="per-hour-is-not-a-source",
    ),
    pytest.param(
        "Aerovia, the Valdorian carrier, said 380,000 customers were affected. In an updated "
        "statement, the company acknowledged that up to 1.2mn records could be affected. No "
        "payment card details were compromised, the carrier said.",
        [Expect(F, "Aerovia", 1200000, hedged=True), Expect(S, "Aerovia", polarity="deny")],
        id="generic-noun-for-the-organisation-that-spoke",
    ),
    pytest.param(
        "At least 12 people were killed, said Anna Berg, a spokesperson for the Red Cross.",
        [Expect(F, "Red Cross", 12)],
        id="inverted-speaker-speaks-for-a-two-word-name",
    ),
    # A definite description of a person stands for the name given just before.
    pytest.param(
        "Among the riders named is the Czech Karel Vondra, 27. The rider denied the allegations.",
        [Expect(D, "Karel Vondra", polarity="deny")],
        id="description-the-rider",
    ),
    pytest.param(
        "The candidate denied the allegations.",
        [Expect(D, "~candidate", polarity="deny")],
        id="description-without-a-name",
    ),
    # The body before a representative role is the source.
    pytest.param(
        '"Someone wanted this in the papers," Lumera-Castel general manager Pierre-Alain '
        "Moreac said, adding that 14 riders had been tested.",
        [Expect(F, "Lumera-Castel", 14)],
        id="body-before-representative-role",
    ),
    pytest.param(
        "He accused the town hall of rigging the vote, a charge the mayor's office called "
        '"defamatory".',
        [Expect(D, "mayor's office", polarity="deny", hedged=None)],
        id="noun-answered-is-no-source",
    ),
    pytest.param(
        "The company said the allegations were groundless.",
        [Expect(D, "company", polarity="deny")],
        id="denial-term-groundless",
    ),
    # A negated stance only the accused can take is a denial, not a third party's negation.
    pytest.param(
        "The agency says it has nothing to hide.",
        [Expect(D, "~agency", polarity="deny")],
        id="self-denial-nothing-to-hide",
    ),
    pytest.param(
        '"We\'ve done nothing wrong," the club said.',
        [Expect(D, "~club", polarity="deny")],
        id="self-denial-done-nothing-wrong",
    ),
    pytest.param(
        "Police said the driver was not responsible.",
        [Expect(S, "police", polarity="deny")],
        id="third-party-negation-stays-a-statement",
    ),
]

# A figure contested or rejected (annotation guidelines: kind figure, polarity deny, the
# contested value), multipliers as figures, and a stance beside a figure (own sentences and
# devset4).
CASES += [
    pytest.param(
        'The Delvaux camp insists that "well over half" of voters went to the polls, a claim the '
        "prefecture says is not borne out by the registers.",
        [Expect(F, "~Delvaux", 50), Expect(F, "~prefecture", 50, polarity="deny")],
        id="contested-figure-same-sentence",
    ),
    pytest.param(
        "The union said 5,000 people marched in Lyon, a figure the police said was not credible.",
        [Expect(F, "~union", 5000), Expect(F, "~police", 5000, polarity="deny")],
        id="contested-figure-not-credible",
    ),
    pytest.param(
        "The electoral commission said it had examined complaints about 14 proxy votes, not 600.",
        [Expect(F, "~commission", 14), Expect(F, "~commission", 600, polarity="deny")],
        id="rejected-figure-not-N",
    ),
    pytest.param(
        "Researchers at the University of Bréval said they measured an average of 240 "
        "microplastic particles per cubic meter in the city center, and roughly double that "
        "along major roads.",
        [Expect(F, "~Researchers", 240), Expect(F, "~Researchers", 2)],
        id="multiplier-roughly-double",
    ),
    pytest.param(
        'His lawyer, Sandrine Ollivro, said the level found in his sample was "half" the '
        "threshold applied in comparable cases.",
        [Expect(F, "~Ollivro", 0.5)],
        id="multiplier-half-the-threshold",
    ),
    pytest.param(
        "It also said its retaliation had killed at least 11 Pakistani soldiers, a claim "
        'Pakistan\'s military dismissed as "pure fiction".',
        [Expect(F, "~Pakistan", 11, polarity="deny")],
        id="contested-figure-of-an-unresolved-speaker",
    ),
    pytest.param(
        "ISLAMABAD/NEW DELHI, Oct 5 (Reuters) - Pakistan's military said on Monday India had "
        "launched 27 drones across the disputed frontier in Kashmir overnight.",
        [Expect(F, "~Pakistan", 27)],
        id="dateline-of-two-cities",
    ),
    pytest.param(
        "Prosecutors, who allege that Sarr oversaw the diversion of 13.2bn CFA francs, have "
        "asked for a 10-year prison sentence, a court official said.",
        [
            Expect(F, "~prosecutor", 10),
            Expect(F, "~prosecutor", 13200000000),
            Expect(A, "~prosecutor"),
        ],
        id="prison-term-is-a-figure",
    ),
]


def test_a_figure_left_unconfirmed_is_not_denied() -> None:
    """ "could not yet confirm" takes no side: no denied figure for the officials."""
    text = (
        "The Red Cross said its volunteers had counted more than 40 bodies, a figure that "
        "government officials said they could not yet confirm."
    )
    claims = extract_claims(text, "en")
    assert [c.attribution.canonical for c in claims if c.figure] == ["Red Cross"]
    assert all(c.polarity == "affirm" for c in claims)


def test_a_named_accuser_in_a_denial_makes_an_accusation() -> None:
    text = "The army denied allegations by Human Rights Watch of abuses in the camps."
    kinds = {(c.kind, c.attribution.canonical) for c in extract_claims(text, "en")}
    assert ("accusation", "Human Rights Watch") in kinds


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied allegations of torture made by rights groups.",
        "The University rejected accusations by a plastics industry group that the study was "
        "tainted.",
    ],
)
def test_a_charge_or_an_unnamed_accuser_in_a_denial_makes_no_accusation(text: str) -> None:
    assert all(c.kind != "accusation" for c in extract_claims(text, "en"))


def test_a_headline_accusation_without_author_takes_the_body_accusation_of_that_charge() -> None:
    text = (
        "Microplastics study accused of conflict of interest\n\n"
        "The environment ministry accused manufacturers of playing down the problem. "
        "Plastalliance accused one of the study's co-authors of a conflict of interest."
    )
    headline = [c for c in extract_claims(text, "en") if c.start == 0]
    assert [(c.kind, c.attribution.canonical) for c in headline] == [
        ("accusation", "Plastalliance")
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"There are very serious indications of arson," the minister told state broadcaster ERT.',
        "Greek officials have said the fire was deliberately set.",
        "India's army said Pakistani troops fired first.",
        "The opposition said the charges were politically motivated.",
    ],
)
def test_arson_and_firing_first_are_blame(text: str) -> None:
    assert "accusation" in {c.kind for c in extract_claims(text, "en")}


def test_a_request_is_the_requester_s_figure() -> None:
    text = "Prosecutors sought a 10-year prison sentence for the former director."
    claims = extract_claims(text, "en")
    assert [(c.kind, c.figure.value if c.figure else None) for c in claims] == [("figure", 10)]


def test_a_denial_of_another_act_keeps_its_kind() -> None:
    """Without an anaphor naming the figure, a denial beside it is about something else."""
    text = "Hamas said 500 people were killed in an Israeli strike; Israel denied responsibility."
    claims = extract_claims(text, "en")
    denial = [c for c in claims if c.attribution.canonical.startswith("Israel")]
    assert [(c.kind, c.figure) for c in denial] == [("denial", None)]


NEGATIVES = [
    "About 500 Palestinians were killed in a blast at a Gaza hospital on Tuesday (Oct 17).",
    "At least 500 people were killed.",
    "US President Joe Biden meets Israeli Prime Minister Benjamin Netanyahu in Tel Aviv on "
    "October 18, 2023, amid the Israel-Hamas war.",
    "Several hospitals in Gaza have become refuges for hundreds of people hoping to evade "
    "attacks after Israel ordered all residents of the city to evacuate.",
    "Photos said to have been from the hospital shared widely on social media showed fire "
    "overtaking the building.",
    "The blast was the bloodiest single incident in Gaza since Israel launched an unrelenting "
    "bombing campaign on Oct 7.",
    "The 34-year-old was arrested at 10 p.m. on Jan. 5, 2024.",
    "Article 5 of the treaty commits members to mutual defence.",
    "Reuters could not independently verify who was responsible for the blast.",
    "The strike occurred at around 1700 GMT Tuesday.",
    "Police have not said whether the fire was deliberate.",
    "The town, founded in 1850, counts about 12,000 residents.",
    "Forty ballots were rejected at the last count.",
    # "accepted" states a stance only under negation.
    "The committee accepted the proposal on Monday.",
    # A figure-only verb without a figure says nothing.
    "Photos shared widely on social media showed fire overtaking the building.",
    # A headline's bare past participle is passive: nobody speaks.
    "Civilian toll disputed",
    # An inquiry under way or an admitted uncertainty asserts nothing.
    "He said it is still unclear whether the hospital was hit by an air strike.",
    "Israeli military spokesman Daniel Hagari told the AP that the army is looking into the "
    "reported strike.",
]


# Reporting constructions by class (own sentences): colon and "that" attributions, findings,
# polls, person nouns as speakers, aspectual verbs, decimal commas, refusals to comment.
CASES += [
    pytest.param(
        "The mayor was adamant: no school would close in September.",
        [Expect(S, "~mayor", polarity="deny")],
        id="colon-was-adamant",
    ),
    pytest.param(
        "The whistleblower is convinced that at least 12 riders were doped.",
        [Expect(F, "~whistleblower", 12)],
        id="is-convinced-that",
    ),
    pytest.param(
        "The study found that the risk rose by 12% among heavy users.",
        [Expect(F, "~study", 12)],
        id="study-found-that",
    ),
    pytest.param(
        "The survey finds no evidence that the policy reduced crime.",
        [Expect(S, "~survey", polarity="deny")],
        id="survey-finds-no-evidence",
    ),
    pytest.param(
        "The poll put support for the Labour candidate at 41%.",
        [Expect(F, "~poll", 41)],
        id="poll-put-at",
    ),
    pytest.param(
        "The athlete denied taking any banned substance.",
        [Expect(D, "~athlete", polarity="deny")],
        id="person-noun-denies-gerund",
    ),
    pytest.param(
        "The rider's team continued to deny any wrongdoing.",
        [Expect(D, "~team", polarity="deny")],
        id="aspectual-continued-to-deny",
    ),
    pytest.param(
        "The rival alleges proxy fraud in three polling stations.",
        [Expect(A, "~rival")],
        id="rival-alleges",
    ),
    pytest.param(
        "Having said that the plant was safe, the company later admitted that 40 workers had "
        "been exposed.",
        [Expect(F, "~company", 40)],
        id="having-said-is-no-subject",
    ),
    pytest.param(
        "The company reported a loss of €2,5 million.",
        [Expect(F, "~company", 2500000)],
        id="decimal-comma-in-english-copy",
    ),
    pytest.param(
        "At least 14 people were injured, three of them seriously, the local fire service said.",
        [Expect(F, "~fire service", 14), Expect(F, "~fire service", 3)],
        id="trailing-said-after-a-long-clause",
    ),
    pytest.param(
        "The candidate says the election was stolen.",
        [Expect(A, "~candidate")],
        id="stolen-election-is-an-accusation",
    ),
    pytest.param(
        "A survey by the Ipsoval institute put the mayor at 51%.",
        [Expect(F, "~Ipsoval", 51)],
        id="survey-by-x-is-x",
    ),
    pytest.param(
        "The club says it has nothing to hide.",
        # Its own negation is the denial (self_denial_terms), as the devset4 gold reads it.
        [Expect(D, "~club", polarity="deny")],
        id="nothing-to-hide-is-negative",
    ),
    pytest.param(
        "Sources close to the investigation said the network had been under surveillance for "
        "eight months.",
        [Expect(F, "anonymous", 8)],
        id="span-of-time-is-the-only-figure",
    ),
    pytest.param(
        "The minister rejected the criticism, saying warnings had been broadcast for three days.",
        [Expect(D, "~minister", polarity="deny"), Expect(F, "~minister", 3)],
        id="denial-kept-beside-a-span-of-time",
    ),
    pytest.param(
        "The mayor, 45, said that the city was ready.",
        [Expect(S, "~mayor")],
        id="age-apposition-and-that-is-no-inversion",
    ),
    pytest.param(
        "A survey by the Ipsoval institute gave Delvaux 54%, while one by Opinia had Castagnet "
        "ahead with 51%.",
        [Expect(F, "~Ipsoval", 54), Expect(F, "~Opinia", 51)],
        id="poll-gave-and-had-ahead-with",
    ),
    pytest.param(
        "Its rival Opinia, which had the mayor on 51 per cent, has kept a lower profile.",
        [Expect(F, "Opinia", 51)],
        id="poll-had-x-on",
    ),
    pytest.param(
        "The team renewed its charge that the agency had leaked results.",
        [Expect(A, "~team")],
        id="light-verb-renewed-its-charge",
    ),
    pytest.param(
        "Karel Vondra, 27, the highest-profile rider involved, maintains his innocence.",
        [Expect(D, "Karel Vondra", polarity="deny")],
        id="age-between-commas-is-no-subject-part",
    ),
    # A participle with no reporting verb before it is the sentence subject's stance, also
    # when the main verb is a bare past form ("filed").
    pytest.param(
        "The regional governor, Eleni Markantonaki, has gone further, accusing Alkyoni Solar, a "
        'developer that owns land on the southern slope, of having "an obvious interest" in '
        "clearing it.",
        [Expect(A, "Eleni Markantonaki")],
        id="participle-after-a-non-reporting-verb",
    ),
    pytest.param(
        "The opposition party filed a lawsuit on Tuesday, accusing the mayor of rigging the "
        "tender.",
        [Expect(A, "~opposition party")],
        id="participle-after-a-bare-past-verb",
    ),
    pytest.param(
        "A citizens' group opposed to a lithium mine filed a complaint with the province's chief "
        "electoral officer on Monday, alleging that hundreds of ineligible voters took part in "
        "the vote.",
        [Expect(A, "~citizens' group", hedged=None)],
        id="filed-a-complaint-alleging-that",
    ),
    pytest.param(
        "The minister presented a budget which, she said, would cut the deficit to 3.2%.",
        [Expect(F, "~minister", 3.2)],
        id="pronoun-cue-takes-a-bare-past-subject",
    ),
    # Lexicon phrases inside single quotes still count (the quote is no elision).
    pytest.param(
        "The opposition leader said the verdict was 'political revenge' by the government.",
        [Expect(A, "~opposition leader")],
        id="accusation-term-in-single-quotes",
    ),
    pytest.param(
        "The company said the figures were 'baseless' and would be challenged in court.",
        [Expect(D, "~company", polarity="deny")],
        id="denial-term-in-single-quotes",
    ),
    # Negative: a quoted word that is no stance term stays a statement.
    pytest.param(
        "The mayor said the decision was 'premature'.",
        [Expect(S, "~mayor")],
        id="single-quoted-word-no-stance",
    ),
    # A count found by an audit, a study or an inquiry is its finding, and the report's
    # author's (a document noun after its issuer is the issuer).
    pytest.param(
        "The audit court's report, which first raised the alarm in 2025, found 118 boreholes "
        "that had been paid for but never drilled.",
        [Expect(F, "audit court", 118)],
        id="report-found-a-count",
    ),
    pytest.param(
        "Investigators found nearly 240 cases of abuse at the school.",
        [Expect(F, "~investigators", 240)],
        id="inquiry-found-nearly-n",
    ),
    pytest.param(
        "The minister received a report saying that 40 schools were closed.",
        [Expect(F, "~report", 40)],
        id="a-report-saying-that",
    ),
    # A denial word that is no negation denies what the clause before negated.
    pytest.param(
        '"No drones were used by our troops. This is a fabrication," an army officer in '
        "Srinagar told Reuters.",
        [Expect(D, "~army officer", polarity="deny")],
        id="negation-then-fabrication-is-a-denial",
    ),
    # Negative: a third party's "not responsible" only negates.
    pytest.param(
        "The coroner said the company was not responsible for the leak.",
        [Expect(S, "~coroner", polarity="deny")],
        id="third-party-not-responsible-stays-a-statement",
    ),
    # Calling a claim propaganda or a fabrication, quoted or not, denies it.
    pytest.param(
        'Indian officials have called the drone claims "propaganda."',
        [Expect(D, "~Indian officials", polarity="deny")],
        id="called-the-claims-propaganda",
    ),
    pytest.param(
        "The ministry called the report 'a fabrication'.",
        [Expect(D, "~ministry", polarity="deny")],
        id="called-the-report-a-fabrication",
    ),
]


def test_a_bare_surname_is_the_full_name_given_before() -> None:
    text = (
        "Former director Mamadou Lamine Sarr went on trial on Monday. Sarr denied giving any "
        "such instruction."
    )
    assert [c.attribution.canonical for c in extract_claims(text, "en")] == ["Mamadou Lamine Sarr"]


def test_a_bare_name_with_no_full_name_before_stays_itself() -> None:
    text = "Mamadou Sarr went on trial on Monday. Kebe denied giving any such instruction."
    assert [c.attribution.canonical for c in extract_claims(text, "en")] == ["Kebe"]


def test_a_parallel_sentence_goes_on_with_the_report_before() -> None:
    text = (
        "Hélène Castagnet took 50.6% of the vote, the regional prefecture said. Her rival, Marc "
        "Delvaux, finished with 49.4%, a gap of 412 ballots."
    )
    claims = extract_claims(text, "en")
    assert [(c.figure.value, c.attribution.canonical) for c in claims if c.figure] == [
        (50.6, "prefecture"),
        (49.4, "prefecture"),
        (412, "prefecture"),
    ]


@pytest.mark.parametrize(
    "background",
    [
        # Dated background, a vague or approximate description: the journalist's.
        "In the first round, on March 15, she had won 41.2% of the vote.",
        "The city, which has about 90,000 residents, elected its council in 2020 with 38%.",
        "Turnout in the region usually stands at about 45%.",
    ],
)
def test_background_after_a_report_stays_unattributed(background: str) -> None:
    text = f"Hélène Castagnet took 50.6% of the vote, the regional prefecture said. {background}"
    claims = extract_claims(text, "en")
    assert [c.figure.value for c in claims if c.figure] == [50.6]


@pytest.mark.parametrize(
    ("report", "background"),
    [
        # A descriptive present after a reported count: the journalist's background.
        ('"We evacuated 2,000 people," the mayor said.', "The town has 40,000 inhabitants."),
        (
            "The mayor said 2,000 residents had been evacuated.",
            "The town is home to 40,000 people.",
        ),
        (
            "The union said 300 workers would lose their jobs.",
            "The plant employs 1,200 workers.",
        ),
        (
            "Police said 600 people were moved out of their homes overnight.",
            "The district counts 9,000 residents.",
        ),
    ],
)
def test_a_descriptive_present_is_not_the_previous_speaker_s(report: str, background: str) -> None:
    claims = extract_claims(f"{report} {background}", "en")
    assert [c.sentence for c in claims] == [report]


@pytest.mark.parametrize(
    "continuation",
    [
        "Her rival got 49.4%.",
        "Her rival finished with 49.4%.",
        "Turnout was 61%.",
    ],
)
def test_a_narrated_continuation_stays_the_previous_speaker_s(continuation: str) -> None:
    text = f"Hélène Castagnet took 50.6% of the vote, the regional prefecture said. {continuation}"
    claims = extract_claims(text, "en")
    assert [c.attribution.canonical for c in claims] == ["prefecture", "prefecture"]


def test_he_names_the_last_person_not_the_institution() -> None:
    text = (
        "Marc Delvaux said at least 600 proxies were suspect. The prefecture says he lost by "
        '412 votes. "We are talking about hundreds of forged proxies," he said.'
    )
    last = extract_claims(text, "en")[-1]
    assert last.sentence.endswith("he said.")
    assert last.attribution.canonical == "Marc Delvaux"


NEGATIVES += [
    # A hyphenated duration is no age: the sentence stays a narrated act (devset3).
    "Prime Minister Ana Leota declared a 30-day state of emergency and appealed for "
    "international help.",
    "A ministry spokesman declined to say whether new rules were being considered.",
    "According to our information, the commission met on Sunday night.",
    "Today, the former soigneur speaks.",
    "The minister declined to comment.",
    "Was the mayor lying? Nobody knows.",
    # "had … at" is no poll idiom: the agency's teams registering arrivals is a fact here.
    "The agency's teams had registered new arrivals at 14 reception centres.",
    # A participle that reports nothing leaves a subject that is no speaker silent.
    "The storm hit the coast on Monday, flooding the harbour.",
    # "found" before no number reports nothing.
    "Rescuers found the missing hikers on Sunday.",
    # A target or aim is no assertion of fact (the request verbs are for figures someone
    # asks a court or a body to set: "prosecutors sought 10 years").
    "The walkout comes as the government seeks 3 billion pounds in savings in its budget.",
    "The Treasury is seeking £3bn of spending cuts from departments.",
    "The council is seeking to cut 200 jobs by 2026.",
    "The hospital trust sought £40m in efficiency savings last year.",
]


# Source spans: what stands between the speaker and the verb, or before the speaker, is no
# part of the source (devset8, devset11, devset12, devset13 sentences and wire-style ones).
CASES += [
    pytest.param(
        "Lena, a 29-year-old nurse, told the BBC her rent had gone up by €180 a month in January.",
        # Given by first name and age only, she is an unnamed private person (devset13 gold).
        [Expect(F, "anonymous", 180)],
        id="age-compound-apposition-is-no-count-and-told-takes-no-inverted-subject",
    ),
    pytest.param(
        "Tomas Novak, a 34-year-old driver, told Reuters he had counted 12 ambulances.",
        [Expect(F, "Tomas Novak", 12)],
        id="age-compound-apposition-written",
    ),
    pytest.param(
        "On Thursday the governor had said over 200,000 households were affected; Valenergo "
        "had put the number at 180,000.",
        [Expect(F, "governor", 200000), Expect(F, "Valenergo", 180000)],
        id="leading-time-phrase-is-not-the-subject",
    ),
    pytest.param(
        "It now says 218 people were on board, while fire officers at the scene continue to "
        "speak of about 230.",
        [Expect(F, "fire officers at the scene", 230)],
        id="aspectual-continue-to-is-not-the-subject",
    ),
    pytest.param(
        "It again accused the town hall of ignoring compensation claims, an accusation "
        'Castagne called "baseless".',
        [Expect(D, "Castagne", polarity="deny")],
        id="answered-noun-is-no-part-of-the-source",
    ),
    pytest.param(
        "The dispute comes as Paris prepares to write the directive into national law, a "
        "process the minister said would be completed before the end of the year.",
        [Expect(S, "minister")],
        id="reduced-relative-any-noun",
    ),
    pytest.param(
        "The strike will be over by Friday, a forecast the union said was premature.",
        [Expect(S, "union")],
        id="reduced-relative-written",
    ),
    pytest.param(
        "In a statement, the prefect Jean Dupont said 12 people were hurt.",
        [Expect(F, "Jean Dupont", 12)],
        id="a-role-before-a-name-is-no-answered-noun",
    ),
    pytest.param(
        "The watchdog put the deficit at 5.1%, above the 4.7% targeted by the government.",
        [Expect(F, "watchdog", 5.1), Expect(F, "government", 4.7)],
        id="a-targeted-figure-is-its-agent-s",
    ),
    pytest.param(
        "The union counted 3,000 marchers, against the 1,200 reported last night by police.",
        [Expect(F, "~union", 3000), Expect(F, "~police", 1200)],
        id="an-adverbial-between-participle-and-agent",
    ),
    pytest.param(
        "The Union of Autonomous Couriers (UCA) said 1,500 couriers had been switched off.",
        [Expect(F, "UCA", 1500)],
        id="capitals-after-a-link-word-are-a-body-not-a-person",
    ),
    pytest.param(
        "Senator Maria Lopez (D) said the program would cost $40 million.",
        [Expect(F, "Maria Lopez", 40000000)],
        id="a-party-after-a-name-is-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_claim(text: str) -> None:
    check(text, "en", [])


# Unseen-text classes (devset6 and own sentences): a number inside a relative clause about
# the subject, a count verb before a spelled number, a participle set off after the name.
RELATIVE_AND_COUNT_CASES = [
    pytest.param(
        "Castagnier, who has run the town of 18,500 since 2014, rejected the allegations.",
        [Expect(D, "~Castagnier", polarity="deny")],
        id="number-in-relative-clause-about-subject",
    ),
    pytest.param(
        "The mayor, who has governed the city of 120,000 since 2008, denied the claims.",
        [Expect(D, "~mayor", polarity="deny")],
        id="number-in-relative-clause-own",
    ),
    pytest.param(
        "The union said the toll was higher. It counts nine deaths.",
        [Expect(F, "~union", 9)],
        id="counts-spelled-number",
    ),
    pytest.param(
        "The families' association counts three hospitalisations linked to the cheese.",
        [Expect(F, "~association", 3)],
        id="counts-spelled-number-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_AND_COUNT_CASES)
def test_relatives_and_counts(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)


def test_a_number_in_a_relative_clause_about_the_speaker_is_no_claim() -> None:
    text = "Castagnier, who has run the town of 18,500 since 2014, rejected the allegations."
    assert [c.figure for c in extract_claims(text, "en")] == [None]


def test_a_described_noun_does_not_take_the_name_on_the_next_line() -> None:
    # The headline's last word and the dateline's city are not "study PARIS".
    text = (
        "University denies conflict of interest over microplastics study\n\n"
        "PARIS, Oct 8 (Reuters) - The university rejected the accusations on Thursday.\n\n"
        "The study estimated that the air contains 240 particles."
    )
    study = [c for c in extract_claims(text, "en") if c.figure is not None]
    assert study and all(c.attribution.canonical != "France" for c in study)


# Figures a body puts, maintains or ties to a cause (devset6 and own sentences).
PUT_AND_LINK_CASES = [
    pytest.param(
        "The regional health authority for Bourgogne-Franche-Comté, where the company is "
        "based, put the number of local cases at nine.",
        [Expect(F, "~health authority", 9)],
        id="put-at-after-where-clause",
    ),
    pytest.param(
        "The audit court has put the value of public contracts awarded without competitive "
        "tender between 2020 and 2025 at €7.1 million.",
        [Expect(F, "~audit court", 7100000)],
        id="put-long-object-at",
    ),
    pytest.param(
        "The opposition group stands by its estimate of nearly €11 million.",
        [Expect(F, "~opposition", 11000000, hedged=None)],
        id="stands-by-its-estimate",
    ),
    pytest.param(
        "The union stood by its count of 18 workers in the collapsed sector.",
        [Expect(F, "~union", 18)],
        id="stood-by-its-count",
    ),
    pytest.param(
        "France links two deaths to listeria in cheese and cured meats",
        [Expect(F, "France", 2)],
        id="headline-links-deaths-to",
    ),
    pytest.param(
        "The health ministry has linked three deaths to the contaminated batch.",
        [Expect(F, "~ministry", 3)],
        id="has-linked-deaths-to",
    ),
]

PUT_AND_LINK_NEGATIVES = [
    "Police put pressure on the protesters at the square.",
    "The new bridge links 40 villages to the regional capital.",
]


@pytest.mark.parametrize(("text", "expected"), PUT_AND_LINK_CASES)
def test_put_stand_by_and_link(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", PUT_AND_LINK_NEGATIVES)
def test_put_stand_by_and_link_negatives(text: str) -> None:
    check(text, "en", [])


# A document read through to its author; the rest of a group and a partitive's whole
# counted (own sentences).
DOCUMENT_AND_PARTITIVE_CASES = [
    pytest.param(
        "Thirteen people were hospitalised, according to figures published on Wednesday by "
        "the Food Standards Agency.",
        [Expect(F, "~Food Standards Agency", 13)],
        id="figures-published-on-day-by",
    ),
    pytest.param(
        "Of the seven miners still trapped, five reached a refuge chamber, the company said.",
        [Expect(F, "~company", 7), Expect(F, "~company", 5)],
        id="partitive-of-the-seven-five",
    ),
    pytest.param(
        "The three others were released without charge, the prosecutor said.",
        [Expect(F, "~prosecutor", 3)],
        id="the-three-others",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_AND_PARTITIVE_CASES)
def test_documents_and_partitives(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)


def test_a_back_reference_is_still_no_count() -> None:
    claims = extract_claims("The two countries signed a deal, the ministry said.", "en")
    assert [c.figure for c in claims] == [None]


# A subject counted by its members, a unit glued to its number, a headline revision without
# a determiner (devset6, own sentences).
SUBJECT_AND_UNIT_CASES = [
    pytest.param(
        "A collective representing about 40 families said on Wednesday that the true toll was "
        "higher. It counts six deaths.",
        [Expect(S, "~collective"), Expect(F, "~collective", 6)],
        id="subject-counted-by-its-members",
    ),
    pytest.param(
        "A group representing 3,000 farmers said prices had collapsed.",
        [Expect(S, "~group")],
        id="subject-counted-by-its-members-own",
    ),
    pytest.param(
        "The collapse happened at the 1,220-metre level, according to the company.",
        [Expect(F, "~company", 1220)],
        id="hyphen-glued-metre",
    ),
    pytest.param(
        "A 40-tonne truck overturned on the bridge, police said.",
        [Expect(F, "~police", 40)],
        id="hyphen-glued-tonne",
    ),
    pytest.param(
        "Audit court lowers tally of no-tender contracts at town hall to €7.1m",
        [Expect(F, "~Audit court", 7100000)],
        id="headline-lowers-tally-to",
    ),
]

SUBJECT_AND_UNIT_NEGATIVES = [
    # A span of time glued to its number is no count.
    "An 11-day strike ended on Monday.",
    "A 45-year-old man was arrested.",
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_AND_UNIT_CASES)
def test_subjects_and_units(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", SUBJECT_AND_UNIT_NEGATIVES)
def test_subjects_and_units_negatives(text: str) -> None:
    check(text, "en", [])


# A stressed "only one" is a count of one (devset6, own sentences).
STRESSED_ONE_CASES = [
    pytest.param(
        "In a statement, the company said only one sample had tested positive.",
        [Expect(F, "~company", 1)],
        id="only-one-sample",
    ),
    pytest.param(
        "The company said seven workers were trapped and one was dead.",
        [Expect(F, "~company", 7), Expect(F, "~company", 1)],
        id="and-one-was-dead",
    ),
    pytest.param(
        "The council has received just one formal complaint, a spokesman said.",
        [Expect(F, "anonymous", 1)],
        id="just-one-complaint",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRESSED_ONE_CASES)
def test_stressed_one(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)


def test_one_as_a_pronoun_is_no_count() -> None:
    claims = extract_claims("One of the miners died, the company said.", "en")
    assert [c.figure for c in claims] == [None]


# A complaint with a target or a charge is an accusation (own sentences).
COMPLAINT_CASES = [
    pytest.param(
        "The families filed a lawsuit against the company over the contamination.",
        [Expect(A, "~families")],
        id="filed-lawsuit-against",
    ),
]

COMPLAINT_NEGATIVES = [
    # Background about the speaker, and a bare complaint, are no claims.
    "Anticor, which filed a complaint against the mayor in March, held a meeting on Tuesday.",
    "The neighbourhood committee filed a complaint with the prefecture on Monday.",
]


@pytest.mark.parametrize(("text", "expected"), COMPLAINT_CASES)
def test_complaints(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", COMPLAINT_NEGATIVES)
def test_complaints_negatives(text: str) -> None:
    check(text, "en", [])


# The subject's own verb quoted by the writer still governs the sentence (own sentences).
def test_a_quoted_verb_keeps_its_subject() -> None:
    check(
        'The company "categorically denies" the allegations.',
        "en",
        [Expect(D, "~company", polarity="deny")],
    )


def test_a_long_subject_keeps_its_head_before_a_restrictive_relative() -> None:
    text = (
        "Families of people who fell ill in a listeria outbreak linked to a French cheese and "
        "charcuterie maker have accused the company of ignoring positive test results."
    )
    check(text, "en", [Expect(A, "~Families")])


# A conjunction inside a reported clause keeps its figures reported; a relative clause about
# someone stays background (devset6, devset2, own sentences).
def test_a_because_clause_inside_what_is_reported_is_reported() -> None:
    text = (
        "The union said on Tuesday that the real number of trapped miners was nine, because "
        "two contract drillers were missing from the company's list."
    )
    check(text, "en", [Expect(F, "~union", 9), Expect(F, "~union", 2)])


def test_a_relative_clause_inside_what_is_reported_stays_background() -> None:
    text = (
        "The opposition leader said the reports proved the government had lied, adding that "
        "his party, which holds 61 of the 150 seats in parliament, would table a motion."
    )
    assert all(c.figure is None for c in extract_claims(text, "en"))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("India and Pakistan blamed each other for the violence.", "India and Pakistan"),
        (
            "Fighting resumed between the army and the rebels. Each side blames the other for "
            "the collapse of the truce.",
            "army and rebels",
        ),
        (
            "Clashes broke out on Tuesday between Israel and Hezbollah. Both sides accused each "
            "other of firing first.",
            "Israel (government/IDF) and Hezbollah",
        ),
        ("Russia and Ukraine traded blame for the attack.", "Russia and Ukraine"),
    ],
)
def test_reciprocal_blame_is_an_accusation_by_each_party(text: str, source: str) -> None:
    claims = extract_claims(text, "en")
    first, second = source.split(" and ")
    assert [(c.kind, c.attribution.canonical, c.extras.get("accused")) for c in claims] == [
        ("accusation", first, second),
        ("accusation", second, first),
    ]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # Present-tense headlines: a bare verb form that is also a noun reports a clause.
        ("Whistleblower claims team doped riders", ("statement", "Whistleblower")),
        ("Lawyer claims Smith was framed", ("statement", "Lawyer")),
        ("Union says 40,000 marched", ("figure", "Union")),
        ("Minister denies cover-up", ("denial", "Minister")),
    ],
)
def test_present_tense_headlines(headline: str, expected: tuple[str, str]) -> None:
    text = f"{headline}\n\nThe race starts in Lyon on Sunday."
    claims = extract_claims(text, "en")
    assert [(c.kind, c.attribution.canonical) for c in claims] == [expected]


@pytest.mark.parametrize(
    "headline",
    [
        "Team claims victory in final",
        "Oil spill claims lives of 300 seabirds",
        "Insurance claims from farmers jumped 5% last year",
        "Storm claims three lives",
    ],
)
def test_a_noun_or_non_report_claims_in_a_headline_is_no_claim(headline: str) -> None:
    assert extract_claims(f"{headline}\n\nThe race starts in Lyon on Sunday.", "en") == []


def test_a_noun_like_form_before_its_own_verb_stays_a_noun() -> None:
    text = (
        'Dresner dismissed the pledge, telling reporters that "barely 10,000" posts would be '
        "created."
    )
    claims = extract_claims(text, "en")
    assert [c.attribution.canonical for c in claims] == ["Dresner"]


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        ("A toll of 40 was given on Monday by health officials.", "~health officials", 40),
        ("The toll was put at 40 by the regional health agency.", "~health agency", 40),
        (
            "Seven years in prison were sought by prosecutors against the former mayor.",
            "prosecutor's office",
            7,
        ),
        # An agentless request: the prosecution the story named, else the prosecution.
        pytest.param(
            "The Serious Fraud Office brought the case in 2021. A fine of £2m was sought against "
            "the company.",
            "Serious Fraud Office",
            2_000_000,
            marks=AGENTLESS_REQUEST_OFF,
        ),
        pytest.param(
            "The trial opened on Monday. Seven years in prison were sought against the former "
            "mayor on Wednesday.",
            "prosecutor's office",
            7,
            marks=AGENTLESS_REQUEST_OFF,
        ),
    ],
)
def test_passive_estimates_and_requests_are_their_agent_s(
    text: str, source: str, value: float
) -> None:
    check(text, "en", [Expect("figure", source, value, hedged=None)])


@pytest.mark.parametrize(
    "text",
    [
        "Damage was estimated at £2m by 2030.",
        "The cost was estimated at £40 by household.",
        "Prices were cut by 3% on Monday.",
    ],
)
def test_a_rate_or_a_date_is_no_passive_agent(text: str) -> None:
    check(text, "en", [])


def test_each_side_stands_for_the_two_speakers_of_the_story() -> None:
    text = (
        "The Armenian defence ministry said two soldiers were killed. Azerbaijan's defence "
        "ministry said three of its soldiers were wounded. The Armenian defence ministry later "
        "said a third soldier had died. Azerbaijan's defence ministry denied any losses. Each "
        "side insists the other opened fire first."
    )
    last = [c for c in extract_claims(text, "en") if c.sentence.startswith("Each side")]
    assert [c.kind for c in last] == ["accusation", "accusation"]
    sides = [c.attribution.canonical for c in last]
    assert len(set(sides)) == 2
    assert all("defence ministry" in side.lower() for side in sides)
    assert [c.extras["accused"] for c in last] == sides[::-1]


def test_each_side_without_two_clear_sides_stays_as_written() -> None:
    text = "A ceasefire was agreed on Sunday. Each side insists the other opened fire first."
    claims = extract_claims(text, "en")
    assert all(c.extras.get("reciprocal") is None for c in claims)


def test_each_side_stands_for_the_two_known_parties_named_together_before() -> None:
    text = (
        "Russia and Ukraine trade accusations after dam breach\n\n"
        "A UN agency said 40 villages were flooded. Local officials said 2,000 people fled. "
        "Each side insists the other blew up the dam."
    )
    last = [c for c in extract_claims(text, "en") if c.sentence.startswith("Each side")]
    assert [(c.attribution.canonical, c.extras["accused"]) for c in last] == [
        ("Russia", "Ukraine"),
        ("Ukraine", "Russia"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The government will invoke Article 50 of the treaty, a spokesman said.",
        "The crash happened at about 2.30pm, police said.",
        "The suspect, aged 34, was arrested on March 12, police said.",
        "A 68-year-old woman died, the prosecutor's office said.",
        "The summit will be held from June 3 to 5, the White House said.",
        "The law was passed in 2019 under Section 230, officials said.",
        "The fire broke out at 11:45 p.m. on Sunday, the fire service said.",
    ],
)
def test_no_figure_from_a_date_an_age_a_time_or_an_article_number(text: str) -> None:
    assert [c.figure for c in extract_claims(text, "en") if c.figure] == []


@pytest.mark.parametrize(
    ("text", "owner", "value"),
    [
        # A possessor's own figure inside another speaker's sentence is the possessor's.
        (
            "The fiscal council said the deficit was likely to reach 4.1% of GDP, well above the "
            "government's 3.2% target.",
            "government",
            3.2,
        ),
        (
            "Analysts said growth would reach 1.2%, below the central bank's 1.5% forecast.",
            "~central bank",
            1.5,
        ),
        ("The ministry's 40,000 estimate was disputed by the union.", "~ministry", 40_000),
    ],
)
def test_a_possessor_s_target_or_forecast_is_the_possessor_s(
    text: str, owner: str, value: float
) -> None:
    check(text, "en", [Expect("figure", owner, value, hedged=None)])


def test_a_possessive_before_a_plain_quantity_gives_it_no_owner() -> None:
    text = "Analysts said the company's 3,000 workers would keep their jobs."
    assert {c.attribution.canonical for c in extract_claims(text, "en")} == {"Analysts"}


@pytest.mark.parametrize(
    "text",
    [
        "Associated Press writer Tariq Mir reported from Muzaffarabad, Pakistan.",
        "Jane Doe contributed reporting from Paris.",
    ],
)
def test_a_byline_is_no_claim(text: str) -> None:
    check(text, "en", [])


def test_he_after_a_surname_is_that_person_not_an_earlier_full_name() -> None:
    text = (
        "Mamadou Lamine Sarr went on trial on Monday. Ndeye Coumba Faye said he had ordered "
        'the payments. Sarr denied giving any such instruction. "I never gave that order," he '
        "told the court."
    )
    last = extract_claims(text, "en")[-1]
    assert (last.kind, last.attribution.canonical) == ("denial", "Mamadou Lamine Sarr")


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        # A short sentence whose trailing "…, X said" reports the clause before it.
        ("About 2,000 people marched, police said.", "police", 2000),
        ("Twelve people died, police said.", "police", 12),
        ("Perhaps 2,000 people marched, organisers said.", "~organisers", 2000),
        ('"Shells fell all night, maybe 200 on our village," said Rafiq Dar.', "Rafiq Dar", 200),
    ],
)
def test_a_short_report_with_a_trailing_speaker(text: str, source: str, value: float) -> None:
    check(text, "en", [Expect("figure", source, value, hedged=None)])


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ('"Shells fell all night, maybe 200 on our village," said Rafiq Dar.', True),
        ("Perhaps 2,000 people marched, organisers said.", True),
        (
            "Pakistan's claim that it shot down 19 drones could not be independently verified.",
            False,
        ),
    ],
)
def test_maybe_hedges_and_an_unverified_caveat_does_not(text: str, hedged: bool) -> None:
    assert [c.hedged for c in extract_claims(text, "en") if c.figure] == [hedged]


def test_saying_someone_was_responsible_is_blame() -> None:
    text = "Rebels denied involvement, saying government forces were responsible."
    check(text, "en", [Expect("denial", "Rebels", polarity="deny"), Expect("accusation", "Rebels")])


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors sought 10 years for the former mayor.",
        "Prosecutors sought 10 years against Sarr.",
        "Prosecutors seek 10 years for ex-mayor",
    ],
)
def test_a_requested_term_without_prison_words_is_the_prosecution_s(text: str) -> None:
    check(text, "en", [Expect("figure", "prosecutor's office", 10)])


def test_a_span_of_work_for_a_company_is_no_term() -> None:
    text = "He worked 10 years for the company, his lawyer said."
    assert [c.figure for c in extract_claims(text, "en") if c.figure] == []


# A reply that dismisses what it judges is a denial: a dismissive word as the verdict
# ("called the claim 'a crude attempt…'", "dismissed the report as…", "These claims are
# false") or as the whole quoted reply ('"Nonsense," the ministry replied').
DISMISSAL_CASES = [
    pytest.param('"Nonsense," the ministry replied.', D, id="nonsense-replied"),
    pytest.param(
        "The ministry called the claim 'a crude attempt to smear the government'.",
        D,
        id="called-the-claim-a-crude-attempt",
    ),
    pytest.param(
        'Government spokesman Aristide Mbemba-Koua described the report as "pure fiction".',
        D,
        id="described-as-pure-fiction",
    ),
    pytest.param(
        '"These claims are false and irresponsible," the communication minister told reporters.',
        D,
        id="these-claims-are-false",
    ),
    pytest.param(
        '"This is a grotesque lie. Our air defence systems did not fire anywhere near the '
        'plant," Deputy Defence Minister Stefan Horak said.',
        D,
        id="this-is-a-grotesque-lie",
    ),
    pytest.param(
        "The port authority dismissed the figures as wildly exaggerated.",
        D,
        id="dismissed-as-exaggerated",
    ),
    # Negatives: evaluations that dismiss no claim; an accusation keeps its kind.
    pytest.param("The mayor called the flooding a disaster.", S, id="neg-called-a-disaster"),
    pytest.param(
        "The minister described the situation as critical.", S, id="neg-described-as-critical"
    ),
    pytest.param(
        "Prosecutors accused the firm of hiding losses, a charge its chief executive calls "
        '"absurd".',
        A,
        id="neg-accusation-with-a-dismissed-charge-stays-an-accusation",
    ),
]


@pytest.mark.parametrize(("text", "kind"), DISMISSAL_CASES)
def test_a_dismissive_reply_is_a_denial(text: str, kind: str) -> None:
    claims = extract_claims(text, "en")
    assert [c.kind for c in claims][:1] == [kind], [(c.kind, c.attribution.source) for c in claims]


# A figure of what someone did against a rule measures a charge against them: the gold keeps
# the figure and adds an accusation by the same source. A count of illegal things an authority
# records blames no one.
FIGURE_OF_A_CHARGE_CASES = [
    pytest.param(
        "Prosecutor says at least four storeys were added illegally; company's lawyer calls the "
        "claims baseless",
        [Expect(F, "prosecutor's office", 4), Expect(A, "prosecutor's office")],
        id="added-illegally",
    ),
    pytest.param(
        'The prosecutor said the developer was suspected of adding "at least four storeys" '
        "without a permit to the building.",
        [Expect(F, "~prosecutor", 4), Expect(A, "~prosecutor")],
        id="without-a-permit",
    ),
    pytest.param(
        "The residents' association said 12 unauthorised wells had been dug by the mining "
        "company since March.",
        [Expect(F, "~residents", 12), Expect(A, "~residents")],
        id="unauthorised-wells",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_OF_A_CHARGE_CASES)
def test_a_figure_of_a_charge_is_also_an_accusation(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)


def test_a_count_of_illegal_things_blames_no_one() -> None:
    claims = extract_claims("The ministry said 1,400 illegal buildings had been recorded.", "en")
    assert [c.kind for c in claims] == [F]


# Naming what caused the harm is blame; a fire that merely started is not.
CAUSE_CASES = [
    pytest.param(
        "The firefighters' union said sparks from the power line ignited dry scrubland.",
        [A],
        id="sparks-ignited",
    ),
    pytest.param(
        "Residents say a faulty transformer sparked the fire.", [A], id="sparked-the-fire"
    ),
    pytest.param(
        "The faculty union says she is being punished for speaking out.", [A], id="punished-for"
    ),
    pytest.param(
        "The fire service said the fire broke out shortly after 2 p.m.", [S], id="neg-broke-out"
    ),
]


@pytest.mark.parametrize(("text", "kinds"), CAUSE_CASES)
def test_naming_the_cause_of_the_harm_is_blame(text: str, kinds: list[str]) -> None:
    assert [c.kind for c in extract_claims(text, "en")] == kinds


def test_a_move_in_retaliation_is_no_blame() -> None:
    text = (
        "Dalmoria said on Sunday it was expelling five Estravian diplomats, in retaliation for "
        "what it described as the removal of its own envoys."
    )
    assert "accusation" not in [c.kind for c in extract_claims(text, "en")]


# "The same source" names no one new: it is the source named just before.
SAME_SOURCE_CASES = [
    pytest.param(
        "The ministry said 40 people had been evacuated. The same source said 12 people were "
        "injured.",
        [("ministry", 40), ("ministry", 12)],
        id="the-same-source",
    ),
    pytest.param(
        "The prefecture reported 1,200 evacuations. According to the same source, 650 "
        "firefighters were still deployed.",
        [("prefecture", 1200), ("prefecture", 650)],
        id="according-to-the-same-source",
    ),
    # Negative: with nobody named before, the words stay as written.
    pytest.param(
        "According to the same source, 12 people were injured.",
        [("same source", 12)],
        id="neg-nobody-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_SOURCE_CASES)
def test_the_same_source_is_the_one_named_before(
    text: str, expected: list[tuple[str, float]]
) -> None:
    claims = extract_claims(text, "en")
    assert [(c.attribution.canonical, figure_value(c)) for c in claims] == expected


# A count or a measure in the passive is its agent's figure ("recorded by the Met Office"),
# and never a statement without a figure; a manner ("by hand") or a rate is no agent.
PASSIVE_COUNT_CASES = [
    pytest.param(
        "Gusts of 110 km/h were recorded by Météo-France on Thursday evening.",
        [Expect(F, "Météo-France", 110)],
        id="recorded-by",
    ),
    pytest.param(
        "About 300 cases have been counted by the health agency since Monday.",
        [Expect(F, "~health agency", 300, hedged=None)],
        id="counted-by-since",
    ),
    pytest.param("Three cases a day were recorded by hand.", [], id="neg-by-hand"),
    pytest.param("The phenomenon was observed by residents of the area.", [], id="neg-no-figure"),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_COUNT_CASES)
def test_a_passive_count_is_its_agent_s_figure(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)


# A wire dateline gives the place alone as often as the place and the date ("WASHINGTON
# (Reuters) -", "LONDON —"): it is never part of the subject.
DATELINE_CASES = [
    pytest.param(
        "WASHINGTON (Reuters) - The Pentagon said on Tuesday that 12 soldiers were wounded.",
        [Expect(F, "Pentagon", 12)],
        id="place-and-agency",
    ),
    pytest.param(
        "LONDON — The Office for National Statistics said inflation rose to 3.8% in July.",
        [Expect(F, "~Office for National Statistics", 3.8)],
        id="place-and-dash",
    ),
    # Not a dateline: an acronym subject without a dash stays the subject.
    pytest.param(
        "NATO said 40 aircraft had been scrambled.",
        [Expect(F, "~NATO", 40)],
        id="neg-acronym-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATELINE_CASES)
def test_a_dateline_without_date_is_no_subject(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)


# Coordinated reporting verbs share their subject ("called for … AND SAID that"); a passive
# first verb lends no speaker ("was arrested and charged with…").
COORDINATED_VERB_CASES = [
    pytest.param(
        "The UNHCR called for unhindered access to the zone and said that everyone has the "
        "right to seek asylum.",
        [Expect(S, "UNHCR")],
        id="called-for-and-said-that",
    ),
    pytest.param(
        "The suspect was arrested on Tuesday and charged with setting fire to three cars.",
        [],
        id="neg-passive-then-charged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_VERB_CASES)
def test_coordinated_verbs_share_their_subject(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)
