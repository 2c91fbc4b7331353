#!/usr/bin/env python3
"""Reference values for the spaced review's half-life regression (src/engine/review/), written to
tests/fixtures/review/hlr-fit.json.

Run from the repository root:  python3 scripts/reference/review_reference.py

The loss is Settles and Meeder's (ACL 2016) as the course uses it:
    L(θ) = mean[(p − p̂)² + α(h − ĥ)²] + λ‖θ − θ₀‖²,  ĥ = clip(2^(θ·x), 15 min, 274 days),  p̂ = 2^(−Δ/ĥ)
with x = [1, √(1+right), √(1+wrong), one-hot lesson]. Its minimum is found here by
scipy.optimize.minimize (L-BFGS-B, numerical gradients), independently of the TypeScript gradient
descent. The instances are drawn with numpy (seed 20260105) and stored, so both sides fit the same data.
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import optimize

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "review", "hlr-fit.json")
MIN_H, MAX_H = 15 / (24 * 60), 274.0
P_MIN, P_MAX = 0.1, 0.9
ALPHA, LAMBDA = 0.001, 0.01
LESSONS = ["a", "b", "c"]
THETA0 = np.array([-1.0, 1.5, -0.5, 0.0, 0.0, 0.0])
TRUTH = np.array([0.3, 1.0, -0.9, 0.4, 0.0, -0.8])


def features(right, wrong, lesson):
    return np.array([1.0, math.sqrt(1 + right), math.sqrt(1 + wrong)] + [1.0 if l == lesson else 0.0 for l in LESSONS])


def draw_instances(n, rng):
    out = []
    for _ in range(n):
        right, wrong = int(rng.integers(0, 6)), int(rng.integers(0, 4))
        lesson = LESSONS[int(rng.integers(0, 3))]
        delta = float(np.round(rng.uniform(0.05, 6.0), 4))
        h_true = min(MAX_H, max(MIN_H, 2 ** float(features(right, wrong, lesson) @ TRUTH)))
        correct = bool(rng.uniform() < 2 ** (-delta / h_true))
        p = P_MAX if correct else P_MIN
        out.append({"counts": {"right": right, "wrong": wrong}, "lesson": lesson, "deltaDays": delta, "p": p, "h": min(MAX_H, max(MIN_H, -delta / math.log2(p)))})
    return out


def loss(theta, instances):
    total = 0.0
    for inst in instances:
        x = features(inst["counts"]["right"], inst["counts"]["wrong"], inst["lesson"])
        h = min(MAX_H, max(MIN_H, 2 ** float(x @ theta)))
        p = 2 ** (-inst["deltaDays"] / h)
        total += (inst["p"] - p) ** 2 + ALPHA * (inst["h"] - h) ** 2
    return total / len(instances) + LAMBDA * float(np.sum((theta - THETA0) ** 2))


def main():
    rng = np.random.default_rng(20260105)
    instances = draw_instances(120, rng)
    result = optimize.minimize(loss, THETA0, args=(instances,), method="L-BFGS-B", options={"ftol": 1e-14, "gtol": 1e-10, "maxiter": 10_000})
    case = {
        "source": f"scipy {scipy.__version__} optimize.minimize(L-BFGS-B) on the loss written out in scripts/reference/review_reference.py",
        "lessons": LESSONS,
        "alpha": ALPHA,
        "lambda": LAMBDA,
        "instances": instances,
        "lossAtDefaults": loss(THETA0, instances),
        "minimum": {"theta": [float(t) for t in result.x], "loss": float(result.fun), "converged": bool(result.success)},
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(case, f, indent=1)
        f.write("\n")
    print(f"wrote {OUT}: loss {case['lossAtDefaults']:.6f} at θ₀, minimum {result.fun:.6f} at {np.round(result.x, 4)}")


if __name__ == "__main__":
    main()
