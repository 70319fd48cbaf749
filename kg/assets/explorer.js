// county-kg explorer: search, filters, neighbourhood focus and the large-graph view.
// All text from the documents is set with textContent: it is never parsed as HTML.
(function () {
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const nodes = new vis.DataSet(data.nodes.map(n => Object.assign({}, n, { title: n.tooltip })));
  const edges = new vis.DataSet(data.edges.map(e => Object.assign({}, e, { title: e.tooltip })));
  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.kgNetwork = network; window.kgNodes = nodes; window.kgEdges = edges;
  network.once("stabilizationIterationsDone", () => network.setOptions({ physics: false }));

  const state = { types: new Set(data.classes.map(c => c.name)), county: "", document: "", year: "", showAll: !data.large, focus: null };
  if (data.large) { state.types.delete("Strategy"); }

  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    Object.assign(e, attrs || {});
    return e;
  }

  // legend and class filters
  const legend = document.getElementById("legend");
  data.classes.forEach(c => {
    const row = el("div");
    const box = el("input", undefined, { type: "checkbox", checked: state.types.has(c.name) });
    box.addEventListener("change", () => { box.checked ? state.types.add(c.name) : state.types.delete(c.name); apply(); });
    const sw = el("span", undefined, { className: "swatch" }); sw.style.background = c.color;
    row.append(box, sw, el("span", `${c.label} (${c.count})`));
    legend.appendChild(row);
  });

  function fill(select, items) {
    select.appendChild(el("option", "全部 all", { value: "" }));
    items.forEach(([value, label]) => select.appendChild(el("option", label, { value: value })));
  }
  const countySel = document.getElementById("county"), docSel = document.getElementById("document");
  const yearSel = document.getElementById("year");
  fill(countySel, data.counties); fill(docSel, data.documents); fill(yearSel, data.years);
  yearSel.addEventListener("change", () => { state.year = yearSel.value; apply(); });
  countySel.addEventListener("change", () => { state.county = countySel.value; apply(); });
  docSel.addEventListener("change", () => { state.document = docSel.value; apply(); });

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
    if (data.large && !state.showAll && n.degree < data.min_degree && n.type !== "County") return false;
    return true;
  }

  function apply() {
    const updates = data.nodes.map(n => ({ id: n.id, hidden: !visible(n) }));
    nodes.update(updates);
    const shown = updates.filter(u => !u.hidden).length;
    document.getElementById("count").textContent = `${shown} / ${data.nodes.length} nodes shown`;
  }

  // large graphs: say what is hidden and how to show it
  const note = document.getElementById("note");
  if (data.total > data.nodes.length || data.total_edges > data.edges.length) {
    note.style.display = "block";
    note.appendChild(el("p", `This page holds the ${data.nodes.length} most connected of ${data.total} entities ` +
      `and ${data.edges.length} of their ${data.total_edges} relations; ` +
      "`kg view BUILD --county NAME` or `--document FILE` draws any county or document whole."));
  }
  if (data.large) {
    note.style.display = "block";
    const part = el("p");
    part.appendChild(el("span", `This graph has ${data.nodes.length} nodes. To open quickly, strategies and entities with fewer than ${data.min_degree} links are hidden. `));
    const btn = el("button", "Show everything");
    btn.addEventListener("click", () => { state.showAll = true; data.classes.forEach(c => state.types.add(c.name)); legend.querySelectorAll("input").forEach(b => b.checked = true); part.remove(); if (!note.children.length) note.style.display = "none"; apply(); });
    part.appendChild(btn);
    note.appendChild(part);
  }

  // search by name or alias (Chinese input works: plain substring match)
  const search = document.getElementById("search"), hits = document.getElementById("hits");
  search.addEventListener("input", () => {
    hits.textContent = "";
    const q = search.value.trim();
    if (!q) return;
    data.nodes.filter(n => n.names.some(s => s.includes(q))).slice(0, 30).forEach(n => {
      const hit = el("div", `${n.label_full} · ${n.type}`);
      hit.dataset.id = n.id;
      hit.addEventListener("click", () => focus(n.id));
      hits.appendChild(hit);
    });
  });

  // click a node: focus on its neighbourhood; click the background to reset
  function focus(id) {
    const near = new Set(network.getConnectedNodes(id)); near.add(id);
    nodes.update(data.nodes.map(n => ({ id: n.id, hidden: false, opacity: near.has(n.id) ? 1 : 0.15 })));
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: true });
    state.focus = id;
  }
  function reset() { nodes.update(data.nodes.map(n => ({ id: n.id, opacity: 1 }))); state.focus = null; apply(); }
  network.on("click", p => { if (p.nodes.length) focus(p.nodes[0]); else if (state.focus) reset(); });
  document.getElementById("reset").addEventListener("click", reset);
  apply();
})();
