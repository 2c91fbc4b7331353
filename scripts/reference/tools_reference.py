#!/usr/bin/env python3
"""Reference values for the tools on #/tools (A/B test analyzer, drift report), written to
tests/fixtures/tools/reference.json, plus the two small CSV files the drift report's tests load
(tests/fixtures/tools/reference.csv and current.csv).

Run from the repository root:  python3 scripts/reference/tools_reference.py

Every case carries inputs, expected outputs and a `source`. statsmodels is NOT installed here:
proportions_ztest's pooled z-test is reproduced with scipy.stats.norm (as stats_reference.py does).
Large KS samples are not stored: they are described by an integer recipe, value_i =
((i·mul + add) mod mod) / div, which numpy and JavaScript evaluate to the same doubles.
"""
import csv
import io
import json
import math
import os
import sys

import numpy as np
import scipy
from scipy import stats, special

SCIPY = f"scipy {scipy.__version__}"
HERE = os.path.dirname(__file__)
FIX = os.path.join(HERE, "..", "..", "tests", "fixtures", "tools")
PSI_EPS = 1e-4
PSI_BINS = 10


def case(inputs, expected, source):
    return {"inputs": inputs, "expected": expected, "source": source}


def num(x):
    """JSON-safe float: NaN/inf become None."""
    x = float(x)
    return x if math.isfinite(x) else None


# ---------------------------------------------------------------- A/B test analyzer
def ab_cases():
    src = (f"statsmodels proportions_ztest(count=[xB, xA], nobs=[nB, nA]) pooled two-sided z-test (reproduced with "
           f"scipy.stats.norm, {SCIPY}; statsmodels not installed: p is NaN when the pooled variance is 0, as there); "
           f"unpooled Wald 95% interval for pB − pA; relative lift pB/pA − 1; sample-ratio mismatch "
           f"scipy.stats.chisquare([nA, nB], f_exp=(nA + nB)·[1 − s, s]) with s the planned share of B")
    rows = [
        # nA, xA, nB, xB, share of B %
        (10000, 500, 10000, 560, 50), (2400, 120, 2400, 150, 50), (1000, 49, 1050, 51, 50),
        (20000, 1000, 20500, 1100, 50), (400, 30, 410, 45, 50), (10000, 200, 10000, 420, 50),
        (100000, 5123, 99800, 4871, 50), (50000, 4000, 50000, 4300, 50), (9000, 450, 1000, 62, 10),
        (9100, 455, 900, 50, 10), (50500, 2525, 49500, 2600, 50), (51000, 2550, 49000, 2500, 50),
        (3000, 300, 7000, 770, 70), (6000, 600, 4000, 380, 40), (12345, 678, 12001, 701, 50),
        # extremes: no conversions, all conversions, tiny and huge samples
        (1000, 0, 1000, 0, 50), (1000, 0, 1000, 5, 50), (1000, 3, 1000, 0, 50), (500, 500, 500, 500, 50),
        (500, 500, 500, 490, 50), (200, 199, 200, 200, 50), (1, 0, 1, 1, 50), (1, 1, 1, 1, 50),
        (2, 1, 3, 2, 50), (5, 1, 5, 4, 50), (10, 0, 12, 3, 50), (20, 2, 20, 9, 50),
        (10_000_000, 500_000, 10_000_000, 501_500, 50), (50_000_000, 1_000_000, 50_000_000, 1_010_000, 50),
        (1_000_000_000, 20_000_000, 1_000_000_000, 20_004_000, 50), (100000, 1, 100000, 12, 50),
        (30, 30, 30, 0, 50), (1000, 100, 1000, 100, 1), (990, 100, 10, 1, 1), (5000, 250, 5200, 260, 50.5),
    ]
    out = []
    z975 = float(stats.norm.isf(0.025))
    for na, xa, nb, xb, share in rows:
        pa, pb = xa / na, xb / nb
        pooled = (xa + xb) / (na + nb)
        var0 = pooled * (1 - pooled) * (1 / na + 1 / nb)
        if var0 > 0:
            z = (pb - pa) / math.sqrt(var0)
            p = float(2 * stats.norm.sf(abs(z)))
        else:
            z, p = float("nan"), float("nan")
        se = math.sqrt(pa * (1 - pa) / na + pb * (1 - pb) / nb)
        s = share / 100
        srm = stats.chisquare([na, nb], f_exp=[(na + nb) * (1 - s), (na + nb) * s])
        out.append(case({"visitorsA": na, "conversionsA": xa, "visitorsB": nb, "conversionsB": xb, "shareB": share},
                        {"diff": pb - pa, "ci": [pb - pa - z975 * se, pb - pa + z975 * se], "z": num(z), "pValue": num(p),
                         "lift": num(pb / pa - 1) if pa > 0 else None, "srmPValue": float(srm.pvalue)}, src))
    return out


def welch_cases():
    src = (f"scipy.stats.ttest_ind_from_stats(meanB, sdB, nB, meanA, sdA, nA, equal_var=False), {SCIPY}; "
           f"interval diff ± t.ppf(0.975, Welch df)·se; relative lift meanB/meanA − 1; sample-ratio mismatch "
           f"scipy.stats.chisquare([nA, nB], f_exp=(nA + nB)·[1 − s, s])")
    rows = [
        (52.0, 40.0, 10000, 54.1, 41.0, 10000, 50), (180.0, 240.0, 500000, 181.0, 245.0, 500000, 50),
        (2.10, 9.5, 250000, 2.16, 9.9, 260000, 50), (50.0, 12.0, 800, 53.5, 15.0, 700, 50),
        (1.0, 0.5, 20, 1.9, 0.6, 25, 50), (10.0, 2.0, 2, 12.0, 3.0, 2, 50), (100.0, 0.0, 50, 101.0, 5.0, 50, 50),
        (-3.5, 1.2, 300, -3.1, 1.4, 310, 50),
    ]
    out = []
    for ma, sa, na, mb, sb, nb, share in rows:
        res = stats.ttest_ind_from_stats(mb, sb, nb, ma, sa, na, equal_var=False)
        va, vb = sa * sa / na, sb * sb / nb
        se = math.sqrt(va + vb)
        df = (va + vb) ** 2 / (va ** 2 / (na - 1) + vb ** 2 / (nb - 1))
        tc = float(stats.t.ppf(0.975, df))
        s = share / 100
        srm = stats.chisquare([na, nb], f_exp=[(na + nb) * (1 - s), (na + nb) * s])
        out.append(case({"meanA": ma, "sdA": sa, "visitorsA": na, "meanB": mb, "sdB": sb, "visitorsB": nb, "shareB": share},
                        {"diff": mb - ma, "ci": [mb - ma - tc * se, mb - ma + tc * se], "t": float(res.statistic),
                         "df": df, "pValue": float(res.pvalue), "lift": mb / ma - 1, "srmPValue": float(srm.pvalue)}, src))
    return out


# ---------------------------------------------------------------- drift: KS
def recipe_values(r):
    i = np.arange(r["n"], dtype=np.int64)
    return ((i * r["mul"] + r["add"]) % r["mod"]).astype(np.float64) / r["div"]


def ks_cases():
    src = f"scipy.stats.ks_2samp(a, b) default (two-sided, method='auto'), {SCIPY}"
    rng = np.random.default_rng(20261130)
    out = []

    def add(a, b, label, recipes=None):
        if not recipes:  # 4 decimals keep the fixture small; the test reads back the very same doubles
            a, b = np.round(a, 4), np.round(b, 4)
        res = stats.ks_2samp(a, b)
        exact = max(len(a), len(b)) <= 10000
        inputs = {"label": label}
        if recipes:
            inputs.update(recipes)
        else:
            inputs.update({"a": [float(v) for v in a], "b": [float(v) for v in b]})
        out.append(case(inputs, {"statistic": float(res.statistic), "pValue": float(res.pvalue),
                                 "method": "exact" if exact else "asymptotic"}, src))

    add(rng.normal(0, 1, 8), rng.normal(0.5, 1, 7), "tiny samples, 8 vs 7")
    add(np.array([1.0, 2, 3]), np.array([4.0, 5, 6, 7]), "disjoint tiny samples")
    add(np.array([1.0, 2, 2, 3, 3, 3]), np.array([1.0, 2, 2, 3, 3, 3]), "identical samples with ties")
    add(np.round(rng.normal(0, 1, 40), 1), np.round(rng.normal(0.2, 1, 40), 1), "ties, equal sizes 40")
    add(rng.integers(0, 5, 300).astype(float), rng.integers(0, 6, 250).astype(float), "heavy ties, small integers")
    add(rng.normal(0, 1, 1), rng.normal(0, 1, 5), "a single value against five")
    add(rng.normal(0, 1, 500), rng.normal(0.1, 1, 500), "equal sizes 500, small shift")
    add(rng.exponential(1, 1200), rng.exponential(1.3, 900), "exponential, 1200 vs 900")
    add(rng.normal(0, 1, 2000), rng.normal(0, 1.05, 2000) + 3, "disjoint-ish, 2000 each")
    for label, ra, rb in [
        ("exact side of the switch: 10000 vs 9999", dict(n=10000, mul=7919, add=3, mod=10007, div=1000),
         dict(n=9999, mul=6101, add=50, mod=10009, div=1000)),
        ("asymptotic side of the switch: 10001 vs 9999", dict(n=10001, mul=7919, add=3, mod=10007, div=1000),
         dict(n=9999, mul=6101, add=50, mod=10009, div=1000)),
        ("exact, equal sizes 10000", dict(n=10000, mul=7919, add=3, mod=10007, div=1000),
         dict(n=10000, mul=6101, add=120, mod=10009, div=1000)),
        ("asymptotic, equal sizes 10001 (effective n rounds half to even)", dict(n=10001, mul=7919, add=3, mod=10007, div=1000),
         dict(n=10001, mul=6101, add=120, mod=10009, div=1000)),
        ("asymptotic, no drift: 50000 vs 40000", dict(n=50000, mul=7919, add=0, mod=50021, div=5000),
         dict(n=40000, mul=3571, add=1500, mod=50023, div=5000)),
        # A 1% stretch: p near 0.03, where kstwo (what scipy uses) and the limiting kstwobign differ by ~1.5%.
        ("asymptotic, typical drift (a 1% stretch): 50000 vs 40000", dict(n=50000, mul=7919, add=0, mod=50021, div=5000),
         dict(n=40000, mul=3571, add=0, mod=50500, div=5000)),
        ("asymptotic, tiny p: 200000 vs 150000", dict(n=200000, mul=7919, add=0, mod=200003, div=20000),
         dict(n=150000, mul=3571, add=9000, mod=200009, div=20000)),
        ("asymptotic, no drift, 1e6 vs 1e6 style grid 100000", dict(n=100000, mul=7919, add=0, mod=100003, div=1000),
         dict(n=100000, mul=3571, add=0, mod=100003, div=1000)),
        ("asymptotic, 100 vs 20000 (effective n ≤ 140)", dict(n=100, mul=37, add=5, mod=101, div=10),
         dict(n=20000, mul=7919, add=0, mod=1009, div=100)),
        ("asymptotic, 30 vs 20000, shifted", dict(n=30, mul=7, add=300, mod=1009, div=100),
         dict(n=20000, mul=7919, add=0, mod=1009, div=100)),
        ("asymptotic, 500 vs 30000 (Durbin matrix for 1 − cdf)", dict(n=500, mul=37, add=11, mod=1009, div=100),
         dict(n=30000, mul=7919, add=0, mod=1009, div=100)),
        ("asymptotic, large ties, 1e6-style 0/1 values", dict(n=30000, mul=1, add=0, mod=2, div=1),
         dict(n=20000, mul=1, add=0, mod=3, div=2)),
    ]:
        add(recipe_values(ra), recipe_values(rb), label, {"recipeA": ra, "recipeB": rb})
    return out


def kstwo_cases():
    """Direct values of the finite-n two-sided distribution, one or more per branch of scipy's dispatch."""
    src = f"scipy.stats.kstwo.sf(x, n), {SCIPY}"
    pairs = [(5, 0.15), (5, 0.5), (10, 0.95), (20, 0.15), (20, 0.3), (20, 0.45), (100, 0.05), (100, 0.2),
             (140, 0.25), (141, 0.1), (500, 0.05), (1000, 0.02), (1000, 0.05), (5000, 0.01), (5000, 0.03),
             (100000, 0.002), (100000, 0.004), (150000, 0.003), (500000, 0.0015), (500000, 0.003), (1, 0.7),
             (3, 0.2), (200, 0.004), (22222, 0.012), (22222, 0.004), (1000, 0.012), (100000, 0.00058),
             (100, 0.15), (60, 0.1)]
    return [case({"n": n, "x": x}, {"sf": float(stats.kstwo.sf(x, n))}, src) for n, x in pairs]


def smirnov_cases():
    src = f"scipy.special.smirnov(n, x), {SCIPY}"
    pairs = [(10, 0.3), (50, 0.2), (1000, 0.05), (100000, 0.005), (500000, 0.002), (7, 0.6), (1, 0.3), (20, 0.04),
             # The Drift lab's large days (2,740 sessions against 19,180: effective n 2,397), where smirnovSf
             # reads every 8th term of the sum: from p near 0.01 to p near 1e-200.
             (2397, 0.031), (2397, 0.05), (2397, 0.12), (2397, 0.3), (2397, 0.49), (1250, 0.06), (20000, 0.02)]
    return [case({"n": n, "x": x}, {"sf": float(special.smirnov(n, x))}, src) for n, x in pairs]


# ---------------------------------------------------------------- drift: chi-square and PSI
def chi2_cases():
    src = f"scipy.stats.chi2_contingency([reference, current], correction=False), {SCIPY}"
    rows = [([50, 30, 20], [45, 35, 20]), ([500, 300, 200], [400, 350, 250]), ([10, 0, 5], [8, 3, 0]),
            ([100, 50], [100, 50]), ([1000, 10], [900, 60]), ([5, 5, 5, 5], [0, 0, 10, 10]),
            ([120000, 80000, 30000, 2000], [118000, 83000, 29000, 2600]), ([7], [9])]
    out = []
    for ref, cur in rows:
        if len(ref) == 1:
            out.append(case({"reference": ref, "current": cur}, {"statistic": 0.0, "df": 0, "pValue": 1.0},
                            f"{src}: a single category gives statistic 0, df 0, p-value 1"))
            continue
        res = stats.chi2_contingency([ref, cur], correction=False)
        out.append(case({"reference": ref, "current": cur},
                        {"statistic": float(res.statistic), "df": int(res.dof), "pValue": float(res.pvalue)}, src))
    return out


def psi_counts(ref_counts, cur_counts):
    r = np.asarray(ref_counts, float) / np.sum(ref_counts)
    c = np.asarray(cur_counts, float) / np.sum(cur_counts)
    r = np.where(r > 0, r, PSI_EPS)
    c = np.where(c > 0, c, PSI_EPS)
    return float(np.sum((c - r) * np.log(c / r)))


def psi_numeric(ref, cur):
    edges = np.unique(np.quantile(ref, np.arange(1, PSI_BINS) / PSI_BINS))  # numpy default 'linear' quantiles
    bins = len(edges) + 1
    rc = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=bins)
    cc = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=bins)
    return psi_counts(rc, cc), [float(e) for e in edges]


def psi_cases():
    src = (f"PSI = Σ (c − r)·ln(c/r) over the reference's decile bins (numpy.quantile default 'linear', duplicate "
           f"edges removed, bins (e_(i−1), e_i] via numpy.searchsorted side='left'), empty-bin share {PSI_EPS}; "
           f"numpy {np.__version__}")
    rng = np.random.default_rng(7)
    out = []
    for label, a, b in [
        ("same distribution", rng.normal(0, 1, 1000), rng.normal(0, 1, 800)),
        ("mean shift", rng.normal(0, 1, 1000), rng.normal(0.5, 1, 1000)),
        ("heavy ties merge decile edges", rng.integers(0, 4, 500).astype(float), rng.integers(0, 5, 400).astype(float)),
        ("disjoint: every current value above the reference", rng.uniform(0, 1, 200), rng.uniform(5, 6, 100)),
        ("identical", np.arange(50.0), np.arange(50.0)),
        ("tiny", np.array([1.0, 2.0, 3.0]), np.array([2.5, 2.5])),
    ]:
        a, b = np.round(a, 4), np.round(b, 4)
        value, edges = psi_numeric(a, b)
        out.append(case({"label": label, "a": [float(v) for v in a], "b": [float(v) for v in b]},
                        {"psi": value, "edges": edges}, src))
    src_c = f"PSI = Σ (c − r)·ln(c/r) over categories, empty-category share {PSI_EPS}; numpy {np.__version__}"
    for ref, cur in [([50, 30, 20], [45, 35, 20]), ([10, 0, 5], [8, 3, 0]), ([1000, 10], [900, 60])]:
        out.append(case({"label": "categorical counts", "referenceCounts": ref, "currentCounts": cur},
                        {"psi": psi_counts(ref, cur)}, src_c))
    return out


# ---------------------------------------------------------------- drift: the two fixture CSV files, end to end
MISSING = {"", "na", "n/a", "nan", "null"}


def write_fixture_csvs():
    rng = np.random.default_rng(11)

    def rows(n, shift, plans, extra):
        out = []
        for i in range(n):
            age = int(rng.integers(18, 70) + (5 if shift else 0) * rng.random())
            income = "" if rng.random() < 0.05 else f"{rng.lognormal(10.5 + (0.15 if shift else 0), 0.4):.2f}"
            plan = plans[int(rng.integers(0, len(plans)))]
            country = ["DE", "FR", "NL", "ES"][int(rng.integers(0, 4))]
            sessions = int(rng.poisson(4 if not shift else 4.2))
            churned = int(rng.random() < (0.1 if not shift else 0.18))
            row = {"age": age, "income": income, "plan": plan, "country": country, "sessions": sessions,
                   "churned": churned}
            row.update(extra(i))
            out.append(row)
        return out

    ref = rows(300, False, ["basic", "basic", "pro", "team"], lambda i: {"legacy_score": f"{rng.normal(0.5, 0.1):.3f}"})
    cur = rows(250, True, ["basic", "pro", "pro", "team", "enterprise"], lambda i: {"new_flag": "yes" if i % 3 else "no"})
    for name, data in [("reference.csv", ref), ("current.csv", cur)]:
        with open(os.path.join(FIX, name), "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(data[0].keys()), lineterminator="\n")
            w.writeheader()
            w.writerows(data)


def read_columns(path):
    with open(path, newline="") as f:
        r = list(csv.reader(f))
    header, body = r[0], r[1:]
    return {h: [row[i] for row in body] for i, h in enumerate(header)}


def is_number(text):
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def report_cases():
    ref, cur = read_columns(os.path.join(FIX, "reference.csv")), read_columns(os.path.join(FIX, "current.csv"))
    src = (f"tests/fixtures/tools/reference.csv and current.csv read with Python's csv module; per common column: "
           f"missing = empty/NA/N/A/NaN/null; numeric when every other value parses as a finite float; numeric columns "
           f"scipy.stats.ks_2samp (default), categorical scipy.stats.chi2_contingency(correction=False) on the two count "
           f"rows; PSI as in the psi cases; {SCIPY}, numpy {np.__version__}")
    out = []
    for col in [c for c in ref if c in cur]:
        a = [v for v in ref[col] if v.strip().lower() not in MISSING]
        b = [v for v in cur[col] if v.strip().lower() not in MISSING]
        missing = [len(ref[col]) - len(a), len(cur[col]) - len(b)]
        if all(is_number(v) for v in a + b):
            x, y = np.sort(np.array(a, float)), np.sort(np.array(b, float))
            res = stats.ks_2samp(x, y)
            psi, _ = psi_numeric(x, y)
            out.append(case({"column": col}, {"type": "numeric", "test": "ks", "statistic": float(res.statistic),
                                              "pValue": float(res.pvalue), "psi": psi, "missing": missing}, src))
        else:
            cats = sorted(set(a) | set(b))
            rc = [a.count(c) for c in cats]
            cc = [b.count(c) for c in cats]
            res = stats.chi2_contingency([rc, cc], correction=False)
            out.append(case({"column": col}, {"type": "categorical", "test": "chi-square", "statistic": float(res.statistic),
                                              "pValue": float(res.pvalue), "psi": psi_counts(rc, cc), "missing": missing,
                                              "categories": cats}, src))
    return out


def main():
    os.makedirs(FIX, exist_ok=True)
    write_fixture_csvs()
    data = {
        "generatedBy": "scripts/reference/tools_reference.py",
        "versions": {"python": sys.version.split()[0], "scipy": scipy.__version__, "numpy": np.__version__,
                     "statsmodels": "not installed (formula reproduced)"},
        "abConversion": ab_cases(),
        "abContinuous": welch_cases(),
        "ks2samp": ks_cases(),
        "kstwo": kstwo_cases(),
        "smirnov": smirnov_cases(),
        "chiSquare": chi2_cases(),
        "psi": psi_cases(),
        "report": report_cases(),
    }
    with open(os.path.join(FIX, "reference.json"), "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print("wrote tests/fixtures/tools/reference.json: " +
          ", ".join(f"{k} {len(v)}" for k, v in data.items() if isinstance(v, list)))


if __name__ == "__main__":
    main()
