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
