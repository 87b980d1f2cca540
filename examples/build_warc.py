"""Build the example WARC archive from the article pages under ``examples/warc-src/``.

Each page listed in ``warc-src/manifest.json`` (file, target URI, capture date) becomes one HTTP
``response`` record, preceded by the ``request`` record a crawler writes, after a ``warcinfo``
record. Record ids and dates are derived from the manifest, so rebuilding gives the same records.

    python examples/build_warc.py [--out examples/corpus/warc/newsdesk-crawl.warc.gz]
"""
from __future__ import annotations

import argparse
import json
import uuid
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "warc-src"
OUT = HERE / "corpus" / "warc" / "newsdesk-crawl.warc.gz"
_NS = uuid.UUID("6f1d2c1e-8a55-4d0e-9a43-2f1f3c8b7a10")  # fixed namespace: stable record ids


def record_id(*parts: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(_NS, '|'.join(parts))}>"


def load_manifest(src: Path = SRC) -> list[dict]:
    """The pages to archive, in archive order: ``[{"file", "uri", "date"}]``."""
    return json.loads((src / "manifest.json").read_text(encoding="utf-8"))


def build(out: Path = OUT, src: Path = SRC) -> list[tuple[str, bytes]]:
    """Write the WARC; return (target URI, HTML payload) per response record."""
    pages = load_manifest(src)
    written: list[tuple[str, bytes]] = []
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        first = pages[0]["date"] if pages else "2026-01-01T00:00:00Z"
        info = writer.create_warcinfo_record(out.name, {
            "software": "newsgraph examples/build_warc.py (warcio)",
            "format": "WARC File Format 1.0",
            "description": "Example news pages for the newsgraph demo corpus",
        })
        info.rec_headers.replace_header("WARC-Record-ID", record_id("warcinfo", out.name))
        info.rec_headers.replace_header("WARC-Date", first)
        writer.write_record(info)
        for page in pages:
            payload = (src / page["file"]).read_bytes()
            uri, date = page["uri"], page["date"]
            host = uri.split("/")[2]
            req_headers = StatusAndHeaders(f"GET /{uri.split('/', 3)[3]} HTTP/1.1", [
                ("Host", host), ("User-Agent", "Mozilla/5.0 (compatible; newsdesk-archiver/1.2)"),
                ("Accept", "text/html,application/xhtml+xml"), ("Accept-Language", "en")], is_http_request=True)
            request = writer.create_warc_record(uri, "request", http_headers=req_headers, warc_headers_dict={
                "WARC-Record-ID": record_id("request", uri), "WARC-Date": date})
            http_headers = StatusAndHeaders("200 OK", [
                ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(payload))),
                ("Cache-Control", "max-age=300"), ("Server", "nginx")], protocol="HTTP/1.1")
            response = writer.create_warc_record(uri, "response", payload=BytesIO(payload), length=len(payload),
                                                 http_headers=http_headers, warc_headers_dict={
                                                     "WARC-Record-ID": record_id("response", uri), "WARC-Date": date})
            request.rec_headers.add_header("WARC-Concurrent-To", record_id("response", uri))
            writer.write_record(request)
            writer.write_record(response)
            written.append((uri, payload))
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="WARC file to write")
    ap.add_argument("--src", type=Path, default=SRC, help="folder with manifest.json and the HTML pages")
    args = ap.parse_args()
    records = build(args.out, args.src)
    print(f"wrote {len(records)} response records to {args.out}")


if __name__ == "__main__":
    main()
