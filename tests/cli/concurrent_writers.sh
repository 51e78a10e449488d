#!/usr/bin/env bash
# Several rapport-cli processes writing one database at once leave it intact:
# SQLite serialises them, and Rapport never opens the file itself while its
# own connection holds SQLite's locks (closing such a descriptor would drop
# them, and another process could checkpoint the log under it).
set -euo pipefail
cli="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/x.sqlite"
"$cli" --db "$db" demo --contacts 300 >/dev/null 2>&1
for i in $(seq 24); do "$cli" --db "$db" contacts add --first "P$i" >/dev/null; done
for round in 1 2 3; do
    for i in $(seq 24); do
        "$cli" --db "$db" engage like "P$i" >/dev/null 2>&1 &
        if (( i % 6 == 0 )); then wait; fi
    done
    wait
    result="$(sqlite3 "$db" 'PRAGMA integrity_check' | head -3)"
    if [ "$result" != ok ]; then
        echo "FAIL: round $round left the database damaged: $result" >&2
        exit 1
    fi
done
out="$("$cli" --db "$db" check 2>&1)" || { echo "FAIL: check: $out" >&2; exit 1; }
echo "concurrent writers: intact after 3 rounds of 24"
