#!/usr/bin/env bash
# Tests of the command line itself (vm/main.c): the commands, their exit
# statuses and `sys.argv` as python3 gives it. Usage: tests/test_cli.sh VM
set -u
vm=($1)
fails=0
check() { # name, expected status, actual status
    if [ "$2" != "$3" ]; then
        echo "FAIL cli: $1 (expected status $2, got $3)"
        fails=$((fails + 1))
    fi
}
contains() { # name, haystack, needle
    case "$2" in
        *"$3"*) ;;
        *) echo "FAIL cli: $1 (no '$3' in output)"; fails=$((fails + 1)) ;;
    esac
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

out=$("${vm[@]}" --version 2>&1); check "--version" 0 $?
contains "--version" "$out" "vm"
out=$("${vm[@]}" --help 2>&1); check "--help" 0 $?
contains "--help" "$out" "vm run FILE"
out=$("${vm[@]}" run "$tmp/missing.py" 2>&1); check "missing file" 2 $?
contains "missing file" "$out" "No such file or directory"
out=$("${vm[@]}" frobnicate 2>&1); check "unknown command" 2 $?
contains "unknown command" "$out" "unknown command"
out=$("${vm[@]}" 2>&1); check "no arguments" 2 $?

# -c behaves like python3 -c, sys.argv included.
want=$(python3 -c 'import sys; print(sys.argv)' a 'b c')
out=$("${vm[@]}" -c 'import sys; print(sys.argv)' a 'b c'); check "-c" 0 $?
[ "$out" = "$want" ] || { echo "FAIL cli: -c argv: '$out' != '$want'"; fails=$((fails + 1)); }
"${vm[@]}" -c 'import sys; sys.exit(7)'; check "-c exit status" 7 $?
out=$("${vm[@]}" -c '1/0' 2>&1); check "-c uncaught" 1 $?
contains "-c uncaught" "$out" 'File "<string>", line 1, in <module>'

# dis lists instructions, marks check points and shows jump targets.
printf 'def f(n):\n    while n:\n        n -= 1\n    return n\n' > "$tmp/d.py"
out=$("${vm[@]}" dis "$tmp/d.py"); check "dis" 0 $?
contains "dis" "$out" "JUMP_BACKWARD"
contains "dis check point" "$out" "*"
contains "dis code object" "$out" "Disassembly of <code f>"
printf 'if True\n' > "$tmp/bad.py"
out=$("${vm[@]}" dis "$tmp/bad.py" 2>&1); check "dis syntax error" 1 $?
contains "dis syntax error" "$out" "SyntaxError: expected ':'"

if [ "$fails" -eq 0 ]; then
    echo "cli: all passed"
fi
[ "$fails" -eq 0 ]
