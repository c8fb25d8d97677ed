#!/usr/bin/env bash
# Benchmark: time from `./longtake studio <film>` to a usable workbench window.
#
#   releng/bench/studio-startup.sh [runs]     (default 5; needs a display, else uses xvfb-run)
#   NO_SCRIPT=1 releng/bench/studio-startup.sh  the same with no script to open (the editor's share)
#   EXTRA_JAVA_OPTS="-D..." releng/bench/studio-startup.sh  with more JVM options (A/B of a start-up setting)
#
# Each run starts with a fresh workspace (the worst case a user meets on first start) and
# opens a small film; "usable" is the first idle moment of the UI thread with the window
# open, reported by the workbench itself (system property longtake.startupReport).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS=${1:-5}

if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

"$ROOT/longtake" --version >/dev/null   # builds the product first if it must
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/film"
[[ -n "${NO_SCRIPT:-}" ]] || printf "// a film\n" > "$work/film/script.shots"

walls=(); inside=()
for ((i = 1; i <= RUNS; i++)); do
  rm -rf "$work/ws" "$work/report"
  start=$(date +%s%N)
  LONGTAKE_SKIP_BUILD=1 LONGTAKE_WORKSPACE="$work/ws" LONGTAKE_JAVA_OPTS="-Dlongtake.startupReport=$work/report ${EXTRA_JAVA_OPTS:-}" \
    "$ROOT/longtake" studio "$work/film" >"$work/studio.log" 2>&1 &
  pid=$!
  until [[ -f "$work/report" ]]; do
    kill -0 $pid 2>/dev/null || { cat "$work/studio.log"; echo "studio exited before its window was usable" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  walls+=($(( (end - start) / 1000000 )))
  inside+=($(sed -n 's/window-usable-ms=//p' "$work/report"))
  kill $pid; wait $pid 2>/dev/null || true
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "runs: $RUNS"
echo "launch to usable window (ms, wall, each run): ${walls[*]}"
echo "JVM start to usable window (ms, each run): ${inside[*]}"
echo "median wall: $(median "${walls[@]}") ms; median since JVM start: $(median "${inside[@]}") ms"
