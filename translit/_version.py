"""The version, stated once: the package metadata (``pyproject.toml`` reads it from here), the CLI's
``--version`` and every run signature take it from this module, which imports nothing."""

__version__ = "0.1.0"
