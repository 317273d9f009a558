"""The papermill smoke run of every notebook: network blocked, 60 s wall clock each, every smoke claim must pass."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from conftest import BIN, ROOT, all_notebooks, nb_ids, network_blocker

NBS = all_notebooks()
LIMIT_S = 60
# Nano base policies that smoke runs load. As the language-model toolkit's design allows, the suite pretrains each one
# once per test session into the shared cold cache (under the toolkit's file lock), outside any notebook's 60 s.
WARM_BASE_POLICIES = [("arith", "nano", 0)]


@pytest.fixture(scope="session")
def warm_cache(shared_tmp):
    "Pretrain the nano base policies once into the session's cold cache and return the cache folder."
    cache = shared_tmp / "cache"
    code = "from fastbook_rl.llm.pretrain import get_base_policy\n" + "".join(
        f"get_base_policy({t!r}, {s!r}, {seed})\n" for t, s, seed in WARM_BASE_POLICIES)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, timeout=900, cwd=ROOT,
                   env={**os.environ, "FASTBOOK_RL_CACHE": str(cache), "HF_HUB_OFFLINE": "1", "FASTBOOK_RL_QUIET": "1"})
    print(f"\nwarm-up: nano base policies pretrained in {time.perf_counter() - t0:.0f} s")
    return cache


# All smoke runs share one xdist worker (make test uses --dist loadgroup): they run one after another, each with the
# machine's second core shared only with the lighter nbdev-test and repo checks, so their 60 s limits measure the
# notebooks rather than each other.
@pytest.mark.xdist_group("smoke")
@pytest.mark.parametrize("nb", NBS, ids=nb_ids(NBS))
def test_smoke_run(nb, tmp_path, warm_cache):
    env = {**os.environ, "FASTBOOK_RL_CACHE": str(warm_cache), "FASTBOOK_RL_QUIET": "1",
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    env.pop("IN_TEST", None)
    cmd = network_blocker() + [str(BIN / "fastbook-rl"), "run", nb.stem, "--mode", "smoke", "--results", str(tmp_path),
                               "--output", str(tmp_path / nb.name)]
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=LIMIT_S, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail(f"smoke run of {nb.stem} exceeded {LIMIT_S} s")
    elapsed = time.perf_counter() - t0
    assert p.returncode == 0, f"smoke run of {nb.stem} failed ({elapsed:.0f} s):\n{p.stdout[-4000:]}\n{p.stderr[-4000:]}"
    res = tmp_path / "smoke" / f"{nb.stem}.json"
    assert res.exists(), f"{nb.stem} wrote no smoke results"
    r = json.loads(res.read_text())
    assert r["mode"] == "smoke" and r["claims"], f"{nb.stem}: smoke results need at least one claim"
    failed = [c["id"] for c in r["claims"] if not c["passed"]]
    assert not failed, f"{nb.stem}: smoke claims failed: {failed}"
