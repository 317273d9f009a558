"""Repo checks: the library is in sync with the notebooks, notebooks are clean, the toc and the plan agree, and every
committed result is fresh against its notebook's code."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import BIN, ROOT, all_notebooks, nb_ids
from fastbook_rl.cli import BOOK, PARTS, drafts, has_seeds_parameter, toc_yaml
from fastbook_rl.core import KINDS, MIN_HEADLINE_SEEDS, code_hash

NBS = all_notebooks()
DRAFTS = drafts(ROOT)


def _copy_tree(tmp: Path) -> Path:
    "Copy what nbdev needs (config, notebooks, library) into `tmp`."
    dst = tmp / "repo"
    dst.mkdir()
    shutil.copy(ROOT / "pyproject.toml", dst)
    shutil.copytree(ROOT / "nbs", dst / "nbs")
    shutil.copytree(ROOT / "fastbook_rl", dst / "fastbook_rl", ignore=shutil.ignore_patterns("__pycache__"))
    return dst


def _files(d: Path, pattern: str) -> dict[str, bytes]:
    return {p.relative_to(d).as_posix(): p.read_bytes() for p in sorted(d.rglob(pattern)) if "__pycache__" not in p.parts}


def test_nbdev_export_leaves_no_diff(tmp_path):
    repo = _copy_tree(tmp_path)
    subprocess.run([str(BIN / "nbdev-export")], cwd=repo, check=True, capture_output=True)
    before, after = _files(ROOT / "fastbook_rl", "*.py"), _files(repo / "fastbook_rl", "*.py")
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed, f"nbdev-export changes these library files (run nbdev-export and commit): {changed}"


def test_nbdev_clean_leaves_no_diff(tmp_path):
    repo = _copy_tree(tmp_path)
    subprocess.run([str(BIN / "nbdev-clean")], cwd=repo, check=True, capture_output=True)
    before, after = _files(ROOT / "nbs", "*.ipynb"), _files(repo / "nbs", "*.ipynb")
    changed = sorted(k for k in before if before[k] != after.get(k))
    assert not changed, f"nbdev-clean changes these notebooks (run nbdev-clean and commit): {changed}"


def test_toc_is_generated_from_plan_and_notebooks():
    assert (ROOT / "book" / "_toc.yml").read_text() == toc_yaml(ROOT), "book/_toc.yml is out of date: run `fastbook-rl pages`"


def test_chapter_notebooks_follow_the_plan():
    planned = {f"nbs/{c.folder}/{c.name}.ipynb" for c in BOOK}
    for nb in NBS:
        rel = nb.relative_to(ROOT).as_posix()
        if rel.startswith("nbs/00_toolkit/"):
            assert re.fullmatch(r"t\d\d[a-z]?_[a-z0-9_]+", nb.stem), f"toolkit notebooks are named tNN_<name>: {rel}"
        else:
            assert rel in planned, f"{rel} is not a chapter of the book plan (see fastbook_rl.cli.BOOK)"


def test_plan_matches_shared_book_plan():
    plan = ROOT.parent / "shared" / "BOOK_PLAN.md"
    if not plan.exists():
        pytest.skip("../shared/BOOK_PLAN.md is not next to this checkout")
    text = plan.read_text()
    rows = re.findall(r"^\| (c\d\d) \| (P\d\d) \| `(\w+)` \|", text, re.M)
    assert rows == [(c.ch, c.paper, c.slug) for c in BOOK]
    parts = re.findall(r"^## Part (\d\d) — .*?\(`nbs/(\w+)/`, module `fastbook_rl\.(\w+)`\)", text, re.M)
    assert parts == [(k, v[1], v[2]) for k, v in PARTS.items()]


def test_drafts_are_notebooks():
    names = {nb.stem for nb in NBS}
    unknown = sorted(set(DRAFTS) - names)
    assert not unknown, f"nbs/drafts.txt lists notebooks that do not exist: {unknown}"


@pytest.mark.parametrize("nb", NBS, ids=nb_ids(NBS))
def test_results_are_committed_and_fresh(nb):
    res = ROOT / "results" / f"{nb.stem}.json"
    if nb.stem in DRAFTS:
        pytest.skip(f"draft (nbs/drafts.txt): {DRAFTS[nb.stem] or 'no committed full run yet'}")
    assert res.exists(), f"{nb.stem} has no committed full run: make reproduce CH={nb.stem}"
    r = json.loads(res.read_text())
    assert r["mode"] == "full", f"{res.name} is from a {r['mode']} run, not a full run"
    assert r["code_hash"] == code_hash(nb), f"{res.name} is stale: the notebook's code changed; make reproduce CH={nb.stem}"
    assert r["claims"], f"{res.name} records no claims"
    for c in r["claims"]:
        assert {"id", "text", "metric", "method", "baseline", "ci95", "passed"} <= c.keys(), f"malformed claim in {res.name}"
        assert c.get("kind") in KINDS, f"{res.name}: entry {c['id']!r} has no kind (check or claim)"


CHAPTERS = [nb for nb in NBS if nb.stem[0] == "c"]


@pytest.mark.parametrize("nb", CHAPTERS, ids=nb_ids(CHAPTERS))
def test_chapter_has_seeds_parameter(nb):
    assert has_seeds_parameter(nb), f"{nb.name}: its parameters cell needs `SEEDS = None` (resolved with core.pick_seeds)"


@pytest.mark.parametrize("nb", CHAPTERS, ids=nb_ids(CHAPTERS))
def test_chapter_has_one_headline_claim(nb):
    res = ROOT / "results" / f"{nb.stem}.json"
    if nb.stem in DRAFTS or not res.exists():
        pytest.skip("no committed full run")
    claims = json.loads(res.read_text())["claims"]
    heads = [c for c in claims if c.get("headline")]
    assert len(heads) == 1, f"{res.name}: needs exactly one headline claim, has {[c['id'] for c in heads]}"
    h = heads[0]
    assert h["kind"] == "claim" and h["rule"] == "ci", f"{res.name}: the headline {h['id']!r} must be a claim judged by its CI"
    assert h["n_seeds"] >= MIN_HEADLINE_SEEDS, f"{res.name}: the headline {h['id']!r} has {h['n_seeds']} seeds (< {MIN_HEADLINE_SEEDS})"
    bad = [c["id"] for c in claims if c["kind"] == "claim" and c["rule"] != "ci"]
    assert not bad, f"{res.name}: claims judged on their mean must be checks: {bad}"


@pytest.mark.parametrize("nb", NBS, ids=nb_ids(NBS))
def test_notebook_is_committed_with_outputs_and_without_injected_parameters(nb):
    cells = json.loads(nb.read_text())["cells"]
    tags = [t for c in cells for t in c.get("metadata", {}).get("tags", [])]
    assert "injected-parameters" not in tags, f"{nb.name} still has papermill's injected-parameters cell"
    assert tags.count("parameters") == 1, f"{nb.name} needs exactly one cell tagged `parameters`"
    assert nb.stem in DRAFTS or any(c.get("outputs") for c in cells if c["cell_type"] == "code"), f"{nb.name} carries no outputs of its full run"


def test_no_orphan_results():
    names = {nb.stem for nb in NBS}
    orphans = [p.name for p in (ROOT / "results").glob("*.json") if p.stem not in names]
    assert not orphans, f"results without a notebook: {orphans}"
