#!/usr/bin/env bash
# Regenerates the README's screenshots, docs/screenshots/PAGE-PALETTE.png:
# Today, Contacts, Outreach and Insights, light and dark, at 1280x720, taken
# from a fresh demo database (a fixed seed, plus twelve weeks of weekly
# numbers so Insights has a chart to show).
#
#   scripts/screenshots.sh [BUILD_DIR]      # default: build/dev
#
# Needs an existing build with rapport-cli and rapport-screenshot:
#   cmake --build build/dev --target rapport-cli rapport-screenshot
# Runs without a display (Qt's offscreen platform, Fusion style). Shrinks the
# PNGs with pngquant and optipng when they are installed (apt install pngquant
# optipng); without them the pictures are just larger.
set -euo pipefail

cd "$(dirname "$0")/.."
build=${1:-build/dev}
cli=$build/app/rapport-cli
shot=$build/tools/screenshot/rapport-screenshot
out=docs/screenshots
for tool in "$cli" "$shot"; do
    if [[ ! -x $tool ]]; then
        echo "screenshots.sh: $tool is missing; build it first:" >&2
        echo "  cmake --build $build --target rapport-cli rapport-screenshot" >&2
        exit 1
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/demo.sqlite
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC
export XDG_RUNTIME_DIR=$work

# The day N days ago, with GNU date or BSD (macOS) date.
days_ago() {
    date -u -d "-$1 days" +%F 2>/dev/null || date -u -v-"$1"d +%F
}

"$cli" --db "$db" demo --contacts 400 --seed 7 >/dev/null 2>&1
# Twelve weeks of numbers as LinkedIn shows them, growing steadily.
for week in $(seq 11 -1 0); do
    n=$((11 - week))
    connections=$((480 + n * 8))
    followers=$((connections + 22 + n * 4))
    "$cli" --db "$db" snapshot add --date "$(days_ago $((week * 7)))" \
        --followers "$followers" --connections "$connections" \
        --profile-views $((40 + (n * 7) % 30 + n * 2)) \
        --search-appearances $((60 + (n * 11) % 40 + n * 3)) >/dev/null
done

mkdir -p "$out"
for page in today contacts outreach insights; do
    for palette in light dark; do
        file=$out/$page-$palette.png
        "$shot" --db "$db" --page "$page" --size 1280x720 --palette "$palette" \
            --out "$file" 2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR >&2)
        if command -v pngquant >/dev/null; then
            pngquant --force --skip-if-larger --quality 80-95 --output "$file" "$file" || true
        fi
        if command -v optipng >/dev/null; then
            optipng -quiet -o2 "$file"
        fi
        echo "$file"
    done
done
