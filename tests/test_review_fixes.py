"""Fixes from the sixth round's review, each with the case that showed the fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.extract.claims import extract_claims
from claimtrack.normalise import SourceResolver

# A body named with a noun of its kind ("l'usine chimique Armorichim") or as "Name (ACR)"
# stands for the later bare noun ("l'entreprise", "the union"); with a user alias file, that
# noun must get the user's canonical name, as every direct mention of the body does.
USER_ALIASES = """\
Autonomous Couriers Union: [UCA, Union of Autonomous Couriers]
Armorichim Group: [Armorichim]
"""

CASES = [
    pytest.param(
        "en",
        "Couriers went on strike on Monday at the call of the Union of Autonomous Couriers "
        "(UCA). The union said 1,200 couriers had stopped work.",
        "The union",
        "Autonomous Couriers Union",
        id="en-acronym",
    ),
    pytest.param(
        "fr",
        "Les coursiers ont cessé le travail lundi à l'appel de l'Union des coursiers autonomes "
        "(UCA). Selon le syndicat, 1 200 coursiers ont cessé le travail.",
        "le syndicat",
        "Autonomous Couriers Union",
        id="fr-acronym",
    ),
    pytest.param(
        "fr",
        "Un incendie s'est déclaré lundi dans l'usine chimique Armorichim, à Brest. "
        "Selon l'entreprise, 40 salariés ont été évacués.",
        "l'entreprise",
        "Armorichim Group",
        id="fr-noun-name",
    ),
]


@pytest.mark.parametrize(("lang", "text", "source", "canonical"), CASES)
def test_a_body_named_before_resolves_through_the_given_resolver(
    lang: str, text: str, source: str, canonical: str, tmp_path: Path
) -> None:
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(USER_ALIASES, encoding="utf-8")
    resolver = SourceResolver.with_files(aliases)
    (claim,) = [c for c in extract_claims(text, lang, resolver) if c.figure is not None]
    assert (claim.attribution.source, claim.attribution.canonical) == (source, canonical)


@pytest.mark.parametrize(("lang", "text", "source", "canonical"), CASES)
def test_without_user_aliases_the_built_in_names_stay(
    lang: str, text: str, source: str, canonical: str
) -> None:
    (claim,) = [c for c in extract_claims(text, lang) if c.figure is not None]
    assert claim.attribution.source == source
    assert claim.attribution.canonical != canonical  # the user's name is not built in


# A denial of "the allegations" answers each charge made against its speaker, one denial per
# charge; a charge aimed at another party described in lower case ("the mayor") is not its.
def _denied(text: str, lang: str) -> list[str]:
    claims = extract_claims(text, lang)
    return sorted(
        claims[c.denies].extras.get("accused_text", "")
        for c in claims
        if c.kind == "denial" and c.denies is not None
    )


@pytest.mark.parametrize(
    ("lang", "text", "answered"),
    [
        pytest.param(
            "en",
            "The union accused the mayor of hiding the report. The union also accused the "
            "prefect of ignoring the warnings. The prefect denied it.",
            ["the prefect"],
            id="en-other-party",
        ),
        pytest.param(
            "fr",
            "Le syndicat accuse le maire d'avoir caché le rapport. Le syndicat reproche aussi à "
            "la préfecture d'avoir ignoré les alertes. La préfecture rejette ces accusations.",
            ["la préfecture"],
            id="fr-other-party",
        ),
        pytest.param(
            "en",
            "The union accused the company of hiding the leak. The union also accused the "
            "company of firing the whistleblower. The company denied the allegations.",
            ["the company", "the company"],
            id="en-two-charges-one-party",
        ),
    ],
)
def test_a_blanket_denial_answers_only_the_charges_against_its_speaker(
    lang: str, text: str, answered: list[str]
) -> None:
    assert _denied(text, lang) == answered
