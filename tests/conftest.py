import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CASES = Path(__file__).parent / "cases"


def shared_folder() -> Path:
    return Path(os.environ.get("TRANSLIT_SHARED", REPO.parent / "shared"))


@pytest.fixture
def shared() -> Path:
    folder = shared_folder()
    if not (folder / "seeds").is_dir():
        pytest.skip(f"shared data not found at {folder} (set TRANSLIT_SHARED)")
    return folder
