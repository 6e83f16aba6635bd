"""A charge in the speaker's own words under a neutral verb (extract.claims._quoted_blame).

Spokespeople and officials often accuse without an accusation verb: the quote names a wrong
done by another party (« On a falsifié les données », "This is piracy, pure and simple",
'Exporters "are selling off our forests"') or is a first-person grievance against it
(« Nous avions signalé à plusieurs reprises… », "we were told to keep quiet").
Negatives: a speaker owning up to their own act, a quote about hardship, a general opinion
on a wrong ("Piracy … costs shipping firms dearly") or on a decision's risk ("The closure puts
mothers' lives at risk": left to the accusation lexicon, it split a devset22 charge from its
cluster) stay statements; a negated wrong stays what it was (a denial).
"""

from __future__ import annotations

import pytest

from tests.extract_cases import kinds_at

# (lang, article text, start of the sentence looked at, expected kind)
CASES = [
    pytest.param(
        "fr",
        "Le projet de terminal gazier a été approuvé en mars par le ministère. « On a falsifié "
        "les études d'impact pour faire passer le projet », a déclaré la porte-parole du "
        "collectif Marée basse, Julie Moreau.",
        "« On a falsifié",
        "accusation",
        id="fr-falsified-by-someone",
    ),
    pytest.param(
        "en",
        'The coastguard of Norland boarded the trawler Aurora on Tuesday. "Norland has no right '
        'to board a ship in international waters. This is piracy, pure and simple," said '
        "foreign ministry spokesman Lars Berg.",
        '"Norland has',
        "accusation",
        id="en-piracy-verdict-after-negation",
    ),
    pytest.param(
        "en",
        'Timber prices have doubled since the spring storms. Exporters "are selling off our '
        'forests to the highest bidder," sawmill federation head Paul Lenoir told Reuters.',
        "Exporters",
        "accusation",
        id="en-selling-off",
    ),
    pytest.param(
        "fr",
        "Le tunnel du Rivage est fermé depuis les inondations de juillet. « Nous avions signalé "
        "à plusieurs reprises que les pompes étaient défaillantes », affirme Paul Lemaire, "
        "délégué syndical.",
        "« Nous avions signalé",
        "accusation",
        id="fr-we-had-warned",
    ),
    pytest.param(
        "en",
        'The bank was fined 2 million euros on Monday. "We were told to push the fund on every '
        'retired customer," a former adviser said.',
        '"We were told',
        "accusation",
        id="en-we-were-told-to",
    ),
    pytest.param(
        "fr",
        "La banque a été sanctionnée lundi. « On nous imposait des objectifs intenables », "
        "raconte une ancienne conseillère.",
        "« On nous imposait",
        "accusation",
        id="fr-on-nous-imposait",
    ),
    pytest.param(
        "en",
        "The hospital admitted on Friday that a patient had died after a delay in care. "
        '"We cut corners on staffing and a patient paid for it," the hospital director said.',
        '"We cut corners',
        "statement",
        id="en-speaker-owns-up",
    ),
    pytest.param(
        "fr",
        "Le club a été sanctionné par la ligue. « Nous avons trompé nos supporters et nous le "
        "regrettons », a déclaré le président du club.",
        "« Nous avons trompé",
        "statement",
        id="fr-speaker-owns-up",
    ),
    pytest.param(
        "fr",
        "Les inondations ont touché 300 foyers. « Les familles ont tout perdu, certaines "
        "dorment encore au gymnase », a déclaré le maire, Jean Roux.",
        "« Les familles",
        "statement",
        id="fr-hardship-of-third-party",
    ),
    pytest.param(
        "en",
        'Parliament will vote on the bill next week. "Piracy off the Horn costs shipping '
        'firms dearly and the new patrols will help," the defence minister said.',
        '"Piracy off',
        "statement",
        id="en-general-policy-opinion",
    ),
    pytest.param(
        "en",
        'The pipeline opened in May. "No data was falsified in this study," said the '
        "environment agency.",
        '"No data',
        "denial",
        id="en-negated-wrong-defends",
    ),
    pytest.param(
        "en",
        'The council confirmed the closure of the maternity unit on Monday. "The closure puts '
        "mothers' lives at risk,\" said Dr Anne Blake, a local GP.",
        '"The closure',
        "statement",
        id="en-risk-of-a-decision-is-an-opinion",
    ),
    pytest.param(
        "fr",
        "Les écologistes accusent la société Nordgaz d'avoir falsifié les relevés de pollution. "
        "« Les relevés ont été falsifiés par un sous-traitant que nous avons renvoyé », a "
        "déclaré le directeur de Nordgaz, Marc Vidal.",
        "« Les relevés",
        "statement",
        id="fr-accused-restates-the-charge",
    ),
    pytest.param(
        "en",
        'Environmental groups accused Nordgaz of falsifying pollution readings. "The readings '
        'were falsified by a contractor we have since dismissed," Nordgaz director Mark Vidal '
        "said.",
        '"The readings',
        "statement",
        id="en-accused-restates-the-charge",
    ),
    pytest.param(
        "en",
        'The mill closed last year. "We had repeatedly warned the council that the bridge was '
        "unsafe,\" said residents' spokesman Tom Hale.",
        '"We had',
        "accusation",
        id="en-we-had-warned",
    ),
    pytest.param(
        "fr",
        "Les terrains communaux ont été vendus à un promoteur. « C'est du pillage pur et "
        "simple », a déclaré le maire, Jean Roux.",
        "« C'est du pillage",
        "accusation",
        id="fr-verdict-of-wrong",
    ),
    pytest.param(
        "en",
        "The pension fund was placed under administration on Monday. The regulator said in a "
        'statement that it had found "serious governance failings" at the fund.',
        "The regulator",
        "accusation",
        id="en-regulator-finds-failings",
    ),
    pytest.param(
        "fr",
        "Le tunnel a été inondé en juillet. Le syndicat affirme avoir alerté la direction à "
        "plusieurs reprises sur l'état des pompes.",
        "Le syndicat",
        "accusation",
        id="fr-reported-we-had-warned",
    ),
    pytest.param(
        "fr",
        "Le fonds a été placé sous administration provisoire. « Nous avons commis de graves "
        "manquements et nous en tirons les leçons », a déclaré son nouveau président.",
        "« Nous avons commis",
        "statement",
        id="fr-speaker-owns-up-to-failings",
    ),
]


@pytest.mark.parametrize(("lang", "text", "opening", "expected"), CASES)
def test_quoted_blame(lang: str, text: str, opening: str, expected: str) -> None:
    assert kinds_at(text, lang, opening) == {expected}
