#!/usr/bin/env bash
# Functions behind scripts/stack.sh; sourced, not run.

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

die() { echo "stack: $*" >&2; exit 1; }
log() { echo "stack: $*" >&2; }

# A TCP port on 127.0.0.1 that nothing listens on now.
free_port() {
    local p
    for _ in $(seq 1 200); do
        p=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return 0
        fi
    done
    die "no free port found"
}

# run_as USER CMD...: drop root for servers; run as the caller otherwise.
run_as() {
    local user=$1
    shift
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

own_dir() {
    local user=$1 d=$2
    if [ "$(id -u)" -eq 0 ]; then
        install -d -o "$user" -g "$user" -m 700 "$d"
    else
        install -d -m 700 "$d"
    fi
}

wait_for_url() {
    local url=$1 what=$2 seconds=${3:-30}
    for _ in $(seq 1 $((seconds * 10))); do
        curl -fsS -o /dev/null --max-time 1 "$url" 2>/dev/null && return 0
        sleep 0.1
    done
    die "$what did not answer at $url within ${seconds}s"
}

pg_start() {
    local dir=$1 port=$2
    own_dir postgres "$dir/pg"
    own_dir postgres "$dir/pg/data"
    run_as postgres "$PG_BIN/initdb" -D "$dir/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/pg-initdb.log" 2>&1 || { cat "$dir/pg-initdb.log" >&2; die "initdb failed"; }
    touch "$dir/pg.log"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir/pg.log"
    run_as postgres "$PG_BIN/pg_ctl" -D "$dir/pg/data" -w -t 30 -l "$dir/pg.log" \
        -o "-p $port -k $dir/pg -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { cat "$dir/pg.log" >&2; die "PostgreSQL did not start"; }
    echo "$port" >"$dir/pg.port"
    "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE looma LOGIN SUPERUSER" \
        -c "CREATE DATABASE looma OWNER looma" >/dev/null
}

pg_stop() {
    local dir=$1
    [ -d "$dir/pg/data" ] || return 0
    [ -f "$dir/pg/data/postmaster.pid" ] || return 0
    run_as postgres "$PG_BIN/pg_ctl" -D "$dir/pg/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
}

# kill_pidfile FILE: TERM, then KILL after 5 s.
kill_pidfile() {
    local f=$1 pid
    [ -f "$f" ] || return 0
    pid=$(cat "$f")
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$f"
}

fleetsim_start() {
    local dir=$1 build=$2 nodes=$3 instances=$4 control_port=$5 base_port=$6 dsn=$7
    local bin="$build/tests/fleetsim/looma-fleetsim"
    [ -x "$bin" ] || die "fleet simulator not built at $bin"
    "$bin" --nodes "$nodes" --instances "$instances" --listen 127.0.0.1 \
        --control-port "$control_port" --base-port "$base_port" \
        --write-sd "$dir/fleetsim-targets.json" --seed-registry "$dsn" \
        >"$dir/fleetsim.log" 2>&1 &
    echo $! >"$dir/fleetsim.pid"
    wait_for_url "http://127.0.0.1:$control_port/ready" "fleet simulator" 120
}

prometheus_start() {
    local dir=$1 port=$2 scrape=$3 rules_dir=$4
    own_dir prometheus "$dir/prom"
    own_dir prometheus "$dir/prom/data"
    local rule_files=""
    if [ -d "$rules_dir" ] && ls "$rules_dir"/*.yml >/dev/null 2>&1; then
        cp "$rules_dir"/*.yml "$dir/prom/"
        rule_files=$(cd "$dir/prom" && ls *.yml | grep -v '^prometheus.yml$' | sed 's/^/  - /')
    fi
    cp "$dir/fleetsim-targets.json" "$dir/prom/targets.json"
    cat >"$dir/prom/prometheus.yml" <<YML
global:
  scrape_interval: ${scrape}s
  scrape_timeout: $((scrape > 1 ? scrape - 1 : 1))s
  evaluation_interval: ${scrape}s
rule_files:
${rule_files:-  []}
scrape_configs:
  - job_name: fleetsim
    file_sd_configs:
      - files: ['$dir/prom/targets.json']
        refresh_interval: 5s
YML
    [ "$(id -u)" -eq 0 ] && chown -R prometheus:prometheus "$dir/prom"
    touch "$dir/prometheus.log"
    [ "$(id -u)" -eq 0 ] && chown prometheus "$dir/prometheus.log"
    # The pid file must name Prometheus itself: `run_as ... &` would record a subshell, and runuser
    # forks, so stop would TERM a wrapper and leave Prometheus running. setpriv execs in place.
    local as_user=()
    [ "$(id -u)" -eq 0 ] && as_user=(setpriv --reuid=prometheus --regid=prometheus --init-groups --)
    "${as_user[@]}" prometheus --config.file="$dir/prom/prometheus.yml" \
        --storage.tsdb.path="$dir/prom/data" --web.listen-address="127.0.0.1:$port" \
        --storage.tsdb.retention.time=2d --web.enable-lifecycle \
        >>"$dir/prometheus.log" 2>&1 &
    echo $! >"$dir/prometheus.pid"
    wait_for_url "http://127.0.0.1:$port/-/ready" "Prometheus" 30
}

stack_start() {
    local dir=$1 build=$2 nodes=$3 instances=$4 scrape=$5 only=${6:-}
    [ -e "$dir/stack.env" ] && stack_stop "$dir"
    mkdir -p "$dir"
    chmod 755 "$dir"
    dir=$(cd "$dir" && pwd)
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    # Whatever happens from here, a failed start leaves nothing running.
    trap 'stack_stop "'"$dir"'"; trap - ERR; exit 1' ERR

    local pg_port prom_port control_port base_port
    pg_port=$(free_port)
    pg_start "$dir" "$pg_port"
    local dsn="postgresql://looma@127.0.0.1:$pg_port/looma"
    log "PostgreSQL on 127.0.0.1:$pg_port"

    "$build/app/looma-ops" migrate --dsn "$dsn" >"$dir/migrate.log" 2>&1 \
        || { cat "$dir/migrate.log" >&2; false; }

    if [ "$only" = postgres ]; then
        printf 'LOOMA_PG_DSN=%s\nLOOMA_PG_PORT=%s\nLOOMA_PG_SOCKET_DIR=%s\nLOOMA_PG_BIN=%s\nLOOMA_PG_DATA=%s\n' \
            "$dsn" "$pg_port" "$dir/pg" "$PG_BIN" "$dir/pg/data" >"$dir/stack.env"
        trap - ERR
        log "ready (PostgreSQL only): $dir/stack.env"
        return 0
    fi

    control_port=$(free_port)
    base_port=$(free_port)
    fleetsim_start "$dir" "$build" "$nodes" "$instances" "$control_port" "$base_port" "$dsn"
    log "fleet simulator: control on 127.0.0.1:$control_port, $nodes nodes, $instances instances"

    prom_port=$(free_port)
    prometheus_start "$dir" "$prom_port" "$scrape" "$root/resources/prometheus"
    log "Prometheus on 127.0.0.1:$prom_port"

    cat >"$dir/stack.env" <<ENV
LOOMA_PG_DSN=$dsn
LOOMA_PG_PORT=$pg_port
LOOMA_PG_SOCKET_DIR=$dir/pg
LOOMA_PG_BIN=$PG_BIN
LOOMA_PG_DATA=$dir/pg/data
LOOMA_PROM_URL=http://127.0.0.1:$prom_port
LOOMA_FLEETSIM_CONTROL_URL=http://127.0.0.1:$control_port
LOOMA_FLEETSIM_BASE_PORT=$base_port
LOOMA_NODES=$nodes
LOOMA_INSTANCES=$instances
LOOMA_SCRAPE_INTERVAL=$scrape
ENV
    trap - ERR
    log "ready: $dir/stack.env"
}

stack_stop() {
    local dir=$1
    [ -d "$dir" ] || return 0
    kill_pidfile "$dir/prometheus.pid"
    kill_pidfile "$dir/fleetsim.pid"
    pg_stop "$dir"
    rm -f "$dir/stack.env"
    rm -rf "$dir/pg" "$dir/prom"
    log "stopped ($dir)"
}
