"""Train the shipped span-infilling model: a sentencepiece tokenizer and a small T5, from scratch, on CPU.

    python -m tools.training.train --out translit/seq2seq/default_model

Data: the ``train`` split of the shared English news corpus (:mod:`tools.training.corpus`; the
held-out ``dev``/``test`` blocks feed the ambiguity benchmark and are never seen here). Each batch is
mostly *entity examples* (:mod:`tools.training.entities`): a sentence naming an entity once, the
mention replaced by ``<extra_id_0>``, the previous line as extra context; the right name and a few
look-alike wrong names are scored, and the loss is the right name's log-likelihood plus a cross-entropy
over the candidate set (the decision the re-scorer makes at run time). The rest of the batch is generic
span infilling (:func:`tools.training.spans.choose_span`).
Everything is seeded. A checkpoint (``OUT/checkpoint.pt``) is written every
``--save-every`` steps and picked up automatically, so an interrupted run resumes where it stopped and
ends with the same weights. The final directory is a standard Hugging Face checkpoint in fp16.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tools.training.corpus import Line, default_corpus_dir, read_lines
from tools.training.entities import EntitySampler, gazetteer_places
from tools.training.spans import choose_span, recurring_names
from tools.training.synthetic import SyntheticSampler, gazetteer_countries
from translit.seq2seq.scorer import SENTINEL

SENTINELS = 8  # only <extra_id_0> is used; a few more keep the tokenizer T5-shaped


@dataclass(frozen=True)
class TrainConfig:
    """Every setting that changes the trained weights (all recorded in ``OUT/training.json``)."""

    vocab_size: int = 4000
    d_model: int = 160
    d_ff: int = 512
    num_heads: int = 4
    d_kv: int = 40
    encoder_layers: int = 3
    decoder_layers: int = 2
    max_input_tokens: int = 96
    batch_size: int = 48
    steps: int = 1400
    learning_rate: float = 2e-3
    warmup_steps: int = 150
    seed: int = 13
    entity_share: float = 0.75  # share of each batch that is entity examples (the rest: generic infilling)
    negatives: int = 3  # wrong names scored beside the right one in each entity example
    contrastive_weight: float = 1.0  # weight of the candidate-set cross-entropy against the MLE loss
    entity_power: float = 0.5  # entity sampling ∝ (lines naming it) ** power
    synthetic_share: float = 0.0  # share of the entity examples written from gazetteer templates (tried: 1/3)
    synthetic_context: float = 0.3  # chance that a synthetic example gets a random training line before it


def train_tokenizer(lines: list[Line], config: TrainConfig, out: Path) -> Any:
    """Train a unigram sentencepiece model on the training lines and wrap it as a T5 tokenizer."""
    import sentencepiece
    from transformers import T5Tokenizer

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "train.txt"
        corpus.write_text("\n".join(line.text for line in lines), encoding="utf-8")
        sentencepiece.SentencePieceTrainer.train(
            input=str(corpus), model_prefix=str(Path(tmp) / "sp"), vocab_size=config.vocab_size,
            model_type="unigram", pad_id=0, eos_id=1, unk_id=2, bos_id=-1, character_coverage=1.0,
            num_threads=1, minloglevel=2,  # one thread: the pieces come out the same every run
        )  # fmt: skip
        processor = sentencepiece.SentencePieceProcessor(model_file=str(Path(tmp) / "sp.model"))
    vocab = [(processor.id_to_piece(i), processor.get_score(i)) for i in range(processor.get_piece_size())]
    tokenizer = T5Tokenizer(vocab=vocab, extra_ids=SENTINELS)
    tokenizer.save_pretrained(out)
    return tokenizer


def build_model(config: TrainConfig, vocab_size: int) -> Any:
    from transformers import T5Config, T5ForConditionalGeneration

    model_config = T5Config(
        vocab_size=vocab_size, d_model=config.d_model, d_ff=config.d_ff, d_kv=config.d_kv,
        num_heads=config.num_heads, num_layers=config.encoder_layers,
        num_decoder_layers=config.decoder_layers, feed_forward_proj="gated-gelu", dropout_rate=0.1,
        tie_word_embeddings=True, decoder_start_token_id=0, pad_token_id=0, eos_token_id=1,
    )  # fmt: skip
    return T5ForConditionalGeneration(model_config)


def make_batch(
    lines: list[Line], names: frozenset[str], tokenizer: Any, rng: random.Random, max_tokens: int
) -> dict[str, Any]:
    """Mask one span per line; returns tokenised inputs and labels (padding ignored by the loss)."""
    sources, targets = [], []
    for line in lines:
        span = choose_span(line.text, rng, names) or (0, len(line.text))
        masked = line.text[: span[0]] + SENTINEL + line.text[span[1] :]
        # the predecessor is context only; drop it when the pair would not fit
        with_previous = f"{line.previous} {masked}" if line.previous else masked
        fits = len(with_previous) < max_tokens * 3
        sources.append(with_previous if fits else masked)
        targets.append(f"{SENTINEL} {line.text[span[0] : span[1]]}")
    batch = tokenizer(sources, return_tensors="pt", padding=True, truncation=True, max_length=max_tokens)
    labels = tokenizer(text_target=targets, return_tensors="pt", padding=True).input_ids
    labels[labels == tokenizer.pad_token_id] = -100
    batch["labels"] = labels
    return batch


def with_context(line: Line, start: int, end: int, max_tokens: int) -> str:
    masked = line.text[:start] + SENTINEL + line.text[end:]
    with_previous = f"{line.previous} {masked}" if line.previous else masked
    return with_previous if len(with_previous) < max_tokens * 3 else masked


def make_entity_batch(
    lines: list[Line],
    sampler: EntitySampler,
    count: int,
    tokenizer: Any,
    rng: random.Random,
    config: TrainConfig,
    synthetic: SyntheticSampler | None = None,
) -> tuple[dict[str, Any], Any]:
    """``count`` entity examples: inputs, and labels for each example's right name then its negatives."""
    sources, targets = [], []
    synthetic_count = round(count * config.synthetic_share) if synthetic else 0
    for index in range(count):
        if index < synthetic_count:
            text, name, negatives = synthetic.sample(rng, config.negatives)
            if rng.random() < config.synthetic_context:  # real text around it, so templates are not the cue
                joined = f"{rng.choice(lines).text} {text}"
                text = joined if len(joined) < config.max_input_tokens * 3 else text
            sources.append(text)
        else:
            mention, name, negatives = sampler.sample(rng, config.negatives)
            line = lines[mention.line]
            sources.append(with_context(line, mention.start, mention.end, config.max_input_tokens))
        targets.extend(f"{SENTINEL} {candidate}" for candidate in [name, *negatives])
    batch = tokenizer(
        sources, return_tensors="pt", padding=True, truncation=True, max_length=config.max_input_tokens
    )
    labels = tokenizer(text_target=targets, return_tensors="pt", padding=True).input_ids
    return batch, labels


def entity_losses(model: Any, batch: dict[str, Any], labels: Any, pad_id: int) -> tuple[Any, Any]:
    """(MLE loss of the right names, cross-entropy of the right name within its candidate set).

    A candidate's score is its summed log-likelihood after the sentinel, end-of-sequence included:
    exactly what :class:`translit.seq2seq.scorer.SpanScorer` computes at run time.
    """
    import torch

    per_example = labels.shape[0] // batch["input_ids"].shape[0]
    encoded = model.get_encoder()(**batch).last_hidden_state
    logits = model(
        encoder_outputs=(encoded.repeat_interleave(per_example, 0),),
        attention_mask=batch["attention_mask"].repeat_interleave(per_example, 0),
        labels=labels,
    ).logits
    token_scores = logits.log_softmax(-1).gather(-1, labels.unsqueeze(-1)).squeeze(-1)
    counted = labels != pad_id
    counted[:, 0] = False  # the sentinel scores the same for every candidate
    totals = (token_scores * counted).sum(-1).view(-1, per_example)
    gold_tokens = counted.view(-1, per_example, labels.shape[1])[:, 0].sum()
    mle = -totals[:, 0].sum() / gold_tokens
    zeros = torch.zeros(totals.shape[0], dtype=torch.long)
    return mle, torch.nn.functional.cross_entropy(totals, zeros)


def learning_rate(step: int, config: TrainConfig) -> float:
    """Linear warm-up, then cosine decay to a tenth of the peak."""
    if step < config.warmup_steps:
        return config.learning_rate * (step + 1) / config.warmup_steps
    progress = (step - config.warmup_steps) / max(1, config.steps - config.warmup_steps)
    return config.learning_rate * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


def train(
    out: Path,
    corpus_dir: Path,
    config: TrainConfig,
    save_every: int,
    threads: int,
    fp32_copy: Path | None = None,
    init: Path | None = None,
) -> None:
    import torch
    from transformers import AutoTokenizer

    torch.set_num_threads(threads)
    out.mkdir(parents=True, exist_ok=True)
    lines = [line for line in read_lines(corpus_dir) if line.split == "train"]
    names = recurring_names(line.text for line in lines)
    sampler = EntitySampler(lines, gazetteer_places(), config.entity_power)
    synthetic = SyntheticSampler(gazetteer_countries()) if config.synthetic_share else None
    checkpoint_path = out / "checkpoint.pt"
    resuming = checkpoint_path.exists()
    if resuming:
        tokenizer = AutoTokenizer.from_pretrained(out)
    elif init:  # continue training a saved model (its tokenizer and weights)
        tokenizer = AutoTokenizer.from_pretrained(init)
        tokenizer.save_pretrained(out)
    else:
        tokenizer = train_tokenizer(lines, config, out)
    torch.manual_seed(config.seed)
    model = build_model(config, len(tokenizer))
    if init and not resuming:
        from transformers import AutoModelForSeq2SeqLM

        model.load_state_dict(AutoModelForSeq2SeqLM.from_pretrained(init).float().state_dict())
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.learning_rate, weight_decay=0.01)
    step, elapsed = 0, 0.0
    if resuming:
        state = torch.load(checkpoint_path, weights_only=False)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        step, elapsed = state["step"], state["elapsed"]
        torch.set_rng_state(state["torch_rng"])
        print(f"resuming at step {step}")
    model.train()
    started = time.monotonic() - elapsed
    while step < config.steps:
        # the batch order depends only on (seed, step), so resuming replays the same data
        rng = random.Random(config.seed * 1_000_003 + step)
        entity_count = round(config.batch_size * config.entity_share)
        generic_count = config.batch_size - entity_count
        batch = make_batch(rng.sample(lines, generic_count), names, tokenizer, rng, config.max_input_tokens)
        entity_batch, entity_labels = make_entity_batch(
            lines, sampler, entity_count, tokenizer, rng, config, synthetic
        )
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(step, config)
        mle, contrastive = entity_losses(model, entity_batch, entity_labels, tokenizer.pad_token_id)
        generic = model(**batch).loss if generic_count else mle
        loss = (generic * generic_count + mle * entity_count) / config.batch_size
        loss = loss + config.contrastive_weight * contrastive
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        if step % 50 == 0 or step <= 5:
            print(
                f"step {step} loss {loss.item():.3f} (contrastive {contrastive.item():.3f})"
                f" {time.monotonic() - started:.0f}s",
                flush=True,
            )
        if step % save_every == 0 or step == config.steps:
            state = {
                "model": model.state_dict(), "optimizer": optimizer.state_dict(), "step": step,
                "elapsed": time.monotonic() - started, "torch_rng": torch.get_rng_state(),
            }  # fmt: skip
            torch.save(state, checkpoint_path)
    if fp32_copy:
        model.save_pretrained(fp32_copy, safe_serialization=True)
        tokenizer.save_pretrained(fp32_copy)
    export(model, out, config, time.monotonic() - started, len(lines), init)


def export(
    model: Any, out: Path, config: TrainConfig, seconds: float, lines: int, init: Path | None = None
) -> None:
    """Write the fp16 Hugging Face checkpoint and a record of how it was trained."""
    model.eval()
    model.half().save_pretrained(out, safe_serialization=True)
    record = {"config": asdict(config), "training_seconds": round(seconds), "training_lines": lines}
    if init:
        record["initialised_from"] = str(init)
    (out / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    (out / "checkpoint.pt").unlink(missing_ok=True)  # only needed to resume; not part of the model


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True, help="output model directory")
    parser.add_argument("--corpus", type=Path, default=None, help="English corpus folder (*.en files)")
    parser.add_argument("--steps", type=int, default=TrainConfig.steps)
    parser.add_argument("--save-every", type=int, default=250, help="checkpoint interval in steps")
    parser.add_argument("--init", type=Path, default=None, help="start from this saved model")
    parser.add_argument("--learning-rate", type=float, default=TrainConfig.learning_rate)
    parser.add_argument("--warmup-steps", type=int, default=TrainConfig.warmup_steps)
    parser.add_argument(
        "--synthetic-share", type=float, default=TrainConfig.synthetic_share,
        help="share of entity examples written from gazetteer templates (synthetic.py)",
    )  # fmt: skip
    parser.add_argument("--threads", type=int, default=1, help="1 is fastest when the cores are shared")
    parser.add_argument(
        "--fp32-copy", type=Path, default=None, help="also save fp32 weights here (to compare)"
    )
    args = parser.parse_args(argv)
    config = TrainConfig(
        steps=args.steps, learning_rate=args.learning_rate, warmup_steps=args.warmup_steps,
        synthetic_share=args.synthetic_share,
    )  # fmt: skip
    train(
        args.out, args.corpus or default_corpus_dir(), config, args.save_every, args.threads,
        args.fp32_copy, args.init,
    )  # fmt: skip


if __name__ == "__main__":
    main()
