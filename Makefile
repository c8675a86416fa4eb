# Carebot Desktop: `make run` and `make test` are the whole quick start.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
QM     := resources/translations/carebot_ko.qm resources/translations/carebot_en.qm \
	resources/translations/carebot_qt_ko.qm

.PHONY: run test setup translations lupdate screenshots clean lint stress bench package wheel check-install soak bench-capacity

setup: $(STAMP) $(QM)

# The venv is rebuilt only when the dependency pins change.
$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -c requirements.lock -e '.[test]'
	touch $(STAMP)

# Compiled catalogues are built from the .ts sources, never committed.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts sources from the code (then translate the new entries).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -recursive carebot_desktop \
		-ts resources/translations/carebot_ko.ts resources/translations/carebot_en.ts

run: setup
	$(PY) main.py --demo

# The suite on TEST_WORKERS processes (pytest-xdist; every test has its own schema, data
# folders and sound server, so they run side by side); TEST_WORKERS=0 runs it in one.
# (Not --dist loadgroup: with pytest 9 pytest-xdist 3.8 cannot mark a test's group, and
# the mode hands out whole files instead: that run took 16.5 minutes, 9.5 before, with
# fewer tests. A worker that runs Galera tests starts its own cluster.)
TEST_WORKERS ?= 2
test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) main.py --demo --screenshot screenshots

# ruff (lint and format) and mypy (strict on data/ and services/; see pyproject.toml).
lint: setup
	$(VENV)/bin/ruff check carebot_desktop tests benchmarks scripts
	$(VENV)/bin/ruff format --check carebot_desktop tests benchmarks scripts
	$(VENV)/bin/mypy

# The UI tests STRESS_RUNS times (2 by default) with every core kept busy: 0 aborts wanted.
stress: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/stress.py

# Care-centre scale (takes about ten minutes; writes docs/benchmarks.md): the desk of 200
# families over 4.8 million rows and its charts, a home PC through a 30 ms latency proxy,
# and the real window headless (GUI stalls, first paint, memory).
BENCH_MARIADB ?= mysql+pymysql://root@127.0.0.1:3306
bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py --mariadb $(BENCH_MARIADB)

# Capacity (issue 21; half an hour or more): simulated desks against the script's own
# throw-away servers (one server, primary + replica, three Galera nodes behind HAProxy)
# while robots write at their pace; CAPACITY_ARGS e.g. --topology single --max-desks 300.
# The figures are copied into docs/benchmarks.md ("Capacity (issue 21)") by hand.
CAPACITY_ARGS ?=
bench-capacity: setup
	nice -n 5 $(PY) benchmarks/bench_capacity.py $(CAPACITY_ARGS)

# A night at the desk (SOAK_MINUTES, 70 by default; the first 10 are warm-up): the real
# window headless on MariaDB with a robot-paced writer process; memory growth per hour
# against 5 MiB/h and every critical alert delivered once, written to docs/soak.md.
SOAK_MINUTES ?= 70
soak: setup
	nice -n 5 $(PY) benchmarks/soak.py --minutes $(SOAK_MINUTES) --mariadb $(BENCH_MARIADB) \
		--out docs/soak.md

# The one-folder application (PyInstaller), with its icon and .desktop file, in
# dist/carebot-desktop/, and the same as dist/carebot-desktop-<version>-linux-<arch>.tar.gz.
PKG_STAMP := $(VENV)/.packaging
$(PKG_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -c requirements.lock -e '.[package]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP) $(QM)
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/carebot-desktop.spec
	cp packaging/linux/carebot-desktop.desktop packaging/linux/install-desktop-entry.sh \
		dist/carebot-desktop/
	cp resources/icons/carebot-256.png dist/carebot-desktop/carebot-desktop.png
	$(PY) packaging/archive.py dist/carebot-desktop

# A wheel (translations compiled while it is built), for `pip install`.
wheel: $(STAMP)
	$(PY) -m pip wheel --quiet --no-deps --wheel-dir dist .

# The wheel installed into a new, separate venv and run from outside the repository.
check-install: wheel
	$(PY) packaging/check_install.py dist

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis $(QM) build dist
