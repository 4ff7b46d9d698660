# Sourced by the launcher and scripts: exports JAVA_HOME as a JDK >= 21 (JAVA_HOME if it is
# one, else the newest under /usr/lib/jvm).
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [ -x "$d/bin/javac" ] || continue
    v=$(java_major "$d")
    if [ "${v:-0}" -ge 21 ] 2>/dev/null && [ "$v" -gt "$best_v" ]; then best=$d; best_v=$v; fi
  done
  [ -n "$best" ] && echo "$best"
}
JAVA_HOME=$(pick_jdk) || true
if [ -z "${JAVA_HOME:-}" ]; then
  echo "stratus: needs a JDK 21 or newer (set JAVA_HOME, or install one under /usr/lib/jvm)" >&2
  exit 1
fi
export JAVA_HOME
# Maven's own libraries trip JDK 24+'s warnings about native access and sun.misc.Unsafe; older JDKs do not know these options.
if [ "$(java_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
fi
