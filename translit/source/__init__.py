"""The Chinese original of an MT text, when the caller has it: its entities, aligned to the MT.

:class:`Source` is what a caller passes (``translit.clean(text, source=zh)``); :func:`read_source` turns
it into the :class:`SourceView` the rules read (``document.source``); :func:`check_entities` says, for each
entity of the source, whether and how the MT renders it.
"""

from translit.source.alignment import EntityCheck, Rendering, check_entities
from translit.source.entities import SourceEntity
from translit.source.view import Source, SourceAlignmentError, SourceSegment, SourceView, read_source

__all__ = [
    "EntityCheck",
    "Rendering",
    "Source",
    "SourceAlignmentError",
    "SourceEntity",
    "SourceSegment",
    "SourceView",
    "check_entities",
    "read_source",
]
