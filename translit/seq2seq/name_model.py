"""The name model: how likely an MT surface form renders an entity, and which known names a form may be.

A small character-level (byte) T5 trained by ``tools/training/train_names.py`` on renderings of
gazetteer and public-table names (model card: ``translit/seq2seq/MODEL.md``). Two uses:

* :meth:`NameModel.render_scores`: log P(surface | entity) for each candidate entity, given its
  canonical English name and Chinese forms (the best over its forms, and over no form at all). This is
  the channel the re-scorer multiplies with the gazetteer prior (Bayes: P(entity | surface) ∝
  P(surface | entity) · P(entity)).
* :meth:`NameModel.generate`: the ``k`` most likely canonical names for a surface, decoded by beam
  search over a trie of the names the gazetteer knows (:class:`NameTrie`), so that only real names
  come out.

Any local checkpoint trained the same way can be loaded (``from_pretrained``); torch and transformers
are imported only here, when a model is loaded.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from translit.seq2seq.name_text import name_input, render_input
from translit.seq2seq.scorer import DEFAULT_THREADS, load_checkpoint, weights_digest

MAX_INPUT_BYTES = 64
MAX_TARGET_BYTES = 48


@dataclass(frozen=True, slots=True)
class NameCandidate:
    """An entity as the model sees it: its canonical English name and its Chinese forms."""

    canonical: str
    chinese: tuple[str, ...] = ()


class NameModel:
    """A name-model checkpoint: scores surfaces against entities, generates known names for surfaces."""

    def __init__(self, model: Any, tokenizer: Any, path: Path) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.path = path
        self._tokenizing = threading.Lock()  # see SpanScorer: the fast tokenizer's settings are shared

    @classmethod
    def load(cls, path: str | Path, threads: int | None = DEFAULT_THREADS) -> NameModel:
        path = Path(path)
        model, tokenizer = load_checkpoint(path, threads)
        return cls(model, tokenizer, path)

    @property
    def name(self) -> str:
        return f"names:{self.path.name}@{weights_digest(self.path)}"

    def render_scores(self, surface: str, candidates: Sequence[NameCandidate]) -> list[float]:
        """log P(surface | candidate) for each candidate: the best over its Chinese forms' readings and
        the name alone (a form's reading is what MT romanizes; the name alone covers respellings)."""
        inputs: dict[str, None] = {}
        per_candidate = []
        for candidate in candidates:
            texts = [render_input(candidate.canonical)]
            texts += [render_input(candidate.canonical, form) for form in candidate.chinese]
            texts = list(dict.fromkeys(texts))
            inputs.update(dict.fromkeys(texts))
            per_candidate.append(texts)
        order = list(inputs)
        scores = dict(zip(order, self._log_likelihoods(order, [surface] * len(order)), strict=True))
        return [max(scores[text] for text in texts) for texts in per_candidate]

    def name_scores(self, surface: str, canonicals: Sequence[str]) -> list[float]:
        """log P(canonical | surface): the direct direction, as generation scores it."""
        return self._log_likelihoods([name_input(surface)] * len(canonicals), list(canonicals))

    def _log_likelihoods(self, sources: list[str], targets: list[str]) -> list[float]:
        """Summed log-likelihood of each target (end-of-sequence included) given its source."""
        import torch

        if not sources:
            return []
        with self._tokenizing:
            batch = self.tokenizer(
                sources, return_tensors="pt", padding=True, truncation=True, max_length=MAX_INPUT_BYTES
            )
            labels = self.tokenizer(
                text_target=targets, return_tensors="pt", padding=True, truncation=True,
                max_length=MAX_TARGET_BYTES,
            ).input_ids  # fmt: skip
        with torch.inference_mode():
            logits = self.model(**batch, labels=labels).logits
            token_scores = logits.float().log_softmax(-1).gather(-1, labels.unsqueeze(-1)).squeeze(-1)
            counted = labels != self.tokenizer.pad_token_id
            totals = (token_scores * counted).sum(-1)
        return [float(total) for total in totals]

    def generate(self, surface: str, names: NameTrie, k: int = 5) -> list[tuple[str, float]]:
        """The ``k`` known names most likely meant by ``surface``, with their log-likelihoods, best first:
        beam search in the direct direction, each step restricted to bytes that continue a known name."""
        import torch

        with self._tokenizing:
            batch = self.tokenizer(
                [name_input(surface)], return_tensors="pt", truncation=True, max_length=MAX_INPUT_BYTES
            )
        start = self.model.config.decoder_start_token_id

        def allowed(_: int, prefix: Any) -> list[int]:
            tokens = prefix.tolist()
            return names.next_tokens(tuple(tokens[1:] if tokens and tokens[0] == start else tokens))

        with torch.inference_mode():
            output = self.model.generate(
                **batch, num_beams=k, num_return_sequences=k, max_new_tokens=MAX_TARGET_BYTES,
                prefix_allowed_tokens_fn=allowed, output_scores=True, return_dict_in_generate=True,
                length_penalty=0.0, early_stopping=True,
            )  # fmt: skip
        texts = self.tokenizer.batch_decode(output.sequences, skip_special_tokens=True)
        found: dict[str, float] = {}
        for text, score in zip(texts, output.sequences_scores.tolist(), strict=True):
            if text in names and text not in found:
                found[text] = float(score)
        return sorted(found.items(), key=lambda item: -item[1])


class NameTrie:
    """Known names as byte-token sequences, sorted, so that the tokens that may follow a prefix are
    found by binary search (a trie's answers at a list's memory cost)."""

    def __init__(self, names: Iterable[str], tokenizer: Any) -> None:
        self.eos = tokenizer.eos_token_id
        self._names = set(names)
        encoded = tokenizer(sorted(self._names), add_special_tokens=False).input_ids
        self._sequences = sorted(tuple(ids) + (self.eos,) for ids in encoded if len(ids) < MAX_TARGET_BYTES)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __len__(self) -> int:
        return len(self._names)

    def next_tokens(self, prefix: tuple[int, ...]) -> list[int]:
        """Every token that continues ``prefix`` towards a known name (end-of-sequence once one is whole)."""
        sequences, depth = self._sequences, len(prefix)
        found = []
        low = bisect.bisect_left(sequences, prefix)
        while low < len(sequences) and sequences[low][:depth] == prefix:
            if len(sequences[low]) <= depth:  # the name ended (eos emitted): pad
                low += 1
                continue
            token = sequences[low][depth]
            found.append(token)
            low = bisect.bisect_left(sequences, prefix + (token + 1,), low)
        return found or [self.eos]


def default_name_model_path() -> Path:
    """The name model trained by ``python -m tools.training.train_names`` and shipped inside the package."""
    return Path(__file__).resolve().parent / "name_model"
