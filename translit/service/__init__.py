"""translit over HTTP: the ASGI app (:func:`translit.service.app.create_app`) and ``translit serve``.

Only the settings live here, so that the command line starts without importing the web framework.
"""

from translit.stream import BLOCK_BYTES

#: The largest request body, in bytes: one document of the size the CLI cleans as one (4 MiB), plus room
#: for the JSON around it.
MAX_BODY_BYTES = BLOCK_BYTES + 64 * 1024
#: How ``translit serve`` hands its settings to worker processes, which build the app themselves.
SETTINGS_VARIABLE = "TRANSLIT_SERVE_SETTINGS"
