# Hadath: `make run` opens the app, `make test` runs the whole suite.
# Both create (or reuse) the local virtual environment in .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck forms bench screenshots clean translations vnu kill-test fuzz concurrency faults bundle package-test

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# Build step: compile ui/*.ui into desktop_app/gui/forms and .ts into .qm.
forms: $(STAMP)
	$(PY) tools/build_resources.py

run: forms
	$(PY) -m desktop_app

# The Nu Html Checker validates exported pages in the tests; without npm they skip it.
.tools/node_modules/vnu-jar/build/dist/vnu.jar:
	-command -v npm >/dev/null && npm install --silent --no-audit --no-fund --prefix .tools vnu-jar

vnu: .tools/node_modules/vnu-jar/build/dist/vnu.jar

test: forms vnu
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not benchmark and not packaging" -p no:randomly
	$(PY) -m ruff check desktop_app tests tools
	$(PY) -m mypy

lint: $(STAMP)
	$(PY) -m ruff check desktop_app tests tools

typecheck: $(STAMP)
	$(PY) -m mypy

bench: forms
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks.run

# Fault tests (tests/faults; short versions run in `make test`). Each prints its figures and
# exits non-zero on any failure. RUNS, COUNT, ROUNDS and SEED override the defaults.
RUNS ?= 200
COUNT ?= 1000
ROUNDS ?= 100
SEED ?= 1

# SIGKILL the typing app at random moments; the file must pass integrity_check, no autosave lost.
kill-test: forms
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.faults.kill_test --runs $(RUNS) --seed $(SEED)

# Mutated Markdown, text, HTML and CSV files: imported or refused cleanly, under 2 s, store intact.
fuzz: forms
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.faults.fuzz --count $(COUNT) --seed $(SEED)

# `hadath import` while the GUI autosaves: no lost write, no "database is locked".
concurrency: forms
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.faults.concurrency --rounds $(ROUNDS) --seed $(SEED)

faults: kill-test fuzz concurrency

screenshots: forms
	QT_QPA_PLATFORM=offscreen $(PY) tools/render_screenshots.py

# Linux one-folder app (PyInstaller) in dist/hadath and dist/Hadath-<version>-linux-<arch>.tar.gz;
# see packaging/README.md. package-test runs the built bundle from a fresh folder, clean environment.
$(VENV)/.packaging: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,packaging]"
	touch $@

bundle: forms $(VENV)/.packaging
	$(PY) tools/build_bundle.py

package-test: bundle
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:randomly tests/packaging

clean:
	rm -rf $(VENV) build dist *.egg-info desktop_app/gui/forms/*_ui.py resources/translations/*.qm

translations: $(STAMP)
	$(PY) tools/update_translations.py
