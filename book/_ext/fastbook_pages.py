"""Sphinx extension for the book's notebook pages: hide what only the tooling reads.

The notebooks keep nbdev's directive comments (`#| default_exp llm.sec`, `#| export`, `#| experiment`) and the guarded
Colab install cell, because nbdev, papermill and Colab need them; a reader of the site does not. After myst-nb has
turned a notebook into a document tree, this extension
- removes code cells whose source is nothing but directives (`#| default_exp ...`), or the Colab install cell,
- strips the directive lines from every other code cell's source (outputs are untouched).
"""
from __future__ import annotations

from docutils import nodes

__version__ = "1.0"


def _is_directive(line: str) -> bool:
    "True for an nbdev directive comment line such as `#| export`."
    return line.lstrip().startswith("#|")


def _is_colab_install(text: str) -> bool:
    "True for the guarded Colab install cell every notebook starts with."
    return '"google.colab" in sys.modules' in text and "pip" in text


def clean_cells(app, doctree: nodes.document) -> None:
    "Remove directive-only and Colab install cells; strip directive lines from the rest."
    for cell in list(doctree.findall(nodes.container)):
        if cell.get("nb_element") != "cell_code":
            continue
        blocks = [b for src in cell.children if isinstance(src, nodes.container)
                  and src.get("nb_element") == "cell_code_source" for b in src.findall(nodes.literal_block)]
        if not blocks:
            continue
        block = blocks[0]
        text = block.astext()
        kept = [ln for ln in text.splitlines() if not _is_directive(ln)]
        if not any(ln.strip() for ln in kept) or _is_colab_install(text):
            cell.parent.remove(cell)
            continue
        if len(kept) != len(text.splitlines()):
            new = "\n".join(kept).strip("\n")
            block.children = [nodes.Text(new)]
            block.rawsource = new  # Sphinx highlights only when rawsource equals the text


def setup(app):
    app.connect("doctree-read", clean_cells)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
