# The two commands: `make demo` (set up and run) and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint catalog clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	@$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	@$(PY) -m sasekit.demo

test: $(STAMP)
	@$(PY) -m pytest -q -m "not slow"

bench: $(STAMP)
	@for f in bench/*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

lint: $(STAMP)
	@$(VENV)/bin/ruff check src tests bench
	@$(VENV)/bin/mypy

catalog: $(STAMP)
	@$(PY) -m sasekit.catalog build

clean:
	rm -rf $(VENV) .pytest_cache build dist
