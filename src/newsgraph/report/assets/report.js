/* newsgraph report: vanilla JS over the JSON embedded in #report-data. No network, no innerHTML with data:
   every string from the store reaches the page through textContent or setAttribute. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("report-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var state = { asOf: D.meta.last, cell: null, node: null, actor: null };
  var STATUS_LETTER = { designated: "D", expanded: "E", announced_intent: "I", considering: "C", pressed: "P",
    rejected: "R", revoked: "V" };
  var TYPE_COLOUR = { country: "#3a78b5", government: "#5b8fc7", ministry: "#6f9fd0", military: "#b3261e",
    intelligence: "#7b4fa0", armed_group: "#d0561c", police: "#4d7c8a", igo: "#2e8b6a", party: "#a0823c",
    person: "#6b7785", judiciary: "#4d6a8a", legislature: "#4d6a8a", media: "#8a8f4d", company: "#8a6d4d" };
  var PLOVER_COLOUR = { AGREE: "#2e8b6a", CONSULT: "#4f9bd0", SUPPORT: "#2a9d8f", CONCEDE: "#8ab17d",
    COOPERATE: "#3a78b5", AID: "#52a36b", RETREAT: "#9aa7b5", REQUEST: "#e9a23b", ACCUSE: "#d9822b",
    REJECT: "#a0645a", THREATEN: "#c0392b", PROTEST: "#b5651d", SANCTION: "#b3261e", MOBILIZE: "#7a1610",
    COERCE: "#8e1b4a", ASSAULT: "#5c0a0a", DESIGNATION: "#17212d" };

  // ---- helpers -----------------------------------------------------------------------------------
  function el(tag, attrs) {
    var e = document.createElement(tag);
    setAttrs(e, attrs);
    for (var i = 2; i < arguments.length; i++) add(e, arguments[i]);
    return e;
  }
  function sv(tag, attrs) { var e = document.createElementNS(SVG, tag); setAttrs(e, attrs); return e; }
  function setAttrs(e, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "text") e.textContent = String(v);
      else if (k === "onclick") e.addEventListener("click", v);
      else e.setAttribute(k, String(v));
    });
  }
  function add(parent, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { add(parent, c); }); return; }
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
  function byId(id) { return document.getElementById(id); }
  function actorName(id) { var a = D.actors[id]; return a ? a.n : id; }
  function names(ids) { return (ids || []).map(actorName).join(", ") || "—"; }
  function pill(status) { return el("span", { "class": "pill st-" + status, text: status.replace("_", " ") }); }
  function fmt(n) { return Number(n).toLocaleString("en"); }
  function known(f) { return !state.asOf || (f.k || f.d || "") <= state.asOf; }
  function dayNumber(iso) {
    var p = String(iso || "").split("-");
    var t = Date.UTC(+p[0] || 1970, (+p[1] || 1) - 1, +p[2] || 1);
    return Math.floor(t / 86400000);
  }
  function isoDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }
  var tip = byId("tooltip");
  function showTip(ev, text) { tip.textContent = text; tip.style.display = "block";
    tip.style.left = Math.min(ev.clientX + 12, window.innerWidth - 330) + "px"; tip.style.top = (ev.clientY + 12) + "px"; }
  function hideTip() { tip.style.display = "none"; }
  function sourcesOf(ids) {
    return (ids || []).map(function (q) { return D.attributions[q]; }).filter(Boolean);
  }
  function sourceSummary(q) {
    var who = q.name || (q.kind === "anonymous" ? (q.count > 1 ? q.count + " anonymous sources" : "anonymous source")
      : q.kind.replace("_", " "));
    if (q.role && who.indexOf(q.role) < 0) who += " (" + q.role + ")";
    return q.stance === "statement" ? who : who + ": " + q.stance.replace("_", " ");
  }
  function sourcesText(ids) {
    var s = sourcesOf(ids).map(sourceSummary);
    return s.length ? s.join("; ") : "no attribution recorded";
  }

  var eventsById = {};
  D.events.forEach(function (e) { eventsById[e.id] = e; });

  // ---- tabs --------------------------------------------------------------------------------------
  var renderers = {};
  function showTab(name) {
    document.querySelectorAll("nav button").forEach(function (b) { b.classList.toggle("active", b.dataset.tab === name); });
    document.querySelectorAll("section.tab").forEach(function (s) { s.classList.toggle("active", s.id === "tab-" + name); });
    if (renderers[name]) renderers[name]();
  }
  document.querySelectorAll("nav button").forEach(function (b) {
    b.addEventListener("click", function () { showTab(b.dataset.tab); });
  });

  // ---- overview ----------------------------------------------------------------------------------
  function barTable(target, header, rows, onClick) {
    var max = Math.max.apply(null, rows.map(function (r) { return r[1]; }).concat([1]));
    var tb = el("tbody");
    rows.forEach(function (r) {
      tb.appendChild(el("tr", { "class": onClick ? "clickable" : null, onclick: onClick ? function () { onClick(r); } : null },
        el("td", { text: r[0] }),
        el("td", { "class": "num" }, el("span", { "class": "bar", style: "width:" + Math.round(60 * r[1] / max) + "px" }), fmt(r[1]))));
    });
    clear(byId(target)).appendChild(el("table", null, el("thead", null, el("tr", null, el("th", { text: header[0] }),
      el("th", { "class": "num", text: header[1] }))), tb));
  }
  function renderOverview() {
    var c = D.meta.counts;
    var cards = [["documents", c.documents], ["near-duplicates", c.duplicates], ["outlets", D.summary.outlets.length],
      ["actors", c.actors], ["events", c.events], ["attributions", c.attributions], ["designation reports", c.designations]];
    var box = clear(byId("cards"));
    cards.forEach(function (x) { box.appendChild(el("div", { "class": "card" }, el("b", { text: fmt(x[1]) }), el("span", { text: x[0] }))); });
    barTable("outlets", ["outlet", "documents"], D.summary.outlets);
    barTable("actor-types", ["type", "actors"], D.summary.actor_types);
    barTable("event-types", ["PLOVER type", "events"], D.summary.event_types);
    var tb = el("tbody");
    D.summary.top_actors.forEach(function (a) {
      var hasTimeline = D.timeline_actors.indexOf(a.id) >= 0;
      tb.appendChild(el("tr", { "class": hasTimeline ? "clickable" : null, title: hasTimeline ? "open timeline" : null,
        onclick: hasTimeline ? function () { state.actor = a.id; showTab("timelines"); } : null },
        el("td", { text: a.name }), el("td", { text: a.type }), el("td", { text: a.country || "" }),
        el("td", { text: a.code || "" }), el("td", { "class": "num", text: fmt(a.documents) }),
        el("td", { "class": "num", text: fmt(a.mentions) })));
    });
    clear(byId("top-actors")).appendChild(el("table", null, el("thead", null, el("tr", null,
      ["actor", "type", "country", "code", "documents", "mentions"].map(function (h, i) {
        return el("th", { "class": i > 3 ? "num" : null, text: h }); }))), tb));
    var latest = D.designations.slice().sort(function (a, b) { return (b.k || "").localeCompare(a.k || ""); }).slice(0, 8);
    var lbox = clear(byId("latest-designations"));
    if (latest.length) lbox.appendChild(factTable(latest, "designation"));
    else lbox.appendChild(el("p", { "class": "muted", text: "No designation reported yet." }));
    var tr = D.meta.truncated, notes = Object.keys(tr);
    if (notes.length) {
      byId("truncated").textContent = "Large store: this file embeds a sample (" + notes.map(function (k) {
        return tr[k] < 0 ? k.replace("_", " ") + ": not computed for a store this big (`newsgraph stories`)"
          : k.replace("_", " ") + ": " + fmt(tr[k]) + " in the store"; }).join("; ") +
        "). Run `newsgraph serve` to browse everything.";
      byId("truncated").style.display = "block";
    }
  }

  // ---- designations: as-of matrix and map -----------------------------------------------------------
  // Cells come from the analysis (newsgraph.analyze.designations.cell_timeline): each with its states
  // [known_from, status, date, contested, fact id] in the order they became known. The cell as of a date
  // is its last state known by then (state_as_of): the map's one rule, not re-implemented here.
  var cellStates = {};  // "jurisdiction|organisation" -> states
  (D.cells || []).forEach(function (c) { cellStates[c.r + "|" + c.o] = c.st; });
  var cellFacts = {};  // "jurisdiction|organisation" -> the reports behind it (all dates), oldest first
  D.designations.forEach(function (f) { (cellFacts[f.cell] = cellFacts[f.cell] || []).push(f); });
  Object.keys(cellFacts).forEach(function (k) {
    cellFacts[k].sort(function (a, b) { return (a.d || "").localeCompare(b.d || "") || a.id.localeCompare(b.id); });
  });
  function stateAsOf(states) {
    var found = null;
    (states || []).forEach(function (st) { if (!state.asOf || st[0] <= state.asOf) found = st; });
    return found ? { s: found[1], d: found[2], contested: !!found[3], id: found[4] } : null;
  }
  function currentCells() {
    var cells = {};
    Object.keys(cellStates).forEach(function (k) { var f = stateAsOf(cellStates[k]); if (f) cells[k] = f; });
    return cells;
  }
  function strength(s) { var v = D.meta.strength[s]; return v === undefined ? 99 : v; }

  function setAsOf(value) {
    state.asOf = value;
    ["asof-date", "net-asof-date"].forEach(function (id) { if (byId(id)) byId(id).value = value; });
    if (byId("asof-range")) byId("asof-range").value = dayNumber(value);
    renderDesignations();
    if (byId("tab-network").classList.contains("active")) renderNetwork();
  }
  function initAsOf() {
    var lo = dayNumber(D.meta.first), hi = dayNumber(D.meta.last);
    var r = byId("asof-range");
    r.min = lo; r.max = Math.max(hi, lo + 1); r.value = hi;
    r.addEventListener("input", function () { setAsOf(isoDay(+r.value)); });
    ["asof-date", "net-asof-date"].forEach(function (id) {
      var i = byId(id);
      i.value = state.asOf;
      i.addEventListener("change", function () { if (/^\d{4}-\d{2}-\d{2}$/.test(i.value)) setAsOf(i.value); });
    });
    var sel = byId("map-org");
    var orgs = {};
    Object.keys(cellStates).forEach(function (k) { var o = k.split("|")[1]; orgs[o] = actorName(o); });
    Object.keys(orgs).sort(function (a, b) { return orgs[a].localeCompare(orgs[b]); }).forEach(function (o) {
      sel.appendChild(el("option", { value: o, text: orgs[o] }));
    });
    sel.addEventListener("change", renderMap);
    byId("map-zoom").addEventListener("change", renderMap);
    var lg = clear(byId("legend"));
    D.meta.statuses.forEach(function (s) { lg.appendChild(el("span", null, el("i", { "class": "st-" + s }), s.replace("_", " "))); });
    lg.appendChild(el("span", null, el("i", { style: "background:var(--none)" }), "no report"));
  }

  function renderDesignations() {
    var cells = currentCells(), keys = Object.keys(cells);
    var rows = {}, cols = {};
    keys.forEach(function (k) { var p = k.split("|"); rows[p[0]] = 1; cols[p[1]] = 1; });
    var byName = function (a, b) { return actorName(a).localeCompare(actorName(b)); };
    var R = Object.keys(rows).sort(byName), C = Object.keys(cols).sort(byName);
    byId("asof-label").textContent = state.asOf;
    byId("matrix-count").textContent = keys.length + " cells, " + R.length + " jurisdictions × " + C.length + " organisations";
    var box = clear(byId("matrix"));
    if (!keys.length) { box.appendChild(el("p", { "class": "muted", text: "No designation reported as of " + state.asOf + "." })); }
    else {
      var head = el("tr", null, el("th", { text: "jurisdiction \\ organisation" }));
      C.forEach(function (o) { head.appendChild(el("th", { "class": "org", title: actorName(o), text: actorName(o) })); });
      var tb = el("tbody");
      R.forEach(function (r) {
        var tr = el("tr", null, el("td", { "class": "jur", text: actorName(r) }));
        C.forEach(function (o) {
          var f = cells[r + "|" + o];
          if (!f) { tr.appendChild(el("td", { "class": "cell empty" })); return; }
          var key = r + "|" + o, disputed = f.contested;
          tr.appendChild(el("td", { "class": "cell st-" + f.s + (state.cell === key ? " sel" : "") + (disputed ? " contested" : ""),
            "data-r": r, "data-o": o, "data-status": f.s,
            title: actorName(r) + " → " + actorName(o) + ": " + f.s + " (" + (f.d || "undated") + ")" + (disputed ? "; contested by a later report" : ""),
            text: (STATUS_LETTER[f.s] || "?") + (disputed ? "!" : ""), onclick: function () { state.cell = key; renderDesignations(); } }));
        });
        tb.appendChild(tr);
      });
      box.appendChild(el("table", { "class": "matrix" }, el("thead", null, head), tb));
    }
    renderMap();
    renderCellEvidence();
    renderPressure();
  }

  function jurisdictionStatus(cells, org) {
    var out = {};  // iso3 -> {status, cells:[key]}
    Object.keys(cells).forEach(function (k) {
      var p = k.split("|"), a = D.actors[p[0]];
      if (!a || !a.c || (org && p[1] !== org)) return;
      var f = cells[k], cur = out[a.c];
      if (!cur) cur = out[a.c] = { status: f.s, keys: [] };
      cur.keys.push(k);
      if (strength(f.s) < strength(cur.status)) cur.status = f.s;
    });
    return out;
  }
  var mapBuilt = false;
  function buildMap() {
    var svg = byId("worldmap");
    if (D.map.shapes) {
      svg.setAttribute("viewBox", D.map.crop || D.map.viewBox);
      Object.keys(D.map.shapes).forEach(function (iso) {
        svg.appendChild(sv("path", { d: D.map.shapes[iso], id: "map-" + iso, "data-iso": iso }));
      });
    } else {
      svg.setAttribute("viewBox", "0 0 800 420");
      Object.keys(D.map.tiles).forEach(function (iso) {
        var t = D.map.tiles[iso], g = sv("g", { id: "map-" + iso, "data-iso": iso });
        g.appendChild(sv("rect", { "class": "tile", x: t[0] * 41 + 10, y: t[1] * 41 + 10, width: 39, height: 39, rx: 3 }));
        var lab = sv("text", { x: t[0] * 41 + 29.5, y: t[1] * 41 + 34, "text-anchor": "middle", "font-size": 10 });
        lab.textContent = iso; g.appendChild(lab); svg.appendChild(g);
      });
    }
    mapBuilt = true;
  }
  var countryNames = {};
  Object.keys(D.actors).forEach(function (id) { var a = D.actors[id]; if (a.t === "country" && a.c) countryNames[a.c] = a.n; });
  function renderMap() {
    if (!mapBuilt) buildMap();
    var cells = currentCells(), org = byId("map-org").value, js = jurisdictionStatus(cells, org);
    byId("worldmap").querySelectorAll("[data-iso]").forEach(function (node) {
      var iso = node.getAttribute("data-iso"), j = js[iso];
      var target = node.tagName.toLowerCase() === "g" ? node.querySelector("rect") : node;
      target.style.fill = j ? "var(--" + j.status + ")" : "";
      node.classList.toggle("has", !!j);
      node.onmousemove = function (ev) {
        var label = (countryNames[iso] || iso);
        if (j) label += ": " + j.keys.map(function (k) { return actorName(k.split("|")[1]) + " " + cells[k].s; }).join(", ");
        showTip(ev, label);
      };
      node.onmouseleave = hideTip;
      node.onclick = j ? function () { state.cell = j.keys[0]; renderDesignations(); } : null;
    });
    zoomMap();
  }
  // Zoom the world map to the countries with reports (a region), or show the whole world.
  function zoomMap() {
    var svg = byId("worldmap"), full = D.map.shapes ? (D.map.crop || D.map.viewBox) : "0 0 800 420";
    var has = svg.querySelectorAll(".has");
    if (!byId("map-zoom").checked || !has.length || !D.map.shapes) { svg.setAttribute("viewBox", full); return; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    has.forEach(function (p) { var b = p.getBBox(); x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y); x1 = Math.max(x1, b.x + b.width); y1 = Math.max(y1, b.y + b.height); });
    var fb = full.split(" ").map(Number), w = Math.max(x1 - x0, 300) * 1.5, h = Math.max(y1 - y0, 170) * 1.3;
    if (w / h > fb[2] / fb[3]) h = w * fb[3] / fb[2]; else w = h * fb[2] / fb[3];
    var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    var x = Math.max(fb[0], Math.min(cx - w / 2, fb[0] + fb[2] - w)), y = Math.max(fb[1], Math.min(cy - h / 2, fb[1] + fb[3] - h));
    svg.setAttribute("viewBox", [x, y, Math.min(w, fb[2]), Math.min(h, fb[3])].map(function (v) { return v.toFixed(0); }).join(" "));
  }

  function factRow(f, kind) {
    var later = !known(f);
    return el("tr", { "class": "clickable" + (later ? " later" : ""), "data-fact": f.id,
      title: later ? "reported after the as-of date" : "open the sentence in its document",
      onclick: function () { openDoc(f, kind); } },
      el("td", null, kind === "designation" ? pill(f.s) : el("b", { text: f.p })),
      el("td", { "class": "nowrap", text: f.d || "undated" }),
      el("td", { text: kind === "designation" ? actorName(f.r) + " → " + actorName(f.o) + (f.pb ? " (pressed by " + actorName(f.pb) + ")" : "")
        : names(f.src) + " → " + names(f.tgt) + (f.ctx ? ": " + f.ctx : "") }),
      el("td", { text: f.outlet || "" }),
      el("td", { "class": "small", text: sourcesText(f.q) }));
  }
  function factTable(facts, kind) {
    var tb = el("tbody");
    facts.forEach(function (f) { tb.appendChild(factRow(f, kind)); });
    return el("table", null, el("thead", null, el("tr", null, [kind === "designation" ? "status" : "type", "date", "fact", "outlet", "sources"].map(function (h) {
      return el("th", { text: h }); }))), tb);
  }
  function renderCellEvidence() {
    var box = clear(byId("cell-evidence"));
    if (!state.cell || !cellStates[state.cell]) {
      box.appendChild(el("p", { "class": "muted", text: "Click a cell of the matrix or a coloured country for its evidence." }));
      return;
    }
    var p = state.cell.split("|"), f = stateAsOf(cellStates[state.cell]);
    box.appendChild(el("h2", null, actorName(p[0]) + " → " + actorName(p[1]) + " as of " + state.asOf + ": ",
      f ? pill(f.s) : el("span", { "class": "muted", text: "no report yet" }),
      f && f.contested ? el("span", { "class": "small", style: "color:var(--designated)", text: " contested by a later report" }) : null));
    box.appendChild(el("p", { "class": "small muted", text: "History of this cell: every report, oldest first (greyed: reported after the as-of date). Click one to read it in its document." }));
    box.appendChild(factTable(cellFacts[state.cell] || [], "designation"));
  }

  // ---- document viewer ---------------------------------------------------------------------------------
  function openDoc(f, kind) {
    var doc = D.docs[f.doc];
    document.body.classList.add("with-doc");
    var head = clear(byId("dochead"));
    head.appendChild(el("button", { "class": "close", text: "close", onclick: function () { document.body.classList.remove("with-doc"); } }));
    var facts = clear(byId("docfacts")), text = clear(byId("doctext"));
    if (!doc) {
      head.appendChild(el("h2", { text: "Document " + f.doc }));
      text.appendChild(el("p", { "class": "notice", text: "This document is not embedded in the report (large store). Open it with `newsgraph serve`: /api/documents/" + f.doc }));
      return;
    }
    head.appendChild(el("h2", { text: doc.title || "(untitled)" }));
    head.appendChild(el("div", { "class": "small muted" }, [doc.outlet || "unknown outlet", doc.published || "undated", f.doc].join(" · ")));
    if (doc.url) head.appendChild(el("div", { "class": "small muted", text: doc.url }));
    if (doc.dup) head.appendChild(el("div", { "class": "small notice", text: "Near-duplicate (syndicated copy) of " + doc.dup }));
    head.appendChild(el("div", { "class": "doclegend" }, el("span", { "class": "sent", style: "background:#fff3b0", text: "sentence" }),
      el("span", { style: "background:#ffc76b", text: "trigger" }), el("span", { style: "background:#cfe3fb", text: "source" }),
      el("span", { style: "background:#d5f0d5", text: "attribution cue" })));
    // the fact and its sources
    if (kind === "evidence") facts.appendChild(el("div", null, el("b", { text: "Evidence" }), " · ", f.who || ""));
    else facts.appendChild(el("div", null, kind === "designation" ? pill(f.s) : el("b", { text: f.p + (f.cameo ? " (CAMEO " + f.cameo + ")" : "") }), " ",
      kind === "designation" ? actorName(f.r) + " → " + actorName(f.o) : names(f.src) + " → " + names(f.tgt),
      f.ctx ? ": " + f.ctx : "", " · ", f.d || "undated", f.st && f.st !== "asserted" ? " · " + f.st : ""));
    var ul = el("ul");
    sourcesOf(f.q).forEach(function (q) { ul.appendChild(el("li", { text: sourceSummary(q) + " [" + q.kind.replace("_", " ") + "]" })); });
    if (!ul.childNodes.length && kind !== "evidence") ul.appendChild(el("li", { "class": "muted", text: "no attribution recorded for this fact" }));
    if (ul.childNodes.length) facts.appendChild(el("div", { "class": "small" }, "Sources:", ul));
    // every other fact read from this document, one click away
    var others = D.designations.filter(function (x) { return x.doc === f.doc && x !== f; }).map(function (x) { return [x, "designation"]; })
      .concat(D.events.filter(function (x) { return x.doc === f.doc && x !== f; }).map(function (x) { return [x, "event"]; }));
    if (others.length) {
      var ol = el("ul", { "class": "small" });
      others.slice(0, 30).forEach(function (o) {
        var x = o[0], label = o[1] === "designation" ? actorName(x.r) + " " + x.s + " " + actorName(x.o) : names(x.src) + " " + x.p + " " + names(x.tgt) + (x.ctx ? ": " + x.ctx : "");
        ol.appendChild(el("li", null, el("a", { "class": "fact", text: label, onclick: function () { openDoc(x, o[1]); } })));
      });
      facts.appendChild(el("div", { "class": "small" }, "Also in this document:", ol));
    }
    // highlighted text, built from offsets as text nodes (the article is never parsed as HTML)
    var spans = [];
    if (f.sent) spans.push([f.sent[0], f.sent[1], "sent"]);
    if (f.trig) spans.push([f.trig[0], f.trig[1], "trig"]);
    (f.ev || []).forEach(function (id) {  // a designation shows the trigger of the event it was read from
      var e = eventsById[id];
      if (e && e.doc === f.doc && e.trig) spans.push([e.trig[0], e.trig[1], "trig"]);
    });
    sourcesOf(f.q).forEach(function (q) {
      if (q.doc !== f.doc) return;
      (q.src || []).forEach(function (s) { spans.push([s[0], s[1], "src"]); });
      if (q.cue) spans.push([q.cue[0], q.cue[1], "cue"]);
    });
    var t = doc.text, cuts = [0, t.length];
    spans.forEach(function (s) { s[0] = Math.max(0, Math.min(t.length, s[0])); s[1] = Math.max(s[0], Math.min(t.length, s[1])); cuts.push(s[0], s[1]); });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    var first = null;
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1], cls = [];
      spans.forEach(function (s) { if (s[0] <= a && b <= s[1] && cls.indexOf(s[2]) < 0) cls.push(s[2]); });
      var piece = t.slice(a, b);
      if (!cls.length) { text.appendChild(document.createTextNode(piece)); continue; }
      var node = el("span", { "class": cls.join(" "), text: piece });
      if (!first && (cls.indexOf("sent") >= 0 || cls.indexOf("trig") >= 0)) first = node;
      text.appendChild(node);
    }
    if (doc.cut) text.appendChild(el("p", { "class": "notice", text: "(text cut for the report; full text via newsgraph serve)" }));
    if (first) first.scrollIntoView({ block: "center" });
  }

  // ---- network -------------------------------------------------------------------------------------------
  var net = { built: false, scale: 1, tx: 0, ty: 0 };
  function buildNetwork() {
    var svg = byId("network"), vp = sv("g", { id: "viewport" });
    svg.appendChild(vp);
    var gl = sv("g", { "class": "links" }), gn = sv("g", { "class": "nodes" }), gt = sv("g", { "class": "labels" });
    vp.appendChild(gl); vp.appendChild(gn); vp.appendChild(gt);
    var pos = {};
    var ranked = D.network.nodes.slice().sort(function (a, b) { return b.deg - a.deg; }).slice(0, 14).map(function (n) { return n.id; });
    D.network.nodes.forEach(function (n) { pos[n.id] = n; });
    net.lines = D.network.edges.map(function (e) {
      var a = pos[e.s], b = pos[e.t];
      var line = sv("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "stroke-width": Math.min(1 + e.w * 2, 7).toFixed(1), "data-s": e.s, "data-t": e.t });
      line.addEventListener("mousemove", function (ev) {
        showTip(ev, actorName(e.s) + " → " + actorName(e.t) + ": " + e.kinds.replace(/;/g, ", ") + " (" + e.reports + " reports, weight " + e.w + ")" + (e.first ? ", " + e.first + " – " + e.last : ""));
      });
      line.addEventListener("mouseleave", hideTip);
      gl.appendChild(line);
      return { e: e, node: line };
    });
    net.circles = D.network.nodes.map(function (n) {
      var a = D.actors[n.id] || { n: n.name || n.id, t: n.type || "organization", c: n.country };
      var c = sv("circle", { cx: n.x, cy: n.y, r: (4 + 2.2 * Math.sqrt(n.deg)).toFixed(1), fill: TYPE_COLOUR[a.t] || "#8a8f99",
        "class": n.hub ? "hub" : null, "data-id": n.id });
      c.addEventListener("mousemove", function (ev) { showTip(ev, a.n + " (" + a.t + (a.c ? ", " + a.c : "") + "): weighted degree " + n.deg + (n.hub ? " · hub" : "") + (n.broker ? " · broker" : "") + (D.network.hub_reasons[n.id] || D.network.broker_reasons[n.id] ? " — " + (D.network.hub_reasons[n.id] || D.network.broker_reasons[n.id]) : "")); });
      c.addEventListener("mouseleave", hideTip);
      c.addEventListener("click", function (ev) { ev.stopPropagation(); state.node = n.id; renderNetwork(); });
      gn.appendChild(c);
      var label = null;
      if (n.hub || n.broker || ranked.indexOf(n.id) >= 0) {
        label = sv("text", { x: n.x + 8, y: n.y + 4, "font-weight": n.hub ? 700 : 400 });
        label.textContent = a.n;
        gt.appendChild(label);
      }
      return { n: n, node: c, label: label };
    });
    // pan and zoom
    var drag = null;
    svg.addEventListener("pointerdown", function (ev) { if (ev.target.tagName === "circle") return; drag = { x: ev.clientX, y: ev.clientY, tx: net.tx, ty: net.ty }; svg.setPointerCapture(ev.pointerId); });
    svg.addEventListener("pointermove", function (ev) { if (!drag) return; var k = 1000 / svg.clientWidth; net.tx = drag.tx + (ev.clientX - drag.x) * k; net.ty = drag.ty + (ev.clientY - drag.y) * k; applyView(); });
    svg.addEventListener("pointerup", function (ev) { if (drag && Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) < 3) { state.node = null; renderNetwork(); } drag = null; });
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var r = svg.getBoundingClientRect(), k = 1000 / r.width, mx = (ev.clientX - r.left) * k, my = (ev.clientY - r.top) * k;
      var f = ev.deltaY < 0 ? 1.15 : 1 / 1.15, s = Math.max(0.3, Math.min(8, net.scale * f));
      net.tx = mx - (mx - net.tx) * s / net.scale; net.ty = my - (my - net.ty) * s / net.scale; net.scale = s; applyView();
    }, { passive: false });
    byId("net-reset").addEventListener("click", function () { net.scale = 1; net.tx = 0; net.ty = 0; applyView(); });
    byId("net-find").addEventListener("change", function () {
      var q = byId("net-find").value.toLowerCase();
      var hit = D.network.nodes.filter(function (n) { return actorName(n.id).toLowerCase().indexOf(q) >= 0; })[0];
      if (hit) { state.node = hit.id; renderNetwork(); }
    });
    var hl = clear(byId("hubs"));
    [["Hubs (most weighted ties)", D.network.hubs, D.network.hub_reasons],
     ["Brokers (highest betweenness)", D.network.brokers, D.network.broker_reasons]].forEach(function (x) {
      hl.appendChild(el("h3", { text: x[0] }));
      var ol = el("ol");
      x[1].forEach(function (id) { ol.appendChild(el("li", null, el("a", { "class": "fact", text: actorName(id), onclick: function () { state.node = id; renderNetwork(); } }),
        x[2][id] ? el("div", { "class": "small muted", text: x[2][id] }) : null)); });
      if (!x[1].length) ol.appendChild(el("li", { "class": "muted", text: "none" }));
      hl.appendChild(ol);
    });
    hl.appendChild(el("h3", { text: "Permissive jurisdictions" }));
    if (!D.network.permissive.length) hl.appendChild(el("p", { "class": "small muted", text: "None in the reporting: no country shows designated groups or their sponsors present without designating them." }));
    D.network.permissive.forEach(function (p) {
      var box = el("div", { "class": "permissive" }, el("b", null, el("a", { "class": "fact", text: p.name, onclick: function () { state.node = p.id; renderNetwork(); } })),
        el("span", { "class": "small muted", text: " score " + p.score }));
      var ul = el("ul", { "class": "small" });
      p.reasons.forEach(function (r) { ul.appendChild(el("li", { text: r })); });
      p.evidence.forEach(function (e) {
        ul.appendChild(el("li", null, el("a", { "class": "fact", text: (e.outlet || "source") + (e.published ? ", " + e.published.slice(0, 10) : ""),
          onclick: function () { openDoc({ doc: e.doc, sent: e.sent, who: e.who }, "evidence"); } })));
      });
      box.appendChild(ul);
      hl.appendChild(box);
    });
    net.built = true;
  }
  function applyView() { byId("viewport").setAttribute("transform", "translate(" + net.tx + "," + net.ty + ") scale(" + net.scale + ")"); }
  function renderNetwork() {
    if (!net.built) buildNetwork();
    var visible = {}, neighbours = {};
    net.lines.forEach(function (l) {
      var on = !state.asOf || (l.e.first || "") <= state.asOf;
      l.node.style.display = on ? "" : "none";
      if (on) { visible[l.e.s] = visible[l.e.t] = 1; }
      if (on && state.node && (l.e.s === state.node || l.e.t === state.node)) { neighbours[l.e.s] = neighbours[l.e.t] = 1; }
      l.node.classList.toggle("hot", !!state.node && on && (l.e.s === state.node || l.e.t === state.node));
      l.node.classList.toggle("dim", !!state.node && !(l.e.s === state.node || l.e.t === state.node));
    });
    net.circles.forEach(function (c) {
      var on = !!visible[c.n.id];
      c.node.style.display = on ? "" : "none";
      if (c.label) c.label.style.display = on ? "" : "none";
      var dim = !!state.node && !neighbours[c.n.id];
      c.node.classList.toggle("dim", dim);
      if (c.label) c.label.classList.toggle("dim", dim);
    });
    byId("net-count").textContent = Object.keys(visible).length + " actors, " + net.lines.filter(function (l) { return l.node.style.display !== "none"; }).length + " ties as of " + state.asOf +
      " (of " + D.network.total_nodes + " actors, " + D.network.total_edges + " ties in the store" + (D.network.dropped ? "; " + D.network.dropped + " actors in isolated pairs left out" : "") + ")";
    renderNodeDetail();
  }
  function renderNodeDetail() {
    var box = clear(byId("node-detail"));
    if (!state.node) { box.appendChild(el("p", { "class": "muted", text: "Click an actor for its ties and the events behind them. Drag to pan, wheel to zoom." })); return; }
    var n = D.network.nodes.filter(function (x) { return x.id === state.node; })[0] || {};
    var a = D.actors[state.node] || { n: n.name || state.node, t: n.type || "?", c: n.country };
    box.appendChild(el("h2", { text: a.n }));
    box.appendChild(el("p", { "class": "small muted", text: [a.t, a.c, "weighted degree " + n.deg, n.hub ? "hub" : "", n.broker ? "broker" : "", D.network.hub_reasons[state.node], D.network.broker_reasons[state.node]].filter(Boolean).join(" · ") }));
    var ties = el("tbody");
    D.network.edges.filter(function (e) { return e.s === state.node || e.t === state.node; }).sort(function (x, y) { return y.w - x.w; }).forEach(function (e) {
      ties.appendChild(el("tr", null, el("td", { text: actorName(e.s) + " → " + actorName(e.t) }), el("td", { text: e.kinds.replace(/;/g, ", ") }),
        el("td", { "class": "num", text: e.reports }), el("td", { "class": "num", text: e.w }), el("td", { text: e.first ? e.first + " – " + e.last : "knowledge base" })));
    });
    box.appendChild(el("h3", { text: "Ties" }));
    box.appendChild(el("table", null, el("thead", null, el("tr", null, ["tie", "kinds", "reports", "weight", "dates"].map(function (h, i) { return el("th", { "class": i === 2 || i === 3 ? "num" : null, text: h }); }))), ties));
    var evs = D.events.filter(function (e) { return known(e) && (e.src.indexOf(state.node) >= 0 || e.tgt.indexOf(state.node) >= 0); });
    box.appendChild(el("h3", { text: "Events (" + evs.length + " embedded)" }));
    box.appendChild(factTable(evs.slice(0, 200), "event"));
  }

  // ---- timelines ---------------------------------------------------------------------------------------
  function timelineEntries(id) {
    var out = [];
    D.events.forEach(function (e) { if (e.src.indexOf(id) >= 0 || e.tgt.indexOf(id) >= 0) out.push({ f: e, kind: "event", lane: e.p }); });
    D.designations.forEach(function (f) { if (f.r === id || f.o === id || f.pb === id) out.push({ f: f, kind: "designation", lane: "DESIGNATION" }); });
    out.sort(function (a, b) { return (a.f.d || "").localeCompare(b.f.d || ""); });
    return out;
  }
  function initTimelines() {
    var sel = byId("timeline-actor"), ids = D.timeline_actors.slice();
    D.designations.forEach(function (f) { [f.r, f.o].forEach(function (x) { if (ids.indexOf(x) < 0) ids.push(x); }); });
    var other = byId("timeline-other");
    ids.forEach(function (id) {
      sel.appendChild(el("option", { value: id, text: actorName(id) }));
      other.appendChild(el("option", { value: id, text: actorName(id) }));
    });
    sel.addEventListener("change", function () { state.actor = sel.value; renderTimeline(); });
    other.addEventListener("change", renderTimeline);
  }
  function renderTimeline() {
    var sel = byId("timeline-actor");
    if (!state.actor) state.actor = sel.value;
    sel.value = state.actor;
    var other = byId("timeline-other").value;
    var entries = timelineEntries(state.actor).filter(function (x) {
      if (!x.f.d) return false;
      if (!other || other === state.actor) return true;  // a pair: facts involving both
      var f = x.f, ids = x.kind === "designation" ? [f.r, f.o, f.pb] : f.src.concat(f.tgt);
      return ids.indexOf(other) >= 0;
    });
    var lanes = [];
    entries.forEach(function (x) { if (lanes.indexOf(x.lane) < 0) lanes.push(x.lane); });
    var svg = clear(byId("timeline-svg")), W = 1000, L = 110, laneH = 26, H = 40 + lanes.length * laneH;
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    byId("timeline-count").textContent = entries.length + " dated facts";
    if (!entries.length) {
      clear(byId("timeline-list")).appendChild(el("p", { "class": "muted", text: "No dated fact involves " + actorName(state.actor) + (other ? " and " + actorName(other) : "") + " in this report." }));
      return;
    }
    var lo = dayNumber(entries[0].f.d), hi = dayNumber(entries[entries.length - 1].f.d);
    if (hi - lo < 30) { lo -= 15; hi += 15; }
    var x = function (d) { return L + (W - L - 20) * (dayNumber(d) - lo) / (hi - lo); };
    var axis = sv("g", { "class": "axis" });
    var y0 = new Date(lo * 86400000).getUTCFullYear(), y1 = new Date(hi * 86400000).getUTCFullYear();
    var step = Math.max(1, Math.ceil((y1 - y0 + 1) / 10));
    for (var y = y0; y <= y1 + 1; y += step) {
      var xx = x(y + "-01-01");
      if (xx < L || xx > W - 10) continue;
      axis.appendChild(sv("line", { x1: xx, x2: xx, y1: 10, y2: H - 18, stroke: "#e1e6ec" }));
      var tl = sv("text", { x: xx + 3, y: H - 6 }); tl.textContent = String(y); axis.appendChild(tl);
    }
    svg.appendChild(axis);
    lanes.forEach(function (lane, i) {
      var g = sv("g", { "class": "lane" }), yy = 22 + i * laneH;
      g.appendChild(sv("line", { x1: L, x2: W - 10, y1: yy, y2: yy, stroke: "#eef1f5" }));
      var t = sv("text", { x: 6, y: yy + 4 }); t.textContent = lane.toLowerCase(); g.appendChild(t);
      svg.appendChild(g);
    });
    var stacked = {};  // same lane and day: spread the marks sideways so each stays clickable
    entries.forEach(function (x0) {
      var slot = x0.lane + "|" + x0.f.d, k = stacked[slot] = (stacked[slot] || 0) + 1;
      var yy = 22 + lanes.indexOf(x0.lane) * laneH, cx = x(x0.f.d) + (k - 1) * 9, m;
      var colour = x0.kind === "designation" ? "var(--" + x0.f.s + ")" : (PLOVER_COLOUR[x0.lane] || "#555");
      if (x0.kind === "designation") m = sv("rect", { x: cx - 5, y: yy - 5, width: 10, height: 10, transform: "rotate(45 " + cx + " " + yy + ")", style: "fill:" + colour });
      else m = sv("circle", { cx: cx, cy: yy, r: 5.5, fill: colour, "fill-opacity": 0.85 });
      m.setAttribute("class", "mark");
      var label = x0.f.d + " · " + (x0.kind === "designation" ? actorName(x0.f.r) + " " + x0.f.s + " " + actorName(x0.f.o)
        : names(x0.f.src) + " " + x0.f.p + " " + names(x0.f.tgt)) + " · " + (x0.f.outlet || "");
      m.addEventListener("mousemove", function (ev) { showTip(ev, label); });
      m.addEventListener("mouseleave", hideTip);
      m.addEventListener("click", function () { openDoc(x0.f, x0.kind); });
      svg.appendChild(m);
    });
    var box = clear(byId("timeline-list"));
    var tb = el("tbody");
    entries.slice().reverse().forEach(function (x0) { tb.appendChild(factRow(x0.f, x0.kind)); });
    box.appendChild(el("table", null, el("thead", null, el("tr", null, ["type", "date", "fact", "outlet", "sources"].map(function (h) { return el("th", { text: h }); }))), tb));
  }

  // ---- all facts ----------------------------------------------------------------------------------------
  function initFacts() {
    var sel = byId("fact-type");
    D.summary.event_types.forEach(function (t) { sel.appendChild(el("option", { value: t[0], text: t[0] })); });
    sel.addEventListener("change", renderFacts);
    byId("fact-filter").addEventListener("input", renderFacts);
  }
  function renderFacts() {
    var q = byId("fact-filter").value.toLowerCase(), type = byId("fact-type").value;
    var evs = D.events.filter(function (e) {
      if (type && e.p !== type) return false;
      if (!q) return true;
      return (names(e.src) + " " + names(e.tgt) + " " + (e.ctx || "") + " " + (e.outlet || "")).toLowerCase().indexOf(q) >= 0;
    }).sort(function (a, b) { return (b.d || "").localeCompare(a.d || ""); });
    byId("fact-count").textContent = evs.length + " of " + D.events.length + " embedded events (" + fmt(D.meta.counts.events) + " in the store)";
    clear(byId("fact-list")).appendChild(factTable(evs.slice(0, 400), "event"));
    renderStories(q);
    var ds = D.designations.filter(function (f) {
      return !q || (actorName(f.r) + " " + actorName(f.o) + " " + f.s + " " + (f.outlet || "")).toLowerCase().indexOf(q) >= 0;
    }).slice().reverse();
    clear(byId("desig-list")).appendChild(factTable(ds.slice(0, 400), "designation"));
  }

  var LEVEL_COLOUR = { strong: "#2e7d4f", moderate: "#5b8fc7", weak: "#b08a2e", "single report": "#8d99a6", contested: "#b3261e" };
  // The analysis labels each story (newsgraph.analyze.stories.story_label: "(pressed by ...)" from pressed_by only).
  function storyTitle(x) {
    if (x.label) return x.label;
    return (x.src.join(", ") || "?") + " " + (x.p || "?") + " " + (x.tgt.join(", ") || "?") + (x.ctx ? ": " + x.ctx : "") + (x.status !== "asserted" ? " [" + x.status + "]" : "");
  }
  function renderStories(q) {
    var list = D.stories.filter(function (x) { return !q || (storyTitle(x) + " " + x.outlets.join(" ")).toLowerCase().indexOf(q) >= 0; });
    var tb = el("tbody");
    list.slice(0, 200).forEach(function (x) {
      var c = x.corr || { level: "?", score: 0 };
      tb.appendChild(el("tr", { "class": "clickable", "data-story": x.id, onclick: function () { renderStoryDetail(x); } },
        el("td", { text: x.d || "undated" }), el("td", { text: storyTitle(x) }),
        el("td", null, el("span", { "class": "pill", style: "background:" + (LEVEL_COLOUR[c.level] || "#666"), text: c.level }), " ", el("span", { "class": "small muted", text: c.score.toFixed(2) })),
        el("td", { "class": "num", text: x.outlets.length }), el("td", { "class": "num", text: x.n_reports + (x.syndicated ? " (" + x.syndicated + " copies)" : "") })));
    });
    var box = clear(byId("story-list"));
    if (!D.stories.length) { box.appendChild(el("p", { "class": "muted", text: "No story events embedded (none found, or the store is too big: run `newsgraph stories`)." })); return; }
    box.appendChild(el("table", null, el("thead", null, el("tr", null, ["date", "story", "corroboration", "outlets", "reports"].map(function (h, i) {
      return el("th", { "class": i > 2 ? "num" : null, text: h }); }))), tb));
  }
  function evidenceLink(r, label) {
    return el("a", { "class": "fact", text: label, onclick: function () { openDoc({ doc: r.doc, sent: r.sent, who: r.who }, "evidence"); } });
  }
  function renderStoryDetail(x) {
    var box = clear(byId("story-detail")), c = x.corr;
    box.appendChild(el("h3", { text: storyTitle(x) }));
    if (c) {
      box.appendChild(el("p", { "class": "small" }, "Corroboration: ", el("b", { text: c.level + " (" + c.score.toFixed(2) + ")" }),
        " · " + c.outlets + " independent outlet(s) · " + c.named + " named source(s) · " + c.anonymous + " anonymous · official confirmation: " + (c.official ? "yes" : "no") +
        " · denials " + c.denials + " · declined " + c.declined + " · no response " + c.no_response));
      var ul = el("ul", { "class": "small" });
      c.reasons.forEach(function (r) { ul.appendChild(el("li", { text: r })); });
      box.appendChild(ul);
    }
    if (x.contra.length) {
      box.appendChild(el("h3", { text: "Contradictions" }));
      var cl = el("ul", { "class": "small" });
      x.contra.forEach(function (k) {
        cl.appendChild(el("li", null, el("b", { text: k.kind }), ": " + k.note + " — ", evidenceLink(k.claim, "claim (" + (k.claim.outlet || "") + ")"), " vs ",
          evidenceLink(k.counter, "counter (" + (k.counter.outlet || "") + ")")));
      });
      box.appendChild(cl);
    }
    box.appendChild(el("h3", { text: "Reports (" + x.n_reports + ")" }));
    var rl = el("ul", { "class": "small" });
    x.reports.forEach(function (r) {
      rl.appendChild(el("li", null, evidenceLink(r, (r.outlet || "unknown outlet") + ", " + (r.published || "undated").slice(0, 10)),
        " · " + r.status + " · " + r.who + (r.syn ? " · syndicated copy of " + r.syn : "")));
    });
    box.appendChild(rl);
  }

  function renderPressure() {
    var box = clear(byId("pressure-list"));
    if (!D.pressure.length) { box.appendChild(el("p", { "class": "muted", text: "No pressure campaign in the reporting (or not computed for a store this big: `newsgraph pressure`)." })); return; }
    var tb = el("tbody");
    D.pressure.forEach(function (c) {
      var started = !state.asOf || (c.first || "") <= state.asOf;
      tb.appendChild(el("tr", { "class": "clickable" + (started ? "" : " later"), onclick: function () { renderPressureDetail(c); } },
        el("td", { text: c.presser + " → " + c.pressed }), el("td", { text: c.about.join("; ") }),
        el("td", { "class": "nowrap", text: (c.first || "?") + (c.last && c.last !== c.first ? " – " + c.last : "") }),
        el("td", { "class": "num", text: c.steps.length }), el("td", { "class": "small", text: c.outcome.join("; ") || "none reported" })));
    });
    box.appendChild(el("table", null, el("thead", null, el("tr", null, ["campaign", "about", "dates", "steps", "outcome (designations since)"].map(function (h, i) {
      return el("th", { "class": i === 3 ? "num" : null, text: h }); }))), tb));
  }
  function renderPressureDetail(c) {
    var box = clear(byId("pressure-detail"));
    box.appendChild(el("h3", { text: c.presser + " → " + c.pressed }));
    var ul = el("ul", { "class": "small" });
    c.steps.forEach(function (st) {
      var li = el("li", { "class": !state.asOf || (st.d || "") <= state.asOf ? null : "later" }, el("b", { text: st.d || "undated" }), " · " + st.kind + (st.about ? ": " + st.about : "") + " · ");
      st.ev.forEach(function (e, i) { if (i) li.appendChild(document.createTextNode(", ")); li.appendChild(evidenceLink(e, (e.outlet || "source") + (e.published ? " " + e.published.slice(0, 10) : ""))); });
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  renderers = { overview: renderOverview, designations: renderDesignations, network: renderNetwork,
    timelines: renderTimeline, facts: renderFacts };
  // the document panel opens below the header, so the tabs stay usable while reading
  function fitPanel() { document.documentElement.style.setProperty("--headh", document.querySelector("header").offsetHeight + "px"); }
  window.addEventListener("resize", fitPanel);
  fitPanel();
  initAsOf();
  initTimelines();
  initFacts();
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") document.body.classList.remove("with-doc"); });
  showTab("overview");
  renderDesignations();
  document.body.setAttribute("data-ready", "1");
})();
