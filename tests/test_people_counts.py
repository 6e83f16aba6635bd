"""What a count of people measures: never the places or things a word of its clause names
("31 patients had been transferred to other hospitals" counts patients, not hospitals), and
a stay in hospital is a casualty whatever noun names it ("dont 14 ayant nécessité une
hospitalisation")."""

from __future__ import annotations

import pytest

from claimtrack.cluster import ClaimProfile, profile_claim
from claimtrack.model import Attribution, Claim, Figure


def _profile(lang: str, sentence: str, number: str, value: float, noun: str | None) -> ClaimProfile:
    """The profile of a figure claim whose number is written `number`, followed by its own
    noun `noun` (None: a bare number)."""
    at = sentence.index(number)
    unit_canonical = {"personnes": "people", "people": "people", "children": "children"}
    figure = Figure(
        value=value,
        low=None,
        high=None,
        unit=noun,
        unit_canonical=unit_canonical.get(noun or ""),
        approx=False,
        text=number,
        start=at,
        end=at + len(number),
    )
    claim = Claim(
        sentence=sentence,
        start=0,
        end=len(sentence),
        kind="figure",
        polarity="affirm",
        hedged=False,
        attribution=Attribution(source="x", canonical="x", start=None, end=None),
        figure=figure,
    )
    return profile_claim(claim, lang, "2026-11-04")


PEOPLE_NOT_PLACES = [
    pytest.param(
        "en",
        "RHVM said 31 patients had been transferred to other hospitals since the attack began "
        "on Nov. 1, up from 24 earlier in the week.",
        "31",
        31.0,
        "patients",
        "patients",
        id="en-patients-transferred-to-hospitals",
    ),
    pytest.param(
        "en",
        "About 40 patients were moved overnight to three hospitals in neighbouring towns, the "
        "health trust said.",
        "40",
        40.0,
        "patients",
        "patients",
        id="en-patients-moved-to-hospitals",
    ),
    pytest.param(
        "fr",
        "Une vingtaine de patients ont été répartis dans trois établissements voisins, selon "
        "l'agence régionale de santé.",
        "vingtaine",
        20.0,
        "patients",
        "patients",
        id="fr-patients-spread-over-facilities",
    ),
    pytest.param(
        "fr",
        "Quatorze personnes ont été transportées vers les hôpitaux de Moûtiers, d'Albertville "
        "et de Chambéry, a précisé le PGHM.",
        "Quatorze",
        14.0,
        "personnes",
        None,
        id="fr-people-taken-to-hospitals",
    ),
]


@pytest.mark.parametrize("lang, sentence, number, value, noun, measure", PEOPLE_NOT_PLACES)
def test_a_count_of_people_never_counts_places(
    lang: str, sentence: str, number: str, value: float, noun: str, measure: str | None
) -> None:
    assert _profile(lang, sentence, number, value, noun).measure == measure


PLACES_STAY_PLACES = [
    pytest.param(
        "en",
        "Three hospitals had to suspend planned surgery, the ministry said.",
        "Three",
        3.0,
        "hospitals",
        id="en-hospitals-counted",
    ),
    pytest.param(
        "fr",
        "Douze établissements ont dû fermer leurs portes, selon la préfecture.",
        "Douze",
        12.0,
        "établissements",
        id="fr-facilities-counted",
    ),
]


@pytest.mark.parametrize("lang, sentence, number, value, noun", PLACES_STAY_PLACES)
def test_a_count_of_places_still_counts_places(
    lang: str, sentence: str, number: str, value: float, noun: str
) -> None:
    assert _profile(lang, sentence, number, value, noun).measure == "facilities"


HOSPITAL_STAYS = [
    pytest.param(
        "fr",
        "« 212 cas de toxi-infection alimentaire collective ont désormais été signalés, dont 14 "
        "ayant nécessité une hospitalisation », a indiqué l'agence régionale de santé.",
        "14",
        14.0,
        id="fr-part-needing-hospitalisation",
    ),
    pytest.param(
        "fr",
        "Au total, 37 hospitalisations ont été recensées depuis le début de l'épidémie, selon "
        "Santé publique France.",
        "37",
        37.0,
        id="fr-hospitalisations-counted",
    ),
    pytest.param(
        "en",
        "The regional health agency said 14 children had been admitted to hospital since the "
        "Nov. 12 meal.",
        "14",
        14.0,
        id="en-admitted-to-hospital",
    ),
    pytest.param(
        "en",
        "Health officials reported 22 hospitalizations linked to the outbreak, the CDC said.",
        "22",
        22.0,
        id="en-hospitalizations-counted",
    ),
]


@pytest.mark.parametrize("lang, sentence, number, value", HOSPITAL_STAYS)
def test_a_stay_in_hospital_is_a_casualty(
    lang: str, sentence: str, number: str, value: float
) -> None:
    assert _profile(lang, sentence, number, value, None).measure == "injured"


def test_patients_admitted_to_a_ward_stay_patients() -> None:
    """'admitted' alone keeps its own measure: only admission to hospital is a casualty."""
    sentence = "The unit admitted 45 patients on Monday, the hospital said."
    assert _profile("en", sentence, "45", 45.0, "patients").measure == "patients"
