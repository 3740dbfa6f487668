#!/usr/bin/env bash
# Runs the whole StreamPulse system on this machine with only a JDK 17+: a Kafka broker, PostgreSQL, Redis,
# the Twitch simulator and the five services. Builds first when a jar is missing or a source changed since the
# last build it made.
# Ctrl-C stops everything. Details: tools/local-stack/README.md
#
#   ./local-stack.sh                      build if needed, then run everything
#   ./local-stack.sh --only ingest,api    any option of the local stack (see --help)
#   ./local-stack.sh --build              rebuild first in any case;  --no-build: never build
set -euo pipefail
cd "$(dirname "$0")"

java_cmd=java
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then java_cmd="$JAVA_HOME/bin/java"; fi

jars=(tools/local-stack/target/local-stack.jar tools/twitch-sim/target/twitch-sim.jar
      ingest-service/target/ingest-service.jar refresh-service/target/refresh-service.jar
      archive-service/target/archive-service.jar aggregator-service/target/aggregator-service.jar
      api-service/target/api-service.jar)

build=auto
args=()
for arg in "$@"; do
  case "$arg" in
    --build) build=yes ;;
    --no-build) build=no ;;
    *) args+=("$arg") ;;
  esac
done

# When this script last built successfully (the time the build started): Maven leaves a jar untouched when its
# content did not change, so the jars' own times cannot say whether the sources moved on since.
stamp=tools/local-stack/target/.local-stack-built

needs_build() {
  local jar newer
  for jar in "${jars[@]}"; do
    [[ -f "$jar" ]] || { echo "missing $jar"; return 0; }
  done
  [[ -f "$stamp" ]] || { echo "not built by this script yet"; return 0; }
  newer=$(find . \( -name target -o -name .local-stack -o -name .git \) -prune -o \
               \( -path '*/src/main/*' -o -name pom.xml \) -type f -newer "$stamp" -print -quit)
  [[ -n "$newer" ]] && { echo "$newer changed since the last build"; return 0; }
  return 1
}

if [[ "$build" == yes ]] || { [[ "$build" == auto ]] && reason=$(needs_build); }; then
  echo "[local-stack.sh] building: ./mvnw -B -q install -DskipTests (${reason:-forced}); the first build downloads ~400 MB"
  start=$SECONDS
  mkdir -p "$(dirname "$stamp")" && touch "$stamp.next"
  ./mvnw -B -q install -DskipTests
  mv "$stamp.next" "$stamp"
  echo "[local-stack.sh] built in $((SECONDS - start)) s"
fi

exec "$java_cmd" -jar tools/local-stack/target/local-stack.jar ${args[@]+"${args[@]}"}
