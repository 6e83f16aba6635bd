"""Unit words no lexicon knows, spelt two ways, count one thing: "litres" / "liters",
"coursiers" / "couriers", "aide-soignante" / "aides-soignantes"; words a letter apart that
are two words ("maires" / "mares", "trial" / "trail") stay two."""

from __future__ import annotations

import pytest

from claimtrack.cluster import ClusterSettings, _cognates

SETTINGS = ClusterSettings.load()


@pytest.mark.parametrize(
    "word_a, word_b",
    [
        pytest.param("litre", "liter", id="litres-liters"),
        pytest.param("metre", "meter", id="metres-meters"),
        pytest.param("fibre", "fiber", id="fibre-fiber"),
        pytest.param("coursier", "courier", id="fr-coursiers-en-couriers"),
        pytest.param("vehicule", "vehicle", id="fr-vehicules-en-vehicles"),
        pytest.param("aide-soignante", "aides-soignante", id="fr-aide-soignante-plural"),
        pytest.param("contamination", "contaminat", id="first-letters-still-meet"),
    ],
)
def test_two_spellings_of_one_unit_word_are_one_measure(word_a: str, word_b: str) -> None:
    assert _cognates(f"u:{word_a}", f"u:{word_b}", SETTINGS)


@pytest.mark.parametrize(
    "word_a, word_b",
    [
        pytest.param("maire", "mare", id="fr-maires-mares"),
        pytest.param("trial", "trail", id="trials-trails"),
        pytest.param("cases", "cages", id="cases-cages"),
        pytest.param("skieur", "skier", id="short-words-a-letter-apart"),
        pytest.param("passager", "passenger", id="two-letters-apart"),
        pytest.param("navire", "vessel", id="translations-no-letters-in-common"),
    ],
)
def test_words_a_letter_apart_stay_two_measures(word_a: str, word_b: str) -> None:
    assert not _cognates(f"u:{word_a}", f"u:{word_b}", SETTINGS)
