"""The config file: ``translit.toml``, or ``[tool.translit]`` in ``pyproject.toml``, found as ruff finds its own.

Settings are looked for upward from the first input (the current folder for stdin): in each folder,
``translit.toml`` (settings at its top level) then ``pyproject.toml`` with a ``[tool.translit]`` table; the
first one found is used, and a ``pyproject.toml`` without that table is passed over. ``--config FILE``
names one instead (a ``pyproject.toml`` is read from its table, any other file from its top level), and
``--isolated`` uses none. Flags on the command line override the file; the effective config, whatever
its source, is what the run's signature records.

Keys (``-`` or ``_`` alike), each optional::

    select = ["abbreviation", "variant"]   # rules to run (default: all)
    ignore = ["duplicate"]                 # rules to leave out
    min-score = 0.8                        # thresholds, 0..1
    min-margin = 0.25
    house-style = false                    # fix errors only
    glossaries = ["names/ours.tsv"]        # relative to the config file's folder
    model = "default"                      # or a checkpoint folder (relative to the file), or false

>>> settings = parse_settings({"min-score": 0.8, "ignore": ["duplicate"]}, Path("translit.toml"))
>>> settings.options["min_score"], "duplicate" in settings.options["rules"]
(0.8, False)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from translit.config import DEFAULT_MODEL, select_rules
from translit.errors import TranslitError

CONFIG_FILE = "translit.toml"
PYPROJECT = "pyproject.toml"
KEYS = ("select", "ignore", "min-score", "min-margin", "house-style", "glossaries", "model")


class SettingsError(TranslitError):
    """A config file that cannot be read or holds a bad setting; the message names the file and key."""


@dataclass(frozen=True)
class FileSettings:
    """What a config file sets: :class:`~translit.config.Config` fields (only those it sets) and where."""

    path: Path | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


def find_settings_file(start: Path) -> Path | None:
    """The nearest ``translit.toml``, or ``pyproject.toml`` with ``[tool.translit]``, from ``start`` up."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder.absolute(), *folder.absolute().parents):
        if (candidate / CONFIG_FILE).is_file():
            return candidate / CONFIG_FILE
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and "translit" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def load_settings(path: Path | None) -> FileSettings:
    """The settings in ``path`` (None: no file, no settings)."""
    if path is None:
        return FileSettings()
    table = _read_toml(path)
    if path.name == PYPROJECT:
        table = table.get("tool", {}).get("translit", {})
    return parse_settings(table, path)


def parse_settings(table: Mapping[str, Any], path: Path) -> FileSettings:
    """Check a settings table and turn it into Config fields; paths are made relative to ``path``."""
    table = {key.replace("_", "-"): value for key, value in table.items()}
    unknown = [key for key in table if key not in KEYS]
    if unknown:
        raise SettingsError(f"{path}: unknown setting {unknown[0]!r}; settings are: {', '.join(KEYS)}")
    here = path.parent
    options: dict[str, Any] = {}
    try:
        if "select" in table or "ignore" in table:
            select = _names(table, "select", path) if "select" in table else None
            ignore = _names(table, "ignore", path) if "ignore" in table else []
            options["rules"] = select_rules(select, ignore)
        for key in ("min-score", "min-margin"):
            if key in table:
                options[key.replace("-", "_")] = _probability(table[key], key, path)
        if "house-style" in table:
            options["house_style"] = _boolean(table["house-style"], "house-style", path)
        if "glossaries" in table:
            options["glossaries"] = tuple(here / name for name in _names(table, "glossaries", path))
        if "model" in table:
            options["model"] = _model(table["model"], here, path)
    except ValueError as error:  # an unknown rule name
        raise SettingsError(f"{path}: {error}") from None
    return FileSettings(path, options)


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # here: most runs find no settings file, and the parser was 5 ms of every start-up

    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except OSError as error:
        raise SettingsError(f"{path}: cannot read config file ({error.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SettingsError(f"{path}: not valid TOML ({error})") from None


def _names(table: Mapping[str, Any], key: str, path: Path) -> list[str]:
    value = table[key]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise SettingsError(f'{path}: {key} must be a list of strings, like ["a", "b"]')
    return value


def _probability(value: object, key: str, path: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise SettingsError(f"{path}: {key} must be a number between 0 and 1, not {value!r}")
    return float(value)


def _boolean(value: object, key: str, path: Path) -> bool:
    if not isinstance(value, bool):
        raise SettingsError(f"{path}: {key} must be true or false, not {value!r}")
    return value


def _model(value: object, here: Path, path: Path) -> str | None:
    if value is False:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f'{path}: model must be "{DEFAULT_MODEL}", a checkpoint folder or false')
    return value if value == DEFAULT_MODEL else str(here / value)
