#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (-fsanitize=fuzzer,address,undefined) in their own
# build folder and runs each for SECONDS seconds (default 20) on its seed corpus, one after the
# other. New inputs go to a scratch copy, never into the repository. Prints one line per target,
# "fuzz: TARGET runs=N seconds=S", and exits non-zero on any crash, leak or sanitizer report
# (libFuzzer keeps the input as crash-*/leak-* in the scratch folder and names it).
# Needs clang-14 and libclang-rt-14-dev (Debian). Usage: tests/fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
seconds=${1:-20}
shift || true
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${IDP_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
clang=${IDP_FUZZ_CXX:-clang++-14}
command -v "$clang" >/dev/null || { echo "run.sh: $clang not found (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_user_json fuzz_token fuzz_search_request fuzz_error_body fuzz_lucene fuzz_http_request)
fi

flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g"
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$clang" -DCMAKE_CXX_FLAGS="$flags" \
  -DIDP_BUILD_TESTS=OFF -DIDP_BUILD_FUZZERS=ON >/dev/null
cmake --build "$build_dir" --target "${targets[@]}"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
failed=0
for target in "${targets[@]}"; do
  mkdir -p "$scratch/$target"
  log="$scratch/$target.log"
  if ! (cd "$scratch/$target" && "$build_dir/bin/$target" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        "$scratch/$target" "$source_dir/tests/fuzz/corpus/$target") >"$log" 2>&1; then
    echo "fuzz: $target FAILED" >&2
    grep -m 20 -E 'ERROR|runtime error|SUMMARY|Test unit written' "$log" >&2 || true
    failed=1
    continue
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  echo "fuzz: $target runs=${runs:-0} seconds=$seconds"
done
exit "$failed"
