"""Exceptions translit raises at its boundaries; each message tells the user what to do."""


class TranslitError(Exception):
    """Base class: anything translit reports as a one-line error rather than a traceback."""


class InputError(TranslitError):
    """The text given to translit cannot be read (binary, not UTF-8, malformed JSON line...)."""


class GlossaryError(TranslitError):
    """A glossary file is malformed; the message names the file and the line."""

    def __init__(self, path: object, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


class ModelError(TranslitError):
    """The re-scoring model is missing or cannot be loaded."""
