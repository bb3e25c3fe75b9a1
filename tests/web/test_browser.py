"""The page in a real browser (Debian's chromium driven by Playwright) over a live local server.

The ledger is conftest.py's (the seed article plus three re3d documents, coded by the real
pipeline). The browser may reach nothing but the test server: any other request fails the test.
Screenshots go to artifacts/screenshots/; the dyad and document views are copied to
docs/screenshots/ (linked from the README) when missing or when SITREP_UPDATE_SCREENSHOTS=1.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
                allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the `test` extra")

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "artifacts" / "screenshots"
DOC_SHOTS = REPO / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WAIT = 30_000  # ms; generous for a 2-core machine coding an article


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(web_db, pipeline) -> Iterator[str]:
    """The app under uvicorn on 127.0.0.1 and a free port, in a thread."""
    import uvicorn

    from sitrep.web import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(web_db, pipeline=pipeline), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    started = threading.Event()
    for _ in range(200):
        if srv.started:
            started.set()
            break
        started.wait(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def context(browser):
    """One browser context for the module, so plotly.js is fetched once and then cached."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    yield ctx
    ctx.close()


@pytest.fixture()
def page(context, server):
    """A fresh page that may talk to the test server only, and records console errors."""
    pg = context.new_page()
    pg.set_default_timeout(WAIT)
    pg.outside: list[str] = []  # type: ignore[attr-defined]
    pg.errors: list[str] = []  # type: ignore[attr-defined]

    def only_local(route):
        if route.request.url.startswith(server):
            route.continue_()
        else:
            pg.outside.append(route.request.url)  # type: ignore[attr-defined]
            route.abort()

    pg.route("**/*", only_local)
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    pg.goto(server + "/")
    pg.wait_for_selector("body[data-ready='1']")
    yield pg
    assert pg.outside == [], "the page must not reach outside the server"  # type: ignore[attr-defined]
    assert pg.errors == [], pg.errors  # type: ignore[attr-defined]
    pg.close()


def shoot(pg, name: str, *, publish: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    pg.evaluate("document.activeElement && document.activeElement.blur()")
    pg.screenshot(path=str(path), full_page=publish)
    target = DOC_SHOTS / name
    if publish and (not target.exists() or os.environ.get("SITREP_UPDATE_SCREENSHOTS") == "1"):
        DOC_SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)


def until(pg, expression: str) -> None:
    """Poll a JS expression until it is true (wait_for_function would need the CSP to allow eval)."""
    for _ in range(WAIT // 100):
        if pg.evaluate(expression):
            return
        pg.wait_for_timeout(100)
    raise AssertionError(f"never true: {expression}")


def filter_dyad(pg, a: str, b: str) -> None:
    pg.fill("#f-source", a)
    pg.fill("#f-target", b)
    pg.press("#f-target", "Enter")  # the filter form submits from the keyboard
    pg.wait_for_selector("#dyad:not([hidden]) #dyad-chart .main-svg")
    until(pg, "document.querySelector('#events-note').textContent.includes('source')")


def test_dyad_timeline_and_event_evidence(page):
    filter_dyad(page, "rus", "IRN")
    assert "RUS ↔ IRN" in page.inner_text("#h-dyad")
    sources = page.locator("#events-table tbody tr td:nth-child(2)").all_inner_texts()
    assert sources and all(s.startswith("RUS") for s in sources)
    assert page.locator("#dyad-chart .bars .point").count() >= 1, "a bar per type and period"
    assert page.locator("#dyad-table tbody tr").count() >= 1
    shoot(page, "dyad.png", publish=True)

    page.set_viewport_size({"width": 390, "height": 844})  # a phone: the same view must fit its width
    # plotly redraws the chart for the new width after a resize event
    until(page, "document.querySelector('#dyad-chart .main-svg').clientWidth <= 390")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, "nothing wider than the phone's screen (tables scroll in their own box)"
    assert not page.locator("#events-table th.wide-only").is_visible()
    shoot(page, "phone.png")
    page.set_viewport_size({"width": 1280, "height": 800})

    page.locator("#events-table a.event-link").first.click()
    page.wait_for_selector("#view-detail:not([hidden]) mark.hl.current")
    current = page.locator("mark.hl.current").first
    tip = current.get_attribute("title")
    assert "(asserted)" in tip or "(" in tip
    assert "speaker:" in tip and "attributed to:" in tip
    assert current.get_attribute("tabindex") == "0", "highlights are reachable by keyboard"
    current.focus()
    assert page.inner_text("#span-status") == tip
    # the highlighted text is the evidence the detail lists
    first_span = page.locator(".spans q").first.inner_text()
    marked = " ".join(page.locator("mark.hl.current").all_inner_texts())
    assert first_span.split()[0] in marked


def test_document_view_highlights_every_span(page, server):
    page.goto(server + "/#documents")
    page.wait_for_selector("#documents-table tbody a")
    seed_title = "Russia giving Iran 'unprecedented' military aid, overhauling ties, says US"
    page.get_by_role("link", name=seed_title).click()
    page.wait_for_selector("#view-detail:not([hidden]) article.document mark.hl")
    rows = page.locator("#detail table.rows tbody tr").count()
    marks = page.locator("article.document mark.hl")
    assert rows >= 1 and marks.count() >= 1
    titles = marks.evaluate_all("ms => ms.map(m => m.title)")
    assert all("speaker:" in t and "attributed to:" in t for t in titles)
    # every coded event's type appears on some highlight
    types = set(page.locator("#detail table.rows tbody tr td:nth-child(2)").all_inner_texts())
    marked_types = set(" ".join(marks.evaluate_all("ms => ms.map(m => m.dataset.types)")).split())
    assert types <= marked_types
    shoot(page, "document.png", publish=True)


def test_paste_an_article(page, shared):
    seed = (shared / "seed" / "000_cffe77665d307e1a.txt").read_text(encoding="utf-8")
    page.click("nav.tabs a[data-view='paste']")
    page.fill("#paste-text", seed)
    page.click("#paste-submit")
    page.wait_for_selector("#paste-result h3#paste-heading")
    heading = page.inner_text("#paste-heading")
    assert "Russia giving Iran" in heading
    assert int(heading.split()[0]) >= 1
    assert page.locator("#paste-result article.document mark.hl").count() >= 1
    assert page.locator("#paste-result table.rows tbody tr").count() == int(heading.split()[0])
    shoot(page, "paste.png")


def test_network_view(page):
    page.click("nav.tabs a[data-view='network']")
    page.wait_for_selector("#network-chart .main-svg")
    assert "actors" in page.inner_text("#network-note")
    assert page.locator("#network-chart .scatterlayer .trace").count() >= 2
    shoot(page, "network.png")


def test_bad_filter_shows_the_api_message(page):
    page.fill("#f-source", "R2")
    page.press("#f-source", "Enter")
    page.wait_for_selector("#error:not([hidden])")
    assert "400" in page.inner_text("#error") and "R2" in page.inner_text("#error")
    page.errors.clear()  # type: ignore[attr-defined]  # the browser logs the 400 itself


def test_keyboard_reaches_the_filters_and_the_events(page):
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "sitrep"  # the home link
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "f-source"
    page.keyboard.type("USA")
    page.keyboard.press("Enter")
    until(page, "document.querySelector('#events-note').textContent.includes('source USA')")
    link = page.locator("#events-table a.event-link").first
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#view-detail:not([hidden]) mark.hl.current")
    assert page.evaluate("document.activeElement.id") == "detail-heading"
