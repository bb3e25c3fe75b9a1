// sitrep's page: vanilla JS over the JSON API of the same server. No data is ever put into the page
// as HTML: every value goes through textContent or an attribute, so a document cannot inject markup.
"use strict";

const PAGE = 50;
const state = {
  info: { types: [], modes: [] },
  filters: {},
  eventsOffset: 0,
  documentsOffset: 0,
};

// PLOVER types in the ontology's order, cooperative (blue/green) to conflictual (orange/red).
const TYPE_COLORS = {
  AGREE: "#1f5fa8", CONSULT: "#3a7dc9", SUPPORT: "#5d9bd9", CONCEDE: "#86b7e3",
  COOPERATE: "#2a8c6e", AID: "#3fae86", RETREAT: "#88cdb0", REQUEST: "#a3a3c2",
  ACCUSE: "#e0a53a", REJECT: "#d98c2b", THREATEN: "#d4702a", PROTEST: "#c9582b",
  SANCTION: "#b8432c", MOBILIZE: "#a8322e", COERCE: "#8f2430", ASSAULT: "#6e1a2b",
};

// -- small helpers ---------------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const $ = (selector) => document.querySelector(selector);

function showError(message) {
  const box = $("#error");
  box.textContent = message;
  box.hidden = !message;
}

async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : response.statusText;
    throw new Error(`${response.status}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined) q.set(key, value);
  }
  return q.toString();
}

function actorLabel(code, name) {
  if (!code) return "—";
  return name && name !== code ? `${code} (${name})` : code;
}

function shorten(text, n) {
  if (!text) return "";
  return text.length > n ? text.slice(0, n - 1) + "…" : text;
}

function typeBadge(type) {
  return el("span", { class: "badge", style: `--c:${TYPE_COLORS[type] || "#666"}`, text: type });
}

function modeBadge(mode) {
  return el("span", { class: `mode mode-${mode}`, text: mode });
}

// -- filters ---------------------------------------------------------------------------------------
function readFilters() {
  const get = (id) => $(id).value.trim();
  return {
    source: get("#f-source").toUpperCase(), target: get("#f-target").toUpperCase(),
    type: get("#f-type"), mode: get("#f-mode"), since: get("#f-since"), until: get("#f-until"),
    q: get("#f-q"), by: get("#f-by"),
  };
}

function fillSelect(select, values) {
  for (const value of values) select.append(el("option", { value, text: value }));
}

// -- events and the dyad timeline ------------------------------------------------------------------
async function loadEvents() {
  const f = state.filters;
  const params = { source: f.source, target: f.target, type: f.type, mode: f.mode, since: f.since,
                   until: f.until, q: f.q, limit: PAGE, offset: state.eventsOffset };
  const page = await api(`/api/events?${query(params)}`);
  const body = $("#events-table tbody");
  body.replaceChildren();
  for (const e of page.items) {
    body.append(el("tr", {},
      el("td", { class: "nowrap", text: e.date || "undated" }),
      el("td", { title: e.source_name || "" , text: e.source || "—" }),
      el("td", {}, typeBadge(e.type)),
      el("td", {}, modeBadge(e.mode)),
      el("td", { title: e.target_name || "", text: e.target || "—" }),
      el("td", { class: "evidence" },
        el("a", { href: `#event/${encodeURIComponent(e.id)}`, class: "event-link",
                  "aria-label": `Open ${e.type} event: ${shorten(e.evidence, 80)}` },
           shorten(e.evidence || "(no evidence)", 160))),
      el("td", { class: "wide-only", text: e.publisher || "" }),
    ));
  }
  if (!page.items.length) {
    body.append(el("tr", {}, el("td", { colspan: 7, class: "empty", text: "No events match these filters." })));
  }
  const what = [f.source && `source ${f.source}`, f.target && `target ${f.target}`, f.type, f.mode,
                f.q && `“${f.q}”`].filter(Boolean).join(", ");
  $("#events-note").textContent = what ? `Filtered by ${what}.` : "All events, oldest first.";
  pager("#events-pager", page, (offset) => { state.eventsOffset = offset; guard(loadEvents); });
}

function pager(selector, page, go) {
  const box = $(selector);
  const first = page.items.length ? page.offset + 1 : 0;
  box.querySelector(".pages").textContent = `rows ${first}–${page.offset + page.items.length}`;
  const [prev, next] = box.querySelectorAll("button");
  prev.disabled = page.offset === 0;
  next.disabled = !page.has_more;
  prev.onclick = () => go(Math.max(0, page.offset - page.limit));
  next.onclick = () => go(page.offset + page.limit);
}

async function loadDyad() {
  const f = state.filters;
  const panel = $("#dyad");
  if (!f.source || !f.target) {
    panel.hidden = true;
    return;
  }
  const data = await api(`/api/dyad?${query({ a: f.source, b: f.target, by: f.by, since: f.since, until: f.until })}`);
  panel.hidden = false;
  $("#h-dyad").textContent = `Timeline: ${data.a} ↔ ${data.b}, by ${data.by}`;
  const periods = data.periods;
  const total = periods.reduce((n, p) => n + p.events, 0);
  $("#dyad-note").textContent = periods.length
    ? `${total} dated events in both directions over ${periods.length} period(s). Bars count events per type; the line is the cooperation/conflict score of asserted events (Goldstein, −10 … +10).`
    : "No dated events between these two actors.";
  const rows = $("#dyad-table tbody");
  rows.replaceChildren();
  for (const p of periods) {
    const types = Object.entries(p.types).map(([t, n]) => `${t} ${n}`).join(", ");
    rows.append(el("tr", {}, el("td", { text: p.period }), el("td", { text: p.events }),
      el("td", { text: p.cooperation }), el("td", { text: p.conflict }),
      el("td", { text: p.score === null ? "—" : p.score.toFixed(2) }), el("td", { text: types })));
  }
  await drawDyad(periods);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MAX_FILLED = 400;

function periodLabel(iso, by) {
  const [y, m] = iso.split("-");
  if (by === "year") return y;
  if (by === "month") return `${MONTHS[Number(m) - 1]} ${y}`;
  return by === "week" ? `week of ${iso}` : iso;
}

function nextPeriod(iso, by) {
  const d = new Date(`${iso}T00:00:00Z`);
  if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

// Every period from the first to the last, quiet ones with no events, so gaps show as gaps.
function filledPeriods(periods, by) {
  if (!periods.length) return [];
  const known = Object.fromEntries(periods.map((p) => [p.period, p]));
  const out = [];
  for (let iso = periods[0].period; iso <= periods[periods.length - 1].period; iso = nextPeriod(iso, by)) {
    if (out.length > MAX_FILLED) return periods;
    out.push(known[iso] || { period: iso, events: 0, types: {}, score: null });
  }
  return out;
}

// plotly.js (served by this server from the installed `plotly` package) loads on the first chart only
let plotlyLoading = null;
function loadPlotly() {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (!plotlyLoading) {
    plotlyLoading = new Promise((resolve, reject) => {
      const script = el("script", { src: "/vendor/plotly.min.js" });
      script.onload = () => resolve(window.Plotly);
      script.onerror = () => { plotlyLoading = null; reject(new Error("the chart library did not load")); };
      document.head.append(script);
    });
  }
  return plotlyLoading;
}

async function drawDyad(periods) {
  const chart = $("#dyad-chart");
  try {
    await loadPlotly();
  } catch (err) {
    chart.textContent = "The chart library did not load; see the table below.";
    return;
  }
  const by = state.filters.by || "month";
  const all = filledPeriods(periods, by);
  const x = all.map((p) => periodLabel(p.period, by));
  const present = state.info.types.filter((t) => all.some((p) => p.types[t]));
  const traces = present.map((t) => ({
    type: "bar", name: t, x, y: all.map((p) => p.types[t] || 0),
    marker: { color: TYPE_COLORS[t] }, hovertemplate: `${t}: %{y}<extra>%{x}</extra>`,
  }));
  traces.push({
    type: "scatter", mode: "lines+markers", name: "score", x, yaxis: "y2",
    y: all.map((p) => p.score), connectgaps: true,
    line: { color: "#222", width: 2 }, marker: { size: 8 },
    hovertemplate: "score %{y:.2f}<extra>%{x}</extra>",
  });
  const extra = Math.max(0, (8 - all.length) / 2);  // a lone period gets a bar, not the whole width
  const layout = {
    barmode: "stack", bargap: 0.25, margin: { l: 48, r: 56, t: 12, b: 48 }, height: 320,
    legend: { orientation: "h", y: -0.22 },
    xaxis: { type: "category", automargin: true, range: [-0.5 - extra, all.length - 0.5 + extra],
             fixedrange: all.length < 30 },
    yaxis: { title: { text: "events" }, rangemode: "tozero", fixedrange: true },
    yaxis2: { title: { text: "score" }, overlaying: "y", side: "right",
              range: [-10.5, 10.5], tickvals: [-10, -5, 0, 5, 10], zeroline: true, fixedrange: true,
              showgrid: false },
    paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
  };
  await Plotly.react(chart, traces, layout, { displaylogo: false, responsive: true });
}

// -- network ---------------------------------------------------------------------------------------
async function loadNetwork() {
  const f = state.filters;
  const data = await api(`/api/network?${query({ since: f.since, until: f.until })}`);
  const chart = $("#network-chart");
  $("#network-note").textContent = data.nodes.length
    ? `${data.nodes.length} actors, ${data.edges.length} links${data.truncated ? " (the heaviest shown)" : ""}.`
    : "No events with both a source and a target yet.";
  try {
    await loadPlotly();
  } catch (err) {
    chart.textContent = "The chart library did not load.";
    return;
  }
  const at = Object.fromEntries(data.nodes.map((n) => [n.code, n]));
  const lines = (keep) => {
    const xs = [], ys = [];
    for (const e of data.edges.filter(keep)) {
      xs.push(at[e.source].x, at[e.target].x, null);
      ys.push(at[e.source].y, at[e.target].y, null);
    }
    return { xs, ys };
  };
  const coop = lines((e) => e.goldstein >= 0);
  const conf = lines((e) => e.goldstein < 0);
  const edgeHover = data.edges.map((e) => ({
    x: (at[e.source].x + at[e.target].x) / 2, y: (at[e.source].y + at[e.target].y) / 2,
    text: `${e.source} → ${e.target}: ${e.weight} event(s), score ${e.goldstein}<br>` +
          Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(", "),
  }));
  const traces = [
    { type: "scatter", mode: "lines", x: coop.xs, y: coop.ys, hoverinfo: "skip", name: "cooperative",
      line: { color: "rgba(31,95,168,0.55)", width: 2 } },
    { type: "scatter", mode: "lines", x: conf.xs, y: conf.ys, hoverinfo: "skip", name: "conflictual",
      line: { color: "rgba(184,67,44,0.6)", width: 2 } },
    { type: "scatter", mode: "markers", x: edgeHover.map((h) => h.x), y: edgeHover.map((h) => h.y),
      text: edgeHover.map((h) => h.text), hoverinfo: "text", marker: { size: 6, color: "rgba(0,0,0,0.15)" },
      name: "links", showlegend: false },
    { type: "scatter", mode: "markers+text", name: "actors",
      x: data.nodes.map((n) => n.x), y: data.nodes.map((n) => n.y),
      text: data.nodes.map((n) => n.code), textposition: "top center", customdata: data.nodes.map((n) => n.code),
      hovertext: data.nodes.map((n) => `${n.name} (${n.code}): ${n.events} event(s)`), hoverinfo: "text",
      marker: { size: data.nodes.map((n) => 8 + 4 * Math.sqrt(n.events)), color: "#f4c542",
                line: { color: "#333", width: 1 } } },
  ];
  const layout = {
    margin: { l: 10, r: 10, t: 10, b: 10 }, height: 520, showlegend: true, legend: { orientation: "h" },
    xaxis: { visible: false }, yaxis: { visible: false }, hovermode: "closest",
    paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
  };
  await Plotly.react(chart, traces, layout, { displaylogo: false, responsive: true });
  chart.removeAllListeners && chart.removeAllListeners("plotly_click");
  chart.on("plotly_click", (ev) => {
    const point = ev.points && ev.points[0];
    if (!point || !point.customdata) return;
    $("#f-source").value = point.customdata;
    $("#f-target").value = "";
    applyFilters();
  });
}

// -- documents -------------------------------------------------------------------------------------
async function loadDocuments() {
  const f = state.filters;
  const page = await api(`/api/documents?${query({ since: f.since, until: f.until, q: f.q, limit: PAGE,
                                                    offset: state.documentsOffset })}`);
  const body = $("#documents-table tbody");
  body.replaceChildren();
  for (const d of page.items) {
    body.append(el("tr", {},
      el("td", { class: "nowrap", text: d.published || "undated" }),
      el("td", {}, el("a", { href: `#document/${encodeURIComponent(d.id)}` }, d.title || d.id)),
      el("td", { class: "wide-only", text: d.publisher || "" }),
      el("td", { text: d.events }),
      el("td", { class: "wide-only" }, d.duplicate_of
        ? el("a", { href: `#document/${encodeURIComponent(d.duplicate_of)}`, text: d.duplicate_of }) : ""),
    ));
  }
  if (!page.items.length) {
    body.append(el("tr", {}, el("td", { colspan: 5, class: "empty", text: "No documents match." })));
  }
  pager("#documents-pager", page, (offset) => { state.documentsOffset = offset; guard(loadDocuments); });
}

// -- highlighted text ------------------------------------------------------------------------------
function describe(ev) {
  // one line per event for a highlight's hover: type, mode, actors, speaker, attribution
  const source = ev.source && typeof ev.source === "object" ? ev.source.code : ev.source;
  const target = ev.target && typeof ev.target === "object" ? ev.target.code : ev.target;
  const attributed = ev.attributed_to && typeof ev.attributed_to === "object"
    ? actorLabel(ev.attributed_to.code, ev.attributed_to.name) : actorLabel(ev.attributed_to, ev.attributed_name);
  const parts = [`${ev.type} (${ev.mode}): ${source || "?"} → ${target || "?"}`];
  parts.push(`speaker: ${ev.speaker || "—"}`);
  parts.push(`attributed to: ${ev.attributed_to ? attributed : "—"}`);
  return parts.join("; ");
}

// Wrap every evidence span of `spans` ({start, end, event, current}) found in `text` in a <mark>;
// overlapping spans split the text at every boundary, and a piece inside several spans lists them all.
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = el("div", { class: "doctext" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const over = valid.filter((s) => s.start <= a && s.end >= b);
    if (!over.length) {
      out.append(piece);
      continue;
    }
    const current = over.some((s) => s.current);
    const tip = over.map((s) => describe(s.event)).join("\n");
    out.append(el("mark", {
      class: `hl${over.length > 1 ? " multi" : ""}${current ? " current" : ""}`,
      style: `--c:${TYPE_COLORS[over[0].event.type] || "#888"}`,
      title: tip, tabindex: 0, "data-types": over.map((s) => s.event.type).join(" "),
      onfocus: () => { $("#span-status") && ($("#span-status").textContent = tip); },
      onmouseenter: () => { $("#span-status") && ($("#span-status").textContent = tip); },
    }, piece));
  }
  return out;
}

// The sections of a document (title, subtitle, text), each with its spans highlighted.
function documentBody(doc, events, currentId) {
  const bySection = { title: [], subtitle: [], text: [] };
  for (const ev of events) {
    const spans = ev.evidence_spans;
    for (const s of spans) {
      (bySection[s.section] || (bySection[s.section] = [])).push(
        { start: s.start, end: s.end, event: ev, current: currentId !== undefined && ev.id === currentId });
    }
  }
  const box = el("article", { class: "document", "aria-label": "Document text with evidence highlighted" });
  if (doc.title) box.append(el("h3", { class: "doctitle" }, highlighted(doc.title, bySection.title)));
  if (doc.subtitle) box.append(el("p", { class: "docsub" }, highlighted(doc.subtitle, bySection.subtitle)));
  box.append(highlighted(doc.text || "", bySection.text));
  return box;
}

function meta(items) {
  const dl = el("dl", { class: "meta" });
  for (const [key, value] of items) {
    if (value === null || value === undefined || value === "") continue;
    dl.append(el("dt", { text: key }), el("dd", {}, value));
  }
  return dl;
}

function storedEvents(events) {
  // ledger events carry `evidence` as a list of spans; the renderer wants `evidence_spans`
  return events.map((e) => ({ ...e, evidence_spans: e.evidence || [] }));
}

function eventsList(events, linkable) {
  const table = el("table", { class: "rows compact" },
    el("thead", {}, el("tr", {}, ["Source", "Type", "Mode", "Target", "Speaker", "Evidence"].map(
      (h) => el("th", { scope: "col", text: h })))));
  const body = el("tbody");
  for (const e of events) {
    const source = e.source && typeof e.source === "object" ? e.source.code : e.source;
    const target = e.target && typeof e.target === "object" ? e.target.code : e.target;
    const first = e.evidence_spans[0];
    const text = shorten(first ? first.text : "", 140);
    body.append(el("tr", {},
      el("td", { text: source || "—" }), el("td", {}, typeBadge(e.type)), el("td", {}, modeBadge(e.mode)),
      el("td", { text: target || "—" }), el("td", { text: e.speaker || "" }),
      el("td", { class: "evidence" },
        linkable ? el("a", { href: `#event/${encodeURIComponent(e.id)}`, text: text }) : text)));
  }
  if (!events.length) body.append(el("tr", {}, el("td", { colspan: 6, class: "empty", text: "No events coded." })));
  table.append(body);
  return el("div", { class: "scroll" }, table);
}

function legend() {
  return el("p", { class: "note" },
    "Highlighted: every evidence span. Hover or focus a highlight (Tab) for its type, mode, speaker and attribution.",
    el("span", { id: "span-status", class: "span-status", "aria-live": "polite" }));
}

// -- detail views ----------------------------------------------------------------------------------
async function showEvent(id) {
  const data = await api(`/api/events/${encodeURIComponent(id)}`);
  const e = data.event;
  const detail = $("#detail");
  const doc = await api(`/api/documents/${encodeURIComponent(data.document.id)}`);
  const c = data.cluster;
  detail.replaceChildren(
    el("h2", { id: "detail-heading", tabindex: -1 }, typeBadge(e.type), " ",
       `${actorLabel(e.source, e.source_name)} → ${actorLabel(e.target, e.target_name)}`, " ", modeBadge(e.mode)),
    meta([
      ["Date", e.event_date || data.document.published || "undated"],
      ["Document", el("a", { href: `#document/${encodeURIComponent(data.document.id)}`,
                             text: data.document.title || data.document.id })],
      ["Outlet", data.document.publisher], ["Speaker", e.speaker],
      ["Attributed to", e.attributed_to ? actorLabel(e.attributed_to, e.attributed_name) : null],
      ["CAMEO", e.cameo], ["Context", e.context], ["Instrument", e.instrument], ["Quantity", e.quantity],
      ["Location", e.location], ["Trigger", e.trigger],
      ["Confidence", e.confidence === null ? null : e.confidence.toFixed(2)],
    ]),
    el("h3", { text: "Evidence" }),
    el("ul", { class: "spans" }, e.evidence.map((s) => el("li", {}, el("q", { text: s.text }),
      ` (${s.section}, characters ${s.start}–${s.end})`))),
    c ? el("div", { class: "cluster" },
      el("h3", { text: "Other reports of this happening" }),
      el("p", { text: `${c.events} event(s) in ${c.documents} document(s) from ${c.sources} independent source(s)` +
                      `${c.disputed ? "; disputed" : ""}${c.denied_by && c.denied_by.length ? ` (denied by ${c.denied_by.join(", ")})` : ""}.` }),
      el("ul", {}, c.members.map((m) => el("li", {},
        m.id === e.id ? el("strong", { text: "this event" })
          : el("a", { href: `#event/${encodeURIComponent(m.id)}`, text: `${m.type} ${m.mode}` }),
        ` — ${m.publisher || "unknown outlet"}, ${m.date || "undated"}: `, el("q", { text: shorten(m.evidence, 120) })))))
      : null,
    el("h3", { text: "In its document" }),
    legend(),
    documentBody(doc, storedEvents(doc.events_coded), e.id),
  );
  const current = detail.querySelector("mark.current");
  if (current && current.scrollIntoView) current.scrollIntoView({ block: "center" });
  $("#detail-heading").focus({ preventScroll: true });
}

async function showDocument(id) {
  const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
  const events = storedEvents(doc.events_coded);
  $("#detail").replaceChildren(
    el("h2", { id: "detail-heading", tabindex: -1, text: doc.title || doc.id }),
    meta([
      ["Published", doc.published || "undated"], ["Outlet", doc.publisher], ["Author", doc.author],
      ["URL", doc.url ? el("span", { class: "url", text: doc.url }) : null],
      ["Events", String(doc.events)],
      ["Copy of", doc.duplicate_of ? el("a", { href: `#document/${encodeURIComponent(doc.duplicate_of)}`,
                                               text: doc.duplicate_of }) : null],
    ]),
    legend(),
    documentBody({ ...doc, title: null }, events),
    el("h3", { text: "Events coded from it" }),
    eventsList(events, true),
  );
  $("#detail-heading").focus({ preventScroll: true });
}

// -- paste an article ------------------------------------------------------------------------------
async function submitPaste(event) {
  event.preventDefault();
  const file = $("#paste-file").files[0];
  const text = $("#paste-text").value;
  const title = $("#paste-title").value.trim();
  const published = $("#paste-published").value;
  let options;
  if (file) {
    const form = new FormData();
    form.append("file", file);
    if (title) form.append("title", title);
    if (published) form.append("published", published);
    options = { method: "POST", body: form };
  } else {
    if (!text.trim()) {
      showError("Paste some text or choose a file first.");
      return;
    }
    const body = { text };
    if (title) body.title = title;
    if (published) body.published = published;
    options = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  }
  $("#paste-submit").disabled = true;
  $("#paste-busy").textContent = "Coding…";
  try {
    const result = await api("/api/extract", options);
    showError("");
    const events = result.events.map((e, i) => ({
      ...e, id: `pasted-${i}`, evidence_spans: [e.evidence, ...(e.also_in || [])],
    }));
    const d = result.document;
    $("#paste-result").replaceChildren(
      el("h3", { id: "paste-heading", tabindex: -1, text: `${events.length} event(s) in “${d.title || "the text"}”` }),
      meta([["Published", d.published || "unknown"], ["Outlet", d.publisher], ["Document id", d.id]]),
      eventsList(events, false),
      legend(),
      documentBody(d, events),
    );
    $("#paste-heading").focus();
  } finally {
    $("#paste-submit").disabled = false;
    $("#paste-busy").textContent = "";
  }
}

// -- routing ---------------------------------------------------------------------------------------
const VIEWS = ["events", "network", "documents", "paste", "detail"];

function show(view) {
  for (const v of VIEWS) $(`#view-${v}`).hidden = v !== view;
  for (const link of document.querySelectorAll(".tabs a")) {
    if (link.dataset.view === view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

async function guard(work) {
  try {
    await work();
    showError("");
  } catch (err) {
    showError(err.message || String(err));
  }
}

async function route() {
  const hash = decodeURIComponent(location.hash.replace(/^#/, "")) || "events";
  const [view, ...rest] = hash.split("/");
  const id = rest.join("/");
  if (view === "event" && id) { show("detail"); return guard(() => showEvent(id)); }
  if (view === "document" && id) { show("detail"); return guard(() => showDocument(id)); }
  if (view === "network") { show("network"); return guard(loadNetwork); }
  if (view === "documents") { show("documents"); return guard(loadDocuments); }
  if (view === "paste") { show("paste"); return; }
  show("events");
  return guard(async () => { await loadEvents(); await loadDyad(); });
}

function applyFilters() {
  state.filters = readFilters();
  state.eventsOffset = 0;
  state.documentsOffset = 0;
  const view = (location.hash.replace(/^#/, "") || "events").split("/")[0];
  if (["network", "documents"].includes(view)) route();
  else if (location.hash !== "#events") location.hash = "#events";
  else route();
}

async function start() {
  try {
    state.info = await api("/api/info");
  } catch (err) {
    showError(err.message);
  }
  fillSelect($("#f-type"), state.info.types);
  fillSelect($("#f-mode"), state.info.modes);
  state.filters = readFilters();
  $("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); applyFilters(); });
  $("#filters").addEventListener("reset", () => setTimeout(applyFilters, 0));
  $("#f-swap").addEventListener("click", () => {
    const [s, t] = [$("#f-source").value, $("#f-target").value];
    $("#f-source").value = t;
    $("#f-target").value = s;
    applyFilters();
  });
  $("#paste-form").addEventListener("submit", (ev) => guard(() => submitPaste(ev)));
  window.addEventListener("hashchange", route);
  await route();
  document.body.dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", start);
