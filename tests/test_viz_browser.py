"""The network page in a real headless browser (Debian's Chromium driven by Playwright).

Every test records the page's network requests (any request that is not the page file itself
is aborted and counted as a failure), its dialogs, console errors (a Content-Security-Policy
violation shows up there) and the elements added to the document.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, make_store

from kg import viz
from kg.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"{CHROMIUM} not found: the browser tests need Debian's chromium (apt-get install chromium)",
)
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the browser tests need Playwright (pip install playwright)"
)

RES = "https://w3id.org/defenders-kg/resource/"
COX = RES + "person/charlie-cox"
MURDOCK = RES + "character/matt-murdock"
MALLORY = RES + "person/mallory"
SENTENCE = "The series stars Charlie Cox as Matt Murdock / Daredevil."

# Runs before the page's own scripts: records every element of a dangerous kind added to the
# document (the parser's three <script> elements included) and every alert/confirm/prompt.
WATCH = """
window.__kgAdded = [];
window.__kgCalls = [];
for (const name of ["alert", "confirm", "prompt"]) {
  const original = window[name];
  window[name] = function () { window.__kgCalls.push(name); return original.apply(this, arguments); };
}
const seen = new WeakSet();
new MutationObserver((mutations) => {
  for (const m of mutations) for (const n of m.addedNodes) {
    if (n.nodeType !== 1) continue;
    for (const e of [n, ...n.querySelectorAll("*")]) {
      if (seen.has(e)) continue;
      seen.add(e);
      if (/^(script|img|iframe|svg|object|embed|a|b)$/i.test(e.nodeName)) window.__kgAdded.push(e.nodeName.toLowerCase());
    }
  }
}).observe(document, { childList: true, subtree: true });
"""


class Tab:
    """A browser page on one of our files, with what it requested, alerted and logged."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.add_init_script(WATCH)
        self.page.route("**/*", self._route)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.on(
            "console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None
        )
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        # (wait_for_function would need eval, which the page's CSP forbids: wait on an attribute)
        self.page.wait_for_selector("html[data-kg-ready]", state="attached", timeout=20_000)

    def _route(self, route: Any) -> None:
        if route.request.url == self.url:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def node_point(self, node_id: str) -> tuple[float, float]:
        p = self.js(
            """(id) => {
                const dom = network.canvasToDOM(network.getPositions([id])[id]);
                const box = document.getElementById("mynetwork").getBoundingClientRect();
                return [box.left + dom.x, box.top + dom.y];
            }""",
            node_id,
        )
        return p[0], p[1]

    def edge_point(self, edge_id: str) -> tuple[float, float]:
        p = self.js(
            """(id) => {
                const edge = network.body.edges[id];
                const dom = network.canvasToDOM(edge.edgeType.getPoint(0.5));
                const box = document.getElementById("mynetwork").getBoundingClientRect();
                return [box.left + dom.x, box.top + dom.y];
            }""",
            edge_id,
        )
        return p[0], p[1]

    def click_node(self, node_id: str) -> None:
        self.page.mouse.click(*self.node_point(node_id))

    def hover_node(self, node_id: str) -> None:
        """Move the mouse onto a node from a little below it (vis needs a move to show a tooltip)."""
        x, y = self.node_point(node_id)
        self.page.mouse.move(x, y + 60)
        self.page.mouse.move(x, y, steps=4)

    def panel(self) -> str:
        return self.page.inner_text("#kg-panel")

    def assert_clean(self) -> None:
        """Nothing requested, alerted, logged or injected."""
        assert self.requests == [self.url]
        assert self.blocked == []
        assert self.dialogs == [] and self.js("window.__kgCalls") == []
        assert self.errors == []
        # the parser's three scripts (data, vis-network, page) and nothing else of that kind
        assert self.js("window.__kgAdded") == ["script", "script", "script"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


@pytest.fixture(scope="module")
def small_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("viz")
    out = root / "small.html"
    viz.write_html(open_store(make_store(root / "store")), out)
    return out


@pytest.fixture(scope="module")
def injection_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("inj")
    out = root / "inj.html"
    store = open_store(make_store(root / "store", FIXTURES / "viz_injection.trig"))
    viz.write_html(store, out, evidence=True, title="<img src=x onerror=alert('title')>")
    return out


def test_page_draws_the_graph_offline(browser, small_page):
    tab = Tab(browser, small_page)
    counts = tab.js(
        "[nodes.length, edges.length, network.body.data.nodes.length, network.body.data.edges.length,"
        " network.body.nodeIndices.length, network.body.edgeIndices.length]"
    )
    assert counts == [11, 9, 11, 9, 11, 9]
    assert tab.page.inner_text("#kg-counts") == "11 nodes · 9 edges"
    assert tab.page.locator("#kg-legend .kg-legend-item").count() == 6
    # physics stopped after the layout settled; the toggle reflects it and turns it back on
    assert tab.js("network.physics.options.enabled") is False
    tab.page.check("#kg-physics")
    assert tab.js("network.physics.options.enabled") is True
    tab.assert_clean()
    tab.page.close()


def test_same_graph_same_picture(browser, small_page):
    positions = []
    for _ in range(2):
        tab = Tab(browser, small_page)
        pos = tab.js("network.getPositions()")
        positions.append({k: (round(v["x"]), round(v["y"])) for k, v in pos.items()})
        tab.page.close()
    assert positions[0] == positions[1]
    assert len(set(positions[0].values())) == 11  # and the nodes are spread out


def test_clicking_a_node_shows_its_facts_and_evidence(browser, small_page):
    tab = Tab(browser, small_page)
    tab.click_node(COX)
    assert tab.js("network.getSelectedNodes()") == [COX]
    text = tab.panel()
    for expected in (
        "Charlie Cox",
        "person",
        "Cox",
        "Charlie Cox plays Matt Murdock",
        SENTENCE,
        "fixture.txt",
    ):
        assert expected in text
    # hovering shows a summary tooltip
    tab.hover_node(COX)
    tooltip = tab.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert "Charlie Cox plays Matt Murdock" in tooltip.inner_text()
    # the other end of a fact is a link to its node
    tab.page.click("#kg-panel .kg-link")
    text = tab.panel()
    assert text.startswith("Matt Murdock") and "other names" in text.lower() and "Daredevil" in text
    assert "Matt Murdock appears in Marvel's The Defenders" in text
    tab.assert_clean()
    tab.page.close()


def test_clicking_an_edge_shows_the_relation_and_its_evidence(browser, small_page):
    tab = Tab(browser, small_page)
    edge_id = tab.js(
        "(ids) => edges.get({filter: (e) => e.from === ids[0] && e.to === ids[1]})[0].id", [COX, MURDOCK]
    )
    tab.page.mouse.click(*tab.edge_point(edge_id))
    assert tab.js("network.getSelectedEdges()") == [edge_id]
    text = tab.panel()
    assert text.startswith("plays") and "Charlie Cox → Matt Murdock" in text
    assert SENTENCE in text and "fixture.txt" in text
    tab.assert_clean()
    tab.page.close()


def test_search_box_finds_and_focuses_a_node(browser, small_page):
    tab = Tab(browser, small_page)
    tab.page.fill("#kg-search", "murdock")  # another name, any case
    tab.page.press("#kg-search", "Enter")
    assert tab.js("network.getSelectedNodes()") == [MURDOCK]
    assert tab.panel().startswith("Matt Murdock")
    tab.page.fill("#kg-search", "Frank Castle")
    tab.page.press("#kg-search", "Enter")
    assert tab.page.inner_text("#kg-search-message") == "No node called “Frank Castle”."
    tab.assert_clean()
    tab.page.close()


def test_hostile_document_executes_nothing(browser, injection_page):
    tab = Tab(browser, injection_page)
    assert tab.js("[nodes.length, edges.length]") == [4 + 2 + 1, 4 + 2 + 4]  # + 2 sentences, 1 document
    assert tab.page.title() == "<img src=x onerror=alert('title')>"
    assert tab.page.inner_text("#kg-title") == "<img src=x onerror=alert('title')>"
    tab.click_node(MALLORY)
    text = tab.panel()
    assert text.startswith("<img src=x onerror=alert(1)>")
    assert "<script>alert(2)</script>" in text  # other name
    assert "Mallory <script>alert(7)</script> plays Eve <img src=x onerror=alert(8)> in Hack." in text
    assert '<iframe src="javascript:alert(9)"></iframe>' in text
    assert "<img src=x onerror=alert(6)>.txt" in text
    # the tooltip of the node and the search box handle the same text
    tab.hover_node(MALLORY)
    tooltip = tab.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert "<img src=x onerror=alert(1)>" in tooltip.inner_text()
    tab.page.fill("#kg-search", "<script>alert(2)</script>")
    tab.page.press("#kg-search", "Enter")
    assert tab.js("network.getSelectedNodes()") == [MALLORY]
    tab.page.fill("#kg-search", "<img src=y onerror=alert(11)>")
    tab.page.press("#kg-search", "Enter")
    assert "<img src=y onerror=alert(11)>" in tab.page.inner_text("#kg-search-message")
    # the series' label holds a link: it is text, not an element
    hack = tab.js("(id) => nodes.get(id).label", RES + "series/hack")
    assert hack == 'Hack & <b>Slash</b> <a href="javascript:alert(10)">x</a>'
    tab.page.wait_for_timeout(200)  # let anything that was going to fire, fire
    tab.assert_clean()
    tab.page.close()
