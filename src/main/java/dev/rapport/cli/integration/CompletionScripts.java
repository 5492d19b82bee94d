package dev.rapport.cli.integration;

import dev.rapport.cli.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * The bash, zsh and fish completion scripts, generated from the picocli model: commands,
 * subcommands, options and enum values are written into the script; customers, owners, tiers and
 * channels, which only the database and the policy know, are asked of {@code rapport complete KIND
 * PREFIX} at each Tab. Bash is picocli's own script with those calls wired in; zsh and fish have
 * generators of their own, since they show what bash cannot: each option's description, and each
 * customer's name and company beside the id.
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
              local id name ids=() shown=() all_start=1
              while IFS=$'\\t' read -r id name; do
                ids+=("${id}")
                shown+=("${id}  ${name}")
                [[ ${id} == "${curr_word}"* ]] || all_start=0
              done < <("${COMP_WORDS[0]}" "$@" complete customers --describe "${curr_word}" 2>/dev/null)
              if (( ${#ids[@]} == 1 )); then
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
     * The zsh functions every script has: the values only the database or the policy knows, asked
     * of rapport; customers come back as ids described by name and company.
     */
    private static final String ZSH_VALUES = """

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
              program=${${(Q)rapport_line[1]}/#\\~\\//$HOME/}
              for (( i = 2; i < rapport_current; i++ )); do
                word=${${(Q)rapport_line[i]}/#\\~\\//$HOME/}
                case $word in
                  (--db|--config) args+=( "$word" "${${(Q)rapport_line[i+1]}/#\\~\\//$HOME/}" ) ;;
                  (--db=*|--config=*) args+=( "$word" ) ;;
                esac
              done
              found=( ${(f)"$(_call_program $kind ${(q)program} ${(@q)args} complete $kind --describe -- ${(q)${(Q)PREFIX}} 2>/dev/null)"} )
              if [[ $kind != customers ]]; then
                _wanted $kind expl ${kind%s} compadd -a - found
                return
              fi
              for value in $found; do
                if [[ $value == *$'\\t'* ]]; then
                  described+=( "${${value%%$'\\t'*}//:/\\\\:}:${value#*$'\\t'}" )
                else
                  described+=( "${value//:/\\\\:}" )
                fi
                [[ ${value%%$'\\t'*} == "${(Q)PREFIX}"* ]] || all_start=0
              done
              # A customer is found by the start of any word of the name or company, and completed
              # to the id, which need not start with what was typed: zsh must not drop the ids that
              # do not (-U), nor put their common start in place of the words when several fit.
              _describe -t customers customer described -U && ret=0
              (( $#described > 1 && ! all_start )) && compstate[insert]=''
              return ret
            }
            """;

    /** Autoloaded from $fpath the file is the body of _rapport; sourced, it registers it. */
    private static final String ZSH_LOAD = """

            if [[ ${funcstack[1]} == _rapport ]]; then
              _rapport "$@"   # autoloaded as _rapport from $fpath: this first Tab gets its answer too
            else
              (( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }
              compdef _rapport rapport
            fi
            """;

    /**
     * A native zsh script: one function a command, an {@code _arguments} spec for each of its
     * options with the option's description, its values or what completes them, and
     * {@code _describe} for its subcommands with theirs.
     */
    static String zsh(CommandLine all) {
        CommandSpec root = all.getCommandSpec();
        StringBuilder out = new StringBuilder("#compdef ").append(root.name()).append('\n')
                .append("# rapport completion for zsh, generated from rapport's command model. Either of:\n")
                .append("#   rapport completion zsh > ~/.zfunc/_rapport   # fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc\n")
                .append("#   source <(rapport completion zsh)             # in ~/.zshrc, after compinit\n")
                .append("# Customers, owners, tiers and channels come from `rapport complete KIND PREFIX`.\n")
                .append(ZSH_VALUES);
        for (CommandSpec spec : commands(root)) {
            out.append('\n').append(zshFunction(spec, spec == root));
        }
        return out.append(ZSH_LOAD).toString();
    }

    private static String zshFunction(CommandSpec spec, boolean isRoot) {
        List<String> specs = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                specs.addAll(zshOptionSpecs(o));
            }
        }
        List<CommandSpec> subcommands = spec.subcommands().values().stream().map(CommandLine::getCommandSpec)
                .filter(sub -> !sub.usageMessage().hidden()).toList();
        if (!subcommands.isEmpty()) {
            if (spec.positionalParameters().stream().anyMatch(p -> !p.hidden())) {
                throw new IllegalStateException(spec.qualifiedName() + " has both subcommands and positional parameters");
            }
            specs.add(zshQuote("(-): :->command"));
            specs.add(zshQuote("(-)*:: :->argument"));
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                specs.addAll(zshPositionalSpecs(p));
            }
        }
        StringBuilder f = new StringBuilder("# ").append(spec.qualifiedName()).append('\n')
                .append("_").append(spec.qualifiedName("_")).append("() {\n");
        if (isRoot) {
            f.append("  local -a rapport_line\n  rapport_line=( \"${words[@]}\" )\n  local rapport_current=$CURRENT\n");
        }
        if (subcommands.isEmpty()) {
            f.append("  _arguments -s -S \\\n    ").append(String.join(" \\\n    ", specs)).append("\n}\n");
            return f.toString();
        }
        f.append("  local curcontext=$curcontext state state_descr line ret=1\n")
                .append("  local -A opt_args\n")
                .append("  _arguments -C -s -S \\\n    ").append(String.join(" \\\n    ", specs)).append(" && ret=0\n")
                .append("  case $state in\n")
                .append("    (command)\n")
                .append("      local -a commands\n")
                .append("      commands=(\n");
        for (CommandSpec sub : subcommands) {
            f.append("        ").append(zshQuote(sub.name().replace(":", "\\:") + ":" + summary(sub.usageMessage().description()))).append('\n');
        }
        f.append("      )\n")
                .append("      _describe -t commands ").append(zshQuote(spec.qualifiedName() + " command")).append(" commands && ret=0\n")
                .append("      ;;\n")
                .append("    (argument)\n")
                .append("      curcontext=${curcontext%:*:*}:").append(spec.qualifiedName("-")).append("-$words[1]:\n")
                .append("      case $words[1] in\n");
        for (CommandSpec sub : subcommands) {
            f.append("        (").append(sub.name()).append(") _").append(sub.qualifiedName("_")).append(" && ret=0 ;;\n");
        }
        f.append("      esac\n")
                .append("      ;;\n")
                .append("  esac\n")
                .append("  return ret\n")
                .append("}\n");
        return f.toString();
    }

    /**
     * One spec a name: {@code '--via=[description]:CHANNEL:action'}. An option is offered once
     * unless it repeats, and not beside its other names or the options of its exclusive group.
     */
    private static List<String> zshOptionSpecs(OptionSpec o) {
        List<String> excluded = new ArrayList<>();
        if (o.group() != null && o.group().exclusive()) {
            o.group().options().forEach(other -> excluded.addAll(List.of(other.names())));
        } else if (o.names().length > 1 && !o.isMultiValue()) {
            excluded.addAll(List.of(o.names()));
        }
        String exclusion = excluded.isEmpty() ? "" : "(" + String.join(" ", excluded) + ")";
        String description = "[" + zshEscape(summary(o.description()), "\\[]") + "]";
        String value = o.arity().max() > 0 ? ":" + zshEscape(o.paramLabel(), "\\:") + ":" + zshAction(o) : "";
        List<String> specs = new ArrayList<>();
        for (String name : o.names()) {
            // A long option's value may follow in the next word or after '=', a short one's also glued to it.
            String takes = o.arity().max() == 0 ? "" : name.startsWith("--") ? "=" : "+";
            specs.add(zshQuote(exclusion + (o.isMultiValue() ? "*" : "") + name + takes + description + value));
        }
        return specs;
    }

    /**
     * {@code '1:CUSTOMER:action'} for each place the parameter may take (zsh counts from 1,
     * picocli from 0; {@code 1::} when it may be left out), {@code '*:FILE:action'} for an open end.
     */
    private static List<String> zshPositionalSpecs(PositionalParamSpec p) {
        String label = zshEscape(p.paramLabel(), "\\:") + ":" + zshAction(p);
        if (p.index().max() == Integer.MAX_VALUE) {
            return List.of(zshQuote("*:" + label));
        }
        List<String> specs = new ArrayList<>();
        for (int i = p.index().min(); i <= p.index().max(); i++) {
            specs.add(zshQuote((i + 1) + (p.arity().min() == 0 ? "::" : ":") + label));
        }
        return specs;
    }

    /** What completes a value: rapport's candidates, the enum's values, file names, or nothing (a space). */
    private static String zshAction(ArgSpec arg) {
        Optional<ValueKind> kind = ValueKind.of(arg);
        if (kind.isPresent()) {
            return "_rapport_values " + kind.get();
        }
        if (arg.completionCandidates() != null) {
            List<String> values = new ArrayList<>();
            arg.completionCandidates().forEach(v -> values.add(v.replaceAll("([^A-Za-z0-9_.,+=@/-])", "\\\\$1")));
            return "(" + String.join(" ", values) + ")";
        }
        if (arg.type() == java.nio.file.Path.class || arg.type() == java.io.File.class
                || "FILE".equals(arg.paramLabel()) || "PATH".equals(arg.paramLabel())) {
            return "_files";
        }
        return " ";
    }

    /** {@code text} with a backslash before each of {@code special}, as _arguments reads it. */
    private static String zshEscape(String text, String special) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (special.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static String zshQuote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
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
                    // fish shows a line's -d beside each of its values: the values go on a line of their own,
                    // without it. The option takes the description of its last line: that line comes second.
                    out.append(option).append(values).append('\n');
                    out.append(option).append(" -x -d ").append(quote(summary(o.description()))).append('\n');
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
