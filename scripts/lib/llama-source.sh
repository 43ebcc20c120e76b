# Sourced by the build-llama-*.sh scripts: checks out, OUTSIDE the repository, the llama.cpp source that
# node-llama-cpp bundles (same tag as its prebuilt binaries) and locates those binaries.
# Expects NAME (for messages) and DEFAULT_OUT; takes the optional OUT_DIR argument as $1.
# Sets ROOT, OUT, LIBS (node-llama-cpp's libllama/libggml) and GEN (the cmake generator flag).
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mkdir -p "${1:-$ROOT/../$DEFAULT_OUT}" && cd "${1:-$ROOT/../$DEFAULT_OUT}" && pwd)
case "$OUT/" in "$ROOT"/*) echo "$NAME: $OUT is inside the repository; choose a folder outside it" >&2; exit 1 ;; esac
BUNDLE="$ROOT/node_modules/node-llama-cpp/llama/gitRelease.bundle"
LIBS="$ROOT/node_modules/@node-llama-cpp/linux-x64/bins/linux-x64"
[ -f "$BUNDLE" ] || { echo "$NAME: $BUNDLE not found (run npm install)" >&2; exit 1; }
[ -d "$LIBS" ] || { echo "$NAME: node-llama-cpp's linux-x64 binaries not found at $LIBS" >&2; exit 1; }
[ -d "$OUT/llama.cpp" ] || git clone -q "$BUNDLE" "$OUT/llama.cpp"
GEN=""; command -v ninja >/dev/null && GEN="-G Ninja"
