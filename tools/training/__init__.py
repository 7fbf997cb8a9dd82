"""Training the shipped re-scoring model; the installed translit never imports this package.

    python -m tools.training.train --out translit/seq2seq/default_model

Run from the repository root (the model card: ``translit/seq2seq/MODEL.md``).
"""
