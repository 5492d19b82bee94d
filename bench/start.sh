#!/usr/bin/env bash
# bench/start.sh [N]
#
# How fast rapport starts for the everyday commands, on a database of N
# customers (default 10,000) and 5 N contacts, next to taskwarrior's `task next`
# holding the same number of items. All in one hyperfine invocation (-N,
# output through a pipe, RUNS runs after WARMUP warm-ups each):
#
#   rapport --version                       the JVM and picocli alone
#   rapport agenda --today D                a morning's agenda: the day D on which about ITEMS
#                                           (default 100) items are due or overdue
#   rapport agenda                          today, the real date: on this synthetic history nearly
#                                           every customer is overdue (thousands of rows)
#   rapport next C0000042
#   task next                               taskwarrior 2.x with N pending tasks (one per customer,
#                                           due on its next contact date)
#
# Target (issue 6): median of `rapport agenda --today D` at most 0.200 s.
#
# The data and the database live in bench/out/start/N/ and are made once (again
# when N or generate.py changes). The measured build is bin/rapport with
# target/rapport.jar as they are (RAPPORT_NO_BUILD=1); the class archive is
# trained before the measurement. Environment: RUNS (default 20), WARMUP (3),
# ITEMS (100), BENCH_ROOT (measure another checkout's build), BASELINE_ROOT
# (another checkout's build, measured in the same hyperfine run on a copy of
# the database, with the ratios this build / baseline: a before-and-after that
# the machine's noise affects alike).

set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"

N=${1:-10000}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
ITEMS=${ITEMS:-100}
TARGET=0.200
case "$N$RUNS$WARMUP$ITEMS" in
  *[!0-9]*) bench_die "usage: bench/start.sh [N] (whole numbers; RUNS, WARMUP, ITEMS too)" ;;
esac

bench_lock
bench_ensure_tools
bench_ensure_jar
if ! command -v task >/dev/null 2>&1; then
  bench_log "bench: installing taskwarrior ..."
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq taskwarrior >/dev/null
fi
TASK_VERSION=$(task --version)
bench_machine
echo "taskwarrior $TASK_VERSION"
rapport_build_cmd

DIR=$OUT_DIR/start/$N
DB=$DIR/rapport.db
mkdir -p -- "$DIR"

# --- The database: N customers, 5 N contacts, made once ------------------------
stamp="$N $(sha256sum -- "$BENCH_DIR/generate.py" | cut -c1-16)"
if [ ! -f "$DB" ] || [ "$(cat -- "$DIR/stamp" 2>/dev/null)" != "$stamp" ]; then
  bench_log "bench: generating $N customers and $((5 * N)) contacts, importing them into $DB ..."
  rm -f -- "$DB" "$DB-wal" "$DB-shm" "$DIR/stamp"
  python3 "$BENCH_DIR/generate.py" customers "$N" "$DIR/customers.csv"
  python3 "$BENCH_DIR/generate.py" interactions "$((5 * N))" "$N" "$DIR/interactions.csv"
  "${RAPPORT[@]}" --db "$DB" import customers "$DIR/customers.csv" >&2
  "${RAPPORT[@]}" --db "$DB" import interactions "$DIR/interactions.csv" >&2
  printf '%s\n' "$stamp" >"$DIR/stamp"
fi
R=("${RAPPORT[@]}" --db "$DB")
# The first run of a new jar trains the class archive (seconds): not in the figures.
"${R[@]}" --version >/dev/null
CUSTOMERS=$(sqlite3 -readonly "$DB" 'SELECT count(*) FROM customer')
read -r DAY estimate < <(bench_pick_day "$DB" agenda "$ITEMS") || true
[ -n "${DAY:-}" ] || bench_die "could not pick a day for $ITEMS items"
DAY_ITEMS=$(bench_count_csv <("${R[@]}" --today "$DAY" agenda --format csv))
TODAY_ITEMS=$(bench_count_csv <("${R[@]}" agenda --format csv))
echo "database: $DB, $(du -h -- "$DB" | cut -f1), $(bench_fmt_int "$CUSTOMERS") customers;" \
  "agenda --today $DAY: $(bench_fmt_int "$DAY_ITEMS") items; agenda today ($(date +%F)): $(bench_fmt_int "$TODAY_ITEMS") items"

# --- taskwarrior: one pending task per customer ---------------------------------
TW=$DIR/taskwarrior
if [ ! -f "$TW/stamp" ] || [ "$(cat -- "$TW/stamp")" != "$stamp $TASK_VERSION" ]; then
  rm -rf -- "$TW"
  mkdir -p -- "$TW/data"
  cat >"$TW/taskrc" <<RC
data.location=$TW/data
confirmation=off
verbose=nothing
json.array=on
gc=off
hooks=off
recurrence=off
detection=off
defaultwidth=200
color=off
news.version=$TASK_VERSION
RC
  python3 - "$DB" "$TW/tasks.json" <<'PY'
import json, sqlite3, sys, uuid
con = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
tasks = []
for cid, name, due, owner, tier in con.execute(
        "SELECT id, name, coalesce(next_due, '2030-01-01'), owner, tier FROM customer ORDER BY customer_no"):
    d = due.replace("-", "")
    tasks.append({"uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, "rapport-start/" + cid)), "status": "pending",
                  "description": "Contact customer %s %s" % (cid, name), "entry": "20200101T090000Z",
                  "due": d + "T090000Z", "project": owner or "none", "tags": [tier] if tier else []})
json.dump(tasks, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
  TASKRC=$TW/taskrc task import "$TW/tasks.json" >/dev/null 2>&1
  printf '%s\n' "$stamp $TASK_VERSION" >"$TW/stamp"
fi
TASKS=$(TASKRC=$TW/taskrc task status:pending count)
echo "taskwarrior: $(bench_fmt_int "$TASKS") pending tasks in $TW/data"

# --- One hyperfine run -------------------------------------------------------------
bench_group_reset
bench_group_add "rapport --version" 0 -- "${R[@]}" --version
bench_group_add "rapport agenda --today $DAY" "$DAY_ITEMS" -- "${R[@]}" --today "$DAY" agenda
bench_group_add "rapport agenda (today, all overdue)" "$TODAY_ITEMS" -- "${R[@]}" agenda
bench_group_add "rapport next C0000042" 1 -- "${R[@]}" next C0000042
bench_group_add "task --version" 0 -- env TASKRC="$TW/taskrc" task --version
bench_group_add "task next ($TASKS tasks)" "$TASKS" -- env TASKRC="$TW/taskrc" task next
if [ -n "${BASELINE_ROOT:-}" ]; then
  [ -x "$BASELINE_ROOT/bin/rapport" ] && [ -f "$BASELINE_ROOT/target/rapport.jar" ] \
    || bench_die "BASELINE_ROOT=$BASELINE_ROOT has no bin/rapport and target/rapport.jar (build it first)"
  # A copy: a build that upgrades the schema must not change the other's database.
  cp -- "$DB" "$DIR/baseline.db"
  B=(env -u RAPPORT_DB -u RAPPORT_CONFIG -u RAPPORT_TODAY XDG_CONFIG_HOME="$OUT_DIR/xdg/config"
    XDG_DATA_HOME="$OUT_DIR/xdg/data" XDG_CACHE_HOME="$OUT_DIR/xdg/baseline-cache" RAPPORT_NO_BUILD=1
    "$BASELINE_ROOT/bin/rapport" --db "$DIR/baseline.db")
  "${B[@]}" --version >/dev/null   # trains the baseline's class archive, outside the figures
  echo "baseline: $BASELINE_ROOT ($(git -C "$BASELINE_ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'))"
  bench_group_add "baseline --version" 0 -- "${B[@]}" --version
  bench_group_add "baseline agenda --today $DAY" "$DAY_ITEMS" -- "${B[@]}" --today "$DAY" agenda
  bench_group_add "baseline agenda (today, all overdue)" "$TODAY_ITEMS" -- "${B[@]}" agenda
  bench_group_add "baseline next C0000042" 1 -- "${B[@]}" next C0000042
fi
echo
echo "hyperfine: $RUNS runs after $WARMUP warm-ups each, all in one invocation ..."
bench_wait_quiet
BUSY_BEFORE=$BENCH_BUSY
bench_group_run "start group" "$RUNS" "$WARMUP" || true
BUSY_AFTER=$(bench_cpu_busy)

echo
printf '%-40s %8s %9s %9s %8s %8s %6s  %s\n' command items "median s" "mean s" "± s" "min s" RSS target
for i in "${!G_NAME[@]}"; do
  if [ -z "${G_MEDIAN[$i]}" ]; then
    printf '%-40s %8s  %s\n' "${G_NAME[$i]}" - "failed (exit ${G_STATUS[$i]}), see $OUT_DIR/logs/"
    continue
  fi
  verdict=''
  if [ "$i" -eq 1 ]; then
    verdict=$(awk -v m="${G_MEDIAN[$i]}" -v t="$TARGET" 'BEGIN { printf "<= %.3f s: %s", t, (m <= t ? "ok" : "MISSED") }')
  fi
  printf '%-40s %8s %9.3f %9.3f %8.3f %8.3f %6s  %s\n' "${G_NAME[$i]}" "$(bench_fmt_int "${G_ROWS[$i]}")" \
    "${G_MEDIAN[$i]}" "${G_MEAN[$i]}" "${G_STDDEV[$i]}" "${G_MIN[$i]}" "${G_RSS[$i]}" "$verdict"
done
if [ -n "${BASELINE_ROOT:-}" ]; then
  echo
  echo "this build / baseline, medians of the same run:"
  for k in 0 1 2 3; do
    b=$((k + 6))
    if [ -n "${G_MEDIAN[$k]}" ] && [ -n "${G_MEDIAN[$b]}" ]; then
      awk -v n="${G_NAME[$k]}" -v a="${G_MEDIAN[$k]}" -v z="${G_MEDIAN[$b]}" \
        'BEGIN { printf "  %-38s %.3f s / %.3f s = %.2f\n", n, a, z, a / z }'
    fi
  done
fi
echo
echo "lines printed: agenda --today $DAY $(wc -l <"${G_OUT[1]}"), agenda today $(wc -l <"${G_OUT[2]}")," \
  "task next $(wc -l <"${G_OUT[5]}") (taskwarrior's next report shows one page of the most urgent tasks)"
echo "CPU busy just before the hyperfine run: ${BUSY_BEFORE}%, just after: ${BUSY_AFTER}%; during its ${G_HF_WALL:-?} s:" \
  "measured commands ${G_CPU_OURS:-?} CPU s, other processes ~${G_CPU_OTHER:-?} CPU s, stolen by the hypervisor ${G_CPU_STEAL:-?} s"
bench_build_unchanged || true
echo "results appended to $RESULTS (run $RUN_ID, wall_s = median); hyperfine JSON in $OUT_DIR/logs/start_group.hyperfine.json"
