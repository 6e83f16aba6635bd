"""Approximations that fall short of their number, and a position held in several statements
(claimtrack.conflicts).

"Nearly 200 people" / "près de 500 morts" admit a count a little below the number, not above
it: a source saying 220 disputes it. A source that states one count several times ("les
quelque 200 personnes évacuées", "nearly 200 people") holds what all its statements admit.
"""

from __future__ import annotations

import pytest

from claimtrack.conflicts import ConflictSettings, Member, analyse
from tests.test_conflicts import member

SETTINGS = ConflictSettings.load()


def figure(lang: str, sentence: str, text: str, value: float, source: str, article: str) -> Member:
    approx = not text[0].isdigit()  # "Nearly 200", "quelque 200"; "220" is exact
    return member(
        sentence,
        source,
        source,
        value=value,
        approx=approx,
        text=text,
        unit="people",
        article=article,
        lang=lang,
    )


# (lang, [(sentence, figure text, value, source)], in conflict)
CASES = [
    pytest.param(
        "en",
        [
            ("Nearly 200 people have been evacuated, police said.", "Nearly 200", 200, "police"),
            ("The municipality had put the number at 220.", "220", 220, "municipality"),
        ],
        True,
        id="en-nearly-200-vs-220",
    ),
    pytest.param(
        "fr",
        [
            (
                "Près de 500 personnes ont été évacuées, selon la préfecture.",
                "Près de 500",
                500,
                "prefecture",
            ),
            ("La mairie avance le chiffre de 510 évacués.", "510", 510, "city hall"),
        ],
        True,
        id="fr-pres-de-500-vs-510",
    ),
    pytest.param(
        "fr",
        [
            (
                "Les quelque 200 personnes évacuées ne pourront pas rentrer, selon la police.",
                "quelque 200",
                200,
                "police",
            ),
            (
                "Presque 200 habitants ont dû partir, a précisé la police.",
                "Presque 200",
                200,
                "police",
            ),
            ("La commune parle de 220 personnes.", "220", 220, "municipality"),
        ],
        True,
        id="fr-one-source-two-statements-vs-220",
    ),
    # negatives
    pytest.param(
        "en",
        [
            ("About 200 people have been evacuated, police said.", "About 200", 200, "police"),
            ("The municipality put the number at 215.", "215", 215, "municipality"),
        ],
        False,
        id="en-about-reaches-both-ways",
    ),
    pytest.param(
        "en",
        [
            ("Almost 200 people were evacuated, police said.", "Almost 200", 200, "police"),
            ("The municipality counted 190 evacuees.", "190", 190, "municipality"),
        ],
        False,
        id="en-almost-200-admits-190",
    ),
    pytest.param(
        "fr",
        [
            (
                "Environ 500 personnes ont été évacuées, selon la préfecture.",
                "Environ 500",
                500,
                "prefecture",
            ),
            ("La mairie parle de 480 évacués.", "480", 480, "city hall"),
        ],
        False,
        id="fr-environ-reaches-both-ways",
    ),
]


@pytest.mark.parametrize(("lang", "figures", "conflict"), CASES)
def test_short_approximation_disputes(
    lang: str, figures: list[tuple[str, str, float, str]], conflict: bool
) -> None:
    members = [
        figure(lang, sentence, text, value, source, f"a{i}")
        for i, (sentence, text, value, source) in enumerate(figures)
    ]
    assert analyse(members, SETTINGS).in_conflict is conflict
