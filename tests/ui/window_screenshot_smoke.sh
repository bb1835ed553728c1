#!/usr/bin/env bash
# The real executable against the local stack, as a person starts it: looma-ops opens its window on
# the registry and Prometheus, runs its scheduler (read-only: the shared stack is not acted on),
# and `--screenshot` saves the window once the data is in. Passes when the PNG is written and is a
# real picture of a window, not an empty file.
#   window_screenshot_smoke.sh LOOMA_OPS_BINARY OUTPUT_PNG
set -euo pipefail
binary=$1 out=$2
# shellcheck disable=SC1090
source "${LOOMA_STACK_ENV:?set LOOMA_STACK_ENV to the stack fixture stack.env}"
config=$(mktemp --suffix=.ini)
trap 'rm -f "$config"' EXIT
rm -f "$out"
QT_QPA_PLATFORM=offscreen timeout 180 "$binary" --config "$config" --read-only --lang zh_CN --page crossCloud \
    --registry "$LOOMA_PG_DSN" --prometheus "$LOOMA_PROM_URL" --screenshot "$out"
size=$(stat -c %s "$out")
echo "screenshot: $out ($size bytes)"
# A PNG, and more than a blank window's worth of bytes (a blank 1280x800 PNG is a few KB).
head -c 8 "$out" | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a'
[ "$size" -gt 40000 ]
