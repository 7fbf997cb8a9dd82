"""A lock-free cached property computes once per instance and works on frozen dataclasses."""

from dataclasses import dataclass

from translit import lazy


@dataclass(frozen=True)
class _Words:
    text: str

    @lazy.cached_property
    def count(self) -> int:
        """How many words the text has."""
        self.__dict__["computed"] = self.__dict__.get("computed", 0) + 1
        return len(self.text.split())


def test_computed_once_per_instance_and_kept():
    words = _Words("two words")
    assert (words.count, words.count) == (2, 2)
    assert words.__dict__["computed"] == 1
    assert _Words("three more words").count == 3


def test_the_class_attribute_is_the_descriptor_with_the_function_docstring():
    assert isinstance(_Words.count, lazy.cached_property)
    assert _Words.count.__doc__ == "How many words the text has."
