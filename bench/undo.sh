#!/usr/bin/env bash
# bench/undo.sh [N_CUSTOMERS] [N_INTERACTIONS]
#
# Undo benchmark (issue 12): how long `rapport undo` takes to reverse an import of N customers
# into an empty database (one step: a bulk load is journaled as "the rows above row id 0", not
# row by row), and, when N_INTERACTIONS > 0, an import of that many contacts into an empty
# history (the contacts go, and every customer they touched is planned again).
#
#   bench/undo.sh                  # 1,000,000 customers, no contacts
#   bench/undo.sh 200000 1000000   # smaller, with a history
#   bench/undo.sh 10000 50000      # smoke run
#
# Each undo is followed by `rapport check` (not timed), which must be clean, and the tables are
# checked to be empty again. The imports themselves are not measured here (bench/import.sh).
set -euo pipefail

# shellcheck source=bench/lib.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"

N_CUSTOMERS=${1:-1000000}
N_INTERACTIONS=${2:-0}
case $N_CUSTOMERS$N_INTERACTIONS in
  *[!0-9]*) bench_die "usage: bench/undo.sh [N_CUSTOMERS] [N_INTERACTIONS] (whole numbers)" ;;
esac

bench_ensure_tools
bench_ensure_jar
bench_lock
bench_machine
bench_generate customers "$N_CUSTOMERS"
[ "$N_INTERACTIONS" = 0 ] || bench_generate interactions "$N_INTERACTIONS" "$N_CUSTOMERS"

RAPPORT_DB=$OUT_DIR/undo.db
rm -f -- "$RAPPORT_DB" "$RAPPORT_DB-wal" "$RAPPORT_DB-shm"
rapport_cmd
R=("${RAPPORT[@]}" --db "$RAPPORT_DB" --quiet)

# The plan's date, fixed: the same data plans the same way in every run.
export RAPPORT_TODAY=2026-11-23

untimed() { # what args...
  local what=$1
  shift
  bench_log "bench: $what ..."
  "${R[@]}" "$@" >"$OUT_DIR/logs/undo-setup.log" 2>&1 || bench_die "$what failed (see $OUT_DIR/logs/undo-setup.log)"
}

clean() { # table expected
  "${R[@]}" check >"$OUT_DIR/logs/undo-check.log" 2>&1 || bench_die "check is not clean after undo (see $OUT_DIR/logs/undo-check.log)"
  local n
  n=$(sqlite3 "$RAPPORT_DB" "SELECT count(*) FROM $1")
  [ "$n" = "$2" ] || bench_die "after undo, $1 holds $n rows, not $2"
}

untimed "import customers ($(bench_fmt_int "$N_CUSTOMERS"))" import customers "$DATA_DIR/customers.csv"
if [ "$N_INTERACTIONS" != 0 ]; then
  untimed "import interactions ($(bench_fmt_int "$N_INTERACTIONS"))" import interactions "$DATA_DIR/interactions.csv"
  measure "rapport undo (import of $(bench_fmt_int "$N_INTERACTIONS") interactions)" "$N_INTERACTIONS" -- "${R[@]}" undo \
    || bench_die "undo failed (see $OUT_DIR/logs)"
  clean interaction 0
fi
measure "rapport undo (import of $(bench_fmt_int "$N_CUSTOMERS") customers)" "$N_CUSTOMERS" -- "${R[@]}" undo \
  || bench_die "undo failed (see $OUT_DIR/logs)"
clean customer 0
echo "database after the undos: $(du -h -- "$RAPPORT_DB" | cut -f1) (SQLite keeps the freed pages for reuse)"
