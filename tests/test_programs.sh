#!/usr/bin/env bash
# Example programs that need more than tests/run_scripts.sh gives a script
# (stdin from a file, stdout and stderr to files). Each runs under the VM and
# under python3 in the same shell pipeline, and stdout, stderr and the exit
# status of every command in the pipeline must match.
# Usage: tests/test_programs.sh VM
set -u
if [ $# -ne 1 ]; then
    echo "usage: $0 VM" >&2
    exit 2
fi
vm=($1)
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
fails=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# piped NAME PROGRAM READER...: run "<interpreter> run PROGRAM | READER..."
# with both interpreters and compare.
piped() {
    local name=$1 program=$2
    shift 2
    local which
    for which in vm python; do
        if [ "$which" = vm ]; then
            "${vm[@]}" run "$program" 2> "$tmp/$which.err" | "$@" > "$tmp/$which.out"
        else
            python3 "$program" 2> "$tmp/$which.err" | "$@" > "$tmp/$which.out"
        fi
        echo "${PIPESTATUS[@]}" > "$tmp/$which.status"
    done
    local stream
    for stream in out err status; do
        if ! cmp -s "$tmp/python.$stream" "$tmp/vm.$stream"; then
            echo "FAIL programs: $name ($stream differs from python3)"
            diff -u --label python3 --label vm "$tmp/python.$stream" "$tmp/vm.$stream" |
                head -n 20 | sed 's/^/    /'
            fails=$((fails + 1))
        fi
    done
}

# SIGPIPE is ignored: printing into a pipe that head has closed raises
# BrokenPipeError, which the program catches (exit status 1, stderr empty).
piped "head_pipe.py | head -1" programs/head_pipe.py head -1

if [ "$fails" -eq 0 ]; then
    echo "programs: all passed"
fi
[ "$fails" -eq 0 ]
