#!/usr/bin/env bash
# Rapport's two commands for a fresh machine.
#
#   scripts/dev.sh run    install what is missing, build the app and the CLI
#                         (no tests: preset "run", build/run), open Rapport
#   scripts/dev.sh test   install what is missing, build everything (preset
#                         "release", or "ci" under CI), run every test
#
# Extra arguments after "run" go to the rapport executable (e.g. --db FILE).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-}"
shift || true

# Debian 12 / Ubuntu 24.04+ package names.
apt_packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libgl-dev sqlite3 libquazip1-qt6-dev
    python3
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# CI also fuzzes, and builds, checks and installs the .deb (Debian 12 names;
# CPack needs `file` and dpkg-shlibdeps for the dependencies; lintian checks
# the package; zsh and fish let the cli_docs test parse their completions).
ci_apt_packages=(clang libclang-rt-14-dev dpkg-dev file desktop-file-utils appstream lintian zsh fish)

install_missing() {
    case "$(uname -s)" in
    Linux)
        if ! command -v apt-get >/dev/null 2>&1; then
            echo "This script installs dependencies with apt (Debian/Ubuntu)." >&2
            echo "Elsewhere install Qt 6.4+ (Base, Sql with SQLite, Charts, Svg, Test," >&2
            echo "LinguistTools), CMake 3.21+, Ninja and a C++17 compiler, then rerun." >&2
            return 0
        fi
        local missing=()
        local wanted=("${apt_packages[@]}")
        [ -n "${CI:-}" ] && wanted+=("${ci_apt_packages[@]}")
        for p in "${wanted[@]}"; do
            dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
                || missing+=("$p")
        done
        if [ "${#missing[@]}" -gt 0 ]; then
            echo "Installing: ${missing[*]}"
            as_root apt-get update
            as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
        fi
        ;;
    Darwin)
        if ! command -v brew >/dev/null 2>&1; then
            echo "Install Homebrew first (https://brew.sh), then rerun." >&2
            exit 1
        fi
        # Homebrew ships Qt as one formula per module (the `qt` formula now
        # pulls in all of them); QuaZip needs Qt 5 Compatibility.
        for p in qtbase qtcharts qtsvg qttools qt5compat quazip cmake ninja; do
            brew list "$p" >/dev/null 2>&1 || brew install "$p"
        done
        export CMAKE_PREFIX_PATH="$(brew --prefix)${CMAKE_PREFIX_PATH:+:$CMAKE_PREFIX_PATH}"
        ;;
    *)
        echo "On Windows, follow README.md > Building on Windows." >&2
        ;;
    esac
}

# Linux CI: pack the .deb, install it as a user would (apt resolves its
# dependencies) and run both programs from the installed files.
package_and_install() {
    local dir="$here/build/$1"
    rm -f "$dir"/packages/rapport_*.deb
    (cd "$dir" && cpack -G DEB)
    local deb
    deb="$(ls "$dir"/packages/rapport_*.deb)"
    # No lintian errors or warnings (info tags are printed too).
    lintian --info --display-info --fail-on error,warning "$deb"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb"
    /usr/bin/rapport-cli --version
    zgrep -q '^\.TH RAPPORT\\-CLI 1' /usr/share/man/man1/rapport-cli.1.gz
    bash -c 'source /usr/share/bash-completion/completions/rapport-cli && complete -p rapport-cli'
    local tmp status=0
    tmp="$(mktemp -d)"
    QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/rapport --db "$tmp/installed.sqlite" || status=$?
    rm -rf "$tmp"
    if [ "$status" -ne 124 ]; then
        echo "package: the installed rapport exited with $status instead of running" >&2
        exit 1
    fi
    echo "package: $deb installs and runs"
}

jobs() {
    if command -v nproc >/dev/null 2>&1; then nproc; else sysctl -n hw.ncpu; fi
}

build() {
    local preset="$1"
    (cd "$here" && cmake --preset "$preset")
    (cd "$here" && cmake --build --preset "$preset" -j "$(jobs)")
}

case "$mode" in
run)
    install_missing
    build run
    exe="$here/build/run/app/rapport"
    [ -x "$exe" ] || exe="$here/build/run/app/Rapport.app/Contents/MacOS/Rapport"
    exec "$exe" "$@"
    ;;
test)
    install_missing
    preset=release
    [ -n "${CI:-}" ] && preset=ci
    build "$preset"
    "$here/scripts/check-layering.sh"
    if command -v clang-format >/dev/null 2>&1; then
        (cd "$here" && cmake --build --preset "$preset" --target check-format)
    fi
    if [ -n "${CI:-}" ]; then
        "$here/scripts/fuzz.sh" 45
        if [ "$(uname -s)" = Linux ]; then
            package_and_install "$preset"
        fi
    fi
    # Last, so CTest's summary closes the output.
    (cd "$here" && ctest --preset "$preset" -j "$(jobs)")
    ;;
*)
    echo "usage: $0 run [rapport arguments] | test" >&2
    exit 2
    ;;
esac
