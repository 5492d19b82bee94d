# bench/lib.sh — shared helpers for the rapport benchmark scripts.
#
# Sourced, not executed:  . "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
# Each measurement group (import.sh; agenda.sh for agenda/overdue/next/log;
# taskwarrior.sh for the taskwarrior comparison) is its own script that sources this file, so
# that locating the repository, installing tools, running the JVM, measuring
# and recording results work the same way in all of them.
#
# Provides:
#   BENCH_DIR ROOT JAR OUT_DIR DATA_DIR RESULTS RUN_ID   paths and the run's id
#   bench_ensure_tools          install hyperfine, sqlite3, /usr/bin/time if missing
#   bench_ensure_jar            build target/rapport.jar if it is missing
#   bench_generate KIND N [CUSTOMERS]  (re)generate bench/data/KIND.csv if stale
#   rapport_cmd                 prints nothing; sets the array RAPPORT=(java ... -jar JAR)
#   rapport_build_cmd           same for bin/rapport or $BENCH_ROOT/bin/rapport; prints which
#                               build is measured (BENCH_BUILD_ID); bench_build_unchanged at the end
#   bench_lock                  one measurement run at a time (waits for the lock)
#   measure NAME ROWS -- CMD... run CMD once under /usr/bin/time -v, print and record
#   measure_repeated NAME ROWS RUNS -- CMD...  same with hyperfine (short commands)
#   bench_group_reset / bench_group_add NAME ROWS -- CMD... / bench_group_run GROUP RUNS WARMUP
#                               several commands in ONE hyperfine run (figures compared
#                               with each other); results in G_NAME G_MEDIAN G_MEAN ... G_RSS
#   bench_pick_day DB agenda|overdue N   a --today date with about N items (estimate)
#   bench_count_csv FILE        data rows of a CSV file with a header row
#   bench_wait_quiet            wait (bounded) until the CPUs are idle; warn if they do not get so
#   bench_cpu_busy              percent of the CPUs busy over 2 seconds
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
  # The launcher's one-time setup for a new jar (unpacking SQLite's library,
  # recording the class archive: a couple of seconds) happens here, once, and
  # not inside the first measurement.
  "${RAPPORT[@]}" --version >/dev/null 2>&1 || true
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

# --- Several commands in one hyperfine run -------------------------------------
# For figures that only mean something next to each other (a command against
# `rapport --version`, rapport against taskwarrior): one hyperfine invocation
# runs all of them, so they share the machine's state of that moment.
#
#   bench_group_reset
#   bench_group_add NAME ROWS -- CMD...      (as often as needed)
#   bench_group_run GROUP RUNS WARMUP
#
# bench_group_run first runs each command once as a check (stdout in
# ${G_OUT[i]}, stderr in ${G_ERR[i]}, for the caller to count items); a command
# that fails there is reported, recorded with its status and left out of the
# hyperfine run, so one missing command does not lose the others' figures.
# hyperfine runs the rest with -N (no shell in between: the figure is the
# command's own wall time, process start to exit) and --output=pipe (output
# read through a pipe and discarded, as in `rapport overdue --format csv | ...`);
# its JSON goes to logs/GROUP.hyperfine.json. Then one extra run of each under
# /usr/bin/time -v gives the peak RSS.
# Results, per index i in the order added: G_NAME G_ROWS G_CMD G_STATUS (exit
# status of the check run), G_MEAN G_MEDIAN G_STDDEV G_MIN G_MAX (seconds),
# G_RSS (MB); for the whole hyperfine run G_HF_WALL (s) and the CPU seconds
# used by the measured commands (G_CPU_OURS), by everything else on the
# machine (G_CPU_OTHER, approximate: a few tenths of a second are hyperfine
# itself and rounding) and stolen by the hypervisor (G_CPU_STEAL). Each
# successful command is recorded in results.tsv with its
# MEDIAN as wall_s (tool "hyperfine-median", plus "jar=… bin=…" after
# rapport_build_cmd); rows/s is ROWS / median.
bench_group_reset() {
  G_NAME=() G_ROWS=() G_CMD=() G_STATUS=() G_OUT=() G_ERR=()
  G_MEAN=() G_MEDIAN=() G_STDDEV=() G_MIN=() G_MAX=() G_RSS=()
  G_CPU_OURS='' G_CPU_OTHER='' G_CPU_STEAL='' G_HF_WALL=''
}

bench_group_add() { # NAME ROWS -- CMD...
  local name=$1 rows=$2 arg
  shift 2
  [ "${1:-}" = -- ] && shift
  [ $# -gt 0 ] || bench_die "bench_group_add: no command"
  for arg in "$@"; do
    # hyperfine -N splits the command line like a POSIX shell; keep to words
    # that printf %q quotes with backslashes only (no $'...' forms).
    case $arg in *[$'\n\t']*) bench_die "bench_group_add: argument with a tab or newline: $arg" ;; esac
  done
  G_NAME+=("$name")
  G_ROWS+=("$rows")
  G_CMD+=("$(printf '%q ' "$@")")
}

bench_group_run() { # GROUP RUNS WARMUP
  local group=$1 runs=$2 warmup=$3
  local slug json i status names=() cmds=() idx=() k
  slug=$(printf '%s' "$group" | tr -c 'A-Za-z0-9._-' '_')
  json=$OUT_DIR/logs/$slug.hyperfine.json
  for i in "${!G_NAME[@]}"; do
    G_OUT[$i]=$OUT_DIR/logs/$slug.$i.out
    G_ERR[$i]=$OUT_DIR/logs/$slug.$i.err
    G_MEAN[$i]='' G_MEDIAN[$i]='' G_STDDEV[$i]='' G_MIN[$i]='' G_MAX[$i]='' G_RSS[$i]=''
    status=0
    eval "${G_CMD[$i]}" >"${G_OUT[$i]}" 2>"${G_ERR[$i]}" </dev/null || status=$?
    G_STATUS[$i]=$status
    if [ "$status" -eq 0 ]; then
      names+=(-n "${G_NAME[$i]}")
      cmds+=("${G_CMD[$i]}")
      idx+=("$i")
    else
      bench_log "bench: ${G_NAME[$i]}: failed in the check run (exit $status), left out; last lines:"
      tail -n 3 -- "${G_ERR[$i]}" | sed 's/^/    /' >&2
      bench_record "${G_NAME[$i]}" "${G_ROWS[$i]}" "" "" "" "$status" "hyperfine-median${BENCH_BUILD_ID:+ $BENCH_BUILD_ID}"
    fi
  done
  [ ${#cmds[@]} -gt 0 ] || return 1
  status=0
  local cpu0 cpu1 t0 t1
  cpu0=$(bench_cpu_ticks) t0=$(date +%s.%N)
  hyperfine -N --output=pipe --style basic --runs "$runs" --warmup "$warmup" \
    --export-json "$json" "${names[@]}" -- "${cmds[@]}" >"$OUT_DIR/logs/$slug.hyperfine.log" 2>&1 || status=$?
  cpu1=$(bench_cpu_ticks) t1=$(date +%s.%N)
  if [ "$status" -ne 0 ]; then
    bench_log "bench: hyperfine failed (exit $status), see $OUT_DIR/logs/$slug.hyperfine.log"
    tail -n 5 -- "$OUT_DIR/logs/$slug.hyperfine.log" | sed 's/^/    /' >&2
    for i in "${idx[@]}"; do bench_record "${G_NAME[$i]}" "${G_ROWS[$i]}" "" "" "" "$status" "hyperfine-median${BENCH_BUILD_ID:+ $BENCH_BUILD_ID}"; done
    return "$status"
  fi
  k=0
  while read -r mean median stddev min max; do
    i=${idx[$k]}
    G_MEAN[$i]=$mean G_MEDIAN[$i]=$median G_STDDEV[$i]=$stddev G_MIN[$i]=$min G_MAX[$i]=$max
    k=$((k + 1))
  done < <(python3 -c 'import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(" ".join("%.4f" % r[k] for k in ("mean", "median", "stddev", "min", "max")))' "$json")
  # How much of the machine this run had: all CPU time used during the
  # hyperfine run, less what the measured commands used (hyperfine's user +
  # system per run, warm-ups counted like timed runs), is what other
  # processes took; steal is time the hypervisor gave to other VMs.
  read -r G_CPU_OURS G_CPU_OTHER G_CPU_STEAL G_HF_WALL < <(python3 -c 'import json, os, sys
runs, warmup = int(sys.argv[2]), int(sys.argv[3])
busy0, steal0 = map(int, sys.argv[4].split()); busy1, steal1 = map(int, sys.argv[5].split())
hz = os.sysconf("SC_CLK_TCK")
ours = sum((r["user"] + r["system"]) * (runs + warmup) for r in json.load(open(sys.argv[1]))["results"])
print("%.1f %.1f %.1f %.1f" % (ours, (busy1 - busy0) / hz - ours, (steal1 - steal0) / hz, float(sys.argv[7]) - float(sys.argv[6])))' \
    "$json" "$runs" "$warmup" "$cpu0" "$cpu1" "$t0" "$t1")
  for i in "${idx[@]}"; do
    eval "/usr/bin/time -v -o \"\$OUT_DIR/logs/\$slug.\$i.time\" -- ${G_CMD[$i]}" >/dev/null 2>&1 </dev/null || true
    G_RSS[$i]=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$OUT_DIR/logs/$slug.$i.time")
    bench_record "${G_NAME[$i]}" "${G_ROWS[$i]}" "${G_MEDIAN[$i]}" \
      "$(awk -v r="${G_ROWS[$i]}" -v w="${G_MEDIAN[$i]}" 'BEGIN { printf "%.0f", (w > 0 ? r / w : 0) }')" \
      "${G_RSS[$i]}" 0 "hyperfine-median${BENCH_BUILD_ID:+ $BENCH_BUILD_ID}"
  done
}

# --- Picking a planning date -----------------------------------------------------
# bench_pick_day DB agenda|overdue N  ->  prints "DAY ESTIMATE"
# The day on which `rapport agenda --today DAY` (items due on or before DAY)
# or `rapport overdue --today DAY` (due before DAY) lists about N items,
# estimated from the database itself, opened read-only: every date of every
# customer's plan column, plus each open obligation's due date (or its
# escalation date, when earlier: an escalated obligation shows from then on).
# agenda: the day of the N-th date itself (a working day with items due on
# it, so the agenda has today's items besides the overdue ones; at most that
# day's items above N); overdue: of the two days around the N-th date, the
# one whose count is nearer N. The caller checks the estimate against
# rapport's real count.
bench_pick_day() {
  python3 - "$@" <<'PY'
import bisect, datetime, sqlite3, sys
db, mode, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
dates = []
for (plan,) in con.execute("SELECT plan FROM customer WHERE next_due IS NOT NULL"):
    for part in plan.split(";"):
        if "=" in part:
            dates.append(part.split("=", 1)[1])
for due, esc in con.execute("SELECT due, escalate_on FROM obligation WHERE closed IS NULL"):
    dates.append(min(due, esc) if esc else due)
con.close()
dates.sort()
if not dates:
    sys.exit("no planned dates in " + db)
n = max(1, min(n, len(dates)))
day = lambda s: datetime.date.fromisoformat(s)
hi = day(dates[n - 1])                  # count(<= hi) >= n
lo = hi - datetime.timedelta(days=1)    # count(<= lo) <  n
c_hi = bisect.bisect_right(dates, hi.isoformat())
c_lo = bisect.bisect_right(dates, lo.isoformat())
pick, count = (lo, c_lo) if mode == "overdue" and n - c_lo < c_hi - n else (hi, c_hi)
if mode == "overdue":                   # due before DAY = due on or before DAY - 1
    pick += datetime.timedelta(days=1)
print(pick.isoformat(), count)
PY
}

# bench_count_csv FILE  ->  data rows of a CSV file with a header row
# (parsed, so a quoted field with a line break still counts as one row).
bench_count_csv() {
  python3 -c 'import csv, sys
print(max(0, sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))) - 1))' "$1"
}

# --- A quiet machine ----------------------------------------------------------------
# bench_cpu_busy  ->  percent of all CPUs busy over the next 2 seconds (/proc/stat)
bench_cpu_busy() {
  local a b
  a=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
  sleep 2
  b=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " ");
    busy = y[1] - x[1]; idle = y[2] - x[2]; printf "%.0f", (busy + idle > 0 ? 100 * busy / (busy + idle) : 0) }'
}

# bench_cpu_ticks  ->  "BUSY STEAL": clock ticks all CPUs spent busy (user,
# nice, system, irq, softirq) and stolen by the hypervisor, since boot
bench_cpu_ticks() {
  awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $9 }' /proc/stat
}

# bench_wait_quiet: before short measurements that are compared with each
# other, wait (up to BENCH_QUIET_WAIT seconds, default 300) until less than
# BENCH_QUIET_PCT percent (default 15) of the CPUs are busy — on a 2-CPU VM a
# concurrent build or test run (mvn) doubles the figures. Prints what it
# found; carries on with a warning when the machine does not get quiet.
# Sets BENCH_BUSY to the last reading.
bench_wait_quiet() {
  local max=${BENCH_QUIET_WAIT:-300} pct=${BENCH_QUIET_PCT:-15} waited=0
  BENCH_BUSY=$(bench_cpu_busy)
  while [ "$BENCH_BUSY" -ge "$pct" ] && [ "$waited" -lt "$max" ]; do
    [ "$waited" -gt 0 ] || bench_log "bench: ${BENCH_BUSY}% CPU busy before the measurement; waiting up to ${max} s for a quiet machine ..."
    sleep 8
    waited=$((waited + 10))
    BENCH_BUSY=$(bench_cpu_busy)
  done
  if [ "$BENCH_BUSY" -ge "$pct" ]; then
    bench_log "bench: WARNING: still ${BENCH_BUSY}% CPU busy; the figures of this run are disturbed by:"
    ps -eo pcpu,pid,args --sort=-pcpu | sed -n '2,4p' | cut -c1-120 | sed 's/^/    /' >&2
  else
    bench_log "bench: machine quiet (${BENCH_BUSY}% CPU busy)"
  fi
}

# --- Which build is measured --------------------------------------------------------
# rapport_build_cmd: like rapport_cmd (the same pinned environment), for the
# launcher and jar in place — bin/rapport and target/rapport.jar, or those of
# another checkout given as BENCH_ROOT (e.g. a clone built elsewhere, to
# measure a commit without touching target/). They are run where they are,
# not copied: the launcher's class-data archive is tied to the jar's path.
# Prints what is measured: the jar's time and checksum, the launcher's
# checksum and whether it is the committed one, and a warning when src/main or
# pom.xml is newer than the jar (the figures are then not those of HEAD).
# Sets BENCH_BUILD_ID ("jar=SHA8 bin=SHA8", for the results' tool column);
# bench_build_unchanged, called at the end, says whether either changed
# during the run (a rebuild or a launcher edit in the middle mixes builds).
rapport_build_cmd() {
  local root=${BENCH_ROOT:-$ROOT}
  BENCH_BUILD_LAUNCHER=$root/bin/rapport BENCH_BUILD_JAR=$root/target/rapport.jar
  [ -x "$BENCH_BUILD_LAUNCHER" ] || bench_die "no launcher $BENCH_BUILD_LAUNCHER"
  [ -f "$BENCH_BUILD_JAR" ] || bench_die "no jar $BENCH_BUILD_JAR (build it first)"
  local jar_sha bin_sha bin_state=committed
  jar_sha=$(sha256sum -- "$BENCH_BUILD_JAR" | cut -c1-8)
  bin_sha=$(sha256sum -- "$BENCH_BUILD_LAUNCHER" | cut -c1-8)
  [ -z "$(git -C "$root" status --porcelain -- bin/rapport 2>/dev/null)" ] ||
    bin_state="modified in the work tree, not committed"
  BENCH_BUILD_ID="jar=$jar_sha bin=$bin_sha"
  printf 'measured: %s built %s (sha256 %s), bin/rapport %s (sha256 %s); checkout at %s\n' \
    "$BENCH_BUILD_JAR" "$(date -u -r "$BENCH_BUILD_JAR" '+%Y-%m-%d %H:%M:%S UTC')" "$jar_sha" "$bin_state" "$bin_sha" \
    "$(git -C "$root" log -1 --format='%h %cd' --date='format:%Y-%m-%d %H:%M' 2>/dev/null || echo -)"
  if [ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$BENCH_BUILD_JAR" -print -quit 2>/dev/null)" ]; then
    printf 'WARNING: src/main or pom.xml changed after the jar was built: these figures are of the jar, not of HEAD\n'
    printf '         (last commit touching them: %s)\n' \
      "$(git -C "$root" log -1 --format='%h %cd %s' --date='format:%Y-%m-%d %H:%M' -- src/main pom.xml 2>/dev/null | cut -c1-100)"
  fi
  local native=$OUT_DIR/sqlite-native
  mkdir -p -m 0700 -- "$native" "$OUT_DIR/xdg/config" "$OUT_DIR/xdg/data"
  RAPPORT=(env -u RAPPORT_DB -u RAPPORT_CONFIG -u RAPPORT_TODAY
    XDG_CONFIG_HOME="$OUT_DIR/xdg/config" XDG_DATA_HOME="$OUT_DIR/xdg/data"
    XDG_CACHE_HOME="$native" RAPPORT_NO_BUILD=1 "$BENCH_BUILD_LAUNCHER")
}

bench_build_unchanged() {
  local now
  now="jar=$(sha256sum -- "$BENCH_BUILD_JAR" | cut -c1-8) bin=$(sha256sum -- "$BENCH_BUILD_LAUNCHER" | cut -c1-8)"
  if [ "$now" = "$BENCH_BUILD_ID" ]; then
    echo "build unchanged during the run ($BENCH_BUILD_ID)"
  else
    echo "WARNING: the build changed during the run ($BENCH_BUILD_ID -> $now): the figures mix two builds"
    return 1
  fi
}

# --- One measurement run at a time -----------------------------------------------------
# bench_lock: the measurement scripts share bench/out (logs, the taskwarrior
# data, the copy for log) and the machine; a second run at the same time
# would clobber the first's files and both runs' figures. Waits up to
# BENCH_LOCK_WAIT seconds (default 1800) for the run holding the lock.
bench_lock() {
  exec 9>"$OUT_DIR/.bench.lock"
  if ! flock -n 9; then
    bench_log "bench: another measurement run holds $OUT_DIR/.bench.lock; waiting ..."
    flock -w "${BENCH_LOCK_WAIT:-1800}" 9 || bench_die "gave up waiting for $OUT_DIR/.bench.lock"
  fi
}
