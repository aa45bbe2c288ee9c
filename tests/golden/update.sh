#!/bin/sh
# Regenerates the expected output of every golden case after a deliberate
# change; review the diff (git diff tests/golden) before committing.
BIN=${BIN:-bin}
cd "$(dirname "$0")/../.." || exit 70
for in in tests/golden/*/*.in; do
    stage=$(basename "$(dirname "$in")")
    "$BIN/$stage" < "$in" 2>/dev/null |
        sed -E 's/"versions":\{[^}]*\}/"versions":{}/' > "${in%.in}.out"
done
