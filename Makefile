# Two entry points, both doing all set-up on a fresh machine:
#   make demo   clean the bundled example article and show what changed
#   make test   run the test suite
VENV := .venv
PYTHON := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench install browser

install: $(STAMP)

# torch goes in first and pinned: `pip install torch==2.13.0` takes the local CPU wheel, whereas letting
# pip resolve torch by itself would pull gigabytes of CUDA packages.
$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet torch==2.13.0
	$(PYTHON) -m pip install --quiet -e '.[test,model]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/translit clean examples/article.txt --format diff --explain

test: $(STAMP) browser lint
	$(PYTHON) -m pytest -q

# Part of the test command: the code must lint, be formatted and type-check before the suite runs.
LINTED := translit tests benchmarks tools
lint: $(STAMP)
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)
	$(VENV)/bin/mypy

# The review page's browser tests drive Debian's chromium and chromedriver (selenium, no browser download).
# Installed where apt-get runs as root (CI, a fresh Debian machine); elsewhere those tests skip, saying why.
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) \
			>/dev/null 2>&1 || echo "make: could not install chromium; the browser tests will skip"; \
	else echo "make: no chromium, and apt-get needs root; the browser tests will skip"; fi

# Not one of the two entry points: regenerates benchmarks/RESULTS.md (a few minutes; needs ../shared).
bench: $(STAMP)
	$(PYTHON) -m pip install --quiet -e '.[test,model,bench]'
	$(PYTHON) -m benchmarks.run_all
