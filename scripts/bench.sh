#!/usr/bin/env bash
# Runs every benchmark under tests/bench against one generated dataset and
# prints one table: measure, median, p99, the baseline measured in the same
# run, their ratio, the target and whether it was met.
#
#   scripts/bench.sh [--quick] [--only NAME]... [--out FILE]
#
#   (default)  1,000,000 contacts / 10,000,000 engagement events
#   --quick    100,000 contacts / 1,000,000 events
#   --only     run only this benchmark (bench_contacts, ...); repeatable
#   BENCH_TIMEOUT=S (environment): stop a benchmark after S seconds
#              (900; 360 with --quick)
#   --out      where the Markdown table goes (default build/bench-results.md),
#              with the machine it was measured on
#   --readme   also put that table into README.md's Performance section
#              (between its bench-table markers)
#
# Builds the release preset's benchmark targets only. The dataset is
# generated once per size and generator version under
# ~/.cache/rapport/bench-data/ (or $RAPPORT_BENCH_DATA) and reused by later
# runs from any checkout (delete the folder to start over; `--only none`
# only builds and generates). Benchmarks run one
# at a time, under `flock /tmp/bench.lock`, so they never overlap another
# big run on this machine. Each benchmark's full output is kept in
# build/bench-logs/.
#
# Protocol: every benchmark prints lines
#   BENCH|measure|median_ms|p99_ms|baseline_ms|target|pass|FAIL
# (see tests/bench/BenchUtil.h); this script collects them. A benchmark that
# exits with an error shows as one FAIL row.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD="$ROOT/build/release"
# Seconds one benchmark may take before it is stopped (a FAIL row).
BENCH_TIMEOUT=${BENCH_TIMEOUT:-}
# Bump when what the generators write changes: the cached dataset is then
# generated again.
GENERATOR_VERSION=2

CONTACTS=1000000
EVENTS=10000000
QUICK=0
OUT="$ROOT/build/bench-results.md"
README=0
ONLY=()
while [ $# -gt 0 ]; do
    case "$1" in
    --quick) QUICK=1; CONTACTS=100000; EVENTS=1000000 ;;
    --only) ONLY+=("$2"); shift ;;
    --out) OUT="$2"; shift ;;
    --readme) README=1 ;;
    -h | --help) sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
if [ -z "$BENCH_TIMEOUT" ]; then
    BENCH_TIMEOUT=$([ $QUICK = 1 ] && echo 360 || echo 900)
fi

START=$(date +%s)
log() { printf '[bench %4ds] %s\n' $(($(date +%s) - START)) "$*" >&2; }
fail() {
    echo "bench.sh: $*" >&2
    exit 1
}

# 1. Build the benchmarks (and only them) in the release preset.
TARGETS=$(sed -n 's/^qt_add_executable(\(bench_[a-z_0-9]*\).*/\1/p' "$ROOT/tests/bench/CMakeLists.txt")
if [ ! -f "$BUILD/build.ninja" ]; then
    log "configuring the release preset"
    LAUNCHER=()
    if command -v ccache >/dev/null; then
        LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    (cd "$ROOT" && cmake --preset release "${LAUNCHER[@]}" >/dev/null)
fi
log "building: $(echo $TARGETS)"
cmake --build "$BUILD" -j2 --target $TARGETS >"$ROOT/build/bench-build.log" 2>&1 || {
    tail -30 "$ROOT/build/bench-build.log" >&2
    echo "bench.sh: the benchmarks did not build (build/bench-build.log)" >&2
    exit 1
}
BIN="$BUILD/tests/bench"

# From here on the machine's big-benchmark lock is held.
exec 9>/tmp/bench.lock
log "waiting for /tmp/bench.lock"
flock 9
log "lock held"

# 2. The dataset: contacts, engagement events (bench_engagement's
# generator), a year of outreach (bench_queue's) and two years of weekly
# numbers (bench_insights'), built in that order once, then reused.
DATA_ROOT=${RAPPORT_BENCH_DATA:-${XDG_CACHE_HOME:-$HOME/.cache}/rapport/bench-data}
DATA_DIR="$DATA_ROOT/c${CONTACTS}-e${EVENTS}-v${GENERATOR_VERSION}"
DATA="$DATA_DIR/data.sqlite"
WORK="$DATA_DIR/work"
LOGS="$ROOT/build/bench-logs"
mkdir -p "$DATA_DIR" "$WORK" "$LOGS"
# Each stage is kept when done, so an interrupted generation resumes.
if [ ! -f "$DATA_DIR/complete" ]; then
    log "generating the dataset in $DATA_DIR (once; reused by later runs)"
    if [ ! -f "$DATA_DIR/stage-1.done" ]; then
        rm -f "$DATA_DIR"/stage-1.sqlite*
        "$BIN/bench_engagement" --generate-only --contacts "$CONTACTS" --events "$EVENTS" \
            --db "$DATA_DIR/stage-1.sqlite" >"$LOGS/generate-1.log" 2>&1 ||
            fail "generating contacts and events failed (build/bench-logs/generate-1.log)"
        touch "$DATA_DIR/stage-1.done"
    fi
    log "dataset: contacts and events done; adding outreach"
    if [ ! -f "$DATA_DIR/stage-2.done" ]; then
        rm -f "$DATA_DIR"/stage-2.sqlite*
        # It measures too, and exits with an error when a target is
        # missed: what counts here is that it left its database.
        "$BIN/bench_queue" --db "$DATA_DIR/stage-2.sqlite" --from "$DATA_DIR/stage-1.sqlite" \
            --runs 1 >"$LOGS/generate-2.log" 2>&1 || true
        grep -q '^database' "$LOGS/generate-2.log" && [ -f "$DATA_DIR/stage-2.sqlite" ] ||
            fail "adding outreach failed (build/bench-logs/generate-2.log)"
        touch "$DATA_DIR/stage-2.done"
        rm -f "$DATA_DIR"/stage-1.sqlite*
    fi
    log "dataset: outreach done; adding weekly numbers"
    rm -f "$DATA"*
    "$BIN/bench_insights" --db "$DATA" --from "$DATA_DIR/stage-2.sqlite" --runs 1 \
        >"$LOGS/generate-3.log" 2>&1 || true
    grep -q '^database' "$LOGS/generate-3.log" && [ -f "$DATA" ] ||
        fail "adding weekly numbers failed (build/bench-logs/generate-3.log)"
    rm -f "$DATA_DIR"/stage-2.sqlite*
    date -u +%FT%TZ >"$DATA_DIR/complete"
fi
# The backup benchmark makes 13 backups per figure: it runs on a cached
# 100,000-contact database of its own (at 1M that alone would take the
# whole time budget).
BACKUP_CONTACTS=100000

# 3. Each benchmark's command line. A benchmark not named here (added
# later) is run with --db DATA when its --help offers --db, else bare.
args_for() {
    case "$1" in
    bench_contacts) echo --db "$DATA" --contacts "$CONTACTS" --keystrokes 600 --sorted-keystrokes 30 ;;
    bench_engagement) echo --db "$DATA" --contacts "$CONTACTS" --events "$EVENTS" --runs 11 --logs 1000 ;;
    bench_capture) echo --db "$DATA" --contacts "$CONTACTS" --runs 7 ;;
    bench_queue) echo --db "$DATA" --runs 11 ;;
    bench_insights) echo --db "$DATA" --runs 5 ;;
    bench_score) echo --from "$DATA" --db "$WORK/score.sqlite" --runs 11 ;;
    bench_backup) echo --db "$DATA_DIR/backup-${BACKUP_CONTACTS}.sqlite" --contacts "$BACKUP_CONTACTS" --runs 2 ;;
    bench_export) echo --db "$DATA" --contacts "$CONTACTS" --runs 3 ;;
    bench_import)
        echo --rows 30000 --rows "$CONTACTS" --runs 3 --data "$DATA_DIR/import"
        ;;
    bench_startup) echo --db "$DATA" --runs 7 ;;
    # These two make their own small input (a workbook fixture; two
    # 30,000-connection exports, LinkedIn's cap): the dataset's size does
    # not change them.
    bench_analytics) echo --runs 21 ;;
    bench_changes) echo --rows 30000 --runs 5 ;;
    *)
        if "$BIN/$1" --help 2>/dev/null | grep -q -- '--db'; then echo --db "$DATA"; fi
        ;;
    esac
}

RESULTS="$WORK/results.txt"
: >"$RESULTS"
TIMES=()
for target in $TARGETS; do
    if [ ${#ONLY[@]} -gt 0 ] && [[ ! " ${ONLY[*]} " =~ " $target " ]]; then
        continue
    fi
    [ -x "$BIN/$target" ] || continue
    read -r -a ARGS <<<"$(args_for "$target")"
    log "running $target ${ARGS[*]}"
    t0=$(date +%s)
    set +e
    # A benchmark gone slow must not take the whole run with it.
    QT_QPA_PLATFORM=offscreen timeout "$BENCH_TIMEOUT" "$BIN/$target" "${ARGS[@]}" \
        >"$LOGS/$target.log" 2>&1
    rc=$?
    set -e
    t1=$(date +%s)
    TIMES+=("$target $((t1 - t0))s")
    if [ $rc -eq 124 ]; then
        echo "BENCH|$target stopped after ${BENCH_TIMEOUT}s (build/bench-logs/$target.log)|-|-|-|time|FAIL" >>"$RESULTS"
    elif [ $rc -ne 0 ] && ! { [ $rc -le 2 ] && grep -q '^BENCH|.*|FAIL$' "$LOGS/$target.log"; }; then
        # Exit status 1 or 2 with a FAIL line is a benchmark saying that a
        # target was missed: that row already shows it. Anything else (a
        # crash, an error before measuring) is a row of its own.
        echo "BENCH|$target exited with $rc (build/bench-logs/$target.log)|-|-|-|runs|FAIL" >>"$RESULTS"
    fi
    grep '^BENCH|' "$LOGS/$target.log" >>"$RESULTS" || {
        [ $rc -ne 0 ] || echo "BENCH|$target printed no BENCH lines|-|-|-|protocol|FAIL" >>"$RESULTS"
    }
done
rm -f "$WORK"/score.sqlite*

# 4. The table, on the terminal and as Markdown with the machine.
TOTAL=$(($(date +%s) - START))
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
MEM=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
OS=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")
SQLITE=$(command -v sqlite3 >/dev/null && sqlite3 --version | cut -d' ' -f1)
MODE=$([ $QUICK = 1 ] && echo "--quick" || echo "default")
table() {
    awk -F'|' -v md="$1" '
    function ratio(m, b) { return (m ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) ? sprintf("%.2fx", m / b) : "-" }
    BEGIN {
        if (md) { print "| Measure | Median ms | p99 ms | Baseline ms | Ratio | Target | Result |";
                  print "|---|---:|---:|---:|---:|---|---|" }
        else printf "%-58s %10s %10s %10s %8s  %-24s %s\n", "measure", "median", "p99", "baseline", "ratio", "target", "result"
    }
    {
        r = ratio($3, $5)
        if (md) printf "| %s | %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, r, $6, $7
        else printf "%-58s %10s %10s %10s %8s  %-24s %s\n", substr($2, 1, 58), $3, $4, $5, r, $6, $7
    }' "$RESULTS"
}
echo
table 0
FAILS=$(grep -c '|FAIL$' "$RESULTS" || true)
echo
echo "$(grep -c . "$RESULTS") measures, $FAILS not met; $MODE run, $CONTACTS contacts / $EVENTS events; $TOTAL s in all"
echo "per benchmark: ${TIMES[*]}"
{
    echo "Measured with \`scripts/bench.sh$([ $QUICK = 1 ] && echo " --quick")\` ($MODE: $CONTACTS contacts," \
        "$EVENTS engagement events) on $(date -u +%F): $CPU, $(nproc) cores, $MEM RAM, $OS," \
        "SQLite $SQLITE; the whole run took $((TOTAL / 60)) min $((TOTAL % 60)) s."
    echo
    table 1
} >"$OUT"
echo "Markdown table: $OUT"
if [ $README = 1 ]; then
    python3 - "$ROOT/README.md" "$OUT" <<'PY'
import sys
readme, table = sys.argv[1], open(sys.argv[2], encoding="utf-8").read().strip()
text = open(readme, encoding="utf-8").read()
start, end = "<!-- bench-table-start -->", "<!-- bench-table-end -->"
if start not in text or end not in text:
    sys.exit("bench.sh: README.md has no bench-table markers")
head, rest = text.split(start, 1)
tail = rest.split(end, 1)[1]
open(readme, "w", encoding="utf-8").write(head + start + "\n" + table + "\n" + end + tail)
PY
    echo "README.md: Performance table replaced"
fi
[ "$FAILS" = 0 ]
