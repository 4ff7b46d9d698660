# Sourced by bench/run, bench/auth, bench/sqs-wrk and bench/lambda-async-wrk (from the repository root,
# after `set -euo pipefail`):
# the temp dir and the servers they launch, readiness polling, and building what they run.
#   bench_init NAME    makes $work (/tmp/stratus-NAME.XXXXXX), removed at exit unless BENCH_KEEP=1,
#                      and stops every pid in started[] at exit
source scripts/jdk.sh
JAVA="$JAVA_HOME/bin/java"
READY_TIMEOUT=60    # seconds a server gets to become ready

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

started=()   # pids of servers this script launched
bench_init() {
  work=$(mktemp -d "/tmp/stratus-$1.XXXXXX")
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}
bench_cleanup() {
  local pid
  for pid in "${started[@]}"; do stop_pid "$pid"; done
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
}

now_us() { local t=${EPOCHREALTIME/[.,]/}; echo "$t"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
alive() { kill -0 "$1" 2>/dev/null; }
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2/1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }

# GET http://127.0.0.1:$1$2 over bash's /dev/tcp (no process spawned while a server starts); 0 on 200.
http_ok() {
  local code=""
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$2" "$1" >&3 2>/dev/null || true
  IFS=' ' read -r -t 5 _ code _ <&3 || true
  exec 3<&- 3>&- || true
  [ "$code" = 200 ]
}

# wait_ready PID PORT PATH START_US → prints ms from START_US to the first 200; fails on timeout/exit
wait_ready() {
  local pid=$1 port=$2 path=$3 t0=$4 deadline=$(( $(now_us) + READY_TIMEOUT * 1000000 ))
  while [ "$(now_us)" -lt "$deadline" ]; do
    if http_ok "$port" "$path"; then echo $(( ($(now_us) - t0) / 1000 )); return 0; fi
    alive "$pid" || return 1
    sleep 0.01
  done
  return 1
}

stop_pid() {
  local pid=$1 i
  alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 150); do alive "$pid" || break; sleep 0.1; done
  alive "$pid" && kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  local keep=() p
  for p in "${started[@]}"; do [ "$p" = "$pid" ] || keep+=("$p"); done
  started=("${keep[@]+"${keep[@]}"}")
}

median() { sort -n | awk '{a[NR]=$1} END { if (NR%2) print a[(NR+1)/2]; else printf "%.0f\n", (a[NR/2]+a[NR/2+1])/2 }'; }

# Installs a Debian package for a missing command (root with apt-get), or stops with what to install.
ensure_command() {  # ensure_command COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 || die "$1 is missing: install the $2 package"
  log "installing $2 (apt-get install -y $2)"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get install -y -qq "$2" || { apt-get update -qq && apt-get install -y -qq "$2"; }; } >"$work/apt-$2.log" 2>&1 \
    || { tail -20 "$work/apt-$2.log" >&2; die "could not install $2"; }
  command -v "$1" >/dev/null 2>&1 || die "$2 installed no $1"
}

# Resolves ElasticMQ 1.7.1's classpath from Maven Central once (cached under bench/target); sets EMQ_CP.
resolve_elasticmq() {
  local cp_file=bench/target/peers/elasticmq.classpath
  if [ ! -s "$cp_file" ]; then
    log "resolving ElasticMQ 1.7.1 from Maven Central"
    mkdir -p bench/target/peers
    mvn -B -q -f bench/peers/elasticmq/pom.xml dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile="$PWD/$cp_file" >"$work/elasticmq-resolve.log" 2>&1 \
      || { cat "$work/elasticmq-resolve.log" >&2; die "could not resolve ElasticMQ"; }
  fi
  EMQ_CP=$(cat "$cp_file")
}

# ElasticMQ: durable message storage in its embedded H2 database. With messages-storage on, queue
# metadata is kept in the same database (queues-storage, the queues.conf writer, stays off).
EMQ_STORAGE='messages-storage {
  enabled = true
  driver-class = "org.h2.Driver"
  uri = "jdbc:h2:@DATA@/elasticmq-h2"
  username = ""
  password = ""
  prune-data-on-init = false
}'

# Writes DIR/custom.conf: ElasticMQ on 127.0.0.1:PORT, strict SQS limits, messages in H2 under DIR/data.
elasticmq_conf() {  # elasticmq_conf DIR PORT
  mkdir -p "$1/data"
  cat >"$1/custom.conf" <<EOF
include classpath("application.conf")
node-address { protocol = http, host = "127.0.0.1", port = $2, context-path = "" }
rest-sqs { enabled = true, bind-port = $2, bind-hostname = "127.0.0.1", sqs-limits = strict }
rest-stats { enabled = false }
${EMQ_STORAGE//@DATA@/$1/data}
EOF
}

# aws_call SERVICE METHOD URL [curl options…] → the answer's body; fails, saying why, unless it is 2xx.
# The Authorization header is fixed: Stratus's default auth mode and ElasticMQ take the access key
# (test: Stratus's account root) from it and check no signature.
aws_call() {
  local service=$1 method=$2 url=$3 out code
  shift 3
  out=$(curl -sS -m 60 -w '\n%{http_code}' -X "$method" "$url" -H "X-Amz-Date: $(date -u +%Y%m%dT%H%M%SZ)" \
    -H "Authorization: AWS4-HMAC-SHA256 Credential=test/$(date -u +%Y%m%d)/us-east-1/$service/aws4_request, SignedHeaders=host;x-amz-date, Signature=$(printf '0%.0s' {1..64})" \
    "$@") || { log "$method $url: no answer"; return 1; }
  code=${out##*$'\n'}
  out=${out%$'\n'*}
  [[ $code == 2?? ]] || { log "$method $url answered $code: $out"; return 1; }
  printf '%s\n' "$out"
}

# CPU ticks (user + system) a process has used, with its children it has waited for; 0 once it is gone.
proc_ticks() {
  awk '{ sub(/^.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0
}
# Busy CPU ticks of the whole machine (every state but idle and iowait), from /proc/stat.
machine_ticks() {
  awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat
}
# CPU ticks (user + system) of a process's own threads, without its children.
own_ticks() {
  awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0
}
# A process and its live descendants, one "pid command" a line.
process_tree() {
  ps -e -o pid=,ppid=,comm= | awk -v root="$1" '{ parent[$1] = $2; comm[$1] = $3 } END {
    keep[root] = 1
    do { grew = 0; for (p in parent) if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; grew = 1 } } while (grew)
    for (p in keep) if (p in comm) print p, comm[p] }'
}
# CPU ticks of a process and its live descendants (with the children each has waited for).
tree_ticks() {
  local files
  files=$(process_tree "$1" | awk '{ printf "/proc/%s/stat ", $1 }')
  # cat, not awk, reads them: it skips a process that has exited meanwhile.
  # shellcheck disable=SC2086
  cat $files 2>/dev/null | awk '{ sub(/^.*\) /, ""); t += $12 + $13 + $14 + $15 } END { print t + 0 }'
}
CLK_TCK=$(getconf CLK_TCK)

# Builds Stratus if needed and copies it to $work/stratus; sets STRATUS_VERSION and STRATUS_GIT.
build_stratus() {
  log "building Stratus if needed (./stratus version)"
  ./stratus version >"$work/stratus-build.log" 2>&1 || { cat "$work/stratus-build.log" >&2; die "Stratus build failed"; }
  # Others rebuild server/target while we run: work from a copy, and check the copy is whole.
  mkdir -p "$work/stratus"
  local attempt
  for attempt in 1 2 3 4 5; do
    rm -rf "$work/stratus/"*
    cp -r server/target/stratus.jar server/target/lib "$work/stratus/" 2>/dev/null \
      && STRATUS_VERSION=$("$JAVA" -jar "$work/stratus/stratus.jar" version 2>/dev/null | tail -1) \
      && [ -n "$STRATUS_VERSION" ] && break
    STRATUS_VERSION=""
    log "server/target is being rebuilt; retrying the copy ($attempt)"; sleep 5
  done
  [ -n "$STRATUS_VERSION" ] || die "could not copy a working server/target/stratus.jar"
  STRATUS_GIT=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
  [ -n "$(git status --porcelain -- protocol store server 2>/dev/null)" ] && STRATUS_GIT="$STRATUS_GIT + uncommitted changes"
  return 0
}

# Builds the load generator and copies it to $work/loadgen.
build_loadgen() {
  log "building the load generator (mvn -pl bench package)"
  mvn -B -q -pl bench package -DskipTests >"$work/bench-build.log" 2>&1 || { cat "$work/bench-build.log" >&2; die "bench build failed"; }
  mkdir -p "$work/loadgen" && cp -r bench/target/stratus-bench.jar bench/target/lib "$work/loadgen/"
}

# The JVM options ./stratus start uses (its CDS archive beside the copy in $work), unless STRATUS_JAVA_OPTS is set.
stratus_java_opts() {
  STRATUS_JAVA_OPTS=${STRATUS_JAVA_OPTS:-"-XX:+UseSerialGC -Xss512k -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$work/stratus/stratus.jsa -Xshare:auto"}
}

# Machine facts for a report's header table.
machine_table() {
  echo "| | |"
  echo "|---|---|"
  echo "| nproc | $(nproc) |"
  echo "| CPU | $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo) |"
  echo "| Memory | $(awk '/^MemTotal:/ { printf "%.1f", $2/1048576 }' /proc/meminfo) GiB |"
  echo "| JDK | $("$JAVA" -version 2>&1 | head -1) ($JAVA_HOME) |"
  echo "| OS | $(uname -sr) |"
  echo "| Date (UTC) | $(date -u '+%Y-%m-%dT%H:%M:%SZ') |"
}
