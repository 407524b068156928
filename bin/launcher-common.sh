# Shared by bin/quicnprotochat and bin/quicnprotochat-server (sourced, not run): finds the repository from the
# launcher's own path, a Java 25 runtime and the bootstrap jar, then runs the given main class.

qpc_fail() {
  echo "$QPC_NAME: $*" >&2
  exit 1
}

# Resolve the launcher's real directory even when it is reached through a symlink (e.g. ~/bin/quicnprotochat).
qpc_repo_dir() {
  local source="$1" dir
  while [ -L "$source" ]; do
    dir="$(cd -P "$(dirname "$source")" && pwd)"
    source="$(readlink "$source")"
    case "$source" in /*) ;; *) source="$dir/$source" ;; esac
  done
  dir="$(cd -P "$(dirname "$source")" && pwd)"
  (cd "$dir/.." && pwd)
}

# Prints the major version of the java binary $1 (25 for "25.0.1", 8 for "1.8.0_402"), or nothing.
qpc_java_major() {
  local line version
  line="$("$1" -version 2>&1 | grep -m1 -E 'version "' || true)"
  version="$(printf '%s' "$line" | sed -E 's/.*version "([^"]*)".*/\1/')"
  case "$version" in
    1.*) printf '%s' "$version" | cut -d. -f2 ;;
    *) printf '%s' "$version" | sed -E 's/^([0-9]+).*/\1/' ;;
  esac
}

qpc_is_java25() {
  local major
  [ -x "$1" ] || return 1
  major="$(qpc_java_major "$1")"
  [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null
}

# JAVA_HOME if it is Java 25+, else the Temurin 25 install, else java on the PATH if it is 25+.
qpc_find_java() {
  local preferred=/usr/lib/jvm/temurin-25-jdk-amd64
  if [ -n "${JAVA_HOME:-}" ] && qpc_is_java25 "$JAVA_HOME/bin/java"; then
    printf '%s' "$JAVA_HOME/bin/java"
  elif qpc_is_java25 "$preferred/bin/java"; then
    printf '%s' "$preferred/bin/java"
  elif command -v java >/dev/null 2>&1 && qpc_is_java25 "$(command -v java)"; then
    command -v java
  fi
}

qpc_launch() {
  local main="$1" repo java jar
  shift
  repo="$(qpc_repo_dir "$QPC_LAUNCHER")"
  java="$(qpc_find_java)"
  [ -n "$java" ] || qpc_fail "needs Java 25: set JAVA_HOME to a Java 25 installation (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)"
  jar="$(ls "$repo"/bootstrap/target/bootstrap-*.jar 2>/dev/null | grep -v -E -- '-(sources|tests|javadoc)\.jar$' | head -n1 || true)"
  if [ -z "$jar" ] || [ ! -d "$repo/bootstrap/target/lib" ]; then
    qpc_fail "not built yet: run ./mvnw -q package -DskipTests first (in $repo)"
  fi
  # QPC_JAVA_OPTS: extra JVM options, e.g. QPC_JAVA_OPTS=-Dquicnprotochat.log.level=DEBUG
  # shellcheck disable=SC2086
  exec "$java" ${QPC_JAVA_OPTS:-} --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
    -cp "$jar:$repo/bootstrap/target/lib/*" "$main" "$@"
}
