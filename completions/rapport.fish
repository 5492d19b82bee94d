# rapport completion for fish, generated from rapport's command model.
#   rapport completion fish > ~/.config/fish/completions/rapport.fish
# Customers, owners, tiers and channels come from `rapport complete KIND PREFIX`.

set -g __rapport_commands 'init' 'customer' 'customer add' 'customer show' 'customer edit' 'customer list' 'customer archive' 'customer tier' 'import' 'import customers' 'import interactions' 'export' 'log' 'agenda' 'overdue' 'next' 'done' 'snooze' 'unsnooze' 'check' 'shell' 'completion'
set -g __rapport_valued_options '--db' '--config' '--today' '--id' '--name' '--company' '--email' '--phone' '--street' '--city' '--region' '--postal-code' '--country' '--industry' '--size' '--tier' '--owner' '--timezone' '--channel' '--days' '--hours' '--style' '--tags' '--needs' '--notes' '--status' '--since' '--cadence' '--last-contacted' '--format' '--tag' '--search' '-s' '--limit' '--encoding' '--rejects' '--map' '--mapping' '--map-tier' '-o' '--output' '--via' '--outcome' '--kind' '--at' '--note' '--satisfaction' '--answers' '--promise' '--due' '--within' '--reason' '--until'

# The command being typed ("customer add") and how many positional words follow it.
function __rapport_state
    set -l command ''
    set -l positionals 0
    set -l skip 0
    for word in (commandline -opc)[2..-1]
        if test $skip -eq 1
            set skip 0
        else if contains -- $word $__rapport_valued_options
            set skip 1
        else if string match -q -- '-*' $word
            continue
        else if test $positionals -eq 0; and contains -- (string trim -- "$command $word") $__rapport_commands
            set command (string trim -- "$command $word")
        else
            set positionals (math $positionals + 1)
        end
    end
    echo $command
    echo $positionals
end

function __rapport_using
    set -l state (__rapport_state)
    test "$state[1]" = "$argv[1]"
end

function __rapport_at
    set -l state (__rapport_state)
    test "$state[1]" = "$argv[1]"; and test "$state[2]" -eq "$argv[2]"
end

# Values from rapport itself, with the line's --db and --config.
function __rapport_values
    set -l tokens (commandline -opc)
    set -l args
    for i in (seq 2 (math (count $tokens) - 1))
        if contains -- $tokens[$i] --db --config
            set -a args $tokens[$i] $tokens[(math $i + 1)]
        end
    end
    $tokens[1] $args complete $argv[1] --describe (commandline -ct) 2>/dev/null
end

complete -c rapport -f

# rapport
complete -c rapport -n '__rapport_using \'\'' -a 'init' -d 'Write a commented policy file with the reference policy, and create the database'
complete -c rapport -n '__rapport_using \'\'' -a 'customer' -d 'Add, change and look up customers'
complete -c rapport -n '__rapport_using \'\'' -a 'import' -d 'Bring customers or contact history in from files'
complete -c rapport -n '__rapport_using \'\'' -a 'export' -d 'Write every customer (or every interaction) as CSV, JSON or YAML'
complete -c rapport -n '__rapport_using \'\'' -a 'log' -d 'Record a contact with a customer'
complete -c rapport -n '__rapport_using \'\'' -a 'agenda' -d 'Whom you owe a contact'
complete -c rapport -n '__rapport_using \'\'' -a 'overdue' -d 'What is overdue'
complete -c rapport -n '__rapport_using \'\'' -a 'next' -d 'For each channel, the customer\'s next contact date and why'
complete -c rapport -n '__rapport_using \'\'' -a 'done' -d 'Close an obligation by hand (its #ID is in the agenda)'
complete -c rapport -n '__rapport_using \'\'' -a 'snooze' -d 'Hold a customer\'s cadence (or one channel\'s) until a date'
complete -c rapport -n '__rapport_using \'\'' -a 'unsnooze' -d 'End a customer\'s snooze (all of them, or one channel\'s)'
complete -c rapport -n '__rapport_using \'\'' -a 'check' -d 'Recompute every next contact date from the history and report each stored'
complete -c rapport -n '__rapport_using \'\'' -a 'shell' -d 'An interactive session'
complete -c rapport -n '__rapport_using \'\'' -a 'completion' -d 'Print the shell completion script for bash, zsh or fish'
complete -c rapport -n '__rapport_using \'\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_using \'\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'\'' -s V -l version -d 'Print version information and exit'

# rapport init
complete -c rapport -n '__rapport_using \'init\'' -l force -d 'Overwrite an existing policy file'
complete -c rapport -n '__rapport_using \'init\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'init\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'init\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'init\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'init\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'init\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'init\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'init\'' -s q -l quiet -d 'Print only the data'

# rapport customer
complete -c rapport -n '__rapport_using \'customer\'' -a 'add' -d 'Add a customer'
complete -c rapport -n '__rapport_using \'customer\'' -a 'show' -d 'Every field of a customer, and the cadence that applies per channel'
complete -c rapport -n '__rapport_using \'customer\'' -a 'edit' -d 'Change fields of a customer'
complete -c rapport -n '__rapport_using \'customer\'' -a 'list' -d 'List customers, ordered by id'
complete -c rapport -n '__rapport_using \'customer\'' -a 'archive' -d 'Archive a customer'
complete -c rapport -n '__rapport_using \'customer\'' -a 'tier' -d 'Move a customer to another tier of the policy'
complete -c rapport -n '__rapport_using \'customer\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'customer\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'customer\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'customer\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'customer\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'customer\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'customer\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'customer\'' -s q -l quiet -d 'Print only the data'

# rapport customer add
complete -c rapport -n '__rapport_using \'customer add\'' -l id -x -d 'The customer\'s key, e.g'
complete -c rapport -n '__rapport_using \'customer add\'' -l name -x -d 'Full name'
complete -c rapport -n '__rapport_using \'customer add\'' -l company -x -d 'Company'
complete -c rapport -n '__rapport_using \'customer add\'' -l email -x -d 'E-mail address'
complete -c rapport -n '__rapport_using \'customer add\'' -l phone -x -d 'Phone number'
complete -c rapport -n '__rapport_using \'customer add\'' -l street -x -d 'Street address'
complete -c rapport -n '__rapport_using \'customer add\'' -l city -x -d 'City'
complete -c rapport -n '__rapport_using \'customer add\'' -l region -x -d 'Region, state or province'
complete -c rapport -n '__rapport_using \'customer add\'' -l postal-code -x -d 'Postal code'
complete -c rapport -n '__rapport_using \'customer add\'' -l country -x -d 'Country'
complete -c rapport -n '__rapport_using \'customer add\'' -l industry -x -d 'Industry'
complete -c rapport -n '__rapport_using \'customer add\'' -l size -x -d 'Company size, e.g'
complete -c rapport -n '__rapport_using \'customer add\'' -l tier -x -a '(__rapport_values tiers)' -d 'Tier from the policy, e.g'
complete -c rapport -n '__rapport_using \'customer add\'' -l owner -x -a '(__rapport_values owners)' -d 'Account manager'
complete -c rapport -n '__rapport_using \'customer add\'' -l timezone -x -d 'The customer\'s IANA time zone, e.g'
complete -c rapport -n '__rapport_using \'customer add\'' -l channel -x -a '(__rapport_values channels)' -d 'Preferred channel, e.g'
complete -c rapport -n '__rapport_using \'customer add\'' -l days -x -d 'Preferred days, e.g'
complete -c rapport -n '__rapport_using \'customer add\'' -l hours -x -d 'Preferred hours in the customer\'s time zone, e.g'
complete -c rapport -n '__rapport_using \'customer add\'' -l style -x -d 'Listening style'
complete -c rapport -n '__rapport_using \'customer add\'' -l tags -x -d 'Tags, separated by '
complete -c rapport -n '__rapport_using \'customer add\'' -l needs -x -d 'What the customer needs'
complete -c rapport -n '__rapport_using \'customer add\'' -l notes -x -d 'Notes'
complete -c rapport -n '__rapport_using \'customer add\'' -l status -x -d 'active, paused or archived'
complete -c rapport -n '__rapport_using \'customer add\'' -l since -x -d 'The date the customer was added (default today)'
complete -c rapport -n '__rapport_using \'customer add\'' -l cadence -x -d 'Override the tier\'s period for a channel, e.g'
complete -c rapport -n '__rapport_using \'customer add\'' -l last-contacted -x -d 'The last contact before rapport, for all channels (DATE) or per channel (call=DATE)'
complete -c rapport -n '__rapport_using \'customer add\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'customer add\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'customer add\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'customer add\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'customer add\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'customer add\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'customer add\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'customer add\'' -s q -l quiet -d 'Print only the data'

# rapport customer show
complete -c rapport -n '__rapport_using \'customer show\'' -l format -x -a 'table csv tsv json ics' -d 'table, csv, tsv or json (default'
complete -c rapport -n '__rapport_using \'customer show\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'customer show\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'customer show\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'customer show\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'customer show\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'customer show\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'customer show\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'customer show\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_at \'customer show\' 0' -x -a '(__rapport_values customers)' -d 'CUSTOMER'

# rapport customer edit
complete -c rapport -n '__rapport_using \'customer edit\'' -l name -x -d 'Full name'
complete -c rapport -n '__rapport_using \'customer edit\'' -l company -x -d 'Company'
complete -c rapport -n '__rapport_using \'customer edit\'' -l email -x -d 'E-mail address'
complete -c rapport -n '__rapport_using \'customer edit\'' -l phone -x -d 'Phone number'
complete -c rapport -n '__rapport_using \'customer edit\'' -l street -x -d 'Street address'
complete -c rapport -n '__rapport_using \'customer edit\'' -l city -x -d 'City'
complete -c rapport -n '__rapport_using \'customer edit\'' -l region -x -d 'Region, state or province'
complete -c rapport -n '__rapport_using \'customer edit\'' -l postal-code -x -d 'Postal code'
complete -c rapport -n '__rapport_using \'customer edit\'' -l country -x -d 'Country'
complete -c rapport -n '__rapport_using \'customer edit\'' -l industry -x -d 'Industry'
complete -c rapport -n '__rapport_using \'customer edit\'' -l size -x -d 'Company size, e.g'
complete -c rapport -n '__rapport_using \'customer edit\'' -l tier -x -a '(__rapport_values tiers)' -d 'Tier from the policy, e.g'
complete -c rapport -n '__rapport_using \'customer edit\'' -l owner -x -a '(__rapport_values owners)' -d 'Account manager'
complete -c rapport -n '__rapport_using \'customer edit\'' -l timezone -x -d 'The customer\'s IANA time zone, e.g'
complete -c rapport -n '__rapport_using \'customer edit\'' -l channel -x -a '(__rapport_values channels)' -d 'Preferred channel, e.g'
complete -c rapport -n '__rapport_using \'customer edit\'' -l days -x -d 'Preferred days, e.g'
complete -c rapport -n '__rapport_using \'customer edit\'' -l hours -x -d 'Preferred hours in the customer\'s time zone, e.g'
complete -c rapport -n '__rapport_using \'customer edit\'' -l style -x -d 'Listening style'
complete -c rapport -n '__rapport_using \'customer edit\'' -l tags -x -d 'Tags, separated by '
complete -c rapport -n '__rapport_using \'customer edit\'' -l needs -x -d 'What the customer needs'
complete -c rapport -n '__rapport_using \'customer edit\'' -l notes -x -d 'Notes'
complete -c rapport -n '__rapport_using \'customer edit\'' -l status -x -d 'active, paused or archived'
complete -c rapport -n '__rapport_using \'customer edit\'' -l since -x -d 'The date the customer was added (default today)'
complete -c rapport -n '__rapport_using \'customer edit\'' -l cadence -x -d 'Override the tier\'s period for a channel, e.g'
complete -c rapport -n '__rapport_using \'customer edit\'' -l last-contacted -x -d 'The last contact before rapport, for all channels (DATE) or per channel (call=DATE)'
complete -c rapport -n '__rapport_using \'customer edit\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'customer edit\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'customer edit\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'customer edit\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'customer edit\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'customer edit\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'customer edit\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'customer edit\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_at \'customer edit\' 0' -x -a '(__rapport_values customers)' -d 'CUSTOMER'

# rapport customer list
complete -c rapport -n '__rapport_using \'customer list\'' -l tier -x -a '(__rapport_values tiers)' -d 'Only this tier'
complete -c rapport -n '__rapport_using \'customer list\'' -l owner -x -a '(__rapport_values owners)' -d 'Only this account manager\'s customers'
complete -c rapport -n '__rapport_using \'customer list\'' -l status -x -a 'active paused archived' -d 'Only active, paused or archived customers'
complete -c rapport -n '__rapport_using \'customer list\'' -l tag -x -d 'Only customers with this tag'
complete -c rapport -n '__rapport_using \'customer list\'' -l search -s s -x -d 'Only customers whose id, name, company or e-mail contains TEXT'
complete -c rapport -n '__rapport_using \'customer list\'' -l limit -x -d 'At most N customers'
complete -c rapport -n '__rapport_using \'customer list\'' -l format -x -a 'table csv tsv json ics' -d 'table, csv, tsv or json (default'
complete -c rapport -n '__rapport_using \'customer list\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'customer list\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'customer list\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'customer list\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'customer list\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'customer list\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'customer list\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'customer list\'' -s q -l quiet -d 'Print only the data'

# rapport customer archive
complete -c rapport -n '__rapport_using \'customer archive\'' -l pause -d 'Pause instead'
complete -c rapport -n '__rapport_using \'customer archive\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'customer archive\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'customer archive\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'customer archive\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'customer archive\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'customer archive\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'customer archive\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'customer archive\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_at \'customer archive\' 0' -x -a '(__rapport_values customers)' -d 'CUSTOMER'

# rapport customer tier
complete -c rapport -n '__rapport_using \'customer tier\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'customer tier\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'customer tier\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'customer tier\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'customer tier\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'customer tier\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'customer tier\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'customer tier\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_at \'customer tier\' 0' -x -a '(__rapport_values customers)' -d 'CUSTOMER'
complete -c rapport -n '__rapport_at \'customer tier\' 1' -x -a '(__rapport_values tiers)' -d 'TIER'

# rapport import
complete -c rapport -n '__rapport_using \'import\'' -a 'customers' -d 'Import customers from CSV or YAML'
complete -c rapport -n '__rapport_using \'import\'' -a 'interactions' -d 'Import contact history (calls, e-mails, meetings, letters, visits) from another system'
complete -c rapport -n '__rapport_using \'import\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'import\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'import\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'import\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'import\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'import\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'import\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'import\'' -s q -l quiet -d 'Print only the data'

# rapport import customers
complete -c rapport -n '__rapport_using \'import customers\'' -l format -x -a 'csv yaml' -d 'csv or yaml (default'
complete -c rapport -n '__rapport_using \'import customers\'' -l encoding -x -d 'The file\'s encoding, e.g'
complete -c rapport -n '__rapport_using \'import customers\'' -l strict -d 'Import nothing if any row is bad'
complete -c rapport -n '__rapport_using \'import customers\'' -s n -l dry-run -d 'Report what would happen'
complete -c rapport -n '__rapport_using \'import customers\'' -l rejects -r -F -d 'Write rejected rows to FILE as CSV, with line and reason'
complete -c rapport -n '__rapport_using \'import customers\'' -l map -x -d 'Read FIELD from COLUMN (repeatable), e.g'
complete -c rapport -n '__rapport_using \'import customers\'' -l mapping -r -F -d 'Column and tier mappings from a YAML file (columns:, tiers:)'
complete -c rapport -n '__rapport_using \'import customers\'' -l map-tier -x -d 'Read tier VALUE as TIER (repeatable), e.g'
complete -c rapport -n '__rapport_using \'import customers\'' -l spread -d 'Spread the first contacts of never-contacted customers over one period instead of all on today'
complete -c rapport -n '__rapport_using \'import customers\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'import customers\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'import customers\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'import customers\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'import customers\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'import customers\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'import customers\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'import customers\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_at \'import customers\' 0' -F -d 'FILE'

# rapport import interactions
complete -c rapport -n '__rapport_using \'import interactions\'' -l format -x -a 'csv yaml' -d 'csv or yaml (default'
complete -c rapport -n '__rapport_using \'import interactions\'' -l encoding -x -d 'The file\'s encoding, e.g'
complete -c rapport -n '__rapport_using \'import interactions\'' -l strict -d 'Import nothing if any row is bad'
complete -c rapport -n '__rapport_using \'import interactions\'' -s n -l dry-run -d 'Report what would happen'
complete -c rapport -n '__rapport_using \'import interactions\'' -l rejects -r -F -d 'Write rejected rows to FILE as CSV, with line and reason'
complete -c rapport -n '__rapport_using \'import interactions\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'import interactions\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'import interactions\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'import interactions\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'import interactions\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'import interactions\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'import interactions\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'import interactions\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_at \'import interactions\' 0' -F -d 'FILE'

# rapport export
complete -c rapport -n '__rapport_using \'export\'' -l format -x -a 'csv tsv json yaml' -d 'csv, tsv, json or yaml (default'
complete -c rapport -n '__rapport_using \'export\'' -s o -l output -r -F -d 'Write to FILE instead of stdout'
complete -c rapport -n '__rapport_using \'export\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'export\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'export\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'export\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'export\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'export\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'export\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'export\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_at \'export\' 0' -x -a 'customers interactions' -d 'WHAT'

# rapport log
complete -c rapport -n '__rapport_using \'log\'' -l via -x -a '(__rapport_values channels)' -d 'call, visit, email, letter, fax, …'
complete -c rapport -n '__rapport_using \'log\'' -l in -d 'The customer reached out'
complete -c rapport -n '__rapport_using \'log\'' -l out -d 'You reached out'
complete -c rapport -n '__rapport_using \'log\'' -l outcome -x -a 'reached missed voicemail sent received' -d 'reached, missed, voicemail, sent or received (default'
complete -c rapport -n '__rapport_using \'log\'' -l kind -x -d 'routine, complaint, feedback, needs, sale or follow-up (default'
complete -c rapport -n '__rapport_using \'log\'' -l at -x -d 'When it happened'
complete -c rapport -n '__rapport_using \'log\'' -l note -x -d 'What was said'
complete -c rapport -n '__rapport_using \'log\'' -l satisfaction -x -d 'How satisfied the customer is, 1 to 5'
complete -c rapport -n '__rapport_using \'log\'' -l answers -x -d 'The obligation this contact answers (see agenda)'
complete -c rapport -n '__rapport_using \'log\'' -l promise -x -d 'A promise made in this contact'
complete -c rapport -n '__rapport_using \'log\'' -l due -x -d 'When the promise is due'
complete -c rapport -n '__rapport_using \'log\'' -l within -x -d 'When the promise is due, from the contact'
complete -c rapport -n '__rapport_using \'log\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'log\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'log\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'log\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'log\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'log\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'log\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'log\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_at \'log\' 0' -x -a '(__rapport_values customers)' -d 'CUSTOMER'

# rapport agenda
complete -c rapport -n '__rapport_using \'agenda\'' -l days -x -d 'Also what falls due in the next N days (default'
complete -c rapport -n '__rapport_using \'agenda\'' -l owner -x -a '(__rapport_values owners)' -d 'Only this account manager\'s items'
complete -c rapport -n '__rapport_using \'agenda\'' -l tier -x -a '(__rapport_values tiers)' -d 'Only customers of this tier'
complete -c rapport -n '__rapport_using \'agenda\'' -l channel -x -a '(__rapport_values channels)' -d 'Only this channel, e.g'
complete -c rapport -n '__rapport_using \'agenda\'' -l reason -x -d 'Only this reason'
complete -c rapport -n '__rapport_using \'agenda\'' -l limit -x -d 'At most N items'
complete -c rapport -n '__rapport_using \'agenda\'' -l explain -d 'Show how each priority was computed'
complete -c rapport -n '__rapport_using \'agenda\'' -l format -x -a 'table csv tsv json ics' -d 'table, csv, tsv, json or ics (default'
complete -c rapport -n '__rapport_using \'agenda\'' -l fail-if-overdue -d 'Exit with status 3 when anything is overdue (for cron)'
complete -c rapport -n '__rapport_using \'agenda\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'agenda\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'agenda\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'agenda\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'agenda\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'agenda\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'agenda\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'agenda\'' -s q -l quiet -d 'Print only the data'

# rapport overdue
complete -c rapport -n '__rapport_using \'overdue\'' -l days -x -d 'Also what falls due in the next N days (default'
complete -c rapport -n '__rapport_using \'overdue\'' -l owner -x -a '(__rapport_values owners)' -d 'Only this account manager\'s items'
complete -c rapport -n '__rapport_using \'overdue\'' -l tier -x -a '(__rapport_values tiers)' -d 'Only customers of this tier'
complete -c rapport -n '__rapport_using \'overdue\'' -l channel -x -a '(__rapport_values channels)' -d 'Only this channel, e.g'
complete -c rapport -n '__rapport_using \'overdue\'' -l reason -x -d 'Only this reason'
complete -c rapport -n '__rapport_using \'overdue\'' -l limit -x -d 'At most N items'
complete -c rapport -n '__rapport_using \'overdue\'' -l explain -d 'Show how each priority was computed'
complete -c rapport -n '__rapport_using \'overdue\'' -l format -x -a 'table csv tsv json ics' -d 'table, csv, tsv, json or ics (default'
complete -c rapport -n '__rapport_using \'overdue\'' -l fail-if-overdue -d 'Exit with status 3 when anything is overdue (for cron)'
complete -c rapport -n '__rapport_using \'overdue\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'overdue\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'overdue\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'overdue\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'overdue\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'overdue\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'overdue\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'overdue\'' -s q -l quiet -d 'Print only the data'

# rapport next
complete -c rapport -n '__rapport_using \'next\'' -l format -x -a 'table csv tsv json ics' -d 'table, csv, tsv or json (default'
complete -c rapport -n '__rapport_using \'next\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'next\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'next\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'next\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'next\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'next\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'next\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'next\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_at \'next\' 0' -x -a '(__rapport_values customers)' -d 'CUSTOMER'

# rapport done
complete -c rapport -n '__rapport_using \'done\'' -l note -x -d 'How it was done (for a complaint'
complete -c rapport -n '__rapport_using \'done\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'done\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'done\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'done\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'done\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'done\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'done\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'done\'' -s q -l quiet -d 'Print only the data'

# rapport snooze
complete -c rapport -n '__rapport_using \'snooze\'' -l until -x -d 'A date, or a period from today such as 2 weeks'
complete -c rapport -n '__rapport_using \'snooze\'' -l channel -x -a '(__rapport_values channels)' -d 'Only this channel (default'
complete -c rapport -n '__rapport_using \'snooze\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'snooze\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'snooze\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'snooze\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'snooze\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'snooze\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'snooze\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'snooze\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_at \'snooze\' 0' -x -a '(__rapport_values customers)' -d 'CUSTOMER'

# rapport unsnooze
complete -c rapport -n '__rapport_using \'unsnooze\'' -l channel -x -a '(__rapport_values channels)' -d 'Only this channel\'s snooze'
complete -c rapport -n '__rapport_using \'unsnooze\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'unsnooze\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'unsnooze\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'unsnooze\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'unsnooze\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'unsnooze\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'unsnooze\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'unsnooze\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_at \'unsnooze\' 0' -x -a '(__rapport_values customers)' -d 'CUSTOMER'

# rapport check
complete -c rapport -n '__rapport_using \'check\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'check\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'check\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'check\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'check\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'check\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'check\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'check\'' -s q -l quiet -d 'Print only the data'

# rapport shell
complete -c rapport -n '__rapport_using \'shell\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'shell\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'shell\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'shell\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'shell\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'shell\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'shell\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'shell\'' -s q -l quiet -d 'Print only the data'

# rapport completion
complete -c rapport -n '__rapport_using \'completion\'' -s h -l help -d 'Show this help message and exit'
complete -c rapport -n '__rapport_using \'completion\'' -s V -l version -d 'Print version information and exit'
complete -c rapport -n '__rapport_using \'completion\'' -l db -r -F -d 'The database file (env RAPPORT_DB'
complete -c rapport -n '__rapport_using \'completion\'' -l config -r -F -d 'The policy file (env RAPPORT_CONFIG'
complete -c rapport -n '__rapport_using \'completion\'' -l today -x -d 'Plan as if today were DATE, YYYY-MM-DD (env RAPPORT_TODAY)'
complete -c rapport -n '__rapport_using \'completion\'' -l no-color -d 'No colours, even on a terminal (also when NO_COLOR is set)'
complete -c rapport -n '__rapport_using \'completion\'' -l verbose -d 'On errors, print the stack trace too'
complete -c rapport -n '__rapport_using \'completion\'' -s q -l quiet -d 'Print only the data'
complete -c rapport -n '__rapport_at \'completion\' 0' -x -a 'bash zsh fish' -d 'SHELL'
