// county-kg comparison view: the page's counties × sectors as a heat-map table (kg/dossier.py `comparison`
// gives the figures of `kg.compare`: projects, announced investment in 亿元, shares of the county's totals).
// A county selection, a switch of what the cells show, sectors or their sections; a cell lists its projects,
// each row opening its evidence as the dossier does. Its data is parsed when the view is first opened.
// All text from the documents is set with textContent: it is never parsed as HTML.
(function () {
  "use strict";
  const kg = window.kg = window.kg || {};
  const el = (...args) => kg.el(...args);
  const NS = "http://www.w3.org/2000/svg";
  const MEASURES = [
    ["projects", "项目数 projects"], ["yi", "亿元 announced"],
    ["investment_share", "投资占比 share of investment"], ["project_share", "项目占比 share of projects"],
  ];
  const BY = [["sector", "行业 sector"], ["section", "门类 section (GB/T 4754)"]];
  // a sequential single-hue ramp (ColorBrewer Blues): read by lightness, so safe for colour-blind readers
  const RAMP = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"];
  const PAGE = 40;  // counties drawn at once: a page of thousands of counties pages through them
  let C = null;
  const state = { by: "sector", measure: "projects", counties: null, cell: null, page: 0 };

  function data() {
    if (C) return C;
    C = JSON.parse(document.getElementById("kg-compare").textContent);
    C.byId = new Map(C.counties.map(c => [c[0], c]));
    return C;
  }
  // a sector's [zh, en, section] (the scheme ships whole with the page; an id it lacks stays as it is)
  kg.sectorLabel = id => data().labels[id] || [id, id, id];
  const groupOf = (sector, by) => by === "section" ? kg.sectorLabel(sector || "unknown")[2] : (sector || "unknown");

  const pct = x => `${Math.round(x * 1000) / 10}%`;
  const yiOf = yuan => Number(yuan) / 1e8;
  function value(cell, measure) {
    if (!cell) return null;
    const [, n, yuan, projectShare, investmentShare] = cell;
    return { projects: n, yi: yiOf(yuan), project_share: projectShare, investment_share: investmentShare }[measure];
  }
  function shown(v, measure) {
    if (v === null) return "";
    if (measure === "projects") return String(v);
    if (measure === "yi") return kg.yi(v) || "0";
    return pct(v);
  }
  function colour(t) {
    const i = Math.min(RAMP.length - 1, Math.round(t * (RAMP.length - 1)));
    return [RAMP[i], i >= 6 ? "#ffffff" : "#111111"];  // the text of more contrast (WCAG: at least 5:1 on every step)
  }

  function chosen() {
    const d = data();
    return d.counties.filter(c => !state.counties || state.counties.has(c[0]));
  }

  // --- the view ----------------------------------------------------------------------------------
  function open(options) {
    const opts = options || {};
    const d = data();
    if (opts.by) state.by = opts.by;
    if (opts.measure) state.measure = opts.measure;
    if (opts.counties) state.counties = new Set(opts.counties.filter(c => d.byId.has(c)));
    const panel = document.getElementById("dossier");
    panel.textContent = "";
    panel.hidden = false;
    panel.classList.add("wide");
    panel.dataset.id = "compare";
    document.body.classList.add("with-dossier", "wide-dossier");
    const header = el("header");
    const close = el("button", "×", { className: "close", title: "close" });
    close.addEventListener("click", () => kg.dossier.close());
    header.append(close, el("span", "比较 Compare", { className: "badge compare" }), el("h2", "县 × 行业 Counties by sector"));
    header.appendChild(el("a", "链接 permalink", { href: "#" + fragment(), className: "permalink" }));
    panel.appendChild(header);
    if (!d.counties.length) {
      panel.appendChild(el("p", "No project on this page lies in a county.", { className: "hint" }));
      return;
    }
    panel.appendChild(controls());
    const body = el("div", undefined, { id: "compare-body" });
    panel.appendChild(body);
    panel.appendChild(el("section", undefined, { id: "compare-projects" }));
    draw();
    if (state.cell) list(state.cell[0], state.cell[1]);
    panel.scrollTop = 0;
    if (kg.network) kg.network.redraw();  // the wider panel narrowed the canvas
    if (opts.remember !== false) history.replaceState(null, "", "#" + fragment());
  }
  // the address keeps the view: #compare/<by>/<measure>[/<county ids, comma-separated>]
  function fragment() {
    const parts = ["compare", state.by, state.measure];
    if (state.counties) parts.push([...state.counties].map(kg.fragment).join(","));
    return parts.join("/");
  }
  kg.openComparison = open;
  kg.comparisonFromHash = function (frag) {
    const [, by, measure, ...rest] = frag.split("/");
    const counties = rest.join("/");  // ids hold a slash themselves: county/140824
    open({ by: BY.some(b => b[0] === by) ? by : undefined, measure: MEASURES.some(m => m[0] === measure) ? measure : undefined,
           counties: counties ? counties.split(",").filter(Boolean) : undefined, remember: false });
  };

  function radios(name, items, current, onChange) {
    const box = el("div", undefined, { className: "switch" });
    box.setAttribute("role", "radiogroup");
    items.forEach(([key, label]) => {
      const row = el("label");
      const input = el("input", undefined, { type: "radio", name: name, value: key, checked: key === current });
      input.addEventListener("change", () => { if (input.checked) onChange(key); });
      row.append(input, el("span", label));
      box.appendChild(row);
    });
    return box;
  }
  function controls() {
    const d = data();
    const box = el("div", undefined, { className: "compare-controls" });
    box.append(el("div", "显示 Show", { className: "control-title" }),
      radios("compare-measure", MEASURES, state.measure, key => { state.measure = key; redraw(); }),
      el("div", "分组 By", { className: "control-title" }),
      radios("compare-by", BY, state.by, key => { state.by = key; state.cell = null; redraw(); }));
    const counties = el("div", undefined, { className: "compare-counties" });
    const head = el("div", `县 Counties (${d.counties.length})`, { className: "control-title" });
    const all = el("button", "全部 all", { className: "small" }), none = el("button", "清空 none", { className: "small" });
    head.append(" ", all, " ", none);
    const boxes = el("div", undefined, { className: "county-boxes" });
    if (d.counties.length > PAGE) {  // many counties: find them by name
      const find = el("input", undefined, { type: "search", placeholder: "县名 find a county", className: "county-find" });
      find.addEventListener("input", () => {
        const q = find.value.trim();
        boxes.querySelectorAll("label").forEach(l => { l.hidden = !!q && !l.textContent.includes(q); });
      });
      head.append(" ", find);
    }
    d.counties.forEach(([id, label, n, yuan]) => {
      const row = el("label");
      const input = el("input", undefined, { type: "checkbox", value: id, checked: !state.counties || state.counties.has(id) });
      input.addEventListener("change", () => {
        if (!state.counties) state.counties = new Set(d.counties.map(c => c[0]));
        input.checked ? state.counties.add(id) : state.counties.delete(id);
        if (state.counties.size === d.counties.length) state.counties = null;
        state.page = 0;
        redraw();
      });
      row.append(input, el("span", label), el("span", ` ${n} · ${kg.yi(yiOf(yuan)) || "0"} 亿元`, { className: "meta" }));
      boxes.appendChild(row);
    });
    const setAll = on => {
      state.counties = on ? null : new Set();
      state.page = 0;
      boxes.querySelectorAll("input").forEach(i => { i.checked = on; });
      redraw();
    };
    all.addEventListener("click", () => setAll(true));
    none.addEventListener("click", () => setAll(false));
    counties.append(head, boxes);
    box.appendChild(counties);
    return box;
  }
  function redraw() {
    draw();
    if (state.cell && !chosen().some(c => c[0] === state.cell[0])) state.cell = null;
    if (state.cell) list(state.cell[0], state.cell[1]); else document.getElementById("compare-projects").textContent = "";
    history.replaceState(null, "", "#" + fragment());
    const permalink = document.querySelector("#dossier header .permalink");
    if (permalink) permalink.href = "#" + fragment();
  }

  // the heat-map: groups (sectors or sections, in the scheme's order, unknown last) × the chosen counties
  function draw() {
    const d = data(), by = state.by, measure = state.measure, all = chosen();
    const body = document.getElementById("compare-body");
    body.textContent = "";
    if (!all.length) { body.appendChild(el("p", "Choose at least one county.", { className: "hint" })); return; }
    let max = 0;  // one scale for all the chosen counties, whichever are drawn
    all.forEach(c => c[4][by].forEach(cell => { max = Math.max(max, value(cell, measure)); }));
    const pages = Math.ceil(all.length / PAGE);
    state.page = Math.min(state.page, pages - 1);
    const counties = all.slice(state.page * PAGE, (state.page + 1) * PAGE);
    const cells = counties.map(c => new Map(c[4][by].map(cell => [d.groups[by][cell[0]], cell])));
    const groups = d.groups[by].filter(g => cells.some(m => m.has(g)));
    const what = MEASURES.find(m => m[0] === measure)[1];
    body.appendChild(el("p", `${what} · ${all.length} counties · click a cell for its projects, hover for all its figures. ` +
      "Each project counts once per county, with its largest stated amount; shares are of the county's total (as `kg compare`).",
      { className: "hint" }));
    if (pages > 1) body.appendChild(pager(state.page, pages, all.length));
    const wrap = el("div", undefined, { className: "heatmap-wrap" });
    const table = el("table", undefined, { className: "heatmap" });
    table.dataset.by = by;
    table.dataset.measure = measure;
    const headRow = el("tr");
    headRow.appendChild(el("th", by === "section" ? "门类 section" : "行业 sector", { className: "group" }));
    counties.forEach(([id, label]) => {
      const th = el("th");
      th.dataset.county = id;
      const a = el("a", label, { href: "#" + kg.fragment(id), className: "entity" });
      a.title = "open the county's dossier";
      a.addEventListener("click", e => { e.preventDefault(); kg.select(id); });
      th.appendChild(a);
      headRow.appendChild(th);
    });
    table.appendChild(el("thead")).appendChild(headRow);
    const tbody = table.appendChild(el("tbody"));
    groups.forEach(g => {
      const [zh, en] = kg.sectorLabel(g);
      const tr = el("tr");
      tr.dataset.group = g;
      const division = by === "sector" && kg.sectorLabel(g)[2] !== g;  // a division, under its section
      const th = el("th", zh, { className: "group" + (g === "unknown" ? " unknown" : division ? " division" : "") });
      th.title = en;
      tr.appendChild(th);
      counties.forEach(([id, label], i) => {
        const cell = cells[i].get(g);
        const td = el("td", undefined, { className: "cell" });
        td.dataset.county = id;
        td.dataset.group = g;
        if (cell) {
          const v = value(cell, measure);
          td.textContent = shown(v, measure);
          const [bg, fg] = colour(max > 0 ? v / max : 0);
          td.style.background = bg;
          td.style.color = fg;
          td.dataset.projects = cell[1];
          td.dataset.yuan = cell[2];
          td.dataset.projectShare = cell[3];
          td.dataset.investmentShare = cell[4];
          td.title = `${label} · ${zh} ${en}\n${cell[1]} 项目 projects (${pct(cell[3])} of the county's)\n` +
            `${kg.yi(yiOf(cell[2])) || "0"} 亿元 announced (${pct(cell[4])} of the county's)`;
          td.tabIndex = 0;
          td.addEventListener("click", () => list(id, g));
          td.addEventListener("keydown", e => { if (e.key === "Enter") list(id, g); });
          if (state.cell && state.cell[0] === id && state.cell[1] === g) td.classList.add("chosen");
        } else td.classList.add("empty");
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    const total = el("tr", undefined, { className: "total" });
    total.appendChild(el("th", "合计 total", { className: "group" }));
    counties.forEach(([id, , n, yuan]) => {
      const td = el("td", { projects: String(n), yi: kg.yi(yiOf(yuan)) || "0" }[measure] || "100%", { className: "cell" });
      td.dataset.county = id;
      td.title = `${n} 项目 projects · ${kg.yi(yiOf(yuan)) || "0"} 亿元 announced`;
      total.appendChild(td);
    });
    table.appendChild(el("tfoot")).appendChild(total);
    wrap.appendChild(table);
    body.append(wrap, legend(max, measure));
  }

  function pager(page, pages, n) {
    const bar = el("div", undefined, { className: "pager" });
    const back = el("button", "◀", { disabled: page === 0, title: "previous counties" });
    const next = el("button", "▶", { disabled: page === pages - 1, title: "next counties" });
    back.addEventListener("click", () => { state.page -= 1; draw(); });
    next.addEventListener("click", () => { state.page += 1; draw(); });
    bar.append(back, el("span", ` counties ${page * PAGE + 1}–${Math.min(n, (page + 1) * PAGE)} of ${n} `), next);
    return bar;
  }

  // the scale of the colours, as an inline SVG
  function legend(max, measure) {
    const w = 220, h = 12;
    const box = el("div", undefined, { className: "heatmap-legend" });
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("width", w + 80); svg.setAttribute("height", h + 18);
    svg.setAttribute("role", "img"); svg.setAttribute("aria-label", "colour scale");
    RAMP.forEach((c, i) => {
      const r = document.createElementNS(NS, "rect");
      r.setAttribute("x", i * w / RAMP.length); r.setAttribute("y", 0);
      r.setAttribute("width", w / RAMP.length + 0.5); r.setAttribute("height", h); r.setAttribute("fill", c);
      svg.appendChild(r);
    });
    [[0, "start", shown(0, measure)], [w, "end", shown(max, measure)]].forEach(([x, anchor, text]) => {
      const t = document.createElementNS(NS, "text");
      t.setAttribute("x", x); t.setAttribute("y", h + 13); t.setAttribute("text-anchor", anchor);
      t.textContent = text;
      svg.appendChild(t);
    });
    box.appendChild(svg);
    return box;
  }

  // a cell's projects: the county's dossier rows of that sector (or section)
  function list(county, g) {
    state.cell = [county, g];
    document.querySelectorAll("#compare-body td.chosen").forEach(td => td.classList.remove("chosen"));
    const td = document.querySelector(`#compare-body td[data-county="${CSS.escape(county)}"][data-group="${CSS.escape(g)}"]`);
    if (td) td.classList.add("chosen");
    const c = data().byId.get(county), cell = c[4][state.by].find(x => data().groups[state.by][x[0]] === g);
    const rows = kg.dossier.rows(county).filter(r => groupOf(r.sector, state.by) === g);
    const s = document.getElementById("compare-projects");
    s.textContent = "";
    const [zh, en] = kg.sectorLabel(g);
    const title = el("h3", `${c[1]} · ${zh}`);
    title.title = en;
    s.appendChild(title);
    const n = cell ? cell[1] : 0;
    s.appendChild(el("p", `${n} 项目 projects · ${kg.yi(yiOf(cell ? cell[2] : "0")) || "0"} 亿元 announced` +
      (cell ? ` · ${pct(cell[3])} of the county's projects, ${pct(cell[4])} of its announced investment` : ""), { className: "cell-summary" }));
    if (rows.length < n) s.appendChild(el("p", `${rows.length} of ${n} projects listed: the page holds at most 20,000 rows; ` +
      "`kg view BUILD --county NAME` gives them all.", { className: "note" }));
    kg.dossier.projectTable(s, rows, { name: `${c[1]}-${zh}` });
    s.scrollIntoView();
  }

  kg.ready(() => {
    const button = document.getElementById("compare-open");
    if (button) button.addEventListener("click", () => open());
  });
})();
