# didit-async: every target sets itself up; `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install generate check-generated facts lint test demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
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

test: $(STAMP)
	$(PY) -m pytest

demo: $(STAMP)
	$(PY) -m didit_async.demo

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) .bench-deps .mypy_cache .ruff_cache .pytest_cache .hypothesis
