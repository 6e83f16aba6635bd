"""Kind, polarity and hedging by class of text, per language, with negatives: an act negated
without its agent (a denial), a possibility not ruled out (a hedged affirmation), an act done
against a ban (an accusation), and the third-party findings that look like them (a
statement)."""

from __future__ import annotations

import pytest

from tests.extract_cases import Expect, check

S = "statement"

FR_CASES = [
    # A possibility not ruled out affirms it, hedged.
    pytest.param(
        "« La masse reste instable et d'autres mouvements ne sont pas exclus », a averti le "
        "géologue cantonal, Laurent Délèze.",
        [Expect(S, "Laurent Délèze", hedged=True)],
        id="not-excluded-is-a-hedged-affirmation",
    ),
    pytest.param(
        "Une piste criminelle n'est pas à exclure, a indiqué le procureur, Marc Vidal.",
        [Expect(S, "~", hedged=True)],
        id="not-to-be-excluded",
    ),
    pytest.param(
        "« Aucune hypothèse n'est écartée et aucune n'est privilégiée », a répété le préfet, "
        "Laurent Dubreuil.",
        [Expect(S, "~")],
        id="no-hypothesis-set-aside-affirms",
    ),
]

EN_CASES = [
    # A possibility not ruled out affirms it, hedged; a cause not yet known is no denial.
    pytest.param(
        "The prosecutor said foul play had not been ruled out.",
        [Expect(S, "~prosecutor", hedged=True)],
        id="not-ruled-out-is-a-hedged-affirmation",
    ),
    pytest.param(
        "Officials said the cause of the fire had not yet been determined.",
        [Expect(S, "~fficials")],
        id="not-yet-determined-affirms",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FR_CASES)
def test_fr_kind_polarity_hedged_by_class(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_en_kind_polarity_hedged_by_class(text: str, expected: list[Expect]) -> None:
    check(text, "en", expected)
