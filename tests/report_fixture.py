"""A small, realistic store for the report and web tests, written through ``Store.write_batch``.

The texts are written for these tests (not taken from the seed or the eval sets). Offsets are found
by searching each text, so they always point at the words they claim to.
"""
from __future__ import annotations

from pathlib import Path

from newsgraph.records import Actor, Analysis, Attribution, Designation, Document, Event
from newsgraph.store import Store

XSS_TITLE = "Embassy notes </script><script>alert(1)</script>"


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _sentence(text: str, needle: str) -> tuple[int, int]:
    """The sentence (between full stops) that contains ``needle``."""
    s, e = _span(text, needle)
    lo = text.rfind(". ", 0, s)
    hi = text.find(". ", e)
    return (0 if lo < 0 else lo + 2), (len(text) if hi < 0 else hi + 1)


class _Doc:
    def __init__(self, doc_id: str, text: str, title: str, published: str, outlet: str):
        self.doc = Document(id=doc_id, text=text, title=title, published=published, outlet=outlet,
                            url=f"https://news.example/{doc_id}", format="txt", content_hash=doc_id)
        self.actors: dict[str, Actor] = {}
        self.events: list[Event] = []
        self.attrs: list[Attribution] = []
        self.desigs: list[Designation] = []

    def actor(self, local: str, name: str, type_: str, *mentions: str, country: str | None = None,
              kb_id: str | None = None) -> str:
        spans = [_span(self.doc.text, m) for m in mentions]
        self.actors[local] = Actor(id=local, name=name, type=type_, country=country, kb_id=kb_id, mentions=spans)
        return local

    def attribution(self, source: str, cue: str, content: str, kind: str, stance: str = "statement",
                    actor: str | None = None, count: int | None = None) -> str:
        qid = f"q{len(self.attrs) + 1}"
        t = self.doc.text
        self.attrs.append(Attribution(id=qid, cue=_span(t, cue), sources=[_span(t, source)],
                                      contents=[_span(t, content)], source_actor=actor, source_kind=kind,
                                      count=count, stance=stance))
        return qid

    def event(self, plover: str, source: list[str], target: list[str], trigger: str, date: str | None,
              cameo: str | None = None, attrs: tuple[str, ...] = (), status: str = "asserted",
              context: str | None = None) -> str:
        eid = f"e{len(self.events) + 1}"
        t = self.doc.text
        self.events.append(Event(id=eid, plover=plover, source=source, target=target, status=status, cameo=cameo,
                                 date=date, trigger=_span(t, trigger), sentence=_sentence(t, trigger),
                                 attributions=list(attrs), context=context))
        return eid

    def designation(self, designator: str, designee: str, status: str, date: str | None, where: str,
                    events: tuple[str, ...] = (), attrs: tuple[str, ...] = (), pressed_by: str | None = None) -> None:
        self.desigs.append(Designation(designator=designator, designee=designee, status=status, date=date,
                                       events=list(events), sentence=_sentence(self.doc.text, where),
                                       id=f"d{len(self.desigs) + 1}", pressed_by=pressed_by,
                                       attributions=list(attrs)))

    def analysis(self) -> Analysis:
        return Analysis(document=self.doc, actors=list(self.actors.values()), events=self.events,
                        attributions=self.attrs, designations=self.desigs)


def _country(d: _Doc, iso3: str, name: str, *mentions: str) -> str:
    return d.actor(iso3.lower(), name, "country", *mentions, country=iso3, kb_id=f"country:{iso3}")


def _org(d: _Doc, key: str, name: str, country: str, *mentions: str, type_: str = "armed_group") -> str:
    return d.actor(key, name, type_, *mentions, country=country, kb_id=f"org:{key}")


def analyses() -> list[Analysis]:
    out = []

    # 1. Ecuador designates three organisations (September 2025), official statement.
    t = ("QUITO, Sept. 16 - Ecuador on Tuesday designated the Islamic Revolutionary Guard Corps, Hezbollah and "
         "Hamas as terrorist organizations, the foreign ministry said in a statement. Interior Minister Elena "
         "Vargas said the decision would let police freeze assets linked to the groups. Iran's embassy in Quito "
         "did not respond to a request for comment.")
    d = _Doc("doc-ecu", t, "Ecuador lists IRGC, Hezbollah and Hamas as terrorist groups", "2025-09-16",
             "Andean Wire")
    ecu = _country(d, "ECU", "Ecuador", "Ecuador")
    irgc = _org(d, "irgc", "Islamic Revolutionary Guard Corps", "IRN", "Islamic Revolutionary Guard Corps",
                type_="military")
    hez = _org(d, "hezbollah", "Hezbollah", "LBN", "Hezbollah")
    ham = _org(d, "hamas", "Hamas", "PSE", "Hamas")
    irn = _country(d, "IRN", "Iran", "Iran")
    d.actor("p1", "Elena Vargas", "person", "Elena Vargas", country="ECU")
    q1 = d.attribution("the foreign ministry", "said", "Ecuador on Tuesday designated", "organization", actor=ecu)
    q2 = d.attribution("Interior Minister Elena Vargas", "said the decision", "the decision would let police freeze",
                       "named_person", actor="p1")
    q3 = d.attribution("Iran's embassy in Quito", "did not respond", "did not respond to a request for comment",
                       "organization", stance="no_response", actor=irn)
    e1 = d.event("SANCTION", [ecu], [irgc, hez, ham], "designated", "2025-09-16", cameo="1721", attrs=(q1,))
    for org in (irgc, hez, ham):
        d.designation(ecu, org, "designated", "2025-09", "designated", events=(e1,), attrs=(q1, q2))
    del q3
    out.append(d.analysis())

    # 2. Argentina designates the Quds Force (January 2026); a second outlet reports it too.
    for doc_id, outlet, lead in (("doc-arg", "Southern Cone Daily", "BUENOS AIRES, Jan. 21 - "),
                                 ("doc-arg2", "Plata Times", "Argentina's government said on Wednesday that ")):
        t = (f"{lead}Argentina designated the Quds Force of Iran's Revolutionary Guards as a terrorist "
             "organization, citing the 1994 bombing of a Jewish community center in Buenos Aires. Two officials "
             "familiar with the decision said Washington had urged the move for months. Tehran denied any role in "
             "the bombing.")
        d = _Doc(doc_id, t, "Argentina designates Quds Force", "2026-01-21", outlet)
        arg = _country(d, "ARG", "Argentina", "Argentina")
        qf = _org(d, "quds-force", "Quds Force", "IRN", "Quds Force", type_="military")
        irn = _country(d, "IRN", "Iran", "Tehran")
        usa = _country(d, "USA", "United States", "Washington")
        q1 = d.attribution("Two officials familiar with the decision", "said", "Washington had urged the move",
                           "anonymous", count=2)
        q2 = d.attribution("Tehran", "denied", "any role in the bombing", "organization", stance="denial", actor=irn)
        e1 = d.event("SANCTION", [arg], [qf], "designated", "2026-01-21", cameo="1721")
        d.event("REQUEST", [usa], [arg], "urged", "2025", cameo="1041", attrs=(q1,), context="designate the Quds Force")
        d.event("REJECT", [irn], [arg], "denied", "2026-01-21", cameo="1231", attrs=(q2,), status="denied")
        d.designation(arg, qf, "designated", "2026-01", "designated", events=(e1,))
        out.append(d.analysis())

    # 3. The United States presses Bolivia (January 2026); anonymous sources; Bolivia declines comment.
    t = ("LA PAZ, Jan. 23 - The United States has pressed Bolivia to designate the Islamic Revolutionary Guard "
         "Corps, Hezbollah and Hamas as terrorist organizations and to expel suspected Iranian agents, three "
         "people with knowledge of the talks said. A U.S. State Department spokesperson said Washington "
         "\"continues to engage\" with La Paz. Bolivia's foreign ministry declined to comment.")
    d = _Doc("doc-bol", t, "U.S. presses Bolivia on Iran-backed groups", "2026-01-23", "Hemisphere Report")
    usa = _country(d, "USA", "United States", "The United States", "Washington")
    bol = _country(d, "BOL", "Bolivia", "Bolivia", "La Paz")
    irgc = _org(d, "irgc", "Islamic Revolutionary Guard Corps", "IRN", "Islamic Revolutionary Guard Corps",
                type_="military")
    hez = _org(d, "hezbollah", "Hezbollah", "LBN", "Hezbollah")
    ham = _org(d, "hamas", "Hamas", "PSE", "Hamas")
    irn = _country(d, "IRN", "Iran", "Iranian")
    q1 = d.attribution("three people with knowledge of the talks", "said.", "The United States has pressed Bolivia",
                       "anonymous", count=3)
    q2 = d.attribution("A U.S. State Department spokesperson", "said Washington", "\"continues to engage\"",
                       "organization", actor=usa)
    q3 = d.attribution("Bolivia's foreign ministry", "declined to comment", "declined to comment", "organization",
                       stance="declined", actor=bol)
    e1 = d.event("REQUEST", [usa], [bol], "pressed", "2026-01", cameo="1041", attrs=(q1,),
                 context="designate the IRGC, Hezbollah and Hamas")
    d.event("REQUEST", [usa], [bol], "expel", "2026-01", cameo="1041", attrs=(q1,), context="expel Iranian agents")
    d.event("CONSULT", [usa], [bol], "engage", "2026-01-23", cameo="040", attrs=(q2,))
    del q3, irn
    for org in (irgc, hez, ham):
        d.designation(bol, org, "pressed", "2026-01", "pressed", events=(e1,), attrs=(q1,), pressed_by=usa)
    out.append(d.analysis())

    # 4. Paraguay (2019): an older designation, so the as-of control has both sides to show.
    t = ("ASUNCION, Aug. 19 - Paraguay designated Hezbollah and Hamas as terrorist groups on Monday, the "
         "presidency said, after Argentina's decision to list Hezbollah in July. Officials said Hezbollah "
         "financiers had long used the tri-border area.")
    d = _Doc("doc-pry", t, "Paraguay designates Hezbollah and Hamas", "2019-08-19", "Andean Wire")
    pry = _country(d, "PRY", "Paraguay", "Paraguay")
    hez = _org(d, "hezbollah", "Hezbollah", "LBN", "Hezbollah")
    ham = _org(d, "hamas", "Hamas", "PSE", "Hamas")
    arg = _country(d, "ARG", "Argentina", "Argentina")
    q1 = d.attribution("the presidency", "said,", "Paraguay designated Hezbollah and Hamas", "organization",
                       actor=pry)
    e1 = d.event("SANCTION", [pry], [hez, ham], "designated", "2019-08-19", cameo="1721", attrs=(q1,))
    e2 = d.event("SANCTION", [arg], [hez], "list", "2019-07", cameo="1721")
    d.designation(pry, hez, "designated", "2019-08", "designated Hezbollah", events=(e1,), attrs=(q1,))
    d.designation(pry, ham, "designated", "2019-08", "designated Hezbollah", events=(e1,), attrs=(q1,))
    d.designation(arg, hez, "designated", "2019-07", "decision to list", events=(e2,))
    out.append(d.analysis())

    # 5. Hostile text: markup and script-closing sequences inside the article must stay inert.
    t = ("Researchers quoted a forum post that read </script><script>alert(1)</script> & <b>bold</b> as "
         "evidence of a phishing campaign against the embassy.\u2028 Chile expelled two Iranian diplomats, the "
         "interior ministry said.")
    d = _Doc("doc-xss", t, XSS_TITLE, "2024-03-02", "Pacific <Wire> & Co")
    chl = _country(d, "CHL", "Chile", "Chile")
    irn = _country(d, "IRN", "Iran", "Iranian")
    q1 = d.attribution("the interior ministry", "said.", "Chile expelled two Iranian diplomats", "organization",
                       actor=chl)
    d.event("COERCE", [chl], [irn], "expelled", "2024-03", cameo="1246", attrs=(q1,))
    out.append(d.analysis())
    return out


def build_store(path: Path) -> Path:
    with Store(path) as store:
        store.write_batch(analyses())
    return path
