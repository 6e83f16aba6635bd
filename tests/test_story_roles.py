"""One identity per story actor across articles: a role held by role nouns alone in one
article ("The main farmers' union in Gironde has accused...", "la fédération conteste") is
the named actor another article of the story gives that role, when an article of the two
writes that actor next to a role noun of that kind ("the Brevenne farmers' union", "le
syndicat Brevenne"). Read only for the party features of two stances
(`cluster.pair_features`)."""

from __future__ import annotations

import pytest

from claimtrack.cluster import (
    ClusterSettings,
    article_role_names,
    pair_features,
)
from claimtrack.model import Article
from tests.extract_cases import article_profile

SETTINGS = ClusterSettings.load()
OFF = ClusterSettings.load(story_role_parties=0)


def _article(lang: str, name: str, body: str) -> Article:
    return Article(
        name=name, text=body, lang=lang, content_hash=name, title="", published="2026-07-15"
    )


# (lang, text, generic key, a key of the actor it is written next to, or None: no actor)
ROLE_NAMES = [
    pytest.param(
        "en",
        "Only 15% of claims have been paid, according to the Brevenne farmers' union.",
        "~kind:union",
        "breven",
        id="en-name-before-noun",
    ),
    pytest.param(
        "en",
        "Nursing home operator Solvane Care denied the accusations on Saturday.",
        "~kind:company",
        "solvan",
        id="en-noun-before-name",
    ),
    pytest.param(
        "fr",
        "Le syndicat Brevenne réclame des indemnisations plus rapides pour les viticulteurs.",
        "~kind:union",
        "breven",
        id="fr-syndicat-name",
    ),
    pytest.param(
        "fr",
        "Selon l'association Rivières Vivantes, le mercure empoisonne les villages.",
        "~kind:association",
        "vivant",
        id="fr-association-name",
    ),
    pytest.param(
        "en",
        "French nursing home operator said on Monday it had hired more staff.",
        "~kind:company",
        None,
        id="en-demonym-is-no-actor",
    ),
    pytest.param(
        "fr",
        "Le syndicat a dénoncé mardi des retards dans les versements.",
        "~kind:union",
        None,
        id="fr-no-name-next-to-noun",
    ),
]


@pytest.mark.parametrize(("lang", "text", "generic", "key"), ROLE_NAMES)
def test_article_role_names(lang: str, text: str, generic: str, key: str | None) -> None:
    entries = [e.split("|", 1) for e in article_role_names(_article(lang, "r", text))]
    actors = [named.split() for g, named in entries if g == generic]
    if key is None:
        assert actors == []
    else:
        assert any(key in actor for actor in actors)


# (lang of the descriptor's article, its text, lang of the named article, its text,
#  shared accuser expected)
ACCUSERS = [
    pytest.param(
        "en",
        "The main farmers' union in Gironde has accused insurance companies of deliberately "
        "delaying payouts to growers. Only 15% of claims have been paid, according to the "
        "Brevenne farmers' union.",
        "fr",
        "Le syndicat Brevenne accuse les assureurs de retarder les indemnisations des "
        "viticulteurs après l'orage de grêle.",
        True,
        id="union-descriptor-is-the-named-union",
    ),
    pytest.param(
        "fr",
        "La fédération accuse les négociants de brader vers l'Asie le bois scolyté des "
        "Ardennes wallonnes, embarqué au port d'Anvers pour Shanghai.",
        "en",
        "The Sylva federation has accused timber traders of shipping beetle-hit logs from the "
        "Ardennes to Shanghai, starving domestic mills.",
        True,
        id="federation-descriptor-is-the-named-federation",
    ),
    pytest.param(
        # the descriptor's article names another union: one union of the kind is not two
        "en",
        "The main farmers' union in Gironde has accused insurance companies of deliberately "
        "delaying payouts to growers. The Coordination Paysanne union said 70 hectares were "
        "lost.",
        "fr",
        "Le syndicat Brevenne accuse les assureurs de retarder les indemnisations des "
        "viticulteurs après l'orage de grêle.",
        False,
        id="other-union-named-is-not-it",
    ),
    pytest.param(
        # a person's title fits several people of one story: no reading across articles
        "fr",
        "Une professeure accuse le recteur de l'Université du Haut-Richelieu, à Sherbrooke, "
        "d'avoir plagié des travaux de recherche.",
        "fr",
        "La professeure Lucie Marchand accuse le recteur de l'Université du Haut-Richelieu, à "
        "Sherbrooke, d'avoir plagié des travaux de recherche.",
        False,
        id="person-title-is-not-read",
    ),
    pytest.param(
        # an actor of another kind is not it, though both articles name it
        "en",
        "The main farmers' union in Gironde has accused insurance companies of deliberately "
        "delaying payouts to growers. The Brevenne company said it would appeal.",
        "fr",
        "La société Brevenne accuse les assureurs de retarder les indemnisations des viticulteurs.",
        False,
        id="actor-of-another-kind",
    ),
]


@pytest.mark.parametrize(("lang_a", "text_a", "lang_b", "text_b", "shared"), ACCUSERS)
def test_a_role_noun_accuser_is_the_story_actor_of_its_kind(
    lang_a: str, text_a: str, lang_b: str, text_b: str, shared: bool
) -> None:
    a = article_profile(lang_a, "a", text_a, "accusation")
    b = article_profile(lang_b, "b", text_b, "accusation")
    assert pair_features(a, b, SETTINGS)["same_accuser"] == float(shared)
    # the switch (cluster.yaml story_role_parties) turns the reading off
    assert pair_features(a, b, OFF)["same_accuser"] == 0.0
