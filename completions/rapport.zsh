#compdef rapport
# rapport completion for zsh, generated from rapport's command model. Either of:
#   rapport completion zsh > ~/.zfunc/_rapport   # fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc
#   source <(rapport completion zsh)             # in ~/.zshrc, after compinit
# Customers, owners, tiers and channels come from `rapport complete KIND PREFIX`.

# Values only the database or the policy knows (customers, owners, tiers, channels), from
# `rapport complete KIND PREFIX` with the line's --db and --config: the same database and
# policy the command will use. _rapport keeps the whole line in rapport_line, because a
# subcommand's function sees only the words from its own name on. The kind is the last
# argument: _arguments puts options of its own (-J, -X) before it, which _describe and
# _wanted replace.
_rapport_values() {
  local kind=${argv[-1]} program word value i ret=1 all_start=1
  local -a args found described expl
  # An option is being typed: _arguments offers it, and rapport has no value starting with -.
  [[ $PREFIX == -* ]] && return 1
  program=${${(Q)rapport_line[1]}/#\~\//$HOME/}
  for (( i = 2; i < rapport_current; i++ )); do
    word=${${(Q)rapport_line[i]}/#\~\//$HOME/}
    case $word in
      (--db|--config) args+=( "$word" "${${(Q)rapport_line[i+1]}/#\~\//$HOME/}" ) ;;
      (--db=*|--config=*) args+=( "$word" ) ;;
    esac
  done
  found=( ${(f)"$(_call_program $kind ${(q)program} ${(@q)args} complete $kind --describe -- ${(q)${(Q)PREFIX}} 2>/dev/null)"} )
  if [[ $kind != customers ]]; then
    _wanted $kind expl ${kind%s} compadd -a - found
    return
  fi
  for value in $found; do
    if [[ $value == *$'\t'* ]]; then
      described+=( "${${value%%$'\t'*}//:/\\:}:${value#*$'\t'}" )
    else
      described+=( "${value//:/\\:}" )
    fi
    [[ ${value%%$'\t'*} == "${(Q)PREFIX}"* ]] || all_start=0
  done
  # A customer is found by the start of any word of the name or company, and completed
  # to the id, which need not start with what was typed: zsh must not drop the ids that
  # do not (-U), nor put their common start in place of the words when several fit.
  _describe -t customers customer described -U && ret=0
  (( $#described > 1 && ! all_start )) && compstate[insert]=''
  return ret
}

# rapport
_rapport() {
  local -a rapport_line
  rapport_line=( "${words[@]}" )
  local rapport_current=$CURRENT
  local curcontext=$curcontext state state_descr line ret=1
  local -A opt_args
  _arguments -C -s -S \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '(-): :->command' \
    '(-)*:: :->argument' && ret=0
  case $state in
    (command)
      local -a commands
      commands=(
        'init:Write a commented policy file with the reference policy, and create the database'
        'config:Show the policy in force, or check a policy file'
        'customer:Add, change and look up customers'
        'import:Bring customers, contact history or complaints in from files'
        'export:Write every customer (or every interaction) as CSV, TSV, JSON or YAML'
        'log:Record a contact with a customer'
        'history:List a customer'\''s contacts, newest first, each with its #ID'
        'contact:Correct a logged contact: change it or delete it (its #ID is in rapport history)'
        'agenda:Whom you owe a contact: what is due today (or in the next --days) and everything overdue'
        'overdue:What is overdue: due before today and still open'
        'next:For each channel, the customer'\''s next contact date and why; and its open obligations'
        'done:Close an obligation by hand (its #ID is in the agenda)'
        'complaint:Complaints as cases: open, escalate, resolve, follow up'
        'plan:Set the goal of the next contact with a customer, and what to bring'
        'brief:Print a one-screen preparation sheet for a contact with a customer'
        'report:Coverage, satisfaction and activity over all customers, with small charts'
        'snooze:Hold a customer'\''s cadence (or one channel'\''s) until a date; obligations stay due'
        'unsnooze:End a customer'\''s snooze (all of them, or one channel'\''s)'
        'undo:Undo the last command that changed the database, as one step, and say what it undid'
        'check:Check the database: every stored value, next contact date, report tally and reference'
        'backup:Copy the database to FILE with SQLite'\''s online backup, also while others write to it'
        'restore:Put the database in FILE (made by rapport backup) in place of the current one'
        'shell:Start an interactive session: type commands without "rapport"'
        'completion:Print the shell completion script for bash, zsh or fish'
      )
      _describe -t commands 'rapport command' commands && ret=0
      ;;
    (argument)
      curcontext=${curcontext%:*:*}:rapport-$words[1]:
      case $words[1] in
        (init) _rapport_init && ret=0 ;;
        (config) _rapport_config && ret=0 ;;
        (customer) _rapport_customer && ret=0 ;;
        (import) _rapport_import && ret=0 ;;
        (export) _rapport_export && ret=0 ;;
        (log) _rapport_log && ret=0 ;;
        (history) _rapport_history && ret=0 ;;
        (contact) _rapport_contact && ret=0 ;;
        (agenda) _rapport_agenda && ret=0 ;;
        (overdue) _rapport_overdue && ret=0 ;;
        (next) _rapport_next && ret=0 ;;
        (done) _rapport_done && ret=0 ;;
        (complaint) _rapport_complaint && ret=0 ;;
        (plan) _rapport_plan && ret=0 ;;
        (brief) _rapport_brief && ret=0 ;;
        (report) _rapport_report && ret=0 ;;
        (snooze) _rapport_snooze && ret=0 ;;
        (unsnooze) _rapport_unsnooze && ret=0 ;;
        (undo) _rapport_undo && ret=0 ;;
        (check) _rapport_check && ret=0 ;;
        (backup) _rapport_backup && ret=0 ;;
        (restore) _rapport_restore && ret=0 ;;
        (shell) _rapport_shell && ret=0 ;;
        (completion) _rapport_completion && ret=0 ;;
      esac
      ;;
  esac
  return ret
}

# rapport init
_rapport_init() {
  _arguments -s -S \
    '--force[Overwrite an existing policy file]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport config
_rapport_config() {
  local curcontext=$curcontext state state_descr line ret=1
  local -A opt_args
  _arguments -C -s -S \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '(-): :->command' \
    '(-)*:: :->argument' && ret=0
  case $state in
    (command)
      local -a commands
      commands=(
        'show:Show the policy in force: every setting, its value, and where it came from'
        'check:Check a policy file and report each problem with its file, line and column'
      )
      _describe -t commands 'rapport config command' commands && ret=0
      ;;
    (argument)
      curcontext=${curcontext%:*:*}:rapport-config-$words[1]:
      case $words[1] in
        (show) _rapport_config_show && ret=0 ;;
        (check) _rapport_config_check && ret=0 ;;
      esac
      ;;
  esac
  return ret
}

# rapport config show
_rapport_config_show() {
  _arguments -s -S \
    '--format=[table, csv, tsv or json (default: table)]:FORMAT:(table csv tsv json)' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport config check
_rapport_config_check() {
  _arguments -s -S \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1::FILE:_files'
}

# rapport customer
_rapport_customer() {
  local curcontext=$curcontext state state_descr line ret=1
  local -A opt_args
  _arguments -C -s -S \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '(-): :->command' \
    '(-)*:: :->argument' && ret=0
  case $state in
    (command)
      local -a commands
      commands=(
        'add:Add a customer'
        'show:Every field of a customer, and the cadence that applies per channel'
        'edit:Change fields of a customer; an empty value clears a field'
        'list:List customers, ordered by id'
        'archive:Archive a customer: kept with its history, but no longer planned'
        'tier:Move a customer to another tier of the policy'
        'merge:Make one customer of two records of it'
        'duplicates:List the pairs of customers that are likely one, and why'
        'forget:Erase a customer for good: the right to erasure'
      )
      _describe -t commands 'rapport customer command' commands && ret=0
      ;;
    (argument)
      curcontext=${curcontext%:*:*}:rapport-customer-$words[1]:
      case $words[1] in
        (add) _rapport_customer_add && ret=0 ;;
        (show) _rapport_customer_show && ret=0 ;;
        (edit) _rapport_customer_edit && ret=0 ;;
        (list) _rapport_customer_list && ret=0 ;;
        (archive) _rapport_customer_archive && ret=0 ;;
        (tier) _rapport_customer_tier && ret=0 ;;
        (merge) _rapport_customer_merge && ret=0 ;;
        (duplicates) _rapport_customer_duplicates && ret=0 ;;
        (forget) _rapport_customer_forget && ret=0 ;;
      esac
      ;;
  esac
  return ret
}

# rapport customer add
_rapport_customer_add() {
  _arguments -s -S \
    '--id=[The customer'\''s key, e.g. an id from your CRM]:ID: ' \
    '--name=[Full name]:TEXT: ' \
    '--company=[Company]:TEXT: ' \
    '--email=[E-mail address]:ADDRESS: ' \
    '--phone=[Phone number]:NUMBER: ' \
    '--street=[Street address]:TEXT: ' \
    '--city=[City]:TEXT: ' \
    '--region=[Region, state or province]:TEXT: ' \
    '--postal-code=[Postal code]:CODE: ' \
    '--country=[Country]:TEXT: ' \
    '--industry=[Industry]:TEXT: ' \
    '--size=[Company size, e.g. 50-200]:TEXT: ' \
    '--tier=[Tier from the policy, e.g. key, major, ordinary, small]:TIER:_rapport_values tiers' \
    '--owner=[Account manager]:NAME:_rapport_values owners' \
    '--timezone=[The customer'\''s IANA time zone, e.g. Asia/Shanghai]:ZONE: ' \
    '--channel=[Preferred channel, e.g. call, visit, email]:CHANNEL:_rapport_values channels' \
    '--days=[Preferred days, e.g. MON,WED,FRI or mon-thu]:DAYS: ' \
    '--hours=[Preferred hours in the customer'\''s time zone, e.g. 09:00-12:00]:HOURS: ' \
    '--style=[Listening style: serious, casual, active or cooperative]:STYLE: ' \
    '--tags=[Tags, separated by ; or , (replaces the tags)]:TAGS: ' \
    '--needs=[What the customer needs]:TEXT: ' \
    '--notes=[Notes]:TEXT: ' \
    '--status=[active, paused or archived]:STATUS: ' \
    '--since=[The date the customer was added, such as 2024-02-12 or -2w (default today)]:DATE: ' \
    '*--cadence=[Override the tier'\''s period for a channel, e.g. call=2 weeks or visit=never (repeatable)]:CHANNEL=PERIOD: ' \
    '--last-contacted=[The last contact before rapport, for all channels (DATE) or per channel (call=DATE;visit=DATE)]:DATE: ' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1::NAME: '
}

# rapport customer show
_rapport_customer_show() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '--format=[table, csv, tsv or json (default: table)]:FORMAT:(table csv tsv json)' \
    '--excel-safe[With csv or tsv, for spreadsheets: a value that begins with =, +, -, @, a tab or a carriage return gets a leading '\'' so that it shows as text instead of running as a formula]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers'
}

# rapport customer edit
_rapport_customer_edit() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '--name=[Full name]:TEXT: ' \
    '--company=[Company]:TEXT: ' \
    '--email=[E-mail address]:ADDRESS: ' \
    '--phone=[Phone number]:NUMBER: ' \
    '--street=[Street address]:TEXT: ' \
    '--city=[City]:TEXT: ' \
    '--region=[Region, state or province]:TEXT: ' \
    '--postal-code=[Postal code]:CODE: ' \
    '--country=[Country]:TEXT: ' \
    '--industry=[Industry]:TEXT: ' \
    '--size=[Company size, e.g. 50-200]:TEXT: ' \
    '--tier=[Tier from the policy, e.g. key, major, ordinary, small]:TIER:_rapport_values tiers' \
    '--owner=[Account manager]:NAME:_rapport_values owners' \
    '--timezone=[The customer'\''s IANA time zone, e.g. Asia/Shanghai]:ZONE: ' \
    '--channel=[Preferred channel, e.g. call, visit, email]:CHANNEL:_rapport_values channels' \
    '--days=[Preferred days, e.g. MON,WED,FRI or mon-thu]:DAYS: ' \
    '--hours=[Preferred hours in the customer'\''s time zone, e.g. 09:00-12:00]:HOURS: ' \
    '--style=[Listening style: serious, casual, active or cooperative]:STYLE: ' \
    '--tags=[Tags, separated by ; or , (replaces the tags)]:TAGS: ' \
    '--needs=[What the customer needs]:TEXT: ' \
    '--notes=[Notes]:TEXT: ' \
    '--status=[active, paused or archived]:STATUS: ' \
    '--since=[The date the customer was added, such as 2024-02-12 or -2w (default today)]:DATE: ' \
    '*--cadence=[Override the tier'\''s period for a channel, e.g. call=2 weeks or visit=never (repeatable)]:CHANNEL=PERIOD: ' \
    '--last-contacted=[The last contact before rapport, for all channels (DATE) or per channel (call=DATE;visit=DATE)]:DATE: ' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers'
}

# rapport customer list
_rapport_customer_list() {
  _arguments -s -S \
    '--tier=[Only this tier]:TIER:_rapport_values tiers' \
    '--owner=[Only this account manager'\''s customers]:NAME:_rapport_values owners' \
    '--status=[Only active, paused or archived customers]:STATUS:(active paused archived)' \
    '--tag=[Only customers with this tag]:TAG: ' \
    '(--search -s)--search=[Only customers with a word of the name or company that starts with each word of TEXT, ignoring case and accents (muller finds Jürgen Müller), or whose id or e-mail starts with TEXT]:TEXT: ' \
    '(--search -s)-s+[Only customers with a word of the name or company that starts with each word of TEXT, ignoring case and accents (muller finds Jürgen Müller), or whose id or e-mail starts with TEXT]:TEXT: ' \
    '--limit=[At most N customers]:N: ' \
    '--format=[table, csv, tsv or json (default: table)]:FORMAT:(table csv tsv json)' \
    '--excel-safe[With csv or tsv, for spreadsheets: a value that begins with =, +, -, @, a tab or a carriage return gets a leading '\'' so that it shows as text instead of running as a formula]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport customer archive
_rapport_customer_archive() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '--pause[Pause instead: planned again once set back to active]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers'
}

# rapport customer tier
_rapport_customer_tier() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers' \
    '2:TIER:_rapport_values tiers'
}

# rapport customer merge
_rapport_customer_merge() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:KEEP:_rapport_values customers' \
    '2:DUPLICATE:_rapport_values customers'
}

# rapport customer duplicates
_rapport_customer_duplicates() {
  _arguments -s -S \
    '--format=[table, csv, tsv or json (default: table); all but table are written as found]:FORMAT:(table csv tsv json)' \
    '--excel-safe[With csv or tsv, for spreadsheets: a value that begins with =, +, -, @, a tab or a carriage return gets a leading '\'' so that it shows as text instead of running as a formula]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport customer forget
_rapport_customer_forget() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '--yes[Erase without asking: for scripts, and where there is no terminal]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers'
}

# rapport import
_rapport_import() {
  local curcontext=$curcontext state state_descr line ret=1
  local -A opt_args
  _arguments -C -s -S \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '(-): :->command' \
    '(-)*:: :->argument' && ret=0
  case $state in
    (command)
      local -a commands
      commands=(
        'customers:Import customers from CSV or YAML: add new ones, update changed ones (upsert)'
        'interactions:Import contact history (calls, e-mails, meetings, letters, visits) from another system'
        'complaints:Import complaints from a CRM or help desk ticket export'
      )
      _describe -t commands 'rapport import command' commands && ret=0
      ;;
    (argument)
      curcontext=${curcontext%:*:*}:rapport-import-$words[1]:
      case $words[1] in
        (customers) _rapport_import_customers && ret=0 ;;
        (interactions) _rapport_import_interactions && ret=0 ;;
        (complaints) _rapport_import_complaints && ret=0 ;;
      esac
      ;;
  esac
  return ret
}

# rapport import customers
_rapport_import_customers() {
  _arguments -s -S \
    '--format=[csv, tsv, json or yaml (default: by the file'\''s extension, else csv; a CSV whose header is split at tabs is TSV)]:FORMAT:(csv tsv json yaml)' \
    '--encoding=[The file'\''s encoding, e.g. windows-1252 for spreadsheets saved on Windows (default: UTF-8)]:CHARSET: ' \
    '--strict[All or nothing: import nothing if any row is bad (exit 65)]' \
    '(-n --dry-run)-n[Report what would happen; write nothing]' \
    '(-n --dry-run)--dry-run[Report what would happen; write nothing]' \
    '--rejects=[Write the rejected rows to FILE as CSV, with line and reason (- is stdout), owner-only]:FILE:_files' \
    '--force[Replace the --rejects FILE when it exists]' \
    '*--map=[Read FIELD from COLUMN (repeatable), e.g. --map email="Work Email"; no COLUMN (--map since=) leaves FIELD out]:FIELD=COLUMN: ' \
    '--mapping=[Column and tier mappings from a YAML file (columns:, tiers:)]:FILE.yaml:_files' \
    '*--map-tier=[Read tier VALUE as TIER (repeatable), e.g. --map-tier A=key]:VALUE=TIER: ' \
    '--spread[Spread the first contacts of never-contacted customers over one period from today instead of all on their since]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:FILE:_files'
}

# rapport import interactions
_rapport_import_interactions() {
  _arguments -s -S \
    '--format=[csv, tsv, json or yaml (default: by the file'\''s extension, else csv; a CSV whose header is split at tabs is TSV)]:FORMAT:(csv tsv json yaml)' \
    '--encoding=[The file'\''s encoding, e.g. windows-1252 for spreadsheets saved on Windows (default: UTF-8)]:CHARSET: ' \
    '--strict[All or nothing: import nothing if any row is bad (exit 65)]' \
    '(-n --dry-run)-n[Report what would happen; write nothing]' \
    '(-n --dry-run)--dry-run[Report what would happen; write nothing]' \
    '--rejects=[Write the rejected rows to FILE as CSV, with line and reason (- is stdout), owner-only]:FILE:_files' \
    '--force[Replace the --rejects FILE when it exists]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:FILE:_files'
}

# rapport import complaints
_rapport_import_complaints() {
  _arguments -s -S \
    '--format=[csv, tsv, json or yaml (default: by the file'\''s extension, else csv; a CSV whose header is split at tabs is TSV)]:FORMAT:(csv tsv json yaml)' \
    '--encoding=[The file'\''s encoding, e.g. windows-1252 for spreadsheets saved on Windows (default: UTF-8)]:CHARSET: ' \
    '--strict[All or nothing: import nothing if any row is bad (exit 65)]' \
    '(-n --dry-run)-n[Report what would happen; write nothing]' \
    '(-n --dry-run)--dry-run[Report what would happen; write nothing]' \
    '--rejects=[Write the rejected rows to FILE as CSV, with line and reason (- is stdout), owner-only]:FILE:_files' \
    '--force[Replace the --rejects FILE when it exists]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:FILE:_files'
}

# rapport export
_rapport_export() {
  _arguments -s -S \
    '--format=[csv, tsv, json or yaml (default: csv)]:FORMAT:(csv tsv json yaml)' \
    '(-o --output)-o+[Write to FILE instead of stdout (- is stdout), owner-only]:FILE:_files' \
    '(-o --output)--output=[Write to FILE instead of stdout (- is stdout), owner-only]:FILE:_files' \
    '--force[Replace FILE when it exists]' \
    '--excel-safe[With csv or tsv, for spreadsheets: a value that begins with =, +, -, @, a tab or a carriage return gets a leading '\'' so that it shows as text instead of running as a formula]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:WHAT:(customers interactions)'
}

# rapport log
_rapport_log() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '--via=[call, visit, email, letter, fax, …]:CHANNEL:_rapport_values channels' \
    '(--in --out)--in[The customer reached out]' \
    '(--in --out)--out[You reached out]' \
    '--outcome=[reached, missed, voicemail, sent or received (default: reached for calls and visits, sent/received for writing)]:OUTCOME:(reached missed voicemail sent received)' \
    '--kind=[routine, complaint, feedback, needs, sale or follow-up (default: routine)]:KIND: ' \
    '--at=[When it happened, such as yesterday 16:00, 14:30 (today), last friday or 2026-11-16 14:30 (default now, never in the future); a day alone is its noon, today alone is now]:WHEN: ' \
    '--note=[What was said]:TEXT: ' \
    '--satisfaction=[How satisfied the customer is, 1 to 5]:1-5: ' \
    '--answers=[The obligation this contact answers (see agenda)]:ID: ' \
    '--promise=[A promise made in this contact; it stays open until done]:TEXT: ' \
    '--due=[When the promise is due, a day such as friday, eow, +2w or 2026-12-01]:DATE: ' \
    '--within=[When the promise is due, from the contact: e.g. 3 workdays]:PERIOD: ' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers'
}

# rapport history
_rapport_history() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '--channel=[Only contacts on this channel]:CHANNEL:_rapport_values channels' \
    '--kind=[Only contacts of this kind: routine, complaint, feedback, needs, sale or follow-up]:KIND: ' \
    '--from=[Only contacts on or after this day, such as 2026-11-01, -2w or last monday]:DATE: ' \
    '--to=[Only contacts on or before this day, such as 2026-11-30 or yesterday]:DATE: ' \
    '--limit=[At most N contacts, the newest]:N: ' \
    '--format=[table, csv, tsv or json (default: table)]:FORMAT:(table csv tsv json)' \
    '--excel-safe[With csv or tsv, for spreadsheets: a value that begins with =, +, -, @, a tab or a carriage return gets a leading '\'' so that it shows as text instead of running as a formula]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers'
}

# rapport contact
_rapport_contact() {
  local curcontext=$curcontext state state_descr line ret=1
  local -A opt_args
  _arguments -C -s -S \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '(-): :->command' \
    '(-)*:: :->argument' && ret=0
  case $state in
    (command)
      local -a commands
      commands=(
        'edit:Correct a logged contact: its time, channel, direction, outcome, kind, note or customer'
        'delete:Delete a contact logged by mistake'
      )
      _describe -t commands 'rapport contact command' commands && ret=0
      ;;
    (argument)
      curcontext=${curcontext%:*:*}:rapport-contact-$words[1]:
      case $words[1] in
        (edit) _rapport_contact_edit && ret=0 ;;
        (delete) _rapport_contact_delete && ret=0 ;;
      esac
      ;;
  esac
  return ret
}

# rapport contact edit
_rapport_contact_edit() {
  _arguments -s -S \
    '--at=[When it happened, such as yesterday 16:00, last friday or 2026-11-16 14:30 (never in the future); a day alone is its noon, today alone is now]:WHEN: ' \
    '--via=[call, visit, email, letter, fax, …]:CHANNEL:_rapport_values channels' \
    '--outcome=[reached, missed, voicemail, sent or received (when only the channel or direction changes, a usual outcome follows it)]:OUTCOME:(reached missed voicemail sent received)' \
    '--kind=[routine, complaint, feedback, needs, sale or follow-up]:KIND: ' \
    '--note=[What was said]:TEXT: ' \
    '--satisfaction=[How satisfied the customer is, 1 to 5]:1-5: ' \
    '(--in --out)--in[The customer reached out]' \
    '(--in --out)--out[You reached out]' \
    '--customer=[Whose contact it was: id, e-mail, or the start of words of the name or company]:CUSTOMER:_rapport_values customers' \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:ID: '
}

# rapport contact delete
_rapport_contact_delete() {
  _arguments -s -S \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:ID: '
}

# rapport agenda
_rapport_agenda() {
  _arguments -s -S \
    '--days=[Also what falls due in the next N days, up to 36600 (default: 0: today and overdue)]:N: ' \
    '--owner=[Only this account manager'\''s items]:NAME:_rapport_values owners' \
    '--tier=[Only customers of this tier]:TIER:_rapport_values tiers' \
    '--channel=[Only this channel, e.g. call]:CHANNEL:_rapport_values channels' \
    '--reason=[Only this reason: cadence, callback, acknowledge, answer, promise, resolve, escalation, follow-up]:REASON: ' \
    '--limit=[At most N items]:N: ' \
    '--explain[Show how each priority was computed]' \
    '--format=[table, csv, tsv, json or ics (default: table)]:FORMAT:(table csv tsv json ics)' \
    '--excel-safe[With csv or tsv, for spreadsheets: a value that begins with =, +, -, @, a tab or a carriage return gets a leading '\'' so that it shows as text instead of running as a formula]' \
    '--fail-if-overdue[Exit with status 3 when anything is overdue (for cron)]' \
    '--no-cancelled[With --format ics: leave out the events cancelled since an earlier export, for a calendar that cannot replace an event by its UID (calcurse)]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport overdue
_rapport_overdue() {
  _arguments -s -S \
    '--days=[Also what falls due in the next N days, up to 36600 (default: 0: today and overdue)]:N: ' \
    '--owner=[Only this account manager'\''s items]:NAME:_rapport_values owners' \
    '--tier=[Only customers of this tier]:TIER:_rapport_values tiers' \
    '--channel=[Only this channel, e.g. call]:CHANNEL:_rapport_values channels' \
    '--reason=[Only this reason: cadence, callback, acknowledge, answer, promise, resolve, escalation, follow-up]:REASON: ' \
    '--limit=[At most N items]:N: ' \
    '--explain[Show how each priority was computed]' \
    '--format=[table, csv, tsv, json or ics (default: table)]:FORMAT:(table csv tsv json ics)' \
    '--excel-safe[With csv or tsv, for spreadsheets: a value that begins with =, +, -, @, a tab or a carriage return gets a leading '\'' so that it shows as text instead of running as a formula]' \
    '--fail-if-overdue[Exit with status 3 when anything is overdue (for cron)]' \
    '--no-cancelled[With --format ics: leave out the events cancelled since an earlier export, for a calendar that cannot replace an event by its UID (calcurse)]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport next
_rapport_next() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '--format=[table, csv, tsv or json (default: table)]:FORMAT:(table csv tsv json)' \
    '--excel-safe[With csv or tsv, for spreadsheets: a value that begins with =, +, -, @, a tab or a carriage return gets a leading '\'' so that it shows as text instead of running as a formula]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers'
}

# rapport done
_rapport_done() {
  _arguments -s -S \
    '--note=[How it was done (for a complaint: the resolution)]:TEXT: ' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:ID: '
}

# rapport complaint
_rapport_complaint() {
  local curcontext=$curcontext state state_descr line ret=1
  local -A opt_args
  _arguments -C -s -S \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '(-): :->command' \
    '(-)*:: :->argument' && ret=0
  case $state in
    (command)
      local -a commands
      commands=(
        'list:List complaints, newest first: by default every case not yet closed'
        'show:A complaint'\''s whole timeline: opened, contacts, escalation, resolution, follow-up'
        'open:Open a complaint that came without a contact to log'
        'resolve:Resolve a complaint, saying how'
        'reopen:Reopen a resolved complaint: it is due again as if opened today'
        'escalate:Escalate an open complaint now instead of at its escalation point'
      )
      _describe -t commands 'rapport complaint command' commands && ret=0
      ;;
    (argument)
      curcontext=${curcontext%:*:*}:rapport-complaint-$words[1]:
      case $words[1] in
        (list) _rapport_complaint_list && ret=0 ;;
        (show) _rapport_complaint_show && ret=0 ;;
        (open) _rapport_complaint_open && ret=0 ;;
        (resolve) _rapport_complaint_resolve && ret=0 ;;
        (reopen) _rapport_complaint_reopen && ret=0 ;;
        (escalate) _rapport_complaint_escalate && ret=0 ;;
      esac
      ;;
  esac
  return ret
}

# rapport complaint list
_rapport_complaint_list() {
  _arguments -s -S \
    '--customer=[Only this customer'\''s complaints]:CUSTOMER:_rapport_values customers' \
    '--owner=[Only complaints of this account manager'\''s customers]:NAME:_rapport_values owners' \
    '--status=[Only open, overdue, escalated, resolved or closed ones]:STATUS: ' \
    '--all[Closed cases too; and archived customers count when the words of --customer fit several]' \
    '--format=[table, csv, tsv or json (default: table)]:FORMAT:(table csv tsv json)' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport complaint show
_rapport_complaint_show() {
  _arguments -s -S \
    '--format=[table or json (default: table)]:FORMAT:(table json)' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:ID: '
}

# rapport complaint open
_rapport_complaint_open() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '--note=[What the complaint is about]:TEXT: ' \
    '--via=[The channel to answer on (default: the customer'\''s preferred, else call)]:CHANNEL:_rapport_values channels' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers'
}

# rapport complaint resolve
_rapport_complaint_resolve() {
  _arguments -s -S \
    '--note=[The resolution]:TEXT: ' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:ID: '
}

# rapport complaint reopen
_rapport_complaint_reopen() {
  _arguments -s -S \
    '--note=[Why it is not resolved after all]:TEXT: ' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:ID: '
}

# rapport complaint escalate
_rapport_complaint_escalate() {
  _arguments -s -S \
    '--to=[Who takes it (default: the policy'\''s obligations.resolve.escalate-to)]:NAME: ' \
    '--note=[Why]:TEXT: ' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:ID: '
}

# rapport plan
_rapport_plan() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '--goal=[What the contact should achieve]:TEXT: ' \
    '--materials=[What to bring or send: offers, samples, figures]:TEXT: ' \
    '--channel=[The contact this is for (default: whichever comes next)]:CHANNEL:_rapport_values channels' \
    '--on=[Arrange the contact for this day, such as 2026-11-25, tuesday, +3d or a period from today (2 weeks)]:DATE: ' \
    '--clear[Drop the plan (for --channel, or the one for any channel)]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers'
}

# rapport brief
_rapport_brief() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '--format=[table, markdown or json (default: table)]:FORMAT:(table markdown json)' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers'
}

# rapport report
_rapport_report() {
  local curcontext=$curcontext state state_descr line ret=1
  local -A opt_args
  _arguments -C -s -S \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '(-): :->command' \
    '(-)*:: :->argument' && ret=0
  case $state in
    (command)
      local -a commands
      commands=(
        'coverage:Active customers within cadence, overdue, never contacted, per tier or owner'
        'satisfaction:Satisfaction and complaints of the last twelve months, by tier and owner'
        'activity:Contacts per channel and direction, week by week or month by month'
      )
      _describe -t commands 'rapport report command' commands && ret=0
      ;;
    (argument)
      curcontext=${curcontext%:*:*}:rapport-report-$words[1]:
      case $words[1] in
        (coverage) _rapport_report_coverage && ret=0 ;;
        (satisfaction) _rapport_report_satisfaction && ret=0 ;;
        (activity) _rapport_report_activity && ret=0 ;;
      esac
      ;;
  esac
  return ret
}

# rapport report coverage
_rapport_report_coverage() {
  _arguments -s -S \
    '--by=[tier or owner (default: tier)]:GROUP:(tier owner)' \
    '--format=[table (with charts), csv, tsv or json (default: table)]:FORMAT:(table csv tsv json)' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport report satisfaction
_rapport_report_satisfaction() {
  _arguments -s -S \
    '--by=[Only by tier, or only by owner (default: both)]:GROUP:(tier owner)' \
    '--format=[table (with charts), csv, tsv or json (default: table)]:FORMAT:(table csv tsv json)' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport report activity
_rapport_report_activity() {
  _arguments -s -S \
    '--from=[First day, such as 2026-01-01 or -3m; default the start of the twelfth period back]:DATE: ' \
    '--to=[Last day, such as 2026-06-30 or yesterday; default today]:DATE: ' \
    '--by=[week or month (default: week)]:PERIOD:(week month)' \
    '--channel=[Only this channel, e.g. call]:CHANNEL:_rapport_values channels' \
    '--format=[table (with charts), csv, tsv or json (default: table)]:FORMAT:(table csv tsv json)' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport snooze
_rapport_snooze() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '--until=[A day such as 2026-12-01, friday or eom, or a period from today such as 2 weeks]:DATE|PERIOD: ' \
    '--channel=[Only this channel (default: all)]:CHANNEL:_rapport_values channels' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers'
}

# rapport unsnooze
_rapport_unsnooze() {
  _arguments -s -S \
    '--all[Archived customers count too when the customer'\''s words fit several (they are left out unless only archived ones fit)]' \
    '--channel=[Only this channel'\''s snooze]:CHANNEL:_rapport_values channels' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:CUSTOMER:_rapport_values customers'
}

# rapport undo
_rapport_undo() {
  _arguments -s -S \
    '--list[Show the last 20 changes: when, who, the command, what it changed]' \
    '--dry-run[Say what would be undone, and change nothing]' \
    '--format=[With --list: table, csv, tsv or json (default: table)]:FORMAT:(table csv tsv json)' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport check
_rapport_check() {
  _arguments -s -S \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport backup
_rapport_backup() {
  _arguments -s -S \
    '--force[Replace FILE when it exists]' \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:FILE:_files'
}

# rapport restore
_rapport_restore() {
  _arguments -s -S \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:FILE:_files'
}

# rapport shell
_rapport_shell() {
  _arguments -s -S \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]'
}

# rapport completion
_rapport_completion() {
  _arguments -s -S \
    '(-h --help)-h[Show this help message and exit]' \
    '(-h --help)--help[Show this help message and exit]' \
    '(-V --version)-V[Print version information and exit]' \
    '(-V --version)--version[Print version information and exit]' \
    '--db=[The database file (env RAPPORT_DB; default $XDG_DATA_HOME/rapport/rapport.db)]:PATH:_files' \
    '--config=[The policy file (env RAPPORT_CONFIG; default $XDG_CONFIG_HOME/rapport/config.yaml)]:PATH:_files' \
    '--today=[Plan as if today were DATE, such as 2026-11-16, friday or +1w (env RAPPORT_TODAY); now is the end of that day unless a time is given, as in 2026-11-16 09:00]:DATE: ' \
    '--no-color[No colours, even on a terminal (also when NO_COLOR is set)]' \
    '--verbose[On errors, print the stack trace too]' \
    '(-q --quiet)-q[Print only the data: no messages on success]' \
    '(-q --quiet)--quiet[Print only the data: no messages on success]' \
    '1:SHELL:(bash zsh fish)'
}

if [[ ${funcstack[1]} == _rapport ]]; then
  _rapport "$@"   # autoloaded as _rapport from $fpath: this first Tab gets its answer too
else
  (( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }
  compdef _rapport rapport
fi
