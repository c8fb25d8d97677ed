#!/usr/bin/env bash
# The test command: builds everything from Maven Central and runs every test, the UI tests
# in a real workbench under Xvfb and the materialized product through ./longtake.
#
#   ./test.sh [extra Maven arguments]
#
# Run as root on a fresh Debian machine, it first installs the packages the tests need.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
# shellcheck source=releng/scripts/find-java.sh
source "$ROOT/releng/scripts/find-java.sh"

# xvfb + xauth: the display for UI tests; libgtk-3-0, libxtst6: SWT on GTK;
# ffmpeg: the reference ffprobe/ffmpeg command line that media tests compare against.
PACKAGES=(xvfb xauth libgtk-3-0 libxtst6 ffmpeg)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "test.sh: installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test.sh: missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

JAVA_HOME=$(find_java) || exit 1
export JAVA_HOME
echo "test.sh: JDK $JAVA_HOME"

status=0
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B verify "$@" || status=$?

# The API surface that docs/plugin-guide.md lists must be the one the MANIFESTs and plugin.xml declare.
python3 releng/scripts/api-surface.py --check || status=1

# One closing line over every test report of the run.
python3 - "$ROOT" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
tests = failed = skipped = 0
for report in glob.glob(sys.argv[1] + "/**/target/surefire-reports/TEST-*.xml", recursive=True):
    suite = ET.parse(report).getroot()
    tests += int(suite.get("tests", 0))
    failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
    skipped += int(suite.get("skipped", 0))
print(f"\ntests: {tests - failed - skipped} passed, {failed} failed, {skipped} skipped")
PY
exit $status
