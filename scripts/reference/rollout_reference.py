#!/usr/bin/env python3
"""Reference values for src/engine/rollout, written to tests/fixtures/rollout/reference.json.

Run from the repository root:  python3 scripts/reference/rollout_reference.py

guardrail_boundaries: the one-sided sequential t boundaries of guardrailBoundaries, recomputed
with scipy: alpha spent over looks 2..K at information fractions (k-1)/(K-1) with the Lan-DeMets
O'Brien-Fleming-type function alpha(t) = 2*(1 - Phi(z_(1-alpha/2)/sqrt(t))) (one-sided), and each
look's increment turned into a t quantile with k-1 degrees of freedom; look 1 is +inf (null in JSON).
sequential_t: running mean, sample sd and t statistic of hand-made daily streams (numpy).
"""
import json
import os

import numpy as np
import scipy
from scipy import stats

SOURCE = f"scipy {scipy.__version__} stats.norm / stats.t"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "rollout", "reference.json")


def boundaries(looks, alpha):
    spent = lambda f: 2 * stats.norm.sf(stats.norm.isf(alpha / 2) / np.sqrt(f))
    out, before = [None], 0.0
    for k in range(2, looks + 1):
        s = spent((k - 1) / (looks - 1))
        out.append(float(stats.t.isf(s - before, k - 1)))
        before = s
    return out


def main():
    cases = []
    for looks, alpha in [(2, 0.05), (3, 0.05), (7, 0.05), (7, 0.05 / 24), (14, 0.05 / 24), (5, 0.01)]:
        cases.append({"inputs": {"looks": looks, "alpha": alpha}, "expected": {"boundaries": boundaries(looks, alpha)}, "source": SOURCE})
    streams = []
    for values, limit in [([13, 12.5, 14, 13.2, 12.8, 13.6, 13.1], 10), ([0.5, -0.3, 40, 0.2, 0.1, -0.4, 0.3], 10), ([1.31, 1.28, 1.35], 1.25)]:
        x = np.array(values, dtype=float)
        rows = []
        for k in range(2, len(x) + 1):
            v = x[:k]
            sd = float(v.std(ddof=1))
            rows.append({"look": k, "estimate": float(v.mean()), "sd": sd, "t": float((v.mean() - limit) / (sd / np.sqrt(k)))})
        streams.append({"inputs": {"values": values, "limit": limit}, "expected": {"looks": rows}, "source": f"numpy {np.__version__} mean, std(ddof=1)"})
    with open(OUT, "w") as f:
        json.dump({"guardrail_boundaries": cases, "sequential_t": streams}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
