"""An accusation that names whom it accuses by role nouns alone ("Families accuse the company
of...") is answered in its article by a named party ("Solvane Care has rejected those
allegations"): that party is who "the company" is. Against another article's accusation that
names the party, the two charges share their accused; against a party of that kind known by
role nouns only in a denial of another article, the role nouns no longer meet; against an
accusation naming its accused by role nouns alone, they are still compared."""

from __future__ import annotations

import pytest

from claimtrack.cluster import (
    ClusterSettings,
    pair_features,
)
from tests.extract_cases import article_profile

SETTINGS = ClusterSettings.load()

# (lang, charge by role nouns answered by a named party, the same party accused by name
#  elsewhere, a denial of that kind of party by role nouns, a charge by role nouns alone,
#  the answering party's key)
CASES = [
    pytest.param(
        "en",
        "Families accuse the company of switching off air conditioning at night in its care "
        "homes. Solvane Care has rejected those allegations.",
        "A residents' collective has accused Solvane Care of rationing drinking water during "
        "the heatwave.",
        "The company disputes the inspectors' reading of the report.",
        "Relatives accuse the company of cutting night staff.",
        "solvan",
        id="en-company-answered-by-name",
    ),
    pytest.param(
        "fr",
        "Les familles accusent le groupe d'avoir coupé la climatisation la nuit dans ses "
        "résidences. Solvane Santé a rejeté ces accusations.",
        "Un collectif de résidents a accusé le groupe Solvane Santé d'avoir rationné l'eau "
        "pendant la canicule.",
        "La direction du groupe conteste la lecture du rapport.",
        "Les proches accusent le groupe d'avoir réduit les effectifs de nuit.",
        "solvan",
        id="fr-groupe-answered-by-name",
    ),
]


@pytest.mark.parametrize(("lang", "answered", "named", "denial", "by_role", "key"), CASES)
def test_the_answering_party_is_who_the_role_nouns_stand_for(
    lang: str, answered: str, named: str, denial: str, by_role: str, key: str
) -> None:
    charge = article_profile(lang, "a", answered, "accusation", "2026-07-24")
    assert any(k.startswith(key) for k in charge.answered_by)
    other = article_profile(lang, "b", named, "accusation", "2026-07-25")
    assert pair_features(charge, other, SETTINGS)["accused"] == 1.0


@pytest.mark.parametrize(("lang", "answered", "named", "denial", "by_role", "key"), CASES)
def test_answered_role_nouns_no_longer_meet_a_denial_by_role_nouns(
    lang: str, answered: str, named: str, denial: str, by_role: str, key: str
) -> None:
    charge = article_profile(lang, "a", answered, "accusation", "2026-07-24")
    other = article_profile(lang, "b", denial, "denial", "2026-07-25")
    features = pair_features(charge, other, SETTINGS)
    assert (features["accused"], features["answers"]) == (0.0, 0.0)


@pytest.mark.parametrize(("lang", "answered", "named", "denial", "by_role", "key"), CASES)
def test_role_nouns_still_meet_a_charge_by_role_nouns_alone(
    lang: str, answered: str, named: str, denial: str, by_role: str, key: str
) -> None:
    charge = article_profile(lang, "a", answered, "accusation", "2026-07-24")
    other = article_profile(lang, "b", by_role, "accusation", "2026-07-25")
    assert pair_features(charge, other, SETTINGS)["accused"] == 1.0
