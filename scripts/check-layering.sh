#!/usr/bin/env bash
# The layering rule of ARCHITECTURE.md, checked: core/ and cli/ never use
# QtGui or QtWidgets; ui/ never writes SQL.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
status=0
if grep -rnE '#include\s*<(QtGui|QtWidgets|QtCharts)|#include\s*<Q(Widget|Application|Color|Icon|Pixmap|Painter|Font|Palette|GuiApplication)\b' core cli; then
    echo "layering: core/ and cli/ must not include QtGui, QtWidgets or QtCharts" >&2
    status=1
fi
if grep -rnE '#include\s*<QSql(Query|Database|Error|Record)>|\b(SELECT|INSERT|UPDATE|DELETE)\s+.*\b(FROM|INTO|SET)\b' ui; then
    echo "layering: ui/ must not write SQL; go through a core store" >&2
    status=1
fi
if grep -rnE 'Qt6::(Gui|Widgets|Charts)' core/CMakeLists.txt cli/CMakeLists.txt; then
    echo "layering: core and cli targets must not link QtGui/QtWidgets/QtCharts" >&2
    status=1
fi
[ "$status" -eq 0 ] && echo "layering: ok"
exit "$status"
