"""A notebook-first, reproducible tutorial book of 46 recent reinforcement-learning papers, and the library its notebooks export.

Modules:

- `fastbook_rl.gen.diffusion`: Toolkit chapter T32. The diffusion engine of the generative-policy chapters (BESO, policy-guided diffusion, Diffusion-VLA, past-token prediction).
- `fastbook_rl.gen.targets`: Toolkit chapter T30. What the generative chapters learn to sample, how the samples are scored against the data, and the small reward models that RL fine-tuning of generators optimises."""

__version__ = "0.1.0"
