"""What every benchmark section shares: where the data is, how a section reports, markdown tables."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TRANSLIT_SHARED", ROOT / ".." / "shared")).resolve()
WMT = SHARED / "data" / "wmt"
ENGLISH = SHARED / "data" / "english"


class MissingData(RuntimeError):
    """The shared data a section reads is absent; the section is reported as skipped."""


def require(path: Path) -> Path:
    if not path.exists():
        raise MissingData(f"{path} not found (set TRANSLIT_SHARED to the shared/ folder)")
    return path


def read_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def test_sets() -> list[Path]:
    return sorted(p for p in require(WMT).iterdir() if p.is_dir())


@dataclass(frozen=True)
class Section:
    """One numbered section of RESULTS.md: its title, the markdown body, and the targets it checks."""

    title: str
    body: str
    targets: tuple[tuple[str, str, bool], ...] = ()  # (target, measured, met)
    bars: dict[str, tuple[float, ...]] | None = None  # label -> (precision, recall, F0.5), for a chart


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A GitHub markdown table; floats get two decimals."""

    def cell(value: object) -> str:
        return f"{value:.2f}" if isinstance(value, float) else str(value).replace("|", "\\|")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
