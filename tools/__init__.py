"""Developer tools that the installed translit does not need: model training, shared test checks."""
