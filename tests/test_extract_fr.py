"""French attributed-claim extraction on real and wire-style sentences."""

from __future__ import annotations

import frontmatter
import pytest

from claimtrack.extract import extract_claims
from claimtrack.model import Claim
from claimtrack.resources import corpus_dir
from tests.extract_cases import Expect, check, figure_value

F, D, A, S = "figure", "denial", "accusation", "statement"

# Agentless requests ("seven years were sought against...") are not extracted: the
# clusterer merges requisitions against different defendants into one false conflict
# (devset5 conflict precision floor, still so in session 5). The mechanism, never wired in,
# was removed; it is in the history (commit 6c96f9d: extract/claims.py `_agentless_request`,
# lexicon.yaml `agentless_request`, `prosecution`, `prosecution_default`).
AGENTLESS_REQUEST_OFF = pytest.mark.xfail(
    strict=True,
    reason="agentless requests are not extracted: the clusterer merges requisitions against "
    "different defendants into one false conflict (devset5 conflict precision floor)",
)

CASES = [
    # Bundled corpus (mandatory claims).
    pytest.param(
        "Selon le Pentagone, environ 10 000 soldats nord-coréens seraient déjà présents en Russie.",
        [Expect(F, "Pentagon", 10000, hedged=True)],
        id="pentagon-10000",
    ),
    pytest.param(
        "Le président ukrainien, Volodymyr Zelensky, affirme quant à lui que 12 000 soldats "
        "nord-coréens s’apprêteraient à rejoindre le front.",
        [Expect(F, "Volodymyr Zelensky", 12000, hedged=True)],
        id="zelensky-12000",
    ),
    pytest.param(
        "En mars dernier, le gouvernement Sud Coréen a affirmé que son voisin du Nord, a livré "
        "7000 conteneurs d’armement à la Russie, en grande partie des munitions.",
        [Expect(F, "South Korea", 7000)],
        id="south-korea-7000",
    ),
    pytest.param(
        "La Corée du Nord a été accusée par les États-Unis et la Corée du Sud d’avoir fourni des "
        "armes, y compris des missiles, à la Russie pour soutenir son effort de guerre en Ukraine.",
        [Expect(A, "United States and South Korea")],
        id="passive-accusation",
    ),
    pytest.param(
        "Face aux allégations de transferts d'armes nord-coréennes vers la Russie, les deux "
        "nations ont vigoureusement nié ces accusations.",
        [Expect(D, "deux nations", polarity="deny")],
        id="denial-two-nations",
    ),
    pytest.param(
        "« Nous apprécions grandement le soutien ferme de la Corée du Nord. Sa solidarité avec "
        "nous », a martelé Vladimir Poutine dans la presse officielle de la Corée du Nord.",
        [Expect(S, "Vladimir Putin")],
        id="putin-quote",
    ),
    pytest.param(
        "Bien que Pyongyang nie ces accusations, des enquêtes ont révélé des preuves.",
        [Expect(D, "North Korea", polarity="deny")],
        id="pyongyang-denies",
    ),
    pytest.param(
        "Selon l’agence nord-coréenne KCNA, la réunion aurait permis d’aborder des questions "
        "liées à la situation régionale.",
        [Expect(S, "KCNA", hedged=True)],
        id="kcna-conditional",
    ),
    pytest.param(
        "Poutine a déclaré que cette alliance viserait à « résolument s’opposer » aux ambitions "
        "occidentales.",
        [Expect(S, "Vladimir Putin", hedged=False)],
        id="sequence-of-tenses-not-hedge",
    ),
    pytest.param(
        "Des rapports indépendants ont documenté l’utilisation de munitions nord-coréennes, "
        "malgré les dénégations de Moscou et de Pyongyang.",
        [Expect(D, "Russia and North Korea", polarity="deny")],
        id="nominal-denial",
    ),
    # Devset sentences.
    pytest.param(
        "Des manifestations qui ont réuni 107.000 participants en France, dont 13.000 à Paris, "
        "selon le ministère de l'Intérieur, tandis que la CGT a annoncé 300.000 participants.",
        [
            Expect(F, "French Interior Ministry", 107000),
            Expect(F, "French Interior Ministry", 13000),
            Expect(F, "CGT", 300000),
        ],
        id="two-sources-one-sentence",
    ),
    pytest.param(
        "La police a compté 16.300 manifestants à Caen (40.000 selon la CGT), 8700 manifestants "
        "à Strasbourg (15.000), 7300 à Lille (15.000).",
        [
            Expect(F, "police", 16300),
            Expect(F, "CGT", 40000),
            Expect(F, "police", 8700),
            Expect(F, "CGT", 15000),
            Expect(F, "police", 7300),
        ],
        id="parenthetical-series",
    ),
    pytest.param(
        "Ils étaient aussi entre 2 100 (police) et 7 000 (CGT) à Bordeaux.",
        [Expect(F, "police", 2100), Expect(F, "CGT", 7000)],
        id="bare-parenthetical-sources",
    ),
    pytest.param(
        "Et, selon la police, 3 650 au Havre, 1 800 à Montpellier, 2 200 à Lyon.",
        [Expect(F, "police", 3650), Expect(F, "police", 1800), Expect(F, "police", 2200)],
        id="selon-before-list",
    ),
    pytest.param(
        "Le Croissant-Rouge libyen a démenti dimanche un bilan de 11.300 morts dans les "
        "inondations de Derna, dans l'est pays, que lui a attribué le Bureau de coordination des "
        "affaires humanitaires de l'ONU.",
        [
            Expect(F, "Libyan Red Crescent", 11300, polarity="deny"),
            Expect(F, "UN OCHA", 11300),
        ],
        id="denied-figure",
    ),
    pytest.param(
        "Des chiffres contestés par les organisateurs qui évoquent 250 000 et 40 000.",
        [
            Expect(F, "trade unions (organisers)", 250000),
            Expect(F, "trade unions (organisers)", 40000),
        ],
        id="relative-subject",
    ),
    pytest.param(
        "Dans la soirée du mardi 18 octobre, la police a interpellé 15 personnes, dont 11 à "
        "Paris, indique le ministère de l’Intérieur.",
        [Expect(F, "French Interior Ministry", 15), Expect(F, "French Interior Ministry", 11)],
        id="inverted-after-figures",
    ),
    pytest.param(
        "Le maire de Derna, Abdulmenam al-Ghaithi, a déclaré à la chaîne de télévision "
        "saoudienne Al Arabiya que le nombre de morts dans la ville pourrait atteindre entre "
        "18 000 et 20 000.",
        [Expect(F, "~Abdulmenam al-Ghaithi", 18000, hedged=True)],
        id="apposition-and-range",
    ),
    pytest.param(
        "En effet, le dernier défilé unitaire du 1er-Mai remonte à 2009 (la CGT avait compté "
        "près de 1,2 million de manifestants, la police 456.000).",
        [Expect(F, "CGT", 1200000, hedged=None), Expect(F, "police", 456000)],
        id="gapped-source",
    ),
    pytest.param(
        "3958 morts, plus de 9000 disparus, selon l’OMS",
        [
            Expect(F, "World Health Organization", 3958),
            Expect(F, "World Health Organization", 9000),
        ],
        id="heading-with-source",
    ),
    pytest.param(
        "Le Croissant-Rouge dément l’ONU",
        [Expect(D, "Libyan Red Crescent", polarity="deny")],
        id="heading-denial",
    ),
    pytest.param(
        "L’OMS avait, en outre, fait savoir que « plus de 9 000 personnes » étaient toujours "
        "portées disparues.",
        [Expect(F, "World Health Organization", 9000)],
        id="adverbial-between-commas",
    ),
    pytest.param(
        '"On ne bloque pas le pays pour le plaisir", confie une orthophoniste lyonnaise. '
        '"Je suis là en soutien pour le droit de grève", ajoute-t-elle.',
        [Expect(S, "anonymous")],
        id="pronoun-resolved-to-previous-speaker",
    ),
    pytest.param(
        "Néanmoins, les autorités auprès de l’AFP se sont montrées rassurantes en indiquant que "
        "l’ambiance de la manifestation était «calme globalement».",
        [Expect(S, "~autorités")],
        id="gerund",
    ),
    pytest.param(
        "La Fédération internationale des sociétés de la Croix-Rouge et du Croissant-Rouge reste "
        "prudente sur les chiffres, mais reconnait un nombre de morts « énorme ». Elle estime à "
        "10 000 le nombre de disparus.",
        [Expect(F, "IFRC", 10000)],
        id="coordinated-verb-then-pronoun",
    ),
    # Wire-style sentences written for these tests.
    pytest.param(
        "Selon des sources proches du dossier, au moins 40 personnes auraient été arrêtées.",
        [Expect(F, "anonymous", 40, hedged=True)],
        id="anonymous-hedged",
    ),
    pytest.param(
        "La préfecture a recensé 2 500 manifestants à Nantes, 8 000 selon les organisateurs.",
        [Expect(F, "prefecture", 2500), Expect(F, "trade unions (organisers)", 8000)],
        id="prefecture-vs-organisers",
    ),
    pytest.param(
        "Pour la préfecture, 1 200 personnes ont défilé dans le calme.",
        [Expect(F, "prefecture", 1200)],
        id="pour-la-prefecture",
    ),
    pytest.param(
        "Le Kremlin a démenti ces informations, les qualifiant de « fausses ».",
        [Expect(D, "Kremlin", polarity="deny")],
        id="kremlin-denial",
    ),
    pytest.param(
        "Israël accuse le Hamas d'avoir tiré la roquette.",
        [Expect(A, "Israel (government/IDF)")],
        id="accusation",
    ),
    pytest.param(
        "Le gouvernement rejette catégoriquement ces allégations.",
        [Expect(D, "~gouvernement", polarity="deny")],
        id="rejette",
    ),
    pytest.param(
        "Le parquet de Paris a annoncé l'ouverture d'une enquête.",
        # A local body named by its place, alike in every language (aliases/placed.yaml).
        [Expect(S, "Paris prosecutor's office")],
        id="statement",
    ),
    pytest.param(
        "D'après Météo-France, la crue pourrait toucher 3 000 foyers.",
        [Expect(F, "Météo-France", 3000, hedged=True)],
        id="d-apres",
    ),
    pytest.param(
        "Le ministère de la Santé a fait état de 27 morts et 180 blessés.",
        # The ministry by its English name (data/fr/lexicon.yaml `portfolio_ministries`).
        [Expect(F, "health ministry", 27), Expect(F, "health ministry", 180)],
        id="fait-etat",
    ),
    pytest.param(
        "Le syndicat dénonce des allégations sans fondement.",
        [Expect(D, "trade unions (organisers)", polarity="deny")],
        id="allegations-sans-fondement",
    ),
]

# Cross-sentence references and forms found in wire copy (sentences written for these tests).
CASES += [
    pytest.param(
        "La préfète du Nord, Anne Martel, s'est rendue sur place. « Aucune victime n'est à "
        "déplorer à ce stade », a-t-elle précisé.",
        # A third party's negative statement: statement with polarity deny (guidelines); a
        # prefect speaks for her prefecture, named by its place (gold conventions).
        [Expect(S, "Nord prefecture", polarity="deny")],
        id="clitic-pronoun-refers-to-earlier-subject",
    ),
    pytest.param(
        "La directrice du scrutin, Claire Roy, a présenté les résultats. Quarante-deux bulletins "
        "ont été annulés, selon elle.",
        [Expect(F, "Claire Roy", 42)],
        id="selon-elle",
    ),
    pytest.param(
        "Le collectif Stop Mine conteste le résultat. D'après sa porte-parole, Léa Morin, "
        "environ 150 électeurs n'habitent pas la commune.",
        [Expect(F, "Stop Mine", 150)],
        id="possessive-points-to-previous-speaker",
    ),
    pytest.param(
        "La société parle de 12 salariés blessés et nie toute négligence.",
        [Expect(F, "société", 12), Expect(D, "société", polarity="deny")],
        id="coordinated-verbs-share-subject",
    ),
    pytest.param(
        "Plus de 3 000, rétorque le syndicat, qui affirme qu'une dizaine de sites sont touchés.",
        [Expect(F, "trade unions (organisers)", 3000)],
        id="inverted-retort",
    ),
    pytest.param(
        "Un chiffre contesté par la FNSEA, qui évoque « plus de 400 exploitations » sinistrées.",
        [Expect(F, "FNSEA", 400)],
        id="relative-after-comma",
    ),
]

# Generalisation rules (sentences from the development sets and written for these tests).
CASES += [
    pytest.param(
        "Les autorités de Dravik font état de 17 civils tués, un chiffre que l'OCHA n'a pas "
        "encore pu vérifier.",
        [Expect(F, "~Dravik", 17)],
        id="faire-etat-any-tense",
    ),
    pytest.param(
        "SORVAN (Norvakie), 4 novembre 2026 (AFP) - Le ministère norvakien de la Défense a revu "
        "mercredi à la hausse son bilan, faisant état de 19 soldats tués.",
        [Expect(F, "~ministère norvakien", 19)],
        id="dateline-is-not-a-source",
    ),
    pytest.param(
        "Le ministère table sur une croissance de 1,6 % l'an prochain.",
        [Expect(F, "~ministère", 1.6)],
        id="figure-only-verb",
    ),
    pytest.param(
        "La préfecture balaie ces accusations et rappelle qu'aucune plainte n'avait été "
        "enregistrée jeudi soir.",
        [Expect(D, "prefecture", polarity="deny")],
        id="denial-verb-balayer",
    ),
    pytest.param(
        "Le porte-parole a accusé l'armée d'avoir visé des ambulances, ce que Kalmar a aussitôt "
        "démenti.",
        [Expect(D, "Kalmar", polarity="deny")],
        id="adverb-between-auxiliary-and-participle",
    ),
    pytest.param(
        "« Aucune pollution n'a été relevée dans la rivière », a indiqué la préfecture.",
        [Expect(S, "prefecture", polarity="deny")],
        id="third-party-negation-is-statement-deny",
    ),
    pytest.param(
        "Le syndicat accuse la direction de cacher les chiffres. « Tout est publié chaque "
        "semaine », a répliqué la direction.",
        [Expect(A, "trade unions (organisers)"), Expect(D, "direction", polarity="deny")],
        id="reply-verb-answers-accusation",
    ),
    pytest.param(
        "L'opposition accuse le gouvernement de maquiller ses comptes. Le porte-parole du "
        "gouvernement, Milan Horak, assure que rien n'a été caché.",
        # A spokesperson speaks for the body, even one named by a common noun.
        [Expect(A, "opposition"), Expect(D, "gouvernement", polarity="deny")],
        id="accused-party-negating-is-a-denial",
    ),
    pytest.param(
        "Le maire a rejeté les accusations de fraude. « Le vote s'est déroulé dans l'ordre », "
        "a-t-il déclaré.",
        [Expect(D, "maire", polarity="deny")],
        id="statement-continues-the-speaker-denial",
    ),
    pytest.param(
        "« Nous craignons un bilan bien plus lourd », a déclaré Maria Fonoti, coordinatrice de la "
        "FICR.",
        [Expect(S, "IFRC")],
        id="person-speaks-for-organisation",
    ),
    pytest.param(
        "Le syndicat des médecins hospitaliers de Montclar (SMHM) conteste ce bilan.",
        [Expect(D, "SMHM", polarity="deny")],
        id="acronym-names-the-body",
    ),
    pytest.param(
        "Le chef de l'opposition, Pavel Dresner, dont le parti dispose de 61 sièges sur 150, "
        "accuse le gouvernement de « cacher le vrai déficit ».",
        [Expect(A, "Pavel Dresner")],
        id="relative-clause-inside-subject",
    ),
    pytest.param(
        "« L'agence a perdu des semaines précieuses, et elle le sait », a déclaré le docteur "
        "Olivier Brunel.",
        [Expect(A, "Olivier Brunel")],
        id="accusation-vocabulary-delay",
    ),
    pytest.param(
        "« Les certificats de décès ne mentionnent presque jamais la chaleur », explique Karim "
        "Benali.",
        [Expect(S, "Karim Benali")],
        id="almost-never-does-not-negate",
    ),
    pytest.param(
        "Le Comité citoyen Sauvons le lac ne reconnaît pas le résultat.",
        [Expect(S, "~Sauvons le lac", polarity="deny")],
        id="negated-stance-verb",
    ),
    pytest.param(
        "Le passage du cyclone a fait au moins 23 morts, selon un bilan provisoire communiqué "
        "dimanche par l'Office national de gestion des catastrophes (NDMO).",
        [Expect(F, "NDMO", 23)],
        id="count-words-with-a-day-before-the-source",
    ),
    pytest.param(
        "3.252 morts officiellement\nSelon le ministre de la Santé, Othman Abdeljalil, la "
        "catastrophe a fait 3.252 morts.",
        [Expect(F, "Eastern Libyan health ministry", 3252)],
        id="headline-figure-takes-the-body-source",
    ),
    pytest.param(
        "Dans son avis, l'organisme chiffre à 4,1 % le déficit prévisible, soit près d'un point "
        "de plus que les 3,2 % affichés par la ministre des Finances.",
        [Expect(F, "organisme", 4.1), Expect(F, "finance ministry", 3.2)],
        id="figure-given-to-the-agent-behind-it",
    ),
    pytest.param(
        "La ministre des Finances d'Estravie, Helena Vasko, a présenté un projet de budget qui, "
        "selon elle, ramènera le déficit public à 3,2 % du PIB.",
        [Expect(F, "Estravie", 3.2)],
        id="pronoun-refers-to-the-sentence-subject",
    ),
    pytest.param(
        "Selon des chiffres de l'OCHA publiés jeudi soir, quelque 1 200 maisons auraient été "
        "endommagées.",
        [Expect(F, "UN OCHA", 1200, hedged=True)],
        id="participle-after-the-source-ends-it",
    ),
    pytest.param(
        "Quarante et un suspects ont été déférés, dont 29 placés en détention, précise le "
        "communiqué du parquet.",
        [Expect(F, "prosecutor's office", 29)],
        id="stop-word-as-a-noun-after-its-article",
    ),
    pytest.param(
        "Le groupe Armorichim a annoncé une enquête interne. « Notre site a été contrôlé en "
        "mars », a déclaré le PDG du groupe, Marc Delestre.",
        [Expect(S, "Armorichim")],
        id="role-of-a-body-named-earlier",
    ),
    pytest.param(
        "Sa présidente a estimé que l'hypothèse de croissance de 1,6 % retenue par le "
        "gouvernement était « optimiste ».",
        [Expect(F, "~gouvernement", 1.6)],
        id="verb-ends-an-agent-source",
    ),
    pytest.param(
        "« Nous n'avons rien caché », a déclaré aux Echos la directrice générale, Helena Varga, "
        "qui réfute toute dissimulation.",
        [Expect(D, "Helena Varga", polarity="deny")],
        id="relative-clause-after-an-inverted-speaker",
    ),
    pytest.param(
        "« Nos forces n'ont fait que riposter à une incursion », a indiqué le ministère "
        "peltravien de la Défense.",
        [Expect(A, "~ministère peltravien")],
        id="ne-que-is-not-a-negation",
    ),
    pytest.param(
        "Trois personnes ont été interpellées dans la nuit, de source policière.",
        [Expect(F, "anonymous", 3)],
        id="de-source-policiere",
    ),
    pytest.param(
        "Pour Kalmar, ce sont au contraire les troupes norvakiennes qui ont franchi la ligne de "
        "cessez-le-feu.",
        [Expect(A, "Kalmar")],
        id="pour-a-lone-name",
    ),
    # A definite description of a person stands for the name given just before.
    pytest.param(
        "Parmi les coureurs visés figure le Tchèque Karel Vondra, 27 ans, vainqueur d'étape sur "
        "le Tour de Ravenne l'an dernier. Le grimpeur nie en bloc.",
        [Expect(D, "Karel Vondra", polarity="deny")],
        id="description-le-grimpeur",
    ),
    pytest.param(
        "L'équipe a suspendu le Belge Tom Vermeulen mardi. Le coureur nie en bloc.",
        [Expect(D, "Tom Vermeulen", polarity="deny")],
        id="description-le-coureur",
    ),
    pytest.param(
        "Le sélectionneur a retenu Hugo Lemaire. « Je n'ai jamais triché », a assuré le joueur.",
        [Expect(D, "Hugo Lemaire", polarity="deny")],
        id="description-inverted-le-joueur",
    ),
    pytest.param(
        "Hélène Castagnet obtient 412 voix d'avance sur Marc Delvaux. Le candidat divers gauche "
        "ne s'avoue pas vaincu. « Ce scrutin est entaché d'irrégularités graves », a-t-il lancé.",
        [Expect(A, "Marc Delvaux")],
        id="description-le-candidat-then-pronoun",
    ),
    pytest.param(
        "Le candidat dénonce des fraudes massives.",
        # No name before: the description stays what it is.
        [Expect(A, "~candidat")],
        id="description-without-a-name",
    ),
    # A representative speaks for the body named with the role.
    pytest.param(
        "« On ne peut pas être juge et partie », tranche Régis Fontanet, délégué général de "
        "Plastalliance.",
        # The kind is still wrong (an accusation under a negation): the source is checked here.
        [Expect(S, "Plastalliance", polarity="deny")],
        id="representative-speaks-for-body",
    ),
    pytest.param(
        "La direction juge ces accusations mensongères.",
        [Expect(D, "direction", polarity="deny")],
        id="denial-term-mensonger",
    ),
    pytest.param(
        "« Nous n'avons rien à cacher », a déclaré le directeur.",
        [Expect(D, "~directeur", polarity="deny")],
        id="self-denial-rien-a-cacher",
    ),
    pytest.param(
        "Le maire estime que la préfecture ne dit rien.",
        [Expect(S, "~maire", polarity="deny")],
        id="negation-without-self-denial-stays-a-statement",
    ),
]


def test_a_source_name_carries_no_accusation() -> None:
    text = (
        "D'après l'Agence indépendante de contrôle du dopage (AICD), sept échantillons se sont "
        "révélés positifs."
    )
    assert [c.kind for c in extract_claims(text, "fr")] == ["figure"]


def test_headline_figure_is_claimed_once_with_its_own_sentence() -> None:
    text = (
        "3.252 morts officiellement\nSelon le ministre de la Santé, Othman Abdeljalil, la "
        "catastrophe a fait 3.252 morts."
    )
    claims = extract_claims(text, "fr")
    assert [c.sentence for c in claims] == [
        "3.252 morts officiellement",
        "Selon le ministre de la Santé, Othman Abdeljalil, la catastrophe a fait 3.252 morts.",
    ]
    # A headline whose figure no body claim gives stays unclaimed.
    assert extract_claims("Un 1er-Mai à 782.000 manifestants\nLa journée était calme.", "fr") == []
    # A headline stating the figure as fact is the journalist's, even when the body sources it.
    bare = "Naufrage : 14 morts\nSelon les secours, le naufrage a fait 14 morts."
    assert [c.sentence for c in extract_claims(bare, "fr")] == [bare.split("\n")[1]]


NEGATIVES = [
    "Plusieurs secteurs d’activités se sont mobilisés ce mardi 18 octobre pour une hausse des "
    "salaires notamment.",
    "Au total, les forces de l’ordre ont procédé à 15 interpellations, dont 11 à Paris.",
    "Environ 300 personnes ont été interpellées.",
    "108 policiers et gendarmes ont été blessés, un nombre rare pour un 1er mai.",
    "La manifestation syndicale du 1er-Mai à Paris, le 1er mai 2023.",
    "On compte aussi 65 autres morts dans d'autres villes de l'est de la Libye.",
    "Les forces de Haftar s'étaient emparées en 2018 de Derna.",
    "L'article 4 du traité prévoit une assistance mutuelle en cas d'agression.",
    "Kim Jong-un, 40 ans, a reçu son homologue vers 14 h à Pyongyang.",
    "Le bilan des morts ne cesse de grimper.",
    "Les secouristes ont lancé un appel ce mardi 13 septembre pour obtenir davantage de housses.",
    "Mais les autorités de l'Est se méfient de Derna, considérée comme une ville contestataire.",
    "Depuis mardi, des cadavres ont été rejetés par une mer Méditerranée devenue brune.",
    "VALENTINE CHAPUIS / AFP VALENTINE CHAPUIS / AFP",
    "Les services de secours relevant du gouvernement de Tripoli, reconnu par la communauté "
    "internationale, travaillent sans relâche.",
    "Un 1er-Mai record depuis 2002",
    "La commune, fondée en 1901, compte environ 4 300 habitants.",
    "Le parquet, saisi, n'a pas confirmé cette version.",
    "Trente-deux dossiers ont été rejetés lors de la dernière session.",
    # A country recording cases is a fact, not an attribution.
    "En 2019, année de la précédente flambée, la France avait enregistré plus de 2 600 cas.",
    # A figure-only verb without a figure says nothing.
    "Les services de secours ont publié un dernier bilan humain en milieu de journée.",
    # Count words attribute figures; without one, no statement.
    "Si le record de 2002 n'a pas été battu, la mobilisation a été plus forte qu'en 2009 selon "
    "les chiffres de police.",
    # An inquiry under way asserts nothing.
    "Le parquet a indiqué qu'une enquête est en cours pour établir les circonstances du drame.",
    # "Pour" before a name is not a source when no comma sets it off.
    "Pour Noël la mairie a installé 40 sapins.",
    # An action's agent is not a source: "évacuées par les pompiers".
    "Environ 1 200 personnes ont été évacuées par les pompiers dans la nuit.",
]


# A figure contested or rejected (annotation guidelines: kind figure, polarity deny, the
# contested value), multipliers as figures, a stance beside a figure (devsets and own).
CASES += [
    pytest.param(
        "Côté peltravien, le ministère de la Défense affirme que ses forces ont « mis hors de "
        "combat plus de quarante » militaires norvakiens, un chiffre que le gouvernement "
        "norvakien conteste.",
        [Expect(F, "defence ministry", 40), Expect(F, "~norvakien", 40, polarity="deny")],
        id="contested-figure-un-chiffre-que",
    ),
    pytest.param(
        "Selon la CGT, 12 000 personnes ont défilé à Nantes, un chiffre que la préfecture juge "
        "« fantaisiste ».",
        [Expect(F, "CGT", 12000), Expect(F, "~pref", 12000, polarity="deny")],
        id="contested-figure-fantaisiste",
    ),
    pytest.param(
        "Les quantités de cocaïne saisies ont elles aussi été revues : 112 kilos, et non 85, "
        "indique-t-on au parquet.",
        [Expect(F, "~prosecutor", 112), Expect(F, "~prosecutor", 85, polarity="deny")],
        id="rejected-figure-et-non-N",
    ),
    pytest.param(
        "Son avocate, Me Sandrine Ollivro, évoque une contamination alimentaire : le taux "
        "relevé serait « deux fois inférieur » au seuil retenu dans des dossiers comparables, "
        "affirme-t-elle.",
        [Expect(F, "~Ollivro", 0.5, hedged=None), Expect(S, "~Ollivro", hedged=None)],
        id="multiplier-and-own-point-before-colon",
    ),
    pytest.param(
        "La Fédération continentale de cyclisme (FCC) avance un bilan bien moindre : quatre "
        "cas, « dont deux encore en cours d'analyse ».",
        [Expect(F, "FCC", 4), Expect(F, "FCC", 2)],
        id="colon-frame-of-a-figure-is-no-statement",
    ),
    pytest.param(
        "Selon l'ARS, le nombre de cas a doublé en un mois.",
        [Expect(F, "~ARS", 2)],
        id="multiplier-verb-a-double",
    ),
]


def test_a_headline_accusation_without_author_takes_the_body_accusation_of_that_charge() -> None:
    """The headline's charge ("conflit d'intérêts") picks the body accusation and its source."""
    text = (
        "Microplastiques : l'étude de Bréval accusée de conflit d'intérêts\n\n"
        "Le ministère de l'Environnement accuse les industriels de minimiser le problème. "
        "Plastalliance accuse l'un des coauteurs de l'étude de conflit d'intérêts."
    )
    claims = extract_claims(text, "fr")
    headline = [c for c in claims if c.start == 0]
    assert [(c.kind, c.attribution.canonical) for c in headline] == [
        ("accusation", "Plastalliance")
    ]


def test_a_headline_charge_nobody_makes_in_the_body_is_no_claim() -> None:
    text = (
        "Le maire accusé de favoritisme\n\n"
        "Le conseil municipal s'est réuni lundi. L'opposition accuse la majorité de gaspillage."
    )
    assert [c for c in extract_claims(text, "fr") if c.start == 0] == []


def test_a_professional_federation_is_the_body_that_spoke_last() -> None:
    """ "la fédération professionnelle": the head noun comes first in French."""
    text = (
        "Plastalliance accuse l'un des coauteurs de conflit d'intérêts. Selon la fédération "
        "professionnelle, le laboratoire aurait perçu « plus de 400 000 euros » de Filtrium."
    )
    second = [c for c in extract_claims(text, "fr") if c.start > 0]
    assert {(c.kind, c.attribution.canonical) for c in second} == {
        ("figure", "Plastalliance"),
        ("accusation", "Plastalliance"),  # the stance of the sentence before continues
    }


def test_a_named_accuser_in_a_denial_makes_an_accusation() -> None:
    text = "Le gouvernement dément les allégations de l'ONG Human Rights Watch."
    kinds = {(c.kind, c.attribution.canonical) for c in extract_claims(text, "fr")}
    assert ("accusation", "Human Rights Watch") in kinds
    assert ("denial", "gouvernement") in {(k, n.lower()) for k, n in kinds}


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a démenti les accusations de corruption portées contre lui.",
        "L'université rejette les accusations d'une fédération professionnelle.",
    ],
)
def test_a_charge_or_an_unnamed_accuser_in_a_denial_makes_no_accusation(text: str) -> None:
    assert all(c.kind != "accusation" for c in extract_claims(text, "fr"))


def test_the_figures_of_a_quote_only_sentence_are_the_previous_speaker_s() -> None:
    text = (
        "« Ce n'étaient pas des cas isolés », raconte Julien Marest. Puis, après un silence : "
        "« Moi, j'en ai compté au moins douze. »"
    )
    second = [c for c in extract_claims(text, "fr") if c.start > 0]
    assert [(c.kind, c.attribution.canonical, figure_value(c)) for c in second] == [
        ("figure", "Julien Marest", 12)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a remark without figure nor stance is left alone
        "« Nous restons prudents », a déclaré la maire. « Un sondage, ce n'est pas une élection. »",
        # the journalist's sentence before quotes nobody
        "Le bilan s'élève à 12 morts. « C'est une tragédie. »",
    ],
)
def test_a_quote_only_sentence_without_figure_or_stance_is_no_claim(text: str) -> None:
    assert [c for c in extract_claims(text, "fr") if c.start > 0] == []


def test_a_figure_contested_in_the_next_sentence_is_denied() -> None:
    """ "Un chiffre que conteste X": the figure the sentence before gave someone else."""
    text = (
        "La participation s'établit à 47,3 %, d'après la préfecture. Un chiffre que conteste "
        "l'équipe du challenger, qui revendique « plus de 55 % » dans les quartiers nord."
    )
    second = [c for c in extract_claims(text, "fr") if c.start > 0]
    assert ("figure", "deny", 47.3) in {(c.kind, c.polarity, figure_value(c)) for c in second}


def test_a_figure_given_with_the_denier_s_name_is_not_contested_by_him() -> None:
    text = (
        "Selon un dernier bilan du ministre de la Santé, Othman Abdeljalil, la catastrophe a "
        "fait 3.252 morts. Othman Abdeljalil a répété que seul son ministère était habilité à "
        "communiquer le bilan des morts, mettant en doute la crédibilité des autres chiffres."
    )
    second = [c for c in extract_claims(text, "fr") if c.start > 0]
    assert all(c.figure is None for c in second)


def test_a_result_label_carries_on_the_findings_of_the_sentence_before() -> None:
    text = (
        "Pendant quatorze mois, l'équipe de la professeure Anaïs Roudier a installé 36 capteurs "
        "dans l'agglomération. Résultat : en moyenne 240 particules par mètre cube d'air dans "
        "le centre, et deux fois plus le long des axes routiers."
    )
    second = [c for c in extract_claims(text, "fr") if c.start > 0]
    assert [(c.attribution.canonical, figure_value(c)) for c in second] == [
        ("équipe de la professeure Anaïs Roudier", 240),
        ("équipe de la professeure Anaïs Roudier", 2),
    ]


@pytest.mark.parametrize(
    ("report", "background"),
    [
        # Un présent descriptif après un chiffre rapporté : le contexte du journaliste.
        (
            "« 2 000 habitants ont été évacués », a déclaré le maire.",
            "La commune compte 40 000 habitants.",
        ),
        (
            "Selon la CGT, 300 salariés seront licenciés d'ici à juin.",
            "L'usine emploie 1 200 salariés.",
        ),
        (
            "Le préfet a indiqué que 600 personnes avaient été relogées.",
            "Le quartier, qui est peuplé de 9 000 habitants, reste privé d'électricité.",
        ),
        (
            "D'après la direction, 150 postes seraient supprimés.",
            "Le site regroupe 900 salariés.",
        ),
    ],
)
def test_a_descriptive_present_is_not_the_previous_speaker_s(report: str, background: str) -> None:
    claims = extract_claims(f"{report} {background}", "fr")
    assert [c.sentence for c in claims] == [report]


@pytest.mark.parametrize(
    "continuation",
    ["Sa rivale a recueilli 49,4 %.", "Sa rivale a obtenu 49,4 % des suffrages."],
)
def test_a_narrated_continuation_stays_the_previous_speaker_s(continuation: str) -> None:
    text = f"Hélène Castagnet a obtenu 50,6 % des voix, selon la préfecture. {continuation}"
    claims = extract_claims(text, "fr")
    assert [c.attribution.canonical for c in claims] == ["prefecture", "prefecture"]


def test_a_journalist_s_total_is_no_continuation() -> None:
    text = (
        "Selon la CGT, 300 000 personnes ont défilé. Au total, les forces de l'ordre ont "
        "procédé à 15 interpellations."
    )
    assert [c for c in extract_claims(text, "fr") if c.start > 0] == []


def test_a_lone_preposition_names_no_speaker() -> None:
    """ "font état DE 110 particules" is no inverted subject "de"."""
    text = (
        "Ses propres relevés font état de 110 particules par mètre cube en moyenne, "
        "indique-t-on au ministère."
    )
    assert {c.attribution.source for c in extract_claims(text, "fr")} == {"ministère"}


@pytest.mark.parametrize(
    "text",
    [
        "Le vice-gouverneur, Stavros Lefkaditis, a affirmé que l'incendie était « d'origine "
        "criminelle ».",
        "Selon les pompiers, le feu a été volontairement allumé en trois points.",
        "« Les troupes pakistanaises ont tiré les premières », a déclaré un porte-parole.",
    ],
)
def test_arson_and_firing_first_are_blame(text: str) -> None:
    assert "accusation" in {c.kind for c in extract_claims(text, "fr")}


def test_a_requisition_is_the_prosecution_s_figure() -> None:
    text = (
        "Au terme d'un réquisitoire de près de cinq heures, le parquet financier a requis mardi "
        "dix ans de prison ferme contre l'ancien directeur."
    )
    assert [(c.kind, figure_value(c)) for c in extract_claims(text, "fr")] == [("figure", 10)]


def test_a_requisition_without_figure_is_no_claim() -> None:
    assert extract_claims("Le parquet requiert la relaxe.", "fr") == []


def test_a_political_trial_is_blame() -> None:
    text = "Me Ousmane Kébé, avocat de M. Sarr, a dénoncé un « procès politique »."
    assert "accusation" in {c.kind for c in extract_claims(text, "fr")}


def test_a_frame_before_a_colon_adds_no_statement() -> None:
    """ "avance un bilan bien moindre : quatre cas" is the figure's frame, not a claim."""
    text = (
        "La Fédération continentale de cyclisme (FCC) avance un bilan bien moindre : quatre "
        "cas, « dont deux encore en cours d'analyse »."
    )
    assert {c.kind for c in extract_claims(text, "fr")} == {"figure"}


# Reporting constructions by class (own sentences): colon attributions, object clitics,
# aspectual verbs with a reporting infinitive, findings, polls, person nouns as speakers,
# bare denials, manner-of-speaking verbs, the impersonal "on" and its place.
CASES += [
    pytest.param(
        "Le maire est formel : aucune fermeture de classe n'aura lieu à la rentrée.",
        [Expect(S, "~maire", polarity="deny")],
        id="colon-est-formel",
    ),
    pytest.param(
        "La préfète se veut rassurante : 450 gendarmes seront mobilisés ce week-end.",
        [Expect(F, "~pref", 450)],
        id="colon-se-veut-rassurante",
    ),
    pytest.param(
        "Le préfet l'assure : 450 gendarmes seront mobilisés ce week-end.",
        [Expect(F, "~pref", 450)],
        id="colon-object-clitic",
    ),
    pytest.param(
        "Le ministère de l'Intérieur a dénombré 1,2 million de manifestants ; la CGT en a "
        "compté 3,5 millions.",
        [Expect(F, "French Interior Ministry", 1200000), Expect(F, "CGT", 3500000)],
        id="clitic-en-before-the-verb",
    ),
    pytest.param(
        "Le parquet continue d'imputer l'incendie à un acte criminel.",
        [Expect(A, "prosecutor's office")],
        id="aspectual-continue-d-imputer",
    ),
    pytest.param(
        "Le club persiste à nier toute irrégularité.",
        [Expect(D, "~club", polarity="deny")],
        id="aspectual-persiste-a-nier",
    ),
    pytest.param(
        "L'étude montre que le risque augmente de 12 % chez les gros consommateurs.",
        [Expect(F, "~étude", 12)],
        id="study-montre-que",
    ),
    pytest.param(
        "L'institut Ipsos crédite la liste sortante de 24,5 % des intentions de vote.",
        [Expect(F, "Ipsos", 24.5)],
        id="poll-credite",
    ),
    pytest.param(
        "Le sportif nie avoir pris des produits dopants.",
        [Expect(D, "~sportif", polarity="deny")],
        id="person-noun-denies-infinitive",
    ),
    pytest.param(
        "L'AMA dément.",
        [Expect(D, "AMA", polarity="deny")],
        id="bare-denial-sentence",
    ),
    pytest.param(
        "« C'est un coup monté », raconte l'ancien soigneur.",
        [Expect(S, "~soigneur")],
        id="quote-raconte",
    ),
    pytest.param(
        "« Rien n'est joué », tempère le politologue Jean Marchal.",
        [Expect(S, "Jean Marchal", polarity="deny")],
        id="quote-tempere",
    ),
    pytest.param(
        "La commission a examiné 14 dossiers, a-t-on appris de source proche de l'enquête.",
        [Expect(F, "anonymous", 14)],
        id="impersonal-on-de-source-proche",
    ),
    pytest.param(
        "Les prix ont augmenté de 8 %, indique-t-on au ministère de l'Économie.",
        [Expect(F, "~ministère", 8)],
        id="impersonal-on-au-ministere",
    ),
    pytest.param(
        "Pour le syndicat, la direction « ment » sur le nombre de licenciements.",
        [Expect(A, "~union")],
        id="pour-x-lying-is-an-accusation",
    ),
    pytest.param(
        "Pour l'opposition, le scrutin est entaché d'irrégularités.",
        [Expect(A, "~opposition")],
        id="tainted-vote-is-an-accusation",
    ),
    pytest.param(
        "Le coureur clame son innocence.",
        [Expect(D, "~coureur", polarity="deny")],
        id="clame-son-innocence",
    ),
    pytest.param(
        "Selon une enquête de l'institut Ipsoval publiée mercredi, le maire recueillerait 54 % "
        "des voix.",
        [Expect(F, "Ipsoval", 54, hedged=True)],
        id="selon-une-enquete-de-l-institut",
    ),
    pytest.param(
        # "Nothing to hide" is a stance only the accused takes: a denial (self_denial_terms),
        # in the infinitive as with "n'a rien à cacher".
        "Le club dit n'avoir rien à cacher.",
        [Expect(D, "~club", polarity="deny")],
        id="nothing-to-hide-is-negative",
    ),
    pytest.param(
        "Selon les enquêteurs, les données ont été copiées pendant au moins cinq semaines.",
        [Expect(F, "investigators (unnamed)", 5)],
        id="span-of-time-is-the-only-figure",
    ),
    pytest.param(
        "Le maire, 45 ans, a déclaré que la ville était prête.",
        [Expect(S, "~maire")],
        id="age-apposition-and-que-is-no-inversion",
    ),
    pytest.param(
        "Vingt-quatre heures plus tard, l'institut Opinia a livré un tout autre tableau : 51 % "
        "pour la maire sortante, 49 % pour son adversaire.",
        [Expect(F, "~Opinia", 51), Expect(F, "~Opinia", 49)],
        id="poll-livre-un-tableau",
    ),
    pytest.param(
        "Un sondage Ifop donne la maire sortante gagnante avec 52 % des voix.",
        [Expect(F, "~Ifop", 52)],
        id="poll-donne-gagnante",
    ),
    pytest.param(
        "Chez Lumera-Castel, on dénonce une cabale.",
        [Expect(A, "~Lumera-Castel")],
        id="chez-x-on-denonce",
    ),
    pytest.param(
        "Le syndicat réitère ses accusations contre la direction.",
        [Expect(A, "~union")],
        id="light-verb-reitere-ses-accusations",
    ),
    pytest.param(
        "Karel Vondra, 27 ans, coureur de l'équipe, clame son innocence.",
        [Expect(D, "Karel Vondra", polarity="deny")],
        id="age-between-commas-is-no-subject-part",
    ),
    pytest.param(
        "Des chercheurs de l'université de Bréval ont mesuré jusqu'à 240 particules de plastique "
        "par mètre cube d'air.",
        [Expect(F, "~chercheurs", 240)],
        id="measurement-is-the-measurers",
    ),
    pytest.param(
        "La fédération n'en reconnaît que quatre.",
        [Expect(F, "fédération", 4)],
        id="clitic-n-en-before-the-verb",
    ),
    # An inverted verb of speech with its pronoun reports even without quotation marks.
    pytest.param(
        "La chercheuse Anne Morel a présenté l'étude lundi. Leurs mesures suggèrent que "
        "l'exposition pourrait être deux à trois fois plus élevée en ville, poursuit-elle.",
        [Expect(F, "Anne Morel", 2, hedged=None)],
        id="poursuit-elle-without-quotes",
    ),
    pytest.param(
        "Le ministre Paul Garnier a défendu son budget. Le déficit atteindra 3,2 % l'an prochain, "
        "nuance-t-il.",
        [Expect(F, "Paul Garnier", 3.2)],
        id="nuance-t-il-without-quotes",
    ),
    # A participle right after a document or a body is that noun's report, not the
    # sentence subject's.
    pytest.param(
        "Trois jours après la publication d'une étude estimant que l'air du centre de Bréval "
        "contient 240 particules de microplastiques par mètre cube, Plastalliance accuse l'un de "
        "ses coauteurs de conflit d'intérêts.",
        [Expect(F, "~étude", 240), Expect(A, "Plastalliance")],
        id="une-etude-estimant-que",
    ),
    pytest.param(
        "Le gouvernement a reçu un rapport indiquant que 40 écoles sont fermées.",
        [Expect(F, "~rapport", 40)],
        id="un-rapport-indiquant-que",
    ),
    # With a comma, the participle is the subject's.
    pytest.param(
        "Le ministre a parlé mardi, affirmant que 40 maisons ont brûlé.",
        [Expect(F, "~ministre", 40)],
        id="comma-participle-is-the-subjects",
    ),
]

NEGATIVES += [
    # The outlet's own reporting is the journalist's fact.
    "Selon nos informations, la commission a été saisie dès 21 heures.",
    "D'après nos informations, 40 postes seront supprimés.",
    # A hedge, not a source.
    "Selon toute vraisemblance, le bilan devrait s'alourdir.",
    # A reporting verb with nothing reported announces speech to come.
    "Aujourd'hui, l'ancien soigneur parle.",
    # A crosshead (no final stop) announcing the paragraph below.
    "La défense conteste",
    "Le ministre a refusé de commenter ces informations.",
    "Le directeur n'a pas souhaité réagir.",
    "Le maire a-t-il menti ? La question reste entière.",
    # "mesure" after an article is the noun.
    "La mesure a été adoptée par 240 voix.",
    # Not inverted, "poursuivre" is no verb of speech.
    "L'enquête se poursuit depuis 12 jours.",
]


# Sources : la négation d'un auxiliaire et le pronom après « selon » bornent la source
# (phrases de devset12/devset7 et phrases écrites pour ces tests).
CASES += [
    pytest.param(
        "Korvel n'avait officiellement fait état que de sept expulsions.",
        [Expect(F, "Korvel", 7)],
        id="negated-auxiliary-is-no-part-of-the-subject",
    ),
    pytest.param(
        "La préfecture n'avait alors recensé que 12 blessés.",
        [Expect(F, "prefecture", 12)],
        id="negated-auxiliary-written",
    ),
    pytest.param(
        "Les garde-côtes italiens ont publié un bilan. Selon eux, 456 personnes ont été secourues.",
        [Expect(F, "garde-côtes italiens", 456)],
        id="selon-eux-is-the-previous-speaker",
    ),
    pytest.param(
        "L'opposition municipale nuance : selon le conseiller LR Patrick Venel, l'homologation "
        "ne portait que sur 17 000 places.",
        [Expect(F, "~Patrick Venel", 17000)],
        id="porter-sur-counts",
    ),
    pytest.param(
        "L'association Regard Hydraciel, créée il y a dix jours par des patients, affirme déjà "
        "avoir recueilli plus de 120 signalements.",
        [Expect(F, "Regard Hydraciel", 120)],
        id="an-infinitive-is-no-inverted-subject-and-il-y-a-is-a-time",
    ),
    pytest.param(
        "Le collectif, fondé il y a trois ans par des riverains, affirme avoir recensé 45 "
        "fissures dans les immeubles du quartier.",
        [Expect(F, "~collectif", 45)],
        id="il-y-a-time-written",
    ),
    # Un participe et son agent juste derrière un chiffre le lui donnent (devset14, devset7).
    pytest.param(
        "Le HCFP estime le déficit à 5,1 % du produit intérieur brut, contre 4,7 % visés par "
        "Bercy.",
        [Expect(F, "HCFP", 5.1), Expect(F, "Bercy", 4.7)],
        id="a-target-visé-par-is-its-agent-s",
    ),
    pytest.param(
        "Les garde-côtes italiens ont publié un bilan. Selon eux, 456 personnes ont été "
        "secourues, un chiffre supérieur aux 438 personnes déclarées à bord par l'armateur, "
        "Navilia Lines.",
        [Expect(F, "garde-côtes italiens", 456), Expect(F, "~armateur", 438)],
        id="an-adverbial-between-participle-and-agent",
    ),
    # Un chiffre revu à la baisse par un autre, objet déplacé par la relative (devset13).
    pytest.param(
        "L'UCA revendique 4 000 grévistes dans tout le pays, un chiffre que Livrago ramène à "
        "« moins de 600 ».",
        [Expect(F, "UCA", 4000), Expect(F, "Livrago", 600)],
        id="a-figure-que-x-ramène-à",
    ),
    pytest.param(
        "La CGT annonce 300 000 manifestants, un chiffre que la préfecture réduit à 80 000.",
        [Expect(F, "CGT", 300000), Expect(F, "prefecture", 80000)],
        id="a-figure-que-x-réduit-à",
    ),
    # « là où », « quand » : une seconde proposition, sa source, son chiffre (devset8, devset15).
    pytest.param(
        "L'exploitant fait état de deux salariés blessés, là où la gouverneure de Sarnow en "
        "dénombrait trois.",
        [Expect(F, "exploitant", 2), Expect(F, "Sarnow", 3)],
        id="la-ou-opens-a-second-speaker-s-clause",
    ),
    pytest.param(
        "La compagnie recense désormais quatre blessés légers, quand le Sdis 44 maintient le "
        "chiffre de onze personnes prises en charge.",
        [Expect(F, "compagnie", 4), Expect(F, "Sdis 44", 11)],
        id="a-number-closing-a-name-is-part-of-it",
    ),
    # Un sigle entre parenthèses après le nom d'une personne est son parti (devset14).
    pytest.param(
        "Le rapporteur général du budget au Sénat, Bernard Maillol (LR), dénonce de son côté un "
        "budget « insincère », construit sur une prévision de croissance de 1,1 % que « personne "
        "ne croit ».",
        [Expect(F, "Bernard Maillol", 1.1)],
        id="a-party-after-a-name-is-no-speaker",
    ),
    pytest.param(
        "Le sénateur Jean Dupont (PS) estime le coût à 12 millions d'euros.",
        [Expect(F, "Jean Dupont", 12000000)],
        id="a-party-after-a-name-written",
    ),
    pytest.param(
        "Le Haut Conseil des finances publiques (HCFP) estime le déficit à 5,1 %.",
        [Expect(F, "HCFP", 5.1)],
        id="a-body-s-own-acronym-names-it",
    ),
    # « Quant aux X, ils assurent… » : le thème repris par le pronom parle (devset15).
    pytest.param(
        "Le HCR, plus prudent, évoque « plusieurs centaines de personnes ». Quant aux "
        "garde-frontières, ils assurent n’avoir repéré que « quelques centaines » d’individus "
        "dans la bande frontalière.",
        [Expect(F, "UNHCR", 100), Expect(F, "garde-frontières", 100)],
        id="a-topic-taken-up-by-a-pronoun-speaks",
    ),
    pytest.param(
        "Le maire parle de 40 morts. Quant aux secouristes, ils estiment le bilan à 55 morts.",
        [Expect(F, "maire", 40), Expect(F, "secouristes", 55)],
        id="a-topic-taken-up-by-a-pronoun-speaks-written",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_claim(text: str) -> None:
    check(text, "fr", [])


def corpus_claims(prefix: str) -> tuple[str, list[Claim]]:
    for node in corpus_dir().iterdir():
        if node.name.startswith(prefix) and node.name.endswith(".txt"):
            body = frontmatter.loads(node.read_text(encoding="utf-8")).content
            return body, extract_claims(body, "fr")
    raise FileNotFoundError(prefix)


def test_corpus_001_each_claim_once_and_nothing_from_comments() -> None:
    body, claims = corpus_claims("001")
    keys = [(c.kind, c.attribution.canonical, c.sentence) for c in claims]
    assert len(keys) == len(set(keys))
    comments = body.index("Réagir à cet article")
    assert all(c.end <= comments for c in claims)
    accusations = [c for c in claims if c.kind == "accusation"]
    denials = [c for c in claims if c.kind == "denial"]
    assert [c.attribution.canonical for c in accusations] == ["United States and South Korea"]
    assert [c.attribution.canonical for c in denials] == ["North Korea"]
    # The denial points back to the accusation it answers.
    assert denials[0].denies == claims.index(accusations[0])


def test_corpus_004_quote_and_containers() -> None:
    body, claims = corpus_claims("004")
    assert any(
        c.kind == "statement" and c.attribution.canonical == "Vladimir Putin" for c in claims
    )
    assert any(figure_value(c) == 7000 and c.attribution.canonical == "South Korea" for c in claims)
    assert all(c.end <= body.index("Texte : Lamy Toussaint") for c in claims)


def test_corpus_has_no_date_or_age_claims() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        _, claims = corpus_claims(prefix)
        for claim in claims:
            value = figure_value(claim)
            assert value is None or not 1900 <= value <= 2100, claim


# Unseen-text classes (devset6 and own sentences): an adverb between a stance verb and its
# object, a participle or dated role between commas after the subject's name.
ADVERB_AND_APPOSITION_CASES = [
    pytest.param(
        "Le syndicat accuse par ailleurs Boréal-Nord d'avoir ignoré des avertissements "
        "répétés sur l'activité sismique dans ce secteur.",
        [Expect(A, "~union")],
        id="accuse-par-ailleurs",
    ),
    pytest.param(
        "L'association accuse par ailleurs la mairie d'avoir caché le rapport d'expertise.",
        [Expect(A, "~association")],
        id="accuse-par-ailleurs-own",
    ),
    pytest.param(
        "La CGT affirme pour sa part que 3 000 salariés sont en grève.",
        [Expect(F, "CGT", 3000)],
        id="affirme-pour-sa-part",
    ),
    pytest.param(
        "Le maire (divers droite), Hervé Castagnier, élu depuis 2014, dément toute irrégularité.",
        [Expect(D, "~Castagnier", polarity="deny")],
        id="participle-apposition-elu-depuis",
    ),
    pytest.param(
        "Le PDG, Marc Lenoir, interrogé mardi soir, dément toute négligence.",
        [Expect(D, "~Lenoir", polarity="deny")],
        id="participle-apposition-interroge",
    ),
    pytest.param(
        "Hervé Castagnier, maire depuis 2014, dément toute irrégularité.",
        [Expect(D, "~Castagnier", polarity="deny")],
        id="dated-role-apposition",
    ),
    # The clause after the commas is the verb's, not a modifier of the subject.
    pytest.param(
        "Six personnes, dont le directeur général des services, ont été placées en garde à "
        "vue, a indiqué le procureur de la République de Draguignan, Pierre-Yves Mallet.",
        [Expect(F, "Draguignan prosecutor's office", 6)],
        id="clause-between-commas-is-not-a-modifier",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADVERB_AND_APPOSITION_CASES)
def test_adverbs_and_appositions(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


def test_an_adverb_starting_with_par_is_no_passive_agent() -> None:
    # "reconnu par la communauté internationale" stays a passive adjective.
    text = (
        "Les services de secours relevant du gouvernement de Tripoli, reconnu par la "
        "communauté internationale, travaillent sans relâche."
    )
    check(text, "fr", [])


# Counting verbs: a body's count as of a date or set against another count (devset6, own).
COUNT_CASES = [
    pytest.param(
        "Dans la région, l'ARS Bourgogne-Franche-Comté comptait mercredi treize cas, dont deux "
        "décès.",
        [Expect(F, "~ARS", 13), Expect(F, "~ARS", 2)],
        id="comptait-mercredi",
    ),
    pytest.param(
        "La préfecture comptait lundi soir 42 interpellations.",
        [Expect(F, "~pr", 42)],
        id="comptait-lundi-soir",
    ),
    pytest.param(
        "Mardi, la compagnie faisait état de sept travailleurs coincés, tandis que le syndicat "
        "en comptait neuf.",
        [Expect(F, "~", 7), Expect(F, "~union", 9)],
        id="en-comptait-neuf",
    ),
    pytest.param(
        "La police en a recensé neuf, contre douze selon les organisateurs.",
        [Expect(F, "~police", 9)],
        id="en-a-recense-neuf",
    ),
    pytest.param(
        "Santé publique France relie deux décès à la consommation de fromages au lait cru.",
        [Expect(F, "~Santé publique France", 2)],
        id="relie-deux-deces-a",
    ),
]

COUNT_NEGATIVES = [
    # A place's size is a fact, not a count someone gives.
    "La commune, fondée en 1901, compte environ 4 300 habitants.",
    "Le club compte sur ses 3 000 abonnés pour remplir le stade.",
    # "neuf" as an adjective is no count.
    "La mairie a inauguré un gymnase neuf.",
]


@pytest.mark.parametrize(("text", "expected"), COUNT_CASES)
def test_counting_verbs(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


@pytest.mark.parametrize("text", COUNT_NEGATIVES)
def test_counting_verbs_negatives(text: str) -> None:
    check(text, "fr", [])


# A document read through to its author; the rest of a group and a partitive's whole
# counted (devset6, own sentences).
DOCUMENT_AND_PARTITIVE_CASES = [
    pytest.param(
        "Quatre personnes sont désormais décédées, selon le point de situation publié mercredi "
        "soir par Santé publique France.",
        [Expect(F, "~Santé publique France", 4)],
        id="point-de-situation-publie-par",
    ),
    pytest.param(
        "Au total, 212 lots sont concernés, selon la fiche publiée sur le site Rappel Conso.",
        [Expect(F, "~Rappel Conso", 212)],
        id="fiche-publiee-sur-le-site",
    ),
    pytest.param(
        "Trente-deux élèves ont été intoxiqués, selon le bilan arrêté lundi par la préfecture.",
        [Expect(F, "~pr", 32)],
        id="bilan-arrete-par",
    ),
    pytest.param(
        "Des sept mineurs toujours prisonniers, cinq ont gagné une chambre de refuge, selon "
        "l'entreprise, qui dit être sans nouvelles des deux autres.",
        [Expect(F, "~entreprise", 7), Expect(F, "~entreprise", 5), Expect(F, "~entreprise", 2)],
        id="partitive-des-sept-cinq",
    ),
    pytest.param(
        "Les trois autres personnes placées en garde à vue ont été relâchées, a précisé le "
        "procureur, Pierre-Yves Mallet.",
        [Expect(F, "~prosecutor", 3)],
        id="les-trois-autres",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_AND_PARTITIVE_CASES)
def test_documents_and_partitives(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


def test_a_back_reference_is_still_no_count() -> None:
    claims = extract_claims("Les deux pays ont signé un accord, selon le ministère.", "fr")
    assert [c.figure for c in claims] == [None]


# Subjects the lexicon did not know as speakers: magistrates, an audit chamber, a source head
# with an adjective, a collective counted by its members (devset6, own sentences).
SUBJECT_CASES = [
    pytest.param(
        "Les magistrats financiers y recensent 41 marchés conclus sans mise en concurrence.",
        [Expect(F, "~magistrats", 41)],
        id="magistrats-y-recensent",
    ),
    pytest.param(
        "La chambre régionale des comptes, dans un rapport provisoire, avance 8,4 millions "
        "d'euros.",
        [Expect(F, "~chambre régionale des comptes", 8400000)],
        id="chambre-regionale-des-comptes",
    ),
    pytest.param(
        "Pour l'opposition municipale, le compte n'y est toujours pas.",
        [Expect(S, "~opposition", polarity="deny")],
        id="pour-source-head-with-adjective",
    ),
    pytest.param(
        "Une association représentant 300 riverains dénonce des nuisances nocturnes.",
        [Expect(A, "~association")],
        id="subject-counted-by-its-members",
    ),
]

SUBJECT_NEGATIVES = [
    # "Pour" + a place is no source.
    "Pour la commune voisine, 300 personnes ont défilé.",
    "Pour l'instant, aucune victime n'est à déplorer.",
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_CASES)
def test_subjects(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


@pytest.mark.parametrize("text", SUBJECT_NEGATIVES)
def test_subjects_negatives(text: str) -> None:
    check(text, "fr", [])


# A stressed "un seul" is a count of one; a negated one counts nothing (devset6, own).
STRESSED_ONE_CASES = [
    pytest.param(
        "L'entreprise reconnaît un seul prélèvement positif, réalisé le 14 janvier.",
        [Expect(F, "~entreprise", 1)],
        id="un-seul-prelevement",
    ),
    pytest.param(
        "Le directeur affirme n'avoir reçu qu'un seul signalement formel, en avril.",
        [Expect(F, "~directeur", 1)],
        id="qu-un-seul-signalement",
    ),
    pytest.param(
        "Des allégations que l'entreprise a de nouveau rejetées jeudi.",
        [Expect(D, "~entreprise", polarity="deny")],
        id="feminine-plural-participle-rejetees",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRESSED_ONE_CASES)
def test_stressed_one(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


def test_a_negated_un_seul_is_no_count() -> None:
    text = "« Je n'ai jamais détourné un seul franc de l'argent public », a déclaré l'ancien DG."
    assert [c.figure for c in extract_claims(text, "fr")] == [None]


# A complaint with a charge or a target is an accusation; a bare one, or one in a relative
# clause about a speaker, is no claim (devset6, own sentences).
COMPLAINT_CASES = [
    pytest.param(
        "L'association Anticor avait déposé plainte en mars 2025 pour favoritisme, visant "
        "nommément le maire.",
        [Expect(A, "Anticor")],
        id="depose-plainte-pour",
    ),
    pytest.param(
        "La famille porte plainte contre l'hôpital.",
        [Expect(A, "~famille")],
        id="porte-plainte-contre",
    ),
]

COMPLAINT_NEGATIVES = [
    "Le comité de quartier a déposé lundi une plainte auprès de la préfecture.",
    "Le chauffeur porte une casquette rouge.",
]


@pytest.mark.parametrize(("text", "expected"), COMPLAINT_CASES)
def test_complaints(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


@pytest.mark.parametrize("text", COMPLAINT_NEGATIVES)
def test_complaints_negatives(text: str) -> None:
    check(text, "fr", [])


def test_a_complaint_in_a_relative_clause_keeps_the_speaker() -> None:
    text = (
        "« L'entreprise savait depuis janvier », accuse Me Claire Antonetti, avocate du "
        "collectif des familles, qui a déposé plainte contre X mardi à Paris."
    )
    # A lawyer speaks for the body she represents (devset6 gold: the victims' collective).
    canonicals = {c.attribution.canonical for c in extract_claims(text, "fr")}
    assert canonicals == {"collectif des familles"}


# The subject's own verb quoted by the writer still governs the sentence (devset6, own).
QUOTED_VERB_CASES = [
    pytest.param(
        "Dans un communiqué diffusé jeudi, la direction de Berthaud « conteste formellement "
        "ces accusations ».",
        [Expect(D, "~Berthaud", polarity="deny")],
        id="quoted-verb-conteste",
    ),
    pytest.param(
        "Le ministre « regrette vivement » la décision du tribunal.",
        [Expect(S, "~ministre")],
        id="quoted-verb-regrette",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_VERB_CASES)
def test_quoted_verbs(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


def test_a_verb_inside_a_quoted_noun_phrase_is_not_the_sentence_s() -> None:
    check("Il évoque un « accord qui affirme la souveraineté » du pays.", "fr", [])


def test_a_parce_que_clause_inside_what_is_reported_is_reported() -> None:
    text = "Le syndicat affirme qu'il y a neuf morts, parce que deux foreurs manquent à l'appel."
    check(text, "fr", [Expect(F, "~union", 9), Expect(F, "~union", 2)])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "L'Inde et le Pakistan s'accusent mutuellement d'avoir violé le cessez-le-feu.",
            "India and Pakistan",
        ),
        (
            "Les combats ont repris entre l'armée et les rebelles. Chaque camp accuse l'autre "
            "d'avoir ouvert le feu.",
            "army and rebelles",
        ),
        (
            "De nouveaux affrontements ont éclaté mercredi entre Israël et le Hezbollah, à la "
            "frontière. Les deux camps s'accusent mutuellement d'avoir tiré les premiers.",
            "Israel (government/IDF) and Hezbollah",
        ),
    ],
)
def test_reciprocal_blame_is_an_accusation_by_each_party(text: str, source: str) -> None:
    claims = extract_claims(text, "fr")
    first, second = source.split(" and ")
    assert [(c.kind, c.attribution.canonical, c.extras.get("accused")) for c in claims] == [
        ("accusation", first, second),
        ("accusation", second, first),
    ]


def test_a_one_way_accusation_keeps_its_single_source() -> None:
    claims = extract_claims("Le maire et son adjoint accusent l'opposition de mentir.", "fr")
    assert all(c.extras.get("reciprocal") is None for c in claims)


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        # Passif d'estimation avec agent, compléments de temps compris.
        (
            "Le bilan a été estimé mardi soir à 40 morts par la préfecture du Var.",
            "Var prefecture",
            40,
        ),
        ("Les dégâts sont évalués à 2 millions d'euros par l'assureur.", "~assureur", 2_000_000),
        (
            "Sept ans de prison ont été requis mercredi par le parquet contre l'ancien maire.",
            "prosecutor's office",
            7,
        ),
        # Réquisition sans agent : l'accusation nommée plus haut, sinon le ministère public.
        pytest.param(
            "Le parquet national financier a ouvert une enquête en 2021. Cinq ans de prison ont "
            "été requis contre l'élu.",
            "financial prosecutor",
            5,
            marks=AGENTLESS_REQUEST_OFF,
        ),
        pytest.param(
            "Sept ans de prison ont été requis mercredi contre l'ancien maire devant le tribunal "
            "correctionnel de Lyon.",
            "prosecutor's office",
            7,
            marks=AGENTLESS_REQUEST_OFF,
        ),
    ],
)
def test_passive_estimates_and_requests_are_their_agent_s(
    text: str, source: str, value: float
) -> None:
    check(text, "fr", [Expect("figure", source, value, hedged=None)])


@pytest.mark.parametrize(
    "text",
    [
        "Le coût est estimé à 40 euros par habitant.",
        "Le procès a été renvoyé au 12 mars, à la demande de la défense.",
    ],
)
def test_a_rate_or_a_date_is_no_passive_agent(text: str) -> None:
    check(text, "fr", [])


def test_chaque_camp_stands_for_the_two_speakers_of_the_story() -> None:
    text = (
        "L'armée arménienne a fait état de deux soldats tués. Le ministère azerbaïdjanais de la "
        "Défense a annoncé trois blessés. L'armée arménienne a ensuite signalé un troisième mort. "
        "Le ministère azerbaïdjanais de la Défense a démenti toute perte. Chaque camp accuse "
        "l'autre."
    )
    last = [c for c in extract_claims(text, "fr") if c.sentence.startswith("Chaque camp")]
    assert [c.kind for c in last] == ["accusation", "accusation"]
    sides = [c.attribution.canonical for c in last]
    assert len(set(sides)) == 2
    assert [c.extras["accused"] for c in last] == sides[::-1]


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a annoncé qu'il utiliserait l'article 49.3 de la Constitution.",
        "Le parquet a ouvert une enquête sur le fondement de l'article 222-13 du code pénal, "
        "selon une source judiciaire.",
        "L'accident s'est produit vers 14 h 30, selon les pompiers.",
        "Selon la police, le suspect, âgé de 34 ans, a été interpellé le 12 mars.",
        "La victime, une femme de 68 ans, est décédée, selon le parquet.",
        "Le sommet se tiendra du 3 au 5 juin, a annoncé l'Élysée.",
    ],
)
def test_no_figure_from_a_date_an_age_a_time_or_an_article_number(text: str) -> None:
    assert [c.figure for c in extract_claims(text, "fr") if c.figure] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("L'entreprise a été mise en cause par les riverains.", "~riverains"),
        ("La direction, mise en cause par plusieurs syndicats, n'a pas réagi.", "~syndicats"),
        ("Les deux élus ont été mis en cause par le rapport de la chambre.", "~chambre"),
    ],
)
def test_a_feminine_or_plural_passive_blame_is_its_agent_s(text: str, source: str) -> None:
    check(text, "fr", [Expect("accusation", source)])


@pytest.mark.parametrize(
    ("text", "owner", "value"),
    [
        (
            "Le conseil budgétaire estime que le déficit atteindra 4,1 % du PIB, bien au-dessus "
            "de l'objectif de 3,2 % du gouvernement.",
            "~gouvernement",
            3.2,
        ),
        (
            "Selon les analystes, la croissance atteindra 1,2 %, sous la prévision de 1,5 % de "
            "la banque centrale.",
            "~banque centrale",
            1.5,
        ),
    ],
)
def test_an_owner_s_target_or_forecast_is_the_owner_s(owner: str, text: str, value: float) -> None:
    check(text, "fr", [Expect("figure", owner, value, hedged=None)])


def test_the_speaker_keeps_the_figure_before_an_owned_one() -> None:
    text = (
        "Selon les analystes, la croissance atteindra 1,2 %, sous la prévision de 1,5 % de la "
        "banque centrale."
    )
    claims = extract_claims(text, "fr")
    assert [(c.attribution.canonical, figure_value(c)) for c in claims] == [
        ("analystes", 1.2),
        ("banque centrale", 1.5),
    ]


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        # A verb of speech in the passé composé after a quotation reports it.
        (
            "« Le réseau générait 30 000 euros par jour », a poursuivi le procureur.",
            "~prosecutor",
            30_000,
        ),
        ("« Nous avons compté 300 blessés », a martelé la préfète.", "prefecture", 300),
    ],
)
def test_a_past_speech_verb_after_a_quote_reports_it(text: str, source: str, value: float) -> None:
    check(text, "fr", [Expect("figure", source, value, hedged=None)])


def test_poursuivi_without_a_quote_is_prosecution_not_speech() -> None:
    check("Le parquet a poursuivi 12 personnes pour trafic.", "fr", [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Douze personnes sont mortes, a dit la police.", 12),
        ("Environ 2 000 personnes ont défilé, selon la police.", 2000),
    ],
)
def test_a_short_report_with_a_trailing_speaker(text: str, value: float) -> None:
    check(text, "fr", [Expect("figure", "police", value, hedged=None)])


def test_dire_qu_un_tiers_est_responsable_est_une_accusation() -> None:
    text = "Selon le maire, les autorités sont responsables."
    check(text, "fr", [Expect("accusation", "~maire")])


def test_a_count_set_against_another_with_en() -> None:
    text = "Le syndicat a dénombré 40 000 participants quand la police en comptait 9 000."
    check(text, "fr", [Expect("figure", "~trade unions", 40_000), Expect("figure", "police", 9000)])


def test_a_past_descriptive_count_is_no_claim() -> None:
    check("La commune comptait 40 000 habitants en 1990.", "fr", [])


def test_n_avoir_rien_a_se_reprocher_is_a_denial() -> None:
    text = "La ministre assure n'avoir rien à se reprocher."
    check(text, "fr", [Expect("denial", "~ministre", polarity="deny")])


def test_a_requested_term_against_someone_is_the_prosecution_s() -> None:
    check(
        "Le parquet a requis dix ans contre l'ex-maire.",
        "fr",
        [Expect("figure", "prosecutor's office", 10)],
    )


# Une réplique qui balaie ce qu'elle qualifie est un démenti : un mot dédaigneux comme verdict
# ("qualifie ces chiffres de « fantaisistes »", "ces accusations sont infondées") ou comme
# réplique entière entre guillemets ("« Grotesque », a réagi le ministère").
DISMISSAL_CASES = [
    pytest.param("« Grotesque », a réagi le ministère.", D, id="grotesque-a-reagi"),
    pytest.param("« Une insulte », a répondu la FDSEA.", D, id="une-insulte-a-repondu"),
    pytest.param(
        "Le ministère qualifie ces chiffres de « fantaisistes ».", D, id="qualifie-de-fantaisistes"
    ),
    pytest.param(
        "« C'est un mensonge éhonté », a répliqué le porte-parole du groupe.",
        D,
        id="c-est-un-mensonge",
    ),
    pytest.param(
        "« Ces accusations sont totalement infondées », a déclaré la direction de l'usine.",
        D,
        id="ces-accusations-sont-infondees",
    ),
    pytest.param(
        "Le directeur du port a balayé ces critiques comme de la « pure propagande ».",
        D,
        id="balaye-comme-propagande",
    ),
    # Negatives: an evaluation that dismisses nothing, a long quote.
    pytest.param("« C'est une catastrophe », a déclaré le maire.", S, id="neg-une-catastrophe"),
    pytest.param(
        "Le maire qualifie la situation de « préoccupante ».", S, id="neg-qualifie-preoccupante"
    ),
]


@pytest.mark.parametrize(("text", "kind"), DISMISSAL_CASES)
def test_a_dismissive_reply_is_a_denial(text: str, kind: str) -> None:
    claims = extract_claims(text, "fr")
    assert [c.kind for c in claims] == [kind], [(c.kind, c.attribution.source) for c in claims]


# Un chiffre de ce qui a été fait en violation d'une règle mesure une accusation contre son
# auteur : la référence garde le chiffre et ajoute une accusation de la même source. Un
# décompte officiel de choses illégales ne blâme personne.
FIGURE_OF_A_CHARGE_CASES = [
    pytest.param(
        "Selon le parquet, quatre étages ont été construits en violation du permis de construire.",
        [Expect(F, "~prosecutor", 4), Expect(A, "~prosecutor")],
        id="en-violation-de-son-permis",
    ),
    pytest.param(
        "Selon l'association, 12 puits ont été creusés sans autorisation par la société minière.",
        [Expect(F, "~association", 12), Expect(A, "~association")],
        id="sans-autorisation",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_OF_A_CHARGE_CASES)
def test_a_figure_of_a_charge_is_also_an_accusation(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


def test_a_count_of_illegal_things_blames_no_one() -> None:
    claims = extract_claims(
        "D'après le ministère, 1 400 constructions illégales ont été recensées depuis 2020.", "fr"
    )
    assert [c.kind for c in claims] == [F]


# Désigner la cause du dommage est une accusation ; « les sommes en cause » ne blâme personne.
CAUSE_CASES = [
    pytest.param(
        "Pour la police, c'est la survente de billets par le club qui est en cause.",
        [A],
        id="c-est-x-qui-est-en-cause",
    ),
    pytest.param(
        "Selon les pompiers, une ligne électrique mal entretenue serait à l'origine du sinistre.",
        [A],
        id="serait-a-l-origine-du-sinistre",
    ),
    pytest.param(
        "Le syndicat affirme que la mutation de sa déléguée constitue des représailles.",
        [A],
        id="constitue-des-represailles",
    ),
    pytest.param(
        "Selon une vérification interne, les sommes en cause ne dépassent pas 310 000 dollars.",
        [F],
        id="neg-les-sommes-en-cause",
    ),
]


@pytest.mark.parametrize(("text", "kinds"), CAUSE_CASES)
def test_naming_the_cause_of_the_harm_is_blame(text: str, kinds: list[str]) -> None:
    assert [c.kind for c in extract_claims(text, "fr")] == kinds


# « Selon la même source » names no one new: it is the source named just before.
SAME_SOURCE_CASES = [
    pytest.param(
        "Le ministère a recensé 40 blessés. Selon la même source, 12 personnes restent "
        "hospitalisées.",
        [("ministère", 40), ("ministère", 12)],
        id="selon-la-meme-source",
    ),
    pytest.param(
        "La préfecture a fait état de 1 200 évacués. D'après la même source, 650 pompiers "
        "restaient mobilisés mercredi.",
        [("prefecture", 1200), ("prefecture", 650)],
        id="d-apres-la-meme-source",
    ),
    # Negative: with nobody named before, the words stay as written.
    pytest.param(
        "Selon la même source, 12 personnes restent hospitalisées.",
        [("même source", 12)],
        id="neg-nobody-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_SOURCE_CASES)
def test_the_same_source_is_the_one_named_before(
    text: str, expected: list[tuple[str, float]]
) -> None:
    claims = extract_claims(text, "fr")
    assert [(c.attribution.canonical, figure_value(c)) for c in claims] == expected


# A count or a measure in the passive is its agent's figure ("relevées par Météo-France"), and
# never a statement without a figure; a manner ("par téléphone") or a rate is no agent.
PASSIVE_COUNT_CASES = [
    pytest.param(
        "Des rafales jusqu'à 110 km/h avaient été relevées par Météo-France dans la soirée sur "
        "l'estuaire de la Loire.",
        [Expect(F, "Météo-France", 110)],
        id="relevees-par",
    ),
    pytest.param(
        "Quelque 300 cas ont été recensés mardi par l'ARS des Pays de la Loire.",
        [Expect(F, "~ARS", 300, hedged=None)],
        id="recenses-mardi-par",
    ),
    pytest.param(
        "Plus de 1 200 signalements ont été enregistrés par la plateforme depuis lundi.",
        [Expect(F, "~plateforme", 1200, hedged=None)],
        id="enregistres-par",
    ),
    pytest.param(
        "Plus de 300 signalements ont été enregistrés par téléphone depuis lundi.",
        [],
        id="neg-par-telephone",
    ),
    pytest.param("Trois cas par jour sont recensés par endroits.", [], id="neg-par-endroits"),
    pytest.param(
        "Le phénomène a été observé par des habitants du quartier.", [], id="neg-no-figure"
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_COUNT_CASES)
def test_a_passive_count_is_its_agent_s_figure(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


# A wire dateline gives the place alone as often as the place and the date ("PARIS (AFP) -",
# "MONTRÉAL —"): it is never part of the subject.
DATELINE_CASES = [
    pytest.param(
        "PARIS (AFP) - Le Haut Conseil des finances publiques (HCFP) a jugé mercredi « peu "
        "crédible » l'objectif du gouvernement, qu'il estime plutôt à 5,1 % du PIB.",
        [Expect(F, "HCFP", 5.1)],
        id="place-and-agency",
    ),
    pytest.param(
        "KORVEL (AFP) - L'Estravie a annoncé mardi l'expulsion de sept diplomates de l'ambassade "
        "de Dalmorie.",
        [Expect(F, "Estravie", 7)],
        id="invented-place-and-agency",
    ),
    pytest.param(
        "LYON — La préfecture du Rhône a fait état de 12 blessés dans la nuit.",
        [Expect(F, "Rhône prefecture", 12)],
        id="place-and-dash",
    ),
    # Not a dateline: a capitalised acronym subject without a dash stays the subject.
    pytest.param(
        "L'ONU estime que 40 000 personnes ont fui la région.",
        [Expect(F, "United Nations", 40000)],
        id="neg-acronym-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATELINE_CASES)
def test_a_dateline_without_date_is_no_subject(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


# Digits inside a name ("les pompiers (Sdis 44)", "le G7") do not make a subject a count.
NAME_DIGIT_CASES = [
    pytest.param(
        "Les pompiers de Loire-Atlantique (Sdis 44) ont indiqué avoir pris en charge onze "
        "personnes, dont deux en urgence relative.",
        [Expect(F, "~Sdis 44", 11), Expect(F, "~Sdis 44", 2)],
        id="bracketed-acronym-with-number",
    ),
    # A counted group of people accuses like any subject (devset22 gold: "34 maires du
    # secteur accusent l'agence…" is the mayors' accusation); before a reporting verb, which
    # may be the count's own, a counted subject is still no speaker.
    pytest.param(
        "Les 12 maires du canton ont dénoncé la fermeture.",
        [Expect(A, "~maires")],
        id="counted-subject-accuses",
    ),
    pytest.param(
        "Les 12 maires du canton ont déclaré la commune en deuil.", [], id="neg-counted-subject"
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_DIGIT_CASES)
def test_digits_inside_a_name_keep_the_subject(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


# Coordinated reporting verbs share the subject and the auxiliary of the first verb ("a
# demandé … ET RAPPELÉ que"); a passive first verb lends no speaker ("a été interpellé et
# accusé de…": he is the accused).
COORDINATED_VERB_CASES = [
    pytest.param(
        "Le HCR a demandé mardi un accès « sans entrave » à la zone pour ses équipes et rappelé "
        "que toute personne a le droit de demander l'asile.",
        [Expect(S, "UNHCR")],
        id="demande-et-rappele-que",
    ),
    pytest.param(
        "La ministre de la Santé a reçu les familles et assuré que « toute la lumière sera "
        "faite ».",
        [Expect(S, "health ministry", hedged=None)],
        id="recu-et-assure-que",
    ),
    pytest.param(
        "Le club a présenté son nouvel entraîneur et confirmé que 12 joueurs quitteraient "
        "l'effectif.",
        [Expect(F, "~club", 12, hedged=None)],
        id="presente-et-confirme-que-figure",
    ),
    pytest.param(
        "Le suspect a été interpellé mardi et accusé d'avoir incendié trois voitures.",
        [],
        id="neg-passive-then-accuse",
    ),
    pytest.param(
        "Le syndicat a été reçu à Matignon et informé que la réforme serait maintenue.",
        [],
        id="neg-passive-then-informe-que",
    ),
    pytest.param(
        "Les délégués ont été reçus par le préfet et informés que 30 postes seraient supprimés.",
        [],
        id="neg-passive-plural-figure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_VERB_CASES)
def test_coordinated_verbs_share_their_subject(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


# "L'état-major" is a speaking body (the general staff of an army).
BODY_CASES = [
    pytest.param(
        "Côté kresnien, l'état-major a rejeté en bloc ces accusations.",
        [Expect(D, "~état-major", polarity="deny")],
        id="etat-major-rejette",
    ),
    pytest.param(
        "Le bâtiment de l'état-major a été touché par deux missiles.",
        [],
        id="neg-etat-major-as-a-place",
    ),
    # "surtout" between auxiliary and participle, like "aussi" or "déjà".
    pytest.param(
        "Son directeur régional, Philippe Caussade, a surtout évoqué l'hypothèse d'un acte de "
        "malveillance : une éclisse aurait été retrouvée déboulonnée à une centaine de mètres du "
        "point de déraillement.",
        [
            Expect(A, "Philippe Caussade", hedged=None),
            Expect(F, "Philippe Caussade", 100, hedged=None),
        ],
        id="a-surtout-evoque",
    ),
    pytest.param(
        "Les riverains ont surtout été réveillés par le bruit des 40 camions.",
        [],
        id="neg-surtout-passive",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_CASES)
def test_speaking_bodies(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)


# A connective opening the sentence is no part of the subject (lexicon leading_connectives).
LEADING_CONNECTIVE_CASES = [
    pytest.param(
        "Or la préfecture a indiqué que 40 personnes avaient été évacuées.",
        [Expect(F, "prefecture", 40)],
        id="or-then-subject",
    ),
    pytest.param(
        "Donc la préfecture a indiqué que 40 personnes avaient été évacuées.",
        [Expect(F, "prefecture", 40)],
        id="donc-then-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEADING_CONNECTIVE_CASES)
def test_a_leading_connective_is_no_part_of_the_subject(text: str, expected: list[Expect]) -> None:
    check(text, "fr", expected)
