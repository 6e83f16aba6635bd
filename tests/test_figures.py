"""Figure detection (claimtrack.extract.figures): values, bounds, ranges, units, non-figures."""

from __future__ import annotations

import pytest

from claimtrack.extract.figures import find_figures


def test_smoke_fr() -> None:
    (figure,) = find_figures("Selon le Pentagone, environ 10 000 soldats nord-coréens.", "fr")
    assert (figure.value, figure.approx, figure.unit_canonical) == (10000, True, "soldiers")
    assert figure.text == "environ 10 000 soldats"
