"""Entity names and how machine translation mangles them."""

from translit.gazetteer.entry import Entry, FormKind
from translit.gazetteer.gazetteer import Gazetteer, Mention
from translit.gazetteer.loader import Abbreviation

__all__ = ["Abbreviation", "Entry", "FormKind", "Gazetteer", "Mention"]
