// county-kg dossier: the side panel of a county or of any entity (kg/dossier.py collects its data).
// A county: its documents, a table of its projects (sortable, downloadable as CSV), its enterprises,
// parks and strategies, totals and a chart of announced investment. Any row or fact opens its evidence:
// the sentence of the original file with the name highlighted, the document and the character offsets.
// All text from the documents is set with textContent: it is never parsed as HTML.
(function () {
  "use strict";
  const kg = window.kg = window.kg || {};
  const el = (...args) => kg.el(...args);
  const CLASS_LABELS = { County: "县 County", Region: "地区 Region", Enterprise: "企业 Enterprise", Project: "项目 Project",
                         Park: "园区 Park", Strategy: "战略 Strategy" };
  const RELATION_LABELS = { locatedIn: "位于 located in", undertakenBy: "承建 undertaken by", locatedInPark: "位于园区 in park",
                            implements: "实施 implements", partOf: "属于 part of", investment: "投资 investment",
                            capacity: "规模 capacity", status: "状态 status", sector: "行业 sector" };
  let D = null;

  // the dossier block comes last in the page, and the first frame is drawn before the browser has read it:
  // what needs it waits until it is read (`ready`), and parses it when first needed
  kg.ready = fn => document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", fn, { once: true }) : fn();
  kg.isReady = () => document.readyState !== "loading";
  function data() {
    if (D) return D;
    D = JSON.parse(document.getElementById("kg-dossier").textContent);
    D.counties = Object.fromEntries(D.counties);
    D.byCounty = group(D.rows, r => [r.county]);
    D.byProject = group(D.rows, r => [r.project]);
    D.byEnterprise = group(D.rows, r => r.enterprises.map(e => e[0]));
    D.byPark = group(D.rows, r => r.parks.map(p => p[0]));
    D.docByFile = new Map(D.documents.map((d, i) => [d[1], i]));
    return D;
  }
  function group(items, keys) {
    const m = new Map();
    items.forEach(x => keys(x).forEach(k => { if (!m.has(k)) m.set(k, []); m.get(k).push(x); }));
    return m;
  }
  // an entity's label and class, from the graph, the panel's data or what the link that leads to it knew
  function info(id, known) {
    const n = kg.byId.get(id);
    if (n) return { label: n.name, type: n.type };
    const d = data();
    if (d.counties[id]) return { label: d.counties[id].label, type: "County" };
    if (d.names[id]) return { label: d.names[id][0], type: d.names[id][1] };
    const r = d.byProject.get(id);
    return r ? { label: r[0].label, type: "Project" } : { label: (known && known.label) || id, type: (known && known.type) || "" };
  }

  // --- building blocks -------------------------------------------------------------------------
  function link(id, label, type) {
    const a = el("a", label || info(id).label, { href: "#" + kg.fragment(id), className: "entity" });
    a.addEventListener("click", e => { e.preventDefault(); e.stopPropagation(); kg.select(id, { label: label, type: type }); });
    return a;
  }
  function links(pairs) {
    const span = el("span");
    pairs.forEach(([id, label], i) => { if (i) span.append("、"); span.appendChild(link(id, label)); });
    return span;
  }
  function section(panel, title, id) {
    const s = el("section");
    if (id) s.id = "dossier-" + id;
    s.appendChild(el("h3", title));
    panel.appendChild(s);
    return s;
  }
  function docLine(d) {
    const [, file, date, kind, title] = data().documents[d];
    return `${date || "—"} · ${kind || "—"} · ${title || file}`;
  }
  const statusLabel = s => (kg.data.statuses[s] || s);
  // a sector as a name (zh) that says more on hover (en, and the word that decided it)
  function sectorTag(sector, cue) {
    if (!sector) return el("span", "", { className: "sector" });
    const [zh, en] = kg.sectorLabel(sector);
    const tag = el("span", zh, { className: "sector" });
    tag.title = en + (cue ? ` — decided by the word “${cue}”` : "");
    tag.dataset.sector = sector;
    return tag;
  }

  // what a fact states, seen from `focus` (an entity): "投资 investment: 3.8 亿元", "承建 undertaken by <link>"
  function statement(f, focus) {
    const [s, relation, o] = f;
    const line = el("div", undefined, { className: "ev-head" });
    let what = RELATION_LABELS[relation] || relation;
    if (relation === "investment") what += `: ${kg.yi(Number(o) / 1e8)} 亿元`;
    else if (relation === "status") what += `: ${statusLabel(o)}`;
    else if (relation === "capacity") what += `: ${o}`;
    line.append(el("b", what));
    if (relation === "sector") line.append(": ", sectorTag(o));
    else if (!["investment", "status", "capacity"].includes(relation)) line.append(" ", link(focus === s ? o : s));
    return line;
  }

  // the evidence of facts (indexes), one block per sentence: what it states, the sentence of the
  // original file with `focus` highlighted (and the other names of its facts), the document and offsets
  function evidence(fis, focus) {
    const d = data();
    const bySentence = new Map();
    fis.forEach(fi => {
      const f = d.facts[fi], key = f[4] >= 0 ? "s" + f[4] : "f" + fi;
      if (!bySentence.has(key)) bySentence.set(key, []);
      bySentence.get(key).push(f);
    });
    return [...bySentence.values()].map(facts => {
      const [, , , doc, si] = facts[0];
      const [, file, date, kind, title] = d.documents[doc];
      const box = el("div", undefined, { className: "evidence" });
      facts.forEach(f => box.appendChild(statement(f, focus)));
      box.appendChild(el("div", `${date || "—"} ${kind || ""} 《${title || file}》`, { className: "ev-doc" }));
      if (si < 0) {
        box.appendChild(el("div", `${file}: no sentence recorded`, { className: "ev-where" }));
        return box;
      }
      const [, start, end, text] = d.sentences[si];
      // the focus's name, and the other names the facts connect it to
      const spans = [];
      facts.forEach(([s, , o, , , ss, se, os, oe]) => {
        const mine = focus === o && os !== null ? [os, oe] : focus === s ? [ss, se] : [null, null];
        const theirs = focus === o && os !== null ? [ss, se] : [os, oe];
        if (mine[0] !== null) spans.push([mine[0], mine[1], "focus"]);
        if (theirs[0] !== null) spans.push([theirs[0], theirs[1], "other"]);
      });
      spans.sort((a, b) => (a[2] === "focus" ? 0 : 1) - (b[2] === "focus" ? 0 : 1) || a[0] - b[0]);
      const marks = [];
      spans.forEach(sp => { if (!marks.some(m => sp[0] < m[1] && m[0] < sp[1])) marks.push(sp); });
      marks.sort((a, b) => a[0] - b[0]);
      const quote = el("blockquote");
      let at = start;
      marks.forEach(([a, b, kind]) => {
        quote.append(text.slice(at - start, a - start));
        quote.appendChild(el("mark", text.slice(a - start, b - start), { className: kind }));
        at = b;
      });
      quote.append(text.slice(at - start));
      box.appendChild(quote);
      const mine = marks.find(m => m[2] === "focus");
      box.appendChild(el("div", mine
        ? `${file}: characters ${mine[0]}–${mine[1]} of the original file (sentence ${start}–${end})`
        : `${file}: characters ${start}–${end} of the original file (the sentence)`, { className: "ev-where" }));
      box.dataset.file = file;
      if (mine) { box.dataset.start = mine[0]; box.dataset.end = mine[1]; }
      return box;
    });
  }

  // a table of project rows, sortable, each row opening its evidence
  const COLUMNS = [
    ["county", "县 County", r => info(r.county).label],
    ["label", "项目 Project", r => r.label],
    ["yi", "亿元", r => r.yi === null ? null : Number(r.yi)],
    ["sector", "行业 Sector", r => r.sector ? kg.sectorLabel(r.sector)[0] : ""],
    ["capacity", "规模 Capacity", r => r.capacity.join("、")],
    ["status", "状态 Status", r => r.status.map(statusLabel).join("、")],
    ["enterprise", "企业 Enterprise", r => r.enterprises.map(e => e[1]).join("、")],
    ["park", "园区 Park", r => r.parks.map(p => p[1]).join("、")],
    ["year", "年份 Year", r => r.year],
  ];
  function projectTable(parent, rows, opts) {
    const cols = COLUMNS.filter(c => c[0] !== "county" || opts.county);
    const sort = { key: "yi", desc: true };
    const bar = el("div", undefined, { className: "table-bar" });
    const csvButton = el("button", "下载 Download CSV", { className: "csv" });
    csvButton.addEventListener("click", () => download(sorted(), opts.name));
    bar.append(csvButton, el("span", `${rows.length} rows · click a row for its evidence, a heading to sort`, { className: "hint" }));
    parent.appendChild(bar);
    const table = el("table", undefined, { className: "projects" });
    const headRow = el("tr");
    cols.forEach(([key, title]) => {
      const th = el("th", title);
      th.dataset.key = key;
      th.addEventListener("click", () => {
        sort.desc = sort.key === key ? !sort.desc : key === "yi";
        sort.key = key;
        fill();
      });
      headRow.appendChild(th);
    });
    table.appendChild(el("thead")).appendChild(headRow);
    const body = table.appendChild(el("tbody"));
    parent.appendChild(table);
    function sorted() {
      const get = cols.find(c => c[0] === sort.key)[2];
      return rows.slice().sort((a, b) => {
        const x = get(a), y = get(b);
        if (x === y) return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
        if (x === null || x === "") return 1;   // rows without a value last, either way
        if (y === null || y === "") return -1;
        return (x < y ? -1 : 1) * (sort.desc ? -1 : 1);
      });
    }
    function fill() {
      body.textContent = "";
      headRow.querySelectorAll("th").forEach(th => {
        th.className = th.dataset.key === sort.key ? (sort.desc ? "sorted desc" : "sorted asc") : "";
      });
      sorted().forEach(r => {
        const tr = el("tr", undefined, { className: "row" });
        tr.dataset.project = r.project;
        tr.dataset.county = r.county;
        cols.forEach(([key, , get]) => {
          const td = el("td");
          if (key === "label") td.appendChild(link(r.project, r.label));
          else if (key === "county") td.appendChild(link(r.county));
          else if (key === "enterprise") td.appendChild(links(r.enterprises));
          else if (key === "park") td.appendChild(links(r.parks));
          else if (key === "yi") { td.textContent = kg.yi(r.yi); td.className = "num"; }
          else if (key === "sector") td.appendChild(sectorTag(r.sector, r.sector_cue));
          else td.textContent = get(r) || "";
          tr.appendChild(td);
        });
        tr.addEventListener("click", () => toggleEvidence(tr, r, cols.length));
        body.appendChild(tr);
      });
    }
    fill();
    return table;
  }
  function toggleEvidence(tr, r, span) {
    const next = tr.nextElementSibling;
    if (next && next.classList.contains("evidence-row")) { next.remove(); tr.classList.remove("open"); return; }
    const row = el("tr", undefined, { className: "evidence-row" });
    const td = el("td", undefined, { colSpan: span });
    td.append(...evidence(r.facts, r.project));
    if (!r.facts.length) td.textContent = "(no evidence recorded)";
    row.appendChild(td);
    tr.after(row);
    tr.classList.add("open");
  }

  // CSV of a table, in the order shown: the columns of queries/county_projects.rq and the first evidence
  function csvCell(v) {
    let s = v === null || v === undefined ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // a spreadsheet must not read a name as a formula
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }
  kg.csv = function (rows) {
    const d = data();
    const lines = [["county", "project", "yi", "capacity", "status", "enterprise", "park", "year", "sector", "sector_en", "sector_id",
                    "document", "start", "end", "sentence"]];
    rows.forEach(r => {
      const first = r.facts.map(fi => d.facts[fi]).find(f => f[1] === "locatedIn" && f[2] === r.county);
      const sentence = first && first[4] >= 0 ? d.sentences[first[4]] : null;
      lines.push([info(r.county).label, r.label, r.yi, r.capacity.join("、"), r.status.join("、"),
        r.enterprises.map(e => e[1]).join("、"), r.parks.map(p => p[1]).join("、"), r.year,
        ...(r.sector ? kg.sectorLabel(r.sector).slice(0, 2) : ["", ""]), r.sector || "",
        first ? d.documents[first[3]][1] : "", first ? first[5] : "", first ? first[6] : "", sentence ? sentence[3] : ""]);
    });
    return lines.map(l => l.map(csvCell).join(",")).join("\r\n") + "\r\n";
  };
  function download(rows, name) {
    const blob = new Blob(["\ufeff" + kg.csv(rows)], { type: "text/csv;charset=utf-8" });
    const a = el("a", undefined, { href: URL.createObjectURL(blob), download: `${name}-projects.csv` });
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  // a small bar chart (inline SVG): [label, 亿元] pairs
  function chart(title, pairs) {
    const NS = "http://www.w3.org/2000/svg";
    const box = el("div", undefined, { className: "chart" });
    box.appendChild(el("div", title, { className: "chart-title" }));
    if (!pairs.length) { box.appendChild(el("div", "—", { className: "hint" })); return box; }
    const w = 260, h = 18, left = 60, max = Math.max(...pairs.map(p => p[1])) || 1;
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("width", w); svg.setAttribute("height", pairs.length * h + 4);
    svg.setAttribute("role", "img"); svg.setAttribute("aria-label", title);
    pairs.forEach(([label, v], i) => {
      const y = i * h + 2;
      const t = document.createElementNS(NS, "text");
      t.setAttribute("x", left - 6); t.setAttribute("y", y + 12); t.setAttribute("text-anchor", "end");
      t.textContent = label;
      const bar = document.createElementNS(NS, "rect");
      const bw = Math.max(1, (w - left - 56) * v / max);
      bar.setAttribute("x", left); bar.setAttribute("y", y + 2); bar.setAttribute("width", bw); bar.setAttribute("height", h - 5);
      bar.setAttribute("fill", "#009E73");
      const value = document.createElementNS(NS, "text");
      value.setAttribute("x", left + bw + 4); value.setAttribute("y", y + 12);
      value.textContent = kg.yi(v);
      svg.append(t, bar, value);
    });
    box.appendChild(svg);
    return box;
  }
  function charts(rows) {
    const byYear = new Map(), byStatus = new Map();
    rows.forEach(r => {
      r.amounts.forEach(([year, yuan]) => byYear.set(year, (byYear.get(year) || 0) + Number(yuan) / 1e8));
      if (r.yi !== null) {
        const s = r.latest ? statusLabel(r.latest).split(" ")[0] : "未说明";
        byStatus.set(s, (byStatus.get(s) || 0) + Number(r.yi));
      }
    });
    const wrap = el("div", undefined, { className: "charts" });
    wrap.append(chart("按文件年份 announced by document year (亿元)", [...byYear.entries()].sort()),
                chart("按最新状态 by latest status (亿元)", [...byStatus.entries()].sort((a, b) => b[1] - a[1])));
    return wrap;
  }
  function totals(parent, pairs) {
    const dl = el("dl", undefined, { className: "totals" });
    pairs.forEach(([k, v]) => {
      const dd = v instanceof Node ? el("dd") : el("dd", v);
      if (v instanceof Node) dd.appendChild(v);
      dl.append(el("dt", k), dd);
    });
    parent.appendChild(dl);
  }
  function list(parent, items, type, limit) {
    const ul = el("ul", undefined, { className: "entities" });
    items.slice(0, limit || 200).forEach(([id, label, note, sector]) => {
      const li = el("li");
      li.appendChild(link(id, label, type));
      if (note) li.append(el("span", ` ${note}`, { className: "meta" }));
      if (sector) li.append(" ", sectorTag(sector, (data().sectors[id] || [])[1]));
      ul.appendChild(li);
    });
    if (items.length > (limit || 200)) ul.appendChild(el("li", `… +${items.length - (limit || 200)}`, { className: "meta" }));
    parent.appendChild(ul);
  }
  function documents(parent, docs) {
    const table = el("table", undefined, { className: "documents" });
    const head = el("tr");
    ["日期 Date", "类型 Kind", "标题 Title", "文件 File"].forEach(t => head.appendChild(el("th", t)));
    table.appendChild(head);
    docs.forEach(d => {
      const [, file, date, kind, title] = data().documents[d];
      const tr = el("tr");
      tr.append(el("td", date || "—"), el("td", kind || "—"), el("td", title || "—"));
      const td = el("td");
      const a = el("a", file, { href: "#", className: "document" });
      a.title = "show only this document's things in the graph";
      a.addEventListener("click", e => { e.preventDefault(); kg.filterDocument(file); });
      td.appendChild(a);
      tr.appendChild(td);
      table.appendChild(tr);
    });
    parent.appendChild(table);
  }
  function factList(parent, id, facts, total) {
    parent.append(...evidence(facts, id));
    if (total > facts.length) parent.appendChild(el("p", `${facts.length} of ${total} facts shown.`, { className: "hint" }));
  }
  const sum = rows => rows.reduce((t, r) => t + (r.yi === null ? 0 : Number(r.yi)), 0);

  // --- the dossiers ------------------------------------------------------------------------------
  function countyDossier(panel, id) {
    const d = data(), c = d.counties[id];
    const rows = d.byCounty.get(id) || [];
    const withAmount = rows.filter(r => r.yi !== null);
    totals(section(panel, "概况 Overview"), [
      ["行政区划代码 code", c.code], ["文件 documents", String(c.documents_total)],
      ["项目 projects", `${rows.length} (${withAmount.length} with an amount)`],
      ["宣布投资 announced", `${kg.yi(sum(rows))} 亿元`], ["企业 enterprises", String(c.enterprises.length)],
      ["园区 parks", String(c.parks.length)], ["战略 strategies", String(c.strategies_total)],
    ]);
    const invest = section(panel, "投资 Announced investment");
    invest.appendChild(charts(rows));
    const compare = el("a", "按行业与其他县比较 compare with the other counties by sector →", { href: "#compare", className: "to-compare" });
    compare.addEventListener("click", e => { e.preventDefault(); kg.openComparison(); });
    invest.appendChild(compare);
    documents(section(panel, `文件 Documents (${c.documents_total})`), c.documents);
    const projects = section(panel, `项目 Projects (${rows.length})`, "projects");
    if (c.projects_total > rows.length) projects.appendChild(el("p", `${rows.length} of ${c.projects_total} projects: the page holds at most ` +
      "20,000 rows; `kg view BUILD --county NAME` or `kg query BUILD --name county_projects` gives them all.", { className: "note" }));
    projectTable(projects, rows, { name: c.label });
    const count = (index, eid) => `${(index.get(eid) || []).filter(r => r.county === id).length} 项目`;
    list(section(panel, `企业 Enterprises (${c.enterprises.length})`), c.enterprises.map(([e, l, s]) => [e, l, count(d.byEnterprise, e), s]), "Enterprise");
    list(section(panel, `园区 Parks (${c.parks.length})`), c.parks.map(([p, l, s]) => [p, l, count(d.byPark, p), s]), "Park");
    const strategies = section(panel, `战略 Strategies (${c.strategies_total})`, "strategies");
    list(strategies, c.strategies.map(([s, l, n]) => [s, l, n ? `${n} 文件` : ""]), "Strategy", 500);
    if (c.strategies_total > c.strategies.length) strategies.appendChild(el("p", `the ${c.strategies.length} named in most documents`, { className: "hint" }));
  }

  function projectsAcross(panel, title, rows, name) {
    const s = section(panel, `${title} (${rows.length})`, "projects");
    if (rows.length) {
      totals(s, [["宣布投资 announced", `${kg.yi(sum(rows))} 亿元`]]);
      projectTable(s, rows, { county: true, name: name });
    } else s.appendChild(el("p", "—", { className: "hint" }));
  }

  function entityDossier(panel, id, type) {
    const d = data(), n = kg.byId.get(id), facts = (d.entities[id] || { facts: [], total: 0 });
    if (type === "Project") {
      (d.byProject.get(id) || []).forEach(r => {
        const s = section(panel, `${info(r.county).label}`);
        totals(s, [["县 county", info(r.county).label], ["亿元", kg.yi(r.yi) || "—"], ["规模 capacity", r.capacity.join("、") || "—"],
                   ["状态 status", r.status.map(statusLabel).join("、") || "—"], ["年份 year", r.year || "—"],
                   ["行业 sector", r.sector ? sectorTag(r.sector, r.sector_cue) : "—"]]);
        if (r.enterprises.length) s.append(el("span", "企业 enterprise: "), links(r.enterprises));
        if (r.parks.length) s.append(el("span", " 园区 park: "), links(r.parks));
        section(panel, "证据 Evidence").append(...evidence(r.facts, id));
      });
    }
    if ((type === "Enterprise" || type === "Park") && d.sectors[id]) totals(panel, [["行业 sector", sectorTag(...d.sectors[id])]]);
    if (type === "Enterprise") projectsAcross(panel, "项目 Projects across counties", d.byEnterprise.get(id) || [], info(id).label);
    if (type === "Park") projectsAcross(panel, "项目 Projects in the park", d.byPark.get(id) || [], info(id).label);
    if (type === "Strategy") {
      const byCounty = new Map();
      facts.facts.forEach(fi => {
        const f = d.facts[fi];
        if (f[1] === "implements" && f[2] === id) { if (!byCounty.has(f[0])) byCounty.set(f[0], []); byCounty.get(f[0]).push(fi); }
      });
      const s = section(panel, `实施的县 Counties implementing it (${byCounty.size})`, "counties");
      byCounty.forEach((fis, county) => {
        const block = el("div", undefined, { className: "implementer" });
        block.appendChild(el("div")).appendChild(link(county));
        fis.forEach(fi => {
          const line = el("details");
          line.appendChild(el("summary", docLine(d.facts[fi][3])));
          line.append(...evidence([fi], id));
          block.appendChild(line);
        });
        s.appendChild(block);
      });
      const parts = facts.facts.map(fi => d.facts[fi]).filter(f => f[1] === "partOf");
      const up = parts.filter(f => f[0] === id).map(f => [f[2], info(f[2]).label]);
      const down = parts.filter(f => f[2] === id).map(f => [f[0], info(f[0]).label]);
      if (up.length) list(section(panel, "属于 Part of"), unique(up), "Strategy");
      if (down.length) list(section(panel, "包括 Members"), unique(down), "Strategy");
    }
    if (n && n.documents.length) {
      const docs = n.documents.map(f => d.docByFile.get(f)).filter(i => i !== undefined);
      const s = section(panel, `文件 Documents (${n.documents.length})`);
      if (docs.length) documents(s, docs);
      else n.documents.forEach(f => s.appendChild(el("div", f)));
    }
    if (type !== "Project" && facts.facts.length) factList(section(panel, "证据 Evidence", "evidence"), id, facts.facts, facts.total);
  }
  const unique = pairs => [...new Map(pairs.map(p => [p[0], p])).values()];

  kg.dossier = {
    rows: county => data().byCounty.get(county) || [],  // a county's project rows (the comparison lists a cell's)
    projectTable: projectTable,
    knows: id => { const d = data(); return !!(d.counties[id] || d.names[id] || d.byProject.has(id) || kg.byId.has(id)); },
    open: function (id, sectionName, known) {
      const d = data();
      const panel = document.getElementById("dossier");
      panel.textContent = "";
      panel.hidden = false;
      panel.classList.remove("wide");
      document.body.classList.remove("wide-dossier");
      document.body.classList.add("with-dossier");
      const it = info(id, known);
      const header = el("header");
      const close = el("button", "×", { className: "close", title: "close" });
      close.addEventListener("click", () => kg.dossier.close());
      header.append(close, el("span", CLASS_LABELS[it.type] || it.type, { className: "badge " + it.type }), el("h2", it.label));
      const permalink = el("a", "链接 permalink", { href: "#" + kg.fragment(id), className: "permalink" });
      header.appendChild(permalink);
      panel.appendChild(header);
      panel.dataset.id = id;
      if (d.counties[id]) countyDossier(panel, id);
      else entityDossier(panel, id, it.type);
      const target = sectionName && document.getElementById("dossier-" + sectionName);
      if (target) target.scrollIntoView(); else panel.scrollTop = 0;
    },
    close: function () {
      const panel = document.getElementById("dossier");
      panel.hidden = true;
      panel.classList.remove("wide");
      document.body.classList.remove("with-dossier", "wide-dossier");
      history.replaceState(null, "", location.pathname + location.search);
    },
  };

  // tooltips, made on first hover
  kg.tip = {
    node: function (id) {
      const fold = kg.folds.get(id);
      if (fold) return `${fold.count} strategies of ${info(fold.county).label}\nclick for the list; the Strategy layer draws them`;
      const n = kg.byId.get(id), t = data().tips.nodes[id] || {};
      const lines = [n.name, `类型 type: ${n.type}`];
      if (t.aliases && t.aliases.length) lines.push("别名 aliases: " + t.aliases.join("、"));
      if (t.investment && t.investment.length) lines.push("投资 investment: " + t.investment.map(v => `${kg.yi(Number(v) / 1e8)} 亿元`).join("、"));
      if (n.documents.length) lines.push("文件 documents: " + n.documents.join("、") + (t.more ? ` … +${t.more}` : ""));
      if (n.years.length) lines.push(n.years.length > 1 ? `年份 years: ${n.years[0]}–${n.years[n.years.length - 1]}` : `年份 year: ${n.years[0]}`);
      if (t.evidence) lines.push("原文 evidence: " + t.evidence.slice(0, 300));
      lines.push("click for the dossier");
      return lines.join("\n");
    },
    edge: function (i) {
      if (typeof i === "string") return "strategies: click the node for the list";
      const e = kg.data.edges[i], d = data(), fact = d.facts[d.edge_facts[i]];
      const sentence = fact && fact[4] >= 0 ? d.sentences[fact[4]][3] : "";
      return `${kg.data.relations[e.relation]} ${e.relation}\n${sentence}`;
    },
  };
})();
