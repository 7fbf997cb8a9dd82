"""``translit serve``: run the HTTP service under uvicorn."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from translit.api import load_pipeline
from translit.config import Config
from translit.service import MAX_BODY_BYTES, SETTINGS_VARIABLE


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on."
)
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Worker processes; each loads the pipeline once.",
)
@click.option(
    "--glossary",
    "glossaries",
    multiple=True,
    type=click.Path(dir_okay=False, exists=True),
    help="Extra entity table (TSV); overrides built-in entries with the same id.",
)
@click.option("--no-house-style", is_flag=True, help="By default, fix errors only; a request may still ask.")
@click.option("--max-body-bytes", type=click.IntRange(1), default=MAX_BODY_BYTES, show_default=True,
              help="Largest request body; larger ones get 413.")  # fmt: skip
def serve_command(
    host: str, port: int, workers: int, glossaries: tuple[str, ...], no_house_style: bool, max_body_bytes: int
) -> None:
    """Serve POST /clean and /detect, GET /health and /version (OpenAPI docs at /docs)."""
    import uvicorn  # only this command needs the server

    config = Config(house_style=not no_house_style, glossaries=tuple(Path(p) for p in glossaries))
    load_pipeline(config)  # a broken glossary is one error line before the server starts
    os.environ[SETTINGS_VARIABLE] = json.dumps(
        {"house_style": not no_house_style, "glossaries": list(glossaries), "max_body_bytes": max_body_bytes}
    )
    uvicorn.run(
        "translit.service.app:app_from_environment", factory=True, host=host, port=port, workers=workers
    )
