"""Sentence segmentation: spans, numbers, abbreviations, quotes, headings, furniture, repeats."""

from __future__ import annotations

import frontmatter
import pytest

from claimtrack.resources import corpus_dir
from claimtrack.segment import segment


def corpus_body(prefix: str) -> str:
    """Body (front matter removed) of the bundled corpus article whose name starts with `prefix`."""
    for node in corpus_dir().iterdir():
        if node.name.startswith(prefix) and node.name.endswith(".txt"):
            return frontmatter.loads(node.read_text(encoding="utf-8")).content
    raise FileNotFoundError(prefix)


def texts(text: str, lang: str) -> list[str]:
    return [s.text for s in segment(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Thousand separators of every kind stay inside one sentence.
        (
            "La CGT a compté 300 000 manifestants. La police en a vu 107.000.",
            "fr",
            ["La CGT a compté 300 000 manifestants.", "La police en a vu 107.000."],
        ),
        (
            "Le bilan est de 11\u202f300 morts. Il pourrait augmenter.",
            "fr",
            ["Le bilan est de 11\u202f300 morts.", "Il pourrait augmenter."],
        ),
        (
            "Officials said 1,400 people died. The toll is 2.5 million dollars.",
            "en",
            ["Officials said 1,400 people died.", "The toll is 2.5 million dollars."],
        ),
        # Abbreviations and initials do not end a sentence.
        (
            "M. Dupont a parlé à Mme Martin. Le Dr Leroy était absent.",
            "fr",
            ["M. Dupont a parlé à Mme Martin.", "Le Dr Leroy était absent."],
        ),
        (
            "The U.S. military said Gen. Smith and J. Doe met on Oct. 7. Nothing followed.",
            "en",
            [
                "The U.S. military said Gen. Smith and J. Doe met on Oct. 7.",
                "Nothing followed.",
            ],
        ),
        (
            "Rear Adm. Daniel Hagari told the AP. Mr. Biden did not.",
            "en",
            ["Rear Adm. Daniel Hagari told the AP.", "Mr. Biden did not."],
        ),
        # A quotation of two sentences stays with its attribution.
        (
            "« Nous nous étonnons. Ils ajoutent à la confusion », a déploré Taoufik Chokri. "
            "Il a quitté la salle.",
            "fr",
            [
                "« Nous nous étonnons. Ils ajoutent à la confusion », a déploré Taoufik Chokri.",
                "Il a quitté la salle.",
            ],
        ),
        (
            '“We will get the details. I don’t know," he said. The army waited.',
            "en",
            ['“We will get the details. I don’t know," he said.', "The army waited."],
        ),
        (
            '"We judge that Israel was not responsible," said the report. "Our assessment is '
            'based on available reporting."',
            "en",
            [
                '"We judge that Israel was not responsible," said the report.',
                '"Our assessment is based on available reporting."',
            ],
        ),
        # A closing guillemet spaced from its full stop ends the sentence too.
        (
            "Il est formel : « Aucune irrégularité n'a été constatée. » La commission a "
            "examiné 14 procurations.",
            "fr",
            [
                "Il est formel : « Aucune irrégularité n'a été constatée. »",
                "La commission a examiné 14 procurations.",
            ],
        ),
        (
            "« Nous avons compté 600 procurations. Ce scrutin est entaché », a-t-il lancé. "
            "« Fin. » Il est parti.",
            "fr",
            [
                "« Nous avons compté 600 procurations. Ce scrutin est entaché », a-t-il lancé.",
                "« Fin. »",
                "Il est parti.",
            ],
        ),
        # A word that is also an abbreviation ends a sentence before a capital.
        (
            "Soit une personne sur sept. Le ministère de l'Agriculture estime le reste.",
            "fr",
            ["Soit une personne sur sept.", "Le ministère de l'Agriculture estime le reste."],
        ),
        (
            "Le scrutin a eu lieu le 12 sept. 2023, etc. La commission a tranché.",
            "fr",
            ["Le scrutin a eu lieu le 12 sept. 2023, etc.", "La commission a tranché."],
        ),
        (
            "It made landfall at 11:20 p.m. Saturday. Officials said on Sept. 11 it rained.",
            "en",
            ["It made landfall at 11:20 p.m. Saturday.", "Officials said on Sept. 11 it rained."],
        ),
        # An unclosed quote does not swallow the rest of the paragraph.
        (
            "Il a parlé d'un « grand jour. Puis il est parti. Le soir tombait.",
            "fr",
            ["Il a parlé d'un « grand jour.", "Puis il est parti.", "Le soir tombait."],
        ),
    ],
)
def test_sentences(text: str, lang: str, expected: list[str]) -> None:
    assert texts(text, lang) == expected


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_spans_index_the_text(lang: str) -> None:
    text = "  Premier titre\n\nUne phrase. Une autre ?\n  Fin de ligne sans point  \n"
    for sentence in segment(text, lang):
        assert text[sentence.start : sentence.end] == sentence.text


def test_headings_and_paragraphs() -> None:
    text = "3.252 morts officiellement\nSelon le ministre, la catastrophe a fait 3.252 morts.\n"
    first, second = segment(text, "fr")
    assert first.heading and first.text == "3.252 morts officiellement"
    assert not second.heading
    assert (first.paragraph, second.paragraph) == (0, 1)


def test_long_unpunctuated_line_is_not_a_heading() -> None:
    line = " ".join(["mot"] * 30)
    (sentence,) = segment(line, "fr")
    assert not sentence.heading


def test_repeated_body_yields_no_second_copy() -> None:
    body = corpus_body("001")
    sentences = texts(body, "fr")
    repeated = "La Corée du Nord a été accusée par les États-Unis et la Corée du Sud"
    assert sum(s.startswith(repeated) for s in sentences) == 1
    assert sum(s.startswith("Bien que Pyongyang nie ces accusations") for s in sentences) == 1


def test_comments_and_site_furniture_are_dropped_001() -> None:
    sentences = texts(corpus_body("001"), "fr")
    joined = "\n".join(sentences)
    for furniture in (
        "Réagir à cet article",
        "Hillarie waw",
        "L'occident tremble",
        "Copyright",
        "Votre adresse e-mail",
        "4 commentaires",
        "Publié le 04/10/2024",
        "Article écrit par",
    ):
        assert furniture not in joined


def test_comments_and_author_box_are_dropped_004() -> None:
    sentences = texts(corpus_body("004"), "fr")
    joined = "\n".join(sentences)
    assert "a martelé Vladimir Poutine" in joined
    for furniture in (
        "Texte : Lamy Toussaint",
        "toussaintlamy0709@gmail.com",
        "Profil de l'auteur",
        "Ligue des champions",
        "Tout cela ne peut finir que très mal",
        "L Histoire a montre",
    ):
        assert furniture not in joined


def test_quote_unit_in_corpus_004() -> None:
    sentences = texts(corpus_body("004"), "fr")
    quote = [s for s in sentences if s.startswith("« Nous apprécions")]
    assert len(quote) == 1
    assert quote[0].endswith(
        "a martelé Vladimir Poutine dans la presse officielle de la Corée du Nord."
    )


def test_english_wire_furniture() -> None:
    text = (
        "By Jonathan Landay\n"
        "WASHINGTON (Reuters) – Officials said 471 people were killed.\n"
        "(Reporting by Jonathan Landay; Editing by Doina Chiacu)\n"
    )
    assert texts(text, "en") == ["WASHINGTON (Reuters) – Officials said 471 people were killed."]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("CBC News · Posted: Jun 10, 2026 5:12 AM ET", "en"),
        ("The Guardian | Updated: 3 March 2026 10.02 GMT", "en"),
        ("Posted on March 4, 2026", "en"),
        ("Le Devoir · Publié le 11 mars 2026 à 6 h 12", "fr"),
        ("Radio-Canada | Mis à jour le 12 juin 2026", "fr"),
        # captions and picture credits
        ("Image caption: Hydraciel was sold over the counter in 10ml bottles", "en"),
        ("Caption: Rescuers at the site on Tuesday, where 12 people died.", "en"),
        ("Photo: AFP/Jean Dupont", "en"),
        ("Légende : Les secours sur place mardi, où 12 personnes sont mortes.", "fr"),
        ("Légende photo : le stade des Tilleuls, 25 000 places.", "fr"),
        ("Crédit photo : AFP", "fr"),
    ],
)
def test_timestamp_and_caption_lines_are_furniture(line: str, lang: str) -> None:
    body = (
        "Officials said 40 people were evacuated."
        if lang == "en"
        else "La préfecture a recensé 40 évacués."
    )
    assert texts(f"{line}\n{body}\n", lang) == [body]


def test_a_sentence_about_posting_is_kept() -> None:
    text = "The ministry posted a statement saying 40 people had died.\n"
    assert texts(text, "en") == ["The ministry posted a statement saying 40 people had died."]


REAL_LONG_SENTENCE = (
    "Selon le bilan communiqué mardi soir par la préfecture, qui a précisé que les opérations "
    "de secours se poursuivaient dans la vallée, au moins 4 200 personnes ont été évacuées de "
    "leur domicile depuis dimanche, dont 1 300 dans la seule commune de Saint-Martin-Vésubie, "
    "où les pompiers, appuyés par des hélicoptères de la Sécurité civile et par des renforts "
    "venus de quatre départements voisins, ont dû intervenir à plus de 300 reprises pour des "
    "inondations, des glissements de terrain et des coupures de routes, tandis que le maire a "
    "demandé que l'état de catastrophe naturelle soit reconnu au plus vite par le gouvernement."
)


def test_a_long_real_sentence_is_kept_whole() -> None:
    assert len(REAL_LONG_SENTENCE) > 550
    assert texts(REAL_LONG_SENTENCE, "fr") == [REAL_LONG_SENTENCE]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_over_long_sentence_is_cut_after_its_clause_marks(lang: str) -> None:
    text = "Le conseil, " + ("x " * 600 + "; puis ") * 3 + "y, " * 800 + "fin"
    pieces = texts(text, lang)
    assert len(pieces) > 1
    assert all(len(p) <= 1500 for p in pieces)
    assert all(p[-1] in ",;:" for p in pieces[:-1])
    assert "".join(p.replace(" ", "") for p in pieces) == text.replace(" ", "")


def test_an_over_long_run_without_clause_marks_is_skipped_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # not a sentence end ("début. mot" goes on in lower case): one run of 4 000 characters
    text = "Court début. " + "mot " * 1000 + "; puis la fin."
    with caplog.at_level("WARNING", logger="claimtrack.segment"):
        assert texts(text, "fr") == ["puis la fin."]
    assert "without a clause mark" in caplog.text
