#!/usr/bin/env python3
"""Reference values for src/engine/metrics/probabilistic.ts (AUC, Brier score,
reliability bins, subgroup calibration), written to
tests/fixtures/clinical/metrics.json.

Run from the repository root:  python3 scripts/reference/clinical_reference.py

Computed independently of our code: AUC as scipy.stats.mannwhitneyu's U statistic
divided by n1·n0 (scipy ranks ties by their average, the usual tie correction),
cross-checked against a brute-force pair count (ties count 1/2); Brier with numpy;
reliability bins with numpy.digitize-style binning via np.minimum(np.floor(p·k), k−1).
Every case carries its inputs, the expected outputs and a `source` string.
"""
import json
import os

import numpy as np
import scipy
from scipy import stats

SCIPY = f"scipy {scipy.__version__}, numpy {np.__version__}"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "clinical", "metrics.json")


def auc_scipy(y, p):
    y = np.asarray(y)
    p = np.asarray(p, dtype=float)
    pos, neg = p[y == 1], p[y == 0]
    u = stats.mannwhitneyu(pos, neg, alternative="two-sided", method="asymptotic").statistic
    value = float(u) / (len(pos) * len(neg))
    # Brute force over all pairs: P(pos > neg) + 1/2 P(pos = neg).
    diff = pos[:, None] - neg[None, :]
    brute = float(((diff > 0).sum() + 0.5 * (diff == 0).sum()) / diff.size)
    assert abs(brute - value) < 1e-12, (brute, value)
    return value


def brier(y, p):
    return float(np.mean((np.asarray(p, dtype=float) - np.asarray(y, dtype=float)) ** 2))


def bins(y, p, k):
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    idx = np.minimum(np.floor(p * k), k - 1).astype(int)
    out = []
    for b in range(k):
        m = idx == b
        c = int(m.sum())
        out.append({
            "count": c,
            "meanPredicted": float(p[m].mean()) if c else None,
            "observedRate": float(y[m].mean()) if c else None,
        })
    return out


def group(y, p, mask):
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    m = np.asarray(mask)
    return {
        "count": int(m.sum()),
        "meanPredicted": float(p[m].mean()),
        "observedRate": float(y[m].mean()),
        "gap": float(p[m].mean() - y[m].mean()),
        "brier": float(np.mean((p[m] - y[m]) ** 2)),
    }


def case(name, y, p, k=10, with_group=False, age=None):
    expected = {"auc": auc_scipy(y, p), "brier": brier(y, p), "bins": bins(y, p, k)}
    inputs = {"y": [int(v) for v in y], "p": [float(v) for v in p], "bins": k}
    if with_group:
        inputs["age"] = [float(a) for a in age]
        expected["over75"] = group(y, p, np.asarray(age) > 75)
    return {
        "name": name,
        "inputs": inputs,
        "expected": expected,
        "source": f"AUC = scipy.stats.mannwhitneyu(pos, neg).statistic / (n1*n0), checked by pair count; Brier, bins and group means with numpy ({SCIPY})",
    }


def main():
    cases = [
        case("hand-made, no ties", [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], k=5),
        case("hand-made, ties across classes", [0, 1, 0, 1, 1, 0], [0.2, 0.2, 0.5, 0.5, 0.9, 0.1], k=4),
        case("all scores tied", [0, 1, 1, 0, 1], [0.3, 0.3, 0.3, 0.3, 0.3], k=10),
        case("edges 0 and 1 and bin boundaries", [0, 1, 0, 1, 1, 0, 1], [0.0, 1.0, 0.1, 0.2, 0.5, 0.3, 0.99], k=10),
    ]
    rng = np.random.default_rng(20261130)
    n = 600
    age = np.round(rng.normal(66, 15, n).clip(18, 99), 1)
    risk = 1 / (1 + np.exp(-(-1.6 + 0.05 * (age - 66) + rng.normal(0, 1, n))))
    y = (rng.random(n) < risk).astype(int)
    # Predictions rounded to 2 decimals so that many are tied.
    p = np.round(np.clip(risk + rng.normal(0, 0.08, n), 0.001, 0.999), 2)
    cases.append(case("600 seeded patients, predictions rounded to 2 decimals (many ties)", y, p, k=10, with_group=True, age=age))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"generatedBy": "scripts/reference/clinical_reference.py", "cases": cases}, f, indent=1)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
