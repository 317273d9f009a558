"""A notebook-first, reproducible tutorial book of 46 recent reinforcement-learning papers, and the library its notebooks export.

Modules:

- `fastbook_rl.envs.grid`: Toolkit chapter T11. Gridworlds and FrozenLake with exact transition tables, environments in which the best returns in a dataset come from luck rather than skill, and multi-objective worlds with a vector reward.
- `fastbook_rl.envs.tabular`: Toolkit chapter T12. The theory chapters (StepMix, horizon-free reward-free exploration, agnostic RL, the tabular parts of Dichotomy of Control and TD-JEPA) all need the same thing: small MDPs whose values we can compute *exactly*, so that a learning algorithm's regret or error is a number, not an estimate."""

__version__ = "0.1.0"
