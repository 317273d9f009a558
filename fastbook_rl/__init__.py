"""A notebook-first, reproducible tutorial book of 46 recent reinforcement-learning papers, and the library its notebooks export.

Modules:

- `fastbook_rl.gen.diffusion`: Toolkit chapter T32. The diffusion engine of the generative-policy chapters (BESO, policy-guided diffusion, Diffusion-VLA, past-token prediction)."""

__version__ = "0.1.0"
