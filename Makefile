# fastbook_rl: two commands for a new reader.
#   make book   create .venv, install, build the site into book/_build/html (no notebook is executed)
#   make test   create .venv if missing, run every check (repo checks, nbdev-test, library tests, smoke runs, site)
# and, for one notebook:
#   make smoke CH=c04_sec       papermill smoke run (<= 60 s), prints the claims table
#   make reproduce CH=c04_sec   full run, outputs and results/c04_sec.json written in place, notebook cleaned

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MATHJAX_VERSION := 3.2.2
MATHJAX := book/_vendor/mathjax/tex-mml-chtml.js
JOBS ?= 2

export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: venv test book smoke reproduce mathjax export clean-nbs list help

help:
	@sed -n '2,8p' Makefile

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev]" 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -c "import fastbook_rl, torch, nbdev, papermill, jupyter_book" 
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

venv: $(STAMP)

# MathJax 3 from the npm registry, copied next to the site's static files so equations render with no network.
$(MATHJAX):
	rm -rf book/_vendor/npm && mkdir -p book/_vendor/npm
	cd book/_vendor/npm && npm install --silent --no-audit --no-fund --no-save mathjax@$(MATHJAX_VERSION)
	rm -rf book/_vendor/mathjax && cp -r book/_vendor/npm/node_modules/mathjax/es5 book/_vendor/mathjax
	rm -rf book/_vendor/npm

mathjax: $(MATHJAX)

book: venv mathjax
	$(BIN)/fastbook-rl pages
	$(BIN)/jupyter-book build . --config book/_config.yml --toc book/_toc.yml --path-output book -W -n --keep-going
	@echo ""
	@echo "The book is in book/_build/html. Open it with:"
	@echo "  xdg-open book/_build/html/index.html        (or: python -m http.server -d book/_build/html 8000)"

test: venv mathjax
	$(BIN)/python -m pytest -n $(JOBS) --dist loadgroup -q -p no:cacheprovider --durations=15 tests

smoke: venv
	@test -n "$(CH)" || (echo "usage: make smoke CH=<chapter>   (fastbook-rl list shows them)"; exit 2)
	$(BIN)/fastbook-rl run $(CH) --mode smoke

reproduce: venv
	@test -n "$(CH)" || (echo "usage: make reproduce CH=<chapter>   (or CH=--all)"; exit 2)
	$(BIN)/fastbook-rl reproduce $(CH)

export: venv
	$(BIN)/nbdev-export && $(BIN)/nbdev-clean

list: venv
	$(BIN)/fastbook-rl list
