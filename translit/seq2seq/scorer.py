"""Score candidate fillers for a masked span with a local Hugging Face seq2seq checkpoint.

Two formulations, picked from the checkpoint's tokenizer:

* **infill** (T5 family, the shipped model): the encoder reads the context with the span replaced by the
  sentinel ``<extra_id_0>``; each candidate is the target ``<extra_id_0> candidate</s>``. A candidate's
  score is the log-likelihood of its tokens after the sentinel, end-of-sequence included.
* **reconstruct** (BART, Marian and anything without sentinels): the encoder reads the context with the
  span replaced by the tokenizer's mask (or unknown) token; the target is the whole context with the
  candidate filled in, so a candidate's score also covers how well the rest of the sentence fits it.

Either way the encoder runs once per span and the decoder once, batched, over all candidates.
torch and transformers are imported here, lazily, so that importing :mod:`translit` stays fast.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from translit.errors import ModelError

SENTINEL = "<extra_id_0>"
DEFAULT_THREADS = 1  # measured: on 2 shared cores, 2 threads scored 15 candidates/s against 274 for 1
#: A checkpoint needs one of these to tokenize (fast tokenizer, sentencepiece for T5 / XLM-R / Marian,
#: byte-level BPE for BART, WordPiece).
TOKENIZER_FILES = (
    "tokenizer.json", "spiece.model", "sentencepiece.bpe.model", "source.spm", "tokenizer.model",
    "vocab.json", "vocab.txt",
)  # fmt: skip
_LOADING_PROBLEMS = (
    ("missing_keys", "weights missing"),
    ("unexpected_keys", "unexpected weights"),
    ("mismatched_keys", "weights of the wrong shape"),
    ("error_msgs", "load errors"),
)


class ModelLoadError(ModelError):
    """A model directory is missing or cannot be loaded as a seq2seq checkpoint."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"cannot load seq2seq model from {path}: {reason} "
            "(pass --model PATH to another checkpoint, or --no-model to use gazetteer priors only)"
        )
        self.path = path


@dataclass(frozen=True, slots=True)
class SpanScore:
    """The log-likelihood a model gives one candidate filler, and over how many tokens."""

    log_likelihood: float
    tokens: int

    @property
    def mean(self) -> float:
        """Length-normalised log-likelihood (compared in the benchmark; the re-scorer uses the sum)."""
        return self.log_likelihood / max(self.tokens, 1)


class SpanScorer:
    """A seq2seq checkpoint wrapped to score fillers for one masked span at a time.

    >>> scorer = SpanScorer.load(default_model_path())  # doctest: +SKIP
    >>> scorer.score("Shelling hit eastern ", " near Kharkiv.", ["Ukraine", "Uzbekistan"])  # doctest: +SKIP
    [SpanScore(log_likelihood=-5.3, tokens=2), SpanScore(log_likelihood=-39.2, tokens=7)]
    """

    def __init__(self, model: Any, tokenizer: Any, path: Path, max_input_tokens: int = 128) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.path = path
        self.max_input_tokens = max_input_tokens
        self.mode = "infill" if SENTINEL in tokenizer.get_vocab() else "reconstruct"
        self.mask = SENTINEL if self.mode == "infill" else (tokenizer.mask_token or tokenizer.unk_token)
        # A fast tokenizer keeps its padding and truncation settings on the shared Rust object and sets
        # them on every call, so two threads tokenizing at once race (a batch padded with another call's
        # settings fails to become a tensor). Tokenizing is a small share of scoring; the model itself
        # is only read, so threads still run it concurrently.
        self._tokenizing = threading.Lock()

    @property
    def name(self) -> str:
        """The checkpoint's folder name and a hash of its weights: which model produced a score."""
        return f"seq2seq:{self.path.name}@{weights_digest(self.path)}"

    @classmethod
    def load(cls, path: str | Path, threads: int | None = DEFAULT_THREADS) -> SpanScorer:
        """Load tokenizer and model from a local directory, or raise :class:`ModelLoadError`."""
        path = Path(path)
        model, tokenizer = load_checkpoint(path, threads)
        return cls(model, tokenizer, path)

    def score(self, left: str, right: str, candidates: Sequence[str]) -> list[SpanScore]:
        """Score each candidate as the filler between ``left`` and ``right`` context."""
        import torch

        targets = [self._target(left, candidate, right) for candidate in candidates]
        with self._tokenizing:
            source = self.tokenizer(
                left + self.mask + right,
                return_tensors="pt",
                truncation=True,
                max_length=self.max_input_tokens,
            )
            labels = self.tokenizer(text_target=targets, return_tensors="pt", padding=True).input_ids
        skip = 1 if self.mode == "infill" else 0  # the sentinel itself scores the same for every candidate
        with torch.inference_mode():
            encoded = self.model.get_encoder()(**source).last_hidden_state
            count = len(candidates)
            logits = self.model(
                encoder_outputs=(encoded.expand(count, -1, -1),),
                attention_mask=source.attention_mask.expand(count, -1),
                labels=labels,
            ).logits
            token_scores = logits.float().log_softmax(-1).gather(-1, labels.unsqueeze(-1)).squeeze(-1)
            counted = labels != self.tokenizer.pad_token_id
            counted[:, :skip] = False
            totals = (token_scores * counted).sum(-1)
        return [SpanScore(float(total), int(n)) for total, n in zip(totals, counted.sum(-1), strict=True)]

    def _target(self, left: str, candidate: str, right: str) -> str:
        if self.mode == "infill":
            return f"{SENTINEL} {candidate}"
        return left + candidate + right


def load_checkpoint(path: Path, threads: int | None = DEFAULT_THREADS) -> tuple[Any, Any]:
    """A seq2seq model and its tokenizer from a local directory, validated, or :class:`ModelLoadError`.

    The checkpoint is validated, not just loaded: transformers quietly builds an empty tokenizer when
    the tokenizer files are missing, and fills missing weights with random ones, either of which
    would change results without a word. Its load reports and progress bars are kept off stderr. A
    byte-level tokenizer (ByT5, the name model's) needs no vocabulary file.
    """
    if not (path / "config.json").is_file():
        raise ModelLoadError(path, "no config.json there")
    if not any((path / name).is_file() for name in TOKENIZER_FILES) and not _is_byte_tokenizer(path):
        raise ModelLoadError(path, f"no tokenizer files there (one of {', '.join(TOKENIZER_FILES)})")
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    if threads:
        torch.set_num_threads(min(threads, os.cpu_count() or 1))
    with _quiet_transformers():
        try:
            tokenizer = AutoTokenizer.from_pretrained(path)
            model, loading = AutoModelForSeq2SeqLM.from_pretrained(
                path, dtype=torch.float32, output_loading_info=True
            )
        except Exception as error:  # transformers raises many types for a broken directory
            first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
            raise ModelLoadError(path, first_line[:200]) from error
    problems = [f"{len(loading[kind])} {label}" for kind, label in _LOADING_PROBLEMS if loading.get(kind)]
    if problems:
        raise ModelLoadError(path, f"the weights do not match the model: {', '.join(problems)}")
    if len(tokenizer) > model.get_input_embeddings().num_embeddings:
        raise ModelLoadError(
            path, f"the tokenizer has {len(tokenizer)} tokens, more than the model's vocabulary"
        )
    model.eval()
    return model, tokenizer


def _is_byte_tokenizer(path: Path) -> bool:
    try:
        config = json.loads((path / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(config, dict) and config.get("tokenizer_class") == "ByT5Tokenizer"


@contextlib.contextmanager
def _quiet_transformers() -> Iterator[None]:
    """No progress bars and no warnings (transformers' coloured load report) from transformers: a CLI's
    stderr carries translit's own one-line errors, and what the report says is checked above."""
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    verbosity = transformers_logging.get_verbosity()
    transformers_logging.set_verbosity_error()
    try:
        yield
    finally:
        transformers_logging.set_verbosity(verbosity)


def default_model_path() -> Path:
    """The model trained by ``python -m tools.training.train`` and shipped inside the package."""
    return Path(__file__).resolve().parent / "default_model"


def weights_digest(path: Path) -> str:
    """A short hash of a checkpoint's weight files (safetensors or PyTorch bin), or "unknown"."""
    digest = hashlib.sha256()
    files = sorted(path.glob("*.safetensors")) or sorted(path.glob("*.bin"))
    for weights in files:
        digest.update(weights.read_bytes())
    return digest.hexdigest()[:10] if files else "unknown"
