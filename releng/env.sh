# Shared shell environment for ./caretwin, releng/mvn and .ci/run (sourced, not executed).
# Finds a JDK 21+ and a Maven 3.9.x without any download address written into the repository:
# Maven 3.9.11 is fetched from Maven's built-in Central repository as an ordinary artifact.

CARETWIN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CARETWIN_MAVEN_VERSION=3.9.11
CARETWIN_MAVEN_SHA256=0d7125e8c91097b36edb990ea5934e6c68b4440eef4ea96510a0f6815e7eeadb
CARETWIN_MAVEN_HOME="$CARETWIN_ROOT/.mvn/dist/apache-maven-$CARETWIN_MAVEN_VERSION"

caretwin_die() { echo "caretwin: $*" >&2; exit 1; }

# Prints the feature release (e.g. 25) of the java binary $1, or nothing.
caretwin_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

# Exports JAVA_HOME to a JDK 21+ (JAVA_HOME if good, else the newest under /usr/lib/jvm) with javac present.
# The choice costs one JVM start per installed JDK, so it is remembered in target/jdk-choice, keyed by JAVA_HOME and
# the list of installed JDKs; it is made again when either changes or when the chosen JDK is gone or was updated.
caretwin_select_jdk() {
  local cache="$CARETWIN_ROOT/target/jdk-choice" key cached_key cached_home cached_stamp
  local installed=(/usr/lib/jvm/*/)
  key="JAVA_HOME=${JAVA_HOME:-} installed=${installed[*]}"
  if [ -r "$cache" ] && { IFS= read -r cached_key && IFS= read -r cached_home && IFS= read -r cached_stamp; } < "$cache" \
      && [ "$cached_key" = "$key" ] && [ -x "$cached_home/bin/java" ] && [ -x "$cached_home/bin/javac" ] \
      && [ "$cached_stamp" = "$(caretwin_jdk_stamp "$cached_home")" ]; then
    export JAVA_HOME=$cached_home
    return 0
  fi
  caretwin_find_jdk
  mkdir -p "${cache%/*}" 2>/dev/null && printf '%s\n%s\n%s\n' "$key" "$JAVA_HOME" "$(caretwin_jdk_stamp "$JAVA_HOME")" \
    > "$cache.$$" 2>/dev/null && mv -f "$cache.$$" "$cache" 2>/dev/null || true
}

# Identifies an installed JDK build: its release file's modification time and size (an update rewrites it).
caretwin_jdk_stamp() {
  stat -L -c '%Y %s' "$1/release" 2>/dev/null || echo none
}

caretwin_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(caretwin_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then export JAVA_HOME; return 0; fi
  fi
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -x "$candidate/bin/javac" ] || continue
    major=$(caretwin_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  [ -n "$best" ] || caretwin_die "no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm has none). Install one (e.g. Temurin 25) or point JAVA_HOME at it."
  export JAVA_HOME=$best
}

# Makes Maven 3.9.x available at $CARETWIN_MAVEN_HOME, bootstrapping it once with any installed 'mvn'.
caretwin_ensure_maven() {
  [ -x "$CARETWIN_MAVEN_HOME/bin/mvn" ] && return 0
  command -v mvn >/dev/null 2>&1 || caretwin_die "Maven $CARETWIN_MAVEN_VERSION is not bootstrapped yet and no 'mvn' is installed to fetch it (Debian: apt-get install maven)."
  local dist="$CARETWIN_ROOT/.mvn/dist" zip
  mkdir -p "$dist"
  zip="$dist/apache-maven-$CARETWIN_MAVEN_VERSION-bin.zip"
  echo "caretwin: fetching Maven $CARETWIN_MAVEN_VERSION from Maven Central (once)" >&2
  # Run outside the reactor: the project's Tycho extensions need the very Maven being fetched.
  (cd "$(mktemp -d)" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact=org.apache.maven:apache-maven:$CARETWIN_MAVEN_VERSION:zip:bin -DoutputDirectory="$dist" >&2) \
    || caretwin_die "could not fetch Maven $CARETWIN_MAVEN_VERSION from Maven Central"
  echo "$CARETWIN_MAVEN_SHA256  $zip" | sha256sum -c --quiet - || caretwin_die "checksum mismatch for $zip"
  (cd "$dist" && unzip -q -o "$zip") || caretwin_die "could not unpack $zip"
}
