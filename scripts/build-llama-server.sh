#!/bin/sh
# Builds llama.cpp's llama-server once, OUTSIDE the repository, from the llama.cpp source that
# node-llama-cpp bundles (node_modules/node-llama-cpp/llama/gitRelease.bundle, same tag as its prebuilt
# binaries), and makes it run over node-llama-cpp's own prebuilt libllama/libggml: the server and the
# app's local engine then compute with the same library, so their greedy answers can be compared token
# for token (tests/integration/remote-engine/llama-server.test.ts). Prints the path of a wrapper that
# runs it; the test finds it there (default location) or through MEA_LLAMA_SERVER=PATH.
# Usage: scripts/build-llama-server.sh [OUT_DIR] (default ../llama-server). JOBS=N limits the build's
# parallel jobs (default: all cores). Needs git, cmake, a C++ compiler and ninja or make; takes ~20 min
# on 2 cores. Linux x64 only. No network: no curl, no OpenSSL, no web UI download.
set -eu
NAME=build-llama-server DEFAULT_OUT=llama-server
. "$(dirname "$0")/lib/llama-source.sh"
STARTED=$(date +%s)
# The native build is only used to compile llama-server and the small libraries node-llama-cpp does not
# ship (server logic, common, mtmd); at run time it loads node-llama-cpp's libllama and libggml (below).
# Running the native build directly can die with SIGILL on VMs that report AMX.
# LLAMA_CURL is gone from newer tags (ignored there); the web UI would be fetched or built with npm: off.
cmake -S "$OUT/llama.cpp" -B "$OUT/llama.cpp/build" $GEN -DCMAKE_BUILD_TYPE=Release -DLLAMA_CURL=OFF \
  -DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=ON \
  -DLLAMA_BUILD_APP=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF >/dev/null
cmake --build "$OUT/llama.cpp/build" --target llama-server -j "${JOBS:-$(nproc)}" >/dev/null
BIN="$OUT/llama.cpp/build/bin"
LIBDIR="$OUT/nlc-libs"
rm -rf "$LIBDIR" && mkdir -p "$LIBDIR"
cp "$BIN/llama-server" "$LIBDIR/"
# The shared libraries of the native build the server needs: libllama and libggml are node-llama-cpp's
# (plain C APIs, same tag), under the names the server was linked against; the C++ ones (server logic,
# common, mtmd) are the native build's, since their structs depend on how they were configured.
for lib in $(ldd "$BIN/llama-server" | awk -v bin="$BIN/" 'index($3, bin) == 1 { print $1 }'); do
  case "$lib" in
    libllama.so.*) ln -s "$LIBS/libllama.v"*.so "$LIBDIR/$lib" ;;
    libggml.so.*) ln -s "$LIBS/libggml.v"*.so "$LIBDIR/$lib" ;;
    libggml-base.so.*) ln -s "$LIBS/libggml-base.so" "$LIBDIR/$lib" ;;
    libggml-cpu.so.*) ;; # the native libggml's CPU backend; node-llama-cpp's loads its own (below)
    libggml-*) echo "build-llama-server: unexpected ggml library $lib" >&2; exit 1 ;;
    *) cp -L "$BIN/$lib" "$LIBDIR/$lib" ;;
  esac
done
[ -e "$LIBDIR/libllama.so.0" ] || { echo "build-llama-server: llama-server does not link libllama.so.0" >&2; exit 1; }
# node-llama-cpp's libggml loads the CPU backend variant that fits this CPU from the executable's folder.
for f in "$LIBS"/libggml-cpu-*.so; do ln -s "$f" "$LIBDIR/"; done
cat > "$OUT/llama-server-nlc" <<WRAP
#!/bin/sh
# llama-server over node-llama-cpp's prebuilt libraries (built by scripts/build-llama-server.sh).
LD_LIBRARY_PATH="$LIBDIR" exec "$LIBDIR/llama-server" "\$@"
WRAP
chmod +x "$OUT/llama-server-nlc"
echo "build-llama-server: built in $(($(date +%s) - STARTED)) s; native binary (not used): $BIN/llama-server" >&2
echo "$OUT/llama-server-nlc"
