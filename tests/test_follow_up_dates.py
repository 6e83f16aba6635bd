"""A count reported after the day it counts from (claimtrack.cluster date agreement).

A figure that gives no date of its own is dated by its report: the article's publication
or a weekday. A follow-up article restates or revises a count some days or weeks after the
event the first article dated ("231 cases linked to the meal served on November 12th"
against "212 cas ont désormais été signalés" a week later; "23 décès entre le 12 et le 21
juillet" against "the collective now says 27 residents died"): such a report may lie up to
`follow_up_days` after the written day or month, but only `implicit_date_tolerance_days`
before it. Two written dates that differ still keep two counts apart.
"""

from __future__ import annotations

import pytest

from claimtrack.cluster import veto
from tests.test_cluster import SETTINGS, Said, profile, same_claim

MEAL_TITLE_EN = "Food poisoning at Vireloup school canteens: hundreds of children ill"
MEAL_TITLE_FR = (
    "Intoxication alimentaire dans les cantines de Vireloup : des centaines d'enfants malades"
)
HOMES_TITLE_FR = "Canicule : des décès en série dans les maisons de retraite du groupe Hélianthe"
HOMES_TITLE_EN = "Heatwave deaths at Helianthe care homes: families file complaint"
SLIDE_TITLE_EN = "Landslide in the Valtorre district: villagers count their dead"

MEAL_DATED_EN = Said(
    "en",
    "The regional health agency said 143 cases of food poisoning had been linked to the "
    "meal served in Vireloup schools on November 12.",
    "regional health agency",
    "ARS Pays de la Loire",
    "143 cases",
    143,
    unit="cases",
    published="2026-11-14",
    title=MEAL_TITLE_EN,
)
MEAL_LATER_FR = Said(
    "fr",
    "« 212 cas d'intoxication alimentaire ont désormais été signalés à Vireloup », a indiqué "
    "l'agence régionale de santé.",
    "l'agence régionale de santé",
    "ARS Pays de la Loire",
    "212 cas",
    212,
    unit="cases",
    published="2026-11-26",
    title=MEAL_TITLE_FR,
)
MEAL_WEEKDAY_EN = Said(
    "en",
    "Parents in Vireloup said on Tuesday they had counted 320 cases of food poisoning, far "
    "more than the health agency.",
    "Parents in Vireloup",
    "parents' collective",
    "320 cases",
    320,
    unit="cases",
    published="2026-11-19",
    title=MEAL_TITLE_EN,
)
HOMES_MONTH_FR = Said(
    "fr",
    "Au moins 23 personnes âgées sont décédées entre le 12 et le 21 juillet dans neuf "
    "maisons de retraite du groupe Hélianthe, a affirmé le collectif des familles.",
    "le collectif des familles",
    "Justice pour nos aînés",
    "23 personnes",
    23,
    unit="deaths",
    published="2026-07-24",
    title=HOMES_TITLE_FR,
)
HOMES_LATER_EN = Said(
    "en",
    "The families' collective now says 27 residents of Helianthe care homes died during the "
    "heatwave.",
    "families' collective",
    "Justice pour nos aînés",
    "27 residents",
    27,
    unit="deaths",
    published="2026-08-07",
    title=HOMES_TITLE_EN,
)
SLIDE_DATED = Said(
    "en",
    "On March 3, a landslide killed 11 people in the Valtorre district, the civil protection "
    "agency said.",
    "civil protection agency",
    "civil protection",
    "11 people",
    11,
    unit="deaths",
    published="2026-03-04",
    title=SLIDE_TITLE_EN,
)
SLIDE_MONTHS_LATER = Said(
    "en",
    "A landslide killed 9 people in the Valtorre district, the civil protection agency said.",
    "civil protection agency",
    "civil protection",
    "9 people",
    9,
    unit="deaths",
    published="2026-06-10",
    title=SLIDE_TITLE_EN,
)
MEAL_OTHER_DAY_EN = Said(
    "en",
    "The regional health agency said 231 cases of food poisoning had been linked to a meal "
    "served on November 20.",
    "regional health agency",
    "ARS Pays de la Loire",
    "231 cases",
    231,
    unit="cases",
    published="2026-11-22",
    title=MEAL_TITLE_EN,
)


@pytest.mark.parametrize(
    ("dated", "reported"),
    [
        pytest.param(MEAL_DATED_EN, MEAL_LATER_FR, id="day-then-undated-12-days-later"),
        pytest.param(MEAL_DATED_EN, MEAL_WEEKDAY_EN, id="day-then-weekday-5-days-later"),
        pytest.param(HOMES_MONTH_FR, HOMES_LATER_EN, id="month-then-undated-next-month"),
    ],
)
def test_a_later_report_may_count_from_a_written_date(dated: Said, reported: Said) -> None:
    assert profile(dated).date_strength == "explicit"
    assert profile(reported).date_strength != "explicit"
    assert veto(profile(dated), profile(reported), SETTINGS) is None
    assert veto(profile(reported), profile(dated), SETTINGS) is None
    assert same_claim(dated, reported)
    assert same_claim(reported, dated)


PUMP_DEATHS = Said(
    "en",
    "The medicines agency said on November 2 that two deaths may be linked to the faulty "
    "insulin pumps.",
    "medicines agency",
    "ANSM",
    "two deaths",
    2,
    unit="deaths",
    published="2026-11-03",
    title="Insulin pump recall: agency counts serious incidents in France",
)
MARKET_DEATHS = Said(
    "en",
    "At least 14 civilians were killed when drones struck the covered market in Vesnik, "
    "the interior ministry said.",
    "interior ministry",
    "Lusarian Interior Ministry",
    "14 civilians",
    14,
    unit="deaths",
    published="2026-11-12",
    title="Drone strike on Vesnik market kills civilians",
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a later toll of another story is no follow-up
        pytest.param(PUMP_DEATHS, MARKET_DEATHS, id="another-story-9-days-later"),
        # an undated toll three months after a dated one: another event
        pytest.param(SLIDE_DATED, SLIDE_MONTHS_LATER, id="undated-months-later"),
        # two written days: two counts
        pytest.param(MEAL_DATED_EN, MEAL_OTHER_DAY_EN, id="two-written-days"),
    ],
)
def test_dates_still_keep_counts_apart(a: Said, b: Said) -> None:
    assert veto(profile(a), profile(b), SETTINGS) == "date"
    assert not same_claim(a, b)


def test_a_report_well_before_a_written_day_is_not_its_count() -> None:
    """A figure reported a week before the day another figure is dated to cannot count
    from that day."""
    early = Said(
        "en",
        "The regional health agency said 40 cases of food poisoning had been reported in "
        "Vireloup schools.",
        "regional health agency",
        "ARS Pays de la Loire",
        "40 cases",
        40,
        unit="cases",
        published="2026-11-05",
        title=MEAL_TITLE_EN,
    )
    assert veto(profile(early), profile(MEAL_DATED_EN), SETTINGS) == "date"
