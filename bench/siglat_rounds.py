#!/usr/bin/env python3
"""Signal latency of the blocking modes, C floor against the VM, in rounds.

Usage: bench/siglat_rounds.py [-r ROUNDS] [-n COUNT] [-v] [VM]   (defaults: 5, 2000, build/vm)

../shared/bench/siglat.sh measures each row once, one after the other, so
on a shared machine a burst of load can land on one row and not on the
next. Here the C floor, the VM and python3 take turns within each round,
for the modes where the target waits in the kernel (sleep and pause, with
the driver asleep in poll or spinning), and the table gives the median of
the per-round medians. The siglat binaries come from the kit's Makefile.
"""
import argparse
import os
import statistics
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIT = os.path.join(ROOT, "..", "shared", "bench")
OUT = os.environ.get("BENCH_OUT", os.path.join(os.environ.get("TMPDIR", "/tmp"), "vm-bench"))
TARGET = os.path.realpath(os.path.join(KIT, "py", "siglat_target.py"))
CASES = [("sleep", "poll"), ("sleep", "busy"), ("pause", "poll"), ("pause", "busy")]


def median_us(mode, wait, command, count):
    """One siglat run; its median latency in microseconds and its stalls."""
    flags = ["-n", str(count), "-m", mode] + (["-b"] if wait == "busy" else [])
    line = subprocess.run([os.path.join(OUT, "siglat")] + flags + command,
                          check=True, capture_output=True, text=True).stdout
    fields = dict(f.split("=", 1) for f in line.split()[1:])
    return float(fields["median_us"]), int(fields["stalls"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-r", "--rounds", type=int, default=5)
    parser.add_argument("-n", "--count", type=int, default=2000)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every round")
    parser.add_argument("vm", nargs="?", default=os.path.join(ROOT, "build", "vm"))
    args = parser.parse_args()
    subprocess.run(["make", "-s", "-C", KIT, "OUT=" + OUT], check=True)
    commands = {
        "C-floor": [os.path.join(OUT, "siglat_floor")],
        "vm": [os.path.realpath(args.vm), "run", TARGET],
        "python3": ["python3", "-S", TARGET],
    }
    medians = {(case, who): [] for case in CASES for who in commands}
    stalls = 0
    for _ in range(args.rounds):
        for case in CASES:
            for who, command in commands.items():
                median, stalled = median_us(*case, command, args.count)
                medians[case, who].append(median)
                stalls += stalled
    print(f"{args.rounds} rounds of {args.count} signals; median of the rounds' medians, in µs")
    print(f"{'mode/wait':11} {'C floor':>8} {'vm':>8} {'vm-floor':>9} {'python3':>8} {'py-floor':>9}")
    for case in CASES:
        floor, vm, py = (statistics.median(medians[case, who]) for who in commands)
        print(f"{'/'.join(case):11} {floor:8.1f} {vm:8.1f} {vm - floor:+9.1f} {py:8.1f} {py - floor:+9.1f}")
    print(f"stalls: {stalls}")
    if args.verbose:
        for (case, who), values in medians.items():
            print("/".join(case), who, " ".join(f"{v:.1f}" for v in values))


if __name__ == "__main__":
    main()
