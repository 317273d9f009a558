"""Toolkit GRPO (`fastbook_rl.llm.grpo`) against TRL's `GRPOTrainer` on the same tiny model, task, group size and steps.

Both trainers start from identical weights, use the same hyper-parameters (G completions per prompt, P prompts per step,
AdamW at a constant learning rate, no KL, one iteration per batch, token-level loss with group-std-normalised
advantages, gradient clipping 1.0, temperature 1) and run in one process on the same machine, one torch thread each,
in A-B-B-A order to even out load drift. Printed: completions per second of training and the reward after N steps
(mean training reward of the last 10 steps, and held-out reward of the final model measured by the same evaluator).

Usage (needs `pip install trl`; never run as a test):
    python bench/bench_trl.py --task digits --steps 30            # random nano model, toy reward: fraction of digits
    python bench/bench_trl.py --task arith --size nano --steps 30  # pretrained base policy on arithmetic (llm.pretrain)
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np
import torch

from fastbook_rl.core import seed_everything, setup_threads
from fastbook_rl.llm.grpo import GRPOConfig, GRPOTrainer
from fastbook_rl.llm.sampling import sample
from fastbook_rl.llm.tiny_lm import build_lm, lm_config
from fastbook_rl.llm.tokenizer import get_tokenizer


def hf_char_tokenizer():
    "A Hugging Face fast tokenizer with exactly the ids of the book's CharTokenizer (for TRL)."
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast
    tok = get_tokenizer()
    t = Tokenizer(models.WordLevel(vocab=dict(tok.stoi), unk_token="<pad>"))
    t.pre_tokenizer = pre_tokenizers.Split(Regex(r"[\s\S]"), behavior="isolated")
    t.add_special_tokens(["<pad>", "<bos>", "<eos>", "<img>"])
    t.post_processor = processors.TemplateProcessing(single="<bos> $A", special_tokens=[("<bos>", tok.bos_id)])
    from tokenizers import decoders
    t.decoder = decoders.Fuse()
    hf = PreTrainedTokenizerFast(tokenizer_object=t, pad_token="<pad>", bos_token="<bos>", eos_token="<eos>")
    hf.padding_side = "left"
    assert hf("Q:1+2\n")["input_ids"] == [tok.bos_id] + tok.encode("Q:1+2\n")
    return hf


def make_task(name: str, size: str, seed: int):
    "(initial state dict, config, train problems, eval problems, reward(item, text), prompt_of)"
    rng = np.random.default_rng(seed)
    if name == "digits":
        cfg = lm_config(size)
        sd = build_lm(cfg, seed=seed).state_dict()
        train = ["Q:" + "".join(rng.choice(list("123456789+-*"), 6)) + "\n" for _ in range(4096)]
        evals = ["Q:" + "".join(rng.choice(list("123456789+-*"), 6)) + "\n" for _ in range(64)]
        reward = lambda item, text: sum(c.isdigit() for c in text) / max(len(text), 1)
        return sd, cfg, train, evals, reward, (lambda x: x)
    if name == "arith":
        from fastbook_rl.llm.pretrain import get_base_policy
        from fastbook_rl.tasks.base import get_task
        task = get_task("arith")
        model = get_base_policy(task, size, seed=0)
        train = [task.sample_split(int(rng.choice((3, 4, 5))), rng, "train") for _ in range(4096)]
        evals = [p for lv in (3, 4, 5) for p in task.eval_set(lv, 32)]
        return model.state_dict(), model.fb_config if hasattr(model, "fb_config") else lm_config(size), train, evals, task.reward, (lambda p: p.prompt)
    raise ValueError(f"unknown task {name!r}; valid tasks are digits, arith")


def run_toolkit(sd, cfg, train, reward, args) -> dict:
    model = build_lm(cfg); model.load_state_dict(sd)
    it = iter(train)
    sampler = lambda step, n, rng: [next(it) for _ in range(n)]
    c = GRPOConfig(group_size=args.G, prompts_per_step=args.P, lr=args.lr, max_new_tokens=args.max_new, beta=0.0)
    tr = GRPOTrainer(model, reward, sampler, c, seed=args.seed)
    t0 = time.perf_counter()
    hist = tr.train(args.steps)
    dt = time.perf_counter() - t0
    return {"model": model, "seconds": dt, "rewards": [h["reward"] for h in hist]}


def run_trl(sd, cfg, train, reward, prompt_of, args) -> dict:
    from datasets import Dataset
    from trl import GRPOConfig as TConfig, GRPOTrainer as TTrainer
    tok = get_tokenizer()
    model = build_lm(cfg); model.load_state_dict(sd)
    model.generation_config.eos_token_id = [tok.eos_id, tok.stoi["\n"]]
    model.generation_config.pad_token_id = tok.pad_id
    items = train[: args.steps * args.P]
    ds = Dataset.from_dict({"prompt": [prompt_of(x) for x in items], "idx": list(range(len(items)))})
    rewards_log: list[float] = []

    def reward_fn(prompts, completions, idx, **kw):
        r = [float(reward(items[i], c)) for i, c in zip(idx, completions)]
        rewards_log.extend(r)
        return r

    out = tempfile.mkdtemp()
    conf = TConfig(output_dir=out, per_device_train_batch_size=args.G * args.P, num_generations=args.G,
                   max_completion_length=args.max_new, learning_rate=args.lr, beta=0.0, num_iterations=1,
                   loss_type="dapo", scale_rewards="group", temperature=1.0, top_p=1.0, top_k=0,
                   max_steps=args.steps, lr_scheduler_type="constant", warmup_steps=0, weight_decay=0.0,
                   max_grad_norm=1.0, logging_steps=1, report_to="none", save_strategy="no", use_cpu=True,
                   bf16=False, seed=args.seed, dataloader_num_workers=0, shuffle_dataset=False,
                   generation_kwargs={"eos_token_id": [tok.eos_id, tok.stoi["\n"]]}, disable_tqdm=True)
    trainer = TTrainer(model=model, reward_funcs=reward_fn, args=conf, train_dataset=ds,
                       processing_class=hf_char_tokenizer())
    from transformers.trainer_callback import PrinterCallback
    trainer.remove_callback(PrinterCallback)
    t0 = time.perf_counter()
    trainer.train()
    dt = time.perf_counter() - t0
    n = args.G * args.P
    return {"model": model, "seconds": dt, "rewards": [float(np.mean(rewards_log[i:i + n])) for i in range(0, len(rewards_log), n)]}


def held_out_reward(model, evals, reward, prompt_of, args, n: int = 8) -> float:
    "Mean reward of n sampled completions per held-out prompt (same sampler and stop rule for both models)."
    s = sample(model, [prompt_of(p) for p in evals], n=n, max_new_tokens=args.max_new, stop=("\n",), bos=True)
    return float(np.mean([reward(p, t) for p, t in zip([p for p in evals for _ in range(n)], s.texts)]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--task", default="digits", choices=["digits", "arith"])
    ap.add_argument("--size", default="nano")
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--G", type=int, default=8)
    ap.add_argument("--P", type=int, default=8)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--max-new", type=int, default=48)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--rounds", type=int, default=1, help="A-B-B-A rounds (1 = toolkit, TRL, TRL, toolkit)")
    ap.add_argument("--json", default="", help="also write the results here")
    args = ap.parse_args()
    setup_threads(1)
    sd, cfg, train, evals, reward, prompt_of = make_task(args.task, args.size, args.seed)
    res: dict[str, list] = {"toolkit": [], "trl": []}
    for _ in range(args.rounds):
        for who in ("toolkit", "trl", "trl", "toolkit"):
            seed_everything(args.seed)
            r = run_toolkit(sd, cfg, train, reward, args) if who == "toolkit" else run_trl(sd, cfg, train, reward, prompt_of, args)
            r["eval_reward"] = held_out_reward(r.pop("model"), evals, reward, prompt_of, args)
            r["completions_per_s"] = args.steps * args.G * args.P / r["seconds"]
            r["final_reward"] = float(np.mean(r["rewards"][-10:]))
            print(f"{who:8s} {r['seconds']:7.1f} s  {r['completions_per_s']:7.1f} completions/s  "
                  f"reward first {np.mean(r['rewards'][:5]):.3f} last-10 {r['final_reward']:.3f}", flush=True)
            res[who].append(r)
    tk, tl = res["toolkit"], res["trl"]
    sp = np.mean([r["completions_per_s"] for r in tk]) / np.mean([r["completions_per_s"] for r in tl])
    print("\n| trainer | completions/s | reward, last 10 steps | held-out reward |\n|---|---|---|---|")
    for who, rs in res.items():
        print(f"| {who} | {np.mean([r['completions_per_s'] for r in rs]):.1f} | "
              f"{np.mean([r['final_reward'] for r in rs]):.3f} | {np.mean([r['eval_reward'] for r in rs]):.3f} |")
    print(f"\nthroughput ratio toolkit / TRL: {sp:.2f}x  (task {args.task}, model {args.size}, G={args.G}, P={args.P}, "
          f"{args.steps} steps, lr {args.lr})")
    if args.json:
        json.dump({"args": vars(args), "ratio": sp, "toolkit": [{k: v for k, v in r.items()} for r in tk],
                   "trl": [{k: v for k, v in r.items()} for r in tl]}, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()
