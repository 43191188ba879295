# One entry point for people and CI. `make run` starts mesomap on its embedded SQLite default;
# `make test` runs linters, type checks and the whole test suite (SQLite and PostgreSQL).
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.mesomap-installed

.PHONY: run test lint typecheck pytest bench system-deps-run system-deps-test clean

run: system-deps-run $(STAMP)
	$(PY) -m mesomap

test: system-deps-test $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check mesomap tests benchmarks tools

typecheck: $(STAMP)
	$(VENV)/bin/mypy mesomap

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 MESOMAP_FROZEN_TEST=1 $(VENV)/bin/pytest $(PYTEST_ARGS)

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

system-deps-run:
	@scripts/install-system-deps.sh run

system-deps-test:
	@scripts/install-system-deps.sh test

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
