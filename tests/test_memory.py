"""Peak memory stays flat for a loop that makes garbage (vm/gc.c).

Runs the same garbage-making program under the VM for N and for 20*N
iterations and compares the peak resident set sizes: with a working
collector the longer run needs no more memory than the short one, give or
take the heap's growth headroom. Usage: python3 tests/test_memory.py VM
"""
import resource
import subprocess
import sys

PROGRAM = """
import sys
n = int(sys.argv[1])
keep = None
for i in range(n):
    a = [i, str(i), (i, i + 1), {"k": [i] * 10}]
    b = [a, a]
    a.append(b)          # a cycle: only a tracing collector frees it
    keep = f"{i}:{len(b)}"
print(keep)
"""


def peak_kib(vm, n):
    # Each measurement runs in its own child, so ru_maxrss of the children
    # is the largest of those run so far; run the small case first.
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = subprocess.run(vm + ["-c", PROGRAM, str(n)], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"memory: the program failed: {out.stderr}")
    return max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def main():
    vm = sys.argv[1].split()
    small = peak_kib(vm, 50_000)
    large = peak_kib(vm, 1_000_000)
    print(f"memory: peak RSS {small} KiB for 50k iterations, {large} KiB for 1M")
    # 20 times the garbage may not cost more than a 50% larger peak.
    if large > small * 1.5:
        sys.exit("memory: FAIL, peak memory grows with the number of iterations")
    print("memory: passed")


main()
