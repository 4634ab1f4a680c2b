#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer and UndefinedBehaviorSanitizer in its own build
# folder and runs the whole suite headless (tests/run-headless.sh). Any report fails the run:
# UBSan stops at its first finding, ASan at any memory error, and LeakSanitizer at any leak not
# in tests/sanitizer/lsan.supp (leaks inside system libraries only: fontconfig, D-Bus, GLib).
# Usage: tests/run-sanitized.sh [BUILD_DIR] [extra ctest arguments...]
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$source_dir/build-sanitized}
shift || true

flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
cmake --build "$build_dir"

# Freed memory is overwritten, as glibc's tunables do in normal builds (the memory scan needs it).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1:max_free_fill_size=2147483647:free_fill_byte=255"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$source_dir/tests/sanitizer/lsan.supp:print_suppressions=0"
# The Node SDK check runs node, not our code.
"$source_dir/tests/run-headless.sh" "$build_dir" -E '^node_' "$@"
