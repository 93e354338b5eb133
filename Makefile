# The two commands of the README's Quick start, and a few helpers.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# What running needs (make run), and that with the test and lint tools (everything else).
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed

.PHONY: run test lint pytest bench lock translations clean

run: $(RUN_STAMP)
	@scripts/system-deps.sh run
	$(BIN)/mat-companion $(ARGS)

test: $(STAMP)
	@scripts/system-deps.sh test
	$(MAKE) --no-print-directory lint pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest tests --hypothesis-profile=thorough

bench: $(STAMP)
	@scripts/system-deps.sh test
	for script in benchmarks/*.py; do $(BIN)/python "$$script" || exit 1; done

$(RUN_STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Mat Companion needs Python 3.11 or newer" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements.lock -e .
	touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP)
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[test,dev]'
	touch $(STAMP)

# Update the German .ts from the code (new texts come in unfinished), then compile the .qm.
translations: $(STAMP)
	$(BIN)/python scripts/gen_core_texts.py
	$(BIN)/pyside6-lupdate -no-obsolete $$(git ls-files 'mat_companion/*.py') \
		-ts resources/translations/mat_companion_de.ts
	$(BIN)/pyside6-lrelease resources/translations/mat_companion_de.ts \
		-qm resources/translations/mat_companion_de.qm

lock: $(STAMP)
	{ sed -n '1,2p' requirements.lock; $(BIN)/python -m pip freeze --exclude-editable; } > lock.tmp
	mv lock.tmp requirements.lock

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
