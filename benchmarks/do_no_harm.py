"""Do no harm: run the full cleaner on clean human English and list every edit it proposes.

Each line of ``../shared/data/wmt/*/ref.*.en`` (human reference translations of Chinese news) is a
document; any edit on them is a false alarm. House style is off: spelling Kiev as Kyiv is a choice,
not a fix. Usage: ``python benchmarks/do_no_harm.py [DATA_FOLDER]``; exits 1 above the budget.
"""

from __future__ import annotations

import sys
from pathlib import Path

from translit import Config, load_pipeline

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wmt"
BUDGET = 3


def false_alarms(data: Path) -> tuple[int, list[str]]:
    """(segments read, one line per proposed edit)."""
    pipeline = load_pipeline(Config(house_style=False))
    segments = 0
    report = []
    for path in sorted(data.glob("*/ref.*.en")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            segments += 1
            for edit in pipeline.clean(line).edits:
                where = f"{path.parent.name}/{path.name}:{number}"
                report.append(f"{where}\t{edit.type}\t{edit.original!r} -> {edit.replacement!r}\t{edit.reason}")
    return segments, report


def main(arguments: list[str]) -> int:
    data = Path(arguments[0]) if arguments else DEFAULT_DATA
    segments, report = false_alarms(data)
    print("\n".join(report))
    print(f"{len(report)} edits on {segments} clean segments (budget {BUDGET})")
    return 0 if len(report) <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
