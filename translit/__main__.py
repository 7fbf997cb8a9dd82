"""``python -m translit`` runs the command line."""

from translit.cli import entry_point

entry_point()
