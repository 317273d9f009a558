"""The site builds offline from the committed notebooks with warnings as errors, and serves MathJax itself."""
from __future__ import annotations

import subprocess

from conftest import BIN, ROOT


def test_site_builds_offline(tmp_path):
    subprocess.run([str(BIN / "fastbook-rl"), "pages"], cwd=ROOT, check=True, capture_output=True)
    assert (ROOT / "book/_vendor/mathjax/tex-mml-chtml.js").exists(), "run `make mathjax` first"
    p = subprocess.run([str(BIN / "jupyter-book"), "build", ".", "--config", "book/_config.yml", "--toc",
                        "book/_toc.yml", "--path-output", str(tmp_path), "-W", "-n", "--keep-going"],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, f"site build failed:\n{p.stdout[-4000:]}\n{p.stderr[-4000:]}"
    html = tmp_path / "_build" / "html"
    intro = (html / "book" / "intro.html").read_text()
    assert "_static/mathjax/tex-mml-chtml.js" in intro and "cdn.jsdelivr" not in intro
    assert (html / "_static" / "mathjax" / "tex-mml-chtml.js").exists()
    board = (html / "book" / "generated" / "scoreboard.html").read_text()
    assert board.count("<tr") >= 46 + 5 and "scoreboard.png" in board  # one row per chapter, a header per part
    assert (html / "book" / "generated" / "toolkit_checks.html").exists()
    core_page = (html / "nbs" / "00_toolkit" / "t00_core.html").read_text()
    assert "colab.research.google.com/github/fastbook-rl/fastbook_rl/blob/main/nbs/00_toolkit/t00_core.ipynb" in core_page
    # nbdev directives and the Colab install cell are hidden on the site (book/_ext/fastbook_pages.py)
    assert "#| export" not in core_page and "default_exp" not in core_page and "google.colab" not in core_page
    assert "IProgress" not in core_page
