"""cluster.fold keeps one character per input character: positions found in the folded text
index the original one (`_with_stages`, `_mark_contrasts` slice sentences by claim offsets)."""

import pytest

from claimtrack.cluster import fold

CASES = [
    pytest.param("Préfecture de l'Hérault", "prefecture de l'herault", id="fr-accents"),
    pytest.param(
        "İstanbul a 16 millions d'habitants",
        "istanbul a 16 millions d'habitants",
        id="dotted-capital-i",
    ),
    pytest.param("Œuvre", "ouvre", id="oe-ligature"),
    pytest.param("The UN’s 1,200", "the un's 1,200", id="en-curly-apostrophe-straightened"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fold_keeps_length(text: str, expected: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == expected
