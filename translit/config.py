"""One configuration object; every default is documented here and nowhere else."""

from __future__ import annotations

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
    >>> Config(house_style=False).rules == tuple(r for r in RULES if r != "house-style")
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
        unknown = [name for name in self.rules if name not in RULES]
        if unknown:
            raise ValueError(f"unknown rule {unknown[0]!r}; rules are: {', '.join(RULES)}")
        if not self.house_style:
            object.__setattr__(self, "rules", tuple(r for r in self.rules if r not in HOUSE_STYLE_RULES))
        object.__setattr__(self, "house_style", bool(HOUSE_STYLE_RULES.intersection(self.rules)))
        if not 0.0 <= self.min_score <= 1.0 or not 0.0 <= self.min_margin <= 1.0:
            raise ValueError("min_score and min_margin are probabilities between 0 and 1")
