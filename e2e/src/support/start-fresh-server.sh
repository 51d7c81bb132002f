#!/usr/bin/env bash
# Starts the built product on an empty data folder for the e2e run, and removes the folder after.
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

# E2E_DIST_DIR: a copy of dist/ to test, so that a build in progress elsewhere does not get in the way.
"${NODE:-node}" "${E2E_DIST_DIR:-dist}/api/main.js" &
server=$!
# Playwright signals the whole process group, so the server has its SIGTERM already: wait until
# it has stopped its database, then remove the data.
trap 'true' TERM INT
while kill -0 "$server" 2>/dev/null; do wait "$server" || true; done
wait "$server" && status=0 || status=$?
rm -rf "$data_dir"
exit "$status"
