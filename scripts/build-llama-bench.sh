#!/bin/sh
# Builds llama.cpp's llama-bench once, OUTSIDE the repository, from the llama.cpp source that
# node-llama-cpp bundles (node_modules/node-llama-cpp/llama/gitRelease.bundle, same tag as its
# prebuilt binaries), and makes it run over node-llama-cpp's own prebuilt libllama/libggml, so the
# comparison is "same library, plain C++ caller". Prints the path of a wrapper to pass as
# `npm run bench -- --llama-bench PATH`. Usage: scripts/build-llama-bench.sh [OUT_DIR] (default ../llama-bench).
# Also builds llama-quantize (native libraries; quantizing uses no AMX kernels), which turns the bench's
# Q8_0 model into Q4_K_M: `OUT/llama.cpp/build/bin/llama-quantize --allow-requantize IN.gguf OUT.gguf Q4_K_M`.
# Needs git, cmake, a C++ compiler and ninja or make; takes ~15 min on 2 cores. Linux x64 only.
set -eu
NAME=build-llama-bench DEFAULT_OUT=llama-bench
. "$(dirname "$0")/lib/llama-source.sh"
# The native build is only used to compile llama-bench itself; at run time it loads node-llama-cpp's
# libraries (below). Running the native build directly can die with SIGILL on VMs that report AMX.
cmake -S "$OUT/llama.cpp" -B "$OUT/llama.cpp/build" $GEN -DCMAKE_BUILD_TYPE=Release -DLLAMA_CURL=OFF \
  -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_SERVER=OFF >/dev/null
cmake --build "$OUT/llama.cpp/build" --target llama-bench llama-quantize -j "$(nproc)" >/dev/null
BIN="$OUT/llama.cpp/build/bin"
LIBDIR="$OUT/nlc-libs"
rm -rf "$LIBDIR" && mkdir -p "$LIBDIR"
cp "$BIN/llama-bench" "$BIN/libllama-bench-impl.so" "$LIBDIR/"
cp -L "$BIN/libllama-common.so.0" "$LIBDIR/"
ln -s "$LIBS/libllama.v"*.so "$LIBDIR/libllama.so.0"
ln -s "$LIBS/libggml.v"*.so "$LIBDIR/libggml.so.0"
ln -s "$LIBS/libggml-base.so" "$LIBDIR/libggml-base.so.0"
for f in "$LIBS"/libggml-cpu-*.so; do ln -s "$f" "$LIBDIR/"; done
cat > "$OUT/llama-bench-nlc" <<WRAP
#!/bin/sh
# llama-bench over node-llama-cpp's prebuilt libraries (built by scripts/build-llama-bench.sh).
LD_LIBRARY_PATH="$LIBDIR" exec "$LIBDIR/llama-bench" "\$@"
WRAP
chmod +x "$OUT/llama-bench-nlc"
echo "llama-quantize: $BIN/llama-quantize" >&2
echo "$OUT/llama-bench-nlc"
