#!/usr/bin/env python3
"""HiGHS alone on a model that `anslag bench --case CASE --lp FILE` wrote: no decomposition,
no core, no heuristics of ours, one thread, the same 1e-6 gap. For docs/performance.md.

    python3 -m pip install highspy==1.16.0
    ./target/release/anslag bench --case synthetic:1000:7 --lp /tmp/model.lp
    python3 docs/highs_alone.py /tmp/model.lp 20

Prints one line of JSON: status, objective (tie-break bonuses included, as the LP file's
objective is the optimiser's), bound, nodes and seconds.
"""
import json
import sys
import time

import highspy

path = sys.argv[1]
limit = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
h = highspy.Highs()
h.setOptionValue("output_flag", False)
h.setOptionValue("threads", 1)
h.setOptionValue("mip_rel_gap", 1e-6)
h.setOptionValue("time_limit", limit)
h.readModel(path)
start = time.time()
h.run()
info = h.getInfo()
print(json.dumps({
    "model": path,
    "status": h.modelStatusToString(h.getModelStatus()),
    "objective": info.objective_function_value,
    "bound": info.mip_dual_bound,
    "gap": info.mip_gap,
    "nodes": info.mip_node_count,
    "seconds": round(time.time() - start, 3),
}))
