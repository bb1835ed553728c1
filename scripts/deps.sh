#!/usr/bin/env bash
# Installs the Debian 12 packages the console, its tests and its local stack need.
# As root it runs apt-get; otherwise it prints the sudo line and fails, so nothing half-works.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-httpserver-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libpqxx-dev libpq-dev postgresql postgresql-client
    prometheus prometheus-blackbox-exporter
    xvfb xauth libgl1-mesa-dev fonts-noto-cjk
    curl procps iproute2 poppler-utils wrk
    appstream desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    echo "deps: not root; run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The packages' maintainer scripts may try to start services; there is no init system to do it, and
# the local stack starts its own throwaway servers anyway.
apt-get install -y -qq --no-install-recommends "${missing[@]}"
