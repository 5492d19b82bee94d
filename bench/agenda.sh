#!/usr/bin/env bash
# bench/agenda.sh [ITEMS]
#
# Daily-command benchmark on the database bench/import.sh leaves behind
# (bench/out/rapport.db, normally 1,000,000 customers and 5,000,000
# interactions): the whole wall time of
#
#   rapport agenda --today D                  (about ITEMS items due, default 1,000)
#   rapport overdue --format csv --today D
#   rapport next C0000042 --today D
#   rapport log C0000042 --via call --out --today D    (on a copy of the database)
#
# next to `rapport --version` (JVM start-up and nothing else), all in one
# hyperfine run. Target (from the issue): each at most 0.3 s above --version.
#
# D is picked from the database so that the agenda has about ITEMS items, and
# rapport's real item counts are printed. Nothing here writes to
# bench/out/rapport.db: `log` runs on bench/out/agenda-log.db, a copy made for
# the run and removed at its end (KEEP_LOG_DB=1 keeps it).
#
# Environment: BENCH_ROOT (measure the bin/rapport and target/rapport.jar of another
# checkout, e.g. a clone built at some commit), RUNS (default 10), WARMUP (default 2),
# CUSTOMER (default C0000042), KEEP_LOG_DB=1.

set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"

ITEMS=${1:-1000}
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
CUSTOMER=${CUSTOMER:-C0000042}
TARGET_ABOVE=0.3      # seconds above `rapport --version`
case $ITEMS$RUNS$WARMUP in
  *[!0-9]*) bench_die "usage: bench/agenda.sh [ITEMS] (whole numbers; RUNS, WARMUP too)" ;;
esac

DB=$OUT_DIR/rapport.db
LOG_DB=$OUT_DIR/agenda-log.db

bench_lock   # one measurement run at a time: they share bench/out and the CPUs
# The database must be complete: not while import.sh is still filling it.
if pgrep -f 'bench/import\.sh' >/dev/null; then
  bench_die "bench/import.sh is running; wait until it has finished (it writes $DB)"
fi
[ -f "$DB" ] || bench_die "$DB is missing: run bench/import.sh first"
DB_STAMP=$(stat -c '%Y %s' -- "$DB")   # checked at the end: the measured database is only read

bench_ensure_tools
bench_ensure_jar
bench_machine
rapport_build_cmd
R=("${RAPPORT[@]}" --db "$DB")

q() { sqlite3 -readonly "$DB" "$1"; }
CUSTOMERS=$(q 'SELECT count(*) FROM customer')
INTERACTIONS=$(q 'SELECT count(*) FROM interaction')
OPEN=$(q 'SELECT count(*) FROM obligation WHERE closed IS NULL')
echo "database: $DB, $(du -h -- "$DB" | cut -f1), $(bench_fmt_int "$CUSTOMERS") customers," \
  "$(bench_fmt_int "$INTERACTIONS") interactions, $(bench_fmt_int "$OPEN") open obligations"
[ -n "$(q "SELECT 1 FROM customer WHERE id = '$CUSTOMER'")" ] || bench_die "no customer $CUSTOMER in $DB"

# --- The day ------------------------------------------------------------------------
read -r DAY ESTIMATE < <(bench_pick_day "$DB" agenda "$ITEMS") || true
[ -n "${DAY:-}" ] || bench_die "could not pick a day from $DB"
count_items() { # command -> items in its CSV output
  local f=$OUT_DIR/logs/agenda-count.csv
  "${R[@]}" --today "$DAY" "$@" --format csv >"$f"
  bench_count_csv "$f"
}
AGENDA_ITEMS=$(count_items agenda)
OVERDUE_ITEMS=$(count_items overdue)
echo "day: --today $DAY (estimated $(bench_fmt_int "$ESTIMATE") items from the plan dates):" \
  "agenda $(bench_fmt_int "$AGENDA_ITEMS") items, overdue $(bench_fmt_int "$OVERDUE_ITEMS") items"

# --- The copy for log ------------------------------------------------------------------
rm -f -- "$LOG_DB" "$LOG_DB-wal" "$LOG_DB-shm"
cp -- "$DB" "$LOG_DB"
[ ! -f "$DB-wal" ] || cp -- "$DB-wal" "$LOG_DB-wal"
cleanup() { [ "${KEEP_LOG_DB:-0}" = 1 ] || rm -f -- "$LOG_DB" "$LOG_DB-wal" "$LOG_DB-shm"; }
trap cleanup EXIT
BEFORE=$(sqlite3 -readonly "$LOG_DB" 'SELECT count(*) FROM interaction')

# --- Measure ------------------------------------------------------------------------------
echo
echo "hyperfine: $RUNS runs after $WARMUP warm-ups each, all in one invocation ..."
bench_group_reset
bench_group_add "rapport --version" 0 -- "${R[@]}" --version
bench_group_add "rapport agenda" "$AGENDA_ITEMS" -- "${R[@]}" --today "$DAY" agenda
bench_group_add "rapport overdue --format csv" "$OVERDUE_ITEMS" -- "${R[@]}" --today "$DAY" overdue --format csv
bench_group_add "rapport next" 1 -- "${R[@]}" --today "$DAY" next "$CUSTOMER"
bench_group_add "rapport log (copy)" 1 -- "${RAPPORT[@]}" --db "$LOG_DB" --today "$DAY" \
  log "$CUSTOMER" --via call --out
bench_wait_quiet
BUSY_BEFORE=$BENCH_BUSY
bench_group_run "agenda group" "$RUNS" "$WARMUP" || true
BUSY_AFTER=$(bench_cpu_busy)
AFTER=$(sqlite3 -readonly "$LOG_DB" 'SELECT count(*) FROM interaction')
LOGGED=$((AFTER - BEFORE))

# --- Summary --------------------------------------------------------------------------------
BASE=${G_MEDIAN[0]}
echo
printf '%-30s %8s %9s %9s %8s %8s %8s %10s %6s  %s\n' command items "median s" "mean s" "± s" "min s" "max s" \
  "vs version" RSS target
for i in "${!G_NAME[@]}"; do
  if [ -z "${G_MEDIAN[$i]}" ]; then
    printf '%-30s %8s %9s  %s\n' "${G_NAME[$i]}" - - "failed (exit ${G_STATUS[$i]}), see $OUT_DIR/logs/"
    continue
  fi
  above=- verdict=baseline items=-
  [ "$i" -eq 0 ] || items=$(bench_fmt_int "${G_ROWS[$i]}")
  if [ "$i" -gt 0 ] && [ -n "$BASE" ]; then
    above=$(awk -v a="${G_MEDIAN[$i]}" -v b="$BASE" 'BEGIN { printf "%+.3f", a - b }')
    verdict=$(awk -v a="${G_MEDIAN[$i]}" -v b="$BASE" -v t="$TARGET_ABOVE" \
      'BEGIN { printf "<= +%.1f s: %s", t, (a - b <= t ? "ok" : "MISSED") }')
  fi
  printf '%-30s %8s %9.3f %9.3f %8.3f %8.3f %8.3f %10s %6s  %s\n' "${G_NAME[$i]}" "$items" \
    "${G_MEDIAN[$i]}" "${G_MEAN[$i]}" "${G_STDDEV[$i]}" "${G_MIN[$i]}" "${G_MAX[$i]}" "$above" "${G_RSS[$i]}" "$verdict"
done
echo
echo "--today $DAY; agenda $(bench_fmt_int "$AGENDA_ITEMS") items, overdue $(bench_fmt_int "$OVERDUE_ITEMS") items;" \
  "log added $LOGGED contacts to the copy ($((RUNS + WARMUP)) timed and warm-up runs, one check run, one RSS run)"
echo "vs version = median minus the median of rapport --version in this run; RSS in MB (one extra run)"
echo "CPU busy just before the hyperfine run: ${BUSY_BEFORE}%, just after: ${BUSY_AFTER}%; during its ${G_HF_WALL:-?} s:" \
  "measured commands ${G_CPU_OURS:-?} CPU s, other processes ~${G_CPU_OTHER:-?} CPU s, stolen by the hypervisor ${G_CPU_STEAL:-?} s"
bench_build_unchanged || true
if [ "$(stat -c '%Y %s' -- "$DB")" = "$DB_STAMP" ] && [ ! -s "$DB-wal" ]; then
  echo "$DB: unchanged (time and size as before the run)"
else
  echo "WARNING: $DB changed during the run (time, size or a WAL file)"
fi
echo "results appended to $RESULTS (run $RUN_ID, wall_s = median); hyperfine JSON in $OUT_DIR/logs/agenda_group.hyperfine.json"
