"""Write a derived table that translit ships: gzip-compressed, reproducible byte for byte."""

from __future__ import annotations

import gzip
from pathlib import Path


def write_table(output: Path, lines: list[str], what: str) -> None:
    """Write ``lines`` to ``output`` and say how many ``what`` it holds and its size."""
    write_data(output, ("\n".join(lines) + "\n").encode("utf-8"), what)


def write_data(output: Path, data: bytes, what: str) -> None:
    """Write ``data`` to ``output`` and say what it holds and its size."""
    output.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same data give the same bytes
    output.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{output}: {what}, {output.stat().st_size / 2**20:.2f} MiB")
