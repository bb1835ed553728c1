#!/usr/bin/env bash
# The test command: installs what is missing, builds with warnings as errors, runs every test
# (unit, GUI offscreen, and integration against a real PostgreSQL, Prometheus and the fleet simulator).
#   scripts/test.sh [BUILD_DIR]        default build/ci
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/ci}
mkdir -p "$build"
build=$(cd "$build" && pwd)

"$root/scripts/deps.sh"

# Whatever happens (failure, Ctrl-C, a CTest timeout), no server of ours outlives this script.
cleanup() {
    for d in "$build/stack" "$build/pgstack"; do
        [ -d "$d" ] && "$root/scripts/stack.sh" stop --dir "$d" >/dev/null 2>&1 || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOOMA_WERROR=ON
cmake --build "$build" --parallel "$(nproc)"
cd "$build"
ctest --output-on-failure --timeout 600
