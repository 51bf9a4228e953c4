#!/usr/bin/env bash
# Tests of `vm run --inject SIG@N` and `--trace-signals` (SIGNALS.md §6):
# an injected signal trips exactly before instruction N, the same run
# gives the same result every time, its handler runs at the next check
# point, and the trace says so. Usage: tests/test_inject.sh VM
set -u
vm=($1)
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
fails=0
fail() {
    echo "FAIL inject: $1"
    fails=$((fails + 1))
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/count.py" <<'PY'
import signal

def handler(signum, frame):
    print("handler in", frame.f_code.co_name, "line", frame.f_lineno)

signal.signal(signal.SIGUSR1, handler)

def work(n):
    total = 0
    for i in range(n):
        total += i
    return total

print(work(5), work(7))
PY

# Every instruction in turn. Until signal.signal has installed the handler,
# SIGUSR1 kills the VM, as it would from outside. From then on the trip is
# reported before exactly that instruction, the handler runs once, at or
# after it, and the output does not depend on the run.
ran=0
installed=0
for n in $(seq 1 200); do
    out=$("${vm[@]}" run --trace-signals --inject "SIGUSR1@$n" "$tmp/count.py" 2>"$tmp/trace")
    status=$?
    if [ "$installed" = 0 ] && [ "$status" = $((128 + 10)) ]; then
        continue # not installed yet: killed by SIGUSR1
    fi
    [ "$installed" = 0 ] && installed=$n
    [ "$status" = 0 ] || fail "@$n: status $status"
    handlers=$(grep -c "^handler in" <<<"$out")
    if [ "$handlers" = 0 ]; then
        # Only once the program has reached its last check point; the trace
        # then says so.
        grep -q "^vm: SIGUSR1 tripped before instruction $n, at [0-9]* ns; the program ended before its handler ran$" "$tmp/trace" ||
            fail "@$n: no handler ran, and the trace says: $(cat "$tmp/trace")"
        [ "$n" -gt 30 ] || fail "@$n: no handler ran in a program this long"
        break
    fi
    ran=$n
    [ "$handlers" = 1 ] || fail "@$n: $handlers handler runs"
    grep -q "^vm: SIGUSR1 tripped before instruction $n, at [0-9]* ns$" "$tmp/trace" ||
        fail "@$n: trace of the trip: $(head -1 "$tmp/trace")"
    at=$(sed -n 's/^vm: SIGUSR1 handler runs before instruction \([0-9]*\), in .* line [0-9]* at [0-9]* [A-Z_]*: .*µs after the trip$/\1/p' "$tmp/trace")
    if [ -z "$at" ] || [ "$at" -lt "$n" ]; then
        fail "@$n: handler ran before instruction '$at'"
    fi
    again=$("${vm[@]}" run --inject "USR1@$n" "$tmp/count.py" 2>/dev/null)
    [ "$out" = "$again" ] || fail "@$n: a second run printed something else"
done
[ "$installed" -gt 1 ] || fail "SIGUSR1 did not kill the VM before its handler was installed"
[ "$ran" -gt 30 ] || fail "the handler ran up to instruction $ran only"

# Two injections before one instruction coalesce, as two real signals do.
"${vm[@]}" run --trace-signals --inject USR1@40 --inject 10@40 "$tmp/count.py" >"$tmp/out" 2>"$tmp/trace"
[ "$(grep -c "^handler in" "$tmp/out")" = 1 ] || fail "coalesced: $(cat "$tmp/out")"
grep -q "(2 trips before its handler ran)" "$tmp/trace" || fail "coalesced trace: $(cat "$tmp/trace")"

# A signal with its default disposition does what it would from outside.
# (In a subshell, so the shell's "Terminated" notice goes to /dev/null.)
status=$( ("${vm[@]}" run --inject SIGTERM@20 "$tmp/count.py" >/dev/null 2>&1; echo $?) 2>/dev/null)
[ "$status" = $((128 + 15)) ] || fail "SIGTERM: status $status"

# A handler that raises: the exception comes out of thin air, where the
# injection put it; somewhere inside the try it is caught.
cat > "$tmp/raise.py" <<'PY'
import signal

def handler(signum, frame):
    raise KeyboardInterrupt

signal.signal(signal.SIGUSR1, handler)

def f():
    return 1

try:
    f()
    f()
except KeyboardInterrupt:
    print("caught inside the try")
print("end")
PY
caught=0
for n in $(seq 1 40); do
    ("${vm[@]}" run --inject "SIGUSR1@$n" "$tmp/raise.py" >"$tmp/out" 2>&1; :) 2>/dev/null
    grep -q "caught inside the try" "$tmp/out" && caught=$((caught + 1))
done
[ "$caught" -gt 0 ] || fail "no injection landed inside the try"
[ "$caught" -lt 40 ] || fail "every injection landed inside the try"

# A real signal, traced.
printf 'import os, signal\nsignal.signal(signal.SIGUSR2, lambda s, f: print("got", s))\nos.kill(os.getpid(), signal.SIGUSR2)\n' >"$tmp/kill.py"
out=$("${vm[@]}" run --trace-signals "$tmp/kill.py" 2>"$tmp/trace")
[ "$out" = "got 12" ] || fail "traced kill: '$out'"
grep -q "^vm: SIGUSR2 tripped before instruction [0-9]*, at [0-9]* ns$" "$tmp/trace" ||
    fail "traced kill: $(cat "$tmp/trace")"
grep -q "^vm: SIGUSR2 handler runs before instruction [0-9]*, in <module> line 3 at [0-9]* CALL[A-Z_]*: " "$tmp/trace" ||
    fail "traced kill: $(cat "$tmp/trace")"

# vm explore: one run per instruction; the report's ranges cover them all,
# in order, and show the interruption that skips __exit__: "acquired", then
# "interrupted" with no "released" in between.
cat > "$tmp/with.py" <<'PY'
class Lock:
    def __enter__(self):
        print("acquired")
        return self

    def __exit__(self, *exc):
        print("released")
        return False

try:
    with Lock():
        pass
except KeyboardInterrupt:
    print("interrupted")
PY
out=$("${vm[@]}" explore --signal SIGINT "$tmp/with.py")
status=$?
[ "$status" = 0 ] || fail "explore: status $status"
total=$(sed -n 's/^vm explore: SIGINT before each of the \([0-9]*\) instructions of .*/\1/p' <<<"$out")
[ -n "$total" ] && [ "$total" -gt 20 ] || fail "explore: header: $(head -1 <<<"$out")"
expect=1
while read -r range; do
    from=${range%-*}
    to=${range#*-}
    [ "$from" = "$expect" ] || fail "explore: a range starts at $from, not $expect"
    expect=$((to + 1))
done < <(sed -n 's/^  \([0-9]*\)\(-\([0-9]*\)\)\{0,1\}: .*/\1-\3/p' <<<"$out" | sed 's/-$/-X/' |
    awk -F- '{ print $1 "-" ($2 == "X" ? $1 : $2) }')
[ "$expect" = $((total + 1)) ] || fail "explore: the ranges end at $((expect - 1)), not $total"
grep -q 'stdout line 2 is "interrupted" \[handler ran in __enter__' <<<"$out" ||
    fail "explore: no point where __exit__ is skipped: $out"
grep -q "killed by SIGINT; .*stderr ends \"KeyboardInterrupt\"" <<<"$out" ||
    fail "explore: no point before the try: $out"
tail -2 <<<"$out" | head -1 | grep -q ": same as without the signal$" ||
    fail "explore: the last points should change nothing: $out"
outcomes=$(grep -c '^  [0-9-]*: ' <<<"$out")
grep -q "^  $outcomes different outcomes$" <<<"$out" || fail "explore: outcome count: $(tail -1 <<<"$out")"
"${vm[@]}" explore --signal SIGINT "$tmp/with.py" >"$tmp/again"
[ "$out" = "$(cat "$tmp/again")" ] || fail "explore: a second exploration differs"
# programs/transfer.py says: interrupting careless() can make money vanish,
# interrupting careful() cannot.
out=$("${vm[@]}" explore --signal SIGINT programs/transfer.py)
grep -q '"careless {.*} total 70"' <<<"$out" || fail "explore transfer.py: careless never lost money: $out"
if grep -o '"careful {[^"]*"' <<<"$out" | grep -v "total 100" | grep -q .; then
    fail "explore transfer.py: careful lost money: $out"
fi
grep -q '"careful {[^"]*total 100"' <<<"$out" || fail "explore transfer.py: no careful totals: $out"

# A point where the signal sends the program into an endless loop does not
# stop the exploration: that run is killed after its time limit (here 0.5 s).
cat > "$tmp/hang.py" <<'PY'
import signal
stop = []
signal.signal(signal.SIGUSR1, lambda signum, frame: stop.append(signum))
len(stop)
if stop:
    while True:
        pass
print("done")
PY
out=$("${vm[@]}" explore --signal SIGUSR1 --timeout 0.5 "$tmp/hang.py")
grep -q ": still running after the time limit (killed); " <<<"$out" ||
    fail "explore of an endless loop: $out"
tail -2 <<<"$out" | head -1 | grep -q ": same as without the signal" ||
    fail "explore of an endless loop, last points: $out"
for bad in "explore" "explore --signal" "explore --signal NOPE $tmp/with.py" \
    "explore --signal INT $tmp/missing.py" "explore --signal INT --timeout -1 $tmp/with.py" \
    "explore --signal INT --timeout x $tmp/with.py" "explore --signal INT --bogus 1 $tmp/with.py"; do
    "${vm[@]}" $bad >/dev/null 2>&1
    status=$?
    [ "$status" = 2 ] || fail "'$bad': status $status"
done

# Bad options.
for bad in "--inject FOO@3" "--inject USR1@0" "--inject USR1@x" "--inject USR1" "--inject" "--bogus"; do
    out=$("${vm[@]}" run $bad "$tmp/count.py" 2>&1)
    status=$?
    [ "$status" = 2 ] || fail "'$bad': status $status"
    case "$out" in
        *"vm: "*) ;;
        *) fail "'$bad': no message" ;;
    esac
done

if [ "$fails" -eq 0 ]; then
    echo "inject: all passed (a signal before each instruction from $installed to $ran)"
else
    exit 1
fi
