# Two targets do all the set-up: `make run` (install + build the seeds' graph, answer the
# cast query, write the visualization) and `make test` (install + run the tests).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint format bench docs clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(BIN)/kg

$(VENV)/.test-deps: $(BIN)/kg
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(BIN)/kg
	$(BIN)/kg build seeds
	$(BIN)/kg query cast
	$(BIN)/kg viz -o build/defenders.html

test: $(VENV)/.test-deps
	$(BIN)/python -m pytest -q

lint: $(VENV)/.test-deps
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: $(VENV)/.test-deps
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

docs: $(BIN)/kg
	$(BIN)/python scripts/cli_reference.py --write README.md
	$(BIN)/python scripts/gen_shapes.py

bench: $(BIN)/kg
	$(BIN)/python bench/run.py

clean:
	rm -rf .kg build
