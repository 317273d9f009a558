"""A notebook-first, reproducible tutorial book of 46 recent reinforcement-learning papers, and the library its notebooks export.

Modules:

- `fastbook_rl.llm.sampling`: Toolkit chapter T24. The sampler every RL chapter uses to draw groups of completions, with the per-token log-probabilities, entropies and loss masks that policy-gradient losses need."""

__version__ = "0.1.0"
