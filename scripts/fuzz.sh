#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for
# a short while: scripts/fuzz.sh [SECONDS]  (default 60). fuzz_linkedinarchive
# reads whole ZIPs; its seeds are damaged exports made by make_zip_seeds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ is not installed; install clang and libclang-rt-dev to fuzz." >&2
    exit 1
fi
build="$here/build/fuzz"
CXX=clang++ CC=clang cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DRAPPORT_FUZZ=ON -DRAPPORT_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fsanitize=fuzzer-no-link"
cmake --build "$build" --target fuzz_csvreader fuzz_linkedinfiles fuzz_linkedinarchive make_zip_seeds
for target in fuzz_csvreader fuzz_linkedinfiles fuzz_linkedinarchive; do
    corpus="$build/corpus-$target"
    mkdir -p "$corpus"
    if [ "$target" = fuzz_csvreader ]; then
        cp "$here"/tests/fuzz/corpus/csv/* "$corpus"/
    elif [ "$target" = fuzz_linkedinarchive ]; then
        # Whole exports zipped from the fixtures, then damaged on purpose.
        "$build/tests/fuzz/make_zip_seeds" "$corpus" "$here/tests/fixtures"
    else
        # The first byte picks the parser: 0 Connections, 1 Invitations, 2 messages.
        n=0
        for f in "$here"/tests/fixtures/linkedin/*/*.csv; do
            case "$(basename "$f")" in
            Connections.csv) byte='\000' ;;
            Invitations.csv) byte='\001' ;;
            *) byte='\002' ;;
            esac
            { printf "$byte"; cat "$f"; } > "$corpus/seed-$n"
            n=$((n + 1))
        done
    fi
    echo "fuzz: running $target for $seconds s"
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 "$corpus" 2>&1 | tail -n 40
done
