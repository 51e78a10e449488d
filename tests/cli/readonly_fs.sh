#!/usr/bin/env bash
# A database on a read-only disk opens read-only: reading works, a write is
# refused with a message that says so (never "damaged"), and the files are
# left exactly as they were -- also after a crash left changes in the -wal.
# As root the folder is bind-mounted read-only in a private mount namespace;
# otherwise its permissions are taken away, which SQLite sees the same way.
set -euo pipefail
cli="$1"
work="$(mktemp -d)"
trap 'chmod -R u+w "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir "$work/clean" "$work/crashed"
"$cli" --db "$work/clean/people.sqlite" contacts add --first Ada --last Lovelace >/dev/null
# A crash: changes only in the write-ahead log, copied while a writer holds them.
"$cli" --db "$work/crashed/src.sqlite" contacts add --first Grace --last Hopper >/dev/null
d="$work/crashed"
sqlite3 "$d/src.sqlite" <<SQL
PRAGMA wal_autocheckpoint = 0;
INSERT INTO contact (first_name, last_name, created_at, updated_at)
    VALUES ('Alan', 'Turing', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
.shell cp "$d/src.sqlite" "$d/people.sqlite"; cp "$d/src.sqlite-wal" "$d/people.sqlite-wal"; cp "$d/src.sqlite-shm" "$d/people.sqlite-shm"
SQL
rm -f "$work/crashed/src.sqlite"*
[ -s "$work/crashed/people.sqlite-wal" ] || fail "the crashed copy has no write-ahead log"

checks=$(cat <<'SH'
set -u
cli="$1"; work="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }
touch "$work/clean/probe" 2>/dev/null && fail "the folder is still writable"
for case in clean crashed; do
    db="$work/$case/people.sqlite"
    before="$(cat "$db"* | sha256sum)"
    out="$("$cli" --db "$db" contacts list 2>&1)" || fail "$case: list failed: $out"
    echo "$out" | grep -q Lovelace\\\|Hopper || fail "$case: list misses the contact: $out"
    if [ "$case" = crashed ]; then
        echo "$out" | grep -q Turing || fail "crashed: the change in the log is missing: $out"
    fi
    if out="$("$cli" --db "$db" contacts add --first New 2>&1)"; then
        fail "$case: a write to a read-only database succeeded"
    fi
    echo "$out" | grep -q "read-only" || fail "$case: the refusal does not say read-only: $out"
    echo "$out" | grep -qi "damaged" && fail "$case: a healthy database called damaged: $out"
    [ "$(cat "$db"* | sha256sum)" = "$before" ] || fail "$case: the files changed"
done
echo "read-only disk: reads work, writes refused, files untouched"
SH
)

if [ "$(id -u)" -eq 0 ]; then
    # Only where this machine lets root make a private read-only mount (a
    # container without the capability does not): skipped, saying why.
    if ! unshare -m sh -c "mount --bind '$work' '$work' && mount -o remount,bind,ro '$work'" \
        2>/dev/null; then
        echo "SKIP: root cannot make a private read-only mount here" >&2
        exit 77
    fi
    unshare -m bash -c "mount --bind '$work' '$work' && mount -o remount,bind,ro '$work' \
        && bash -c \"\$0\" _ '$cli' '$work'" "$checks"
else
    chmod a-w "$work/clean" "$work/crashed" "$work"/*/people.sqlite*
    bash -c "$checks" _ "$cli" "$work"
fi
