"""Source canonicalisation: alias tables, user alias files, fuzzy variants, anonymous sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.extract.attribution import (
    _LAST_TOKEN,
    TOKEN,
    _date_length,
    _ending,
    find_cues,
    main_subject,
)
from claimtrack.extract.claims import extract_claims
from claimtrack.extract.speakers import (
    acronym_for,
    article_acronyms,
    article_organisations,
    former_official,
    organisation_mentions,
    organisation_of,
)
from claimtrack.lexicon import lexicon
from claimtrack.normalise import SourceResolver
from claimtrack.resources import load_data

from .conftest import sources_by_figure


@pytest.fixture(scope="module")
def resolver() -> SourceResolver:
    return SourceResolver.default()


@pytest.mark.parametrize(
    ("source", "lang", "canonical"),
    [
        ("le Pentagone", "fr", "Pentagon"),
        ("Pyongyang", "fr", "North Korea"),
        ("la Corée du Nord", "fr", "North Korea"),
        ("le régime nord-coréen", "fr", "North Korea"),
        ("le gouvernement sud-coréen", "fr", "South Korea"),
        ("le gouvernement Sud Coréen", "fr", "South Korea"),
        ("Séoul", "fr", "South Korea"),
        ("Moscou", "fr", "Russia"),
        ("le Kremlin", "fr", "Kremlin"),
        ("Vladimir Poutine", "fr", "Vladimir Putin"),
        ("le président russe Vladimir Poutine", "fr", "Vladimir Putin"),
        ("Le président ukrainien, Volodymyr Zelensky", "fr", "Volodymyr Zelensky"),
        ("Kiev", "fr", "Ukraine"),
        ("les États-Unis", "fr", "United States"),
        ("Washington", "fr", "United States"),
        ("Pékin", "fr", "China"),
        ("le ministère de l'Intérieur", "fr", "French Interior Ministry"),
        ("l’Intérieur", "fr", "French Interior Ministry"),
        ("Beauvau", "fr", "French Interior Ministry"),
        ("les chiffres du ministère de l’Intérieur", "fr", "French Interior Ministry"),
        # Generic local institutions share one name across the two languages.
        ("les pompiers", "fr", "fire service"),
        ("le SDIS", "fr", "fire service"),
        ("le service départemental d'incendie et de secours", "fr", "fire service"),
        ("the fire service", "en", "fire service"),
        ("firefighters", "en", "fire service"),
        ("le parquet", "fr", "prosecutor's office"),
        ("le procureur de la République, Marc Delorme", "fr", "prosecutor's office"),
        ("the prosecutor's office", "en", "prosecutor's office"),
        ("la mairie", "fr", "mayor's office"),
        ("city hall", "en", "mayor's office"),
        ("la préfecture", "fr", "prefecture"),
        ("the prefecture", "en", "prefecture"),
        # A prefect or sub-prefect speaks for the prefecture.
        ("La sous-préfète, Hélène Marchadour", "fr", "prefecture"),
        ("the sub-prefect, Helene Marchadour", "en", "prefecture"),
        ("the regional prefecture", "en", "prefecture"),
        ("le communiqué du parquet", "fr", "prosecutor's office"),
        ("the local fire service", "en", "fire service"),
        # A vague source's named example speaks.
        (
            "des organismes indépendants, comme Conflict Armament Research",
            "fr",
            "Conflict Armament Research",
        ),
        ("des ONG, dont Amnesty International", "fr", "Amnesty International"),
        (
            "independent groups such as Conflict Armament Research",
            "en",
            "Conflict Armament Research",
        ),
        # A country's own ministry keeps its name.
        ("le ministère de la Santé de Gaza", "fr", "Gaza Health Ministry"),
        ("la préfecture de police", "fr", "Paris Police Prefecture"),
        ("la CGT", "fr", "CGT"),
        ("le numéro un de la CGT Philippe Martinez", "fr", "CGT"),
        ("Sophie Binet, la nouvelle secrétaire générale de la CGT", "fr", "CGT"),
        ("les syndicats", "fr", "trade unions (organisers)"),
        ("les organisateurs", "fr", "trade unions (organisers)"),
        ("l’OMS", "fr", "World Health Organization"),
        ("l'ONU", "fr", "United Nations"),
        ("le Bureau de coordination des affaires humanitaires de l'ONU", "fr", "UN OCHA"),
        ("le porte-parole du Croissant-Rouge libyen, Taoufik Chokri", "fr", "Libyan Red Crescent"),
        ("Tsahal", "fr", "Israel (government/IDF)"),
        ("l’agence nord-coréenne KCNA", "fr", "KCNA"),
        ("un porte-parole du Pentagone", "fr", "Pentagon"),
        ("the Pentagon", "en", "Pentagon"),
        ("Kyiv", "en", "Ukraine"),
        ("the Israeli military", "en", "Israel (government/IDF)"),
        ("the IDF", "en", "Israel (government/IDF)"),
        ("US President Joe Biden", "en", "Joe Biden"),
        ("the Gaza Health Ministry", "en", "Gaza Health Ministry"),
        ("health authorities in Gaza", "en", "Gaza Health Ministry"),
        ("a Gaza civil defence chief", "en", "Gaza Civil Defence"),
        ("WHO", "en", "World Health Organization"),
        ("the unclassified U.S. intelligence report", "en", "US intelligence community"),
        ("Reuters", "en", "Reuters"),
        ("a Pentagon spokesman", "en", "Pentagon"),
    ],
)
def test_aliases(resolver: SourceResolver, source: str, lang: str, canonical: str) -> None:
    assert resolver.canonical(source, lang) == (canonical, False)


@pytest.mark.parametrize(
    ("source", "lang"),
    [
        ("des sources proches du dossier", "fr"),
        ("des sources", "fr"),
        ("une source diplomatique", "fr"),
        ("des sources proches du Kremlin", "fr"),
        ("un manifestant", "fr"),
        ("une orthophoniste lyonnaise", "fr"),
        ("a source familiar with the matter", "en"),
        ("officials who spoke on condition of anonymity", "en"),
        ("a witness", "en"),
        ("a senior official", "en"),
        ("two sources briefed on the talks", "en"),
    ],
)
def test_anonymous(resolver: SourceResolver, source: str, lang: str) -> None:
    assert resolver.canonical(source, lang) == ("anonymous", True)


@pytest.mark.parametrize(
    ("source", "lang", "canonical"),
    [
        ("Volodymyr Zelenskiy", "en", "Volodymyr Zelensky"),
        ("Vladimir Poutin", "fr", "Vladimir Putin"),
        ("l'Organisation mondiale de la santé", "fr", "World Health Organization"),
        ("Organisation Mondiale de la Sante", "fr", "World Health Organization"),
        ("the Gaza health ministery", "en", "Gaza Health Ministry"),
    ],
)
def test_spelling_variants(
    resolver: SourceResolver, source: str, lang: str, canonical: str
) -> None:
    assert resolver.canonical(source, lang)[0] == canonical


@pytest.mark.parametrize(
    ("source", "lang", "cleaned"),
    [
        ("le ministère nord-coréen des Affaires étrangères", "fr", "North Korean Foreign Ministry"),
        ("le cabinet d'études Syndex", "fr", "Syndex"),
        # An unnamed organisation is no anonymous person.
        ("a plastics industry group", "en", "plastics industry group"),
        ("une société de sécurité", "fr", "société de sécurité"),
        # A company's legal form or group word tells it apart from nothing.
        ("Aerovia Group", "en", "Aerovia"),
        ("Acme Inc.", "en", "Acme"),
        ("the Armorichim group", "en", "Armorichim"),
        ("Armorichim Groupe", "fr", "Armorichim"),
        # ... unless the group word names the group ("Military Observer Group").
        ("Military Observer Group", "en", "Military Observer Group"),
        ("Harcourt Securities", "en", "Harcourt Securities"),
        # "local" tells no body apart.
        ("the local fire brigade", "en", "fire service"),
        ("The local electoral commission", "en", "electoral commission"),
        ("la commission locale", "fr", "commission"),
        # A place after a body that is no local institution stays.
        ("l'ambassade de France à Moscou", "fr", "ambassade de France à Moscou"),
        ("les deux nations", "fr", "deux nations"),
        # A generic noun before a name adds nothing.
        ("le groupe Armorichim", "fr", "Armorichim"),
        ("the consumer group FlyFair", "en", "FlyFair"),
        ("le comité citoyen Sauvons le lac", "fr", "Sauvons le lac"),
        ("the citizens' group Sauvons le lac", "en", "Sauvons le lac"),
        ("le laboratoire pharmaceutique Sanofi", "fr", "Sanofi"),
        ("the plastics industry group Plastalliance", "en", "Plastalliance"),
        # ... or in apposition after it.
        ("a consumer group, FlyFair", "en", "FlyFair"),
        # A name closing a lowercase description, not a complement's noun.
        ("l'agence de presse Belga", "fr", "Belga"),
        ("the satellite mapping service Copernicus", "en", "Copernicus"),
        # A ministry by its portfolio: its English name (fr/lexicon.yaml portfolio_ministries).
        ("le ministère de la Santé", "fr", "health ministry"),
        ("Health authorities in southern Belgium", "en", "Health authorities in southern Belgium"),
        # ... but not a description of its own.
        ("The audit court, Senegal's public spending watchdog", "en", "audit court"),
        # In French an "'s" ends a foreign name, no possessor (lexicon.yaml possessive_suffixes).
        ("l'agence de notation, Moody's", "fr", "Moody's"),
        # A complement is no name: "le syndicat des médecins" keeps its words.
        ("le syndicat des médecins", "fr", "syndicat des médecins"),
        ("Economists at Meridia Bank", "en", "Economists at Meridia Bank"),
        ("the Finistere fire service", "en", "Finistere fire service"),
        # A document stands for its author: "the complaint by X" is X.
        ("The complaint by Sauvons le lac", "en", "Sauvons le lac"),
        ("la plainte du comité Sauvons le lac", "fr", "Sauvons le lac"),
        ("the airline Aerovia", "en", "Aerovia"),
        # A representative speaks for the body named with the role.
        ("Régis Fontanet, délégué général de Plastalliance", "fr", "Plastalliance"),
        ("Le manager général de Lumera-Castel, Pierre-Alain Moréac", "fr", "Lumera-Castel"),
        ("Anne Morel, porte-parole d'Armorichim", "fr", "Armorichim"),
        ("Jane Roe, a spokeswoman for Oxfam Novib", "en", "Oxfam Novib"),
        ("Tom Hale, chief executive of Harcourt Securities", "en", "Harcourt Securities"),
        # Negatives: principals keep their name; a lowercase complement is no body.
        ("La ministre wallonne de la Santé, Claire Denoël", "fr", "Claire Denoël"),
        ("le président de la République, Emmanuel Macron", "fr", "Emmanuel Macron"),
        ("Julien Marest, ancien soigneur de Lumera-Castel", "fr", "Julien Marest"),
        ("Olivier Brunel, a spokesman for the doctors", "en", "Olivier Brunel"),
        ("the mayor of Valmorand, Anne Roy", "en", "Anne Roy"),
        # English word order: the body before the role.
        ("Lumera-Castel general manager Pierre-Alain Moreac", "en", "Lumera-Castel"),
        ("Oxfam spokeswoman Jane Roe", "en", "Oxfam"),
        # A minister named after place and portfolio speaks as herself.
        ("Walloon Health Minister Claire Denoël", "en", "Claire Denoël"),
        ("Former spokesman John Reed", "en", "John Reed"),
        # The noun the source answers is no part of it.
        ("a charge the mayor's office", "en", "mayor's office"),
        ("a claim the prefecture", "en", "prefecture"),
        ("une accusation que la mairie", "fr", "mayor's office"),
        ("la version de la police", "fr", "version de la police"),
        ("a claim by Oxfam", "en", "claim by Oxfam"),
        # 'municipalité' is the town as well as its council: no alias, the person stays.
        (
            "la présidente d'élection de la municipalité, Martine Gagnon-Roy",
            "fr",
            "Martine Gagnon-Roy",
        ),
    ],
)
def test_unknown_sources_are_cleaned(
    resolver: SourceResolver, source: str, lang: str, cleaned: str
) -> None:
    assert resolver.canonical(source, lang) == (cleaned, False)


def test_embassy_in_a_capital_is_not_the_host_government(resolver: SourceResolver) -> None:
    assert resolver.canonical("l'ambassade de France à Moscou", "fr")[0] != "Russia"


def test_knows(resolver: SourceResolver) -> None:
    assert resolver.knows("la CGT", "fr")
    assert resolver.knows("Moscou et de Pyongyang", "fr")
    assert not resolver.knows("les deux nations", "fr")


def test_user_alias_file(tmp_path: Path) -> None:
    aliases = tmp_path / "newsroom.yaml"
    aliases.write_text(
        "Syndex: [cabinet Syndex, le cabinet d'études Syndex]\n"
        "Paris Police Prefecture: [la PP, préfecture de police de Paris]\n",
        encoding="utf-8",
    )
    resolver = SourceResolver.with_files(aliases)
    assert resolver.canonical("le cabinet d'études Syndex", "fr") == ("Syndex", False)
    assert resolver.canonical("cabinet Syndex", "en") == ("Syndex", False)
    # Built-in aliases are still there.
    assert resolver.canonical("le Pentagone", "fr") == ("Pentagon", False)


def test_user_alias_file_per_language(tmp_path: Path) -> None:
    aliases = tmp_path / "en.yaml"
    aliases.write_text("Acme Corp: [the widget maker]\n", encoding="utf-8")
    resolver = SourceResolver.with_files(aliases)
    assert resolver.canonical("the widget maker", "en") == ("Acme Corp", False)
    assert resolver.canonical("le Pentagone", "fr") == ("Pentagon", False)


def test_alias_tables_share_canonical_names() -> None:
    fr = set(load_data("aliases", "fr.yaml"))
    en = set(load_data("aliases", "en.yaml"))
    # The same entity gets the same canonical name in both languages.
    for name in ("North Korea", "Pentagon", "Vladimir Putin", "World Health Organization", "AFP"):
        assert name in fr and name in en


def test_alias_format_is_a_mapping_of_lists() -> None:
    for lang in ("fr", "en"):
        table = load_data("aliases", f"{lang}.yaml")
        assert isinstance(table, dict)
        assert all(
            isinstance(v, list) and all(isinstance(a, str) for a in v) for v in table.values()
        )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A comparison gives the figure right before it to its own source.
        pytest.param(
            "Le bilan s'élève à 40 morts, comme l'a indiqué le ministère lundi.",
            "fr",
            [("40 morts", "ministère")],
            id="fr-comme-l-a-indique",
        ),
        pytest.param(
            "Turnout was about 58 per cent, not 61.4 per cent as announced by the returning "
            "officer, the group said.",
            "en",
            [("about 58 per cent", "group"), ("61.4 per cent", "returning officer")],
            id="en-as-announced-by",
        ),
        # "N pour X": a known source, or a body set against another figure.
        pytest.param(
            "On a compté 1,2 million de manifestants pour le ministère de l'Intérieur, "
            "3,5 millions pour la CGT.",
            "fr",
            [
                ("1,2 million de manifestants", "French Interior Ministry"),
                ("3,5 millions", "CGT"),
            ],
            id="fr-pour-known-sources",
        ),
        pytest.param(
            "Douze contrôles positifs, contre sept pour l'agence antidopage et quatre pour la "
            "fédération.",
            "fr",
            [("sept", "agence antidopage"), ("quatre", "fédération")],
            id="fr-contre-n-pour-body",
            marks=pytest.mark.xfail(
                reason="the journalist's 'Douze' (the whistleblower's, from the previous "
                "sentence) goes to the first source of the sentence"
            ),
        ),
        # A name or a source in brackets right after a figure, before a date or detail.
        pytest.param(
            "Entre 4 200 hectares (pompiers, mardi) et 11 350 hectares (Copernicus), l'écart va "
            "presque du simple au triple.",
            "fr",
            [("4 200 hectares", "fire service"), ("11 350 hectares", "Copernicus")],
            id="fr-brackets-after-figures",
        ),
        # A topic set before the clause and taken up by a pronoun.
        pytest.param(
            "Quant au service européen de cartographie par satellite Copernicus, il a recensé "
            "11 350 hectares brûlés.",
            "fr",
            [("11 350 hectares", "service européen de cartographie par satellite Copernicus")],
            id="fr-quant-au-topic-il",
        ),
        pytest.param(
            "As for the satellite service Copernicus, it counted 11,350 hectares.",
            "en",
            [("11,350 hectares", "Copernicus")],
            id="en-as-for-topic-it",
        ),
        # Negatives: a place in brackets after a place; who gets a share, or a beneficiary.
        pytest.param(
            "Le feu a touché 40 maisons à Landivern (Finistère) mercredi.",
            "fr",
            [],
            id="fr-place-in-brackets-is-no-source",
        ),
        pytest.param(
            "Selon l'institut Ipsoval, Marc Delvaux recueillerait 54 % des intentions de vote, "
            "contre 46 % pour la maire sortante Hélène Castagnet.",
            "fr",
            [("54 %", "Ipsoval"), ("46 %", "Ipsoval")],
            id="fr-pour-a-candidate-is-no-source",
        ),
        pytest.param(
            "Le gouvernement a débloqué 5 millions d'euros pour les hôpitaux.",
            "fr",
            [],
            id="fr-pour-a-beneficiary-is-no-source",
        ),
        # A figure-giving participle after a figure: digits or number words.
        pytest.param(
            "Julien Marest said there were at least 12 positive tests, three times the 4 cases "
            "recognised by the federation.",
            "en",
            [("at least 12 positive tests", "Julien Marest"), ("4 cases", "federation")],
            id="en-recognised-by",
        ),
        pytest.param(
            "Julien Marest said there were at least 12 positive tests, three times the four "
            "cases recognised by the federation.",
            "en",
            [("at least 12 positive tests", "Julien Marest"), ("four cases", "federation")],
            id="en-number-word-recognised-by",
        ),
        # A relative clause set off by commas runs up to the verb, a list of places included;
        # an opening adverbial ("Dans un communiqué publié mardi,") is no part of the subject.
        pytest.param(
            "Dans un communiqué publié mardi, le groupe hospitalier Rance-Émeraude (GHRE), qui "
            "regroupe les hôpitaux de Saint-Malo, Dinan, Cancale et Combourg, a indiqué que les "
            "données de 212 000 patients avaient été dérobées.",
            "fr",
            [("212 000 patients", "GHRE")],
            id="fr-relative-with-a-list",
        ),
        pytest.param(
            "The Groupe Hospitalier Rance-Emeraude (GHRE), which runs hospitals in Saint-Malo, "
            "Dinan, Cancale and Combourg, said the data of 212,000 patients had been taken.",
            "en",
            [("212,000 patients", "GHRE")],
            id="en-relative-with-a-list",
        ),
        pytest.param(
            "La mutuelle Solvia, qui couvre les salariés de Lyon, Grenoble et Annecy, estime "
            "que 4 000 dossiers sont en attente.",
            "fr",
            [("4 000 dossiers", "mutuelle Solvia")],
            id="fr-relative-with-a-list-written",
        ),
        # ...but a verb after the relative shows the clause went on: the verb is inverted.
        pytest.param(
            "Onze personnes, dont un adjoint au maire, des cadres des services techniques et "
            "plusieurs chefs d'entreprise, ont été placées en garde à vue, a précisé le Parquet "
            "national financier (PNF) dans un communiqué.",
            "fr",
            [("Onze personnes", "financial prosecutor")],
            id="fr-relative-then-verb-is-inverted",
        ),
        # A manner adverb between subject and verb is no part of the source.
        pytest.param(
            "GHRE flatly denied having offered the $300,000.",
            "en",
            [("$300,000", "GHRE")],
            id="en-manner-adverb-before-verb",
        ),
        pytest.param(
            "La direction dément vigoureusement avoir proposé 300 000 dollars.",
            "fr",
            [("300 000 dollars", "direction")],
            id="fr-manner-adverb-after-verb",
        ),
        # A name ending in a digit, then an apposition with its own relative clause.
        pytest.param(
            "Kraken9, a ransomware gang that has been active since 2024, claimed responsibility "
            'on its leak site late on Monday and said it held "more than 750,000 patient files".',
            "en",
            [("more than 750,000 patient files", "Kraken9")],
            id="en-digit-name-apposition-relative",
        ),
        pytest.param(
            "Border Aid Network, a charity that has worked there since 2021, said 410 pushbacks "
            "had been recorded.",
            "en",
            [("410 pushbacks", "Border Aid Network")],
            id="en-apposition-relative-with-since",
        ),
        # Who relays what others told them asserts it (the outer speaker), not the others...
        pytest.param(
            "The charity Utopia 56, which supports migrants on the French coast, said survivors "
            "had told its volunteers that around 75 people were on board.",
            "en",
            [("around 75 people", "Utopia")],
            id="en-relayed-speech-is-the-relayer-s",
        ),
        pytest.param(
            "L'association Utopia 56 a affirmé que des rescapés lui avaient raconté que 75 "
            "personnes étaient à bord.",
            "fr",
            [("75 personnes", "Utopia")],
            id="fr-relayed-speech-is-the-relayer-s",
        ),
        # ...but a second speaker in a clause of its own keeps its figure.
        pytest.param(
            "The ministry said 300 people were arrested, while the union said 500 were.",
            "en",
            [("300 people were arrested", "ministry"), ("500", "union")],
            id="en-two-speakers-two-clauses",
        ),
        pytest.param(
            "Le ministère affirme que 300 personnes ont été interpellées, tandis que le syndicat "
            "en compte 500.",
            "fr",
            [
                ("300 personnes ont été interpellées", "ministère"),
                ("500", "trade unions (organisers)"),
            ],
            id="fr-two-speakers-two-clauses",
        ),
        # One phrase and a comma before the verb is no subject: the verb is inverted.
        pytest.param(
            "Parmi les victimes figurent deux enfants, a précisé la préfecture maritime.",
            "fr",
            [("deux enfants", "préfecture maritime")],
            id="fr-opening-phrase-then-inverted-verb",
        ),
        pytest.param(
            "Among the victims were two children, the prefecture said.",
            "en",
            [("two children", "prefecture")],
            id="en-opening-phrase-then-inverted-verb",
        ),
        pytest.param(
            "Faux, rétorque le groupe, qui n'aurait perçu que 1,9 million d'euros.",
            "fr",
            [("1,9 million d'euros", "groupe")],
            id="fr-one-word-reply-then-inverted-verb",
        ),
        # A name in brackets renames a description, not a name given already.
        pytest.param(
            "Polish NGO Border Aid Network (Siec Pomocy Granicznej) put the number at 2,000 "
            "asylum seekers.",
            "en",
            [("2,000 asylum seekers", "Polish NGO Border Aid Network")],
            id="en-bracketed-translation-after-a-name",
        ),
        pytest.param(
            "The regional audit court (Chambre régionale des comptes, CRC) said 41 contracts "
            "were irregular.",
            "en",
            [("41 contracts", "Chambre régionale des comptes")],
            id="en-bracketed-name-after-a-description",
        ),
        # An inverted subject is neither a reported clause nor the object's quantity; who
        # was before the comma speaks ("les syndicats", "a person at…", "a former employee").
        pytest.param(
            "Les syndicats, qui ont appelé à la grève, en revendiquent plus de 800 000.",
            "fr",
            [("plus de 800 000", "trade unions (organisers)")],
            id="fr-relative-then-object-quantity",
        ),
        pytest.param(
            "Les pirates, qui ont commencé à publier des données, en revendiquent plus de 800 000.",
            "fr",
            [("plus de 800 000", "pirates")],
            id="fr-relative-then-object-quantity-unknown-noun",
            marks=pytest.mark.xfail(
                reason="'pirates' is no speaker noun: adding it (and 'hackers', 'gang') gives "
                "devset16's press-sourced 'Selon nos informations, les pirates réclament…' "
                "to the hackers; the inverted 'plus de' is no longer taken as the source"
            ),
        ),
        pytest.param(
            "A person at France's economy ministry, who asked not to be named, said the group "
            "had also claimed about €4.5mn in research tax credits since 2020.",
            "en",
            [("about €4.5mn", "anonymous")],
            # passes since `_np_like` reads an unnamed person ("a person at…") as a subject
            id="en-anonymous-person-then-reported-clause",
        ),
        pytest.param(
            "A former employee, who spoke on condition of anonymity, told The Associated Press "
            "that 300 kilos of chicken had been left on the dock.",
            "en",
            [("300 kilos", "former employee")],
            id="en-told-the-press-is-no-source",
            marks=pytest.mark.xfail(
                reason="'employee' is no speaker noun (adding it lets a 'by a … former employee "
                "and' complement speak in devset4), so the outlet told is taken as an inverted "
                "subject"
            ),
        ),
        # A coordination inside an apposition describes one speaker; two names joined
        # before the apposition are still two.
        pytest.param(
            "Nadia Ouellet, a biology professor and former dean of science, said 14 theses had "
            "been copied.",
            "en",
            [("14 theses", "Nadia Ouellet")],
            id="en-coordination-inside-apposition",
        ),
        pytest.param(
            "Marc Leroy, un ancien policier et syndicaliste, affirme que 300 agents ont "
            "démissionné.",
            "fr",
            [("300 agents", "Marc Leroy")],
            id="fr-coordination-inside-apposition",
        ),
        pytest.param(
            "La CGT et FO revendiquent 12 000 manifestants.",
            "fr",
            [("12 000 manifestants", "CGT and FO")],
            id="fr-two-named-bodies-stay-a-list",
        ),
        # A calendar date between an inverted verb and its subject is a time adverbial.
        pytest.param(
            "Le déficit devrait atteindre 5,1 % du PIB en 2026, a estimé jeudi 16 avril la Cour "
            "des comptes devant la commission des finances.",
            "fr",
            [("5,1 %", "Cour des comptes")],
            id="fr-inverted-after-weekday-and-date",
        ),
        pytest.param(
            "Le bilan est passé à 14 morts, a indiqué le 3 mars 2026 la préfecture du Var.",
            "fr",
            [("14 morts", "Var prefecture")],
            id="fr-inverted-after-dated-article",
        ),
        pytest.param(
            "Le bilan est passé à 14 morts, a indiqué le 1er mars la préfecture du Var.",
            "fr",
            [("14 morts", "Var prefecture")],
            id="fr-inverted-after-first-of-month",
        ),
        pytest.param(
            "The death toll has risen to 14, said on March 3rd the regional prefecture.",
            "en",
            [("14", "prefecture")],
            id="en-inverted-after-suffixed-day",
        ),
        # A verb right after a coordinator shares the first verb's subject: the words before
        # "et"/"and" are no subject of their own.
        pytest.param(
            "Le syndicat Unité Police conteste le bilan et évoque 50 interpellations.",
            "fr",
            [("50 interpellations", "Unité Police")],
            id="fr-coordinated-verbs-share-subject",
        ),
        pytest.param(
            "The union disputes the toll and says 50 people were arrested.",
            "en",
            [("50 people were arrested", "union")],
            id="en-coordinated-verbs-share-subject",
        ),
        # A counting participle after a subject pronoun or a perfect auxiliary is active: the
        # "by"/"par" phrase after its object names no agent. A true passive keeps its agent.
        pytest.param(
            'The agency disputes the figure. It counted "around 700" nights spent by patients '
            "on trolleys in July.",
            "en",
            [("around 700", "agency")],
            id="en-active-counting-verb-no-agent",
        ),
        pytest.param(
            "L'agence conteste. Elle a recensé 38 cas signalés par des médecins de ville.",
            "fr",
            [("38 cas", "agence")],
            id="fr-active-counting-verb-no-agent",
        ),
        pytest.param(
            "Gusts of 110 km/h were recorded by the Met Office on Sunday.",
            "en",
            [("110 km", "Met Office")],
            id="en-passive-counting-verb-keeps-agent",
        ),
        pytest.param(
            "Des rafales de 110 km/h ont été relevées par Météo-France dimanche.",
            "fr",
            [("110 km", "Météo-France")],
            id="fr-passive-counting-verb-keeps-agent",
        ),
        # A "selon X" closing a passive's clause names who asserts; the agent only set the
        # figure. Without one, the agent keeps it.
        pytest.param(
            "La jauge autorisée avait été fixée à 25 000 places par un arrêté préfectoral de "
            "2023, selon la préfecture.",
            "fr",
            [("25 000 places", "prefecture")],
            id="fr-according-to-closes-passive",
        ),
        pytest.param(
            "The toll was put at 40 by health officials, according to state media.",
            "en",
            [("40", "state media")],
            id="en-according-to-closes-passive",
        ),
        pytest.param(
            "The toll was put at 40 by health officials on Monday.",
            "en",
            [("40", "health officials")],
            id="en-passive-agent-without-according-to",
        ),
        # A capitalised word of an inverted subject's name is no auxiliary ("Est", "Will").
        pytest.param(
            "Douze personnes ont été hospitalisées, a indiqué l'ARS Grand Est.",
            "fr",
            [("Douze personnes", "ARS Grand Est")],
            id="fr-inverted-name-with-est",
        ),
        pytest.param(
            "At least 40 homes were flooded, said Will Thompson, the county's emergency "
            "planning officer.",
            "en",
            [("At least 40 homes", "Will Thompson")],
            id="en-inverted-name-with-will",
            marks=pytest.mark.xfail(
                reason="the inverted subject is found past 'Will', read as an auxiliary before "
                "the name (_forward_source): the source is 'Thompson'"
            ),
        ),
        pytest.param(
            "Le déficit atteint 12 millions d'euros, a déclaré le président de la région "
            "Grand Est.",
            "fr",
            [("12 millions d'euros", "Grand Est")],
            id="fr-inverted-role-of-a-region-with-est",
        ),
    ],
)
def test_attribution_forms(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert sources_by_figure(text, lang) == expected


@pytest.mark.parametrize(
    ("before", "lang"),
    [
        ("Le syndicat Force ouvrière a, pour sa part,", "fr"),
        ("La CGT, pour leur part", "fr"),
        ("Le ministère de l'Intérieur a de son côté", "fr"),
        ("La préfecture a vigoureusement", "fr"),
        ("Les organisateurs, qui", "fr"),
        ("The union has been", "en"),
        ("The ministry, in a statement", "en"),
        ("Police had strongly", "en"),
        ("The agency, on Monday", "en"),
        ("", "en"),
    ],
)
def test_bounded_look_back_finds_what_a_full_search_finds(before: str, lang: str) -> None:
    """The subject finder's end-anchored patterns searched from a few words before the end
    (`_ending`) match exactly where a search of the whole text does, multi-word
    auxiliaries ("pour leur part", "in a statement") included."""
    lex = lexicon(lang)
    for pattern, spaces in (
        (lex.trailing_aux, lex.trailing_aux_words - 1),
        (lex.adverb, 0),
        (_LAST_TOKEN, 1),
    ):
        found, bounded = pattern.search(before), _ending(pattern, before, spaces)
        assert (found and found.span()) == (bounded and bounded.span())


@pytest.mark.parametrize(
    ("words", "lang", "length"),
    [
        ("1er avril la cour", "fr", 2),
        ("16 avril 2026 la cour", "fr", 3),
        ("avril 2026 la cour", "fr", 0),  # a month and a year: no day
        ("3rd avril la cour", "fr", 0),  # an English day suffix in French text
        ("March 3rd the court", "en", 2),
        ("21st March 2026 the court", "en", 3),
        ("March 2026 the court", "en", 0),
        ("21er March the court", "en", 0),  # a French day suffix in English text
    ],
)
def test_date_length_day_suffixes(words: str, lang: str, length: int) -> None:
    """A calendar date's day takes the suffixes its language lists (numbers.yaml
    `day_suffixes`), and only those."""
    tokens = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(words)]
    assert _date_length(tokens, 0, lexicon(lang)) == length


@pytest.mark.parametrize(
    ("text", "lang", "noun", "expected"),
    [
        # A descriptive noun names the one organisation of its kind the article named.
        pytest.param(
            "Le feu a ravagé l'usine chimique Armorichim de Landivern. Le PDG du groupe a démenti.",
            "fr",
            "groupe",
            "Armorichim",
            id="fr-usine-then-groupe",
        ),
        pytest.param(
            "Le syndicat Unité Police conteste le bilan. Le syndicat parle de 50 interpellations.",
            "fr",
            "syndicat",
            "Unité Police",
            id="fr-syndicat-name",
        ),
        pytest.param(
            "Le Comité citoyen Sauvons le lac a porté plainte. Le comité conteste le résultat.",
            "fr",
            "comité",
            "Sauvons le lac",
            id="fr-capitalised-noun-opens-the-name",
        ),
        pytest.param(
            "A fire hit the Armorichim factory on Wednesday. The firm's chief executive denied it.",
            "en",
            "firm",
            "Armorichim",
            id="en-factory-then-firm",
        ),
        pytest.param(
            "Aerovia Group said hackers stole data. The Valdorian carrier said no cards leaked.",
            "en",
            "carrier",
            "Aerovia",
            id="en-titled-name",
        ),
        pytest.param(
            "FlyFair, a consumer group, filed a complaint. The group, said FlyFair, counts 3mn.",
            "en",
            "group",
            "FlyFair",
            id="en-apposition",
        ),
        # Negatives: two bodies of a kind, adjectives, dates and sentence-initial words.
        pytest.param(
            "The CGT union and the FO union disagree. The union says 20 were hurt.",
            "en",
            "union",
            None,
            id="en-two-unions-no-guess",
        ),
        pytest.param(
            "The Palestinian group denied it. The group said it fired nothing.",
            "en",
            "group",
            None,
            id="en-demonym-is-no-name",
        ),
        pytest.param(
            "Sollicitée, l'agence n'a pas répondu. L'agence se tait.",
            "fr",
            "agence",
            None,
            id="fr-sentence-initial-word-is-no-name",
        ),
        pytest.param(
            "L'association Eaux et rivières du Léon s'inquiète. L'association parle de pollution.",
            "fr",
            "association",
            None,
            id="fr-cut-short-name-is-left-out",
        ),
    ],
)
def test_article_organisations(text: str, lang: str, noun: str, expected: str | None) -> None:
    assert article_organisations(text, lexicon(lang)).get(noun) == expected


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "expected"),
    [
        ("L'agence régionale de santé (ARS) recense 312 cas.", "fr", "l'agence", "ARS"),
        ("L'agence régionale de santé (ARS) recense 312 cas.", "fr", "l'agence régionale", "ARS"),
        ("Aerovia Group said it was hacked.", "en", "the Valdorian carrier", "Aerovia"),
        # A complement is no modifier: "the carrier of the year" names nothing here.
        ("Aerovia Group said it was hacked.", "en", "the carrier of the year", None),
    ],
)
def test_acronym_for_head_nouns(text: str, lang: str, phrase: str, expected: str | None) -> None:
    lex = lexicon(lang)
    assert acronym_for(phrase, article_acronyms(text, lex), lex) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A named person opening a clause with no auxiliary is the subject a pronoun resumes.
        ("Aujourd'hui, Julien Marest parle.", "fr", "Julien Marest"),
        ("En France, Emmanuel Macron visite Lyon.", "fr", "Emmanuel Macron"),
        ("Le Monde a publié une enquête.", "fr", "Le Monde"),
        ("Il a travaillé six saisons dans l'ombre du peloton.", "fr", "Il"),
        # Negative: no capitalised name, no auxiliary.
        ("Aujourd'hui, tout le monde parle.", "fr", None),
    ],
)
def test_main_subject(text: str, lang: str, expected: str | None) -> None:
    span = main_subject(text, lexicon(lang), lambda words: False)
    assert (text[span[0] : span[1]] if span else None) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A relative clause between commas is skipped, words like "before" in it too.
        (
            "Ipsoval, whose survey days before the vote put Mr Delvaux eight points ahead, said "
            "yesterday that it stood by its work.",
            "en",
            ["Ipsoval"],
        ),
        (
            "Le syndicat Unité Police, dont le délégué a parlé avant la réunion, affirme que 50 "
            "personnes ont été interpellées.",
            "fr",
            ["Unité Police"],
        ),
        # A second speaker after a semicolon, with no comma between the verbs.
        (
            "Marc Delvaux said the vote was rigged. The prefecture says he lost by 412 votes; he "
            'puts the gap at "barely 200", once ghost proxies are removed.',
            "en",
            ["Marc Delvaux", "prefecture", "Marc Delvaux"],
        ),
        # Negative: a subordinate clause that is no relative still starts the verb's clause.
        (
            "Before the vote, the institute said it stood by its work.",
            "en",
            ["institute"],
        ),
    ],
)
def test_relative_clause_words_do_not_start_the_clause(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [c.attribution.canonical for c in extract_claims(text, lang)] == expected


def test_a_pronoun_resumes_a_person_named_without_auxiliary() -> None:
    text = (
        "Aujourd'hui, Julien Marest parle. « Il y avait un protocole, des seringues dans les "
        "glacières », raconte-t-il."
    )
    assert [c.attribution.canonical for c in extract_claims(text, "fr")] == ["Julien Marest"]


@pytest.mark.parametrize(
    ("source", "lang", "organisation"),
    [
        ("UNHCR spokesperson Hanne Lidvall", "en", "UNHCR"),
        ("government spokesman Milan Horak", "en", "government"),
        ("Lumera-Castel general manager Pierre-Alain Moreac", "en", "Lumera-Castel"),
        ("le porte-parole du ministère, le colonel Anatol Brezny", "fr", "ministère"),
        # A place and portfolio before a minister name the office, not a body of the article.
        ("Walloon Health Minister Claire Denoël", "en", "Walloon Health Minister"),
        # Negatives: a qualifier or a common adjective is no body.
        ("Former spokesman John Reed", "en", None),
        ("Regional health director Nathalie Orsini", "en", None),
    ],
)
def test_organisation_of(source: str, lang: str, organisation: str | None) -> None:
    assert organisation_of(source, lexicon(lang)) == organisation


CLITIC_TRADE_OFF = (
    "object pronouns after a subject pronoun are not skipped yet: doing so finds two more "
    "devset2 claims whose speaker (an opposition leader) other tests pin as a person, not "
    "his party, which takes devset2's source accuracy under its floor"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An object pronoun between subject pronoun and verb is no article ("il LES juge").
        pytest.param(
            "Quant aux 45 000 emplois promis, il les juge « fantaisistes ».",
            [("il", "juge")],
            marks=pytest.mark.xfail(reason=CLITIC_TRADE_OFF),
        ),
        pytest.param(
            "Elle la dément formellement.",
            [("Elle", "dément")],
            marks=pytest.mark.xfail(reason=CLITIC_TRADE_OFF),
        ),
        # Negative: after an article the verb form is a noun ("les juges").
        ("Selon eux, les juges sont sévères.", [("eux", "Selon")]),
    ],
)
def test_object_pronouns_are_no_articles(text: str, expected: list[tuple[str, str]]) -> None:
    lex = lexicon("fr")
    cues = find_cues(text, lex, lambda words: False)
    assert [(c.source, text[c.trigger_start : c.trigger_end]) for c in cues] == expected


NEEDS_CLAIMS_WIRING = (
    "needs the claims.py wiring proposed in the sources helper's report (article organisations "
    "of a kind before 'the organisation that spoke last', same-sentence possessives, role "
    "subjects of claim-less sentences, descriptions that are clauses)"
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "the company" is the one company the article named, not the union that spoke last.
        pytest.param(
            "A fire hit the Armorichim factory. The CGT union says 20 were hurt. The company's "
            'estimate is lower: in a statement it spoke of "around 10 people".',
            "en",
            ["CGT", "Armorichim"],
            id="en-the-company-is-the-named-company",
        ),
        # "son délégué" in the sentence that names the union speaks for that union.
        pytest.param(
            "À en croire le syndicat Unité Police, le bilan serait plus lourd : son délégué "
            "départemental, Yannick Ferrand, avance le chiffre de 50 interpellations.",
            "fr",
            ["Unité Police"],
            id="fr-possessive-in-the-same-sentence",
        ),
        # A clause after a comma is no description of the speaker ("(CHU)" is not the agency's).
        pytest.param(
            "L'agence régionale de santé (ARS) recense 312 cas. Selon l'agence, dix-sept de ces "
            "cas ont été contractés au sein du centre hospitalier universitaire (CHU) de Montclar.",
            "fr",
            ["ARS", "ARS"],
            id="fr-a-clause-is-no-description",
        ),
        # Negative: with two companies named, "the company" is not guessed from the kind.
        pytest.param(
            "Acme Inc. and the Zenith factory were fined. The company said it would appeal "
            "against the 5 million euro fine.",
            "en",
            ["company"],
            id="en-two-companies-no-guess",
        ),
    ],
)
def test_speakers_across_the_article(text: str, lang: str, expected: list[str]) -> None:
    assert [c.attribution.canonical for c in extract_claims(text, lang)] == expected


# Round 2 attribution forms: (text, lang, [(canonical source, figure value or None)]); an empty
# list means no claim at all.
ROUND2_FORMS = [
    # A demonstrative source is read, not dropped; a time word after "ce" is no source.
    pytest.param(
        "D'après cette organisation, quelque 6 500 personnes ont fui leurs maisons.",
        "fr",
        [("organisation", 6500)],
        id="fr-demonstrative-source",
    ),
    pytest.param(
        "Selon ce responsable, 40 personnes sont mortes dans l'attaque.",
        "fr",
        [("responsable", 40)],
        id="fr-demonstrative-person",
    ),
    pytest.param(
        "Selon la police ce jeudi, 40 personnes sont mortes.",
        "fr",
        [("police", 40)],
        id="fr-demonstrative-time-word-ends-source",
    ),
    pytest.param(
        "Selon ce qui a été annoncé, 40 personnes sont mortes.", "fr", [], id="fr-ce-qui-no-source"
    ),
    pytest.param(
        "According to this group, 6,500 people fled their homes.",
        "en",
        [("group", 6500)],
        id="en-demonstrative-source",
    ),
    # "Pour" + a party of a trial or dispute; not any opening "pour".
    pytest.param(
        "Pour la défense, les fonds litigieux ne dépassent pas 600 millions de FCFA.",
        "fr",
        [("défense", 600_000_000)],
        id="fr-pour-la-defense",
    ),
    pytest.param(
        "Pour l'accusation, le préjudice atteint 14 milliards de FCFA.",
        "fr",
        [("prosecutor's office", 14_000_000_000)],
        id="fr-pour-l-accusation",
    ),
    pytest.param(
        "Pour la plupart des ménages, la facture augmentera de 10 %.",
        "fr",
        [],
        id="fr-pour-households-no-source",
    ),
    pytest.param(
        "For the defence, the sums involved were no more than 600 million CFA francs.",
        "en",
        [("defence", 600_000_000)],
        id="en-for-the-defence",
    ),
    pytest.param(
        "For most households, bills will rise by 10% next year.", "en", [], id="en-for-households"
    ),
    # The ministry of defence is no party to a trial.
    pytest.param(
        "Le ministère norvakien de la Défense a fait état de 19 soldats tués.",
        "fr",
        [("ministère norvakien de la Défense", 19)],
        id="fr-defence-ministry-is-not-the-defence",
    ),
    # An adverb inside a multi-word verb; the earlier figure compared is the same source's.
    pytest.param(
        "L'armée indienne fait désormais état de cinq civils tués de son côté, contre trois "
        "annoncés lundi.",
        "fr",
        [("armée indienne", 5), ("armée indienne", 3)],
        id="fr-adverb-inside-faire-etat",
    ),
    pytest.param(
        "Prosecutors have since put the number at 163.",
        "en",
        [("prosecutor's office", 163)],
        id="en-adverb-between-aux-and-put",
    ),
    pytest.param(
        "The regulator has now revised the figure to 2,300 households.",
        "en",
        [("regulator", 2300)],
        id="en-adverb-before-revised",
    ),
    # Requests, revisions and mappings are their author's figures.
    pytest.param(
        "Le procureur a également demandé une amende de 5 milliards de FCFA.",
        "fr",
        [("prosecutor's office", 5_000_000_000)],
        id="fr-requested-fine",
    ),
    pytest.param(
        "Le maire a demandé aux habitants de rester chez eux.", "fr", [], id="fr-request-no-figure"
    ),
    pytest.param(
        "Dans ses réquisitions, le parquet a toutefois ramené le montant des détournements à "
        "13,2 milliards de FCFA.",
        "fr",
        [("prosecutor's office", 13_200_000_000)],
        id="fr-revised-amount",
    ),
    pytest.param(
        "Les pompiers ont porté le bilan à 40 morts mardi soir.",
        "fr",
        [("fire service", 40)],
        id="fr-porte-le-bilan",
    ),
    pytest.param(
        "Le service Copernicus a cartographié une zone brûlée de 11 350 hectares.",
        "fr",
        [("Copernicus", 11350)],
        id="fr-mapped",
    ),
    pytest.param(
        "Copernicus, the European Union's satellite monitoring service, mapped a burnt area of "
        "11,350 hectares.",
        "en",
        [("Copernicus", 11350)],
        id="en-mapped",
    ),
    pytest.param(
        "The electoral commission tallied 1,204 spoilt ballots.",
        "en",
        [("electoral commission", 1204)],
        id="en-tallied",
    ),
    # A topic set by "for"/"pour" and taken up by a pronoun after a colon is the speaker.
    pytest.param(
        "For the village associations that joined the case as civil parties, the damage is "
        "counted in wells, not francs: they say at least 200 villages were affected.",
        "en",
        [("village associations", 200)],
        id="en-for-topic-taken-up-after-colon",
    ),
    pytest.param(
        "Pour les associations de villageois, le compte se fait en puits : elles affirment que "
        "200 villages ont été touchés.",
        "fr",
        [("associations de villageois", 200)],
        id="fr-pour-topic-taken-up-after-colon",
    ),
    pytest.param(
        "For the first time, they said 200 villages were affected.",
        "en",
        [],
        id="en-for-time-phrase-is-no-topic",
    ),
    # A relative clause set off by commas leaves its antecedent as the next verb's subject.
    pytest.param(
        "Kiev, which denies using drones, accused Moscow of shelling 12 villages overnight.",
        "en",
        [("Ukraine", 12)],
        id="en-subject-across-closed-relative",
    ),
    pytest.param(
        "New Delhi, qui dément avoir utilisé des drones armés, accuse en outre Islamabad d'avoir "
        "infiltré des « éléments terroristes ».",
        "fr",
        [("India", None)],
        id="fr-subject-across-closed-relative",
    ),
    pytest.param(
        "Bien que la direction nie tout licenciement, le syndicat affirme que 200 postes seront "
        "supprimés.",
        "fr",
        [("direction", None), ("trade unions (organisers)", 200)],
        id="fr-open-subordinate-still-ends-subject",
    ),
    # An age between name and description does not make the subject too long.
    pytest.param(
        "Ndeye Coumba Faye, 49, the former chief accountant of the National Rural Boreholes "
        "Agency, said she had carried out orders to approve 40 payments.",
        "en",
        [("Ndeye Coumba Faye", 40)],
        id="en-age-then-long-description",
    ),
    # A demonstrative description is the one organisation of its kind the article named.
    pytest.param(
        "La mission d'observation des Nations unies (UNMOGIP) a recensé neuf civils tués. L'ONG "
        "Peace Frontiers avance un bilan de 13 morts. D'après cette organisation, quelque 6 500 "
        "personnes ont fui leurs maisons.",
        "fr",
        [("Peace Frontiers", 13), ("Peace Frontiers", 6500)],
        id="fr-this-organisation-is-the-named-ngo",
    ),
    # A candidate described by role is the person the article just named.
    pytest.param(
        "Marc Delvaux a perdu l'élection de 89 voix. « Nous avons relevé au moins 600 "
        "procurations suspectes », affirme le candidat divers gauche.",
        "fr",
        [("Marc Delvaux", 600)],
        id="fr-the-candidate-is-the-named-person",
    ),
    pytest.param(
        'Marc Delvaux lost by 89 votes. "We found at least 600 suspicious proxies," the '
        "candidate said.",
        "en",
        [("Marc Delvaux", 600)],
        id="en-the-candidate-is-the-named-person",
    ),
    # Occupations speak for themselves.
    pytest.param(
        "The accountant told the court that 40 payments were approved without checks.",
        "en",
        [("accountant", 40)],
        id="en-occupation-subject",
    ),
    pytest.param(
        "L'ancienne comptable a affirmé que 40 paiements avaient été validés sans contrôle.",
        "fr",
        [("ancienne comptable", 40)],
        id="fr-occupation-subject",
    ),
    # A possessive ending a source names its owner.
    pytest.param(
        "Pakistan's claim that it shot down 19 Indian drones could not be independently verified.",
        "en",
        [("Pakistan", 19)],
        id="en-possessive-source",
    ),
    pytest.param(
        "India's army said its retaliation had killed at least 11 Pakistani soldiers, a claim "
        "Pakistan's military dismissed as pure fiction.",
        "en",
        [("India's army", 11)],
        id="en-answered-claim-before-a-name",
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROUND2_FORMS)
def test_round2_attribution_forms(
    text: str, lang: str, expected: list[tuple[str, float | None]], resolver: SourceResolver
) -> None:
    claims = extract_claims(text, lang, resolver)
    found = [
        (c.attribution.canonical, c.figure.value if c.figure is not None else None) for c in claims
    ]
    if not expected:
        assert found == []
    for item in expected:
        assert item in found, found


@pytest.mark.parametrize(
    ("source", "lang", "canonical"),
    [
        # An unnamed spokesperson speaks for the body, up to a place complement.
        ("un porte-parole de l'armée à Srinagar", "fr", "army"),
        ("a spokesman for the army in Srinagar", "en", "army"),
        # An unnamed country's army is named alike in both languages; a named one is not it.
        ("l'armée", "fr", "army"),
        ("the military", "en", "army"),
        ("L'armée russe", "fr", "Russian Defence Ministry"),
        ("a spokeswoman for the UN refugee agency", "en", "UNHCR"),
        ("un porte-parole de l'ONU à New York", "fr", "United Nations"),
        ("a spokesman", "en", "anonymous"),
        ("un témoin", "fr", "anonymous"),
        # A financial prosecutor's office is a body of its own, in both languages.
        ("le parquet financier", "fr", "financial prosecutor"),
        ("le Parquet national financier (PNF)", "fr", "financial prosecutor"),
        ("the financial prosecutor's office", "en", "financial prosecutor"),
        ("le parquet", "fr", "prosecutor's office"),
        # A former official speaks for herself; a body's name ending in its noun stays whole.
        (
            "Ndeye Coumba Faye, the former chief accountant of the National Rural Boreholes Agency",
            "en",
            "Ndeye Coumba Faye",
        ),
        ("L'ancienne directrice de l'agence, Marie Dupont", "fr", "Marie Dupont"),
        ("Pakistan's", "en", "Pakistan"),
        # An acronym descriptor before a name is no part of it.
        ("L'ONG Peace Frontiers", "fr", "Peace Frontiers"),
        ("the NGO Peace Frontiers", "en", "Peace Frontiers"),
        ("Military Observer Group", "en", "Military Observer Group"),
    ],
)
def test_round2_canonical_names(
    source: str, lang: str, canonical: str, resolver: SourceResolver
) -> None:
    assert resolver.canonical(source, lang)[0] == canonical


@pytest.mark.parametrize(
    ("source", "lang", "canonical"),
    [
        # A title that is itself a body's alias: the person speaks in that office.
        ("Le procureur Ibrahima Diouf", "fr", "prosecutor's office"),
        ("le préfet Jean-Marc Ollivier", "fr", "prefecture"),
        ("Prosecutor Ibrahima Diouf", "en", "prosecutor's office"),
        ("Prefect Jean Dupont", "en", "prefecture"),
        # A description of a person, or a title that names no body, keeps the person.
        ("Whistleblower Julien Marest", "en", "Julien Marest"),
        ("Le lanceur d'alerte Julien Marest", "fr", "Julien Marest"),
        ("Le président Emmanuel Macron", "fr", "Emmanuel Macron"),
        # Capitalised words of one name are no title.
        ("Military Observer Group", "en", "Military Observer Group"),
    ],
)
def test_a_titled_person_speaks_for_the_office_the_title_names(
    source: str, lang: str, canonical: str, resolver: SourceResolver
) -> None:
    assert resolver.canonical(source, lang)[0] == canonical


@pytest.mark.parametrize(
    ("source", "lang", "organisation"),
    [
        (
            "the chief accountant of the National Rural Boreholes Agency",
            "en",
            "the National Rural Boreholes Agency",
        ),
        ("le secrétaire général de la CGT Philippe Martinez", "fr", "CGT"),
        ("the former chief accountant of the agency", "en", None),
        ("l'ex-directeur de l'agence", "fr", None),
        ("l'ancien directeur de l'agence", "fr", None),
        ("la directrice de l'agence", "fr", "agence"),
    ],
)
def test_round2_organisation_of(source: str, lang: str, organisation: str | None) -> None:
    assert organisation_of(source, lexicon(lang)) == organisation


@pytest.mark.parametrize(
    ("source", "lang", "former"),
    [
        ("Ndeye Coumba Faye, 49, the former chief accountant of the agency (ANFR)", "en", True),
        ("Jean Dupont, l'ex-directeur de l'agence", "fr", True),
        ("L'ancienne directrice de l'agence, Marie Dupont", "fr", True),
        ("La directrice de l'agence, Marie Dupont", "fr", False),
        ("a spokesman for the agency (ANFR)", "en", False),
    ],
)
def test_former_official(source: str, lang: str, former: bool) -> None:
    assert former_official(source, lexicon(lang)) is former


# --- A generic head ("l'entreprise", "the union") is the one body of its kind named before ---

_OF_KIND = [
    pytest.param(
        "VAL-D'OR — Trois mineurs sont portés disparus, a indiqué l'exploitant, Mines Arctica.\n"
        "Deux d'entre eux ont été localisés, selon l'entreprise.",
        "fr",
        "Deux d'entre eux",
        "Mines Arctica",
        id="fr-operator-then-entreprise",
    ),
    pytest.param(
        "Le Syndicat des Cheminots conteste ce décompte.\n"
        "Selon le syndicat, 40 agents ont été blessés lors de l'évacuation.",
        "fr",
        "Selon le syndicat",
        "Syndicat des Cheminots",
        id="fr-named-union-then-syndicat",
    ),
    pytest.param(
        "Trois salariés ont été blessés, a indiqué le producteur jurassien Berthoz.\n"
        "La compagnie évoque par ailleurs 12 lots rappelés.",
        "fr",
        "La compagnie",
        "Berthoz",
        id="fr-producer-then-compagnie",
    ),
    pytest.param(
        "The operator, Kestrel Mining, said 12 workers had been evacuated.\n"
        "Three of them were injured, the company said.",
        "en",
        "Three of them",
        "Kestrel Mining",
        id="en-operator-then-company",
    ),
    pytest.param(
        "The Harbour Workers union said 30 dockers had walked out.\n"
        "The union said 200 more would join on Monday.",
        "en",
        "200 more",
        "Harbour Workers",
        id="en-named-union-then-union",
    ),
]


def _claim_at(text: str, lang: str, words: str) -> str:
    """The canonical source of the first claim whose sentence contains `words`."""
    claim = next(c for c in extract_claims(text, lang) if words in c.sentence)
    return claim.attribution.canonical


@pytest.mark.parametrize(("text", "lang", "words", "canonical"), _OF_KIND)
def test_a_generic_head_is_the_one_body_of_its_kind(
    text: str, lang: str, words: str, canonical: str
) -> None:
    assert _claim_at(text, lang, words) == canonical


@pytest.mark.parametrize(
    ("text", "lang", "words", "not_canonical"),
    [
        pytest.param(
            "Le Syndicat des Cheminots a recensé 30 blessés.\n"
            "Le Syndicat des Dockers en a compté 45.\n"
            "Selon le syndicat, 40 agents ont été blessés lors de l'évacuation.",
            "fr",
            "Selon le syndicat",
            ("Syndicat des Cheminots", "Syndicat des Dockers"),
            id="fr-two-unions-leave-it",
        ),
        pytest.param(
            "The Harbour Workers union said 30 dockers had walked out.\n"
            "The company said 12 dockers had walked out.",
            "en",
            "12 dockers",
            ("Harbour Workers",),
            id="en-a-union-is-no-company",
        ),
        pytest.param(
            "Le ministère de la Santé a recensé 40 cas.\n"
            "Selon l'entreprise, 12 lots ont été rappelés.",
            "fr",
            "12 lots",
            ("ministère de la Santé", "health ministry"),
            id="fr-a-ministry-is-no-company",
        ),
    ],
)
def test_a_generic_head_without_one_body_of_its_kind_stays(
    text: str, lang: str, words: str, not_canonical: tuple[str, ...]
) -> None:
    assert _claim_at(text, lang, words) not in not_canonical


@pytest.mark.parametrize(
    ("text", "lang", "named"),
    [
        ("a indiqué l'exploitant, Mines Boréal-Nord.", "fr", [("Mines Boréal-Nord", "exploitant")]),
        ("said the operator, Kestrel Mining.", "en", [("Kestrel Mining", "operator")]),
        # A role's complement: the name after it is the person holding the role.
        (
            "a précisé la vice-présidente aux communications de l'entreprise, Isabelle Lachance.",
            "fr",
            [],
        ),
        ("said the head of the company, John Smith.", "en", []),
    ],
)
def test_organisation_mentions_name_after_noun(
    text: str, lang: str, named: list[tuple[str, str]]
) -> None:
    found = [(body, noun) for _, body, noun in organisation_mentions(text, lexicon(lang))]
    assert found == named


@pytest.mark.parametrize(
    ("source", "lang", "anonymous"),
    [
        ("a health ministry official", "en", True),
        ("a plastics industry group", "en", False),
        ("un responsable du ministère", "fr", True),
        ("une société de sécurité", "fr", False),
    ],
)
def test_an_unnamed_person_is_anonymous_an_unnamed_body_is_not(
    source: str, lang: str, anonymous: bool, resolver: SourceResolver
) -> None:
    assert resolver.canonical(source, lang)[1] is anonymous


# --- A role's portfolio belongs to the source; a portfolio's "et des" is no list ---


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "Le coup de terrain s'est produit au niveau 1220, a précisé la vice-présidente aux "
            "communications de l'entreprise, Isabelle Lachance.",
            "fr",
            "la vice-présidente aux communications de l'entreprise, Isabelle Lachance",
        ),
        (
            "Il y a 3 morts, a déclaré le responsable aux affaires publiques du syndicat.",
            "fr",
            "le responsable aux affaires publiques du syndicat",
        ),
        # No link to a body after it: "à la radio" is where the mayor spoke.
        ("Il y a 3 morts, a déclaré le maire à la radio locale.", "fr", "le maire"),
        ("Il y a 3 morts, a déclaré le maire à l'AFP.", "fr", "le maire"),
    ],
)
def test_a_roles_portfolio_stays_in_the_source(
    text: str, lang: str, source: str, resolver: SourceResolver
) -> None:
    cues = find_cues(text, lexicon(lang), lambda w: resolver.knows(w, lang))
    assert [c.source for c in cues] == [source]


@pytest.mark.parametrize(
    ("source", "lang", "canonical"),
    [
        (
            "le ministre des Ressources naturelles et des Forêts, Marc-André Pelletier",
            "fr",
            "Marc-André Pelletier",
        ),
        ("la ministre de la Santé et des Solidarités, Claire Martin", "fr", "Claire Martin"),
        ("the Minister of Health and of Social Care, John Reed", "en", "John Reed"),
        # A real list keeps its parts together.
        ("Israel, Hamas and other groups", "en", "Israel, Hamas and other groups"),
    ],
)
def test_a_portfolio_coordination_is_no_list(
    source: str, lang: str, canonical: str, resolver: SourceResolver
) -> None:
    assert resolver.canonical(source, lang)[0] == canonical


def test_a_spokeswoman_and_her_surname_speak_for_the_body_named_by_its_kind() -> None:
    text = (
        "Sept travailleurs sont coincés sous terre, a indiqué l'exploitant, Mines Arctica.\n"
        "L'effondrement s'est produit à 1220 mètres, a précisé la vice-présidente aux "
        "communications de l'entreprise, Isabelle Lachance.\n"
        "Selon Mme Lachance, seize travailleurs se trouvaient dans le secteur.\n"
        "Huit ont pu regagner la surface, a-t-elle ajouté."
    )
    sources = [c.attribution.canonical for c in extract_claims(text, "fr")]
    assert sources and set(sources) == {"Mines Arctica"}


# --- A lawyer speaks for the client the mention names: a body, or a person named before ---


@pytest.mark.parametrize(
    ("text", "lang", "words", "canonical"),
    [
        pytest.param(
            "« Berthoz savait depuis janvier », accuse Me Claire Morel, avocate du collectif "
            "des familles de victimes.\nSelon elle, au moins trois analyses étaient positives.",
            "fr",
            "Selon elle",
            "collectif des familles de victimes",
            id="fr-lawyer-of-a-collective",
        ),
        pytest.param(
            "Le maire, Hervé Castel, a été entendu mercredi.\nL'avocat de M. Castel, Me Paul "
            "Roux, dénonce « un règlement de comptes ».",
            "fr",
            "Me Paul",
            "Hervé Castel",
            id="fr-lawyer-of-a-person-named-before",
        ),
        pytest.param(
            '"The families were never told," said Anna Kerr, a lawyer for the association of '
            "flood victims.",
            "en",
            "never told",
            "association of flood victims",
            id="en-lawyer-of-an-association",
        ),
        # A lone noun says less than the person's name.
        pytest.param(
            '"We did nothing wrong," said Paul Kerr, the firm\'s lawyer.',
            "en",
            "nothing wrong",
            "Paul Kerr",
            id="en-lawyer-of-an-unnamed-firm",
        ),
        # A possessed counsel ("son avocat", "his lawyer") speaks for the client: the
        # sentence's subject, else the previous speaker; no client, no change.
        pytest.param(
            "Le maire, Gérard Castellan, a été entendu mercredi pendant six heures, selon son "
            "avocat, Me Pierre-Louis Garnier.",
            "fr",
            "six heures",
            "Gérard Castellan",
            id="fr-possessed-lawyer-speaks-for-the-subject",
        ),
        pytest.param(
            "Former minister Paul Dray denies any wrongdoing. He was questioned for six hours on "
            "Monday, his lawyer said.",
            "en",
            "six hours",
            "Paul Dray",
            id="en-possessed-lawyer-speaks-for-the-previous-speaker",
        ),
        pytest.param(
            "Selon son avocat, 40 plaintes ont été déposées.",
            "fr",
            "40 plaintes",
            "avocat",
            id="fr-possessed-lawyer-without-client-stays",
        ),
        # A long apposition (up to 12 words) still describes the speaker, and its role
        # links them to the body named before.
        pytest.param(
            "The emergency doctors' union AMUF says waits are rising. \"The waiting times "
            'published by the agency are fiction," said Yann Le Goff, a doctor at Brest '
            "university hospital and the union's regional representative.",
            "en",
            "fiction",
            "AMUF",
            id="en-long-apposition-with-role",
        ),
        pytest.param(
            "Le syndicat des urgentistes AMUF dénonce la situation. « Les patients attendent "
            "douze heures », a déclaré Yann Le Goff, médecin au CHU de Brest et représentant "
            "régional du syndicat.",
            "fr",
            "douze heures",
            "AMUF",
            id="fr-long-apposition-with-role",
        ),
        # An apposition holding a clause (an auxiliary) is none: the speaker is the name before it.
        pytest.param(
            "« Tout le monde savait que c'était illégal », affirme Ibrahima Fall, un commerçant "
            "de 46 ans dont la boutique a été ensevelie.",
            "fr",
            "illégal",
            "Ibrahima Fall",
            id="fr-clause-in-apposition-is-no-apposition",
        ),
        # A private person given by first name and age only is unnamed: anonymous. A full
        # name, or a first name without age, stays.
        pytest.param(
            "« On était des centaines collés contre le portail », raconte Inès, 22 ans, venue "
            "de Montauban.",
            "fr",
            "centaines",
            "anonymous",
            id="fr-first-name-and-age-is-anonymous",
        ),
        pytest.param(
            '"There were hundreds of us pushed against the gate," said Lucas, a 19-year-old '
            "student who declined to give his surname.",
            "en",
            "hundreds",
            "anonymous",
            id="en-first-name-and-age-is-anonymous",
        ),
        pytest.param(
            '"There were hundreds of us," said Lucas Martin, 19, a student.',
            "en",
            "hundreds",
            "Lucas Martin",
            id="en-full-name-and-age-stays",
        ),
    ],
)
def test_a_lawyer_speaks_for_the_client(text: str, lang: str, words: str, canonical: str) -> None:
    assert _claim_at(text, lang, words) == canonical


@pytest.mark.parametrize(
    ("text", "lang", "sources"),
    [
        # An inverted verb's object is no inverted subject.
        (
            "Contacté mercredi, le collectif, qui dit rassembler une quarantaine de familles, "
            "dénombrait pour sa part six morts.",
            "fr",
            ["le collectif"],
        ),
        # A passive agent ends before the verb of its clause.
        (
            "Les 11 millions avancés par l'opposition sont contestés par le maire.",
            "fr",
            ["l'opposition", "le maire"],
        ),
        # Inside a quote, the quoted speaker makes the claim (about the agent's figure).
        (
            "« Les 11 millions avancés par l'opposition sont fantaisistes », a-t-il réagi.",
            "fr",
            ["il"],
        ),
        ("Il y a eu six morts, a précisé la préfecture.", "fr", ["la préfecture"]),
    ],
)
def test_source_boundaries_at_objects_and_verbs(
    text: str, lang: str, sources: list[str], resolver: SourceResolver
) -> None:
    cues = find_cues(text, lexicon(lang), lambda w: resolver.knows(w, lang))
    assert [c.source.strip() for c in cues] == sources


# --- A generic local body made specific by its place has one name in every language ---


@pytest.mark.parametrize(
    ("source", "lang", "canonical"),
    [
        ("le parquet de Draguignan", "fr", "Draguignan prosecutor's office"),
        (
            "le procureur de la République de Draguignan, Pierre-Yves Mallet",
            "fr",
            "Draguignan prosecutor's office",
        ),
        ("the Draguignan prosecutor's office", "en", "Draguignan prosecutor's office"),
        ("la préfecture du Finistère", "fr", "Finistère prefecture"),
        ("the Finistère prefecture", "en", "Finistère prefecture"),
        ("les pompiers du Var", "fr", "Var fire service"),
        ("la mairie de Valmorand", "fr", "Valmorand mayor's office"),
        # No place: the generic body; a body's own name is no place.
        ("le procureur de la République", "fr", "prosecutor's office"),
        ("la préfecture de police", "fr", "Paris Police Prefecture"),
        ("le parquet national financier", "fr", "financial prosecutor"),
        # Not a body that takes a place (the mayor is a person, the ministry is national).
        ("le ministère de l'Intérieur", "fr", "French Interior Ministry"),
        ("Le maire de Landivern, Yannick Quéré", "fr", "Yannick Quéré"),
    ],
)
def test_a_local_body_is_named_by_its_place(
    source: str, lang: str, canonical: str, resolver: SourceResolver
) -> None:
    assert resolver.canonical(source, lang)[0] == canonical


def test_a_generic_local_body_is_the_placed_one_named_before() -> None:
    text = (
        "Six personnes ont été placées en garde à vue, selon le parquet de Draguignan.\n"
        "Selon le parquet, les marchés portent sur 6 millions d'euros."
    )
    sources = {c.attribution.canonical for c in extract_claims(text, "fr")}
    assert sources == {"Draguignan prosecutor's office"}


@pytest.mark.parametrize(
    ("text", "lang", "words", "canonical", "anonymous"),
    [
        pytest.param(
            "The Harbour Workers union said 30 dockers had walked out.\n"
            "At least 200 more would join on Monday, a union official said.",
            "en",
            "200 more",
            "Harbour Workers",
            False,
            id="en-official-of-the-named-union",
        ),
        pytest.param(
            "At least 200 dockers would join on Monday, a union official said.",
            "en",
            "200 dockers",
            "anonymous",
            True,
            id="en-official-of-no-named-union",
        ),
    ],
)
def test_an_unnamed_member_speaks_for_the_named_body_of_its_kind(
    text: str, lang: str, words: str, canonical: str, anonymous: bool
) -> None:
    claim = next(c for c in extract_claims(text, lang) if words in c.sentence)
    assert (claim.attribution.canonical, claim.attribution.anonymous) == (canonical, anonymous)


def test_the_company_is_no_byline_read_as_a_source() -> None:
    text = (
        "CBC News · Posted: Jun 10, 2026 5:12 AM ET\n"
        "Eight miners were brought to the surface on Tuesday, the company said."
    )
    claim = next(c for c in extract_claims(text, "en") if "Eight miners" in c.sentence)
    assert claim.attribution.canonical != "CBC News ·"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le syndicat, " + " " * 20_000 + "qui regroupe les pilotes a déclaré"),
        ("en", "The union, " + " " * 20_000 + "which represents pilots said"),
    ],
)
def test_an_unclosed_comma_before_a_long_blank_run_is_scanned_in_linear_time(
    lang: str, text: str
) -> None:
    # hostile input: the comma-clause scan once backtracked quadratically (~20 s here)
    from time import perf_counter

    from claimtrack.extract.attribution import _closed_relatives

    started = perf_counter()
    assert _closed_relatives(text, lexicon(lang)) == []
    assert perf_counter() - started < 1.0


def _repeated(unit: str, size: int) -> str:
    """`unit` repeated to exactly `size` characters: one paragraph with no full stop."""
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an unclosed parenthesis after a reporting verb, over and over (~240 s once)
        ("fr", _repeated("Il a déclaré (", 50_000)),
        ("en", _repeated("He said (", 50_000)),
        # one run-on sentence with no punctuation at all (quadratic look-backs once)
        (
            "fr",
            _repeated("le ministre a déclaré que les manifestants étaient nombreux et ", 50_000),
        ),
        # a list of durations behind a reporting verb, no full stop
        ("fr", "Le ministre a déclaré que " + _repeated("4 heures et 12 minutes, ", 50_000)),
        ("en", "The minister said it took " + _repeated("4 hours and 12 minutes, ", 50_000)),
    ],
)
def test_a_hostile_50_kb_paragraph_is_extracted_in_bounded_time(lang: str, text: str) -> None:
    from time import perf_counter

    lexicon(lang)  # compiling the lexicon is not part of the measure
    started = perf_counter()
    extract_claims(text, lang)
    assert perf_counter() - started < 3.0
