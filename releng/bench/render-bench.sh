#!/usr/bin/env bash
# Benchmarks of the render engine and the animatic backend (budgets in product.md), with the
# bundles of the materialized product on a plain class path, as the headless command runs them:
#
#   releng/bench/render-bench.sh                 plan, queue and http (about 2 minutes)
#   releng/bench/render-bench.sh plan queue      only those
#   releng/bench/render-bench.sh animatic [shots takes seconds]   (default 20 3 10)
#
#   plan      plan 700 takes with a zero-latency backend (budget: under 1 s)
#   queue     engine cost per job with a zero-latency backend, on the disk and on tmpfs
#             (budget: under 1 ms; on the disk most of it is fsync, see docs/benchmarks-render.md)
#   http      700 takes against a local service with 1 s latency, concurrency 8, against the
#             ideal 700 / 8 = 87.5 s
#   animatic  frames per second of the animatic through the engine at 1280x720, 24 fps
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../scripts/find-java.sh
source "$ROOT/releng/scripts/find-java.sh"
JAVA_HOME=$(find_java) || exit 1

"$ROOT/longtake" --version >/dev/null   # builds the product (and the test bundles) if it must
PLUGINS="$ROOT/releng/dev.longtake.product/target/products/dev.longtake.product/linux/gtk/x86_64/longtake/plugins"
cp=""
for bundle in dev.longtake.render dev.longtake.render.animatic dev.longtake.model \
              org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi; do
  jar=$(ls "$PLUGINS/${bundle}"_*.jar 2>/dev/null | head -1)
  [[ -n "$jar" ]] || { echo "render-bench: $bundle is not in $PLUGINS" >&2; exit 1; }
  cp+="$jar:"
done
for tests in dev.longtake.render.tests dev.longtake.render.animatic.tests; do
  [[ -d "$ROOT/bundles/$tests/target/classes" ]] || { echo "render-bench: build $tests first (./mvnw -B -DskipTests package)" >&2; exit 1; }
  cp+="$ROOT/bundles/$tests/target/classes:"
done

JAVA=("$JAVA_HOME/bin/java" -Xmx1g -Djava.awt.headless=true -cp "$cp")
echo "render-bench: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
if [[ "${1:-}" == animatic ]]; then
  shift
  exec "${JAVA[@]}" dev.longtake.render.animatic.bench.AnimaticBenchmark "$@"
fi
exec "${JAVA[@]}" dev.longtake.render.bench.RenderBenchmark "$@"
