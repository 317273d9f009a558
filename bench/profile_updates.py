"""Where an update spends its time: cProfile of toolkit SAC (Pendulum-v1) and toolkit GRPO (arith, micro base).

Run:  python bench/profile_updates.py [--sac-steps 4000] [--grpo-steps 8]    (never run as a test)

One process, one torch thread. Prints, per algorithm, the functions with the most own time (tottime) and the share
of the whole run each takes, grouped into the costs a speed-up would attack. bench/profile_results.md keeps the
measured table with the machine's load.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def profile(fn) -> tuple[pstats.Stats, float]:
    "Run fn() under cProfile; return the stats and the wall seconds."
    pr = cProfile.Profile()
    t0 = time.perf_counter()
    pr.enable(); fn(); pr.disable()
    return pstats.Stats(pr), time.perf_counter() - t0


def top(stats: pstats.Stats, n: int = 15) -> list[tuple[str, float, float, int]]:
    "The n functions with the most own time: (name, own seconds, cumulative seconds, calls)."
    rows = []
    for (file, line, name), (cc, nc, tt, ct, _) in stats.stats.items():
        short = f"{os.path.basename(file)}:{line}({name})" if file != "~" else name
        rows.append((short, tt, ct, nc))
    return sorted(rows, key=lambda r: -r[1])[:n]


def report(title: str, stats: pstats.Stats, wall: float, updates: int) -> None:
    "Print the top functions with their share of the run and their cost per update."
    total = sum(tt for (_, _, _), (_, _, tt, _, _) in stats.stats.items())
    print(f"\n## {title}: {wall:.1f} s wall, {total:.1f} s profiled, {updates} updates, load {os.getloadavg()[0]:.1f}")
    print("| function | own s | share | ms per update | calls |\n|---|---|---|---|---|")
    for name, tt, ct, nc in top(stats):
        print(f"| `{name}` | {tt:.2f} | {tt / total:.1%} | {1000 * tt / updates:.2f} | {nc} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sac-steps", type=int, default=4000)
    ap.add_argument("--grpo-steps", type=int, default=8)
    a = ap.parse_args()
    from fastbook_rl.core import seed_everything, setup_threads
    setup_threads(1)
    from fastbook_rl.rl.sac import SACConfig, train_sac
    seed_everything(0)
    cfg = SACConfig(total_steps=a.sac_steps, eval_every=0)
    st, wall = profile(lambda: train_sac("Pendulum-v1", cfg, seed=0))
    report(f"SAC, Pendulum-v1, {a.sac_steps} steps", st, wall, a.sac_steps - cfg.learning_starts)

    from fastbook_rl.llm.grpo import GRPOConfig, GRPOTrainer
    from fastbook_rl.llm.pretrain import get_base_policy
    from fastbook_rl.tasks.base import get_task
    task = get_task("arith")
    model = get_base_policy("arith", "micro", 0).train()
    levels = (3, 4, 5)  # as in bench_trl.py
    sampler = lambda step, n, rng: [task.sample_split(levels[int(rng.integers(len(levels)))], rng, "train")
                                    for _ in range(n)]
    gcfg = GRPOConfig(group_size=8, prompts_per_step=8, lr=1e-4, max_new_tokens=64)
    tr = GRPOTrainer(model, task.reward, sampler, gcfg, seed=0)
    seed_everything(0)
    st, wall = profile(lambda: tr.train(a.grpo_steps))
    h = tr.history
    print(f"\nGRPO split: sampling {sum(x['t_sample'] for x in h):.1f} s, update {sum(x['t_update'] for x in h):.1f} s")
    report(f"GRPO, arith, micro base, G = 8, P = 8, {a.grpo_steps} steps", st, wall, a.grpo_steps)


if __name__ == "__main__":
    main()
