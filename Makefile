# The two set-up commands are `make run` and `make test`; both create .venv when it is missing.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= thoisu.db

.PHONY: run test bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

QUESTION ?= Việt Nam trở thành thành viên của WTO khi nào?

run: $(STAMP)
	$(BIN)/thoisu --db $(DB) ingest examples/
	$(BIN)/thoisu --db $(DB) timeline
	$(BIN)/thoisu --db $(DB) ask "$(QUESTION)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,compare]'
	$(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check thoisu tests bench
	$(BIN)/ruff format --check thoisu tests bench

clean:
	rm -rf $(VENV) build *.egg-info $(DB)
