#!/usr/bin/env python3
"""Reference values for the Drift lab's streaming monitors (src/engine/drift-stream/monitors.ts) and its
PSI alarm lines (thresholds.ts), written to tests/fixtures/drift-stream/reference.json.

Run from the repository root:  python3 scripts/reference/drift_stream_reference.py

Each monitor case is a reference window of m sessions and one day of n sessions (watch minutes and hour
rounded to 3 decimals, device in 0..3, genre in 0..4), with scipy's numbers for every feature: KS as
scipy.stats.ks_2samp (default: two-sided, method='auto'), chi-square as
scipy.stats.chi2_contingency([reference, current], correction=False), PSI over the reference's deciles
(numpy.quantile 'linear', duplicates removed, bins (e_(i-1), e_i]) or over categories, an empty bin's share
set to half a session of the day, 0.5/n.
"""
import json
import os

import numpy as np
import scipy
from scipy import stats

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "drift-stream")
SCIPY = f"scipy {scipy.__version__}, numpy {np.__version__}"
def psi_counts(rc, cc, eps):
    r = np.asarray(rc, float) / np.sum(rc)
    c = np.asarray(cc, float) / np.sum(cc)
    r = np.where(r > 0, r, eps)
    c = np.where(c > 0, c, eps)
    return float(np.sum((c - r) * np.log(c / r)))


def psi_numeric(ref, cur, eps):
    edges = np.unique(np.quantile(ref, np.arange(1, 10) / 10))
    bins = len(edges) + 1
    rc = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=bins)
    cc = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=bins)
    return psi_counts(rc, cc, eps)


def sessions(rng, k, shift):
    watch = np.round(np.exp(np.log(45) + shift * 0.3 + 0.6 * rng.standard_normal(k)), 3)
    hour = np.round(np.mod(20.5 + shift + 2 * rng.standard_normal(k), 24), 3)
    device = rng.choice(4, k, p=[0.35 - 0.1 * shift, 0.35, 0.2, 0.1 + 0.1 * shift])
    genre = rng.choice(5, k, p=[0.3, 0.25, 0.2, 0.1, 0.15])
    return {"watch": watch.tolist(), "hour": hour.tolist(), "device": device.tolist(), "genre": genre.tolist()}


def monitor_case(label, seed, n, shift):
    rng = np.random.default_rng(seed)
    ref = sessions(rng, 7 * n, 0.0)
    cur = sessions(rng, n, shift)
    expected = {}
    for f in ("watch", "hour"):
        res = stats.ks_2samp(ref[f], cur[f])
        expected[f] = {"psi": psi_numeric(np.array(ref[f]), np.array(cur[f]), 0.5 / n), "statistic": float(res.statistic), "pValue": float(res.pvalue)}
    for f, k in (("device", 4), ("genre", 5)):
        rc = np.bincount(ref[f], minlength=k)
        cc = np.bincount(cur[f], minlength=k)
        keep = (rc + cc) > 0
        res = stats.chi2_contingency([rc[keep], cc[keep]], correction=False)
        expected[f] = {"psi": psi_counts(rc, cc, 0.5 / n), "statistic": float(res.statistic), "pValue": float(res.pvalue)}
    return {"inputs": {"label": label, "n": n, "reference": ref, "current": cur}, "expected": expected,
            "source": f"ks_2samp default, chi2_contingency(correction=False), PSI on reference deciles with empty share 0.5/n; {SCIPY}"}


def threshold_cases():
    out = []
    for k, n, m in [(10, 50, 350), (10, 200, 1400), (10, 1000, 7000), (4, 50, 350), (5, 200, 1400), (4, 1000, 7000)]:
        q = float(stats.chi2.isf(0.001, k - 1))
        out.append({"inputs": {"k": k, "n": n, "m": m}, "expected": {"quantile": q, "scaled": max(0.1, q * (1 / n + 1 / m))},
                    "source": f"scipy.stats.chi2.isf(0.001, k - 1) times (1/n + 1/m), floored at 0.1; {SCIPY}"})
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    data = {
        "monitors": [
            monitor_case("no drift, 50 sessions a day", 1, 50, 0.0),
            monitor_case("no drift, 200 sessions a day", 2, 200, 0.0),
            monitor_case("shifted day, 200 sessions", 3, 200, 1.0),
            monitor_case("small shift, 400 sessions", 4, 400, 0.3),
        ],
        "thresholds": threshold_cases(),
    }
    with open(os.path.join(OUT, "reference.json"), "w") as fh:
        json.dump(data, fh, separators=(",", ":"))
        fh.write("\n")


if __name__ == "__main__":
    main()
