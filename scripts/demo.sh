#!/usr/bin/env bash
# The demo command: installs what is missing, builds, starts the local stack (PostgreSQL, the fleet
# simulator with 10,000 nodes / 50,000 instances, Prometheus) and opens the console on it.
# Closing the window (or Ctrl-C) stops every server the demo started.
#   scripts/demo.sh [--nodes N] [--instances M] [--screenshot FILE]
# Without a display the console runs under Xvfb; --screenshot saves the window after it has loaded
# and then quits (useful on a headless machine).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build/demo
stackdir=$root/.stack/demo
nodes=10000 instances=50000 screenshot=""
while [ $# -gt 0 ]; do
    case "$1" in
        --nodes) nodes=$2; shift 2 ;;
        --instances) instances=$2; shift 2 ;;
        --screenshot) screenshot=$2; shift 2 ;;
        *) echo "demo: unknown option $1" >&2; exit 2 ;;
    esac
done

"$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target looma-ops looma-fleetsim

trap '"$root/scripts/stack.sh" stop --dir "$stackdir"' EXIT
trap 'exit 130' INT TERM
"$root/scripts/stack.sh" start --dir "$stackdir" --build "$build" --nodes "$nodes" --instances "$instances" --scrape-interval 5
# shellcheck disable=SC1091
source "$stackdir/stack.env"

# The demo keeps its own settings file, so it never touches the user's configuration.
args=(--config "$stackdir/looma-ops.ini" --registry "$LOOMA_PG_DSN" --prometheus "$LOOMA_PROM_URL")
if [ -n "$screenshot" ]; then
    args+=(--screenshot "$screenshot")
fi
echo "demo: registry $LOOMA_PG_DSN, Prometheus $LOOMA_PROM_URL, fault control $LOOMA_FLEETSIM_CONTROL_URL"
echo "demo: try  curl -X POST $LOOMA_FLEETSIM_CONTROL_URL/faults -d '{\"kind\":\"down\",\"target\":{\"service\":\"matching-service\"}}'"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display; running the console under Xvfb"
    xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/looma-ops" "${args[@]}"
else
    "$build/app/looma-ops" "${args[@]}"
fi
