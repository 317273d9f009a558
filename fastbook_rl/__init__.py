"""A notebook-first, reproducible tutorial book of 46 recent reinforcement-learning papers, and the library its notebooks export.

Modules:

- `fastbook_rl.gen.diffusion`: Toolkit chapter T32. The diffusion engine of the generative-policy chapters (BESO, policy-guided diffusion, Diffusion-VLA, past-token prediction).
- `fastbook_rl.il.diffusion`: Toolkit chapter T37: `fastbook_rl.il.diffusion`, a diffusion policy built on the book's EDM denoisers (T31, T32), and the check that it keeps both ways around the wall where behaviour cloning with a squared error fails."""

__version__ = "0.1.0"
