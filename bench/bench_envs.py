"""Benchmark: the book's numpy-batched environments against gymnasium's vector environments.

Prints environment steps per second (wall clock) for N worlds stepped together:
  * PointMassVec (one numpy call per step) vs gymnasium SyncVectorEnv over N PointMazeEnv objects;
  * VecPendulum vs SyncVectorEnv over gymnasium's Pendulum-v1 (which has no batched vector entry point in
    gymnasium 1.4).
Never run as a test. Usage: python bench/bench_envs.py [--steps 300] [--sizes 16 256 4096]
"""
from __future__ import annotations

import argparse
import time

import gymnasium as gym
import numpy as np

import fastbook_rl.envs as E


def steps_per_s(step, make_actions, steps: int, n: int) -> float:
    "Environment steps per second of `step` called `steps` times on batches of n actions."
    acts = [make_actions() for _ in range(steps)]
    t0 = time.perf_counter()
    for a in acts:
        step(a)
    return steps * n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--sizes", type=int, nargs="+", default=[16, 256, 4096])
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    print("| env | N | book (steps/s) | gymnasium (steps/s) | ratio |")
    print("|---|---|---|---|---|")
    for n in args.sizes:
        vec = E.PointMassVec(n, "four_rooms"); vec.reset(seed=0)
        sync = gym.vector.SyncVectorEnv([lambda: E.PointMazeEnv("four_rooms") for _ in range(n)])
        sync.reset(seed=0)
        s_sync = max(3, args.steps // max(1, n // 16))  # keep the slow side's wall time bounded
        a_book = steps_per_s(vec.step, lambda: rng.uniform(-1, 1, (n, 2)).astype(np.float32), args.steps, n)
        a_gym = steps_per_s(sync.step, lambda: rng.uniform(-1, 1, (n, 2)).astype(np.float32), s_sync, n)
        print(f"| point mass (four rooms) vs SyncVectorEnv | {n} | {a_book:,.0f} | {a_gym:,.0f} | {a_book / a_gym:.1f}x |")
        vp = E.VecPendulum(n); vp.reset(seed=0)
        b_book = steps_per_s(vp.step, lambda: rng.uniform(-2, 2, (n, 1)).astype(np.float32), args.steps, n)
        gs = gym.make_vec("Pendulum-v1", num_envs=n, vectorization_mode="sync"); gs.reset(seed=0)
        c_gym = steps_per_s(gs.step, lambda: rng.uniform(-2, 2, (n, 1)).astype(np.float32), s_sync, n)
        print(f"| pendulum vs SyncVectorEnv(Pendulum-v1) | {n} | {b_book:,.0f} | {c_gym:,.0f} | {b_book / c_gym:.1f}x |")


if __name__ == "__main__":
    main()
