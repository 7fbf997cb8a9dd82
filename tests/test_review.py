"""The review page and ``translit apply``: built, replayed, and driven in a real headless browser.

The browser tests use Debian's chromium and chromedriver (``make test`` installs them where apt-get can)
through selenium; without them they skip, saying why. Each browser test takes a second or two.
"""

import base64
import json
import shutil
import tempfile
from pathlib import Path

import pytest

from translit.apply import apply_edits
from translit.edits import Edit
from translit.review import review_page

from .conftest import run_translit

HTML = """<!DOCTYPE html>
<html><head><title>Shelling in Udong</title></head><body>
<p class="lead">Shelling resumed in Udong overnight, officials in <a href="/Kiev">Kiev</a> said.</p>
<p>Advertisement</p>
<p>Heavy fighting continued in Lugansk, the governor of Luhansk region said. 👍🏽 Europe. .&rdquo;</p>
</body></html>
"""
TEXT = "Rail links to Kharkov reopened on Monday.\n\nThe minister thanked the crews in Kiev.\n"
CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory) -> Path:
    """The two documents on disk and their review page, written by the real command."""
    folder = tmp_path_factory.mktemp("review")
    (folder / "story.html").write_text(HTML, encoding="utf-8")
    (folder / "brief.txt").write_text(TEXT, encoding="utf-8")
    page = folder / "report.html"
    result = run_translit("review", str(folder / "story.html"), str(folder / "brief.txt"), "-o", str(page))
    assert result.exit_code == 0, result.output
    return folder


def _exported(page: Path) -> dict:
    """The export the page starts from (every edit accepted), read from the page's own data."""
    html = page.read_text(encoding="utf-8")
    start = html.index('<script type="application/json" id="review-data">') + len(
        '<script type="application/json" id="review-data">'
    )
    return json.loads(html[start : html.index("</script>", start)])


def test_page_is_self_contained(reviewed):
    page = (reviewed / "report.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "http://" not in page.replace('href="/Kiev"', "") and "https://" not in page
    assert page.count('class="edit t-') == 8  # 6 in the HTML article (its title too), 2 in the brief


def test_apply_replays_the_accepted_edits(reviewed, tmp_path):
    export = _exported(reviewed / "report.html")
    story, brief = export["documents"]
    story["edits"] = [e for e in story["edits"] if e["type"] != "boilerplate"]  # the editor rejected one
    (tmp_path / "accepted.json").write_text(json.dumps(export), encoding="utf-8")
    result = run_translit("apply", str(tmp_path / "accepted.json"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    expected = apply_edits(HTML, [Edit(**e) for e in story["edits"]])
    assert (tmp_path / "out" / "story.html").read_text(encoding="utf-8") == expected
    assert "<p>Advertisement</p>" in expected and 'officials in <a href="/Kiev">Kyiv</a>' in expected
    assert (tmp_path / "out" / "brief.txt").read_text(encoding="utf-8") == TEXT.replace(
        "Kharkov", "Kharkiv"
    ).replace("Kiev", "Kyiv")


def test_apply_refuses_a_changed_file_and_a_bad_export(reviewed, tmp_path):
    export = _exported(reviewed / "report.html")
    export["documents"] = export["documents"][1:]
    (tmp_path / "one.json").write_text(json.dumps(export), encoding="utf-8")
    (tmp_path / "brief.txt").write_text(TEXT + "Late addition.\n", encoding="utf-8")
    result = run_translit("apply", str(tmp_path / "one.json"), str(tmp_path / "brief.txt"))
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "brief.txt: the text differs from the one reviewed (sha256); review it again\n"
    )
    (tmp_path / "bad.json").write_text('{"documents": []}', encoding="utf-8")
    result = run_translit("apply", str(tmp_path / "bad.json"))
    assert result.exit_code == 2 and "not a translit review export" in result.stderr


def test_review_page_from_the_library():
    page = review_page([("a.md", "Talks in [Kiev](https://example.com/Kiev).\n")])
    assert "(markdown, 1 edits)" in page and 'data-start="10" data-end="14"' in page


# --- in a real browser ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium is not installed (pip install .[test])"
    )
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip(
            "no chromium/chromedriver (Debian: apt-get install chromium chromium-driver; make test does)"
        )
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    flags = (
        "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
    )
    for flag in [*flags.split(), "--disable-component-update", "--disable-sync", "--window-size=1400,1000"]:
        options.add_argument(flag)
    with tempfile.TemporaryDirectory() as profile:
        options.add_argument(f"--user-data-dir={profile}")
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        try:
            yield driver
        finally:
            driver.quit()


@pytest.fixture
def page(browser, reviewed):
    browser.get((reviewed / "report.html").as_uri())
    return browser


# For each mark: its offset in the document's original text (text before it, less inserted words and
# tooltips), counted in code points like translit's offsets, and the original text it marks.
_MARK_POSITIONS = """
const results = [];
for (const pre of document.querySelectorAll("pre.text")) {
  let offset = 0;
  const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT, {acceptNode: (node) =>
      node.parentElement.closest("ins, .tip") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const mark = node.parentElement.closest(".edit");
    if (mark && node.parentElement.tagName === "DEL")
      results.push([mark.dataset.doc, offset, Number(mark.dataset.start), Number(mark.dataset.end), node.data]);
    offset += Array.from(node.data).length;
  }
}
return results;
"""


def test_page_loads_and_highlights_sit_where_the_offsets_say(page, reviewed):
    assert page.title.startswith("translit review")
    texts = {"0": HTML, "1": TEXT}
    marks = page.execute_script(_MARK_POSITIONS)
    assert len(marks) == 8
    for doc, offset, start, end, shown in marks:
        assert offset == start and texts[doc][start:end] == shown
    exported = _exported(reviewed / "report.html")
    assert [(e["start"], e["end"]) for e in exported["documents"][0]["edits"]] == [
        tuple(m[2:4]) for m in marks if m[0] == "0"
    ]


def test_reason_shows_on_focus_and_keys_move_between_edits(page):
    from selenium.webdriver.common.by import By

    marks = page.find_elements(By.CSS_SELECTOR, ".edit")
    body = page.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    assert page.switch_to.active_element == marks[0]
    tip = marks[0].find_element(By.CSS_SELECTOR, ".tip")
    assert tip.is_displayed() and "score" in tip.text and "abbreviation" in tip.text
    page.switch_to.active_element.send_keys("j")
    assert page.switch_to.active_element == marks[1]
    page.switch_to.active_element.send_keys("r")
    assert "rejected" in marks[1].get_attribute("class")
    assert not marks[1].find_element(By.CSS_SELECTOR, "ins").is_displayed()  # the old words stand again
    page.switch_to.active_element.send_keys("a")
    assert "accepted" in marks[1].get_attribute("class")


def test_accept_reject_and_export(page, reviewed, tmp_path):
    from selenium.webdriver.common.by import By

    cards = page.find_elements(By.CSS_SELECTOR, ".card")
    cards[1].find_element(By.CSS_SELECTOR, ".reject").click()  # Udong in the first paragraph
    cards[7].find_element(By.CSS_SELECTOR, ".reject").click()  # Kiev in the brief
    assert cards[1].find_element(By.CSS_SELECTOR, ".reject").get_attribute("aria-pressed") == "true"
    assert page.find_element(By.ID, "status").text == "6 of 8 edits accepted"
    page.find_element(By.ID, "export").click()
    exported = json.loads(page.find_element(By.ID, "export-json").get_attribute("value"))
    assert page.find_element(By.ID, "export-download").get_attribute("href").startswith("blob:")
    story, brief = exported["documents"]
    assert (len(story["edits"]), len(brief["edits"])) == (5, 1)
    (tmp_path / "review.json").write_text(json.dumps(exported), encoding="utf-8")
    (tmp_path / "story.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "brief.txt").write_text(TEXT, encoding="utf-8")
    result = run_translit(
        "apply", str(tmp_path / "review.json"), str(tmp_path / "story.html"), str(tmp_path / "brief.txt"),
        "-o", str(tmp_path / "out"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    cleaned = (tmp_path / "out" / "story.html").read_text(encoding="utf-8")
    assert "Shelling resumed in Udong overnight" in cleaned and "Kyiv</a>" in cleaned
    assert "<title>Shelling in eastern Ukraine</title>" in cleaned
    assert (tmp_path / "out" / "brief.txt").read_text(encoding="utf-8") == TEXT.replace("Kharkov", "Kharkiv")


def test_screenshot_and_print(page, tmp_path_factory):
    from selenium.webdriver.common.by import By

    page.find_elements(By.CSS_SELECTOR, ".edit")[1].click()  # a focused edit shows its reason
    shot = tmp_path_factory.mktemp("screenshots") / "review.png"
    assert page.save_screenshot(str(shot)) and shot.stat().st_size > 20_000
    print(f"screenshot: {shot}")
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not page.find_element(By.CSS_SELECTOR, ".toolbar").is_displayed()
    assert page.find_element(By.CSS_SELECTOR, "pre.text").is_displayed()
    pdf = base64.b64decode(page.print_page())
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
