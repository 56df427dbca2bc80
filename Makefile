# didit-async: every target sets itself up; `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install generate check-generated facts lint lint-spec test test-fast demo bench dist clean

# The docs group too: tests/test_reference_site.py builds the site and checks its API pages.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[cli,sandbox,redis]' --group dev --group docs
	touch $(STAMP)

install: $(STAMP)

generate: $(STAMP)
	$(PY) -m codegen

check-generated: $(STAMP)
	$(PY) -m codegen --check

# Compare the spec with Didit's published OpenAPI facts (../shared/reference/).
facts: $(STAMP)
	$(PY) -m tools.facts_check

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# The spec through an outside linter (Redocly's recommended rules, as redocly.yaml and
# .redocly.lint-ignore.yaml adjust them, each exception with its reason). Pinned: a new release
# may add rules, which should arrive as a deliberate bump, not a red CI run. The 1.x line still
# runs on the Node.js that Debian packages (18).
REDOCLY := @redocly/cli@1.34.20

lint-spec:
	npx --yes $(REDOCLY) lint --format=stylish

test: $(STAMP)
	$(PY) -m pytest

# The inner loop: everything but the tests marked slow (subprocesses, real sockets, forks; see
# tests/conftest.py).
test-fast: $(STAMP)
	$(PY) -m pytest -m "not slow"

demo: $(STAMP)
	$(PY) -m didit_async.demo

bench: $(STAMP)
	$(PY) -m bench

# The sdist and the wheel in dist/, each checked as an index would check it.
dist: $(STAMP)
	rm -rf dist
	$(PY) -m build --outdir dist .
	$(VENV)/bin/twine check --strict dist/*

clean:
	rm -rf $(VENV) dist .bench-deps .mypy_cache .ruff_cache .pytest_cache .hypothesis
