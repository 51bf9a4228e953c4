#!/usr/bin/env python3
"""What polling the eval breaker costs, in instructions.

Usage: bench/poll_cost.py [VM [VM_NOPOLL]]   (defaults: build/vm build/vm-nopoll)

Runs every program of the shared kit (../shared/bench/py, at run-instr.sh's
small sizes) under callgrind, once with the normal VM and once with the VM
whose check points are compiled out (make build/vm-nopoll). The check point
is also where the garbage collector runs, so the no-poll VM never collects:
to compare like with like, the instructions spent inside gc_collect are
taken out of the normal VM's count. What is left over is the price of the
polls themselves (a load and a branch each).
"""
import math
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIT = os.path.join(ROOT, "..", "shared", "bench")
sys.path.insert(0, os.path.join(KIT, "lib"))
from harness import BENCHES  # noqa: E402  (name, small N) pairs of run-instr.sh


def callgrind(vm, script, n, out):
    subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
                    vm, "run", script, n], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    report = subprocess.run(["callgrind_annotate", "--inclusive=yes", out],
                            check=True, capture_output=True, text=True).stdout
    total = gc = 0
    for line in report.splitlines():
        m = re.match(r"\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(\S.*)", line)
        if not m:
            continue
        count = int(m.group(1).replace(",", ""))
        if "PROGRAM TOTALS" in m.group(2):
            total = count
        elif m.group(2).endswith(":gc_collect [" + os.path.abspath(vm) + "]") or \
                re.search(r":gc_collect\b", m.group(2)):
            gc = max(gc, count)
    return total, gc


def main():
    vm = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "vm")
    nopoll = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "build", "vm-nopoll")
    print(f"{'benchmark':<12}{'vm':>12}{'of it gc':>12}{'vm - gc':>12}{'no-poll':>12}{'polling':>10}")
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, n in BENCHES:
            script = os.path.join(KIT, "py", name + ".py")
            total, gc = callgrind(vm, script, n, os.path.join(tmp, "a"))
            bare, bare_gc = callgrind(nopoll, script, n, os.path.join(tmp, "b"))
            ratio = (total - gc) / (bare - bare_gc)
            ratios.append(ratio)
            print(f"{name:<12}{total / 1e6:>11.1f}M{gc / 1e6:>11.1f}M{(total - gc) / 1e6:>11.1f}M"
                  f"{bare / 1e6:>11.1f}M{(ratio - 1) * 100:>+9.2f}%")
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"{'geomean':<60}{(geo - 1) * 100:>+9.2f}%")


if __name__ == "__main__":
    main()
