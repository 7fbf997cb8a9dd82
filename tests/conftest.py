import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from translit.cli import main

REPO = Path(__file__).resolve().parents[1]
CASES = Path(__file__).parent / "cases"

# The property tests draw the same examples on every run, so that the suite passes or fails alike on every
# machine; `HYPOTHESIS_PROFILE=explore` draws new ones, and benchmarks/fuzz.py runs many more inputs.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def shared_folder() -> Path:
    return Path(os.environ.get("TRANSLIT_SHARED", REPO.parent / "shared"))


@pytest.fixture
def shared() -> Path:
    folder = shared_folder()
    if not (folder / "seeds").is_dir():
        pytest.skip(f"shared data not found at {folder} (set TRANSLIT_SHARED)")
    return folder


@dataclass(frozen=True)
class CliRun:
    exit_code: int
    stdout: str
    stderr: str
    output: str  # stdout and stderr interleaved, as a user sees them


def run_translit(*argv: str) -> CliRun:
    """Run ``translit ARGV...`` in-process through the real entry point, its error handling included."""
    with CliRunner().isolation() as (stdout, stderr, output):
        code = main(list(argv))
    return CliRun(code, *(stream.getvalue().decode("utf-8") for stream in (stdout, stderr, output)))
