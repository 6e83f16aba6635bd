"""Figure detection (claimtrack.extract.figures): values, bounds, ranges, units, non-figures.

Sentences come from the devset articles and gold (hand-checked values), the bundled corpus,
and wire-style sentences written for these tests. Each positive case lists every figure the
sentence holds, as (value, low, high, unit_canonical, approx), in text order.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from claimtrack.extract.figures import dated, find_figures
from claimtrack.model import Figure

Expected = tuple[float | None, float | None, float | None, str | None, bool]

DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"


def summary(figures: list[Figure]) -> list[Expected]:
    return [(f.value, f.low, f.high, f.unit_canonical, f.approx) for f in figures]


def point(value: float, unit: str | None = None, approx: bool = False) -> Expected:
    return (value, None, None, unit, approx)


def at_least(value: float, unit: str | None = None) -> Expected:
    return (value, value, None, unit, True)


def at_most(value: float, unit: str | None = None) -> Expected:
    return (value, None, value, unit, True)


def between(low: float, high: float, unit: str | None = None) -> Expected:
    return (None, low, high, unit, True)


def vague(low: float, unit: str | None = None) -> Expected:
    return (None, low, None, unit, True)


def times(value: float, approx: bool = False) -> Expected:
    """A multiplier ("deux fois plus", "half the threshold"), canonical unit "times"."""
    return (value, None, None, "times", approx)


FR_POSITIVES: list[tuple[str, list[Expected]]] = [
    # proportions read as percentages (devset sentences and written for these tests)
    (
        "Dans un communiqué, l'OWS précise que la surmortalité touche d'abord les plus de 75 ans, "
        "qui représentent « environ huit décès en excès sur dix ».",
        [point(80, "percent", approx=True)],
    ),
    ("La région concentre près d'un quart des cas signalés.", [point(25, "percent", approx=True)]),
    ("Trois salariés sur dix ont fait grève.", [point(30, "percent")]),
    # "porter sur N <nom>" counts what an inquiry or a permit covers: a denominator has a
    # numerator before it ("un Français sur deux") or no noun of its own (devset12/9/13).
    ("L'homologation ne portait que sur 17 000 places, selon l'opposition.", [point(17000)]),
    (
        "Le parquet a confirmé qu'une enquête portait sur 27 rencontres disputées depuis août.",
        [point(27)],
    ),
    ("L'audit portera sur 27 subventions versées, a précisé la ministre.", [point(27)]),
    # ...but the denominator after a count stays out ("45 voix sur 60": 60 is no count).
    ("Le projet a été adopté par 45 voix sur 60.", [point(45, "votes")]),
    ("Une entreprise sur quatre peine à recruter.", [point(25, "percent")]),
    # Spelled small denominators are proportions too (devset4 convention: 33.3 %, approx).
    ("Un Français sur deux part en vacances.", [point(50, "percent")]),
    (
        "Près d'une particule sur trois proviendrait de l'usure des pneus.",
        [point(33.3, "percent", approx=True)],
    ),
    ("La participation a dépassé 55 % dans les quartiers nord.", [at_least(55, "percent")]),
    # A collective word with a lower bound is a vague quantity (devset4: value null, low 10).
    ("Le nombre de contrôles positifs dépasserait la dizaine.", [vague(10)]),
    ("Le syndicat évoque plus d'une centaine de blessés.", [vague(100, "injured")]),
    # Multipliers (devset4 convention): "deux fois plus" -> 2, "deux fois inférieur" -> 0.5,
    # "deux à trois fois" -> 2-3; a multiplier that restates two given figures is none.
    (
        "Résultat : en moyenne 240 particules de microplastiques par mètre cube d'air dans le "
        "centre, et deux fois plus le long des axes routiers.",
        [point(240), times(2)],
    ),
    (
        "Le taux relevé serait « deux fois inférieur » au seuil retenu dans des dossiers "
        "comparables, affirme-t-elle.",
        [times(0.5)],
    ),
    (
        "L'exposition aux microplastiques pourrait être deux à trois fois plus élevée en ville.",
        [(None, 2, 3, "times", True)],
    ),
    ("Le nombre de cambriolages a été multiplié par trois en dix ans.", [times(3)]),
    ("Selon la CGT, les grévistes étaient trois fois moins nombreux.", [times(0.3333)]),
    ("Le nombre de cas a doublé en un mois, selon l'ARS.", [times(2)]),
    ("La dose mesurée représente la moitié du seuil autorisé.", [times(0.5)]),
    # a multiple of another count of the article compares two figures given elsewhere
    ("Le syndicat avance le double du chiffre officiel.", []),
    ("Le syndicat revendique le double de participants par rapport à 2019.", [times(2)]),
    ("La moitié des électeurs se sont abstenus.", [point(50, "percent")]),
    # a plain bound on a share is a value and its floor (devset17); an intensified one is vague
    (
        "Selon la ministre, plus de la moitié des patients en sont ressortis en moins de quatre "
        "heures.",
        [at_least(50, "percent")],
    ),
    ("Selon le syndicat, bien plus de la moitié des postes sont vacants.", [vague(50, "percent")]),
    ("Moins de la moitié des éleveurs ont été payés.", [at_most(50, "percent")]),
    # a reached level is a value; a bound said after the number wins ("voire davantage")
    # (devset2, written)
    ("Le bilan atteint 300 morts, selon la préfecture.", [point(300, "deaths")]),
    (
        "Il a averti que le déficit « pourrait atteindre 4,5 %, voire davantage ».",
        [at_least(4.5, "percent")],
    ),
    (
        "Le SMHM avance une dizaine de soignants, soit près du double des 17 cas reconnus.",
        [point(10, approx=True), point(17, "cases")],
    ),
    ("Il a été contrôlé trois fois en un mois.", []),
    # Prison terms are figures (devset5), even after a weekday; ages in apposition are not.
    ("Le parquet a requis mardi dix ans de prison ferme contre l'ancien directeur.", [point(10)]),
    ("Les pompiers évoquaient mardi 4 200 hectares brûlés.", [point(4200, "hectares")]),
    ("« Nous avons tout perdu », confie Vasiliki, 68, qui n'a donné que son prénom.", []),
    ("Un double meurtre a été commis dans la nuit.", []),
    ("Les quatre cas reconnus par la fédération restent en suspens.", [point(4, "cases")]),
    ("Les deux pays ont signé un accord.", []),
    # A group of people introduced by what befell them counts ("les trois personnes qui…").
    ("Les trois personnes qui sont mortes étaient des étudiants.", [point(3, "people")]),
    # a bound may be split from its number by a hedge, or follow it ("voire davantage")
    (
        "La FICR estime que le nombre de morts dépasse « très probablement » 60.",
        [at_least(60, "deaths")],
    ),
    ("Le déficit « pourrait atteindre 4,5 %, voire davantage ».", [at_least(4.5, "percent")]),
    (
        "L'explosion a fait un mort, tuant un ouvrier de l'usine.",
        [point(1, "deaths"), point(1, "deaths")],
    ),
    (
        "Trois personnes ont été blessées, « dont un policier ».",
        [point(3, "injured"), point(1, "police officers")],
    ),
    ("Une enquête a été ouverte, dont une partie porte sur un incendie.", []),
    ("Sept ans ont été requis contre l'ancienne agente comptable.", [point(7)]),
    # a collective after "sur" counts ("sur une vingtaine de villages"), a digit is a ratio
    (
        "Selon lui, plus de 1 200 obus se sont abattus en six heures sur une vingtaine de "
        "villages.",
        [at_least(1200, "munitions"), point(20, approx=True)],
    ),
    (
        "Le parquet a ramené le montant à 13,2 milliards de FCFA, contre 14,6 milliards.",
        [point(13200000000, "CFA francs"), point(14600000000)],
    ),
    # A half after a value is half of its last unit.
    ("La participation est en hausse de deux points et demi.", [point(2.5)]),
    ("Le salon a attiré 3 millions et demi de visiteurs.", [point(3500000)]),
    ("Le bilan pourrait dépasser 50 morts d'ici la fin de la semaine.", [at_least(50, "deaths")]),
    # upper bounds (devset2 convention: value = high = N, approx)
    ("La couverture vaccinale ne dépasse pas 88 % dans la région.", [at_most(88, "percent")]),
    # A negated "dépasser" caps the figure in every tense; the affirmed one is a floor (devset10).
    (
        "Dans la capitale, la participation n'a pas dépassé 49 %, selon les chiffres de la CENI.",
        [at_most(49, "percent")],
    ),
    ("Les pertes n’ont jamais dépassé 2 millions d’euros.", [at_most(2000000, "EUR")]),
    ("La participation a dépassé 49 % dans la capitale.", [at_least(49, "percent")]),
    ("« À peine 10 000 postes verront le jour. »", [at_most(10000, "jobs")]),
    # a distance after "sur", not a proportion
    ("Il reste 3 sur 10 km de digue à renforcer.", [point(10, "km")]),
    # devset (values as in gold.jsonl)
    (
        "La journée interprofessionnelle de grève du mardi 18 octobre 2022, a rassemblé 107.000 "
        "manifestants à travers la France, selon les chiffres communiqués par le ministère de "
        "l'Intérieur, alors que la CGT en a dénombré 300.000.",
        [point(107000, "protesters"), point(300000)],
    ),
    (
        "Des manifestations qui ont réuni 107.000 participants en France, dont 13.000 à Paris, "
        "selon le ministère de l'Intérieur, tandis que la CGT a annoncé 300.000 participants.",
        [point(107000, "protesters"), point(13000), point(300000, "protesters")],
    ),
    (
        "Près de 150 points de rassemblement étaient prévus en France, selon la CGT.",
        [point(150, "rally points", approx=True)],
    ),
    ("au moins 15 interpellations", [at_least(15, "arrests")]),
    (
        "Dans la capitale, des casseurs ont provoqué de nombreux incidents en marge du cortège, "
        "causant l’interpellation d'au moins onze d’entre eux par les forces de l’ordre (quinze "
        "interpellations au total dans tout le pays).",
        [at_least(11), point(15, "arrests")],
    ),
    (
        "La CGT a pour sa part dénombré 300 000 manifestants en France, dont 70 000 à Paris, qui "
        "ont pris le départ peu après 14h de la place d’Italie.",
        [point(300000, "protesters"), point(70000)],
    ),
    (
        "Des cortèges étaient également organisés à Marseille, où 2 200 personnes ont manifesté, "
        "selon la police, et à Strasbourg avec 1 100 (police) à 1 300 (syndicats) personnes.",
        [point(2200, "protesters"), point(1100), point(1300)],
    ),
    (
        "Ils étaient aussi entre 2 100 (police) et 7 000 (CGT) à Bordeaux.",
        [point(2100), point(7000)],
    ),
    (
        "Et, selon la police, 3 650 au Havre, 1 800 à Montpellier, 2 200 à Lyon, 2 700 à Lille "
        "ou encore 2 600 à Rennes, où le cortège scandait « Ça ne peut plus durer ».",
        [point(3650), point(1800), point(2200), point(2700), point(2600)],
    ),
    (
        "De son côté pourtant, la CGT a recensé près de 300 000 manifestants, dont plus de "
        "70 000 à Paris.",
        [point(300000, "protesters", approx=True), at_least(70000)],
    ),
    (
        "Le ministère a aussi précisé que 15 interpellations ont été faites pendant les "
        "rassemblements, dont 11 dans la capitale, et 9 membres des forces de l’ordre ont été "
        '"blessés légèrement" (8 à Paris).',
        [point(15, "arrests"), point(11), point(9, "police officers"), point(8)],
    ),
    (
        "Le 29 septembre dernier, la journée de grève interprofessionnelle avait rassemblé "
        "118 500 personnes, dont 13 500 à Paris d’après la police.",
        [point(118500, "people"), point(13500)],
    ),
    (
        "Manifestations du 1er-Mai: 2,3 millions de personnes en France selon la CGT, 782.000 "
        "selon l'Intérieur",
        [point(2300000, "people"), point(782000)],
    ),
    (
        "La police a compté 16.300 manifestants à Caen (40.000 selon la CGT), 8700 manifestants "
        "à Strasbourg (15.000), 7300 à Lille (15.000).",
        [
            point(16300, "protesters"),
            point(40000),
            point(8700, "protesters"),
            point(15000),
            point(7300),
            point(15000),
        ],
    ),
    (
        "En effet, le dernier défilé unitaire du 1er-Mai avec les huit principaux syndicats "
        "remonte à 2009, face à la crise financière (la CGT avait compté près de 1,2 million de "
        "manifestants, la police 456.000).",
        [point(1200000, "protesters", approx=True), point(456000)],
    ),
    (
        "112.000 personnes ont défilé ce lundi 1er mai à Paris, selon la préfecture de police – "
        "94 000 selon le cabinet Occurrence.",
        [point(112000, "protesters"), point(94000)],
    ),
    (
        "Entre 782 000 personnes, selon le ministère de l'Intérieur, et 2,3 millions d'après la "
        "CGT, ont manifesté dans toute la France, ce lundi 1er mai.",
        [point(782000, "people"), point(2300000)],
    ),
    (
        "Cette année-là, 456 000 manifestants (1,2 million selon les syndicats) avaient répondu à "
        'l\'appel de syndicats unis dans un "G8" contre la politique du président Nicolas Sarkozy.',
        [point(456000, "protesters"), point(1200000)],
    ),
    (
        "Selon leur porte-parole, Oussama Ali, la tempête a fait au moins 2 300 morts et 7 000 "
        "blessés rien que dans la ville de Derna, clairement la plus durement touchée.",
        [at_least(2300, "deaths"), at_least(7000, "injured")],
    ),
    (
        "Le gouvernement de l'est, rival de celui de Tripoli, avance un bilan encore plus lourd : "
        "il affirme que plus de 5 200 personnes ont péri à Derna.",
        [at_least(5200, "deaths")],
    ),
    (
        "La Fédération internationale des sociétés de la Croix-Rouge et du Croissant-Rouge reste "
        "prudente sur les chiffres, mais reconnait un nombre de morts « énorme » pouvant se "
        "compter en milliers.",
        [vague(1000, "deaths")],
    ),
    ("Elle estime à 10 000 le nombre de disparus.", [point(10000, "missing")]),
    (
        "Le maire de Derna a déclaré que le nombre de morts dans la ville pourrait atteindre "
        "entre 18 000 et 20 000, compte tenu du nombre de quartiers détruits.",
        [between(18000, 20000, "deaths")],
    ),
    ("3.252 morts officiellement", [point(3252, "deaths")]),
    (
        "Des sauveteurs maltais ont dit avoir découvert des centaines de cadavres dans une baie et "
        "réussi à récupérer des dizaines, selon le Times of Malta.",
        [vague(100, "bodies"), vague(10)],
    ),
    (
        "« Selon le Croissant-Rouge libyen, ces inondations sans précédent ont fait environ 11 300 "
        "morts et 10 100 disparus dans la seule ville de Derna ».",
        [point(11300, "deaths", approx=True), point(10100, "missing", approx=True)],
    ),
    (
        "3958 morts, plus de 9000 disparus, selon l’OMS",
        [point(3958, "deaths"), at_least(9000, "missing")],
    ),
    (
        "Samedi, l’Organisation mondiale de la Santé a indiqué que les corps de 3 958 personnes "
        "avaient été retrouvés et identifiés.",
        [point(3958, "people")],
    ),
    (
        "On compte aussi 65 autres morts dans d'autres villes de l'est de la Libye.",
        [point(65, "deaths")],
    ),
    # bundled corpus
    (
        "Selon le Pentagone, environ 10 000 soldats nord-coréens seraient déjà présents en "
        "Russie, dont un petit nombre dans la région frontalière de Koursk.",
        [point(10000, "soldiers", approx=True)],
    ),
    (
        "Selon des sources, des milliers de soldats nord-coréens seraient déjà positionnés en "
        "Russie.",
        [vague(1000, "soldiers")],
    ),
    (
        "Selon le renseignement sud-coréen, Pyongyang a livré 7000 conteneurs d’armement à la "
        "Russie.",
        [point(7000, "containers")],
    ),
    # written for these tests (wire style)
    (
        "Selon l'ONU, plus d'un millier de personnes ont été tuées et une centaine d'autres sont "
        "portées disparues.",
        # "plus d'un millier" bounds a collective word: vague, like "dépasserait la dizaine"
        [vague(1000, "deaths"), point(100, "missing", approx=True)],
    ),
    ("Le chômage a reculé à 7,3 % au troisième trimestre, selon l'Insee.", [point(7.3, "percent")]),
    (
        "Selon la préfecture, entre 1 500 et 2 000 personnes se sont rassemblées samedi à Nantes.",
        [between(1500, 2000, "people")],
    ),
    (
        "Quelque 300 policiers et gendarmes ont été mobilisés, a indiqué le préfet.",
        [point(300, "police officers", approx=True)],
    ),
    (
        "Jusqu'à 5 000 migrants pourraient être relocalisés, selon Bruxelles.",
        [at_most(5000, "refugees")],
    ),
    ("Moins de 50 personnes ont été évacuées, selon les pompiers.", [at_most(50, "people")]),
    ("Deux ou trois blessés ont été évacués.", [between(2, 3, "injured")]),
    (
        "La catastrophe a fait 500 morts au moins, selon l'ONU.",
        [at_least(500, "deaths")],
    ),
    (
        "Le bilan s'élève à douze morts et une vingtaine de blessés, selon les secours.",
        [point(12, "deaths"), point(20, "injured", approx=True)],
    ),
    (
        "Des dizaines de milliers de manifestants ont défilé dimanche à Tbilissi, selon l'AFP.",
        [vague(10000, "protesters")],
    ),
    (
        "Plusieurs centaines de personnes ont été interpellées, d'après le ministère.",
        [vague(100, "arrests")],
    ),
    (
        "L'armée affirme avoir abattu 25 drones et 3 missiles dans la nuit.",
        [point(25, "drones"), point(3, "missiles")],
    ),
    (
        "Deux millions de Britanniques ont signé la pétition, selon le Parlement.",
        [point(2000000)],
    ),
    ("Le Hamas détient encore 101 otages, selon Israël.", [point(101, "hostages")]),
    (
        "Le coût est estimé à 1,5 milliard d'euros par le gouvernement.",
        [point(1500000000, "EUR", approx=True)],
    ),
    (
        "De 18.000 à 20.000 morts sont à craindre, selon le maire.",
        [between(18000, 20000, "deaths")],
    ),
    (
        "Au total, 1 234 567 électeurs ont voté, soit 52,3 % des inscrits.",
        [point(1234567), point(52.3, "percent")],
    ),
    ("Quelque 10\u00a0000 soldats sont déployés.", [point(10000, "soldiers", approx=True)]),
    ("Environ 3\u202f500 personnes ont défilé.", [point(3500, "protesters", approx=True)]),
    (
        "Le bilan est passé de 2 000 à 5 300 morts en deux jours.",
        [point(2000), point(5300, "deaths")],
    ),
    (
        "Douze mille soldats et deux cent cinquante chars ont été envoyés.",
        [point(12000, "soldiers"), point(250)],
    ),
    ("Cent personnes ont été blessées.", [point(100, "injured")]),
    (
        "Entre 1,5 et 2 millions de Syriens ont fui, selon le HCR.",
        [between(1500000, 2000000)],
    ),
    (
        "La police a dénombré 11.300 manifestants, les syndicats des centaines de milliers.",
        [point(11300, "protesters"), vague(100000)],
    ),
    (
        "L'attaque a fait un mort et trois blessés, selon la gendarmerie.",
        [point(1, "deaths"), point(3, "injured")],
    ),
    (
        "Une dizaine de milliers de manifestants ont défilé à Lyon, selon la préfecture.",
        [point(10000, "protesters", approx=True)],
    ),
    (
        "Un demi-million de personnes ont fui la région, selon l'ONU.",
        [point(500000, "people")],
    ),
    ("L'Etat a débloqué une aide de 1,5 M€ pour les sinistrés.", [point(1500000, "EUR")]),
    (
        "La dette atteint 3 000 milliards d'euros, soit 110 % du PIB.",
        [point(3000000000000, "EUR"), point(110, "percent")],
    ),
    (
        "Le CAC 40 a perdu 2,5 % vendredi, à 7 123,45 points.",
        [point(2.5, "percent"), point(7123.45)],
    ),
    ("La température a atteint 40 °C à Marseille.", [point(40, "degrees")]),
    (
        "Le billet coûtera de 5 € à 8 €, et la hausse sera comprise entre 10 % et 15 %.",
        [between(5, 8, "EUR"), between(10, 15, "percent")],
    ),
    (
        "Un incendie a ravagé 1 500 hectares de forêt, a indiqué la préfecture du Var.",
        [point(1500, "hectares")],
    ),
    (
        "Au moins 35 personnes ont été tuées dans des frappes, selon Kiev, qui fait état de 120 "
        "blessés.",
        [at_least(35, "deaths"), point(120, "injured")],
    ),
    (
        "Les bouchons s'étendaient sur 20 km et 300 postes sur 500 sont menacés.",
        [point(20, "km"), point(300, "jobs")],
    ),
    # a threshold crossed ("franchir la barre des", "le cap des") is a lower bound; the verb
    # may be conditional and "désormais" may stand between (devset14, devset17, written)
    (
        "Pour la Cour, la dette publique franchirait la barre des 118 % du PIB dès la fin de "
        "l'année.",
        [at_least(118, "percent")],
    ),
    (
        "Le nombre de demandeurs d'emploi a franchi le cap des 3 millions, selon l'Insee.",
        [at_least(3000000)],
    ),
    # a bound is not shared past a clause closed by its verb (devset17): "47 blessées" is exact
    (
        "Au moins trois personnes ont été tuées et 47 blessées, a annoncé la préfecture.",
        [at_least(3, "deaths"), point(47, "injured")],
    ),
    (
        "Au moins 2 300 morts et 7 000 blessés ont été recensés, selon les secours.",
        [at_least(2300, "deaths"), at_least(7000, "injured")],
    ),
]

EN_POSITIVES: list[tuple[str, list[Expected]]] = [
    # A group of people introduced by what befell them counts ("the three people who died").
    ("Officials said the three people who died were students.", [point(3, "people")]),
    # proportions read as percentages, hyphenated scales (devset sentences and written)
    # A negated "exceed" caps the figure; the affirmed one is a floor.
    ("Turnout did not exceed 40% in the capital, the commission said.", [at_most(40, "percent")]),
    ("Losses have not exceeded $2 million, the firm said.", [at_most(2000000, "USD")]),
    ("Turnout exceeded 40% in the capital.", [at_least(40, "percent")]),
    (
        # "people over 75" is an age limit, not a count (the gold has the 80 % only)
        "About eight in 10 of the excess deaths were among people over 75.",
        [point(80, "percent", approx=True)],
    ),
    ("A quarter of the cases were children.", [point(25, "percent")]),
    # Shares and multipliers (devset4 conventions): "well over half" of voters is a vague
    # lower bound of 50 %; "half the threshold" is a multiplier 0.5; "roughly double" 2.
    (
        'The Delvaux camp insists that "well over half" of voters went to the polls.',
        [vague(50, "percent")],
    ),
    ("More than half of the patients left within four hours.", [at_least(50, "percent")]),
    ("The toll reached 300, officials said.", [point(300, "deaths")]),
    (
        'His lawyer said the level found in his sample was "half" the threshold applied in '
        "comparable cases.",
        [times(0.5)],
    ),
    (
        "Researchers said they measured an average of 240 microplastic particles per cubic meter "
        "in the city center, and roughly double that along major roads.",
        [point(240), times(2, approx=True)],
    ),
    ("Exposure could be two to three times higher in cities.", [(None, 2, 3, "times", True)]),
    (
        "About 230 patients were admitted, twice the usual number.",
        [point(230, approx=True), times(2)],
    ),
    ("Cases have more than doubled since March, officials said.", [(2, 2, None, "times", True)]),
    ("The union says turnout was three times lower than in 2019.", [times(0.3333)]),
    (
        'The real number was "at least twelve" — three times the four cases recognised by the '
        "federation.",
        [at_least(12), point(4, "cases")],  # the count the federation recognised
    ),
    ("He has been arrested twice and was jailed three times.", []),
    # Prison terms are figures (devset5 convention: requested sentences are prosecutor
    # figures), other spans of time are not.
    ("He was sentenced to 10 years in prison.", [point(10)]),
    ("Prosecutors have asked for a 10-year prison sentence.", [point(10)]),
    ("The 45-year-old suspect was held for 12 hours.", []),
    ("Police are investigating a double murder in the suburbs.", []),
    ("A fire tore through the plant, killing one worker.", [point(1, "deaths")]),
    ("One official said one of them was hurt.", []),
    ('"We lost everything," said Vasiliki, 68, who gave only her first name.', []),
    # a back-reference with its agent is that agent's count, not an anaphor
    (
        "It was three times the four cases recognised by the federation, and well above the "
        "seven reported by the agency.",
        [point(4, "cases"), point(7)],
    ),
    ("The two countries signed a pact and the three men were released.", []),
    ("Ndeye Coumba Faye, 49, the former chief accountant, told the court she obeyed.", []),
    ('He said "barely 10,000" posts would be created.', [at_most(10000)]),
    (
        "Lithium Boréal says the $420-million project will create 250 permanent jobs.",
        [point(420000000, "USD"), point(250, "jobs")],
    ),
    # devset (values as in gold.jsonl)
    (
        "The health ministry, which is run by Hamas, said at least 500 people had been killed at "
        "Al-Ahli Arabi Hospital, while a Gaza civil defense chief, whose department is also "
        "Hamas-run, said on Al-Jazeera television that more than 300 people were killed, per "
        "Reuters.",
        [at_least(500, "deaths"), at_least(300, "deaths")],
    ),
    (
        "A Gaza civil defence chief said 300 people were killed and a health ministry official "
        "said 500 were killed.",
        [point(300, "deaths"), point(500, "deaths")],
    ),
    (
        "Prior to Tuesday's incident, health authorities in Gaza said at least 3,000 people had "
        "been killed in Israel's 11-day bombardment.",
        [at_least(3000, "deaths")],
    ),
    (
        "An unclassified U.S. intelligence report, seen by Reuters on Thursday, estimated the "
        "death toll from a blast at a Gaza hospital was “probably at the low end of the 100 to "
        "300 spectrum,” but added that the figure may evolve.",
        [between(100, 300, "deaths")],
    ),
    (
        "Palestinian officials said 471 people were killed in the blast at Al-Ahli al-Arabi "
        "Hospital late on Tuesday.",
        [point(471, "deaths")],
    ),
    (
        "US intelligence estimates 100-300 killed in Gaza hospital strike",
        [between(100, 300, "deaths")],
    ),
    (
        "The US intelligence community has estimated there were likely 100 to 300 people killed "
        "in the strike at the Ahli Arab hospital in Gaza, according to excerpts of a document "
        "seen Thursday by AFP -- far fewer than the nearly 500 deaths that health authorities "
        "in the Hamas-run territory reported.",
        [between(100, 300, "deaths"), point(500, "deaths", approx=True)],
    ),
    (
        "An unclassified US intelligence assessment estimates the number of people killed at the "
        'hospital Tuesday night at the "low end of the 100-to-300 spectrum."',
        [between(100, 300, "deaths")],
    ),
    (
        "Gaza officials have said at least 471 people were killed in the blast, with more than "
        "300 wounded.",
        [at_least(471, "deaths"), at_least(300, "injured")],
    ),
    (
        "AFP correspondents at the scene saw dozens of bodies, with medics and civilians "
        "recovering bodies wrapped in white cloth, blankets or black plastic bags.",
        [vague(12, "bodies")],
    ),
    (
        "The Gaza Health Ministry said that an Israeli airstrike on Tuesday hit a Gaza City "
        "hospital filled with wounded and other Palestinians in search of shelter, killing "
        "hundreds, according to The Associated Press, marking — if confirmed — the deadliest "
        "Israeli airstrike in five wars fought since 2008.",
        [vague(100), point(5)],
    ),
    (
        "Israel has responded to an Oct. 7 rampage by Hamas gunmen who killed 1,400 Israelis by "
        "vowing to destroy the group, putting the 2.3 million people living in Gaza under a "
        "total siege, and bombarding the enclave in strikes that have killed thousands and made "
        "more than a million homeless.",
        [point(1400), point(2300000, "people"), vague(1000), at_least(1000000, "displaced")],
    ),
    (
        "GAZA: About 500 Palestinians were killed in a blast at a hospital in Gaza.",
        [point(500, "deaths", approx=True)],
    ),
    (
        "At least 500 people were killed in the bombing, the ministry said.",
        [at_least(500, "deaths")],
    ),
    (
        "Hamas militants rampaged into Israeli towns and kibbutzes on Oct 7, killing more than "
        "1,300 people, mainly civilians.",
        [at_least(1300, "people")],
    ),
    # written for these tests (wire style)
    (
        "Police said about 10,000 people marched through central London on Saturday.",
        [point(10000, "protesters", approx=True)],
    ),
    (
        "Organisers put the turnout at 250,000, while police estimated it at between 80,000 and "
        "100,000.",
        [point(250000), between(80000, 100000)],
    ),
    (
        "The fire destroyed more than 1,200 homes and left 3 people dead, officials said.",
        [at_least(1200, "buildings"), point(3, "deaths")],
    ),
    (
        "Up to 2,000 troops could be deployed, a Pentagon spokesman said.",
        [at_most(2000, "soldiers")],
    ),
    (
        "Fewer than 100 protesters turned up, according to local media.",
        [at_most(100, "protesters")],
    ),
    (
        "The company said it would cut 1,500 jobs, or 12% of its workforce.",
        [point(1500, "jobs"), point(12, "percent")],
    ),
    (
        "Inflation rose to 3.2 percent in March from 2.9 percent in February, the statistics "
        "office said.",
        [point(3.2, "percent"), point(2.9, "percent")],
    ),
    (
        "The government has pledged $1.2 billion in aid, the minister said.",
        [point(1200000000, "USD")],
    ),
    (
        "Tens of thousands of people have fled their homes, the UN said.",
        [vague(10000, "people")],
    ),
    (
        "Hundreds of thousands of protesters took to the streets, organisers said.",
        [vague(100000, "protesters")],
    ),
    (
        "Rescuers pulled a dozen survivors from the rubble, the civil defence said.",
        [point(12, approx=True)],
    ),
    (
        "Some 300 demonstrators gathered outside parliament, police said.",
        [point(300, "protesters", approx=True)],
    ),
    (
        "Between 18,000 and 20,000 people may have died in Derna, the mayor said.",
        [between(18000, 20000, "people")],
    ),
    (
        "The ministry said 3,958 bodies had been recovered and more than 9,000 people were still "
        "missing.",
        [point(3958, "bodies"), at_least(9000, "people")],
    ),
    (
        "Police arrested 15 people, including 11 in Paris, the interior ministry said.",
        [point(15, "people"), point(11)],
    ),
    ("Two or three soldiers were wounded.", [between(2, 3, "soldiers")]),
    ("The Pentagon will send 200 more troops, officials said.", [point(200, "soldiers")]),
    (
        "It will cost between $10 and $20 million, or more than $1.2bn, and they found 500 "
        "bodies or more.",
        [between(10000000, 20000000, "USD"), at_least(1200000000, "USD"), at_least(500, "bodies")],
    ),
    (
        "Nearly two million people signed the petition, according to parliament.",
        [point(2000000, "people", approx=True)],
    ),
    (
        "Twelve soldiers were killed and twenty-five wounded in the attack, the army said.",
        [point(12, "soldiers"), point(25, "injured")],
    ),
    (
        "The death toll rose to 1,400, up from 1,200 on Monday, officials said.",
        [point(1400, "deaths"), point(1200, "deaths")],
    ),
    (
        "More than 1,000 migrants crossed the Channel on Tuesday, the Home Office said.",
        [at_least(1000, "refugees")],
    ),
    (
        "Officials said 1.4 million people had been displaced.",
        [point(1400000, "displaced")],
    ),
    (
        "A dozen police officers were injured, the prefecture said.",
        [point(12, "police officers", approx=True)],
    ),
    ("Hundreds were arrested, police said.", [vague(100, "arrests")]),
    (
        "The war has killed an estimated 10,000 civilians, the UN says.",
        [point(10000, "civilians", approx=True)],
    ),
    (
        "Roughly 40% of voters backed the measure, the poll found.",
        [point(40, "percent", approx=True)],
    ),
    (
        "As many as 5,000 people may have been trapped, rescuers said.",
        [at_most(5000, "people")],
    ),
    (
        "The strike involved 10,000 to 12,000 workers, the union said.",
        [between(10000, 12000)],
    ),
    (
        "Two hundred and fifty people were evacuated, firefighters said.",
        [point(250, "evacuated")],
    ),
    ("Israel said it had struck 450 targets overnight.", [point(450)]),
    (
        "The army said 200 North Korean soldiers had crossed the border.",
        [point(200, "soldiers")],
    ),
    (
        "A thousand soldiers and two dozen tanks were sent, the ministry said.",
        [point(1000, "soldiers"), point(24, approx=True)],
    ),
    (
        "The toll rose from 300 to 500 deaths, officials said.",
        [point(300, "deaths"), point(500, "deaths")],
    ),
    (
        "Half a million people have fled, and several thousand troops have arrived.",
        [point(500000, "people"), vague(1000, "soldiers")],
    ),
    (
        "A few hundred protesters gathered, while the ministry pledged £1.5m in aid.",
        [vague(100, "protesters"), point(1500000, "GBP")],
    ),
    ("One soldier was killed and two were wounded.", [point(1, "soldiers"), point(2, "injured")]),
    # A comma before other than three digits is a decimal comma (translated or European copy).
    ("The company reported a loss of €2,5 million.", [point(2500000, "EUR")]),
    ("It employs 10,000 people and 1,250 nurses.", [point(10000, "people"), point(1250)]),
    ("Turnout topped 55% in the northern districts.", [at_least(55, "percent")]),
    ("One in five adults say so.", [point(20, "percent")]),
    ("Turnout rose by two and a half points.", [point(2.5)]),
    (
        "Some 2,000 U.S. troops have been put on standby, officials said.",
        [point(2000, "soldiers", approx=True)],
    ),
    (
        "The Fed raised rates by 25 basis points to a range of 5.25% to 5.5%.",
        [point(25), between(5.25, 5.5, "percent")],
    ),
    (
        "Israel says it has hit more than 300 targets in 2023, with 12 strikes in Gaza.",
        [at_least(300), point(12)],
    ),
    # a threshold crossed is a lower bound; a bound is not shared past a clause closed by its
    # verb; an age limit after a group of people is no count (written for these tests)
    (
        "The death toll has now crossed the 1,000 mark, the ministry said.",
        [at_least(1000, "deaths")],
    ),
    (
        "Police said at least three people were killed and 47 injured.",
        [at_least(3, "deaths"), point(47, "injured")],
    ),
    (
        "The firm said at least 300 jobs and 40 stores would go.",
        [at_least(300, "jobs"), at_least(40)],
    ),
    ("Children under 5 accounted for 40% of the cases.", [point(40, "percent")]),
    ("Rescuers pulled out more than 200 people over two days.", [at_least(200, "people")]),
]

FR_NEGATIVES: list[str] = [
    # devset negatives and captions
    "Plusieurs secteurs d’activités se sont mobilisés ce mardi 18 octobre pour une hausse des "
    "salaires notamment.",
    "Mais s'ils étaient au-delà d'un 1er mai classique, les premiers chiffres semblaient montrer "
    'que ce ne serait pas le "raz-de-marée" espéré par les syndicats.',
    "La manifestation syndicale du 1er-Mai à Paris, le 1er mai 2023.",
    "Un 1er-Mai record depuis 2002",
    "Les chiffres de la cuvée 2023 font de cette mobilisation du 1er-Mai la plus massive depuis "
    "2002.",
    "Franceinfo a compilé les chiffres des mobilisations des précédents 1er-Mai, depuis 2002 au "
    "niveau national et depuis 1995 pour Paris.",
    "Les forces de Haftar s'étaient emparées en 2018 de Derna, alors bastion des islamistes "
    "radicaux et seule ville de l'Est qui échappait à son contrôle.",
    # bundled corpus
    "Selon les médias d'État, l'essai du 14 janvier était un missile à combustible solide de "
    "portée intermédiaire.",
    "Les deux dirigeants ont discuté sous le signe du traité de défense mutuelle signé en juin "
    "2024 lors de la visite de Vladimir Poutine à Pyongyang.",
    "L’engagement croissant entre la Corée du Nord et la Russie marque une étape importante, "
    "illustrée par la récente rencontre entre Kim Jong-un et Sergueï Choïgou.",
    "Ce pacte vient solidifier une alliance historique entre les deux pays.",
    # written for these tests
    "Le suspect, âgé de 45 ans, a été placé en garde à vue.",
    "Il dirige l'entreprise depuis 24 ans.",
    "La grève a duré deux jours.",
    "L'article 4 de la loi prévoit une amende.",
    "Le rendez-vous est fixé à 15h30 place de la République.",
    "L'incident s'est produit à 14:12:37, selon le rapport.",
    "Le Covid-19 a été au menu du G7 et du G20.",
    "Il a été reçu pour la 2e fois au XXIe siècle, la 3ème depuis le 1er janvier.",
    "Une enquête a été ouverte par le parquet.",
    "Un petit nombre de soldats est resté sur place.",
    "Contactez la rédaction au 01 23 45 67 89 ou sur "
    "https://www.exemple.fr/2023/10/17/bilan-300-morts.",
    "Écrivez à redaction2023@exemple.fr pour toute question.",
    "Le texte a été adopté le 14 janvier 2023 par l'Assemblée.",
    "Dans les années 2000, la ville comptait moins d'habitants.",
    "Il a été condamné en vertu de l'alinéa 3 de l'article 222-33 du code pénal.",
    "Le vol MH17 a été abattu au-dessus de l'Ukraine.",
    "Il est neuf heures et le magasin, tout neuf, ouvre.",
    "Le numéro 3 du parti a démissionné le 2 mars.",
    "Les manifestations des 18 et 19 octobre ont été suivies.",
    "Le tournoi aura lieu du 12 au 14 mai.",
    "Elle a été élue en mars dernier pour un mandat de cinq ans.",
    "L'un d'eux a été entendu par les enquêteurs.",
    "Le siège du parti se trouve au 12 rue de la Paix.",
    "Il l'a dit sur France 24 et sur Europe 1, lors de la COP 28, avant le 13h de TF1.",
    "Selon l'article L. 3211-3 du code de la santé publique et la résolution 2231 de l'ONU.",
    "Le Rafale F4 et l'A380 ont survolé le 3e arrondissement le 8 mars.",
    "",
    "La réforme repousse l'âge légal de départ de 62 à 64 ans.",
    "Les 18-25 ans sont les plus touchés.",
    # Digits other than 10 and 100 make no percentage ("2 blessés sur 5 sites" are counts).
    "Ils partent en vacances, 1 sur 3 à l'étranger.",
    "Le service est ouvert 24 heures sur 24 et 7 jours sur 7.",
    "Les deux dirigeants se sont rencontrés, selon des sources proches des deux pays.",
    # an age limit whose "ans" is elided; spans of time are no counts
    "Aux urgences, les plus de 75 attendent en moyenne neuf heures.",
]

EN_NEGATIVES: list[str] = [
    # "the two countries" refers back, relative clause or not (only "who" introduces people).
    "The two countries that signed the deal will meet again in May.",
    # devset negatives and captions
    "US President Joe Biden meets Israeli Prime Minister Benjamin Netanyahu in Tel Aviv on "
    "October 18, 2023, amid the Israel-Hamas war.",
    "The blast was the bloodiest single incident in Gaza since Israel launched an unrelenting "
    "bombing campaign against the densely populated territory in retaliation for a deadly "
    "cross-border Hamas assault on southern Israeli communities on Oct 7.",
    "The strike occurred at around 1700 GMT Tuesday, when the hospital was crowded.",
    # written for these tests
    "The suspect, a 45-year-old man, was arrested on Tuesday.",
    "The victim, aged 45, died in hospital.",
    "He has lived in London since 2009.",
    "In 2023, the government changed the law.",
    "The meeting started at 10 a.m. local time.",
    "The attack took place at 14:12:37, according to the log.",
    "Article 4 of the treaty guarantees mutual defence.",
    "Lawmakers want to reform Section 230.",
    "She was one of the first to arrive.",
    "The two countries signed a pact in June.",
    "It was the 21st time the council had met.",
    "The fighting lasted two days.",
    "Covid-19 was discussed at the G7 summit.",
    "Kim Jong-un met Vladimir Putin in Pyongyang.",
    "Call 212-555-0199 or visit https://example.com/2023/10/17/500-killed for details.",
    "Regulators grounded the Boeing 737 MAX after the crash.",
    "The 9/11 attacks changed US foreign policy.",
    "In the 1990s the city was much smaller.",
    "The 2023-24 season begins on August 5.",
    "One official, who spoke on condition of anonymity, confirmed the blast.",
    "The plan was first announced on May 1.",
    "It is a 24/7 news channel.",
    "The Security Council adopted Resolution 2334 in December 2016.",
    "A three-year-old boy was rescued on Oct. 17.",
    "The team won 3-1 on Sunday.",
    # Digits other than 10 and 100 make no percentage ("2 people in 5 villages" are counts).
    "Or 3 out of 4 voters, say so.",
    "The scheme covers people aged 18 to 25.",
    "Both sides met in Geneva on Oct. 17 and 18.",
    "Title 42 and Article 5 were invoked by the 1st Armored Division on Route 1.",
    "There is a 50-50 chance, Channel 4 said, ahead of the 2024 election.",
    "Air Force One landed after the Jan. 6 riot anniversary, Page Six reported.",
    "",
    # an age limit after a group of people; spans of time are no counts (devset17)
    "Patients over 75 waited nearly nine hours on average.",
]


def known_limit(sentence: str, expected: list[Expected], reason: str) -> object:
    return pytest.param(sentence, expected, marks=pytest.mark.xfail(reason=reason, strict=True))


FR_KNOWN_LIMITS = [
    known_limit(
        "Ils étaient 2000 à Lyon selon la police.",
        [point(2000)],
        "a bare 4-digit number in the year range without a listed unit is read as a year",
    ),
    known_limit(
        "Le 49.3 a été utilisé pour la 23e fois.",
        [],
        "article numbers named without the word 'article' are not recognised",
    ),
    known_limit(
        "Il a été condamné à 18 mois de prison dont 6 avec sursis.",
        [],
        "an elided duration unit ('dont 6 [mois]') is not carried over",
    ),
]

EN_KNOWN_LIMITS = [
    known_limit(
        "Windows 11 is installed on 400 million devices.",
        [point(400000000)],
        "a product number opening the sentence is not told from a count",
    ),
    known_limit(
        "One person was killed and 12 were injured.",
        [point(1, "deaths"), point(12, "injured")],
        "'one person' is not counted: 'one person familiar with the matter' is far commoner",
    ),
    known_limit(
        "The 2,000-strong force arrived on Monday.",
        [point(2000, "soldiers")],
        "hyphenated compounds ('2,000-strong') are all read as adjectives",
    ),
]


def _assert_figures(sentence: str, lang: str, expected: list[Expected]) -> None:
    figures = find_figures(sentence, lang)
    assert summary(figures) == expected
    for figure in figures:
        assert sentence[figure.start : figure.end] == figure.text


@pytest.mark.parametrize(("sentence", "expected"), FR_POSITIVES + FR_KNOWN_LIMITS)
def test_fr_figures(sentence: str, expected: list[Expected]) -> None:
    _assert_figures(sentence, "fr", expected)


@pytest.mark.parametrize(("sentence", "expected"), EN_POSITIVES + EN_KNOWN_LIMITS)
def test_en_figures(sentence: str, expected: list[Expected]) -> None:
    _assert_figures(sentence, "en", expected)


@pytest.mark.parametrize("sentence", FR_NEGATIVES)
def test_fr_not_figures(sentence: str) -> None:
    assert find_figures(sentence, "fr") == []


@pytest.mark.parametrize("sentence", EN_NEGATIVES)
def test_en_not_figures(sentence: str) -> None:
    assert find_figures(sentence, "en") == []


# Spans of time, read when a claim has no other figure (`durations=True`): bounds apply, and a
# span in two units is one value in the larger ("4 heures et 12 minutes" -> 4.2 hours).
DURATIONS: list[tuple[str, str, list[Expected]]] = [
    (
        "fr",
        "« Le temps de passage médian est de 4 heures et 12 minutes », a précisé l'ARS.",
        [point(4.2)],
    ),
    ("fr", "Les secours sont arrivés au bout de 2 heures et 30 minutes.", [point(2.5)]),
    ("fr", "Le patient a attendu 3 heures, puis 40 minutes au scanner.", [point(3), point(40)]),
    ("fr", "Un patrouilleur a été engagé « en moins de dix minutes ».", [at_most(10)]),
    ("fr", "Selon le syndicat, l'attente dépasserait désormais six heures.", [at_least(6)]),
    ("en", "Official data show a median stay of four hours and 12 minutes.", [point(4.2)]),
    ("en", "The ambulance arrived after 1 hour and 20 minutes.", [point(1.3333)]),
    ("en", "The line was de-energised within 20 minutes of the first alert.", [at_most(20)]),
    ("en", "Patients over 75 waited nearly nine hours on average.", [point(9, approx=True)]),
    ("en", "The flight lasted two hours and 15 passengers were hurt.", [point(2), point(15)]),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), DURATIONS)
def test_spans_of_time(lang: str, sentence: str, expected: list[Expected]) -> None:
    figures = find_figures(sentence, lang, durations=True)
    assert summary(figures) == expected


TEXTS: list[tuple[str, str, list[str], list[str | None]]] = [
    (
        "fr",
        "Selon le Pentagone, environ 10 000 soldats nord-coréens seraient en Russie.",
        ["environ 10 000 soldats"],
        ["soldats"],
    ),
    (
        "fr",
        "Le bilan fait état de plus d’un millier de morts et de 2,3 millions de sinistrés.",
        ["plus d’un millier de morts", "2,3 millions de sinistrés"],
        ["morts", "sinistrés"],
    ),
    (
        "fr",
        "Ils étaient 300 000 selon la CGT, entre 18 000 et 20 000 morts selon le maire.",
        ["300 000", "entre 18 000 et 20 000 morts"],
        [None, "morts"],
    ),
    (
        "en",
        "Officials said 500 people were killed and 7000 containers of arms were shipped.",
        ["500 people were killed", "7000 containers"],
        ["people were killed", "containers"],
    ),
    (
        "en",
        "It estimated the toll at the low end of the 100-to-300 spectrum, or more than $1.2bn.",
        ["100-to-300", "more than $1.2bn"],
        ["toll", "$"],
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "texts", "units"), TEXTS)
def test_text_and_unit_as_written(
    lang: str, sentence: str, texts: list[str], units: list[str | None]
) -> None:
    figures = find_figures(sentence, lang)
    assert [f.text for f in figures] == texts
    assert [f.unit for f in figures] == units


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "La CGT a recensé près de 300 000 manifestants, dont plus de 70 000 à Paris."),
        ("en", "Gaza officials said at least 471 people were killed, with more than 300 wounded."),
    ],
)
def test_offset_shifts_spans(lang: str, sentence: str) -> None:
    article = "Titre.\n\n" + sentence
    offset = article.index(sentence)
    figures = find_figures(sentence, lang, offset=offset)
    assert figures
    for figure in figures:
        assert article[figure.start : figure.end] == figure.text


def test_unknown_language_fails_loudly() -> None:
    with pytest.raises(FileNotFoundError):
        find_figures("10 000 soldats", "xx")


# Fragments mixed at random: the invariants below must hold for any text, not just news.
FRAGMENT_LIST = (
    "10|000|,|.|-|à|to|entre|et|plus de|au moins|millions|de|d'|’|un|une|one|a|dozen|des|"
    "milliers|hundreds|of|%|$|€|İ|\u00a0|\u202f|1er|mai|May|2023|ans|years|people|morts|"
    "killed|(|)|«|\n|http://x.y/1|a@b.co|–|/|3|douze|vingt-et-un|half a|£|m|sur|in|out of|"
    "aged|article|Boeing|737"
)
FRAGMENTS = FRAGMENT_LIST.split("|")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_spans_are_ordered_disjoint_and_exact_on_any_text(lang: str) -> None:
    rng = random.Random(20231017)
    for _ in range(2000):
        text = "".join(
            rng.choice(FRAGMENTS) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14))
        )
        figures = find_figures(text, lang, offset=7)
        previous_end = 7
        for figure in figures:
            assert text[figure.start - 7 : figure.end - 7] == figure.text
            assert previous_end <= figure.start < figure.end
            previous_end = figure.end
            if figure.low is not None and figure.high is not None:
                assert figure.value is None and figure.low < figure.high


def _gold_figures() -> list[dict[str, Any]]:
    path = DEVSET / "gold.jsonl"
    if not path.exists():
        pytest.skip("devset not found beside the repository")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [r for r in records if r["kind"] == "figure"]


@pytest.mark.parametrize(("lang", "floor"), [("fr", 0.95), ("en", 0.9)])
def test_devset_gold_value_accuracy(lang: str, floor: float) -> None:
    """Every gold figure (value, low, high) is among the figures found in its sentence."""
    records = [r for r in _gold_figures() if r["article"][3:5] == lang]
    assert records
    found = 0
    for record in records:
        wanted = tuple(
            None if record[key] is None else float(record[key])
            for key in ("value", "value_low", "value_high")
        )
        figures = find_figures(record["sentence"], lang)
        found += any((f.value, f.low, f.high) == wanted for f in figures)
    assert found / len(records) >= floor


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Au premier tour, le 15 mars, elle avait obtenu 41,2 % des voix.", "fr", True),
        ("L'agence, créée en 2012, gérait un budget d'environ 30 milliards de FCFA.", "fr", True),
        ("The blaze broke out at about 2:30 p.m. at the Armorichim site.", "en", True),
        ("Cyclone Pala killed 61 people in 2009.", "en", True),
        # Negatives: counts only, a four-digit count included.
        ("Son rival a obtenu 49,4 %, soit 412 voix d'écart.", "fr", False),
        ("About 2000 residents fled their homes.", "en", False),
    ],
)
def test_dated(sentence: str, lang: str, expected: bool) -> None:
    assert dated(sentence, lang) is expected
