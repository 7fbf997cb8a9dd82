"""Build-time tools of the translit repository: never installed, never imported at run time."""
