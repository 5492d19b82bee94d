package dev.rapport.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The bash, zsh and fish completion scripts, generated from the picocli model: commands,
 * subcommands, options and enum values are written into the script; customers, owners, tiers and
 * channels, which only the database and the policy know, are asked of {@code rapport complete KIND
 * PREFIX} at each Tab. Bash is picocli's own script with those calls wired in; zsh loads the bash
 * script through bashcompinit; fish has a generator of its own.
 */
final class CompletionScripts {

    private CompletionScripts() {
    }

    // ---------------------------------------------------------------------------------------- bash

    /** Asks rapport (the one on the command line, with its --db and --config) for values, escaped for bash. */
    private static final String BASH_VALUES = """

            # rapport: values only the database or the policy knows (customers, owners, tiers,
            # channels), from `rapport complete KIND PREFIX` with the line's --db and --config.
            function _rapport_values() {
              local kind=$1 args=() i
              for ((i = 1; i < COMP_CWORD - 1; i++)); do
                case ${COMP_WORDS[i]} in
                  --db|--config) args+=("${COMP_WORDS[i]}" "${COMP_WORDS[i+1]}") ;;
                esac
              done
              local IFS=$'\\n'
              if [[ ${kind} == customers ]]; then
                _rapport_customers "${args[@]}"
                return
              fi
              COMPREPLY=( $( "${COMP_WORDS[0]}" "${args[@]}" complete "${kind}" "${curr_word}" 2>/dev/null |
                while IFS= read -r value; do printf '%q\\n' "${value}"; done ) )
            }

            # rapport: customers, found by the start of any word of the name or company (or of the id
            # or e-mail) and completed to their ids, which need not start with what was typed. One
            # found takes its place; several are listed, each id with its name.
            function _rapport_customers() {
              local id name ids=() shown=() marked=() all_start=1
              while IFS=$'\\t' read -r id name; do
                ids+=("${id}")
                shown+=("${id}  ${name}")
                marked+=($'\\x1f'"${id}"$'\\t'"${name}")
                [[ ${id} == "${curr_word}"* ]] || all_start=0
              done < <("${COMP_WORDS[0]}" "$@" complete customers --describe "${curr_word}" 2>/dev/null)
              if [[ -n ${ZSH_VERSION-} ]]; then
                COMPREPLY=( "${marked[@]}" )   # for _rapport_zsh, which puts them in place of the word
              elif (( ${#ids[@]} == 1 )); then
                COMPREPLY=( "$(printf '%q' "${ids[0]}")" )
              elif (( all_start )); then
                COMPREPLY=( "${shown[@]}" )   # their common start is that of the ids
              else
                # Bash would put the ids' common start in place of the words typed: with an empty
                # one among them there is none, and the words stay.
                COMPREPLY=( "${shown[@]}" "" )
              fi
            }
            """;

    static String bash(CommandLine all) {
        String script = AutoComplete.bash(all.getCommandName(), all);
        // The helper goes before the first function picocli writes.
        int first = script.indexOf("\nfunction ");
        script = script.substring(0, first) + BASH_VALUES + script.substring(first);
        for (Map.Entry<String, ValueKind> option : valueOptions(all.getCommandSpec()).entrySet()) {
            script = script.replace("    '" + option.getKey() + "')\n      return\n      ;;\n",
                    "    '" + option.getKey() + "')\n      _rapport_values " + option.getValue() + "\n      return\n      ;;\n");
        }
        for (CommandSpec spec : commands(all.getCommandSpec())) {
            script = bashPositionals(script, spec);
        }
        return script;
    }

    /** In the function of {@code spec}, positional values from rapport where the model has a kind for them. */
    private static String bashPositionals(String script, CommandSpec spec) {
        StringBuilder cases = new StringBuilder();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            Optional<ValueKind> kind = ValueKind.of(p);
            if (kind.isPresent() && !p.hidden()) {
                cases.append("    if (( currIndex >= ").append(p.index().min()).append(" && currIndex <= ").append(p.index().max())
                        .append(" )); then\n      _rapport_values ").append(kind.get()).append("\n      return\n    fi\n");
            }
        }
        if (cases.length() == 0) {
            return script;
        }
        String function = "function _picocli_" + spec.qualifiedName("_") + "() {\n";
        int start = script.indexOf(function);
        int end = script.indexOf("\n}\n", start);
        String anchor = "  else\n    local positionals=\"\"\n";
        int at = script.indexOf(anchor, start);
        if (start < 0 || at < 0 || at > end) {
            throw new IllegalStateException("picocli's bash script has changed shape: no positionals in " + function.strip());
        }
        String insert = "  else\n    local currIndex\n    currIndex=$(currentPositionalIndex \"" + spec.name()
                + "\" \"${arg_opts}\" \"${flag_opts}\")\n" + cases + "    local positionals=\"\"\n";
        return script.substring(0, at) + insert + script.substring(at + anchor.length());
    }

    // ----------------------------------------------------------------------------------------- zsh

    /**
     * bashcompinit's {@code _bash_complete}, but for customers: they are completed to ids found
     * by words of the name, which need not start with the word typed, and bashcompinit keeps only
     * the matches that do. The bash functions hand them over marked, and they are added as found.
     */
    private static final String ZSH_CUSTOMERS = """

            # rapport: bashcompinit's _bash_complete, but for customers. They are completed to their
            # ids, found by words of the name that the ids need not start with, and bashcompinit
            # keeps only the matches that start with the word typed: _rapport_customers hands them
            # over marked (a leading \\x1f, the name after a tab), and they take the word's place here.
            _rapport_zsh() {
              local ret=1 m
              local -a matches ids shown
              local -x COMP_POINT COMP_CWORD COMP_LINE="$words"
              local -a COMP_WORDS COMPREPLY BASH_VERSINFO
              (( COMP_POINT = 1 + ${#${(j. .)words[1,CURRENT-1]}} + $#QIPREFIX + $#IPREFIX + $#PREFIX ))
              (( COMP_CWORD = CURRENT - 1 ))
              COMP_WORDS=( "${words[@]}" )
              BASH_VERSINFO=( 2 05b 0 1 release )
              matches=( ${(f)"$(compgen -F _complete_rapport -- ${words[CURRENT]})"} )
              if [[ ${matches[1]-} == $'\\x1f'* ]]; then
                local all_start=1
                for m in "${matches[@]}"; do
                  m=${m#$'\\x1f'}
                  ids+=( "${m%%$'\\t'*}" )
                  shown+=( "${m%%$'\\t'*}  ${m#*$'\\t'}" )
                  [[ ${m%%$'\\t'*} == "${words[CURRENT]}"* ]] || all_start=0
                done
                compadd -U -l -d shown -a ids && ret=0
                # Several found by a word of the name: their ids' common start is not what was meant.
                (( ${#ids} > 1 && ! all_start )) && compstate[insert]=''
              elif [[ -n $matches ]]; then
                compadd - "${(@)${(Q@)matches}:#*\\ }" && ret=0
                compadd -S ' ' - ${${(M)${(Q)matches}:#*\\ }% } && ret=0
              fi
              (( ret )) && _default && ret=0
              return ret
            }
            compdef _rapport_zsh rapport rapport.sh rapport.bash
            """;

    /** zsh runs the bash script through bashcompinit (loading compinit first when .zshrc has not). */
    static String zsh(CommandLine all) {
        return "#compdef rapport\n"
                + "# rapport completion for zsh: the bash script, run by zsh's bashcompinit.\n"
                + "#   source <(rapport completion zsh)        # in ~/.zshrc, after compinit\n"
                + "(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"
                + "(( $+functions[compopt] )) || compopt() { :; }   # bash's, which the script only tunes the display with\n"
                + bash(all)
                + ZSH_CUSTOMERS
                + "\n# Autoloaded from $fpath as _rapport (scripts/install.sh): this first Tab gets its answer too.\n"
                + "if [[ ${funcstack[1]} == _rapport ]]; then _rapport_zsh; fi\n";
    }

    // ---------------------------------------------------------------------------------------- fish

    static String fish(CommandLine all) {
        CommandSpec root = all.getCommandSpec();
        String name = root.name();
        List<CommandSpec> commands = commands(root);
        List<String> paths = new ArrayList<>();
        List<String> valued = new ArrayList<>();
        for (CommandSpec spec : commands) {
            if (spec != root) {
                paths.add(path(spec));
            }
            for (OptionSpec o : spec.options()) {
                if (o.arity().max() > 0) {
                    for (String n : o.names()) {
                        if (!valued.contains(n)) {
                            valued.add(n);
                        }
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# rapport completion for fish, generated from rapport's command model.\n")
                .append("#   rapport completion fish > ~/.config/fish/completions/rapport.fish\n")
                .append("# Customers, owners, tiers and channels come from `rapport complete KIND PREFIX`.\n\n")
                .append("set -g __rapport_commands ").append(quoteAll(paths)).append('\n')
                .append("set -g __rapport_valued_options ").append(quoteAll(valued)).append("\n\n")
                .append("""
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

                        """)
                .append("complete -c ").append(name).append(" -f\n");
        for (CommandSpec spec : commands) {
            String at = path(spec);
            out.append("\n# ").append(spec.qualifiedName()).append('\n');
            spec.subcommands().forEach((sub, line) -> {
                if (!line.getCommandSpec().usageMessage().hidden()) {
                    out.append("complete -c ").append(name).append(" -n ").append(quote("__rapport_using " + quote(at)))
                            .append(" -a ").append(quote(sub)).append(" -d ").append(quote(summary(line.getCommandSpec().usageMessage().description())))
                            .append('\n');
                }
            });
            for (OptionSpec o : spec.options()) {
                if (o.hidden()) {
                    continue;
                }
                StringBuilder option = new StringBuilder("complete -c ").append(name).append(" -n ").append(quote("__rapport_using " + quote(at)));
                for (String n : o.names()) {
                    option.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
                }
                String values = o.arity().max() > 0 ? fishValues(o) : "";
                if (values.contains(" -a ")) {
                    // fish shows a line's -d beside each of its values: the values go on a line of their own, without it.
                    out.append(option).append(" -x -d ").append(quote(summary(o.description()))).append('\n');
                    out.append(option).append(values).append('\n');
                } else {
                    out.append(option).append(values).append(" -d ").append(quote(summary(o.description()))).append('\n');
                }
            }
            for (PositionalParamSpec p : spec.positionalParameters()) {
                if (p.hidden()) {
                    continue;
                }
                for (int i = p.index().min(); i <= Math.min(p.index().max(), p.index().min() + 3); i++) {
                    String values = fishValues(p);
                    if (!values.isEmpty()) {
                        out.append("complete -c ").append(name).append(" -n ").append(quote("__rapport_at " + quote(at) + " " + i))
                                .append(values).append(" -d ").append(quote(p.paramLabel())).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /** fish's flags for what a value may be: rapport's candidates, the enum's, or file names. */
    private static String fishValues(ArgSpec arg) {
        Optional<ValueKind> kind = ValueKind.of(arg);
        if (kind.isPresent()) {
            return " -x -a " + quote("(__rapport_values " + kind.get() + ")");
        }
        if (arg.completionCandidates() != null) {
            List<String> values = new ArrayList<>();
            arg.completionCandidates().forEach(values::add);
            return " -x -a " + quote(String.join(" ", values));
        }
        if (arg.type() == java.nio.file.Path.class || arg.type() == java.io.File.class
                || "FILE".equals(arg.paramLabel()) || "PATH".equals(arg.paramLabel())) {
            return arg.isOption() ? " -r -F" : " -F";
        }
        return arg.isOption() ? " -x" : "";
    }

    // ------------------------------------------------------------------------------------- shared

    /** Every visible command under and including {@code root}, parents before their subcommands. */
    private static List<CommandSpec> commands(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.subcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                all.addAll(commands(sub.getCommandSpec()));
            }
        }
        return all;
    }

    /** Options whose values are rapport's to give, by name: the same name means the same kind everywhere. */
    private static Map<String, ValueKind> valueOptions(CommandSpec root) {
        Map<String, ValueKind> options = new LinkedHashMap<>();
        for (CommandSpec spec : commands(root)) {
            for (OptionSpec o : spec.options()) {
                Optional<ValueKind> kind = ValueKind.of(o);
                if (kind.isPresent()) {
                    for (String n : o.names()) {
                        ValueKind before = options.put(n, kind.get());
                        if (before != null && before != kind.get()) {
                            throw new IllegalStateException(n + " takes " + before + " in one command and " + kind.get() + " in another");
                        }
                    }
                }
            }
        }
        return options;
    }

    /** The command's words after {@code rapport}: "customer add". */
    private static String path(CommandSpec spec) {
        String qualified = spec.qualifiedName();
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1);
    }

    private static String summary(String[] description) {
        String first = description.length == 0 ? "" : CommandLine.Help.Ansi.OFF.string(description[0]);
        // The first sentence: a colon or semicolon does not end it ("table or json (default: table).").
        Matcher sentence = Pattern.compile("^(.*?(?<!e\\.g)\\.)(\\s|$)").matcher(first);
        return (sentence.find() ? sentence.group(1) : first).replaceAll("\\.$", "");
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String quoteAll(List<String> values) {
        return String.join(" ", values.stream().map(CompletionScripts::quote).toList());
    }
}
