"""A notebook-first, reproducible tutorial book of 46 recent reinforcement-learning papers, and the library its notebooks export.

Modules:

- `fastbook_rl.envs.grid`: Toolkit chapter T11. Gridworlds and FrozenLake with exact transition tables, environments in which the best returns in a dataset come from luck rather than skill, and multi-objective worlds with a vector reward.
- `fastbook_rl.envs.tabular`: Toolkit chapter T12. The theory chapters (StepMix, horizon-free reward-free exploration, agnostic RL, the tabular parts of Dichotomy of Control and TD-JEPA) all need the same thing: small MDPs whose values we can compute *exactly*, so that a learning algorithm's regret or error is a number, not an estimate.
- `fastbook_rl.explore.stepmix`: Chapter 29. Donghao Li, Ruiquan Huang, Cong Shen, Jing Yang, *Near-optimal Conservative Exploration in Reinforcement Learning under Episode-wise Constraints*, ICML 2023, [arXiv:2306.06265](https://arxiv.org/abs/2306.06265).
- `fastbook_rl.gen.diffusion`: Toolkit chapter T32. The diffusion engine of the generative-policy chapters (BESO, policy-guided diffusion, Diffusion-VLA, past-token prediction).
- `fastbook_rl.gen.targets`: Toolkit chapter T30. What the generative chapters learn to sample, how the samples are scored against the data, and the small reward models that RL fine-tuning of generators optimises.
- `fastbook_rl.il.diffusion`: Toolkit chapter T37: `fastbook_rl.il.diffusion`, a diffusion policy built on the book's EDM denoisers (T31, T32), and the check that it keeps both ways around the wall where behaviour cloning with a squared error fails."""

__version__ = "0.1.0"
