#!/usr/bin/env bash
# The local stack: a throwaway PostgreSQL, the fleet simulator and a real Prometheus scraping it,
# all on loopback, on free ports, in one directory that `stop` removes.
#
#   scripts/stack.sh start --dir DIR --build BUILD_DIR [--nodes N] [--instances M] [--scrape-interval S]
#                          [--only postgres]   (PostgreSQL alone, migrated, nothing seeded)
#   scripts/stack.sh stop  --dir DIR
#
# `start` writes DIR/stack.env (shell KEY=VALUE lines) for tests and the demo:
#   LOOMA_PG_DSN LOOMA_PG_PORT LOOMA_PG_SOCKET_DIR LOOMA_PG_BIN
#   LOOMA_PROM_URL LOOMA_FLEETSIM_CONTROL_URL LOOMA_FLEETSIM_BASE_URL LOOMA_NODES LOOMA_INSTANCES
# Servers run as unprivileged users (postgres, prometheus) when started by root, as the caller otherwise.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/stack-lib.sh"

cmd=${1:-}
shift || true
dir="" build="" nodes=10000 instances=50000 scrape=2 only=""
while [ $# -gt 0 ]; do
    case "$1" in
        --dir) dir=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        --nodes) nodes=$2; shift 2 ;;
        --instances) instances=$2; shift 2 ;;
        --scrape-interval) scrape=$2; shift 2 ;;
        --only) only=$2; shift 2 ;;
        *) die "unknown option $1" ;;
    esac
done
[ -n "$dir" ] || die "--dir is required"

case "$cmd" in
    start)
        [ -n "$build" ] || die "--build is required for start"
        stack_start "$dir" "$build" "$nodes" "$instances" "$scrape" "$only"
        ;;
    stop)
        stack_stop "$dir"
        ;;
    *)
        die "usage: stack.sh start|stop --dir DIR [--build BUILD_DIR] [--nodes N] [--instances M]"
        ;;
esac
