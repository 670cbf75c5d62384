"""The query page in headless Chromium: pick a named query, run it, see the rows, follow a link.

Every request the browser makes is recorded (and anything not aimed at the test server on
127.0.0.1 is aborted): the test asserts there is none, so the page works with no network.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from conftest import FIXTURES, make_store

from kg.server import ServerThread, create_app

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK), reason=f"headless browser test needs Chromium at {CHROMIUM}"
)
sync_api = pytest.importorskip("playwright.sync_api", reason="the browser test needs playwright")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("browser")
    store = make_store(root / "store", FIXTURES / "server_kg.trig")
    queries = root / "queries"
    queries.mkdir()
    (queries / "cast.rq").write_text(
        "# Who plays whom\nSELECT ?actor ?character WHERE {\n"
        "  ?a kg:plays ?c ; rdfs:label ?actor . ?c rdfs:label ?character .\n} ORDER BY ?actor\n",
        encoding="utf-8",
    )
    (queries / "people.rq").write_text(
        "# People and their IRIs\nSELECT ?person ?name WHERE { ?person a schema:Person ; rdfs:label ?name }"
        " ORDER BY ?name\n",
        encoding="utf-8",
    )
    app = create_app(store, queries_folder=queries, workers=2)
    with ServerThread(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


def test_run_a_named_query_and_follow_a_link(site: str, browser: object) -> None:
    context = browser.new_context()  # type: ignore[attr-defined]
    requests: list[str] = []
    problems: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    context.route(lambda url: not url.startswith(site + "/"), lambda route: route.abort())
    page = context.new_page()
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))

    page.goto(site + "/")
    assert page.title().startswith("SPARQL query")
    assert "PREFIX kg:" in page.input_value("#query")  # prefixes pre-filled

    page.select_option("#named-query", "cast")
    assert "kg:plays" in page.input_value("#query")
    assert page.text_content("#query-description") == "Who plays whom"
    page.click("#run")
    page.wait_for_selector("#results-table tbody tr")
    rows = page.locator("#results-table tbody tr")
    assert rows.count() == 2
    assert [c.strip() for c in rows.nth(0).locator("td").all_text_contents()] == [
        "Charlie Cox",
        "Matt Murdock",
    ]
    assert [c.strip() for c in rows.nth(1).locator("td").all_text_contents()] == [
        "Rosario Dawson",
        "Claire Temple",
    ]
    assert page.locator("#results-table th").all_text_contents() == ["actor", "character"]
    assert "2 rows" in page.text_content("#status")
    downloads = page.locator("#downloads a")
    assert downloads.all_text_contents() == ["JSON", "CSV", "TSV", "XML"]
    csv = page.request.get(site + downloads.nth(1).get_attribute("href"))
    assert csv.ok and csv.headers["content-type"].startswith("text/csv")
    assert csv.text().splitlines()[1] == "Charlie Cox,Matt Murdock"

    # IRIs in results link to the entity pages served here
    page.select_option("#named-query", "people")
    page.click("#run")
    page.wait_for_selector("#results-table tbody tr >> text=Charlie Cox")
    link = page.locator("#results-table a", has_text="res:person/charlie-cox")
    assert link.get_attribute("href") == "/resource/person/charlie-cox"
    link.click()
    page.wait_for_url(site + "/resource/person/charlie-cox")
    assert page.text_content("h1") == "Charlie Cox"
    assert "Daredevil stars Charlie Cox" in page.text_content("#evidence")

    # errors are shown on the page, as text
    page.goto(site + "/")
    page.fill("#query", "SELECT * WHERE { ?s ?p }")
    page.click("#run")
    page.wait_for_selector("#error:not([hidden])")
    assert page.text_content("#error").startswith("Error 400: SPARQL syntax error")

    # a label with markup stays text when shown in the table
    page.fill("#query", "SELECT ?l WHERE { res:character\\/mallory rdfs:label ?l }")
    page.click("#run")
    page.wait_for_selector("#results-table tbody tr")
    assert page.locator("#results-table script").count() == 0
    assert page.text_content("#results-table tbody td").startswith("<script>alert('x')</script>")

    context.close()
    # no script errors and no resources blocked by the CSP: only the deliberate bad query's 400
    assert problems == ["Failed to load resource: the server responded with a status of 400 (Bad Request)"]
    assert requests, "the browser made no requests?"
    outside = [u for u in requests if not u.startswith(site + "/")]
    assert outside == []
