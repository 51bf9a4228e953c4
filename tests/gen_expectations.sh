#!/usr/bin/env bash
# Regenerate the expected outputs of the script corpus with CPython.
#
# For every tests/scripts/<area>/<name>.py this runs, from the repository root,
#     python3 tests/scripts/<area>/<name>.py [args from <name>.args, one per line]
# with stdin from <name>.in (or /dev/null) and writes <name>.out (stdout),
# <name>.err (stderr) and <name>.status (exit status, decimal, newline).
#
# Usage: tests/gen_expectations.sh [FILTER]
#   FILTER, if given, is a substring; only scripts whose path contains it are
#   regenerated.
set -u

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 2

PYTHON="${PYTHON:-python3}"
# "$ROOT/" as a sed pattern, with regex metacharacters escaped.
ROOT_RE="$(printf '%s/' "$ROOT" | sed 's/[][\\.*^$/|]/\\&/g')"
FILTER="${1:-}"

case "$("$PYTHON" --version 2>&1)" in
    "Python 3.11."*) ;;
    *) echo "warning: expectations are meant to come from CPython 3.11, got: $("$PYTHON" --version 2>&1)" >&2 ;;
esac

count=0
while IFS= read -r -d '' script; do
    script="${script#./}"
    if [[ -n "$FILTER" && "$script" != *"$FILTER"* ]]; then
        continue
    fi
    base="${script%.py}"
    args=()
    if [[ -f "$base.args" ]]; then
        mapfile -t args < "$base.args"
    fi
    input=/dev/null
    if [[ -f "$base.in" ]]; then
        input="$base.in"
    fi
    # Fixed environment so CPython's output does not depend on the caller's.
    env -u PYTHONSTARTUP -u PYTHONPATH -u PYTHONHOME -u PYTHONUNBUFFERED \
        PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 \
        "$PYTHON" "$script" ${args[@]+"${args[@]}"} \
        < "$input" > "$base.out" 2> "$base.err"
    echo "$?" > "$base.status"
    sed -i "s|$ROOT_RE||g" "$base.err"
    count=$((count + 1))
done < <(find tests/scripts \( -type f -o -type l \) -name '*.py' -print0 | sort -z)

echo "generated expectations for $count scripts"
