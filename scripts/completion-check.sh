#!/usr/bin/env bash
# scripts/completion-check.sh — the completion scripts in real shells.
#
# Drives bash, zsh and fish (each when installed; bash and zsh are required)
# through tmux, with the scripts of completions/ and a rapport on PATH that is
# this checkout's bin/rapport, against a small database (examples/customers.csv):
#
#   rapport ag<TAB>      must become  rapport agenda
#   rapport log <TAB>    must offer the customer ids (C0001, ...)
#   rapport next mitch<TAB>       must become  rapport next C0003 (a word of the name)
#   rapport next gmbh<TAB>        must list the GmbHs and leave gmbh on the line
#   rapport agenda --tier <TAB>   must offer the policy's tiers
#   rapport log --<TAB>  must offer the options; zsh and fish each with its
#                        description (bash shows names only)
#
# zsh runs twice: with the script sourced (as ~/.zshrc would), and with it
# autoloaded from a directory on $fpath as _rapport (as scripts/install.sh
# installs it). Prints the shells' versions, what each showed and a verdict
# per check; exits 1 when any check failed. Needs tmux (apt-get install tmux
# zsh fish).
set -euo pipefail

ROOT=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
for tool in tmux bash zsh; do
  command -v "$tool" >/dev/null 2>&1 || { echo "completion-check: $tool is missing (apt-get install tmux zsh fish)" >&2; exit 2; }
done

WORK=$(mktemp -d)
SOCKET=rapport-completion-check-$$
cleanup() {
  tmux -L "$SOCKET" kill-server 2>/dev/null || true
  rm -rf -- "$WORK"
}
trap cleanup EXIT

# A private home: the database, config, history and caches of this check only;
# the launcher's class archive is shared with the user's (it only speeds up).
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}
mkdir -p "$WORK/bin" "$WORK/home"
ln -s "$ROOT/bin/rapport" "$WORK/bin/rapport"
export HOME=$WORK/home
export XDG_DATA_HOME=$WORK/home/data XDG_CONFIG_HOME=$WORK/home/config XDG_STATE_HOME=$WORK/home/state
export XDG_CACHE_HOME=$CACHE
export PATH=$WORK/bin:$PATH
unset RAPPORT_DB RAPPORT_CONFIG RAPPORT_TODAY
rapport import customers "$ROOT/examples/customers.csv" >/dev/null 2>&1 ||
  { echo "completion-check: could not import examples/customers.csv" >&2; exit 2; }
rapport complete customers C000 | head -3 | grep -q C0001 ||
  { echo "completion-check: rapport complete customers gives no ids" >&2; exit 2; }

failures=0
screen() { tmux -L "$SOCKET" capture-pane -t check -p | sed -e 's/[[:space:]]*$//' | grep -v '^$' || true; }
# Waits (up to 20 s: each Tab may start a JVM) until the screen matches $1.
wait_for() {
  local pattern=$1 i
  for i in $(seq 1 80); do
    if screen | grep -Eq -- "$pattern"; then return 0; fi
    sleep 0.25
  done
  return 1
}
check() { # shell, what, pattern
  if wait_for "$3"; then
    printf '  ok    %-6s %s\n' "$1" "$2"
  else
    printf '  FAIL  %-6s %s\n' "$1" "$2"
    failures=$((failures + 1))
  fi
  echo "  ---- screen"
  screen | tail -6 | sed 's/^/  | /'
  echo "  ----"
}

run_shell() { # name, command, source line
  local name=$1 cmd=$2 source=$3
  echo "== $name ($(${cmd%% *} --version 2>/dev/null | head -1))"
  tmux -L "$SOCKET" kill-session -t check 2>/dev/null || true
  tmux -L "$SOCKET" new-session -d -s check -x 200 -y 50 "env PS1='$ ' $cmd"
  sleep 1
  tmux -L "$SOCKET" send-keys -t check "$source" Enter
  sleep 1
  tmux -L "$SOCKET" send-keys -t check 'clear' Enter
  sleep 0.5

  tmux -L "$SOCKET" send-keys -t check 'rapport ag' Tab
  check "$name" "rapport ag<TAB> becomes rapport agenda" 'rapport agenda'
  tmux -L "$SOCKET" send-keys -t check C-u
  tmux -L "$SOCKET" send-keys -t check 'clear' Enter
  sleep 0.5

  # The first Tab completes the ids' common start (C00); bash lists them at the
  # second Tab after that, zsh at the first, fish at once.
  tmux -L "$SOCKET" send-keys -t check 'rapport log ' Tab
  wait_for 'rapport log C0' || true
  tmux -L "$SOCKET" send-keys -t check Tab
  sleep 2
  tmux -L "$SOCKET" send-keys -t check Tab
  check "$name" "rapport log <TAB> offers customer ids" 'C00[0-9][0-9]  '
  tmux -L "$SOCKET" send-keys -t check C-c
  sleep 0.5
  tmux -L "$SOCKET" send-keys -t check C-u
  tmux -L "$SOCKET" send-keys -t check 'clear' Enter
  sleep 0.5

  # A customer is found by a word of the name and completed to its id: the
  # word completed names one customer (examples: Sarah Mitchell is C0003).
  tmux -L "$SOCKET" send-keys -t check 'rapport next mitch' Tab
  check "$name" "rapport next mitch<TAB> becomes rapport next C0003" 'rapport next C0003'
  tmux -L "$SOCKET" send-keys -t check C-u
  tmux -L "$SOCKET" send-keys -t check 'clear' Enter
  sleep 0.5

  # Words that find several: the words typed stay on the line (no common start
  # of the ids is put in their place), and the list shows each id with its name
  # and company (zsh after "-- ", fish in parentheses): zsh and fish at the first
  # Tab, bash at the second (in fish a second Tab would pick the first one).
  tmux -L "$SOCKET" send-keys -t check 'rapport next gmbh' Tab
  sleep 4   # what the Tab does takes a JVM's start: the line before it proves nothing
  check "$name" "rapport next gmbh<TAB> leaves gmbh on the line" 'rapport next gmbh'
  if [ "$name" = bash ]; then
    tmux -L "$SOCKET" send-keys -t check Tab
  fi
  check "$name" "... and lists the GmbHs with their names" 'C0001 +(-- |\()?Jürgen Müller, Müller Präzisionstechnik GmbH'
  tmux -L "$SOCKET" send-keys -t check C-c
  sleep 0.5
  tmux -L "$SOCKET" send-keys -t check C-u
  tmux -L "$SOCKET" send-keys -t check 'clear' Enter
  sleep 0.5

  tmux -L "$SOCKET" send-keys -t check 'rapport agenda --tier ' Tab
  sleep 2
  tmux -L "$SOCKET" send-keys -t check Tab
  check "$name" "rapport agenda --tier <TAB> offers the tiers" 'key.*major|major.*key'
  tmux -L "$SOCKET" send-keys -t check C-c
  sleep 0.5
  tmux -L "$SOCKET" send-keys -t check C-u
  tmux -L "$SOCKET" send-keys -t check 'clear' Enter
  sleep 0.5

  # Options, known from the script alone: zsh and fish list them at the first
  # Tab, each with its description; bash lists the names at the second.
  tmux -L "$SOCKET" send-keys -t check 'rapport log --' Tab
  if [ "$name" = bash ]; then
    sleep 1
    tmux -L "$SOCKET" send-keys -t check Tab
    check "$name" "rapport log --<TAB> offers --via" '(^| )--via( |$)'
    check "$name" "... and --outcome" '(^| )--outcome( |$)'
  else
    check "$name" "rapport log --<TAB> shows --via with its description" '--via +(-- |\()call, visit, email, letter, fax'
    check "$name" "... and --outcome with its" '--outcome +(-- |\()reached, missed, voicemail, sent or received'
  fi
  tmux -L "$SOCKET" send-keys -t check C-c
}

run_shell bash "bash --norc --noprofile -i" "source '$ROOT/completions/rapport.bash'"
run_shell zsh "zsh -f -i" "source '$ROOT/completions/rapport.zsh'"
mkdir -p "$WORK/site-functions"
cp "$ROOT/completions/rapport.zsh" "$WORK/site-functions/_rapport"
run_shell zsh-fpath "zsh -f -i" "fpath=('$WORK/site-functions' \$fpath); autoload -U compinit && compinit"
if command -v fish >/dev/null 2>&1; then
  run_shell fish "fish --no-config -i" "source '$ROOT/completions/rapport.fish'"
else
  echo "== fish: not installed, skipped"
fi

if [ "$failures" -eq 0 ]; then
  echo "completion-check: all checks passed"
else
  echo "completion-check: $failures check(s) failed"
  exit 1
fi
