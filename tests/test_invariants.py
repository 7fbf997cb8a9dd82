"""The applier refuses edits it cannot apply faithfully (properties: ``test_properties.py``)."""

import pytest

from translit.apply import OverlappingEditsError, apply_edits
from translit.edits import Edit


def test_overlapping_edits_are_refused():
    first = Edit(0, 4, "Kiev", "Kyiv", "house-style", "r", "why", 1.0)
    second = Edit(2, 6, "ev s", "x", "variant", "r", "why", 1.0)
    with pytest.raises(OverlappingEditsError):
        apply_edits("Kiev said", [first, second])


def test_an_edit_that_does_not_match_the_text_is_refused():
    with pytest.raises(ValueError, match="expects 'Kiev'"):
        apply_edits("Kyiv said", [Edit(0, 4, "Kiev", "Kyiv", "house-style", "r", "why", 1.0)])
