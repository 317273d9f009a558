"""A notebook-first, reproducible tutorial book of 46 recent reinforcement-learning papers, and the library its notebooks export.

Modules:

- `fastbook_rl.apps.c_morl`: Chapter 44. Ruohong Liu, Yuxin Pan, Linjie Xu, Lei Song, Pengcheng You, Yize Chen, Jiang Bian, *C-MORL: Multi-Objective Reinforcement Learning through Efficient Discovery of Pareto Front* (published as *Efficient Discovery of Pareto Front for Multi-Objective Reinforcement Learning*), ICLR 2025, [arXiv:2410.02236](https://arxiv.org/abs/2410.02236). Official code: `RuohLiuq/C-MORL`.
- `fastbook_rl.envs.grid`: Toolkit chapter T11. Gridworlds and FrozenLake with exact transition tables, environments in which the best returns in a dataset come from luck rather than skill, and multi-objective worlds with a vector reward.
- `fastbook_rl.envs.tabular`: Toolkit chapter T12. The theory chapters (StepMix, horizon-free reward-free exploration, agnostic RL, the tabular parts of Dichotomy of Control and TD-JEPA) all need the same thing: small MDPs whose values we can compute *exactly*, so that a learning algorithm's regret or error is a number, not an estimate.
- `fastbook_rl.explore.coplanner`: Chapter 26. Xiyao Wang, Ruijie Zheng, Yanchao Sun, Ruonan Jia, Wichayaporn Wongkamjan, Huazhe Xu, Furong Huang, *COPlanner: Plan to Roll Out Conservatively but to Explore Optimistically for Model-Based RL*, ICLR 2024, [arXiv:2310.07220](https://arxiv.org/abs/2310.07220).
- `fastbook_rl.explore.stepmix`: Chapter 29. Donghao Li, Ruiquan Huang, Cong Shen, Jing Yang, *Near-optimal Conservative Exploration in Reinforcement Learning under Episode-wise Constraints*, ICML 2023, [arXiv:2306.06265](https://arxiv.org/abs/2306.06265).
- `fastbook_rl.gen.diffusion`: Toolkit chapter T32. The diffusion engine of the generative-policy chapters (BESO, policy-guided diffusion, Diffusion-VLA, past-token prediction).
- `fastbook_rl.gen.targets`: Toolkit chapter T30. What the generative chapters learn to sample, how the samples are scored against the data, and the small reward models that RL fine-tuning of generators optimises.
- `fastbook_rl.generative.beso`: Chapter 33. Moritz Reuss, Maximilian Li, Xiaogang Jia, Rudolf Lioutikov, *Goal-Conditioned Imitation Learning using Score-based Diffusion Policies*, RSS 2023, [arXiv:2304.02532](https://arxiv.org/abs/2304.02532).
- `fastbook_rl.il.diffusion`: Toolkit chapter T37: `fastbook_rl.il.diffusion`, a diffusion policy built on the book's EDM denoisers (T31, T32), and the check that it keeps both ways around the wall where behaviour cloning with a squared error fails.
- `fastbook_rl.llm.backends`: Toolkit chapter T26. One `generate(prompts) -> completions` interface, so that a chapter written for the book's tiny model runs unchanged against a real LLM when a reader has one.
- `fastbook_rl.llm.grpo`: Toolkit chapter T25. The policy-gradient core that every RL chapter of the language-model part calls: GRPO, Dr. GRPO, RLOO, DAPO's clip-higher / token-level loss / dynamic sampling, and PPO with a value head.
- `fastbook_rl.llm.sampling`: Toolkit chapter T24. The sampler every RL chapter uses to draw groups of completions, with the per-token log-probabilities, entropies and loss masks that policy-gradient losses need.
- `fastbook_rl.llm.sec`: Chapter c04 of part 01 (RL for language models). Paper: Xiaoyin Chen, Jiarui Lu, Minsu Kim, Dinghuai Zhang, Jian Tang, Alexandre Piché, Nicolas Gontier, Yoshua Bengio, Ehsan Kamalloo, *Self-Evolving Curriculum for LLM Reasoning*, 2025, [arXiv:2505.14970](https://arxiv.org/abs/2505.14970).
- `fastbook_rl.llm.training_free_grpo`: Chapter c11 of part 01 (RL for language models). Paper: Y. Cai et al. (Tencent Youtu-Agent team), *Training-Free Group Relative Policy Optimization*, 2025, [arXiv:2510.08191](https://arxiv.org/abs/2510.08191).
- `fastbook_rl.mo`: Toolkit chapter T38. The yardsticks every multi-objective chapter reports its policies with (C-MORL in c44, and any chapter that trades off several returns).
- `fastbook_rl.offline.prdc`: Chapter 19. Yuhang Ran, Yi-Chen Li, Fuxiang Zhang, Zongzhang Zhang, Yang Yu, *Policy Regularization with Dataset Constraint for Offline Reinforcement Learning*, ICML 2023, [arXiv:2306.06569](https://arxiv.org/abs/2306.06569)."""

__version__ = "0.1.0"
