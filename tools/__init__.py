"""Developer tools that the installed translit never imports: gazetteer source builders, model training,
shared test checks."""
