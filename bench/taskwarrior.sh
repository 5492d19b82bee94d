#!/usr/bin/env bash
# bench/taskwarrior.sh [N...]
#
# rapport against taskwarrior, on the same overdue items: for each N (default
# 10,000 and 100,000), pick the day D on which `rapport overdue --today D`
# lists about N items of bench/out/rapport.db (the database bench/import.sh
# leaves behind), import exactly those items as taskwarrior tasks into a
# throwaway taskwarrior data directory, and time, all in one hyperfine run,
#
#   task overdue                                   (taskwarrior 2.x, Debian's package)
#   rapport overdue --format csv --today D
#
# next to `rapport --version` and `task --version` (the start-up of each). The
# tasks are the rapport items themselves (description "Call customer C0000042
# Name", due date = the item's due date, project = the owner, tag = the tier),
# with due dates moved back by whole days only if some would not be in the
# past on the real clock, so that every task is overdue for taskwarrior too.
# `task import` is timed once (with measure) but is not part of the comparison.
#
# Nothing writes to bench/out/rapport.db. Taskwarrior's data goes to
# bench/out/taskwarrior/N/ (recreated each run).
#
# Environment: BENCH_ROOT (measure the bin/rapport and target/rapport.jar of another
# checkout, e.g. a clone built at some commit), RUNS (default 10), WARMUP (default 2).

set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"

[ $# -gt 0 ] || set -- 10000 100000
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
case "$*$RUNS$WARMUP" in
  *[!0-9\ ]*) bench_die "usage: bench/taskwarrior.sh [N...] (whole numbers; RUNS, WARMUP too)" ;;
esac

DB=$OUT_DIR/rapport.db
TW_DIR=$OUT_DIR/taskwarrior

bench_lock   # one measurement run at a time: they share bench/out and the CPUs
if pgrep -f 'bench/import\.sh' >/dev/null; then
  bench_die "bench/import.sh is running; wait until it has finished (it writes $DB)"
fi
[ -f "$DB" ] || bench_die "$DB is missing: run bench/import.sh first"
DB_STAMP=$(stat -c '%Y %s' -- "$DB")   # checked at the end: the measured database is only read

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
echo "taskwarrior $TASK_VERSION ($(dpkg-query -W -f='${Package} ${Version}' taskwarrior 2>/dev/null || echo 'not from dpkg'))"
rapport_build_cmd
R=("${RAPPORT[@]}" --db "$DB")
echo "database: $DB, $(du -h -- "$DB" | cut -f1)," \
  "$(bench_fmt_int "$(sqlite3 -readonly "$DB" 'SELECT count(*) FROM customer')") customers"

# A taskwarrior data directory of its own, with an rc file that keeps it quiet
# and unchanging: no headers or footnotes, no colours or terminal detection,
# a fixed width, no hooks, and no garbage collection (which could rewrite
# the data files during a measured report).
make_taskrc() { # dir
  mkdir -p -- "$1/data"
  cat >"$1/taskrc" <<RC
data.location=$1/data
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
}

# rapport's overdue CSV -> taskwarrior's JSON import format.
csv_to_tasks() { # csv json
  python3 - "$1" "$2" <<'PY'
import csv, datetime, json, sys, uuid
src, dst = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(src, newline="", encoding="utf-8")))
latest = max((datetime.date.fromisoformat(r["due"]) for r in rows), default=datetime.date.today())
# Every task must be overdue on the real clock: move all dates back by whole
# days if the latest is not before today.
shift = max(0, (latest - datetime.date.today()).days + 1)
stamp = lambda d: d.strftime("%Y%m%dT090000Z")
tasks = []
for i, r in enumerate(rows):
    due = datetime.date.fromisoformat(r["due"]) - datetime.timedelta(days=shift)
    tasks.append({
        "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, "rapport-bench/%d/%s/%s/%s" % (i, r["customer_id"], r["channel"], r["reason"]))),
        "status": "pending",
        "description": "%s customer %s %s" % (r["channel"].capitalize(), r["customer_id"], r["customer"]),
        "entry": stamp(due - datetime.timedelta(days=30)),
        "due": stamp(due),
        "project": r["owner"] or "none",
        "tags": [r["tier"]] if r["tier"] else [],
    })
json.dump(tasks, open(dst, "w", encoding="utf-8"), ensure_ascii=False)
print(len(tasks), shift)
PY
}

rm -rf -- "$TW_DIR"
mkdir -p -- "$TW_DIR"
declare -A DAY RAPPORT_ITEMS TASKS SHIFT IMPORT_WALL TASK_ITEMS TWRC
for n in "$@"; do
  read -r d estimate < <(bench_pick_day "$DB" overdue "$n") || true
  [ -n "${d:-}" ] || bench_die "could not pick a day for $n items"
  DAY[$n]=$d
  csv=$TW_DIR/overdue-$n.csv
  "${R[@]}" --today "$d" overdue --format csv >"$csv"
  RAPPORT_ITEMS[$n]=$(bench_count_csv "$csv")
  echo
  echo "N=$(bench_fmt_int "$n"): rapport overdue --today $d lists $(bench_fmt_int "${RAPPORT_ITEMS[$n]}") items" \
    "(estimated $(bench_fmt_int "$estimate"))"
  dir=$TW_DIR/$n
  make_taskrc "$dir"
  TWRC[$n]=$dir/taskrc
  read -r TASKS[$n] SHIFT[$n] < <(csv_to_tasks "$csv" "$dir/tasks.json") || true
  [ -n "${TASKS[$n]:-}" ] || bench_die "could not write the tasks for N=$n"
  [ "${SHIFT[$n]}" = 0 ] || echo "  due dates moved back by ${SHIFT[$n]} days so that all are in the past"
  if measure "task import $n" "${TASKS[$n]}" -- env TASKRC="${TWRC[$n]}" task import "$dir/tasks.json"; then
    IMPORT_WALL[$n]=$M_WALL
  else
    bench_die "task import failed (exit $M_STATUS), see $OUT_DIR/logs/"
  fi
  TASK_ITEMS[$n]=$(TASKRC=${TWRC[$n]} task +OVERDUE count)
  echo "  taskwarrior: $(bench_fmt_int "$(TASKRC=${TWRC[$n]} task status:pending count)") pending tasks," \
    "$(bench_fmt_int "${TASK_ITEMS[$n]}") overdue"
done

# Taskwarrior's files, to show afterwards that the measured reports left them alone.
tw_sums() { find "$TW_DIR" -path '*/data/*' -type f -exec sha256sum {} + | sort; }
SUMS_BEFORE=$(tw_sums)

echo
echo "hyperfine: $RUNS runs after $WARMUP warm-ups each, all in one invocation ..."
bench_group_reset
bench_group_add "rapport --version" 0 -- "${R[@]}" --version
bench_group_add "task --version" 0 -- env TASKRC="${TWRC[$1]}" task --version
declare -A TI RI
for n in "$@"; do
  TI[$n]=${#G_NAME[@]}
  bench_group_add "task overdue ($n tasks)" "${TASK_ITEMS[$n]}" -- env TASKRC="${TWRC[$n]}" task overdue
  RI[$n]=${#G_NAME[@]}
  bench_group_add "rapport overdue --format csv ($n items)" "${RAPPORT_ITEMS[$n]}" -- \
    "${R[@]}" --today "${DAY[$n]}" overdue --format csv
done
bench_wait_quiet
BUSY_BEFORE=$BENCH_BUSY
bench_group_run "taskwarrior group" "$RUNS" "$WARMUP" || true
BUSY_AFTER=$(bench_cpu_busy)
[ "$(tw_sums)" = "$SUMS_BEFORE" ] || echo "note: taskwarrior's data files changed during the measurement"

echo
printf '%-44s %10s %9s %9s %8s %6s\n' command items "median s" "mean s" "± s" RSS
for i in "${!G_NAME[@]}"; do
  if [ -z "${G_MEDIAN[$i]}" ]; then
    printf '%-44s %10s  %s\n' "${G_NAME[$i]}" - "failed (exit ${G_STATUS[$i]}), see $OUT_DIR/logs/"
    continue
  fi
  items=-
  [ "$i" -lt 2 ] || items=$(bench_fmt_int "${G_ROWS[$i]}")
  printf '%-44s %10s %9.3f %9.3f %8.3f %6s\n' "${G_NAME[$i]}" "$items" "${G_MEDIAN[$i]}" "${G_MEAN[$i]}" \
    "${G_STDDEV[$i]}" "${G_RSS[$i]}"
done

echo
printf '%10s %12s %12s %12s %16s %18s %14s\n' N "task items" "rapport items" "task import s" \
  "task overdue s" "rapport overdue s" "rapport/task"
for n in "$@"; do
  t=${G_MEDIAN[${TI[$n]}]:-} r=${G_MEDIAN[${RI[$n]}]:-} ratio=-
  [ -z "$t" ] || [ -z "$r" ] || ratio=$(awk -v a="$r" -v b="$t" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')
  printf '%10s %12s %12s %12s %16s %18s %14s\n' "$(bench_fmt_int "$n")" "$(bench_fmt_int "${TASK_ITEMS[$n]}")" \
    "$(bench_fmt_int "${RAPPORT_ITEMS[$n]}")" "${IMPORT_WALL[$n]}" "${t:--}" "${r:--}" "$ratio"
done
echo
for n in "$@"; do
  [ -z "${G_MEDIAN[${TI[$n]}]:-}" ] ||
    echo "task overdue ($n tasks) printed $(bench_fmt_int "$(wc -l <"${G_OUT[${TI[$n]}]}")") lines;" \
      "rapport overdue --format csv ($n items) $(bench_fmt_int "$(bench_count_csv "${G_OUT[${RI[$n]}]}")") rows"
done
echo "medians over $RUNS runs; rapport/task = rapport overdue median / task overdue median (below 1: rapport is faster)"
for n in "$@"; do echo "N=$n: rapport --today ${DAY[$n]}"; done
echo "CPU busy just before the hyperfine run: ${BUSY_BEFORE}%, just after: ${BUSY_AFTER}%; during its ${G_HF_WALL:-?} s:" \
  "measured commands ${G_CPU_OURS:-?} CPU s, other processes ~${G_CPU_OTHER:-?} CPU s, stolen by the hypervisor ${G_CPU_STEAL:-?} s"
bench_build_unchanged || true
if [ "$(stat -c '%Y %s' -- "$DB")" = "$DB_STAMP" ] && [ ! -s "$DB-wal" ]; then
  echo "$DB: unchanged (time and size as before the run)"
else
  echo "WARNING: $DB changed during the run (time, size or a WAL file)"
fi
echo "results appended to $RESULTS (run $RUN_ID, wall_s = median); hyperfine JSON in $OUT_DIR/logs/taskwarrior_group.hyperfine.json"
