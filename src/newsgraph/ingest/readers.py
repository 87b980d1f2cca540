"""Readers per input format. Each yields Documents or IngestErrors and never raises for bad input.

Formats: plain text (optional ``Title:``/``Date:``/``URL:``/``Outlet:`` header lines), HTML pages
(trafilatura: main text, title, date, site), JSON Lines, RSS/Atom feeds (feedparser; one document
per item), WARC archives (warcio; HTML responses go through the HTML path) and URLs.
"""
from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

from newsgraph.ingest import IngestError, content_hash, document_id
from newsgraph.records import Document

_HEADERS = {"title": "title", "date": "published", "published": "published", "url": "url", "outlet": "outlet",
            "source": "outlet"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
MIN_HTML_WORDS = 8


def read_path(path: str) -> Iterator[Document | IngestError]:
    """Documents from one argument: a file, a folder (walked recursively) or a URL."""
    if path.startswith(("http://", "https://")):
        yield from read_url(path)
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(x for x in p.rglob("*") if x.is_file() and not _hidden(x, p)):
            yield from read_file(child)
        return
    if not p.exists():
        yield IngestError(path, "no such file or directory")
        return
    yield from read_file(p)


def _hidden(child: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in child.relative_to(root).parts)


def read_file(p: Path) -> Iterator[Document | IngestError]:
    name = p.name.lower()
    suffix = p.suffix.lower()
    try:
        if name.endswith((".warc", ".warc.gz")):
            yield from read_warc(p)
        elif suffix in JSONL_SUFFIXES:
            yield from read_jsonl(p)
        elif suffix in JSON_SUFFIXES:
            yield from read_json(p)
        elif suffix in HTML_SUFFIXES:
            yield _finish(read_html_bytes(_read_bytes(p), source=str(p)))
        elif suffix in FEED_SUFFIXES:
            yield from read_feed(p)
        elif suffix in TEXT_SUFFIXES:
            yield from read_text(p)
        else:
            yield IngestError(str(p), f"unsupported file type {suffix!r} "
                              "(expected .txt, .html, .json, .jsonl, .xml/.rss/.atom, .warc/.warc.gz)")
    except IngestError as err:
        yield err
    except OSError as exc:
        yield IngestError(str(p), f"cannot read file: {exc.strerror or exc}")


def _read_bytes(p: Path) -> bytes:
    try:
        return p.read_bytes()
    except OSError as exc:
        raise IngestError(str(p), f"cannot read file: {exc.strerror or exc}") from None


def _decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:4096]:
        raise IngestError(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(source, f"invalid UTF-8 at byte {exc.start}") from None


def _finish(doc: Document | IngestError) -> Document | IngestError:
    if isinstance(doc, IngestError):
        return doc
    if not doc.text.strip():
        return IngestError(doc.source or "?", "empty document (no text)")
    doc.content_hash = content_hash(doc.text)
    doc.id = document_id(doc.text)
    return doc


# ---- plain text ----------------------------------------------------------------------------
def read_text(p: Path) -> Iterator[Document | IngestError]:
    raw = _decode(_read_bytes(p), str(p))
    meta, body = parse_headers(raw)
    body = body.strip()
    for key, value in sniff_metadata(body).items():
        meta.setdefault(key, value)
    yield _finish(Document(id="", text=body, source=str(p), format="txt", external_id=p.stem, **meta))


# "WASHINGTON, Jan 24 (Reuters) –": a wire dateline names the outlet
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:, [A-Z][A-Za-z .]+)?, [A-Z][a-z]{2,8}\.? \d{1,2} \(([A-Z][\w .&-]{1,40})\) ?[-–—]")
SNIFF_LINES = 6  # a pasted article's date line, if any, stands among its first few lines


def sniff_metadata(body: str) -> dict[str, str]:
    """Publication date and outlet of a header-less text, from its own opening lines.

    Articles pasted from the web carry a stand-alone date line ("Saturday, January 24, 2026 at
    6:10 AM") and wire copy a dateline naming the agency; without them relative dates
    ("last week") could not be resolved.
    """
    import dateparser

    found: dict[str, str] = {}
    first, _, rest = body.partition("\n")
    if rest.startswith("\n") and 0 < len(first.strip()) <= 200 and not first.rstrip().endswith((".", ":", "\"", "”")):
        found["title"] = first.strip()  # a headline: one short line set off by a blank line
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()][:SNIFF_LINES]
    for ln in lines:
        if "published" not in found and len(ln) <= 60 and any(c.isdigit() for c in ln):
            when = dateparser.parse(ln, languages=["en", "es", "pt"],
                                    settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
            if when:
                found["published"] = when.date().isoformat()
        m = _DATELINE.match(ln)
        if m and "outlet" not in found:
            found["outlet"] = m.group(1).strip()
    return found


def parse_headers(raw: str) -> tuple[dict[str, str], str]:
    """Split optional ``Key: value`` header lines (then a blank line) from the body."""
    meta: dict[str, str] = {}
    lines = raw.split("\n")
    i = 0
    while i < len(lines):
        key, sep, value = lines[i].partition(":")
        field = _HEADERS.get(key.strip().lower())
        if sep and field and value.strip() and field not in meta:
            meta[field] = value.strip()
            i += 1
            continue
        break
    if not meta:
        return {}, raw
    return meta, "\n".join(lines[i:])


# ---- JSON Lines ----------------------------------------------------------------------------
def read_jsonl(p: Path) -> Iterator[Document | IngestError]:
    with p.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield IngestError(str(p), f"invalid UTF-8 at byte {exc.start} of the line", line=n)
                continue
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield IngestError(str(p), f"malformed JSON ({exc.msg} at column {exc.colno})", line=n)
                continue
            yield _record(rec, p, n, f"{p.stem}-{n}", "jsonl")


def read_json(p: Path) -> Iterator[Document | IngestError]:
    """A single JSON article object (``{"id", "text", ...}``) or a list of them."""
    try:
        data = json.loads(_decode(_read_bytes(p), str(p)))
    except json.JSONDecodeError as exc:
        yield IngestError(str(p), f"malformed JSON ({exc.msg})", line=exc.lineno)
        return
    items = data if isinstance(data, list) else [data]
    for n, rec in enumerate(items, 1):
        yield _record(rec, p, None if len(items) == 1 else n, p.stem if len(items) == 1 else f"{p.stem}-{n}", "json")


def _record(rec, p: Path, n: int | None, fallback_id: str, fmt: str) -> Document | IngestError:
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        return IngestError(str(p), "JSON record has no string 'text' field", line=n)
    doc = _finish(Document(
        id="", external_id=str(rec["id"]) if rec.get("id") is not None else fallback_id,
        text=rec["text"], title=_str(rec.get("title")), published=_str(rec.get("published") or rec.get("date")),
        url=_str(rec.get("url")), outlet=_str(rec.get("outlet")), source=f"{p}:{n}" if n else str(p), format=fmt))
    if isinstance(doc, IngestError):
        doc.line, doc.source = n, str(p)
    return doc


def _str(v) -> str | None:
    return None if v is None else str(v)


# ---- HTML ----------------------------------------------------------------------------------
def read_html_bytes(data: bytes | str, source: str, url: str | None = None) -> Document | IngestError:
    """Main text and metadata of an article page (trafilatura)."""
    import trafilatura

    if isinstance(data, bytes):
        if b"\x00" in data[:4096]:
            return IngestError(source, "binary file, not HTML")
        html = data.decode("utf-8", errors="replace")
    else:
        html = data
    if "<" not in html:
        return IngestError(source, "not an HTML document")
    try:
        ex = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_precision=True, as_dict=False)
    except Exception as exc:  # trafilatura raises a variety of parser errors on broken markup
        return IngestError(source, f"cannot parse HTML: {exc}")
    text = getattr(ex, "text", None) if ex is not None else None
    # a few stray words (a menu item trafilatura kept) are not an article
    if not text or len(text.split()) < MIN_HTML_WORDS:
        return IngestError(source, "HTML page has no main text")
    return Document(id="", text=text.strip(), title=getattr(ex, "title", None), published=getattr(ex, "date", None),
                    url=url or getattr(ex, "url", None), outlet=getattr(ex, "sitename", None), source=source,
                    format="html", external_id=Path(source.split("#")[0]).stem.removesuffix(".warc"))


# ---- RSS / Atom ----------------------------------------------------------------------------
def read_feed(p: Path) -> Iterator[Document | IngestError]:
    import feedparser

    data = _read_bytes(p)
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        exc = parsed.get("bozo_exception")
        yield IngestError(str(p), f"not a readable RSS/Atom feed ({type(exc).__name__}: {exc})")
        return
    if parsed.bozo:  # truncated or malformed, but some items survived: keep them, report the rest
        exc = parsed.get("bozo_exception")
        yield IngestError(str(p), f"feed is truncated or malformed ({exc}); complete items kept")
    outlet = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        source = f"{p}#item{n}"
        html = ""
        if entry.get("content"):
            html = entry.content[0].get("value", "")
        html = html or entry.get("summary", "")
        text = _html_to_text(html)
        if not text:
            if not parsed.bozo:  # in a broken feed the cut-off item is covered by the error above
                yield IngestError(str(p), f"feed item {n} has no text")
            continue
        yield _finish(Document(
            id="", text=text, title=entry.get("title"), published=_feed_date(entry), url=entry.get("link"),
            outlet=outlet, source=source, format="atom" if parsed.version.startswith("atom") else "rss",
            external_id=entry.get("id") or f"{p.stem}-{n}"))


def _feed_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    return entry.get("published") or entry.get("updated")


def _html_to_text(html: str) -> str:
    """Feed item bodies are HTML fragments: paragraphs become blank-line separated text."""
    import lxml.html

    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises ParserError on empty or broken fragments
        return ""
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = [" ".join(el.text_content().split()) for el in root.iter("p", "h1", "h2", "h3", "h4", "li", "blockquote")]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else " ".join(root.text_content().split())


# ---- WARC ----------------------------------------------------------------------------------
def read_warc(p: Path) -> Iterator[Document | IngestError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        with p.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                n += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
                status = record.http_headers.get_statuscode() if record.http_headers else None
                if status and not status.startswith("2"):
                    continue
                body = record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0) > 0:
                    # the record's Content-Length promised more bytes than the file holds
                    raise EOFError(f"record {n} ({uri}) is cut short")
                doc = read_html_bytes(body, source=f"{p}#{uri}", url=uri)
                if isinstance(doc, Document):
                    doc.format = "warc"
                    doc.external_id = f"{p.name.split('.')[0]}-{n}"
                yield _finish(doc)
    except (ArchiveLoadFailed, EOFError, gzip.BadGzipFile, OSError, ValueError) as exc:
        yield IngestError(str(p), f"truncated or invalid WARC after {n} records ({type(exc).__name__}: {exc})")


# ---- URLs ----------------------------------------------------------------------------------
def read_url(url: str, timeout: float = 20.0) -> Iterator[Document | IngestError]:
    """Fetch an article page (or feed) when the network allows; a clear error otherwise."""
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, headers={"User-Agent": "newsgraph/0.1 (+https://pypi.org/project/newsgraph)"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            data = resp.read()
            ctype = resp.headers.get("Content-Type", "")
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        yield IngestError(url, f"cannot fetch URL (no network or host unreachable: {reason})")
        return
    if "xml" in ctype or "rss" in ctype or "atom" in ctype:
        import tempfile

        with tempfile.NamedTemporaryFile(suffix=".xml") as tmp:
            tmp.write(data)
            tmp.flush()
            for d in read_feed(Path(tmp.name)):
                if isinstance(d, Document):
                    d.source = url
                yield d
        return
    doc = read_html_bytes(data, source=url, url=url)
    if isinstance(doc, Document):
        doc.format = "url"
    yield _finish(doc)
