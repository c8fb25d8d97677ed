#!/usr/bin/env bash
# Completion latency of the shot language's language server in a generated 2,000-shot script
# (budget in product.md: p95 under 50 ms), through the protocol over OS pipes, as an editor sees
# it; see docs/benchmarks-dsl.md for what is measured and the figures.
#
#   releng/bench/lsp-bench.sh           2,000 shots (about 3 minutes with the build)
#   releng/bench/lsp-bench.sh 500       another size
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../scripts/find-java.sh
source "$ROOT/releng/scripts/find-java.sh"
JAVA_HOME=$(find_java) || exit 1
export JAVA_HOME
SHOTS="${1:-2000}"
echo "lsp-bench: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
cd "$ROOT"
./mvnw -o -B verify -pl bundles/dev.longtake.dsl.ide,bundles/dev.longtake.dsl.ide.tests -am \
    -Dlongtake.dsl.groups=benchmark -Dlongtake.dsl.excludedGroups=none -Dlongtake.benchmark.shots="$SHOTS" \
  | grep --line-buffered -E '^benchmark:|BUILD|^\[ERROR\]' | awk '!seen[$0]++'
echo "lsp-bench: load after $(cut -d' ' -f1-3 /proc/loadavg)"
