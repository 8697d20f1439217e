# Sourced by ./placewise and ./test: finds a JDK 21 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME if it is 21+, then the newest 21+ JDK under /usr/lib/jvm (Debian, Temurin),
# then `java` on the PATH.

placewise_java_major() { # $1 = path to a java binary; prints its feature version, e.g. 25
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1
}

placewise_find_java() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(placewise_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ -x "$JAVA_HOME/bin/javac" ]; then
      export JAVA_HOME; return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*/bin/java /opt/*/bin/java /opt/java/*/bin/java $(command -v java 2>/dev/null); do
    [ -x "$candidate" ] || continue
    [ -x "$(dirname "$candidate")/javac" ] || continue
    major=$(placewise_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best=$(cd "$(dirname "$candidate")/.." && pwd -P); best_major=$major
    fi
  done
  if [ -n "$best" ]; then
    export JAVA_HOME="$best"; return 0
  fi
  cat >&2 <<'MSG'
Placewise needs a Java Development Kit, version 21 or newer, and found none.
  Looked at: $JAVA_HOME, /usr/lib/jvm/*, /opt/*, and `java` on the PATH.
  Install one (for example Eclipse Temurin 21 or 25, or `apt-get install openjdk-21-jdk` where
  your Debian/Ubuntu release offers it), then run this again or set JAVA_HOME to its folder.
MSG
  return 1
}
