// The review page's behaviour: accept or reject each edit, move between edits by keyboard, export the
// accepted edits as JSON for `translit apply`. The data (documents, edits, hashes) is in #review-data.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("review-data").textContent);
  const marks = Array.from(document.querySelectorAll(".edit"));
  const status = document.getElementById("status");
  let current = -1;

  function parts(doc, edit) {
    return [document.getElementById(`e-${doc}-${edit}`), document.getElementById(`e-${doc}-${edit}-card`)];
  }

  function decide(doc, edit, accepted) {
    const [mark, card] = parts(doc, edit);
    for (const element of [mark, card]) {
      element.classList.toggle("accepted", accepted);
      element.classList.toggle("rejected", !accepted);
    }
    card.querySelector(".accept").setAttribute("aria-pressed", String(accepted));
    card.querySelector(".reject").setAttribute("aria-pressed", String(!accepted));
    const counted = document.querySelectorAll(".edit.accepted").length;
    status.textContent = `${counted} of ${marks.length} edits accepted`;
  }

  function isAccepted(doc, edit) {
    return parts(doc, edit)[0].classList.contains("accepted");
  }

  function accepted() {
    return Object.assign({}, data, {
      documents: data.documents.map((document_, doc) =>
        Object.assign({}, document_, { edits: document_.edits.filter((_, edit) => isAccepted(doc, edit)) })),
    });
  }

  function exportAccepted() {
    const json = JSON.stringify(accepted(), null, 2) + "\n";
    const panel = document.getElementById("export-panel");
    const area = document.getElementById("export-json");
    area.value = json;
    panel.hidden = false;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    link.download = "review.json";
    link.id = "export-download";
    document.getElementById("export-download")?.remove();
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    status.textContent = "Exported the accepted edits (review.json)";
  }

  function focusMark(index) {
    if (!marks.length) return;
    current = (index + marks.length) % marks.length;
    marks.forEach((mark, i) => mark.classList.toggle("current", i === current));
    marks[current].focus();
  }

  for (const card of document.querySelectorAll(".card")) {
    const doc = Number(card.dataset.doc), edit = Number(card.dataset.edit);
    card.querySelector(".accept").addEventListener("click", () => decide(doc, edit, true));
    card.querySelector(".reject").addEventListener("click", () => decide(doc, edit, false));
  }
  marks.forEach((mark, index) => mark.addEventListener("focus", () => { current = index; }));
  document.getElementById("accept-all").addEventListener("click", () =>
    marks.forEach((mark) => decide(Number(mark.dataset.doc), Number(mark.dataset.edit), true)));
  document.getElementById("reject-all").addEventListener("click", () =>
    marks.forEach((mark) => decide(Number(mark.dataset.doc), Number(mark.dataset.edit), false)));
  document.getElementById("export").addEventListener("click", exportAccepted);

  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target.tagName === "TEXTAREA") return;
    const mark = marks[current];
    if (event.key === "j" || event.key === "n") focusMark(current + 1);
    else if (event.key === "k" || event.key === "p") focusMark(current - 1);
    else if ((event.key === "a" || event.key === "r") && mark && document.activeElement === mark)
      decide(Number(mark.dataset.doc), Number(mark.dataset.edit), event.key === "a");
    else return;
    event.preventDefault();
  });
  status.textContent = `${marks.length} of ${marks.length} edits accepted`;
})();
