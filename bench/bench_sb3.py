"""Toolkit PPO and SAC against Stable-Baselines3: environment steps per second and final return.

Run:  python bench/bench_sb3.py [--seeds 3] [--ppo-steps 100000] [--sac-steps 20000] [--algos ppo sac]
Needs the bench extra (pip install 'fastbook_rl[bench]'); never run as a test.

Same machine, same process, one torch thread. Runs are interleaved A-B-B-A (even seeds: toolkit then SB3; odd
seeds: SB3 then toolkit), so that a drift in machine load hits both sides alike, and the bar is judged on the paired
per-seed ratio toolkit/SB3 with a Student-t interval (fastbook_rl.core.mean_ci); the load average is recorded with
every run. Same hyperparameters and step budget (SB3-zoo CartPole-v1 PPO settings; the book's Pendulum-v1 SAC settings: 2x64 nets,
batch 128, lr 1e-3, 1,000 random steps). Steps/s is wall clock of the whole training call (environment creation
included, no evaluation inside); CPU steps/s (process time) is printed too because the reference machine is shared.
Both final policies are scored by the same `fastbook_rl.evaluation.evaluate` (deterministic, 20 fixed-seed episodes).
"""
from __future__ import annotations

import argparse
import os
import time

import numpy as np


def _load() -> str:
    "1-minute load average of the machine, as text."
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "n/a"


def _timed(fn) -> tuple:
    "Run fn(); return its result, wall seconds and CPU seconds of this process."
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w, time.process_time() - c


def ppo_toolkit(seed: int, steps: int) -> tuple:
    from fastbook_rl.rl.ppo import PPOConfig, train_ppo
    out = train_ppo("CartPole-v1", PPOConfig(total_steps=steps, eval_every=0), seed=seed)
    return out["agent"], out["steps"]


def ppo_sb3(seed: int, steps: int) -> tuple:
    import torch.nn as nn
    from stable_baselines3 import PPO
    from stable_baselines3.common.env_util import make_vec_env
    lin = lambda v: (lambda progress_remaining: progress_remaining * v)
    env = make_vec_env("CartPole-v1", n_envs=8, seed=seed)
    model = PPO("MlpPolicy", env, n_steps=32, batch_size=256, n_epochs=20, gamma=0.98, gae_lambda=0.8,
                learning_rate=lin(1e-3), clip_range=lin(0.2), ent_coef=0.0, vf_coef=0.5, max_grad_norm=0.5,
                policy_kwargs=dict(net_arch=dict(pi=[64, 64], vf=[64, 64]), activation_fn=nn.Tanh),
                device="cpu", seed=seed, verbose=0)
    model.learn(steps)
    return (lambda obs: model.predict(obs, deterministic=True)[0]), model.num_timesteps


def sac_toolkit(seed: int, steps: int) -> tuple:
    from fastbook_rl.rl.sac import SACConfig, train_sac
    out = train_sac("Pendulum-v1", SACConfig(total_steps=steps, eval_every=0), seed=seed)
    return out["agent"], out["steps"]


def sac_sb3(seed: int, steps: int) -> tuple:
    from stable_baselines3 import SAC
    model = SAC("MlpPolicy", "Pendulum-v1", learning_rate=1e-3, buffer_size=100_000, learning_starts=1_000,
                batch_size=128, tau=0.005, gamma=0.99, train_freq=1, gradient_steps=1, ent_coef="auto",
                policy_kwargs=dict(net_arch=[64, 64]), device="cpu", seed=seed, verbose=0)
    model.learn(steps)
    return (lambda obs: model.predict(obs, deterministic=True)[0]), model.num_timesteps


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seeds", type=int, default=3)
    p.add_argument("--ppo-steps", type=int, default=100_000)
    p.add_argument("--sac-steps", type=int, default=20_000)
    p.add_argument("--algos", nargs="+", default=["ppo", "sac"], choices=["ppo", "sac"])
    a = p.parse_args()
    from fastbook_rl.core import mean_ci, seed_everything, setup_threads
    from fastbook_rl.evaluation import evaluate
    setup_threads(1)
    import stable_baselines3, torch
    print(f"torch {torch.__version__}, stable-baselines3 {stable_baselines3.__version__}, {os.cpu_count()} CPUs, "
          f"1 torch thread, load average at start {_load()}")
    runs = {"ppo": ("CartPole-v1", a.ppo_steps, ppo_toolkit, ppo_sb3), "sac": ("Pendulum-v1", a.sac_steps, sac_toolkit, sac_sb3)}
    table = []
    for algo in a.algos:
        env_id, steps, tk, sb = runs[algo]
        res = {"toolkit": [], "sb3": []}
        for seed in range(a.seeds):
            order = (("toolkit", tk), ("sb3", sb)) if seed % 2 == 0 else (("sb3", sb), ("toolkit", tk))
            for name, fn in order:
                seed_everything(seed)
                load0 = _load()
                (policy, n), wall, cpu = _timed(lambda: fn(seed, steps))
                ret = float(evaluate(policy, env_id, 20, seed=100_000 + seed).mean())
                res[name].append({"sps": n / wall, "cpu_sps": n / cpu, "ret": ret, "wall": wall, "load": float(_load())})
                print(f"{algo} {name:7s} seed {seed}: {n} steps in {wall:6.1f} s ({n / wall:7.0f} steps/s wall, "
                      f"{n / cpu:7.0f} per CPU-s), return {ret:8.1f}, load {load0} -> {_load()}", flush=True)
        row = {"algo": algo, "env": env_id, "steps": steps}
        for name in ("toolkit", "sb3"):
            for k in ("sps", "cpu_sps", "ret"):
                row[f"{name}_{k}"] = mean_ci([r[k] for r in res[name]])
        row["ratio"] = mean_ci([t["sps"] / s["sps"] for t, s in zip(res["toolkit"], res["sb3"])])
        row["cpu_ratio"] = mean_ci([t["cpu_sps"] / s["cpu_sps"] for t, s in zip(res["toolkit"], res["sb3"])])
        row["load"] = mean_ci([r["load"] for r in res["toolkit"] + res["sb3"]])
        table.append(row)
    f = lambda d, p=0: f"{d['mean']:.{p}f} [{d['lo']:.{p}f}, {d['hi']:.{p}f}]"
    print(f"\n| algo / env | steps | toolkit steps/s | SB3 steps/s | paired ratio (wall) | paired ratio (CPU) | toolkit return | SB3 return | load |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in table:
        print(f"| {r['algo'].upper()} / {r['env']} | {r['steps']} | {f(r['toolkit_sps'])} | {f(r['sb3_sps'])} | "
              f"{f(r['ratio'], 2)} | {f(r['cpu_ratio'], 2)} | {f(r['toolkit_ret'], 1)} | {f(r['sb3_ret'], 1)} | "
              f"{f(r['load'], 1)} |")
    print(f"\n{a.seeds} seeds, interleaved A-B-B-A, mean [95 % Student-t CI]; the 1.5x bar is on the paired wall-clock "
          f"ratio's lower bound; load average at end {_load()}")


if __name__ == "__main__":
    main()
