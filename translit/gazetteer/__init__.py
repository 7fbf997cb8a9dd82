"""Entity names and how machine translation mangles them."""

from translit.gazetteer.abbreviations import Abbreviation, AbbreviationTable
from translit.gazetteer.entry import Entry, FormKind
from translit.gazetteer.gazetteer import Gazetteer, Mention

__all__ = ["Abbreviation", "AbbreviationTable", "Entry", "FormKind", "Gazetteer", "Mention"]
