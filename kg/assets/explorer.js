// county-kg explorer: the network, its layers, the county list, search and filters.
// Positions come with the data (kg/layout.py), so the first frame is drawn at once; physics is a toggle.
// All text from the documents is set with textContent: it is never parsed as HTML.
(function () {
  "use strict";
  const kg = window.kg = window.kg || {};

  kg.el = function (tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    Object.assign(e, attrs || {});
    return e;
  };
  kg.yi = v => (v === null || v === undefined) ? "" : (Math.round(Number(v) * 100) / 100).toLocaleString("en-US", { maximumFractionDigits: 2 });

  function start() {
    const t0 = performance.now();
    const data = kg.data = JSON.parse(document.getElementById("kg-data").textContent);
    kg.parsedAt = performance.now() - t0;
    kg.timing = { start: t0, parsed: performance.now() };
    const style = {};
    data.classes.forEach(c => { style[c.name] = c; });
    const state = kg.state = { types: new Set(data.classes.filter(c => c.on).map(c => c.name)), county: "", document: "", year: "", focus: null };
    kg.byId = new Map(data.nodes.map(n => [n.id, n]));
    kg.folds = new Map(data.folds.map(f => [f.id, f]));

    function visible(n) {
      if (!state.types.has(n.type)) return false;
      if (state.county && !n.counties.includes(state.county)) return false;
      if (state.document && !n.documents.includes(state.document)) return false;
      if (state.year) {  // "in:2021", "first:2021" or "last:2024": when the documents mention it
        const [how, year] = state.year.split(":");
        const ys = n.years;
        if (how === "in" && !ys.includes(year)) return false;
        if (how === "first" && ys[0] !== year) return false;
        if (how === "last" && ys[ys.length - 1] !== year) return false;
      }
      return true;
    }
    // a county's folded strategies stand in for the strategy layer while it is off
    function foldVisible(f) {
      return !state.types.has("Strategy") && state.types.has("County") && !state.document && !state.year &&
        (!state.county || state.county === f.county);
    }

    // class styles and the quiet relations are defaults (vis groups, edge options): each item carries only what is its own
    const groups = {};
    data.classes.forEach(c => {
      groups[c.name] = { shape: c.shape, color: c.color };
    });
    groups.County = Object.assign(groups.County || {}, { font: { size: 40, strokeWidth: 4, strokeColor: "#ffffff" } });  // read at the overview's zoom
    groups.fold = { shape: "box", color: { background: "#f3dbe8", border: data.fold_color }, font: { size: 26 } };
    const nodes = new vis.DataSet(data.nodes.map(n => ({
      id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, group: n.type, hidden: !visible(n),
    })).concat(data.folds.map(f => ({ id: f.id, label: `战略 ×${f.count}`, x: f.x, y: f.y, group: "fold", hidden: !foldVisible(f) }))));
    // lines from things to the counties they lie in (locatedIn) are most of a large page's lines, and its own
    // county is what the layout already shows: drawn at first only on a small page, a layer on any page, and
    // drawn for the node in focus
    const implied = data.edges.map(e => e.relation === "locatedIn");
    const impliedCount = implied.filter(Boolean).length;
    state.lines = impliedCount <= 2000;
    const visEdge = (e, i) => data.unlabelled.includes(e.relation)
      ? { id: i, from: e.from, to: e.to }
      : { id: i, from: e.from, to: e.to, arrows: "to", label: data.relations[e.relation], color: { color: "#7a7a7a" } };
    const edges = new vis.DataSet(data.edges.map(visEdge).filter((e, i) => state.lines || !implied[i])
      .concat(data.folds.map(f => ({ id: f.id, from: f.county, to: f.id, dashes: true, color: { color: data.fold_color } }))));
    // neighbours from the data, whether or not their lines are drawn
    const near = new Map();
    const meet = (a, b) => { if (!near.has(a)) near.set(a, new Set()); near.get(a).add(b); };
    data.edges.forEach(e => { meet(e.from, e.to); meet(e.to, e.from); });
    data.folds.forEach(f => { meet(f.county, f.id); meet(f.id, f.county); });
    const options = {
      physics: { enabled: false, solver: "forceAtlas2Based", stabilization: false },
      layout: { improvedLayout: false },
      edges: { smooth: false, color: { color: "#cfcfcf" }, font: { size: 9, align: "middle" } },
      nodes: { font: { size: 13 } },
      groups: groups,
      interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.edges.length > 5000 },
    };
    kg.timing.data = performance.now();
    const network = new vis.Network(document.getElementById("network"), { nodes: nodes, edges: edges }, options);
    kg.timing.network = performance.now();
    kg.network = network; kg.nodes = nodes; kg.edges = edges;
    window.kgNetwork = network; window.kgNodes = nodes; window.kgEdges = edges;
    network.once("afterDrawing", () => {
      window.kgFirstFrame = performance.now();  // milliseconds since navigation began (benchmarks/page.py reads it)
      document.getElementById("loading").remove();
      setTimeout(afterFirstFrame, 0);
    });

    function apply() {
      const updates = data.nodes.map(n => ({ id: n.id, hidden: !visible(n), opacity: 1 }))
        .concat(data.folds.map(f => ({ id: f.id, hidden: !foldVisible(f), opacity: 1 })));
      nodes.update(updates);
      state.focus = null;
      const shown = updates.filter(u => !u.hidden && !kg.folds.has(u.id)).length;
      document.getElementById("count").textContent = `${shown} / ${data.nodes.length} nodes shown`;
    }
    kg.apply = apply;

    // layers: one per class, with the legend's colour and count
    const legend = document.getElementById("legend");
    data.classes.forEach(c => {
      const row = kg.el("label", undefined, { className: "layer" });
      const box = kg.el("input", undefined, { type: "checkbox", checked: state.types.has(c.name) });
      box.dataset.type = c.name;
      box.addEventListener("change", () => { box.checked ? state.types.add(c.name) : state.types.delete(c.name); apply(); });
      const sw = kg.el("span", undefined, { className: "swatch " + c.shape });
      sw.style.background = c.color;
      row.append(box, sw, kg.el("span", `${c.label} (${c.count})`));
      legend.appendChild(row);
    });
    if (data.folds.length) legend.appendChild(kg.el("p", "Strategies are folded into one node per county while their layer is off.", { className: "hint" }));

    if (impliedCount) {
      const row = kg.el("label", undefined, { className: "layer" });
      const box = kg.el("input", undefined, { type: "checkbox", checked: state.lines, id: "lines" });
      box.addEventListener("change", () => {
        state.lines = box.checked;
        unlight();
        const ids = data.edges.map((e, i) => i).filter(i => implied[i]);
        if (box.checked) edges.add(ids.map(i => visEdge(data.edges[i], i))); else edges.remove(ids);
      });
      row.append(box, kg.el("span", undefined, { className: "swatch line" }), kg.el("span", `位于 located-in lines (${impliedCount})`));
      legend.appendChild(row);
    }
    document.getElementById("physics").addEventListener("change", e => network.setOptions({ physics: { enabled: e.target.checked } }));

    // the county list: the way into a county's dossier
    const list = document.getElementById("counties");
    data.counties.forEach(([id, label, projects, yi, docs]) => {
      const row = kg.el("div", undefined, { className: "county" });
      row.dataset.id = id;
      row.append(kg.el("span", label, { className: "name" }), kg.el("span", docs ? `${docs} 文件 · ${projects} 项目 · ${kg.yi(yi)} 亿元` : "mentioned only", { className: "meta" }));
      row.addEventListener("click", () => kg.select(id));
      list.appendChild(row);
    });

    function fill(select, all, items) {
      select.appendChild(kg.el("option", all, { value: "" }));
      items.forEach(([value, label]) => select.appendChild(kg.el("option", label, { value: value })));
    }
    const countySel = document.getElementById("county"), docSel = document.getElementById("document");
    const yearSel = document.getElementById("year");
    fill(countySel, "县 all counties", data.counties.map(c => [c[0], c[1]]));
    fill(docSel, "文件 all documents", data.documents);
    fill(yearSel, "年份 all years", data.years);
    yearSel.addEventListener("change", () => { state.year = yearSel.value; apply(); });
    countySel.addEventListener("change", () => { state.county = countySel.value; apply(); });
    docSel.addEventListener("change", () => { state.document = docSel.value; apply(); });
    kg.filterDocument = file => { docSel.value = file; state.document = file; apply(); };

    // a page cut from a larger graph says so, and how to see any part whole
    const note = document.getElementById("note");
    if (data.total > data.nodes.length || data.total_edges > data.edges.length) {
      note.style.display = "block";
      note.appendChild(kg.el("p", `This page holds the ${data.nodes.length} most connected of ${data.total} entities ` +
        `and ${data.edges.length} of their ${data.total_edges} relations; ` +
        "`kg view BUILD --county NAME` or `--document FILE` draws any county or document whole."));
    }

    // search by name or alias (Chinese input works: plain substring match)
    const search = document.getElementById("search"), hits = document.getElementById("hits");
    search.addEventListener("input", () => {
      hits.textContent = "";
      const q = search.value.trim();
      if (!q) return;
      data.nodes.filter(n => n.names.some(s => s.includes(q))).slice(0, 30).forEach(n => {
        const hit = kg.el("div", `${n.name} · ${n.type}`);
        hit.dataset.id = n.id;
        hit.addEventListener("click", () => kg.select(n.id));
        hits.appendChild(hit);
      });
    });

    // select: focus on a node's neighbourhood, open its dossier, remember it in the address
    kg.select = function (id, options) {
      const opts = options || {};
      const fold = kg.folds.get(id);
      const target = fold ? fold.county : id;
      kg.ready(() => {
        kg.dossier.open(target, fold ? "strategies" : opts.section, opts);
        network.redraw();  // the panel narrowed the canvas
        if (nodes.get(id)) focus(id);
      });
      if (!opts.fromHash) history.replaceState(null, "", "#" + kg.fragment(target));
    };
    kg.fragment = id => encodeURIComponent(id).replace(/%2F/g, "/");  // ids are IRIs less https://w3id.org/county-kg/id/
    const lit = [];  // located-in lines drawn for the node in focus while their layer is off
    function unlight() { edges.remove(lit.splice(0)); }
    function focus(id) {
      unlight();
      if (!state.lines) {
        data.edges.forEach((e, i) => { if (implied[i] && (e.from === id || e.to === id) && !edges.get(i)) lit.push(i); });
        edges.add(lit.map(i => visEdge(data.edges[i], i)));
      }
      const around = new Set(near.get(id) || []); around.add(id);
      nodes.update(nodes.getIds().map(n => ({ id: n, opacity: around.has(n) ? 1 : 0.15 })));
      if (nodes.get(id).hidden) nodes.update({ id: id, hidden: false });
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 0.6), animation: { duration: 400 } });
      state.focus = id;
    }
    function reset() { unlight(); apply(); network.unselectAll(); network.fit({ animation: false }); }
    network.on("click", p => {
      if (p.nodes.length) kg.select(p.nodes[0]);
      else if (state.focus) { unlight(); nodes.update(nodes.getIds().map(n => ({ id: n, opacity: 1 }))); state.focus = null; }
    });
    document.getElementById("reset").addEventListener("click", reset);

    // tooltips are made when first hovered: the first frame needs none of their text
    network.on("hoverNode", p => { if (kg.isReady() && !nodes.get(p.node).title) nodes.update({ id: p.node, title: kg.tip.node(p.node) }); });
    network.on("hoverEdge", p => { if (kg.isReady() && !edges.get(p.edge).title) edges.update({ id: p.edge, title: kg.tip.edge(p.edge) }); });
    apply();
  }

  function afterFirstFrame() {
    window.addEventListener("hashchange", fromHash);
    kg.ready(fromHash);
  }
  function fromHash() {
    const frag = decodeURIComponent(location.hash.slice(1));
    if (!frag) return;
    if (frag === "compare" || frag.startsWith("compare/")) { kg.ready(() => kg.comparisonFromHash(frag)); return; }
    const id = frag;
    if (kg.byId.has(id) || (kg.isReady() && kg.dossier.knows(id))) kg.select(id, { fromHash: true });
  }

  // paint the loading notice first, then parse and draw
  requestAnimationFrame(() => setTimeout(start, 0));
})();
