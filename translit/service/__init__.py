"""translit over HTTP: an ASGI app (:func:`create_app`) and the ``translit serve`` command."""

from translit.service.app import create_app

__all__ = ["create_app"]
