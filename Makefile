# The two commands of the README:
#   make run   - set everything up on a fresh machine and ingest the bundled samples
#   make test  - set everything up and run the checks and the tests
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin
DB ?= wirecoder.db

.PHONY: run setup test lint clean

run: setup
	$(BIN)/wirecoder ingest samples/ --db $(DB)
	@echo
	$(BIN)/wirecoder stats --db $(DB)

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev,postgres]"
	touch $@

lint: setup
	$(BIN)/ruff check src tests scripts benchmarks

test: lint
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
