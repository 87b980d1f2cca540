"""Ingest: every format, idempotence, near-duplicates and bad inputs, on real files written here."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsgraph.ingest import IngestError, document_id, iter_documents, normalise_text
from newsgraph.records import Document

ARTICLE = (
    "QUITO, Sept 12 (Meridian Wire) - Ecuador's government on Thursday designated Hezbollah and Hamas as "
    "terrorist organizations, officials said, in a decree that also named Iran's Revolutionary Guards.\n\n"
    "\u201cThese groups have no place in our country,\u201d said Mariana Velez, a spokeswoman for the interior "
    "ministry. The Iranian embassy in Quito did not respond to a request for comment."
)


def page(title: str, body_paragraphs: list[str], date: str = "2025-09-12", site: str = "Meridian Post") -> str:
    paras = "".join(f"<p>{p}</p>" for p in body_paragraphs)
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{date}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/americas">Americas</a></nav>
<article><h1>{title}</h1>{paras}</article>
<footer><p>Copyright {site}. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>"""


def docs_and_errors(*paths):
    items = list(iter_documents([str(p) for p in paths]))
    return [d for d in items if isinstance(d, Document)], [e for e in items if isinstance(e, IngestError)]


def test_text_with_headers(tmp_path: Path):
    f = tmp_path / "ecuador.txt"
    f.write_text("Title: Ecuador lists Hezbollah\nDate: 2025-09-12\nURL: https://example.org/a\nOutlet: Meridian Wire\n\n"
                 + ARTICLE + "\n", encoding="utf-8")
    docs, errors = docs_and_errors(f)
    assert not errors
    (d,) = docs
    assert (d.title, d.published, d.url, d.outlet, d.format) == (
        "Ecuador lists Hezbollah", "2025-09-12", "https://example.org/a", "Meridian Wire", "txt")
    assert d.text == ARTICLE
    assert d.id == document_id(ARTICLE) and len(d.id) == 16
    assert d.external_id == "ecuador"


def test_text_without_headers_keeps_everything(tmp_path: Path):
    f = tmp_path / "plain.txt"
    f.write_text("Ecuador acts: a decree\n\n" + ARTICLE, encoding="utf-8")
    (d,), _ = docs_and_errors(f)
    assert d.text.startswith("Ecuador acts: a decree") and d.title == "Ecuador acts: a decree"


def test_headerless_text_gives_its_own_headline_date_and_wire(tmp_path: Path):
    f = tmp_path / "pasted.txt"
    f.write_text("Peru expels Iranian diplomat over spying claims\n\nWednesday, March 4, 2026 at 9:15 AM\n\n"
                 "LIMA, March 4 (Andes Wire) – Peru expelled an Iranian diplomat last week, officials said.\n",
                 encoding="utf-8")
    (d,), errors = docs_and_errors(f)
    assert not errors
    assert (d.title, d.published, d.outlet) == ("Peru expels Iranian diplomat over spying claims", "2026-03-04",
                                                "Andes Wire")
    assert d.text.startswith("Peru expels Iranian diplomat")  # the text itself is kept whole


def test_headerless_text_without_date_line_stays_undated(tmp_path: Path):
    f = tmp_path / "note.txt"
    f.write_text("Officials met in 2025 to discuss 3 proposals.\nNo decision was taken, they said.\n")
    (d,), _ = docs_and_errors(f)
    assert d.published is None and d.outlet is None and d.title is None


def test_id_is_hash_of_normalised_text():
    a = "Ecuador \u201cdesignated\u201d   Hezbollah.\n"
    b = "ecuador \"designated\" hezbollah."
    assert normalise_text(a) == normalise_text(b)
    assert document_id(a) == document_id(b)
    assert document_id(a) != document_id("Ecuador designated Hamas.")


def test_html_main_text_and_metadata(tmp_path: Path):
    f = tmp_path / "story.html"
    paras = ARTICLE.split("\n\n") + ["The decree takes effect on publication in the official gazette, the ministry said."]
    f.write_text(page("Ecuador designates Hezbollah and Hamas", paras), encoding="utf-8")
    (d,), errors = docs_and_errors(f)
    assert not errors
    assert d.format == "html"
    assert "designated Hezbollah and Hamas" in d.text
    assert "Privacy" not in d.text and "Home" not in d.text.split("\n")[0]
    assert d.title == "Ecuador designates Hezbollah and Hamas"
    assert d.published == "2025-09-12"
    assert d.outlet == "Meridian Post"


def test_html_without_main_text_is_an_error(tmp_path: Path):
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    docs, errors = docs_and_errors(f)
    assert not docs
    assert len(errors) == 1 and str(errors[0]) == f"{f}: HTML page has no main text"


def test_jsonl_records_and_malformed_line(tmp_path: Path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": ARTICLE, "title": "T1", "published": "2025-09-12", "outlet": "Meridian Wire",
                    "url": "https://example.org/r1"}),
        "{not json",
        json.dumps({"id": "r3", "title": "no text"}),
        json.dumps({"id": "r4", "text": "Argentina designated the Quds Force last week, officials said."}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = docs_and_errors(f)
    assert [d.external_id for d in docs] == ["r1", "r4"]
    assert docs[0].outlet == "Meridian Wire" and docs[0].published == "2025-09-12"
    assert [(e.line, e.message.split(" (")[0]) for e in errors] == [(2, "malformed JSON"),
                                                                    (3, "JSON record has no string 'text' field")]
    assert str(errors[0]).startswith(f"{f}:2: malformed JSON")


def test_jsonl_text_is_kept_exactly(tmp_path: Path):
    """Analysis offsets refer to the input text: no stripping of JSON text."""
    f = tmp_path / "exact.jsonl"
    text = "  Bolivia expelled two diplomats.\n"
    f.write_text(json.dumps({"id": "x", "text": text}) + "\n")
    (d,), _ = docs_and_errors(f)
    assert d.text == text


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Andes Wire</title><link>https://andes.example/</link><description>News</description>
<item><title>Bolivia weighs listing</title><link>https://andes.example/1</link>
<pubDate>Tue, 20 Jan 2026 10:00:00 GMT</pubDate><guid>andes-1</guid>
<content:encoded><![CDATA[<p>LA PAZ (Andes Wire) - Bolivia's government is weighing whether to list Hezbollah as a terrorist group.</p><p>The foreign ministry declined to comment.</p>]]></content:encoded></item>
<item><title>Peru expels diplomat</title><link>https://andes.example/2</link>
<pubDate>Wed, 21 Jan 2026 09:00:00 GMT</pubDate><guid>andes-2</guid>
<description>&lt;p&gt;Peru expelled an Iranian diplomat on Wednesday, two officials said.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Meridian Post</title><id>urn:meridian</id>
<updated>2026-01-22T00:00:00Z</updated>
<entry><title>Argentina lists Quds Force</title><id>urn:meridian:1</id><link href="https://meridian.example/1"/>
<updated>2026-01-16T12:00:00Z</updated>
<content type="html">&lt;p&gt;Argentina designated the Quds Force as a terrorist organization on Friday.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_items_are_documents(tmp_path: Path):
    f = tmp_path / "andes.xml"
    f.write_text(RSS, encoding="utf-8")
    docs, errors = docs_and_errors(f)
    assert not errors
    assert [d.title for d in docs] == ["Bolivia weighs listing", "Peru expels diplomat"]
    assert docs[0].published == "2026-01-20" and docs[0].outlet == "Andes Wire" and docs[0].format == "rss"
    assert docs[0].text == ("LA PAZ (Andes Wire) - Bolivia's government is weighing whether to list Hezbollah as a "
                            "terrorist group.\n\nThe foreign ministry declined to comment.")
    assert docs[1].text == "Peru expelled an Iranian diplomat on Wednesday, two officials said."


def test_atom_entries_are_documents(tmp_path: Path):
    f = tmp_path / "meridian.atom"
    f.write_text(ATOM, encoding="utf-8")
    (d,), errors = docs_and_errors(f)
    assert not errors
    assert (d.title, d.published, d.format, d.url) == (
        "Argentina lists Quds Force", "2026-01-16", "atom", "https://meridian.example/1")


def test_truncated_feed_keeps_earlier_items(tmp_path: Path):
    f = tmp_path / "cut.xml"
    f.write_text(RSS[: RSS.index("<item><title>Peru")] + "<item><title>Peru exp", encoding="utf-8")
    docs, errors = docs_and_errors(f)
    assert [d.title for d in docs] == ["Bolivia weighs listing"]
    assert len(errors) == 1 and str(errors[0]).startswith(f"{f}: feed is truncated or malformed")


def make_warc(path: Path, pages: dict[str, str], extra_non_html: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for uri, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
        if extra_non_html:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record("https://x.example/logo.png", "response",
                                                payload=io.BytesIO(b"\x89PNG...."), http_headers=headers))


def test_warc_html_responses(tmp_path: Path):
    f = tmp_path / "crawl.warc.gz"
    make_warc(f, {
        "https://meridian.example/ecuador": page("Ecuador designates", ARTICLE.split("\n\n")),
        "https://meridian.example/peru": page("Peru expels diplomat", [
            "LIMA (Meridian Post) - Peru expelled an Iranian diplomat accused of spying, the foreign ministry said.",
            "The Iranian embassy rejected the accusation as baseless and said it would respond."], date="2026-01-21"),
    })
    docs, errors = docs_and_errors(f)
    assert not errors
    assert [d.url for d in docs] == ["https://meridian.example/ecuador", "https://meridian.example/peru"]
    assert all(d.format == "warc" for d in docs)
    assert docs[1].published == "2026-01-21" and "expelled an Iranian diplomat" in docs[1].text


def test_truncated_warc_is_reported(tmp_path: Path):
    f = tmp_path / "crawl.warc.gz"
    make_warc(f, {f"https://m.example/{i}": page(f"Story {i}", [ARTICLE.replace("Thursday", f"day {i}")] * 2)
                  for i in range(3)}, extra_non_html=False)
    data = f.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    docs, errors = docs_and_errors(cut)
    assert len(errors) == 1 and str(errors[0]).startswith(f"{cut}: truncated or invalid WARC")
    assert len(docs) < 3


@pytest.mark.parametrize("name,content,message", [
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
    ("latin1.txt", "Bogot\xe1 expulsa".encode("latin-1"), "invalid UTF-8 at byte 5"),
    ("empty.txt", b"  \n\n", "empty document (no text)"),
    ("notes.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
])
def test_bad_files_get_one_line_errors(tmp_path: Path, name, content, message):
    f = tmp_path / name
    f.write_bytes(content)
    docs, errors = docs_and_errors(f)
    assert not docs
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"{f}: {message}")
    assert "\n" not in str(errors[0])


def test_missing_path_and_directory_walk(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(ARTICLE)
    (tmp_path / "a" / ".hidden.txt").write_text("ignored")
    (tmp_path / "a" / "b").mkdir()
    (tmp_path / "a" / "b" / "two.txt").write_text("Chile declined to comment on the request, a spokesman said.")
    docs, errors = docs_and_errors(tmp_path / "a", tmp_path / "missing.txt")
    assert sorted(d.external_id for d in docs) == ["one", "two"]
    assert [str(e) for e in errors] == [f"{tmp_path / 'missing.txt'}: no such file or directory"]


def test_url_without_network_is_a_clear_error():
    (err,) = list(iter_documents(["http://127.0.0.1:9/article"]))
    assert isinstance(err, IngestError)
    assert str(err).startswith("http://127.0.0.1:9/article: cannot fetch URL")


def test_gzip_helper_roundtrip(tmp_path: Path):
    # WARC files written by other tools are often plain gzip members; the reader takes .warc too
    f = tmp_path / "crawl.warc.gz"
    make_warc(f, {"https://m.example/x": page("X", [ARTICLE])}, extra_non_html=False)
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(gzip.decompress(f.read_bytes()))
    docs, errors = docs_and_errors(plain)
    assert not errors and len(docs) == 1
