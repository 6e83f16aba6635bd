"""Reading inputs: formats, front matter, language, and broken files reported by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.errors import ArticleError
from claimtrack.ingest import Input, find_inputs, read_article

from .conftest import CORPUS

FRENCH = (
    "Selon le Pentagone, environ 10 000 soldats nord-coréens seraient déjà présents en Russie, "
    "dont un petit nombre dans la région frontalière de Koursk."
)
ENGLISH = (
    "The Gaza Health Ministry said on Wednesday that 471 people had been killed in the blast, "
    "revising down an earlier figure of 500."
)

HTML_PAGE = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Des soldats nord-coréens en Russie</title>
<meta name="author" content="Jeanne Martin">
<meta property="og:site_name" content="Le Quotidien">
<meta property="article:published_time" content="2024-10-24T08:00:00+00:00">
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Des soldats nord-coréens en Russie</h1>
<p>{FRENCH}</p>
<p>Le président ukrainien, Volodymyr Zelensky, affirme quant à lui que 12 000 soldats
nord-coréens s'apprêteraient à rejoindre le sol russe pour y suivre un entraînement militaire.</p>
<p>La Corée du Nord a démenti fournir des forces à la Russie pour les combats en Ukraine, et
Moscou a qualifié ces informations de fausses nouvelles destinées à nuire à ses relations.</p>
</article>
<footer>© Le Quotidien 2024 — Mentions légales</footer>
</body></html>"""


def read(path: Path, lang: str | None = None):  # type: ignore[no-untyped-def]
    return read_article(Input(name=path.name, path=path), lang)


def test_front_matter_gives_metadata_and_body_is_unchanged() -> None:
    path = CORPUS / "001-renforcement-ou-deal-politique.txt"
    article = read(path)
    assert (
        article.title
        == "Renforcement ou deal politique : Alliance entre la Corée du Nord et la Russie"
    )
    assert article.outlet == "Notre Continent"
    assert article.author == "Adan Diatta"
    assert article.published == "2024-10-04"
    assert article.lang == "fr"
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith(article.text)
    assert article.text.startswith("Renforcement ou deal politique")


def test_plain_text_without_front_matter_detects_language(tmp_path: Path) -> None:
    fr = tmp_path / "fr.txt"
    fr.write_text(FRENCH, encoding="utf-8")
    en = tmp_path / "en.md"
    en.write_text(ENGLISH, encoding="utf-8")
    assert read(fr).lang == "fr"
    assert read(en).lang == "en"
    assert read(en).title is None


def test_source_key_is_the_outlet_and_partial_dates_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f'---\nsource: "CNews"\ndate: "2023-09"\n---\n\n{FRENCH}\n', encoding="utf-8")
    article = read(path)
    assert article.outlet == "CNews"
    assert article.published == "2023-09"


def test_html_goes_through_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    article = read(path)
    assert "10 000 soldats" in article.text
    assert "Mentions légales" not in article.text
    assert "Accueil" not in article.text
    assert article.title == "Des soldats nord-coréens en Russie"
    assert article.author == "Jeanne Martin"
    assert article.published == "2024-10-24"
    assert article.lang == "fr"


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(FRENCH.encode("latin-1"))
    assert read(path).text == FRENCH


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"---\ntitle: [unclosed\n---\n\nTexte.", "front matter is not valid YAML"),
        (
            "Hoy el Pentágono dijo que diez mil soldados estaban en Rusia y el gobierno lo "
            "negó.".encode(),
            "language 'es' is not supported",
        ),
        (b"A" * 5000 + b"\x00" + b"B" * 10, "binary"),
    ],
)
def test_broken_inputs_raise_a_clear_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=reason) as info:
        read(path)
    assert info.value.name == "broken.txt"


def test_unsupported_forced_language_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(FRENCH, encoding="utf-8")
    with pytest.raises(ArticleError, match="language 'de' is not supported"):
        read(path, lang="de")


def test_find_inputs_expands_folders_globs_and_reports_missing(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(FRENCH)
    (tmp_path / "sub" / "b.md").write_text(ENGLISH)
    (tmp_path / "sub" / "deeper" / "c.html").write_text(HTML_PAGE)
    (tmp_path / "sub" / "notes.docx").write_bytes(b"PK")
    (tmp_path / "sub" / "README.md").write_text("# Notes on this folder")
    found = list(find_inputs([str(tmp_path), str(tmp_path / "*.txt"), str(tmp_path / "nope.txt")]))
    names = [f.name for f in found if isinstance(f, Input)]
    assert names == ["a.txt", "b.md", "c.html"]  # the glob repeats a.txt: read once
    errors = [f for f in found if isinstance(f, ArticleError)]
    assert [e.reason for e in errors] == ["no such file or folder"]


def test_interrupted_ingest_keeps_finished_articles_and_nothing_half_written(
    tmp_path: Path,
) -> None:
    from claimtrack.options import Options
    from claimtrack.store import ClaimQuery
    from claimtrack.tracker import Tracker

    from .conftest import corpus_articles

    def interrupt_after_two(done: int, _total: int, _name: str) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with Tracker(Options(db=str(tmp_path / "i.db"))) as tracker:
        report = tracker.ingest(corpus_articles(), interrupt_after_two)
        assert report.interrupted and not report.ok
        assert report.new == 2
        assert tracker.stats().articles == 2
        stored = {c.article for c in tracker.claims(ClaimQuery())}
        assert stored <= {Path(p).name for p in corpus_articles()[:2]}
        # Running again picks up where it stopped: the two are unchanged, three are new.
        again = tracker.ingest(corpus_articles())
        assert (again.unchanged, again.new) == (2, 3)


def test_utf16_file_from_notepad_is_read(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(FRENCH.encode("utf-16"))
    assert read(path).text == FRENCH


def test_impossible_dates_are_reported_or_dropped(tmp_path: Path) -> None:
    unquoted = tmp_path / "a.txt"
    unquoted.write_text(f"---\ndate: 2024-13-45\n---\n\n{FRENCH}\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="impossible date"):
        read(unquoted)
    quoted = tmp_path / "b.txt"
    quoted.write_text(f'---\ndate: "2024-13-45"\n---\n\n{FRENCH}\n', encoding="utf-8")
    assert read(quoted).published is None


def test_html_without_an_article_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2024</footer></body></html>"
    )
    with pytest.raises(ArticleError, match="no article text"):
        read(path)


def test_changed_metadata_changes_the_hash(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"---\ndate: 2024-10-01\n---\n\n{FRENCH}\n", encoding="utf-8")
    before = read(path).content_hash
    path.write_text(f"---\ndate: 2024-10-02\n---\n\n{FRENCH}\n", encoding="utf-8")
    assert read(path).content_hash != before


def test_article_without_claims_is_stored(tmp_path: Path) -> None:
    """An article with nothing to track is stored (and unchanged on the next run), not
    rejected by the database for an empty batch of claims."""
    from claimtrack.options import Options
    from claimtrack.tracker import Tracker

    path = tmp_path / "meteo.txt"
    path.write_text(
        "---\ntitle: Météo\nlang: fr\n---\nLe soleil reviendra dès jeudi sur la côte.\n",
        encoding="utf-8",
    )
    with Tracker(Options(db=str(tmp_path / "e.db"))) as tracker:
        report = tracker.ingest([str(path)])
        assert (report.new, report.claims, report.skipped) == (1, 0, [])
        assert tracker.stats().articles == 1
        assert tracker.ingest([str(path)]).unchanged == 1
