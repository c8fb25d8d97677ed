#!/usr/bin/env bash
# The media benchmark: JavaCV/FFmpeg inside the OSGi test runtime against the Debian ffmpeg
# command line, on the same frames and clips in the same run (see MediaBenchmark.java).
#
#   releng/bench/media-bench.sh [report.md]
#
# Needs /usr/bin/ffmpeg and ffprobe (apt-get install ffmpeg) and a Java 21+ (JAVA_HOME).
# Prints the report and writes it to the given file (default target/benchmarks-media.md);
# docs/benchmarks-media.md holds the figures last recorded, with notes on reading them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$(realpath -m "${1:-$ROOT/target/benchmarks-media.md}")"
mkdir -p "$(dirname "$OUT")"
cd "$ROOT"
# The same JVM flags as the tests and the product, plus the switch that lets the benchmark run.
./mvnw -B -q verify -pl bundles/dev.longtake.media.tests -am \
  -Dtest=MediaBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dlongtake.test.vmargs=-Xmx1g --add-opens java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED -Dlongtake.bench=true -Dlongtake.bench.out=$OUT"
echo "report written to $OUT"
