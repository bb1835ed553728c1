#!/usr/bin/env bash
# The data-layer benchmark: builds bench_datalayer (RelWithDebInfo), starts the local stack at
# 10,000 nodes / 50,000 instances, runs every figure, then restarts the stack at 1,000 nodes /
# 5,000 instances for the Prometheus query count, and stops the stack whatever happens.
#   scripts/bench.sh [BUILD_DIR [bench_datalayer options]]        default build/bench-release
# Output: the figures on stdout and in BUILD_DIR/bench-datalayer.txt (docs/benchmarks.md explains them).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/bench-release}
[ $# -gt 0 ] && shift # the rest goes to bench_datalayer (e.g. --repeats 3)
mkdir -p "$build"
build=$(cd "$build" && pwd)
stack="$build/bench-stack"
out="$build/bench-datalayer.txt"

cleanup() {
    "$root/scripts/stack.sh" stop --dir "$stack" >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOOMA_WERROR=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target looma-ops looma-fleetsim bench_datalayer

export QT_QPA_PLATFORM=offscreen
export LOOMA_STACK_ENV="$stack/stack.env"
{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo),"\
         "$(sed -n 's/^model name\t: //p' /proc/cpuinfo | head -n 1)"
    echo "load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"

"$root/scripts/stack.sh" start --dir "$stack" --build "$build" --nodes 10000 --instances 50000
echo "load average with the stack up: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
"$build/tests/bench/bench_datalayer" "$@" 2>&1 | tee -a "$out"
echo "load average after the 10,000-node run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
"$root/scripts/stack.sh" stop --dir "$stack"

"$root/scripts/stack.sh" start --dir "$stack" --build "$build" --nodes 1000 --instances 5000
"$build/tests/bench/bench_datalayer" --only prometheus 2>&1 | tee -a "$out"
"$root/scripts/stack.sh" stop --dir "$stack"

big=$(sed -n 's/^QUERIES_PER_REFRESH nodes=10000: //p' "$out" | tail -n 1)
small=$(sed -n 's/^QUERIES_PER_REFRESH nodes=1000: //p' "$out" | tail -n 1)
if [ -n "$big" ] && [ "$big" = "$small" ]; then
    echo "queries per refresh: equal at 1,000 and 10,000 nodes ($big)" | tee -a "$out"
else
    echo "queries per refresh: DIFFER (10,000: '$big'; 1,000: '$small')" | tee -a "$out"
fi
echo "figures written to $out"
