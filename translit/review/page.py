"""The review page: one self-contained HTML file for a copy editor (no network: styles, script, data inline).

Each document is shown as it was read (for HTML and Markdown, its source) with every edit in place: the
old words struck through, the new ones beside them, coloured by type, with the reason, evidence and score
on hover or focus. Beside the text, one card per edit with Accept and Reject; below, the findings translit
left alone. The page exports the accepted edits as JSON (:mod:`translit.review.export`) for
``translit apply``. Keys: ``j``/``k`` next and previous edit, ``a`` accept, ``r`` reject.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from importlib import resources
from string import Template

from translit import __version__
from translit.edits import Edit, Finding
from translit.lines import LineIndex
from translit.review.export import ReviewedDocument, export

#: The edit types, in the order of the legend; each has its colour in review.css.
TYPES = ("abbreviation", "confusable", "variant", "house-style", "duplicate", "boilerplate", "punctuation")

_PAGE = Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>translit review: $title</title>
<style>$css</style>
</head>
<body>
<header>
<h1>translit review</h1>
<p class="summary">$summary</p>
<p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous edit, <kbd>a</kbd> accept, <kbd>r</kbd> reject; hover or focus an edit for its reason.</p>
<div class="toolbar" role="toolbar" aria-label="Review actions">
<button type="button" id="accept-all">Accept all</button>
<button type="button" id="reject-all">Reject all</button>
<button type="button" id="export">Export accepted edits (JSON)</button>
<span id="status" role="status" aria-live="polite"></span>
</div>
<ul class="legend" aria-label="Edit types">$legend</ul>
</header>
<main>
$documents
</main>
<section id="export-panel" hidden aria-label="Export">
<h2>Accepted edits</h2>
<p>Saved as a download too. Replay them with <code>translit apply review.json</code>.</p>
<textarea id="export-json" rows="12" readonly></textarea>
</section>
<footer><p>translit $version &middot; <span class="signature">$signature</span></p></footer>
<script type="application/json" id="review-data">$data</script>
<script>$js</script>
</body>
</html>
""")


def render_page(
    documents: Sequence[ReviewedDocument], skipped: Sequence[Sequence[Finding]], signature: str
) -> str:
    """The review page for ``documents``; ``skipped[i]`` are the findings left alone in document ``i``."""
    edits = sum(len(d.edits) for d in documents)
    left = sum(len(s) for s in skipped)
    return _PAGE.substitute(
        title=html.escape(", ".join(d.path for d in documents)),
        css=_asset("review.css"),
        js=_asset("review.js"),
        summary=f"{len(documents)} document{'s' * (len(documents) != 1)}, {edits} edit{'s' * (edits != 1)}, "
        f"{left} finding{'s' * (left != 1)} left alone. Every edit starts accepted.",
        legend="".join(f'<li class="t-{t}">{t}</li>' for t in TYPES),
        documents="\n".join(_document(i, d, s) for i, (d, s) in enumerate(zip(documents, skipped))),
        version=__version__,
        signature=html.escape(signature),
        data=_script_json(export(documents, signature)),
    )


def _document(index: int, document: ReviewedDocument, skipped: Sequence[Finding]) -> str:
    lines = LineIndex(document.text)
    cards = "\n".join(_card(index, number, lines, edit) for number, edit in enumerate(document.edits))
    left_alone = "\n".join(_left_alone(lines, finding) for finding in skipped) or "<li>None.</li>"
    return f"""<section class="document" id="doc-{index}" data-doc="{index}" aria-labelledby="doc-{index}-title">
<h2 id="doc-{index}-title">{html.escape(document.path)} <small>({document.input_format}, {len(document.edits)} edits)</small></h2>
<div class="columns">
<pre class="text" aria-label="The text with its edits">{_marked_text(index, document.text, document.edits)}</pre>
<ol class="cards" aria-label="Edits">{cards or "<li>No edits.</li>"}</ol>
</div>
<details class="skipped" open><summary>Left alone ({len(skipped)})</summary><ul>{left_alone}</ul></details>
</section>"""


def _marked_text(index: int, text: str, edits: Sequence[Edit]) -> str:
    """The text with each edit as a focusable mark: old words struck through, new words beside them."""
    pieces, cursor = [], 0
    for number, edit in enumerate(edits):
        pieces.append(html.escape(text[cursor : edit.start]))
        ident = f"e-{index}-{number}"
        pieces.append(
            f'<span class="edit t-{html.escape(edit.type)} accepted" id="{ident}" data-doc="{index}" '
            f'data-edit="{number}" data-start="{edit.start}" data-end="{edit.end}" tabindex="0" '
            f'aria-describedby="{ident}-tip">'
            f'<del class="old">{html.escape(edit.original)}</del>'
            f'<ins class="new" aria-label="becomes">{html.escape(edit.replacement)}</ins>'
            f'<span class="tip" role="tooltip" id="{ident}-tip">{_explanation(edit)}</span></span>'
        )
        cursor = edit.end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def _explanation(edit: Edit) -> str:
    entry = f" &middot; entry <code>{html.escape(edit.entry)}</code>" if edit.entry else ""
    return (
        f"<b>{html.escape(edit.type)}</b> &middot; score {edit.score:.2f} &middot; rule "
        f"{html.escape(edit.rule)}{entry}<br>{html.escape(edit.reason)}"
    )


def _card(index: int, number: int, lines: LineIndex, edit: Edit) -> str:
    line, column = lines.position(edit.start)
    ident = f"e-{index}-{number}"
    return f"""<li class="card t-{html.escape(edit.type)} accepted" id="{ident}-card" data-doc="{index}" data-edit="{number}">
<p><a href="#{ident}">{line}:{column}</a> <b>{html.escape(edit.type)}</b> <del>{html.escape(edit.original)}</del> &rarr; <ins>{html.escape(edit.replacement)}</ins> <span class="score">score {edit.score:.2f}</span></p>
<p class="reason">{html.escape(edit.reason)}{f" (entry <code>{html.escape(edit.entry)}</code>)" if edit.entry else ""}</p>
<p class="choice"><button type="button" class="accept" aria-pressed="true">Accept</button> <button type="button" class="reject" aria-pressed="false">Reject</button></p>
</li>"""


def _left_alone(lines: LineIndex, finding: Finding) -> str:
    line, column = lines.position(finding.start)
    best = finding.best()
    proposal = (
        f"&rarr; <ins>{html.escape(best.replacement)}</ins> (score {best.confidence:.2f}): {html.escape(best.reason)}"
        if best is not None
        else "no fix offered"
    )
    note = f" <em>{html.escape(finding.note)}</em>" if finding.note else ""
    return (
        f'<li class="finding t-{html.escape(finding.type)}">{line}:{column} <b>{html.escape(finding.type)}</b> '
        f"<q>{html.escape(finding.original)}</q> {proposal}{note}</li>"
    )


def _script_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no ``</script>`` or ``<!--`` can appear."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def _asset(name: str) -> str:
    return resources.files("translit.review").joinpath(name).read_text(encoding="utf-8")
