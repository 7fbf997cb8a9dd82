"""The markup input and the word diff on the command line, through the real entry point."""

import json
import subprocess
import sys

from translit.stream import BLOCK_BYTES

from .conftest import run_translit

HTML = '<p title="Kiev">Officials in <a href="/Kiev">Kiev</a> said so.</p>\n<p>Advertisement</p>\n'
CLEANED = '<p title="Kiev">Officials in <a href="/Kiev">Kyiv</a> said so.</p>\n<p></p>\n'


def _translit(*argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "translit", *argv], input=stdin, capture_output=True, timeout=120
    )


def test_clean_html_from_stdin():
    done = _translit("clean", "--input", "html", "-", stdin=HTML.encode())
    assert (done.returncode, done.stdout.decode(), done.stderr) == (0, CLEANED, b"")


def test_html_is_found_by_suffix_and_explained_at_markup_offsets(tmp_path):
    (tmp_path / "story.html").write_text(HTML, encoding="utf-8")
    result = run_translit("clean", str(tmp_path / "story.html"), "--explain")
    assert result.stdout == CLEANED
    assert f"{tmp_path / 'story.html'}:1:46: house-style 'Kiev' -> 'Kyiv'" in result.stderr
    as_text = run_translit("clean", "--input", "text", str(tmp_path / "story.html"))
    assert 'href="/Kyiv"' in as_text.stdout  # read as plain text, the link is not safe: hence auto


def test_markdown_detect_and_jsonl(tmp_path):
    (tmp_path / "brief.md").write_text("Talks in [Kiev](https://example.com/Kiev).\n", encoding="utf-8")
    result = run_translit("detect", str(tmp_path / "brief.md"))
    assert (
        result.stdout
        == f"{tmp_path / 'brief.md'}:1:11: house-style 'Kiev' -> 'Kyiv' (score 0.90): house style spells 'Kiev' as 'Kyiv'\n"
    )
    (tmp_path / "batch.jsonl").write_text(json.dumps({"body": HTML}) + "\n", encoding="utf-8")
    result = run_translit(
        "clean", "--jsonl", "--field", "body", "--input", "html", str(tmp_path / "batch.jsonl")
    )
    assert json.loads(result.stdout)["body"] == CLEANED


def test_word_diff_format(tmp_path):
    (tmp_path / "story.html").write_text(HTML, encoding="utf-8")
    result = run_translit("clean", "--format", "diff", str(tmp_path / "story.html"))
    path = str(tmp_path / "story.html").lstrip("/")
    assert result.stdout == (
        f"--- a/{path}\n+++ b/{path}\n@@ -1 +1 @@\n"
        '<p title="Kiev">Officials in <a href="/Kiev">[-Kiev-]{+Kyiv+}</a> said so.</p>\n'
        "@@ -2 +2 @@\n<p>[-Advertisement-]</p>\n"
    )


def test_markup_longer_than_one_document_is_refused(tmp_path):
    (tmp_path / "huge.html").write_text(("<p>Kiev said so.</p>\n\n" * (BLOCK_BYTES // 20)), encoding="utf-8")
    result = run_translit("clean", str(tmp_path / "huge.html"))
    assert result.exit_code == 2 and "too long for html (one document); split it" in result.stderr
