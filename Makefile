# The two commands of the README: `make dev` and `make test`. Both install what is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: dev test install lint typecheck unit stack-up stack-down stack-reset clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) pyproject.toml requirements.lock
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

devstack/node_modules/.package-lock.json: devstack/package.json devstack/package-lock.json
	cd devstack && npm ci --no-audit --no-fund

tests/js/node_modules/.package-lock.json: tests/js/package.json tests/js/package-lock.json
	cd tests/js && npm ci --no-audit --no-fund

install: $(STAMP) devstack/node_modules/.package-lock.json tests/js/node_modules/.package-lock.json

dev: $(STAMP) devstack/node_modules/.package-lock.json
	$(PY) -m service.cli dev

lint: $(STAMP)
	$(PY) -m ruff check service devstack tests bench
	$(PY) -m ruff format --check service devstack tests bench

typecheck: $(STAMP)
	$(PY) -m mypy

test: install lint typecheck
	$(PY) -m pytest

unit: $(STAMP)
	$(PY) -m pytest tests/unit

stack-up: install
	$(PY) -m devstack up --detach

stack-down: $(STAMP)
	$(PY) -m devstack down

stack-reset: install
	$(PY) -m devstack reset --detach

clean:
	rm -rf $(VENV) devstack/node_modules tests/js/node_modules
