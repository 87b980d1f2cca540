"""Quotation regions in raw text, robust to real-world typography.

Real articles mix curly and straight quotes, drop closing marks, and continue a quotation across
paragraphs by opening each new paragraph with a quote mark and closing only the last one. This
scanner never fails on any of that: every opening mark starts a region, a closing mark (or the
next opening mark, or the end of the paragraph) ends it. A region left open at a paragraph end is
flagged ``open_end``; when the next paragraph starts with an opening mark, that region is marked
as continuing the previous one (one speaker, several paragraphs).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = {"“", "„", "«"}
_CLOSERS = {"”", "»"}
_STRAIGHT = {'"'}
# a straight quote opens when preceded by one of these (or the start of the paragraph)
_OPEN_CONTEXT = set(" \t\n([{—–-/:")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


@dataclass
class Quote:
    start: int  # offset of the opening mark (or paragraph start when the mark is missing)
    end: int  # offset just after the closing mark (or the paragraph end)
    inner_start: int
    inner_end: int
    paragraph: int
    open_end: bool = False  # no closing mark before the paragraph ended
    continues: int | None = None  # index of the quote this one continues (multi-paragraph quote)

    @property
    def span(self) -> tuple[int, int]:
        return (self.inner_start, self.inner_end)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph (start, end) offsets: blocks separated by line breaks, blank ones skipped."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def _mark_kind(text: str, i: int, para_start: int) -> str | None:
    """'open', 'close' or None for the character at ``i``."""
    c = text[i]
    if c in _OPENERS:
        return "open"
    if c in _CLOSERS:
        # a closing mark opening a paragraph before a word is a mistyped opening mark
        if not text[para_start:i].strip() and i + 1 < len(text) and text[i + 1].isalnum():
            return "open"
        return "close"
    if c in _STRAIGHT or (c in ("'", "`") and text.startswith(("''", "``"), i)):
        prev = text[i - 1] if i > para_start else " "
        if c == "`":
            return "open"
        return "open" if prev in _OPEN_CONTEXT else "close"
    return None


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def find_quotes(text: str) -> list[Quote]:
    """All quotation regions of ``text``, in order."""
    quotes: list[Quote] = []
    for p_idx, (ps, pe) in enumerate(paragraphs(text)):
        open_at: int | None = None
        open_len = 1
        i = ps
        while i < pe:
            kind = _mark_kind(text, i, ps)
            if kind is None:
                i += 1
                continue
            width = 2 if text.startswith(("''", "``"), i) else 1
            if kind == "open":
                if open_at is not None:  # unbalanced: the earlier quote ends where this one starts
                    _close(quotes, text, open_at, open_len, i, i, p_idx, open_end=True)
                open_at, open_len = i, width
            elif open_at is not None:
                _close(quotes, text, open_at, open_len, i, i + width, p_idx)
                open_at = None
            elif i - ps > 0 and text[ps:i].strip():
                # a closing mark with no opening one: the quote ran from the paragraph start
                prev_open = bool(quotes) and quotes[-1].open_end and quotes[-1].paragraph == p_idx - 1
                if prev_open:
                    _close(quotes, text, ps - open_len + 1, 0, i, i + width, p_idx, from_start=True)
            i += width
        if open_at is not None:
            _close(quotes, text, open_at, open_len, pe, pe, p_idx, open_end=True)
    # multi-paragraph quotes: an unclosed quote continued by a quote opening the next paragraph
    for k in range(1, len(quotes)):
        prev, cur = quotes[k - 1], quotes[k]
        if prev.open_end and cur.paragraph == prev.paragraph + 1 and _starts_paragraph(text, cur):
            cur.continues = k - 1
    return quotes


def _starts_paragraph(text: str, q: Quote) -> bool:
    j = q.start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def _close(quotes: list[Quote], text: str, open_at: int, open_len: int, close_at: int, end: int, p_idx: int,
           open_end: bool = False, from_start: bool = False) -> None:
    start = open_at if not from_start else open_at + open_len - 1
    s, e = _trim(text, start + (0 if from_start else open_len), close_at)
    if e <= s:
        return
    quotes.append(Quote(start=start if not from_start else s, end=end, inner_start=s, inner_end=e,
                        paragraph=p_idx, open_end=open_end))
