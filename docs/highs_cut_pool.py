#!/usr/bin/env python3
"""What HiGHS's root cuts do on a model: the LP bound without and with HiGHS's root cut pool,
and for each cut its length and the model's rows it shares most variables with. This is how
the cuts that microlp lacked on synthetic 10 000 seed 3 were found (docs/optimiser.md,
"Mixed-integer rounding from rows and pairs of rows at the root").

    python3 -m pip install highspy==1.16.0
    ./target/release/anslag bench --case synthetic:1000:6 --lp /tmp/model.lp
    python3 docs/highs_cut_pool.py /tmp/model.lp

HiGHS runs its root only (no presolve, no restarts, two nodes, one thread), so the pool is
the root's; the callback `kCallbackMipGetCutPool` hands it over.
"""
import sys
from collections import Counter

import highspy
import numpy as np

path = sys.argv[1]


def lp_bound(cuts):
    """The model's LP relaxation, with the given cuts as rows."""
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.readModel(path)
    n = h.getLp().num_col_
    h.changeColsIntegrality(n, np.arange(n, dtype=np.int32), np.zeros(n, dtype=np.uint8))
    for lower, upper, index, value in cuts:
        h.addRow(lower, upper, len(index), index.astype(np.int32), value)
    h.run()
    return h.getInfo().objective_function_value


pools = []


def keep_pool(_kind, _message, data_out, _data_in, _user):
    pools.append([
        (data_out.cutpool_lower[c], data_out.cutpool_upper[c],
         np.array(data_out.cutpool_index[data_out.cutpool_start[c]:data_out.cutpool_start[c + 1]]),
         np.array(data_out.cutpool_value[data_out.cutpool_start[c]:data_out.cutpool_start[c + 1]]))
        for c in range(len(data_out.cutpool_lower))
    ])


h = highspy.Highs()
h.setOptionValue("output_flag", False)
h.setOptionValue("threads", 1)
h.setOptionValue("presolve", "off")
h.setOptionValue("mip_allow_restart", False)
h.setOptionValue("mip_max_nodes", 2)
h.readModel(path)
h.setCallback(keep_pool, None)
h.startCallback(highspy.cb.HighsCallbackType.kCallbackMipGetCutPool)
h.run()
if not pools:
    sys.exit("HiGHS handed over no cut pool (no cuts at the root?)")
pool = pools[-1]
lp = h.getLp()
rows_of = [[] for _ in range(lp.num_col_)]
a = lp.a_matrix_
for col in range(lp.num_col_):
    for k in range(a.start_[col], a.start_[col + 1]):
        rows_of[col].append(a.index_[k])
print(f"LP bound without cuts: {lp_bound([]):.6f}")
print(f"LP bound with HiGHS's {len(pool)} root cuts: {lp_bound(pool):.6f}")
for c, (_lower, upper, index, _value) in enumerate(pool):
    shared = Counter(r for col in index for r in rows_of[col])
    rows = ", ".join(f"{h.getRowName(r)[1]} ({k})" for r, k in shared.most_common(4))
    print(f"cut {c}: {len(index)} terms, ≤ {upper:.6g}; rows sharing most: {rows}")
