"""Whom an accusation accuses: the object of its verb, resolved like a source, and how the
clusterer uses it (an accusation meets the accused's denial; charges against two parties
stay apart)."""

from __future__ import annotations

import pytest

from claimtrack.cluster import ClusterSettings, profile_claim, veto
from claimtrack.extract import extract_claims
from claimtrack.extract.accused import accused_phrase
from claimtrack.model import Claim

SETTINGS = ClusterSettings.load()

# (sentence, the words naming the accused, or None)
EN_OBJECTS = [
    pytest.param(
        "The SASP firefighters' union accused Lignéo of failing to clear the scrub under its "
        "high-voltage line.",
        "Lignéo",
        id="name",
    ),
    pytest.param(
        "The medicines regulator accused the company of withholding laboratory results.",
        "the company",
        id="role-noun",
    ),
    pytest.param(
        "Optivel blamed Quimibase, its Portuguese supplier, for the contamination.",
        "Quimibase, its Portuguese supplier",
        id="name-with-apposition",
    ),
    pytest.param(
        "Residents blamed the developer for the flooding of the lower town.",
        "the developer",
        id="blamed-for",
    ),
    pytest.param(
        "Critics held the regulator responsible for the two-year delay.",
        "the regulator",
        id="held-responsible",
    ),
    pytest.param(
        "The union pointed the finger at management, saying staff had been overworked for months.",
        "management",
        id="pointed-the-finger",
    ),
    pytest.param(
        "Families have filed a complaint against the caterer for involuntary manslaughter.",
        "the caterer",
        id="complaint-against",
    ),
    pytest.param(
        "Supporters' groups accused the club of selling out to its Gulf owners.",
        "the club",
        id="the-club",
    ),
    # negatives: no party named as the object
    pytest.param("He accused them of lying to the inquiry.", None, id="pronoun"),
    pytest.param(
        "The club was accused by the league of fielding an ineligible player.",
        None,
        id="passive-agent-is-no-object",
    ),
    pytest.param("She has been accused of fraud for years.", None, id="agentless-passive"),
    pytest.param(
        "The ministry said 40 people had been evacuated from the valley.", None, id="no-accusation"
    ),
]

FR_OBJECTS = [
    pytest.param(
        "Le SASP accuse Lignéo de ne pas avoir débroussaillé le couloir sous la ligne.",
        "Lignéo",
        id="name",
    ),
    pytest.param(
        "L'ANSM accuse le ministère de la Santé d'avoir caché des analyses.",
        "le ministère de la Santé",
        id="name-with-de",
    ),
    pytest.param(
        "Optivel accuse son fournisseur portugais Quimibase d'avoir livré une solution saline "
        "contaminée.",
        "son fournisseur portugais Quimibase",
        id="role-and-name",
    ),
    pytest.param(
        "Le syndicat met en cause la direction dans la mort du salarié.",
        "la direction",
        id="met-en-cause",
    ),
    pytest.param(
        "Les riverains reprochent au promoteur de ne pas avoir respecté le permis de construire.",
        "promoteur",
        id="reproche-au",
    ),
    pytest.param(
        "Les familles ont porté plainte contre le traiteur pour homicide involontaire.",
        "le traiteur",
        id="plainte-contre",
    ),
    pytest.param(
        "Le collectif tient l'agence pour responsable du retard des travaux.",
        "l'agence",
        id="tient-pour-responsable",
    ),
    pytest.param(
        "Le maire impute l'incendie à l'opérateur, selon un communiqué.",
        "l'opérateur",
        id="impute-a",
    ),
    # negatives
    pytest.param("Il l'accuse de négligence.", None, id="clitic-pronoun"),
    pytest.param(
        "L'agence est accusée par le syndicat de négligence.", None, id="passive-agent-is-no-object"
    ),
    pytest.param("Le club est accusé de fraude fiscale.", None, id="agentless-passive"),
    pytest.param(
        "L'entreprise accuse une baisse de 12 % de son chiffre d'affaires.",
        None,
        id="accuse-une-baisse",
        marks=pytest.mark.xfail(
            strict=True,
            reason="read on accusations only: the extractor's accuse verb already leaves out "
            "'accuse une baisse', so the object pattern does not repeat that exclusion",
        ),
    ),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [pytest.param("en", *p.values, id=f"en-{p.id}", marks=p.marks) for p in EN_OBJECTS]
    + [pytest.param("fr", *p.values, id=f"fr-{p.id}", marks=p.marks) for p in FR_OBJECTS],
)
def test_accused_phrase(lang: str, sentence: str, expected: str | None) -> None:
    found = accused_phrase(sentence, lang)
    assert (found[0] if found else None) == expected
    if found:
        assert sentence[found[1] : found[1] + len(found[0])] == found[0]


# Articles: the accusation's extras name the accused as a source would be named ("the
# company" is the company the article named before).
EN_ARTICLE = """Eye drops: regulator accuses Optivel of hiding test results

PARIS — The contact-lens solution maker Optivel, based in Lyon, said it had recalled 40,000 bottles.
The medicines regulator ANSM accused the company of withholding laboratory results for weeks.
Optivel denied the allegations.
Optivel blamed Quimibase, its Portuguese supplier, for the contamination of the saline solution.
"""
FR_ARTICLE = """Collyre contaminé : l'ANSM met en cause Optivel

Le fabricant Optivel, installé à Lyon, a indiqué avoir rappelé 40 000 flacons.
L'ANSM accuse l'entreprise d'avoir dissimulé pendant plusieurs semaines des résultats d'analyses.
Optivel a démenti ces accusations.
Optivel accuse son fournisseur portugais Quimibase d'avoir livré une solution saline contaminée.
"""


def _stances(text: str, lang: str) -> list[Claim]:
    return [c for c in extract_claims(text, lang) if c.kind in ("accusation", "denial")]


@pytest.mark.parametrize(("lang", "text"), [("en", EN_ARTICLE), ("fr", FR_ARTICLE)])
def test_accused_resolved_like_a_source(lang: str, text: str) -> None:
    accused = {
        c.attribution.canonical: c.extras.get("accused")
        for c in _stances(text, lang)
        if c.kind == "accusation" and not c.sentence.startswith("Optivel")
    }
    # the body's "the company" / "l'entreprise", and the headline's name
    assert accused["ANSM"] == "Optivel"
    assert set(accused.values()) == {"Optivel"}
    counter = [c for c in _stances(text, lang) if c.sentence.startswith("Optivel blamed")] or [
        c for c in _stances(text, lang) if c.sentence.startswith("Optivel accuse")
    ]
    assert counter and "Quimibase" in counter[0].extras["accused"]


def _profiles(text: str, lang: str) -> dict[str, object]:
    """Profiles of the article's stances keyed "ANSM" (the regulator's charge), "denial"
    (Optivel's denial) and "supplier" (Optivel's charge against its supplier)."""
    out = {}
    for claim in _stances(text, lang):
        key = (
            "denial"
            if claim.kind == "denial"
            else "supplier"
            if "Quimibase" in claim.sentence
            else claim.attribution.canonical
        )
        out.setdefault(key, profile_claim(claim, lang, "2025-10-06"))
    return out


@pytest.mark.parametrize(("a_lang", "b_lang"), [("en", "fr"), ("fr", "en"), ("en", "en")])
def test_accusation_meets_the_accused_denial(a_lang: str, b_lang: str) -> None:
    a = _profiles(EN_ARTICLE if a_lang == "en" else FR_ARTICLE, a_lang)
    b = _profiles(EN_ARTICLE if b_lang == "en" else FR_ARTICLE, b_lang)
    # the role noun "the company" / "l'entreprise" stands for Optivel, the denier
    assert set(a["ANSM"].accused) & set(b["denial"].deniers)
    assert veto(a["ANSM"], b["denial"], SETTINGS) is None


@pytest.mark.parametrize(("a_lang", "b_lang"), [("en", "fr"), ("fr", "en"), ("en", "en")])
def test_charges_against_two_parties_stay_apart(a_lang: str, b_lang: str) -> None:
    a = _profiles(EN_ARTICLE if a_lang == "en" else FR_ARTICLE, a_lang)
    b = _profiles(EN_ARTICLE if b_lang == "en" else FR_ARTICLE, b_lang)
    assert veto(a["ANSM"], b["supplier"], SETTINGS) is not None
    # one charge against one party, told twice: no veto
    assert veto(a["ANSM"], b["ANSM"], SETTINGS) is None


def _accusation(sentence: str, lang: str) -> object:
    """The profile of the one accusation `sentence` makes, as its own article."""
    (claim,) = [c for c in extract_claims(sentence, lang) if c.kind == "accusation"]
    return profile_claim(claim, lang, "2025-10-06")


# Two accusations by generic nouns: apart when no word or kind of organisation is shared
# (in one language, or of known kinds across two), else left to the other evidence.
GENERIC_PAIRS = [
    pytest.param(
        ("en", "The Vallombre Supporters' Trust accused the club of overselling tickets."),
        ("en", "The Vallombre Supporters' Trust accused the police of locking the exit gates."),
        True,
        id="en-club-police",
    ),
    pytest.param(
        ("fr", "Le syndicat accuse la direction d'avoir supprimé la prime de nuit."),
        ("fr", "Le syndicat accuse la préfecture d'avoir interdit le rassemblement."),
        True,
        id="fr-direction-prefecture",
    ),
    pytest.param(
        ("fr", "Le collectif accuse l'entreprise d'avoir pollué la rivière."),
        ("en", "The residents' group accused the regulator of ignoring its complaints."),
        True,
        id="company-regulator-across-languages",
    ),
    pytest.param(
        ("en", "Nurses accused the government of hollowing out emergency departments."),
        ("en", "Nurses accused the regional government of hollowing out emergency departments."),
        False,
        id="en-government-regional-government",
    ),
    pytest.param(
        ("en", "Nurses accused the government of hollowing out emergency departments."),
        ("fr", "Les infirmières accusent le gouvernement d'avoir vidé les urgences."),
        False,
        id="government-gouvernement",
    ),
    pytest.param(
        ("fr", "L'association accuse l'industriel d'avoir sous-déclaré ses prélèvements d'eau."),
        ("fr", "L'association accuse le groupe de cacher sa consommation réelle d'eau."),
        False,
        id="fr-two-nouns-for-one-company",
    ),
]


@pytest.mark.parametrize(("a", "b", "apart"), GENERIC_PAIRS)
def test_generic_parties(a: tuple[str, str], b: tuple[str, str], apart: bool) -> None:
    pa, pb = _accusation(a[1], a[0]), _accusation(b[1], b[0])
    assert pa.target and pb.target
    assert (veto(pa, pb, SETTINGS) == "other accused") is apart
