#!/usr/bin/env bash
# Signal tests that need a shell (or another process) around the VM, which
# the script corpus (tests/scripts/signals/) cannot express:
#   (a) SIGINT ignored at start-up: from a shell that did `trap '' INT` the
#       VM must leave SIGINT ignored (getsignal says SIG_IGN) and survive it,
#       exactly as python3 does;
#   (b) an uncaught KeyboardInterrupt ends the process by SIGINT: bash sees
#       status 130, a parent sees a death by signal (not exit(130)), and the
#       traceback on stderr is python3's; SIGINT from the shell included;
#   (d) a handler that uses the file whose own write or read is waiting
#       (PEP 475): its print joins the output of the print it interrupted,
#       with nothing lost; its readline raises CPython's RuntimeError;
#   (c) a stress test: another process (build/signal_sender, compiled here
#       from tests/signal_sender.c) sends STRESS_SIGNALS (default 100000)
#       SIGUSR1 to a VM running a busy loop with a counting handler. The VM
#       must neither crash nor hang, must have run the handler, and after
#       the sender has finished a final SIGUSR1 must run the handler once
#       more (the script reports its count on SIGUSR2 before and after it).
#
# Usage: tests/test_signals.sh VM
#   VM is split into words like run_scripts.sh's (e.g. "build/vm-asan").
# Environment: STRESS_SIGNALS (default 100000), STRESS_TIMEOUT (seconds the
#   stress test may take before the VM counts as hung, default 120),
#   STRESS_PYTHON=1 also runs the stress test under python3 (to check the
#   test itself), CC (compiler for the sender, default gcc).
#
# Nothing here depends on timing except the generous timeouts that turn a
# hang into a failure: every check is an order, a count or a status.
set -u

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 2
if [[ $# -ne 1 || -z "${1// /}" ]]; then
    echo "usage: $0 VM" >&2
    exit 2
fi
read -r -a vm <<< "$1"
if ! command -v "${vm[0]}" > /dev/null 2>&1; then
    echo "error: VM command not found: ${vm[0]} (relative paths are resolved from $ROOT)" >&2
    exit 2
fi

STRESS_SIGNALS="${STRESS_SIGNALS:-100000}"
STRESS_TIMEOUT="${STRESS_TIMEOUT:-120}"
fails=0
tmp="$(mktemp -d "${TMPDIR:-/tmp}/test_signals.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

fail() {
    echo "FAIL signals: $*"
    fails=$((fails + 1))
}

# The environment run_scripts.sh uses, so python3's output is reproducible.
clean_env=(env -u PYTHONSTARTUP -u PYTHONPATH -u PYTHONHOME -u PYTHONUNBUFFERED
           PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8)
# Start a command with SIGINT ignored, as a shell's `trap '' INT` leaves it
# for the commands the shell starts (an ignored signal stays so across exec).
ignoring_int=(bash -c 'trap "" INT; exec "$@"' _)
# Start a command with SIGINT at its default disposition, whatever this
# shell inherited (background jobs of a non-interactive shell ignore it).
if env --default-signal=INT true 2> /dev/null; then
    default_int=(env --default-signal=INT)
else
    default_int=(python3 -c 'import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_DFL)
for s in (signal.SIGPIPE, signal.SIGXFSZ):
    signal.signal(s, signal.SIG_DFL)
os.execvp(sys.argv[1], sys.argv[1:])')
fi

# run_capture DIR CMD...: runs CMD with stdin from /dev/null; stdout, stderr
# and the status as a shell sees it go to DIR/out, DIR/err, DIR/status.
# timeout passes a death by signal on (it re-raises the signal), and it
# handles SIGINT itself, so the command starts with SIGINT at SIG_DFL unless
# CMD itself starts with ${ignoring_int[@]}.
run_capture() {
    local dir="$1"
    shift
    mkdir -p "$dir"
    "${clean_env[@]}" timeout -k 2 30 "$@" < /dev/null > "$dir/out" 2> "$dir/err"
    echo "$?" > "$dir/status"
}

# same NAME DIR_PY DIR_VM: stdout, stderr and status must be python3's.
same() {
    local name="$1" py="$2" mine="$3" stream
    for stream in out err status; do
        if ! cmp -s "$py/$stream" "$mine/$stream"; then
            fail "$name: $stream differs from python3's"
            diff -u --label "python3 $stream" --label "vm $stream" \
                "$py/$stream" "$mine/$stream" | head -n 20 | sed 's/^/    /'
        fi
    done
}

# expect_status NAME DIR STATUS
expect_status() {
    local got
    got="$(cat "$2/status")"
    [[ "$got" == "$3" ]] || fail "$1: status $got, expected $3"
}

# both NAME SCRIPT WRAPPER...: runs SCRIPT (an absolute path, so python3's
# traceback and ours name it alike) under python3 and under the VM, each
# started through WRAPPER, and compares everything.
both() {
    local name="$1" script="$2"
    shift 2
    run_capture "$tmp/$name.python3" "$@" python3 "$script"
    run_capture "$tmp/$name.vm" "$@" "${vm[@]}" run "$script"
    same "$name" "$tmp/$name.python3" "$tmp/$name.vm"
}

# ---- (a) SIGINT ignored at start-up ------------------------------------------------------

cat > "$tmp/ignored.py" <<'EOF'
import os
import signal

print(repr(signal.getsignal(signal.SIGINT)))
os.kill(os.getpid(), signal.SIGINT)
signal.raise_signal(signal.SIGINT)
print("survived SIGINT")
print(repr(signal.signal(signal.SIGINT, signal.default_int_handler)))
try:
    signal.raise_signal(signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt once default_int_handler is installed")
print(repr(signal.signal(signal.SIGINT, signal.SIG_IGN)) == repr(signal.default_int_handler))
os.kill(os.getpid(), signal.SIGINT)
print("ignored again")
EOF
both ignored "$tmp/ignored.py" "${ignoring_int[@]}"
expect_status "ignored SIGINT" "$tmp/ignored.vm" 0
# python3 shows that the shell really made the process ignore SIGINT.
[[ "$(head -n 1 "$tmp/ignored.python3/out")" == "<Handlers.SIG_IGN: 1>" ]] ||
    fail "ignored SIGINT: python3 did not start with SIGINT ignored (the test is broken)"

# The same script with SIGINT at its default: the first kill raises
# KeyboardInterrupt, uncaught, so the process dies of SIGINT.
both not_ignored "$tmp/ignored.py" "${default_int[@]}"
expect_status "default SIGINT" "$tmp/not_ignored.vm" 130

# ---- (b) an uncaught KeyboardInterrupt --------------------------------------------------------

cat > "$tmp/uncaught.py" <<'EOF'
def inner():
    raise KeyboardInterrupt("stop")

def outer():
    try:
        inner()
    finally:
        print("finally ran", flush=True)

print("start", flush=True)
outer()
EOF
# CPython resets SIGINT to SIG_DFL before killing itself with it, so the
# status is 130 even when SIGINT was ignored at start-up.
both uncaught "$tmp/uncaught.py" "${default_int[@]}"
expect_status "uncaught KeyboardInterrupt" "$tmp/uncaught.vm" 130
both uncaught_ignored "$tmp/uncaught.py" "${ignoring_int[@]}"
expect_status "uncaught KeyboardInterrupt, SIGINT ignored" "$tmp/uncaught_ignored.vm" 130

# A death by SIGINT, not exit(130): a parent's waitpid tells them apart.
got="$("${clean_env[@]}" timeout -k 2 30 python3 -c '
import subprocess, sys
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(p.returncode)' "${vm[@]}" run "$tmp/uncaught.py")"
[[ "$got" == "-2" ]] || fail "uncaught KeyboardInterrupt: subprocess returncode $got, expected -2 (death by SIGINT)"

# SIGINT from the shell. The script blocks SIGINT, tells its pid, waits
# until SIGINT is pending and unblocks it: the KeyboardInterrupt comes out of
# that one line, so the traceback is the same whenever the signal arrives.
cat > "$tmp/from_shell.py" <<'EOF'
import os
import signal
import time

signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGINT])
print("pid", os.getpid(), flush=True)
while signal.SIGINT not in signal.sigpending():
    time.sleep(0.01)
print("SIGINT pending", flush=True)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])
print("not reached")
EOF

# watchdog PID SECONDS: kills PID with SIGKILL if it still runs after
# SECONDS; ends by itself soon after PID does.
watchdog() {
    local pid="$1" ticks=$(($2 * 10))
    while ((ticks-- > 0)); do
        kill -0 "$pid" 2> /dev/null || return 0
        sleep 0.1
    done
    echo "watchdog: killing hung process $pid" >&2
    kill -KILL "$pid" 2> /dev/null
}

# wait_line FILE REGEX PID SECONDS: waits until a line of FILE matches REGEX;
# fails (status 1) if PID ends or SECONDS pass first.
wait_line() {
    local ticks=$(($4 * 20))
    while ! grep -qE "$2" "$1" 2> /dev/null; do
        if ! kill -0 "$3" 2> /dev/null || ((ticks-- <= 0)); then
            grep -qE "$2" "$1" 2> /dev/null
            return
        fi
        sleep 0.05
    done
}

# from_shell NAME CMD...: runs CMD in the background, sends it SIGINT with
# kill once it is ready, and records what `wait` (bash) reports.
from_shell() {
    local name="$1" dir="$tmp/$1"
    shift
    mkdir -p "$dir"
    "${clean_env[@]}" "${default_int[@]}" "$@" < /dev/null > "$dir/out" 2> "$dir/err" &
    local pid=$!
    watchdog "$pid" 30 &
    local dog=$!
    if wait_line "$dir/out" '^pid [0-9]+$' "$pid" 30; then
        kill -INT "$(sed -n 's/^pid //p' "$dir/out")"
    fi
    wait "$pid"
    echo "$?" > "$dir/status"
    wait "$dog"
    sed -i 's/^pid [0-9]*$/pid N/' "$dir/out"
}
from_shell from_shell.python3 python3 "$tmp/from_shell.py"
from_shell from_shell.vm "${vm[@]}" run "$tmp/from_shell.py"
# CPython's pthread_sigmask is a Python wrapper in Lib/signal.py, whose frame
# its traceback shows (and which names python3's installation); the VM's is
# native, as mod_signal.c explains. That frame is left out of the comparison.
sed -i '/^  File ".*\/signal\.py", line [0-9]*, in pthread_sigmask$/{N;N;d}' \
    "$tmp/from_shell.python3/err"
same "SIGINT from the shell" "$tmp/from_shell.python3" "$tmp/from_shell.vm"
expect_status "SIGINT from the shell" "$tmp/from_shell.vm" 130

# ---- (d) a handler that uses the file that is waiting -------------------------------------------
# (Facts seen with python3: the handler's readline raises "reentrant call
# inside <_io.BufferedReader name='<stdin>'>", and the interrupted call goes
# on. Its print does not raise, but CPython then loses the rest of the
# interrupted print; the VM writes all of it.)
cat > "$tmp/reenter_write.py" <<'PY'
import os, signal
signal.signal(signal.SIGALRM, lambda s, f: print("in handler"))
signal.setitimer(signal.ITIMER_REAL, 0.2)
print("x" * 200000)
os.write(2, b"print returned\n")
PY
# The reader starts after the timer has fired, so the print is waiting.
"${vm[@]}" run "$tmp/reenter_write.py" 2>"$tmp/err" | (sleep 2; wc -c >"$tmp/count")
status=${PIPESTATUS[0]}
[[ $status == 0 && $(cat "$tmp/count") == $((200001 + 11)) ]] && grep -q "print returned" "$tmp/err" ||
    fail "a handler printing during a waiting print: status $status, $(cat "$tmp/count") bytes, $(head -c 600 "$tmp/err")"
cat > "$tmp/reenter_read.py" <<'PY'
import signal, sys
def handler(signum, frame):
    try:
        sys.stdin.readline()
    except RuntimeError as e:
        print("handler:", e)
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.1)
print("main read:", repr(sys.stdin.readline()))
PY
out=$( (sleep 2; echo hello) | "${vm[@]}" run "$tmp/reenter_read.py" 2>&1)
want=$'handler: reentrant call inside <_io.BufferedReader name=\'<stdin>\'>\nmain read: \'hello\\n\''
[[ $out == "$want" ]] || fail "a handler reading during a waiting read: '$out'"

# ---- (c) the stress test -------------------------------------------------------------------------

sender="$ROOT/build/signal_sender"
if [[ ! -x "$sender" || "$ROOT/tests/signal_sender.c" -nt "$sender" ]]; then
    mkdir -p "$ROOT/build"
    # Built under a private name and renamed: two runs may build it at once.
    if ! "${CC:-gcc}" -std=gnu11 -O2 -Wall -Wextra -Werror -o "$sender.$$" \
        "$ROOT/tests/signal_sender.c" || ! mv -f "$sender.$$" "$sender"; then
        fail "stress: cannot build $sender"
    fi
fi

cat > "$tmp/stress.py" <<'EOF'
import os
import signal

count = 0
reports = []

def on_usr1(signum, frame):
    global count
    count += 1

def on_usr2(signum, frame):
    reports.append(count)
    print("report", len(reports), count, flush=True)

signal.signal(signal.SIGUSR1, on_usr1)
signal.signal(signal.SIGUSR2, on_usr2)
print("pid", os.getpid(), flush=True)

def work(n):
    # Allocates, so collections run at check points among the handlers.
    return [n, str(n), (n, n + 1)]

# Busy until told twice to report: after the sender finished, and after the
# one last SIGUSR1 that was sent once the first report was out.
spins = 0
while len(reports) < 2:
    spins += 1
    last = work(spins)
# That last SIGUSR1 came after the first report: its handler must run.
while count <= reports[0]:
    spins += 1
print("final", count, flush=True)
EOF

# stress NAME CMD...: the stress test against CMD (which runs stress.py).
stress() {
    local name="$1" dir="$tmp/$1"
    shift
    mkdir -p "$dir"
    local started=$SECONDS
    "${clean_env[@]}" "$@" < /dev/null > "$dir/out" 2> "$dir/err" &
    local pid=$!
    watchdog "$pid" "$STRESS_TIMEOUT" &
    local dog=$!
    local ok=1 target="" first="" final=""
    if ! wait_line "$dir/out" '^pid [0-9]+$' "$pid" "$STRESS_TIMEOUT"; then
        fail "stress $name: the script never started"
        ok=0
    else
        target="$(sed -n 's/^pid //p' "$dir/out")"
    fi
    if ((ok)) && ! "$sender" "$target" "$(kill -l USR1)" "$STRESS_SIGNALS"; then
        fail "stress $name: the sender could not deliver all $STRESS_SIGNALS signals (receiver died?)"
        ok=0
    fi
    # The sender has finished: ask for the first report.
    if ((ok)); then
        kill -USR2 "$target"
        if ! wait_line "$dir/out" '^report 1 ' "$pid" "$STRESS_TIMEOUT"; then
            fail "stress $name: no report after the sender finished (hung or died)"
            ok=0
        fi
    fi
    # One last SIGUSR1, then the request for the second report.
    if ((ok)); then
        kill -USR1 "$target"
        kill -USR2 "$target"
    fi
    # On a failure the VM is not waited for: it may well be hung.
    ((ok)) || kill -KILL "$pid" 2> /dev/null
    wait "$pid"
    local status=$?
    wait "$dog"
    local elapsed=$((SECONDS - started))
    first="$(sed -n 's/^report 1 //p' "$dir/out")"
    final="$(sed -n 's/^final //p' "$dir/out")"
    if ((ok)); then
        if [[ "$status" != 0 ]]; then
            fail "stress $name: status $status (crash, or killed as hung after ${STRESS_TIMEOUT}s)"
        elif [[ -s "$dir/err" ]]; then
            fail "stress $name: something on stderr"
        elif ! [[ "$first" =~ ^[0-9]+$ && "$final" =~ ^[0-9]+$ ]]; then
            fail "stress $name: unexpected output"
        elif ((first < 1 || first > STRESS_SIGNALS)); then
            fail "stress $name: the handler ran $first times for $STRESS_SIGNALS signals"
        elif ((final <= first || final > STRESS_SIGNALS + 1)); then
            fail "stress $name: count $first, then $final after the last signal"
        else
            echo "stress $name: $STRESS_SIGNALS signals sent, handler ran $first times," \
                "then once more after the last one; ${elapsed}s"
            return 0
        fi
    fi
    sed 's/^/    stdout: /' "$dir/out" | head -n 10
    sed 's/^/    stderr: /' "$dir/err" | head -n 30
    return 1
}
if [[ -x "$sender" ]]; then
    if [[ "${STRESS_PYTHON:-0}" == 1 ]]; then
        stress python3 python3 "$tmp/stress.py"
    fi
    stress vm "${vm[@]}" run "$tmp/stress.py"
fi

if ((fails == 0)); then
    echo "signals: all passed"
fi
((fails == 0))
