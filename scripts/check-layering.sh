#!/usr/bin/env bash
# The layering rules of ARCHITECTURE.md, checked (CTest runs this as the
# check_layering test; CI runs it too):
# - core/ and cli/ never use QtGui, QtWidgets or QtCharts;
# - core/ runs one way: domain <- db <- store <- {capture, planning,
#   outreach, insights, io, settings} <- demo; a folder includes only its own
#   layer or those below, core/ never includes ui/ or cli/, and no folders
#   include each other in a circle;
# - SQL (QtSql's classes, SQL statements) only in core/db and core/store;
# - the demo library (core/demo, store/DemoRows) only in the CLI and tests;
# - ui/ holds feature folders only: no file at its top level but CMakeLists.txt.
# Run from anywhere; prints each offending line and exits 1 when one is found.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
status=0
fail()
{
    echo "layering: $*" >&2
    status=1
}

# Sources of a tree, without build output.
sources()
{
    find "$@" -type f \( -name '*.h' -o -name '*.cpp' \) -not -path '*/build/*' | sort
}

if grep -rnE '#include\s*<(QtGui|QtWidgets|QtCharts)|#include\s*<Q(Widget|Application|Color|Icon|Pixmap|Painter|Font|Palette|GuiApplication)\b' core cli; then
    fail "core/ and cli/ must not include QtGui, QtWidgets or QtCharts"
fi
if grep -rnE 'Qt6::(Gui|Widgets|Charts)' core/CMakeLists.txt cli/CMakeLists.txt; then
    fail "core and cli targets must not link QtGui/QtWidgets/QtCharts"
fi

# --- core/ in one direction -------------------------------------------------
rank()
{
    case "$1" in
    domain) echo 0 ;;
    db) echo 1 ;;
    store) echo 2 ;;
    capture | planning | outreach | insights | io | settings) echo 3 ;;
    demo) echo 4 ;;
    *) echo -1 ;;
    esac
}
edges=$(mktemp)
trap 'rm -f "$edges"' EXIT
while IFS= read -r file; do
    from=$(echo "$file" | cut -d/ -f2)
    from_rank=$(rank "$from")
    if [ "$from_rank" -lt 0 ]; then
        fail "$file: core/$from/ is not a known layer; add it to scripts/check-layering.sh"
        continue
    fi
    while IFS=: read -r line include; do
        to=${include%%/*}
        if [ ! -e "core/$include" ]; then
            # Not a core header: a ui/ or cli/ one (or a typo the build finds).
            if [ -e "ui/$include" ] || [ -e "cli/$include" ]; then
                echo "$file:$line: #include \"$include\"" >&2
                fail "core/ must not include ui/ or cli/"
            fi
            continue
        fi
        [ "$to" = "$from" ] && continue
        echo "$to $from" >>"$edges"
        to_rank=$(rank "$to")
        if [ "$to_rank" -gt "$from_rank" ]; then
            echo "$file:$line: #include \"$include\"" >&2
            fail "core/$from/ must not include core/$to/ (domain <- db <- store <- features <- demo); move the type down or the logic up"
        fi
    done < <(grep -noE '^\s*#\s*include\s*"[A-Za-z]+/[^"]+"' "$file" | sed -E 's/^([0-9]+):.*"([^"]+)"/\1:\2/')
done < <(sources core)
if ! sort -u "$edges" | tsort >/dev/null 2>&1; then
    sort -u "$edges" | tsort 2>&1 >/dev/null | grep -v '^tsort: -: input contains a loop:' >&2 || true
    fail "core/ folders include each other in a circle (listed above)"
fi

# --- SQL only in core/db and core/store ------------------------------------
sql_files=$(sources core cli app ui | grep -vE '^core/(db|store)/' || true)
if [ -n "$sql_files" ]; then
    # shellcheck disable=SC2086
    if grep -nE '#include\s*<QSql(Query|Database|Error|Record|Driver|Field|Index|Result)>' $sql_files; then
        fail "only core/db and core/store use QtSql's classes; read and write through a store"
    fi
    # shellcheck disable=SC2086
    if grep -nE '\b(SELECT\s.*\bFROM|INSERT\s+(OR\s+[A-Z]+\s+)?INTO|UPDATE\s+[a-z_]+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)|PRAGMA\s+[a-z_]+)\b' $sql_files; then
        fail "SQL belongs in core/db or core/store; give the store a method"
    fi
fi

# --- the demo library stays with the CLI and the tests ---------------------
demo_users=$(sources core app ui | grep -vE '^core/demo/|^core/store/DemoRows\.' || true)
# shellcheck disable=SC2086
if [ -n "$demo_users" ] && grep -nE '#include\s*"(demo/|store/DemoRows\.h)' $demo_users; then
    fail "only rapport-cli and the tests use the demo code (rapport_demo)"
fi
if grep -rnE '\brapport_demo\b' --include=CMakeLists.txt app ui; then
    fail "only rapport-cli and the tests link rapport_demo"
fi

# --- ui/ by feature -----------------------------------------------------------
top=$(find ui -maxdepth 1 -type f ! -name CMakeLists.txt | sort)
if [ -n "$top" ]; then
    echo "$top" >&2
    fail "ui/ holds feature folders only (shell/, contacts/, today/, ...); move the file into one"
fi

[ "$status" -eq 0 ] && echo "layering: ok"
exit "$status"
