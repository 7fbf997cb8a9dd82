"""Train the name model: a character-level (byte) BART, from scratch, on CPU.

    python -m tools.training.train_names --out translit/seq2seq/name_model

Data (:mod:`tools.training.name_examples`): the renderings MT produces of every *training* entity of
the gazetteer and the shared name tables; dev and test entities are never seen (the split is by entity,
:mod:`tools.training.name_entities`). Each example becomes a ``render`` pair (entity -> surface, with
the pinyin of its Chinese form in :data:`TrainConfig.chinese_share` of them) or a ``name`` pair
(surface -> entity), see :mod:`translit.seq2seq.name_text`. Loss: token cross-entropy.

Everything is seeded; the batch of a step depends only on (seed, step). A checkpoint
(``OUT/checkpoint.pt``) is written every ``--save-every`` steps and picked up automatically, so an
interrupted run resumes where it stopped. The result is a standard Hugging Face directory (fp16
safetensors, the ByT5 byte tokenizer's config) and ``training.json`` with the settings, the example
counts per kind and the training time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tools.training.east_asian import made_up_korean_people
from tools.training.name_entities import default_names_dir, gazetteer_entities, split_entities, table_entities
from tools.training.name_examples import NameExample, build_examples, count_by_kind, to_pair
from translit.seq2seq import NAME_TASK


@dataclass(frozen=True)
class TrainConfig:
    """Every setting that changes the trained weights (all recorded in ``OUT/training.json``)."""

    d_model: int = 64
    d_ff: int = 256
    num_heads: int = 4
    encoder_layers: int = 2
    decoder_layers: int = 2
    max_input_bytes: int = 64
    max_target_bytes: int = 48
    batch_size: int = 64
    steps: int = 6000
    learning_rate: float = 1e-3
    warmup_steps: int = 100
    clip_norm: float = 5.0
    dropout: float = 0.0
    seed: int = 15
    render_share: float = 0.7  # share of pairs in the render direction (the rest: name direction)
    chinese_share: float = 0.8  # share of render inputs given the pinyin of the Chinese form, where known


def load_examples(seed: int) -> dict[str, list[NameExample]]:
    """The examples of each split, from the gazetteer shipped in translit and the shared name tables."""
    from translit.gazetteer.cache import load_gazetteer
    from translit.gazetteer.paths import builtin_glossary_folder

    gazetteer = load_gazetteer(builtin_glossary_folder(), (), None)
    entities = itertools.chain(
        gazetteer_entities(gazetteer), table_entities(default_names_dir()), made_up_korean_people(4000, seed)
    )
    return {split: build_examples(group, seed) for split, group in split_entities(entities).items()}


def build_model(config: TrainConfig, vocab_size: int) -> Any:
    """A small BART over bytes.

    BART, because its positions are absolute in encoder and decoder alike: a rendering is mostly its
    input copied with changes, and a model must first learn to copy. Measured on this data (render
    pairs, batch 32-96, CPU): T5 (no positions in cross-attention) and d_model 128 models stayed at
    2.0-2.5 nats per byte after 300-1,500 steps, copying nothing; BART with d_model 64 and two layers
    each side began to copy after about 700 steps (1.4 nats per byte at 1,000, and falling).
    """
    from transformers import BartConfig, BartForConditionalGeneration

    model_config = BartConfig(
        vocab_size=vocab_size, d_model=config.d_model, encoder_layers=config.encoder_layers,
        decoder_layers=config.decoder_layers, encoder_attention_heads=config.num_heads,
        decoder_attention_heads=config.num_heads, encoder_ffn_dim=config.d_ff, decoder_ffn_dim=config.d_ff,
        max_position_embeddings=max(config.max_input_bytes, config.max_target_bytes) + 2,
        dropout=config.dropout, activation_function="gelu", scale_embedding=False, tie_word_embeddings=True,
        pad_token_id=0, eos_token_id=1, bos_token_id=1, decoder_start_token_id=0, forced_eos_token_id=None,
    )  # fmt: skip
    return BartForConditionalGeneration(model_config)


class Sampler:
    """Draws examples in proportion to their source's weight; the pair's direction and whether the
    Chinese form is shown are drawn too, all from the caller's rng."""

    def __init__(self, examples: list[NameExample], config: TrainConfig) -> None:
        self.examples = examples
        self.cumulative = list(itertools.accumulate(e.weight for e in examples))
        self.config = config

    def pairs(self, rng: random.Random, count: int) -> list[tuple[str, str]]:
        chosen = rng.choices(self.examples, cum_weights=self.cumulative, k=count)
        return [
            to_pair(
                example,
                "render" if rng.random() < self.config.render_share else "name",
                rng.random() < self.config.chinese_share,
            )
            for example in chosen
        ]


def tensors(pairs: list[tuple[str, str]], tokenizer: Any, config: TrainConfig) -> dict[str, Any]:
    sources, targets = zip(*pairs, strict=True)
    batch = tokenizer(
        list(sources), return_tensors="pt", padding=True, truncation=True, max_length=config.max_input_bytes
    )
    labels = tokenizer(
        text_target=list(targets), return_tensors="pt", padding=True, truncation=True,
        max_length=config.max_target_bytes,
    ).input_ids  # fmt: skip
    labels[labels == tokenizer.pad_token_id] = -100
    batch["labels"] = labels
    return batch


def learning_rate(step: int, config: TrainConfig) -> float:
    """Linear warm-up, then cosine decay to a tenth of the peak."""
    if step < config.warmup_steps:
        return config.learning_rate * (step + 1) / config.warmup_steps
    progress = (step - config.warmup_steps) / max(1, config.steps - config.warmup_steps)
    return config.learning_rate * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


def dev_loss(model: Any, dev: list[tuple[str, str]], tokenizer: Any, config: TrainConfig) -> float:
    import torch

    model.eval()
    with torch.inference_mode():
        losses = [
            model(**tensors(dev[i : i + 128], tokenizer, config)).loss.item() for i in range(0, len(dev), 128)
        ]
    model.train()
    return sum(losses) / len(losses)


def train(out: Path, config: TrainConfig, save_every: int, threads: int) -> None:
    import torch
    from transformers import ByT5Tokenizer

    torch.set_num_threads(threads)
    out.mkdir(parents=True, exist_ok=True)
    examples = load_examples(config.seed)
    sampler = Sampler(examples["train"], config)
    dev = Sampler(examples["dev"], config).pairs(random.Random(config.seed), 512)
    tokenizer = ByT5Tokenizer()
    tokenizer.save_pretrained(out)
    torch.manual_seed(config.seed)
    model = build_model(config, len(tokenizer))
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.learning_rate, weight_decay=0.0)
    checkpoint_path = out / "checkpoint.pt"
    step, elapsed = 0, 0.0
    if checkpoint_path.exists():
        state = torch.load(checkpoint_path, weights_only=False)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        step, elapsed = state["step"], state["elapsed"]
        torch.set_rng_state(state["torch_rng"])
        print(f"resuming at step {step}")
    model.train()
    started = time.monotonic() - elapsed
    while step < config.steps:
        rng = random.Random(config.seed * 1_000_003 + step)  # the batch depends only on (seed, step)
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(step, config)
        loss = model(**tensors(sampler.pairs(rng, config.batch_size), tokenizer, config)).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), config.clip_norm)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        if step % 100 == 0 or step <= 3:
            seconds = time.monotonic() - started
            print(f"step {step} loss {loss.item():.3f} {seconds:.0f}s", flush=True)
        if step % save_every == 0 or step == config.steps:
            print(f"step {step} dev loss {dev_loss(model, dev, tokenizer, config):.3f}", flush=True)
            state = {
                "model": model.state_dict(), "optimizer": optimizer.state_dict(), "step": step,
                "elapsed": time.monotonic() - started, "torch_rng": torch.get_rng_state(),
            }  # fmt: skip
            torch.save(state, checkpoint_path)
    export(model, out, config, time.monotonic() - started, examples)


def export(
    model: Any, out: Path, config: TrainConfig, seconds: float, examples: dict[str, list[NameExample]]
) -> None:
    """Write the fp16 Hugging Face checkpoint and a record of how it was trained."""
    model.eval()
    model.config.translit_task = NAME_TASK  # how translit tells a name model from a context model
    model.half().save_pretrained(out, safe_serialization=True)
    record = {
        "config": asdict(config),
        "training_seconds": round(seconds),
        "examples": {split: len(group) for split, group in examples.items()},
        "train_examples_by_kind": count_by_kind(examples["train"]),
        "train_entities": len({(e.english, e.source) for e in examples["train"]}),
    }
    (out / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    (out / "checkpoint.pt").unlink(missing_ok=True)  # only needed to resume; not part of the model


def snapshot(out: Path, dest: Path, config: TrainConfig) -> None:
    """Write the weights of a run's latest checkpoint (``OUT/checkpoint.pt``) as a checkpoint directory at
    ``dest``, to evaluate a run while it trains."""
    import torch
    from transformers import ByT5Tokenizer

    state = torch.load(out / "checkpoint.pt", weights_only=False)
    tokenizer = ByT5Tokenizer()
    model = build_model(config, len(tokenizer))
    model.load_state_dict(state["model"])
    model.eval()
    model.config.translit_task = NAME_TASK
    dest.mkdir(parents=True, exist_ok=True)
    model.half().save_pretrained(dest, safe_serialization=True)
    tokenizer.save_pretrained(dest)
    print(f"step {state['step']} written to {dest}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True, help="output model directory")
    parser.add_argument("--steps", type=int, default=TrainConfig.steps)
    parser.add_argument("--batch-size", type=int, default=TrainConfig.batch_size)
    parser.add_argument("--render-share", type=float, default=TrainConfig.render_share)
    parser.add_argument("--save-every", type=int, default=500, help="checkpoint interval in steps")
    parser.add_argument("--threads", type=int, default=1, help="1 is fastest when the cores are shared")
    parser.add_argument("--snapshot", type=Path, default=None, help="only write OUT's latest checkpoint here")
    args = parser.parse_args(argv)
    config = TrainConfig(steps=args.steps, batch_size=args.batch_size, render_share=args.render_share)
    if args.snapshot:
        snapshot(args.out, args.snapshot, config)
        return
    train(args.out, config, args.save_every, args.threads)


if __name__ == "__main__":
    main()
