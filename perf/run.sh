#!/usr/bin/env bash
# Issue 12's figures, each beside its reference measured in the same run, on the jar of this checkout:
#   - start-up of the jar to healthy;
#   - anonymous pages against a static resource served by the same portal (wrk -t2 -c16 -d10s, after a warm-up);
#   - logins (GET /login, POST /login, 302 to /dashboard followed; 4 clients, each login from its own 127.x.y.z
#     address) against the portal's own Argon2id verified bare on 2 threads.
# Every figure is measured ROUNDS times (default 3), interleaved with its reference; the median and the spread are
# printed. Needs wrk (apt-get install wrk) and a JDK 17. Uses only 127.0.0.0/8.
#
#   perf/run.sh                  # builds the jar if there is none
#   BUILD=1 perf/run.sh          # builds it again first
#   ROUNDS=5 SECONDS_EACH=10 ADDRESS=127.0.0.9 PORT=18099 HEAP=512m JAR=other.jar perf/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
SECONDS_EACH=${SECONDS_EACH:-10}
ADDRESS=${ADDRESS:-127.0.0.9}
PORT=${PORT:-18099}
HEAP=${HEAP:-512m}
PAGES=${PAGES:-"/ /login /registration/simplified /registration/iec /guidelines /guidelines/prerequisites /about"}
BASE="http://$ADDRESS:$PORT"
JAR=${JAR:-$(ls target/icegate-registration-portal-*.jar 2>/dev/null | head -1 || true)}
if [[ -z "$JAR" || -n "${BUILD:-}" ]]; then
  ./mvnw -q -DskipTests package
  JAR=$(ls target/icegate-registration-portal-*.jar | head -1)
fi
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

WORK=$(mktemp -d /tmp/portal-perf.XXXXXX)
PID=
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

# The hash needs spring-security-crypto and Bouncy Castle: the very jars inside the portal's jar.
mkdir "$WORK/lib"
unzip -j -q "$JAR" 'BOOT-INF/lib/spring-security-crypto-*' 'BOOT-INF/lib/bcprov-*' 'BOOT-INF/lib/spring-core-*' \
  'BOOT-INF/lib/commons-logging-*' -d "$WORK/lib" 2>/dev/null || true
CP=$(ls -d "$WORK"/lib/*.jar | paste -sd:)
# Compiled once, so that each round measures the run and not javac.
javac -d "$WORK/bench" -cp "$CP" perf/LoginBench.java
bench() { java -cp "$CP:$WORK/bench" LoginBench "$@"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr);" \
  "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); jar: $JAR; heap -Xmx$HEAP"

started=$(date +%s%N)
java -Xmx"$HEAP" -jar "$JAR" --portal.captcha.enabled=false --server.port="$PORT" --server.address="$ADDRESS" \
  "--spring.datasource.url=jdbc:h2:file:$WORK/db/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
  > "$WORK/portal.log" 2>&1 &
PID=$!
until curl -sf -o /dev/null "$BASE/actuator/health"; do
  kill -0 "$PID" 2>/dev/null || { tail -30 "$WORK/portal.log"; exit 1; }
  sleep 0.1
done
echo "start-up to healthy: $(( ($(date +%s%N) - started) / 1000000 )) ms (JVM start included)"

STATIC=$(curl -s "$BASE/" | grep -o '/resources/css/portal-[0-9a-f]*\.css' | head -1)
for p in $PAGES "$STATIC"; do wrk -t2 -c16 -d5s "$BASE$p" >/dev/null; done
bench logins "$ADDRESS" "$PORT" DEMO-SIMPLIFIED 'Demo#Simplified1' 4 5 127.30 >/dev/null

# rate and p99 (ms) of one wrk run
measure() {
  wrk -t2 -c16 -d"${SECONDS_EACH}s" --latency "$BASE$1" | awk '
    /Requests\/sec/ { rate = $2 }
    / 99%/ { v = $2; if (v ~ /us$/) ms = v / 1000; else if (v ~ /ms$/) ms = v + 0; else ms = v * 1000 }
    /Non-2xx/ { bad = $NF }
    END { printf "%.0f %.1f %d\n", rate, ms, bad }'
}

declare -A RATE P99 SHARE
for round in $(seq 1 "$ROUNDS"); do
  read -r s_rate s_p99 _ < <(measure "$STATIC")
  RATE[static]+="$s_rate "; P99[static]+="$s_p99 "
  for p in $PAGES; do
    read -r rate p99 bad < <(measure "$p")
    [[ "$bad" -gt 0 ]] && echo "warning: $p answered $bad non-2xx responses" >&2
    RATE[$p]+="$rate "; P99[$p]+="$p99 "; SHARE[$p]+="$(awk -v a="$rate" -v b="$s_rate" 'BEGIN { printf "%.0f", 100 * a / b }') "
  done
  login=$(bench logins "$ADDRESS" "$PORT" DEMO-SIMPLIFIED 'Demo#Simplified1' 4 "$((SECONDS_EACH * 2))" "127.$((30 + round))")
  hash=$(bench hash 2 "$((SECONDS_EACH * 2))")
  l=$(sed -E 's/.*, ([0-9.]+)\/s,.*/\1/' <<<"$login"); h=$(sed -E 's/.*, ([0-9.]+)\/s,.*/\1/' <<<"$hash")
  RATE[logins]+="$l "; RATE[hash]+="$h "; SHARE[logins]+="$(awk -v a="$l" -v b="$h" 'BEGIN { printf "%.0f", 100 * a / b }') "
  P99[logins]+="$(sed -E 's/.*p99 ([0-9]+) ms.*/\1/' <<<"$login") "
  echo "round $round done: $(cut -d' ' -f1-3 /proc/loadavg) load; $login; $hash" >&2
done

# median (spread: lowest-highest) of a list of numbers
stat() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { printf "%s (%s-%s)", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
echo
echo "| what | rate per second | p99 ms | reference, same rounds | share of the reference |"
echo "| --- | ---: | ---: | --- | ---: |"
echo "| static resource $STATIC | $(stat "${RATE[static]}") | $(stat "${P99[static]}") | the ceiling | |"
for p in $PAGES; do
  echo "| page $p | $(stat "${RATE[$p]}") | $(stat "${P99[$p]}") | static resource | $(stat "${SHARE[$p]}") % |"
done
echo "| logins, 4 clients | $(stat "${RATE[logins]}") | $(stat "${P99[logins]}") | Argon2id (19 MiB, 2 passes) bare on 2 threads: $(stat "${RATE[hash]}")/s | $(stat "${SHARE[logins]}") % |"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); median (lowest-highest) of $ROUNDS rounds"
