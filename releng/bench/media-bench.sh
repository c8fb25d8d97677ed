#!/usr/bin/env bash
# The media benchmark: JavaCV/FFmpeg inside the OSGi test runtime against the Debian ffmpeg
# command line, on the same frames and clips in the same run (see MediaBenchmark.java for
# encoding and first frames, AssemblyBenchmark.java for upscale and assembly).
#
#   releng/bench/media-bench.sh [--full] [--only encode|assembly] [report.md]
#
#   (default)        encode, first frames, and upscale + assembly at half size (360p takes
#                    to 720p): about 6 minutes on 2 cores
#   --full           upscale + assembly at the real size (720p takes to 2560x1440): about
#                    12 minutes; implies --only assembly unless --only encode is given too
#   --only encode    only encoding and first frames (about 2.5 minutes)
#   --only assembly  only upscale and assembly
#
# Needs /usr/bin/ffmpeg and ffprobe (apt-get install ffmpeg) and a Java 21+ (JAVA_HOME).
# Prints the report and writes it to the given file (default target/benchmarks-media.md);
# docs/benchmarks-media.md holds the figures last recorded, with notes on reading them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FULL=false
ONLY=""
OUT=""
while (($#)); do
  case "$1" in
    --full) FULL=true ;;
    --only) ONLY="${2:?--only needs encode or assembly}"; shift ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) OUT="$1" ;;
  esac
  shift
done
if [[ $FULL == true && -z $ONLY ]]; then
  ONLY=assembly
fi
case "$ONLY" in
  "") TESTS=MediaBenchmark,AssemblyBenchmark ;;
  encode) TESTS=MediaBenchmark ;;
  assembly) TESTS=AssemblyBenchmark ;;
  *) echo "media-bench.sh: --only takes encode or assembly, not '$ONLY'" >&2; exit 2 ;;
esac
OUT="$(realpath -m "${OUT:-$ROOT/target/benchmarks-media.md}")"
mkdir -p "$(dirname "$OUT")"
: > "$OUT"
cd "$ROOT"
# The same JVM flags as the tests and the product, plus the switches that let the benchmark run.
./mvnw -B -q verify -pl bundles/dev.longtake.media.tests -am \
  -Dtest="$TESTS" -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dlongtake.test.vmargs=-Xmx1g --add-opens java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED -Dlongtake.bench=true -Dlongtake.bench.full=$FULL -Dlongtake.bench.out=$OUT"
echo "report written to $OUT"
