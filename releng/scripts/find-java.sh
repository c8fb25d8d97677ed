# Sourced by ./longtake and ./test.sh: finds the JDK 21+ that builds and runs Longtake.
# Eclipse 4.39 bundles and Tycho 5 need Java 21 or newer.

# The major version of a java binary: 25 for "25.0.3", 8 for "1.8.0_392".
java_major() {
  local v
  v=$("$1" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}') || return 1
  [[ -n "$v" ]] || return 1
  [[ "$v" == 1.* ]] && v=${v#1.}
  printf '%s\n' "${v%%[.+-]*}"
}

# Prints a JDK 21+ home: JAVA_HOME when it is one, else the newest in the standard JVM
# folders (LONGTAKE_JVM_DIRS, space-separated globs, replaces them). Fails with one line
# naming what is missing.
find_java() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]] && (( $(java_major "$JAVA_HOME/bin/java" || echo 0) >= 21 )); then
    printf '%s\n' "$JAVA_HOME"; return 0
  fi
  local best="" best_major=0 home major
  local dirs=${LONGTAKE_JVM_DIRS:-/usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk*}
  # shellcheck disable=SC2086 # the globs are meant to expand
  for home in $dirs; do
    [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || continue
    major=$(java_major "$home/bin/java") || continue
    if (( major >= 21 && major > best_major )); then best="$home"; best_major=$major; fi
  done
  if [[ -z "$best" ]]; then
    printf 'longtake: needs a JDK 21 or newer: JAVA_HOME is %s and no JDK 21+ is in %s (install e.g. Debian'"'"'s openjdk-21-jdk or a Temurin 21+ JDK)\n' "'${JAVA_HOME:-unset}'" "$dirs" >&2
    return 1
  fi
  printf '%s\n' "$best"
}
