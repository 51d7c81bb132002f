#!/usr/bin/env bash
# Starts the built product on an empty data folder for the e2e run.
# Usage: start-fresh-server.sh DATA_DIR (from the repository root; PORT etc. from the environment)
set -euo pipefail
data_dir="$1"
# A server left running by a run that was killed outright: stop it before its files go.
pid_file="$data_dir/postgres/postmaster.pid"
if [ -f "$pid_file" ]; then
  pid=$(head -n 1 "$pid_file")
  if kill -INT "$pid" 2>/dev/null; then
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
fi
rm -rf "$data_dir"
exec "${NODE:-node}" dist/api/main.js
