"""A charged party that says it kept to the rules denies (extract._blanket_compliance).

After a charge in the article, the party it names answers it without a denial verb: it
followed, applied or met the rules, procedures, standards or advice it was bound by, acted in
time, or its things were in a compliant state (lexicon.yaml `blanket_compliance`); under a
verb that stands firm ("maintained", « maintient ») it answers a charge the article has not
reported yet. Negatives:
the same words with no charge before or as a promise stay statements; from the accuser they
carry its charge on.
"""

from __future__ import annotations

import pytest

from tests.extract_cases import kinds_at, switch_on

EN_CHARGE = (
    "Parents accused the caterer Nutrisco of serving chicken that had been left to cool for hours. "
)
FR_CHARGE = (
    "Des parents accusent le traiteur Nutrisco d'avoir servi du poulet laissé à refroidir "
    "pendant des heures. "
)
EN_NEUTRAL = "The new school canteen opened in September with 400 places. "
FR_NEUTRAL = "La nouvelle cantine a ouvert en septembre avec 400 places. "

# (lang, article text, start of the sentence looked at, expected kind)
CASES = [
    pytest.param(
        "en",
        EN_CHARGE + '"Our cooks followed the rapid-chilling procedures to the letter," '
        "Nutrisco's director Tom Hale said.",
        '"Our cooks',
        "denial",
        id="en-procedures-followed",
    ),
    pytest.param(
        "en",
        EN_CHARGE + "Nutrisco said its kitchen had met every food-safety standard.",
        "Nutrisco said",
        "denial",
        id="en-standards-met",
    ),
    pytest.param(
        "en",
        "Residents accused the council of ignoring flood warnings. The council said it had "
        "acted on the advice of the Environment Agency.",
        "The council said",
        "denial",
        id="en-acted-on-advice",
    ),
    pytest.param(
        "en",
        "Villagers accused the prefecture of sounding the alarm too late. The prefecture said "
        "the evacuation had been ordered without delay.",
        "The prefecture said",
        "denial",
        id="en-acted-in-time",
    ),
    pytest.param(
        "en",
        "The union accused the hospital of running outdated software. A hospital spokesman "
        'said its systems "were fully up to date".',
        "A hospital spokesman",
        "denial",
        id="en-compliant-state",
    ),
    pytest.param(
        "en",
        EN_NEUTRAL + "The mayor maintained that his office had acted on every recommendation "
        "it received.",
        "The mayor maintained",
        "denial",
        id="en-standing-firm-before-the-charge",
    ),
    pytest.param(
        "en",
        EN_NEUTRAL + '"Our cooks followed the national nutrition guidelines," the manager said.',
        '"Our cooks',
        "statement",
        id="en-guidelines-without-charge",
    ),
    pytest.param(
        "en",
        EN_CHARGE + '"Nutrisco will follow the inspectors\' recommendations," the mayor said.',
        '"Nutrisco will',
        "statement",
        id="en-promise-is-no-compliance",
    ),
    pytest.param(
        "en",
        EN_CHARGE + "The parents said their children had followed the doctor's instructions.",
        "The parents said",
        "accusation",  # the accuser carries its charge on (extract._continued_stance)
        id="en-accuser-is-no-denier",
    ),
    pytest.param(
        "fr",
        FR_CHARGE + "« Nos équipes ont appliqué les procédures de refroidissement rapide », a "
        "déclaré le directeur de Nutrisco.",
        "« Nos équipes",
        "denial",
        id="fr-procedures-appliquees",
    ),
    pytest.param(
        "fr",
        FR_CHARGE + "« Nos cuisines respectent scrupuleusement la chaîne du froid », a assuré "
        "le directeur de Nutrisco.",
        "« Nos cuisines",
        "denial",
        id="fr-respect-scrupuleux",
    ),
    pytest.param(
        "fr",
        "Des riverains accusent la mairie d'avoir ignoré les alertes de crue. Le maire assure "
        "que la commune a toujours suivi les recommandations de la préfecture.",
        "Le maire assure",
        "denial",
        id="fr-recommandations-suivies",
    ),
    pytest.param(
        "fr",
        "Les syndicats reprochent à l'hôpital d'avoir tardé à alerter les patients. « Les "
        "patients ont été prévenus dès la découverte de la panne », assure la direction.",
        "« Les patients",
        "denial",
        id="fr-a-temps",
    ),
    pytest.param(
        "fr",
        "Le syndicat accuse la direction d'utiliser des logiciels obsolètes. La direction "
        "affirme que ses serveurs « étaient à jour ».",
        "La direction affirme",
        "denial",
        id="fr-etat-conforme",
    ),
    pytest.param(
        "fr",
        FR_NEUTRAL + "Le maire maintient que la commune a toujours suivi les recommandations "
        "de la préfecture.",
        "Le maire maintient",
        "denial",
        id="fr-maintient-avant-accusation",
    ),
    pytest.param(
        "fr",
        FR_NEUTRAL + "« Nos cuisiniers suivent les recommandations nationales », a indiqué la "
        "gérante.",
        "« Nos cuisiniers",
        "statement",
        id="fr-recommandations-sans-accusation",
    ),
    pytest.param(
        "fr",
        FR_CHARGE + "« Nutrisco appliquera les recommandations des inspecteurs », a déclaré "
        "le maire.",
        "« Nutrisco appliquera",
        "statement",
        id="fr-promesse",
    ),
    pytest.param(
        "fr",
        FR_CHARGE + "Les parents affirment que leurs enfants ont suivi les consignes du médecin.",
        "Les parents affirment",
        "accusation",  # l'accusateur poursuit sa charge (extract._continued_stance)
        id="fr-accusateur",
    ),
]


@pytest.fixture(autouse=True)
def _compliant_states_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """A compliant state is read under a switch (extraction.yaml `compliant_state_answers`):
    its rows check the rule itself whatever the switch ships as."""
    switch_on(monkeypatch, compliant_state_answers=1)


@pytest.mark.parametrize(("lang", "text", "opening", "expected"), CASES)
def test_kept_to_rules(lang: str, text: str, opening: str, expected: str) -> None:
    assert kinds_at(text, lang, opening) == {expected}
