#!/usr/bin/env python3
"""Reference p-values for `peninsula compare`, computed independently of the Java code.

Usage: python3 compare_reference.py A/runs.csv B/runs.csv reference.csv

Reads the two runs.csv files (A = baseline, B = alternative), pairs the runs by seed as the
Java comparison does, and writes one row per p-value that `compare` writes to comparison.csv:
kind, name, test, p, holm_p, source. `source` says where the number comes from:

* scipy-...: SciPy 1.17 (scipy.stats), the same method as the Java code;
* exact-integer-...: an exact rational computation written here with Python integers, used where
  SciPy has no method for the case (the exact KS distribution conditional on tied values; the
  exact signed-rank distribution with tied magnitudes; the Stuart-Maxwell test) or where SciPy
  loses relative precision (its exact two-sample KS with unequal sizes computes 1 - P(inside),
  so p-values below about 1e-6 keep only their absolute accuracy);
* convention-...: a degenerate case (constant samples, no discordant pairs) where SciPy returns
  NaN and the Java code defines the p-value (1 when nothing differs, 0 when constants differ).

The Java test (ComparisonReferenceTest) checks every p to 1e-9 relative. Needs numpy and scipy.
"""
import csv
import math
import sys
from fractions import Fraction

import numpy as np
from scipy import stats

CONDITIONAL = {"warMonth", "dealMonth", "rusChnSameVoteShare"}
RESTATES = {"war": "ESCALATION_TO_WAR", "dealInForce": "NEGOTIATED_SETTLEMENT"}
BINARY = {"war", "deal", "dealInForce"}
FUTURES = ["ESCALATION_TO_WAR", "NEGOTIATED_SETTLEMENT", "SANCTIONS_COLLAPSE",
           "TURBULENT_ESCALATION", "CONFRONTATIONAL_STABILITY"]
KS_EXACT_MAX_PRODUCT = 25_000_000
WILCOXON_EXACT_MAX = 50


def read(path):
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        first = header.index("future") + 1
        last = header.index("error")
        outcomes = header[first:last]
        runs = []
        for row in reader:
            if row[header.index("error")] or not row[header.index("future")]:
                continue
            values = [float(v) if v != "" else math.nan for v in row[first:last]]
            runs.append((int(row[header.index("seed")]), row[header.index("future")], values))
    return outcomes, runs


# ----------------------------------------------------------------- Kolmogorov-Smirnov

def ks_statistic_and_boundaries(a, b):
    m, n = len(a), len(b)
    pooled = sorted([(v, 0) for v in a] + [(v, 1) for v in b])
    boundary = [False] * (m + n + 1)
    h = 0
    i = j = 0
    k = 0
    while k < m + n:
        v = pooled[k][0]
        while k < m + n and pooled[k][0] == v:
            if pooled[k][1] == 0:
                i += 1
            else:
                j += 1
            k += 1
        boundary[i + j] = True
        h = max(h, abs(i * n - j * m))
    return h, boundary


def ks_exact_integer(m, n, h, boundary):
    """Number of lattice paths that reach |i n - j m| >= h at a tie boundary, over all paths.

    row[j] counts the paths from (0, 0) to (i, j) that have not reached the region before; a
    path that first reaches it at (i, j) is counted with its C(m - i + n - j, m - i) endings."""
    row = [0] * (n + 1)
    out = 0
    for i in range(m + 1):
        for j in range(n + 1):
            if i == 0 and j == 0:
                c = 1
            else:
                c = (row[j] if i > 0 else 0) + (row[j - 1] if j > 0 else 0)
            if c and boundary[i + j] and abs(i * n - j * m) >= h:
                out += c * math.comb(m - i + n - j, m - i)
                c = 0
            row[j] = c
    return float(Fraction(out, math.comb(m + n, m)))


def ks_p(a, b):
    m, n = len(a), len(b)
    h, boundary = ks_statistic_and_boundaries(a, b)
    if h == 0:
        return 1.0, "convention-ks-d0"
    assert m * n <= KS_EXACT_MAX_PRODUCT
    exact = ks_exact_integer(m, n, h, boundary)
    ties = len(set(a) | set(b)) < m + n
    if not ties:
        sp = stats.ks_2samp(a, b, method="exact").pvalue
        # SciPy agrees with the integer count where it keeps relative precision
        if exact > 1e-6:
            assert abs(sp - exact) <= 1e-9 * exact, (sp, exact)
            return sp, "scipy-ks_2samp-exact"
        return exact, "exact-integer-ks (scipy-ks_2samp-exact loses relative precision)"
    return exact, "exact-integer-ks-conditional-on-ties"


# ----------------------------------------------------------------- Wilcoxon signed-rank

def wilcoxon_p(d):
    d = np.asarray(d, dtype=float)
    nz = d[d != 0]
    n = len(nz)
    if n == 0:
        return 1.0, "convention-wilcoxon-all-zero"
    ranks = stats.rankdata(np.abs(nz))
    ties = len(set(np.abs(nz))) < n
    if n > WILCOXON_EXACT_MAX:
        r = stats.wilcoxon(d, zero_method="wilcox", correction=True, method="approx")
        return float(r.pvalue), "scipy-wilcoxon-approx"
    if not ties:
        r = stats.wilcoxon(d, zero_method="wilcox", method="exact")
        return float(r.pvalue), "scipy-wilcoxon-exact"
    doubled = [int(round(2 * r)) for r in ranks]
    s = int(round(2 * ranks[nz > 0].sum()))
    dist = {0: 1}
    for r in doubled:
        new = dict(dist)
        for x, c in dist.items():
            new[x + r] = new.get(x + r, 0) + c
        dist = new
    total = 2 ** n
    lower = Fraction(sum(c for x, c in dist.items() if x <= s), total)
    upper = Fraction(sum(c for x, c in dist.items() if x >= s), total)
    return float(min(Fraction(1), 2 * min(lower, upper))), "exact-integer-signed-rank-midranks"


# ----------------------------------------------------------------- other tests

def welch_p(a, b):
    if np.var(a) + np.var(b) == 0:
        return (1.0 if np.mean(a) == np.mean(b) else 0.0), "convention-welch-constant"
    return float(stats.ttest_ind(b, a, equal_var=False).pvalue), "scipy-ttest_ind-welch"


def paired_t_p(a, b):
    d = np.asarray(b) - np.asarray(a)
    if np.var(d) == 0:
        return (1.0 if np.mean(d) == 0 else 0.0), "convention-paired-t-constant"
    return float(stats.ttest_rel(b, a).pvalue), "scipy-ttest_rel"


def mann_whitney_p(a, b):
    if len(set(a) | set(b)) == 1:
        return 1.0, "convention-mann-whitney-all-equal"
    r = stats.mannwhitneyu(b, a, use_continuity=False, method="asymptotic")
    return float(r.pvalue), "scipy-mannwhitneyu-asymptotic"


def mcnemar_p(xa, xb):
    only_a = sum(1 for x, y in zip(xa, xb) if x and not y)
    only_b = sum(1 for x, y in zip(xa, xb) if y and not x)
    if only_a + only_b == 0:
        return 1.0, "convention-mcnemar-no-discordant"
    return float(stats.binomtest(only_b, only_a + only_b, 0.5).pvalue), "scipy-binomtest"


def sparse(table):
    t = np.asarray(table, dtype=float)
    e = np.outer(t.sum(1), t.sum(0)) / t.sum()
    return (e < 1).any() or (e < 5).sum() > 0.2 * e.size


def two_by_two_p(sa, na, sb, nb):
    t = [[sa, na - sa], [sb, nb - sb]]
    if any(t[0][j] + t[1][j] == 0 for j in range(2)):
        return 1.0, "convention-2x2-one-category"
    if sparse(t):
        return float(stats.fisher_exact(t).pvalue), "scipy-fisher_exact"
    return float(stats.chi2_contingency(t, correction=False).pvalue), "scipy-chi2_contingency"


def stuart_maxwell_p(table):
    t = np.asarray(table, dtype=float)
    d = t.sum(1) - t.sum(0)
    v = -(t + t.T)
    np.fill_diagonal(v, 0)
    np.fill_diagonal(v, -v.sum(1))
    rank = np.linalg.matrix_rank(v) if v.any() else 0
    if rank == 0:
        return 1.0, "convention-stuart-maxwell-no-discordant"
    x2 = float(d @ np.linalg.pinv(v) @ d)
    return float(stats.chi2.sf(max(0.0, x2), rank)), "numpy-pinv+scipy-chi2.sf-stuart-maxwell"


def holm(ps):
    order = sorted(range(len(ps)), key=lambda i: ps[i])
    m = len(ps)
    out = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * ps[i]))
        out[i] = running
    return out


def main(path_a, path_b, path_out):
    outcomes, runs_a = read(path_a)
    outcomes_b, runs_b = read(path_b)
    assert outcomes == outcomes_b
    index_b = {}
    for k, (seed, _, _) in enumerate(runs_b):
        index_b.setdefault(seed, k)
    pairs = [(i, index_b[s]) for i, (s, _, _) in enumerate(runs_a) if s in index_b]
    paired = len(pairs) >= 2 and 2 * len(pairs) >= min(len(runs_a), len(runs_b))
    assert paired, "this script covers the paired comparison (scenario files, same seed)"

    rows = []  # (kind, name, test, p, source, in_family)
    futures_table = np.zeros((len(FUTURES), len(FUTURES)))
    for i, j in pairs:
        futures_table[FUTURES.index(runs_a[i][1]), FUTURES.index(runs_b[j][1])] += 1
    p, src = stuart_maxwell_p(futures_table)
    rows.append(["distribution", "futures", "stuart-maxwell", p, src, True])
    for f in FUTURES:
        p, src = mcnemar_p([runs_a[i][1] == f for i, _ in pairs],
                           [runs_b[j][1] == f for _, j in pairs])
        rows.append(["future", f, "mcnemar", p, src, True])

    for k, name in enumerate(outcomes):
        va = [v[k] for _, _, v in runs_a if not math.isnan(v[k])]
        vb = [v[k] for _, _, v in runs_b if not math.isnan(v[k])]
        if len(va) < 2 or len(vb) < 2:
            continue
        if name in RESTATES:
            role = "restates"
        elif name in CONDITIONAL or len(va) < len(runs_a) or len(vb) < len(runs_b):
            role = "conditional"
        else:
            role = "family"
        binary = name in BINARY and set(va) <= {0.0, 1.0} and set(vb) <= {0.0, 1.0}
        tests = []
        tests.append(["welch", *welch_p(va, vb)])
        tests.append(["mann-whitney", *mann_whitney_p(va, vb)])
        tests.append(["ks", *ks_p(va, vb)])
        primary = "mann-whitney"
        if binary:
            tests.append(["two-proportions", *two_by_two_p(int(sum(va)), len(va),
                                                        int(sum(vb)), len(vb))])
            primary = "two-proportions"
        pa, pb = [], []
        for i, j in pairs:
            x, y = runs_a[i][2][k], runs_b[j][2][k]
            if not math.isnan(x) and not math.isnan(y):
                pa.append(x)
                pb.append(y)
        if len(pa) >= 2:
            tests.append(["paired-t", *paired_t_p(pa, pb)])
            tests.append(["wilcoxon", *wilcoxon_p(np.asarray(pb) - np.asarray(pa))])
            primary = "wilcoxon"
            if binary:
                tests.append(["mcnemar", *mcnemar_p([x == 1 for x in pa], [y == 1 for y in pb])])
                primary = "mcnemar"
        for test, p, src in tests:
            rows.append(["outcome", name, test, p, src, role == "family" and test == primary])

    family = [r for r in rows if r[5]]
    adjusted = holm([r[3] for r in family])
    for r, h in zip(family, adjusted):
        r.append(h)
    with open(path_out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kind", "name", "test", "p", "holm_p", "source"])
        for r in rows:
            holm_p = repr(r[6]) if r[5] else ""
            w.writerow([r[0], r[1], r[2], repr(float(r[3])), holm_p, r[4]])


if __name__ == "__main__":
    main(*sys.argv[1:4])
