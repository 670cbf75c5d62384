// The query page of `kg serve`: run the editor's query against /sparql and show the results.
// Everything from the server goes into the page with textContent (never innerHTML), and only
// http(s) IRIs become links: IRIs under the base IRI link to this server's pages.
"use strict";

(function () {
  const app = document.getElementById("query-app");
  if (!app) return;
  const form = document.getElementById("query-form");
  const editor = document.getElementById("query");
  const picker = document.getElementById("named-query");
  const description = document.getElementById("query-description");
  const status = document.getElementById("status");
  const errorBox = document.getElementById("error");
  const results = document.getElementById("results");
  const downloads = document.getElementById("downloads");
  const runButton = document.getElementById("run");
  const baseIri = app.dataset.baseIri || "";
  let prefixes = {};
  try {
    prefixes = JSON.parse(app.dataset.prefixes || "{}");
  } catch (e) {
    prefixes = {};
  }
  const namespaces = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function shorten(iri) {
    for (const [prefix, ns] of namespaces) {
      if (iri.startsWith(ns) && iri.length > ns.length) return prefix + ":" + iri.slice(ns.length);
    }
    return iri;
  }

  function hrefFor(iri) {
    if (baseIri && iri.startsWith(baseIri)) {
      const rest = iri.slice(baseIri.length);
      if (rest.startsWith("resource/") || rest.startsWith("document/")) return "/" + rest;
      return null; // the ontology and graph names are not served here
    }
    if (/^https?:\/\//i.test(iri)) return iri;
    return null;
  }

  function iriNode(iri) {
    const href = hrefFor(iri);
    if (!href) return el("span", shorten(iri), "iri");
    const a = el("a", shorten(iri));
    a.href = href;
    a.title = iri;
    if (!href.startsWith("/")) {
      a.rel = "noopener noreferrer";
      a.className = "external";
    }
    return a;
  }

  function termNode(term) {
    if (!term) return el("span", "");
    if (term.type === "uri") return iriNode(term.value);
    if (term.type === "bnode") return el("span", "_:" + term.value, "bnode");
    if (term.type === "triple") {
      const span = el("span", null, "triple");
      span.append("<< ", termNode(term.value.subject), " ", termNode(term.value.predicate), " ",
        termNode(term.value.object), " >>");
      return span;
    }
    const span = el("span", null, "literal");
    span.append(term.value);
    const note = term["xml:lang"] ? "@" + term["xml:lang"] : (term.datatype ? shorten(term.datatype) : "");
    if (note) span.append(" ", el("span", note, "note"));
    return span;
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function clear() {
    errorBox.hidden = true;
    errorBox.textContent = "";
    results.replaceChildren();
    downloads.replaceChildren();
    downloads.hidden = true;
  }

  function renderTable(data) {
    const vars = (data.head && data.head.vars) || [];
    const rows = (data.results && data.results.bindings) || [];
    const table = el("table", null, "results");
    table.id = "results-table";
    const head = el("thead");
    const headRow = el("tr");
    for (const v of vars) headRow.append(el("th", v));
    head.append(headRow);
    const body = el("tbody");
    for (const row of rows) {
      const tr = el("tr");
      for (const v of vars) {
        const td = el("td");
        td.append(termNode(row[v]));
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(head, body);
    results.append(table);
    return rows.length;
  }

  const RESULT_DOWNLOADS = [["JSON", "json"], ["CSV", "csv"], ["TSV", "tsv"], ["XML", "xml"]];
  const GRAPH_DOWNLOADS = [["Turtle", "turtle"], ["N-Triples", "ntriples"], ["JSON-LD", "jsonld"], ["RDF/XML", "rdfxml"]];

  function renderDownloads(query, isGraph) {
    downloads.append("Download: ");
    for (const [label, format] of isGraph ? GRAPH_DOWNLOADS : RESULT_DOWNLOADS) {
      const a = el("a", label);
      a.href = "/sparql?" + new URLSearchParams({ query: query, format: format }).toString();
      downloads.append(a, " ");
    }
    downloads.hidden = false;
  }

  async function run() {
    const query = editor.value;
    clear();
    status.textContent = "Running…";
    runButton.disabled = true;
    const started = performance.now();
    try {
      const response = await fetch("/sparql", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Accept": "application/sparql-results+json, text/turtle;q=0.9",
        },
        body: new URLSearchParams({ query: query }).toString(),
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const type = response.headers.get("Content-Type") || "";
      if (!response.ok) {
        const text = await response.text();
        status.textContent = "";
        showError("Error " + response.status + ": " + text.trim());
        return;
      }
      if (type.includes("json")) {
        const data = await response.json();
        if (typeof data.boolean === "boolean") {
          results.append(el("p", "ASK: " + (data.boolean ? "true" : "false"), "boolean"));
          status.textContent = seconds + " s";
        } else {
          const count = renderTable(data);
          status.textContent = count + (count === 1 ? " row" : " rows") + " in " + seconds + " s";
        }
      } else {
        results.append(el("pre", await response.text(), "graph"));
        status.textContent = "graph result in " + seconds + " s";
      }
      renderDownloads(query, !type.includes("json"));
    } catch (err) {
      status.textContent = "";
      showError("The request failed: " + err);
    } finally {
      runButton.disabled = false;
    }
  }

  picker.addEventListener("change", () => {
    const option = picker.selectedOptions[0];
    if (option && option.dataset.query !== undefined) {
      editor.value = option.dataset.query;
      description.textContent = option.title || "";
    } else {
      description.textContent = "";
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
})();
