"""nbdev-test on every notebook: the unit cells run; cells flagged `#| experiment` are skipped (papermill covers them)."""
from __future__ import annotations

import subprocess

import pytest

from conftest import BIN, ROOT, all_notebooks, nb_ids

NBS = all_notebooks()


@pytest.mark.parametrize("nb", NBS, ids=nb_ids(NBS))
def test_nbdev_test(nb, shared_tmp):
    env_cache = {"FASTBOOK_RL_CACHE": str(shared_tmp / "cache")}
    import os
    p = subprocess.run([str(BIN / "nbdev-test"), str(nb), "--n-workers", "0"], cwd=ROOT, capture_output=True, text=True,
                       timeout=300, env={**os.environ, **env_cache})
    assert p.returncode == 0, f"nbdev-test failed on {nb.name}:\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}"
