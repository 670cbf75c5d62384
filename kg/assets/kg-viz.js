/* defenders-kg network page.
 *
 * Draws the graph embedded as JSON in #kg-data with vis-network, and shows each node's and
 * edge's details (class, other names, facts, evidence sentences and documents) on hover and
 * on click. Every string that comes from the graph is inserted with textContent or as a DOM
 * text node: never as HTML. */
"use strict";

// pyvis's globals, kept so that tests and pages embedding this one can reach the vis objects.
var network = null;
var nodes = null;
var edges = null;

(function () {
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const started = performance.now();
  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function factText(f) {
    if (f.value !== undefined) return f.subject + " — " + f.relation + ": " + f.value;
    return f.subject + " " + f.relation + " " + f.object;
  }

  function sourceText(ev) {
    let text = ev.document || "unknown document";
    if (ev.span) text += ", characters " + ev.span.replace("-", "–");
    return text;
  }

  // --- hover tooltips (DOM elements: vis-network shows them as they are) -------------------

  function nodeTooltip(n) {
    const k = n.kg || {};
    const box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-title", n.label));
    let line = k.className || k.class || "";
    if (k.altLabels && k.altLabels.length) line += " · also " + k.altLabels.join(", ");
    box.appendChild(el("div", "kg-muted", line));
    if (k.text) box.appendChild(el("div", "kg-sentence", "“" + k.text + "”"));
    const facts = k.facts || [];
    if (facts.length) {
      const ul = el("ul");
      facts.slice(0, 8).forEach((f) => ul.appendChild(el("li", null, factText(f))));
      if (facts.length > 8) ul.appendChild(el("li", "kg-muted", "… and " + (facts.length - 8) + " more"));
      box.appendChild(ul);
    }
    box.appendChild(el("div", "kg-muted", "Click for the evidence."));
    return box;
  }

  function edgeTooltip(e) {
    const k = e.kg || {};
    const box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-title", k.from + " " + k.relation + " " + k.to));
    const ev = k.evidence || [];
    if (ev.length) {
      box.appendChild(el("div", "kg-sentence", "“" + ev[0].sentence + "”"));
      box.appendChild(el("div", "kg-source", sourceText(ev[0]) + (ev.length > 1 ? " (+" + (ev.length - 1) + " more)" : "")));
    } else {
      box.appendChild(el("div", "kg-muted", "No evidence sentence recorded."));
    }
    return box;
  }

  // --- the side panel ------------------------------------------------------------------------

  const panel = $("kg-panel");

  function nodeLink(id, text) {
    if (id && nodes.get(id)) {
      const a = el("span", "kg-link", text);
      a.setAttribute("role", "link");
      a.tabIndex = 0;
      a.addEventListener("click", () => selectNode(id));
      a.addEventListener("keydown", (ev) => { if (ev.key === "Enter") selectNode(id); });
      return a;
    }
    return document.createTextNode(text);
  }

  function evidenceList(evidence) {
    const ul = el("ul", "kg-evidence");
    evidence.forEach((ev) => {
      const li = el("li");
      li.appendChild(el("div", "kg-sentence", "“" + (ev.sentence || "") + "”"));
      li.appendChild(el("div", "kg-source", "— " + sourceText(ev)));
      ul.appendChild(li);
    });
    return ul;
  }

  function factBlock(f, selfId) {
    const div = el("div", "kg-fact");
    const line = el("div");
    line.appendChild(f.subject_id === selfId ? el("strong", null, f.subject) : nodeLink(f.subject_id, f.subject));
    line.appendChild(document.createTextNode(" " + f.relation + " "));
    if (f.value !== undefined) {
      line.appendChild(el("strong", null, f.value));
    } else {
      line.appendChild(f.object_id === selfId ? el("strong", null, f.object) : nodeLink(f.object_id, f.object));
    }
    div.appendChild(line);
    if (f.evidence && f.evidence.length) div.appendChild(evidenceList(f.evidence));
    else if (f.value === undefined && !/owl#sameAs$/.test(f.relation_iri || "")) {
      div.appendChild(el("div", "kg-muted", "No evidence sentence recorded."));
    }
    return div;
  }

  function classBadge(k) {
    const badge = el("span", "kg-class", k.className || k.class);
    const style = (data.legend || []).find((l) => l.class === k.class);
    if (style) badge.style.background = style.color;
    return badge;
  }

  function showNode(id) {
    const n = nodes.get(id);
    if (!n) return;
    const k = n.kg || {};
    clear(panel);
    panel.appendChild(el("h2", null, n.label));
    panel.appendChild(classBadge(k));
    panel.appendChild(el("div", "kg-iri", k.iri));
    if (k.altLabels && k.altLabels.length) {
      panel.appendChild(el("h3", null, "Other names"));
      const ul = el("ul");
      k.altLabels.forEach((a) => ul.appendChild(el("li", null, a)));
      panel.appendChild(ul);
    }
    if (k.text) {
      panel.appendChild(el("h3", null, "Sentence"));
      panel.appendChild(el("div", "kg-sentence", "“" + k.text + "”"));
    }
    const facts = k.facts || [];
    panel.appendChild(el("h3", null, "Facts (" + facts.length + ")"));
    if (!facts.length) panel.appendChild(el("div", "kg-muted", "No facts recorded."));
    facts.forEach((f) => panel.appendChild(factBlock(f, id)));
  }

  function showEdge(id) {
    const e = edges.get(id);
    if (!e) return;
    const k = e.kg || {};
    clear(panel);
    panel.appendChild(el("h2", null, k.relation));
    const line = el("div");
    line.appendChild(nodeLink(e.from, k.from));
    line.appendChild(document.createTextNode(" → "));
    line.appendChild(nodeLink(e.to, k.to));
    panel.appendChild(line);
    panel.appendChild(el("div", "kg-iri", k.iri));
    const ev = k.evidence || [];
    panel.appendChild(el("h3", null, "Evidence (" + ev.length + ")"));
    if (ev.length) panel.appendChild(evidenceList(ev));
    else panel.appendChild(el("div", "kg-muted", "No evidence sentence recorded."));
  }

  function showOverview() {
    clear(panel);
    panel.appendChild(el("h2", null, data.title));
    panel.appendChild(el("p", "kg-muted", nodes.length + " nodes, " + edges.length + " edges."));
    const ul = el("ul");
    [
      "Hover over a node or an edge for a summary; click it for its facts and their evidence.",
      "Find a node by name with the search box.",
      "Drag the background to pan, scroll to zoom, drag a node to move it.",
      "Click a class in the legend to hide or show its nodes.",
    ].forEach((t) => ul.appendChild(el("li", null, t)));
    panel.appendChild(ul);
  }

  function selectNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    showNode(id);
  }

  // --- the data and the network --------------------------------------------------------------

  nodes = new vis.DataSet(data.nodes.map((n) => Object.assign({}, n, { title: nodeTooltip(n) })));
  edges = new vis.DataSet(data.edges.map((e) => Object.assign({}, e, { title: edgeTooltip(e) })));
  network = new vis.Network($("mynetwork"), { nodes: nodes, edges: edges }, data.options);

  network.on("click", (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else showOverview();
  });

  // --- header: title, counts, search, physics, fit --------------------------------------------

  $("kg-title").textContent = data.title;
  $("kg-counts").textContent = nodes.length + " nodes · " + edges.length + " edges";

  const byName = new Map();
  const names = new Set();
  function addName(name, id) {
    const key = String(name).toLowerCase();
    if (!byName.has(key)) byName.set(key, []);
    byName.get(key).push(id);
  }
  data.nodes.forEach((n) => {
    addName(n.label, n.id);
    names.add(n.label);
    ((n.kg && n.kg.altLabels) || []).forEach((a) => addName(a, n.id));
  });
  const datalist = $("kg-names");
  Array.from(names).sort().forEach((name) => {
    const opt = document.createElement("option");
    opt.value = name;
    datalist.appendChild(opt);
  });

  function findNode(query) {
    const q = query.trim().toLowerCase();
    if (!q) return null;
    const exact = data.nodes.find((n) => String(n.label).toLowerCase() === q);
    if (exact) return exact.id;
    if (byName.has(q)) return byName.get(q)[0];
    const partial = data.nodes.find((n) => String(n.label).toLowerCase().includes(q));
    return partial ? partial.id : null;
  }

  $("kg-search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const query = $("kg-search").value;
    const id = findNode(query);
    $("kg-search-message").textContent = id === null && query.trim() ? "No node called “" + query.trim() + "”." : "";
    if (id !== null) selectNode(id);
  });

  const physics = $("kg-physics");
  physics.checked = !!(data.options.physics && data.options.physics.enabled);
  physics.addEventListener("change", () => network.setOptions({ physics: { enabled: physics.checked } }));
  $("kg-fit").addEventListener("click", () => network.fit({ animation: { duration: 300 } }));

  // --- legend: colour and shape of each class; a click hides or shows the class --------------

  const legend = $("kg-legend");
  (data.legend || []).forEach((item) => {
    const row = el("div", "kg-legend-item");
    row.setAttribute("role", "button");
    row.title = "Hide or show the " + item.name + " nodes";
    const swatch = el("span", "kg-swatch kg-shape-" + item.shape);
    swatch.style.background = item.color;
    row.appendChild(swatch);
    row.appendChild(el("span", null, item.name + " (" + item.count + ")"));
    row.addEventListener("click", () => {
      const off = row.classList.toggle("kg-off");
      const ids = nodes.getIds({ filter: (n) => n.kg && n.kg.class === item.class });
      nodes.update(ids.map((nid) => ({ id: nid, hidden: off })));
    });
    legend.appendChild(row);
  });
  if (!legend.firstChild) legend.style.display = "none";

  // --- layout: a seeded, deterministic stabilisation; physics stops once it is done ----------

  const status = $("kg-status");
  function ready() {
    window.kgStabilizationMs = Math.round(performance.now() - started);
    status.textContent = "";
    window.kgReady = true;
    document.documentElement.setAttribute("data-kg-ready", "true");
  }
  if (physics.checked && nodes.length > 0) {
    status.textContent = "Laying out…";
    network.on("stabilizationProgress", (p) => {
      status.textContent = "Laying out… " + Math.round((100 * p.iterations) / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: { enabled: false } });
      physics.checked = false;
      ready();
    });
  } else {
    ready();
  }

  showOverview();
  window.kg = { showNode: showNode, showEdge: showEdge, selectNode: selectNode, findNode: findNode };
})();
