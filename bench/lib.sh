# bench/lib.sh — shared helpers for the rapport benchmark scripts.
#
# Sourced, not executed:  . "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
# Each measurement group (import.sh now; agenda/overdue/next/log and the
# taskwarrior comparison later) is its own script that sources this file, so
# that locating the repository, installing tools, running the JVM, measuring
# and recording results work the same way in all of them.
#
# Provides:
#   BENCH_DIR ROOT JAR OUT_DIR DATA_DIR RESULTS RUN_ID   paths and the run's id
#   bench_ensure_tools          install hyperfine, sqlite3, /usr/bin/time if missing
#   bench_ensure_jar            build target/rapport.jar if it is missing
#   bench_generate KIND N [CUSTOMERS]  (re)generate bench/data/KIND.csv if stale
#   rapport_cmd                 prints nothing; sets the array RAPPORT=(java ... -jar JAR)
#   measure NAME ROWS -- CMD... run CMD once under /usr/bin/time -v, print and record
#   measure_repeated NAME ROWS RUNS -- CMD...  same with hyperfine (short commands)
#   bench_fmt_int N             1234567 -> 1,234,567
#   M_WALL M_RSS_MB M_RATE M_STATUS   figures of the last measure call

# Strict mode also for the sourcing script: a failing step must stop the bench
# rather than produce a table of numbers from a half-done run.
set -euo pipefail

BENCH_DIR=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -P -- "$BENCH_DIR/.." && pwd)
JAR=$ROOT/target/rapport.jar
OUT_DIR=$BENCH_DIR/out      # results, logs, scratch databases (git-ignored)
DATA_DIR=$BENCH_DIR/data    # generated CSV files (git-ignored, large)
RESULTS=$OUT_DIR/results.tsv
# One id per script run, so results.tsv rows of the same run can be grouped.
RUN_ID=${RUN_ID:-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p -- "$OUT_DIR/logs" "$DATA_DIR"

bench_log() { printf '%s\n' "$*" >&2; }
bench_die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# --- Tools ------------------------------------------------------------------
# Only touch the package manager when something is actually missing: a
# bench run on a prepared machine must not depend on the network.
bench_ensure_tools() {
  local missing=()
  command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
  command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
  [ -x /usr/bin/time ] || missing+=(time)          # GNU time, for -v (peak RSS)
  command -v python3 >/dev/null 2>&1 || bench_die "python3 is needed for generate.py"
  command -v java >/dev/null 2>&1 || bench_die "java (17 or newer) is needed"
  if [ ${#missing[@]} -gt 0 ]; then
    bench_log "bench: installing ${missing[*]} ..."
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# --- The jar ------------------------------------------------------------------
# Built only when missing. Deliberately not rebuilt when sources are newer
# (unlike bin/rapport): the bench measures the jar that is there, and a
# rebuild in the middle of a run would change what is being measured.
bench_ensure_jar() {
  if [ ! -f "$JAR" ]; then
    bench_log "bench: building $JAR ..."
    (cd -- "$ROOT" && mvn -B -q clean package -DskipTests) >&2
    [ -f "$JAR" ] || bench_die "the build did not produce $JAR"
  fi
}

# The command line: bin/rapport itself, so the figures are what a user running
# `rapport` sees, with RAPPORT_NO_BUILD=1 so that it never rebuilds the jar in
# the middle of a measurement.
# The environment is pinned (own XDG dirs, no RAPPORT_* variables) so a
# user's policy file or database cannot leak into the measurement.
rapport_cmd() {
  local native=$OUT_DIR/sqlite-native
  mkdir -p -m 0700 -- "$native" "$OUT_DIR/xdg/config" "$OUT_DIR/xdg/data"
  # shellcheck disable=SC2206
  RAPPORT=(env -u RAPPORT_DB -u RAPPORT_CONFIG -u RAPPORT_TODAY
    XDG_CONFIG_HOME="$OUT_DIR/xdg/config" XDG_DATA_HOME="$OUT_DIR/xdg/data"
    XDG_CACHE_HOME="$native" RAPPORT_NO_BUILD=1 "$ROOT/bin/rapport")
}

# --- Data -------------------------------------------------------------------
# bench_generate customers N            -> $DATA_DIR/customers.csv
# bench_generate interactions N NCUST   -> $DATA_DIR/interactions.csv
# Regenerates only when the file is missing or its stamp (generator checksum
# + arguments) differs: 1M/5M rows take a while and are byte-identical anyway.
bench_generate() {
  local kind=$1 n=$2 ncust=${3:-}
  local file=$DATA_DIR/$kind.csv stamp=$DATA_DIR/$kind.csv.stamp want
  want="generator=$(sha256sum "$BENCH_DIR/generate.py" | cut -c1-16) kind=$kind rows=$n customers=$ncust seed=42"
  if [ -f "$file" ] && [ -f "$stamp" ] && [ "$(cat -- "$stamp")" = "$want" ]; then
    bench_log "bench: $file is up to date ($(bench_fmt_int "$n") rows)"
    return 0
  fi
  rm -f -- "$stamp"
  bench_log "bench: generating $(bench_fmt_int "$n") $kind into $file ..."
  local t0 t1
  t0=$(date +%s.%N)
  if [ "$kind" = customers ]; then
    python3 "$BENCH_DIR/generate.py" customers "$n" "$file"
  else
    python3 "$BENCH_DIR/generate.py" interactions "$n" "$ncust" "$file"
  fi
  t1=$(date +%s.%N)
  printf '%s\n' "$want" >"$stamp"
  bench_log "$(awk -v a="$t0" -v b="$t1" -v f="$file" 'BEGIN { printf "bench: generated %s in %.1f s", f, b - a }') ($(du -h -- "$file" | cut -f1))"
}

# --- Formatting -------------------------------------------------------------
# Thousands separators without depending on the locale (printf "%'d" does).
bench_fmt_int() {
  local n=$1 out=""
  while [ ${#n} -gt 3 ]; do
    out=,${n: -3}$out
    n=${n:0:${#n}-3}
  done
  printf '%s%s' "$n" "$out"
}

# --- Results file -------------------------------------------------------------
# One row per measurement; failed runs are recorded too (status != 0, empty
# figures) so a results file shows when a command was not available.
bench_record() { # name rows wall_s rows_per_s rss_mb status tool
  if [ ! -s "$RESULTS" ]; then
    printf 'run\tname\trows\twall_s\trows_per_s\tpeak_rss_mb\tstatus\ttool\tcommit\thost\tnproc\n' >"$RESULTS"
  fi
  local commit
  commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo -)
  # a "+" marks a dirty tree: the figures are then not those of the commit alone
  if [ -n "$(git -C "$ROOT" status --porcelain -- src pom.xml 2>/dev/null)" ]; then commit=$commit+; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$RUN_ID" "$1" "$2" "$3" "$4" "$5" "$6" "$7" \
    "$commit" "$(hostname)" "$(nproc)" >>"$RESULTS"
}

# --- measure NAME ROWS -- COMMAND... ---------------------------------------------
# Runs COMMAND once under GNU time -v, its stdout+stderr going to
# $OUT_DIR/logs/NAME.log (an import of 1M rows may print a lot, and the
# console should show only the figures). Prints
#   NAME: wall 12.34 s, 81,000 rows/s, peak RSS 180 MB
# records the figures in results.tsv and returns COMMAND's exit status, so
# callers decide what a failure means:  if measure ...; then ...; fi
# Peak RSS is "Maximum resident set size": the largest single process the
# command waited for (for a `sh -c` wrapper that is its biggest child).
measure() {
  local name=$1 rows=$2
  shift 2
  [ "${1:-}" = -- ] && shift
  [ $# -gt 0 ] || bench_die "measure: no command"
  local slug log tv status=0
  slug=$(printf '%s' "$name" | tr -c 'A-Za-z0-9._-' '_')
  log=$OUT_DIR/logs/$slug.log
  tv=$OUT_DIR/logs/$slug.time
  /usr/bin/time -v -o "$tv" -- "$@" >"$log" 2>&1 || status=$?
  M_STATUS=$status
  # "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" -> seconds
  M_WALL=$(awk -F': ' '/Elapsed \(wall clock\) time/ {
      n = split($2, p, ":"); s = 0
      for (i = 1; i <= n; i++) s = s * 60 + p[i]
      printf "%.2f", s }' "$tv")
  # "Maximum resident set size (kbytes): 183456" -> MB (MiB)
  M_RSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tv")
  M_RATE=$(awk -v r="$rows" -v w="$M_WALL" 'BEGIN { printf "%.0f", (w > 0 ? r / w : 0) }')
  if [ "$status" -ne 0 ]; then
    bench_record "$name" "$rows" "" "" "" "$status" time
    return "$status"
  fi
  printf '%s: wall %s s, %s rows/s, peak RSS %s MB\n' "$name" "$M_WALL" "$(bench_fmt_int "$M_RATE")" "$M_RSS_MB"
  bench_record "$name" "$rows" "$M_WALL" "$M_RATE" "$M_RSS_MB" 0 time
}

# --- measure_repeated NAME ROWS RUNS -- COMMAND... -----------------------------
# For the short commands of later groups (agenda, next, ...), where one run
# is too noisy: hyperfine runs COMMAND RUNS times after one warm-up and the
# mean is reported; peak RSS comes from one extra run under /usr/bin/time -v.
# COMMAND is passed to hyperfine as one shell-quoted string.
measure_repeated() {
  local name=$1 rows=$2 runs=$3
  shift 3
  [ "${1:-}" = -- ] && shift
  local slug json cmd status=0
  slug=$(printf '%s' "$name" | tr -c 'A-Za-z0-9._-' '_')
  json=$OUT_DIR/logs/$slug.hyperfine.json
  cmd=$(printf '%q ' "$@")
  hyperfine --style none --warmup 1 --runs "$runs" --export-json "$json" -- "$cmd" \
    >"$OUT_DIR/logs/$slug.log" 2>&1 || status=$?
  M_STATUS=$status
  if [ "$status" -ne 0 ]; then
    bench_record "$name" "$rows" "" "" "" "$status" hyperfine
    return "$status"
  fi
  M_WALL=$(python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["mean"])' "$json")
  /usr/bin/time -v -o "$OUT_DIR/logs/$slug.time" -- "$@" >/dev/null 2>&1 || true
  M_RSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$OUT_DIR/logs/$slug.time")
  M_RATE=$(awk -v r="$rows" -v w="$M_WALL" 'BEGIN { printf "%.0f", (w > 0 ? r / w : 0) }')
  printf '%s: mean wall %s s over %s runs, %s rows/s, peak RSS %s MB\n' \
    "$name" "$M_WALL" "$runs" "$(bench_fmt_int "$M_RATE")" "$M_RSS_MB"
  bench_record "$name" "$rows" "$M_WALL" "$M_RATE" "$M_RSS_MB" 0 hyperfine
}

# Machine description for reports: CPUs, memory, CPU model, the disk holding OUT_DIR.
bench_machine() {
  printf 'machine: %s CPUs (%s), %s RAM, java %s, sqlite3 %s\n' "$(nproc)" \
    "$(lscpu 2>/dev/null | awk -F': *' '/Model name/ { print $2; exit }')" \
    "$(free -h | awk '/^Mem:/ { print $2 }')" \
    "$(java -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')" \
    "$(sqlite3 --version | cut -d' ' -f1)"
}
