"""One configuration object; every default is documented here and nowhere else."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from translit.rules import HOUSE_STYLE_RULES, RULES

#: ``Config(model=DEFAULT_MODEL)`` ranks name candidates with the small name model shipped inside translit.
DEFAULT_MODEL = "default"


@dataclass(frozen=True)
class Config:
    """Settings of a cleaning run. Frozen and hashable, so loaded pipelines can be cached by config.

    ``house_style`` is the switch for the rules that rewrite valid spellings; it and ``rules`` always
    agree, whichever of the two is given:

    >>> Config().house_style
    True
    >>> Config(house_style=False).rules == tuple(r for r in RULES if r not in HOUSE_STYLE_RULES)
    True
    >>> Config(rules=("boilerplate", "punctuation")).house_style
    False
    """

    #: Which rules run, by name (see :data:`translit.rules.RULES`, where each shows its contract).
    rules: tuple[str, ...] = tuple(RULES)
    #: Apply house-style rewrites of valid spellings (Kiev -> Kyiv). Off: only errors are fixed, and the
    #: house-style rules are left out of ``rules``.
    house_style: bool = True
    #: A fix is applied only if its best candidate scores at least this (scores are probabilities).
    #: 0.7 keeps every rule's single-candidate fixes and demands clear context for ambiguous ones.
    min_score: float = 0.7
    #: ... and beats the runner-up candidate by at least this much, so near-ties are reported, not fixed.
    min_margin: float = 0.2
    #: User glossaries (entity tables); their entries override built-in entries with the same id.
    glossaries: tuple[Path, ...] = field(default=())
    #: Folder with the built-in tables; None means the ones shipped with translit.
    glossary_folder: Path | None = None
    #: The re-scoring model: None for gazetteer priors only; ``DEFAULT_MODEL`` for the name model shipped in
    #: the package; or the path of a local Hugging Face checkpoint: a name model (its config says
    #: ``"translit_task": "names"``) or a span-infilling context model (T5, BART, Marian). Off by default:
    #: the name model ranks name findings with two or more entities far better than string distance
    #: (benchmarks/RESULTS-name-ranking.md), but today's rules hand it none, so it changes no names recall
    #: (benchmarks/RESULTS-model-effect.md), while loading torch costs every run about 0.4 s and 290 MB.
    model: str | None = None
    #: Where the built gazetteer is cached (a pickle named by the tables' content hash). None means
    #: ``$TRANSLIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/translit``, else ``~/.cache/translit``.
    cache_folder: Path | None = None

    def __post_init__(self) -> None:
        # Lists and strings are taken as the equal tuples, so that equal settings make equal (and
        # hashable) configs: one cached pipeline per effective config (translit.api.load_pipeline).
        object.__setattr__(self, "rules", tuple(check_rules(self.rules)))
        object.__setattr__(self, "glossaries", tuple(Path(path) for path in self.glossaries))
        for name in ("glossary_folder", "cache_folder"):
            if getattr(self, name) is not None:
                object.__setattr__(self, name, Path(getattr(self, name)))
        if self.model is not None and not str(self.model).strip():
            raise ValueError(
                "Config.model is empty: give a checkpoint folder, 'default', or None for no model"
            )
        if not self.house_style:
            object.__setattr__(self, "rules", tuple(r for r in self.rules if r not in HOUSE_STYLE_RULES))
        object.__setattr__(self, "house_style", bool(HOUSE_STYLE_RULES.intersection(self.rules)))
        if not 0.0 <= self.min_score <= 1.0 or not 0.0 <= self.min_margin <= 1.0:
            raise ValueError("min_score and min_margin are probabilities between 0 and 1")


def check_rules(names: Iterable[str]) -> list[str]:
    """The rule names, in the order given, after checking that each names a rule."""
    names = [names] if isinstance(names, str) else list(names)
    unknown = [name for name in names if name not in RULES]
    if unknown:
        raise ValueError(f"unknown rule {unknown[0]!r}; rules are: {', '.join(RULES)}")
    return names


def select_rules(select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> tuple[str, ...]:
    """The rules to run, as ruff picks them: ``select`` (default: all) less ``ignore``, in pipeline order.

    >>> select_rules(ignore=["duplicate", "house-style"]) == tuple(
    ...     r for r in RULES if r not in ("duplicate", "house-style"))
    True
    >>> select_rules(["punctuation", "boilerplate"])
    ('boilerplate', 'punctuation')
    """
    chosen = set(check_rules(RULES if select is None else select))
    dropped = set(check_rules(ignore))
    return tuple(name for name in RULES if name in chosen and name not in dropped)
