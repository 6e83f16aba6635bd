"""The bilingual concept lexicon (<lang>/topics.yaml `concepts`, cluster.yaml `act_concepts`):
what a stance is about, found in French and English news sentences alike, so that two
stances on one proposition meet across languages and two stances on different acts do not."""

from __future__ import annotations

import pytest

from claimtrack.cluster import ClusterSettings, fold, tables, veto
from tests.test_cluster import Said, profile

SETTINGS = ClusterSettings.load()


def concepts(lang: str, sentence: str) -> set[str]:
    """The concept keys a sentence names."""
    return {m.key for m in tables(lang).concepts.find(fold(sentence))}


# (language, sentence, concepts it must name, concepts it must not name)
CASES = [
    # --- elections
    pytest.param(
        "fr",
        "L'opposition a aussitôt dénoncé un « bourrage massif des urnes » dans plusieurs régions.",
        {"fraud"},
        set(),
        id="fr-ballot-stuffing-is-fraud",
    ),
    pytest.param(
        "en",
        'The opposition leader accused the ruling party of "stuffing ballot boxes on an '
        'industrial scale".',
        {"fraud"},
        set(),
        id="en-stuffing-ballot-boxes-is-fraud",
    ),
    pytest.param(
        "en",
        "The challenger says the vote was rigged and that buying votes was widespread.",
        {"fraud"},
        set(),
        id="en-rigged-and-vote-buying-are-fraud",
    ),
    pytest.param(
        "fr",
        "Des militants auraient intimidé des électeurs devant plusieurs bureaux de vote.",
        {"intimidation", "election"},
        {"fraud"},
        id="fr-voter-intimidation",
    ),
    pytest.param(
        "en",
        "Observers reported voter intimidation and death threats against poll workers.",
        {"intimidation"},
        {"fraud"},
        id="en-voter-intimidation",
    ),
    pytest.param(
        "fr",
        "Moscou dément toute ingérence dans l'élection présidentielle moldave.",
        {"election-interference"},
        set(),
        id="fr-interference",
    ),
    pytest.param(
        "en",
        "The Kremlin denied meddling in the presidential election.",
        {"election-interference"},
        set(),
        id="en-meddling",
    ),
    pytest.param(
        "fr",
        "Le dépouillement s'est poursuivi toute la nuit sous l'œil des observateurs.",
        {"vote-count"},
        {"fraud"},
        id="fr-count-is-a-subject",
    ),
    # --- justice, corruption, finance
    pytest.param(
        "fr",
        "Le parquet le soupçonne d'avoir touché des pots-de-vin en échange de marchés publics.",
        {"corruption"},
        set(),
        id="fr-bribes",
    ),
    pytest.param(
        "en",
        "Prosecutors say he took kickbacks and laundered the money through shell companies.",
        {"corruption"},
        set(),
        id="en-kickbacks-laundering",
    ),
    pytest.param(
        "fr",
        "Ils ont été mis en examen pour escroquerie en bande organisée.",
        {"fraud"},
        {"corruption"},
        id="fr-scam-is-fraud",
    ),
    pytest.param(
        "en",
        "The founder denied defrauding his clients and running a Ponzi scheme.",
        {"fraud"},
        set(),
        id="en-ponzi-is-fraud",
    ),
    pytest.param(
        "fr",
        "Le fisc accuse le footballeur de fraude fiscale via des sociétés écrans.",
        {"tax-evasion"},
        {"fraud"},
        id="fr-tax-fraud-is-tax-evasion",
    ),
    pytest.param(
        "en",
        "The singer is accused of tax evasion through offshore accounts.",
        {"tax-evasion"},
        {"fraud"},
        id="en-tax-evasion",
    ),
    pytest.param(
        "fr",
        "L'ancien dirigeant est poursuivi pour délit d'initié.",
        {"market-abuse"},
        set(),
        id="fr-insider-trading",
    ),
    pytest.param(
        "en",
        "The regulator fined four banks for price-fixing and collusion on currency markets.",
        {"anticompetitive"},
        set(),
        id="en-price-fixing",
    ),
    pytest.param(
        "fr",
        "L'Autorité de la concurrence sanctionne une entente sur les prix entre trois groupes.",
        {"anticompetitive"},
        set(),
        id="fr-price-fixing",
    ),
    pytest.param(
        "fr",
        "L'association accuse l'hôpital de surfacturation systématique des actes.",
        {"overcharging"},
        set(),
        id="fr-overcharging",
    ),
    pytest.param(
        "en",
        "Regulators accused the airline of price gouging during the strike.",
        {"overcharging"},
        set(),
        id="en-price-gouging",
    ),
    # --- building, transport, safety
    pytest.param(
        "fr",
        "Des habitants accusent le promoteur d'avoir ajouté trois étages sans autorisation.",
        {"unauthorised", "construction"},
        set(),
        id="fr-floors-without-permit",
    ),
    pytest.param(
        "en",
        "The prosecutor said the developer added illegal extra floors to the building.",
        {"unauthorised"},
        set(),
        id="en-illegal-extra-floors",
    ),
    pytest.param(
        "en",
        "Residents accused the developer of adding three unauthorised floors.",
        {"unauthorised"},
        set(),
        id="en-unauthorised-floors",
    ),
    pytest.param(
        "fr",
        "La compagnie a démenti toute surcharge du navire.",
        {"overloading"},
        set(),
        id="fr-overloading",
    ),
    pytest.param(
        "en",
        "The company rejected accusations that the ferry was overloaded.",
        {"overloading"},
        set(),
        id="en-overloaded",
    ),
    pytest.param(
        "fr",
        "« Un de leurs navires a volontairement éperonné notre chalutier », accuse le comité.",
        {"ramming"},
        set(),
        id="fr-ramming",
    ),
    pytest.param(
        "en",
        "Fishermen accused the coastguard of ramming their boat.",
        {"ramming"},
        set(),
        id="en-ramming",
    ),
    pytest.param(
        "fr",
        "Selon les enquêteurs, le conducteur roulait en excès de vitesse.",
        {"speeding"},
        set(),
        id="fr-speeding",
    ),
    pytest.param(
        "fr",
        "Le syndicat dénonce « des années de défaut d'entretien » sur la ligne.",
        {"negligence"},
        set(),
        id="fr-lack-of-maintenance-is-negligence",
    ),
    pytest.param(
        "en",
        "The union says regulators turned a blind eye to repeated warnings.",
        {"negligence"},
        set(),
        id="en-blind-eye-is-negligence",
    ),
    pytest.param(
        "fr",
        "L'association accuse l'autorité d'avoir « fermé les yeux » malgré des alertes.",
        {"negligence"},
        set(),
        id="fr-closed-eyes-is-negligence",
    ),
    pytest.param(
        "en",
        'Farmers accused the ministry of "dragging its feet" over compensation.',
        {"delay", "compensation"},
        set(),
        id="en-dragging-feet-is-delay",
    ),
    pytest.param(
        "fr",
        "Les éleveurs accusent le ministère de « traîner des pieds » pour les indemnisations.",
        {"delay", "compensation"},
        set(),
        id="fr-dragging-feet-is-delay",
    ),
    pytest.param(
        "en",
        "Investigators are examining a possible malicious act after a rail joint was found "
        "unbolted.",
        {"attack"},
        set(),
        id="en-malicious-act-is-attack",
    ),
    pytest.param(
        "fr",
        "La direction évoque l'hypothèse d'un acte de malveillance.",
        {"attack"},
        set(),
        id="fr-malicious-act-is-attack",
    ),
    # --- crime, rights, conflicts
    pytest.param(
        "fr",
        "Le gouvernement nie avoir payé une rançon pour obtenir la libération des otages.",
        {"ransom"},
        set(),
        id="fr-ransom",
    ),
    pytest.param(
        "en",
        "The government denied paying a ransom to secure the hostages' release.",
        {"ransom"},
        set(),
        id="en-ransom",
    ),
    pytest.param(
        "fr",
        "Trois humanitaires ont été enlevés mardi ; les ravisseurs n'ont pas été identifiés.",
        {"kidnapping"},
        {"ransom"},
        id="fr-kidnapping-is-no-ransom",
    ),
    pytest.param(
        "en",
        "Police arrested four men suspected of people smuggling across the Channel.",
        {"trafficking"},
        set(),
        id="en-people-smuggling",
    ),
    pytest.param(
        "fr",
        "Le réseau est soupçonné de trafic de stupéfiants entre l'Espagne et la France.",
        {"trafficking"},
        set(),
        id="fr-drug-trafficking",
    ),
    pytest.param(
        "fr",
        "D'anciens détenus affirment avoir subi des actes de torture et des mauvais traitements.",
        {"mistreatment"},
        set(),
        id="fr-torture",
    ),
    pytest.param(
        "en",
        "Undercover footage showed animal cruelty at the slaughterhouse, the charity said.",
        {"mistreatment"},
        set(),
        id="en-animal-cruelty",
    ),
    pytest.param(
        "fr",
        "Plusieurs salariées accusent le directeur de harcèlement sexuel.",
        {"harassment"},
        set(),
        id="fr-harassment",
    ),
    pytest.param(
        "en",
        "The club condemned the racist abuse aimed at its striker.",
        {"discrimination"},
        set(),
        id="en-racist-abuse",
    ),
    pytest.param(
        "fr",
        "Les journalistes dénoncent la censure de leur enquête par la direction.",
        {"censorship"},
        set(),
        id="fr-censorship",
    ),
    pytest.param(
        "fr",
        "Le gouvernement a survécu à une motion de censure.",
        {"no-confidence"},
        {"censorship"},
        id="fr-motion-de-censure-is-not-censorship",
    ),
    pytest.param(
        "en",
        "Kyiv accused Moscow of war crimes and the summary execution of prisoners.",
        {"massacre"},
        set(),
        id="en-war-crimes",
    ),
    pytest.param(
        "fr",
        "Pékin dénonce une violation de son espace aérien par des avions militaires.",
        {"incursion"},
        set(),
        id="fr-airspace-violation",
    ),
    pytest.param(
        "en",
        "The agency accused the group of espionage and of planting spyware on ministers' phones.",
        {"espionage"},
        set(),
        id="en-espionage",
    ),
    pytest.param(
        "fr",
        "« Nos forces n'ont fait que riposter à une incursion », affirme le ministère.",
        {"opening-fire"},
        {"incursion"},
        id="fr-answering-an-incursion-is-who-fired-first",
    ),
    pytest.param(
        "en",
        "The union accused the operator of letting the grid decay for lack of investment.",
        {"maintenance"},
        set(),
        id="en-underinvestment-is-maintenance",
    ),
    pytest.param(
        "fr",
        "« L'opérateur a laissé vieillir ses transformateurs faute d'investir », dit le syndicat.",
        {"maintenance"},
        set(),
        id="fr-underinvestment-is-maintenance",
    ),
    pytest.param(
        "fr",
        "Le patron est accusé d'avoir licencié abusivement une salariée enceinte.",
        {"wrongful-dismissal"},
        {"cuts"},
        id="fr-wrongful-dismissal-is-no-layoff",
    ),
    pytest.param(
        "en",
        "The boss is accused of unfairly dismissing a pregnant employee.",
        {"wrongful-dismissal"},
        set(),
        id="en-wrongful-dismissal",
    ),
    pytest.param(
        "fr",
        "La police a fait un usage disproportionné de la force, selon la Défenseure des droits.",
        {"force"},
        set(),
        id="fr-disproportionate-force",
    ),
    pytest.param(
        "fr",
        "Les deux entreprises se seraient entendues sur les prix pendant dix ans.",
        {"anticompetitive"},
        set(),
        id="fr-agreeing-on-prices",
    ),
    pytest.param(
        "en",
        "The company is accused of polluting the river with industrial waste.",
        {"pollution", "dumping"},
        set(),
        id="en-polluting-with-waste",
    ),
    pytest.param(
        "en",
        "The ministry denied under-counting the dead.",
        {"minimisation"},
        set(),
        id="en-under-counting-is-minimisation",
    ),
    pytest.param(
        "fr",
        "Le propriétaire est accusé de louer des logements insalubres.",
        {"negligence"},
        set(),
        id="fr-squalid-housing-is-negligence",
    ),
    pytest.param(
        "en",
        "The army denied shelling a hospital.",
        {"airstrike", "hospital"},
        set(),
        id="en-shelling-is-a-strike",
    ),
    pytest.param(
        "en",
        "The farmer is being prosecuted for animal neglect.",
        {"mistreatment"},
        {"negligence"},
        id="en-animal-neglect-is-mistreatment",
    ),
    pytest.param(
        "fr",
        "Le régime est accusé d'avoir emprisonné des opposants.",
        {"political-persecution"},
        set(),
        id="fr-jailing-opponents",
    ),
    # --- tech, culture, sport
    pytest.param(
        "fr",
        "L'hôpital a été visé par une cyberattaque ; des données personnelles ont été dérobées.",
        {"cyberattack", "personal-data"},
        set(),
        id="fr-cyberattack",
    ),
    pytest.param(
        "en",
        "The retailer denied that hackers had accessed customer data.",
        {"cyberattack", "personal-data"},
        set(),
        id="en-hackers",
    ),
    pytest.param(
        "fr",
        "Le romancier est accusé de plagiat par une autrice belge.",
        {"plagiarism"},
        set(),
        id="fr-plagiarism",
    ),
    pytest.param(
        "en",
        "The band was sued for copyright infringement over its hit single.",
        {"plagiarism"},
        set(),
        id="en-copyright",
    ),
    pytest.param(
        "fr",
        "Le club est soupçonné d'avoir organisé des matchs truqués.",
        {"fraud"},
        set(),
        id="fr-fixed-matches-are-fraud",
    ),
    pytest.param(
        "en",
        "The club rejected claims that its directors organised match-fixing.",
        {"fraud"},
        set(),
        id="en-match-fixing-is-fraud",
    ),
    pytest.param(
        "en",
        "The rider was banned for four years after testing positive for steroids.",
        {"doping"},
        set(),
        id="en-steroids-are-doping",
    ),
    # --- labour, business, environment
    pytest.param(
        "fr",
        "Des ouvriers du chantier dénoncent des salaires impayés depuis trois mois.",
        {"unpaid-wages"},
        set(),
        id="fr-unpaid-wages",
    ),
    pytest.param(
        "en",
        "Drivers say they are owed back pay and forced to work excessive hours.",
        {"unpaid-wages", "overwork"},
        set(),
        id="en-back-pay-and-hours",
    ),
    pytest.param(
        "fr",
        "Le groupe annonce un plan social et la suppression de 1 200 postes.",
        {"cuts"},
        set(),
        id="fr-layoffs-are-cuts",
    ),
    pytest.param(
        "en",
        "The carmaker announced layoffs at two plants.",
        {"cuts"},
        set(),
        id="en-layoffs-are-cuts",
    ),
    pytest.param(
        "fr",
        "L'ONG accuse l'usine de déversements illégaux dans la rivière.",
        {"dumping"},
        set(),
        id="fr-illegal-discharges",
    ),
    pytest.param(
        "en",
        "Campaigners accuse the company of hiding its true water consumption during the drought.",
        {"minimisation", "water-use", "drought"},
        set(),
        id="en-hidden-water-use",
    ),
    pytest.param(
        "fr",
        "L'association reproche au groupe de « sous-déclarer » sa consommation d'eau.",
        {"minimisation", "water-use"},
        set(),
        id="fr-under-declared-water-use",
    ),
    pytest.param(
        "en",
        "The firm is accused of greenwashing and of misleading advertising.",
        {"misleading-claims"},
        set(),
        id="en-greenwashing",
    ),
    pytest.param(
        "fr",
        "Le fabricant a lancé un rappel de produits après des cas de salmonellose.",
        {"recall"},
        set(),
        id="fr-recall",
    ),
    pytest.param(
        "en",
        "Opposition councillors say the tram line's cost overrun tops €100m.",
        {"cost-overrun"},
        set(),
        id="en-cost-overrun",
    ),
    pytest.param(
        "fr",
        "L'opposition parle d'un dérapage budgétaire de plus de 100 millions d'euros.",
        {"cost-overrun"},
        set(),
        id="fr-cost-overrun",
    ),
    # --- negatives: common words that name no act
    pytest.param(
        "en",
        "The police pushed back against the lawyers' account of the raid.",
        set(),
        {"deportation"},
        id="en-pushed-back-is-no-deportation",
    ),
    pytest.param(
        "en",
        "He was discharged from hospital on Monday and recalled that the crowd was calm.",
        set(),
        {"dumping", "recall"},
        id="en-discharged-from-hospital-is-no-dumping",
    ),
    pytest.param(
        "en",
        "The ministry dismissed the claims and said it would pay what it owes.",
        set(),
        {"cuts", "wages", "unpaid-wages"},
        id="en-dismissed-and-pay-are-no-act",
    ),
    pytest.param(
        "fr",
        "La crise a frappé durement la région, a rappelé le préfet dans un entretien au Monde.",
        set(),
        {"assault", "maintenance", "recall"},
        id="fr-frappe-entretien-rappel-are-no-act",
    ),
    pytest.param(
        "fr",
        "« C'est de la propagande », a répondu le porte-parole, qui dénonce des rumeurs.",
        {"misinformation"},
        set(),
        id="fr-propaganda-is-misinformation",
    ),
    pytest.param(
        "fr",
        "Les prélèvements effectués mardi n'ont révélé aucune anomalie.",
        set(),
        {"water-use"},
        id="fr-samples-are-no-water-use",
    ),
    pytest.param(
        "en",
        "The army said the base had been overrun and that troops withdrew in the dark.",
        {"troops"},
        {"ramming", "outage"},
        id="en-military-words-are-no-ramming",
    ),
    pytest.param(
        "fr",
        "La Russie dénonce une « agression » de l'Occident et des sanctions illégales.",
        {"sanctions"},
        {"assault"},
        id="fr-agression-of-states-is-no-assault",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "present", "absent"), CASES)
def test_sentence_concepts(lang: str, sentence: str, present: set[str], absent: set[str]) -> None:
    found = concepts(lang, sentence)
    assert present <= found, found
    assert not absent & found, found


def test_every_concept_has_both_languages() -> None:
    """A concept known in one language only never meets its translation."""
    fr = {m for m in tables("fr").concepts._by_phrase.values()}
    en = {m for m in tables("en").concepts._by_phrase.values()}
    assert fr == en, fr ^ en


def test_acts_are_concepts() -> None:
    """Every act, object and cover-up of cluster.yaml is a concept of both languages."""
    known = set(tables("fr").concepts._by_phrase.values())
    listed = SETTINGS.act_concepts | SETTINGS.object_concepts | SETTINGS.cover_up_concepts
    assert listed <= known, listed - known


def _stance(lang: str, sentence: str, source: str, kind: str = "accusation") -> Said:
    polarity = "deny" if kind == "denial" else "affirm"
    return Said(lang, sentence, source, source, kind=kind, polarity=polarity)


# Two stances on one proposition, in two languages: they name the same act.
SAME_ACT = [
    pytest.param(
        _stance("fr", "L'opposition a dénoncé un « bourrage massif des urnes ».", "L'opposition"),
        _stance(
            "en",
            'The opposition leader accused the ruling party of "stuffing ballot boxes".',
            "The opposition leader",
        ),
        id="ballot-stuffing",
    ),
    pytest.param(
        _stance(
            "fr",
            "« Un de leurs dragueurs a volontairement éperonné notre chalutier », "
            "accuse le comité.",
            "le comité",
        ),
        _stance(
            "en", "The ministry accused the fishermen of ramming two dredgers.", "The ministry"
        ),
        id="ramming",
    ),
    pytest.param(
        _stance(
            "fr",
            "Les riverains accusent le promoteur d'avoir ajouté trois étages sans autorisation.",
            "Les riverains",
        ),
        _stance(
            "en",
            "The prosecutor said the developer had added illegal extra floors.",
            "The prosecutor",
        ),
        id="illegal-floors",
    ),
    pytest.param(
        _stance(
            "fr", "Le gouvernement nie avoir payé une rançon.", "Le gouvernement", kind="denial"
        ),
        _stance("en", "The government denied paying a ransom.", "The government", kind="denial"),
        id="ransom",
    ),
    pytest.param(
        _stance(
            "fr",
            "L'association accuse l'industriel d'avoir « sciemment sous-déclaré » "
            "ses prélèvements.",
            "L'association",
        ),
        _stance(
            "en",
            "Campaigners allege the company deliberately hid its true water use.",
            "Campaigners",
        ),
        id="concealment",
    ),
]


@pytest.mark.parametrize(("fr", "en"), SAME_ACT)
def test_one_proposition_names_one_act_in_both_languages(fr: Said, en: Said) -> None:
    acts = SETTINGS.act_concepts | SETTINGS.cover_up_concepts
    in_fr, in_en = set(profile(fr).concepts) & acts, set(profile(en).concepts) & acts
    assert in_fr and in_fr == in_en, (in_fr, in_en)
    assert veto(profile(fr), profile(en), SETTINGS) is None


# Two stances of one story on two different acts: kept apart whatever else they share.
DIFFERENT_ACTS = [
    pytest.param(
        _stance("fr", "L'opposition dénonce des fraudes massives.", "L'opposition"),
        _stance(
            "en",
            "Observers reported widespread voter intimidation at polling stations.",
            "Observers",
        ),
        id="fraud-vs-intimidation",
    ),
    pytest.param(
        _stance(
            "fr",
            "Le syndicat accuse l'armateur d'avoir surchargé le navire.",
            "Le syndicat",
        ),
        _stance(
            "en",
            "The union accused the operator of making crews work excessive hours.",
            "The union",
        ),
        id="overloading-vs-overwork",
    ),
    pytest.param(
        _stance(
            "fr",
            "Le parquet accuse le promoteur d'avoir construit trois étages sans permis.",
            "Le parquet",
        ),
        _stance(
            "en",
            "The prosecutor also accused the developer of bribing building inspectors.",
            "The prosecutor",
        ),
        id="permit-vs-bribery",
    ),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT_ACTS)
def test_different_acts_stay_apart(a: Said, b: Said) -> None:
    assert veto(profile(a), profile(b), SETTINGS) == "different acts"
