"""Shared fixtures: the repository root, the notebooks, a cold cache shared by xdist workers."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ["FASTBOOK_RL_QUIET"] = "1"


def all_notebooks() -> list[Path]:
    "Every notebook under nbs/, sorted."
    return sorted(p for p in (ROOT / "nbs").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def nb_ids(nbs: list[Path]) -> list[str]:
    return [p.stem for p in nbs]


def network_blocker() -> list[str]:
    "A command prefix that runs its command with only loopback networking, or [] where that is not permitted."
    if shutil.which("unshare") and shutil.which("ip"):
        probe = subprocess.run(["unshare", "-n", "sh", "-c", "ip link set lo up"], capture_output=True)
        if probe.returncode == 0:
            return ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "_"]
    return []


@pytest.fixture(scope="session")
def shared_tmp(tmp_path_factory) -> Path:
    "A folder shared by all xdist workers of this test session (for the cold model cache)."
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
