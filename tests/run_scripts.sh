#!/usr/bin/env bash
# Run the script corpus under a VM and compare with CPython's expectations.
#
# Usage: tests/run_scripts.sh VM [FILTER]
#   VM      the VM command, split into words, e.g. "build/vm" or
#           "valgrind -q --error-exitcode=99 build/vm". Each script runs as
#               VM run tests/scripts/<area>/<name>.py [args]
#           from the repository root (so relative VM paths are resolved from
#           there), with stdin from <name>.in or /dev/null, the arguments
#           taken one per line from <name>.args, and a timeout per script.
#   FILTER  optional substring; only scripts whose path contains it are run
#           (e.g. "errors/" or "closures/counter").
#
# Environment: JOBS (parallel scripts, default 2), TIMEOUT (seconds, default 10).
#
# stdout, stderr and the exit status must all match <name>.out, <name>.err and
# <name>.status byte for byte (after removing "<repository root>/" from stderr,
# see gen_expectations.sh). One line is printed per failing script, followed
# by the first 20 lines of a unified diff of each mismatching stream, then a
# summary "scripts: N passed, M failed". Exit status 0 only if all passed.
set -u

# Worker mode: run a single script and record the result. Invoked by xargs.
if [[ "${1:-}" == "--one" ]]; then
    script="$2"
    resdir="$3"
    read -r -a vm <<< "$RUN_SCRIPTS_VM"
    base="${script%.py}"
    key="${base#tests/scripts/}"
    key="${key//\//__}"
    work="$resdir/work/$key"
    mkdir -p "$work"

    args=()
    if [[ -f "$base.args" ]]; then
        mapfile -t args < "$base.args"
    fi
    input=/dev/null
    if [[ -f "$base.in" ]]; then
        input="$base.in"
    fi

    # The outer 2>/dev/null only silences bash's own "Terminated" notice for
    # scripts that are meant to die by a signal; the script's stderr is
    # captured by the inner redirection.
    { env -u PYTHONSTARTUP -u PYTHONPATH -u PYTHONHOME -u PYTHONUNBUFFERED \
        PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 \
        timeout -k 2 "${RUN_SCRIPTS_TIMEOUT}" \
        "${vm[@]}" run "$script" ${args[@]+"${args[@]}"} \
        < "$input" > "$work/out" 2> "$work/err"; } 2>/dev/null
    status=$?
    echo "$status" > "$work/status"
    # Same normalisation as gen_expectations.sh: drop "<repository root>/".
    sed -i "s|$RUN_SCRIPTS_ROOT_RE||g" "$work/err"

    report="$work/report"
    : > "$report"
    problems=()
    if [[ ! -f "$base.out" || ! -f "$base.err" || ! -f "$base.status" ]]; then
        problems+=("no-expectation")
        echo "    missing $base.out/.err/.status (run tests/gen_expectations.sh)" >> "$report"
    else
        if ! cmp -s "$base.out" "$work/out"; then
            problems+=("stdout")
            diff -u --label "expected stdout" --label "actual stdout" \
                "$base.out" "$work/out" | head -n 20 | sed 's/^/    /' >> "$report"
        fi
        if ! cmp -s "$base.err" "$work/err"; then
            problems+=("stderr")
            diff -u --label "expected stderr" --label "actual stderr" \
                "$base.err" "$work/err" | head -n 20 | sed 's/^/    /' >> "$report"
        fi
        if ! cmp -s "$base.status" "$work/status"; then
            problems+=("status")
            expected_status="$(cat "$base.status")"
            note=""
            if [[ "$status" == 124 || "$status" == 137 ]]; then
                note=" (timeout after ${RUN_SCRIPTS_TIMEOUT}s?)"
            elif (( status > 128 )); then
                note=" (killed by signal $((status - 128))?)"
            fi
            echo "    status: expected $expected_status, got $status$note" >> "$report"
        fi
    fi

    if (( ${#problems[@]} == 0 )); then
        touch "$resdir/pass/$key"
    else
        { echo "FAIL $script (${problems[*]})"; cat "$report"; } > "$resdir/fail/$key"
    fi
    exit 0
fi

if [[ $# -lt 1 || -z "${1// /}" ]]; then
    echo "usage: $0 VM [FILTER]" >&2
    exit 2
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SELF="$ROOT/tests/run_scripts.sh"
cd "$ROOT" || exit 2

export RUN_SCRIPTS_VM="$1"
export RUN_SCRIPTS_TIMEOUT="${TIMEOUT:-10}"
# "$ROOT/" as a sed pattern, with regex metacharacters escaped.
RUN_SCRIPTS_ROOT_RE="$(printf '%s/' "$ROOT" | sed 's/[][\\.*^$/|]/\\&/g')"
export RUN_SCRIPTS_ROOT_RE
FILTER="${2:-}"
JOBS="${JOBS:-2}"

read -r -a vm_words <<< "$RUN_SCRIPTS_VM"
if ! command -v "${vm_words[0]}" > /dev/null 2>&1; then
    echo "error: VM command not found: ${vm_words[0]} (relative paths are resolved from $ROOT)" >&2
    exit 2
fi

resdir="$(mktemp -d "${TMPDIR:-/tmp}/run_scripts.XXXXXX")"
trap 'rm -rf "$resdir"' EXIT
mkdir -p "$resdir/pass" "$resdir/fail" "$resdir/work"

scripts=()
while IFS= read -r -d '' s; do
    s="${s#./}"
    if [[ -z "$FILTER" || "$s" == *"$FILTER"* ]]; then
        scripts+=("$s")
    fi
done < <(find tests/scripts \( -type f -o -type l \) -name '*.py' -print0 | sort -z)

if (( ${#scripts[@]} == 0 )); then
    echo "no scripts match filter '$FILTER'" >&2
    echo "scripts: 0 passed, 0 failed"
    exit 1
fi

printf '%s\0' "${scripts[@]}" |
    xargs -0 -P "$JOBS" -I{} bash "$SELF" --one {} "$resdir"

passed=$(find "$resdir/pass" -type f | wc -l)
failed=0
for s in "${scripts[@]}"; do
    key="${s%.py}"
    key="${key#tests/scripts/}"
    key="${key//\//__}"
    if [[ -f "$resdir/fail/$key" ]]; then
        cat "$resdir/fail/$key"
        failed=$((failed + 1))
    elif [[ ! -f "$resdir/pass/$key" ]]; then
        echo "FAIL $s (runner error: no result recorded)"
        failed=$((failed + 1))
    fi
done

echo "scripts: $passed passed, $failed failed"
(( failed == 0 ))
