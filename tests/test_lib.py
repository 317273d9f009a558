"""Library tests: bad input gives clear errors, the CLI refuses unknown names and modes, the wheel holds every module."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import numpy as np
import pytest

from conftest import BIN, ROOT
from fastbook_rl import cli, core


def test_unknown_mode_names_valid_modes(monkeypatch):
    with pytest.raises(ValueError, match="smoke, full, scale"):
        core.check_mode("quick")
    monkeypatch.delenv("IN_TEST", raising=False)
    monkeypatch.setenv("FASTBOOK_RL_MODE", "fullest")
    with pytest.raises(ValueError, match="valid modes"):
        core.default_mode()
    with pytest.raises(ValueError):
        core.pick(1, 2, mode="gpu")


def test_default_mode_from_environment(monkeypatch):
    monkeypatch.setenv("IN_TEST", "1")
    assert core.default_mode() == "smoke"
    monkeypatch.delenv("IN_TEST")
    monkeypatch.delenv("FASTBOOK_RL_MODE", raising=False)
    assert core.default_mode() == "full"
    monkeypatch.setenv("FASTBOOK_RL_MODE", "scale")
    assert core.pick(1, 2, 3) == 3


def test_make_claim_rejects_bad_input():
    with pytest.raises(ValueError, match="one baseline value per seed"):
        core.make_claim("x", "x", [1, 2, 3], [1, 2], metric="m")
    with pytest.raises(ValueError, match="non-empty"):
        core.make_claim("x", "x", [], metric="m")
    with pytest.raises(ValueError, match="direction"):
        core.make_claim("x", "x", [1.0], metric="m", direction="bigger")


def test_claim_ci_is_honest():
    rng = np.random.default_rng(0)
    noisy = rng.normal(0.0, 1.0, 5)
    c = core.make_claim("x", "x", noisy + 0.0, noisy - 0.0, metric="m", kind="claim")
    assert not c["passed"]  # zero paired difference never passes a strict CI bound
    c = core.make_claim("x", "x", noisy + 3.0, noisy, metric="m")
    assert c["passed"] and np.isclose(c["mean"], 3.0)


def test_run_seeds_parallel_equals_sequential():
    def f(seed):
        return float(np.random.rand())
    assert core.run_seeds(f, [0, 1, 2], workers=2) == core.run_seeds(f, [0, 1, 2], workers=1)


def test_run_seeds_on_ray_when_installed():
    ray = pytest.importorskip("ray")
    try:
        out = core.run_seeds(lambda s: s * 2, [1, 2, 3], workers=2, address="local")
    finally:
        ray.shutdown()
    assert out == [2, 4, 6]


def test_cli_rejects_unknown_chapter_and_mode(capsys):
    assert cli.main(["run", "c99_unknown"]) == 2
    err = capsys.readouterr().err
    assert "unknown notebook" in err and "t00_core" in err
    assert cli.main(["run", "t00_core", "--mode", "turbo"]) == 2
    assert "valid modes are smoke, full, scale" in capsys.readouterr().err
    unwritten = next(c for c in cli.BOOK if not (ROOT / c.notebook).exists())
    assert cli.main(["run", unwritten.ch]) == 2
    assert "planned but not written" in capsys.readouterr().err
    assert cli.main(["reproduce", "t00_core", "--backend", "slurm"]) == 2


def test_cli_entry_point_runs():
    p = subprocess.run([str(BIN / "fastbook-rl"), "list"], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0 and "t00_core" in p.stdout and "not written" in p.stdout


def test_wheel_contains_every_module(tmp_path):
    p = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                        str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr[-2000:]
    whl = next(tmp_path.glob("fastbook_rl-*.whl"))
    names = set(zipfile.ZipFile(whl).namelist())
    mods = {q.relative_to(ROOT).as_posix() for q in (ROOT / "fastbook_rl").rglob("*.py") if "__pycache__" not in q.parts}
    assert mods <= names, f"missing from the wheel: {sorted(mods - names)}"


def test_seeds_option_changes_a_seeded_metric(tmp_path):
    "A --seeds run injects SEEDS: t00's simulated coverage (seeded by SEEDS) changes, and the results record the seeds."
    env = {**os.environ, "FASTBOOK_RL_QUIET": "1", "HF_HUB_OFFLINE": "1"}
    env.pop("IN_TEST", None)
    out = {}
    for tag, extra in [("default", []), ("fresh", ["--seeds", "200,201"])]:
        p = subprocess.run([str(BIN / "fastbook-rl"), "run", "t00_core", "--mode", "smoke", "--results",
                            str(tmp_path / tag), *extra], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
        assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]
        out[tag] = __import__("json").loads((tmp_path / tag / "smoke" / "t00_core.json").read_text())
    assert out["default"]["seeds"] == [0, 1] and out["fresh"]["seeds"] == [200, 201]
    a = {c["id"]: c["per_seed"] for c in out["default"]["claims"]}
    b = {c["id"]: c["per_seed"] for c in out["fresh"]["claims"]}
    assert a["t_normal_3"] != b["t_normal_3"]


def test_seeds_option_refused_without_seeds_parameter(tmp_path, capsys):
    nb = tmp_path / "nbs" / "t98_noseeds.ipynb"
    nb.parent.mkdir()
    nb.write_text(__import__("json").dumps({"cells": [{"cell_type": "code", "source": "MODE = 'smoke'", "outputs": [],
                  "execution_count": None, "metadata": {"tags": ["parameters"]}}], "metadata": {}, "nbformat": 4,
                  "nbformat_minor": 5}))
    with pytest.raises(ValueError, match="no SEEDS parameter"):
        cli.run_notebook(nb, "smoke", seeds=[1, 2])
    assert cli.main(["run", "t00_core", "--seeds", "3,3"]) == 2
    assert "no repeats" in capsys.readouterr().err


def test_verify_compares_verdicts():
    old = {"chapter": "c99", "seeds": [0, 1], "code_hash": "h", "claims": [
        {"id": "a", "kind": "claim", "headline": True, "passed": True, "mean": 1.0, "ci95": [0.1, 1.9], "per_seed": [1.0, 1.0]}]}
    same = cli.compare_results(old, old)
    assert same["kept"] == 1 and same["max_diff"] == 0.0
    flipped = cli.compare_results(old, {**old, "seeds": [5, 6], "claims": [{**old["claims"][0], "passed": False}]})
    assert flipped["headline_kept"] is False and "headline FLIPPED" in cli.verify_report(flipped)


def test_make_claim_contract():
    with pytest.raises(ValueError, match="ignores the interval"):
        core.make_claim("x", "x", [1.0, 2.0], metric="m", kind="claim", rule="mean")
    with pytest.raises(ValueError, match="only a claim"):
        core.make_claim("x", "x", [1.0, 2.0], metric="m", headline=True)
    with pytest.raises(ValueError, match="exactly one headline"):
        core.check_entries("c99_x", "full", [core.make_claim("x", "x", [1.0, 2.0], metric="m", kind="claim")])
