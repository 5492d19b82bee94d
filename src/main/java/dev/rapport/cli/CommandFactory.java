package dev.rapport.cli;

import dev.rapport.app.Workspace;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * Hands each command what it needs through its constructor (picocli's {@code IFactory}): the
 * services the composition root gave (the session, the global options, the copies of the
 * database, …) and the use cases, each built once, when a command first asks for it, on the
 * run's workspace. A use case is a class of {@code dev.rapport.app} whose constructor takes a
 * {@link Workspace} (and other use cases); those that start a database get a workspace that
 * creates it.
 */
public final class CommandFactory implements CommandLine.IFactory {

    private static final String USE_CASES = Workspace.class.getPackageName() + ".";
    /** The commands and what they are made of: cli and its families. */
    private static final String COMMAND_PARTS = CommandFactory.class.getPackageName() + ".";

    private final Map<Class<?>, Object> services;
    private final Workspace workspace;
    private final Workspace creating;
    private final Set<Class<?>> startingDatabase;
    private final Map<Class<?>, Object> useCases = new HashMap<>();

    /**
     * @param startingDatabase the use cases that create the database when it does not exist
     *                         (imports, adding a customer); every other one refuses a missing database
     */
    public CommandFactory(Map<Class<?>, Object> services, Workspace workspace, Workspace creating, Set<Class<?>> startingDatabase) {
        this.services = Map.copyOf(services);
        this.workspace = workspace;
        this.creating = creating;
        this.startingDatabase = Set.copyOf(startingDatabase);
    }

    /**
     * A factory for a model of the command line alone (help, man pages, completion scripts,
     * tests of the options): its commands are built, but none runs, so nothing they were given
     * may be used.
     */
    static CommandFactory forModel(Session session) {
        dev.rapport.app.Databases noDatabases = session.databases();
        OpenWorkspace none = new OpenWorkspace(session, new java.io.PrintWriter(java.io.Writer.nullWriter()));
        Map<Class<?>, Object> services = Map.of(Session.class, session, GlobalOptions.class, session.options(),
                dev.rapport.app.PolicyFiles.class, session.policyFiles(),
                dev.rapport.app.Databases.class, noDatabases,
                Program.class, (Program) (environment, out, err, args) -> {
                    throw new IllegalStateException("a model of the command line runs no command");
                },
                Console.class, Console.NONE,
                InteractiveShell.class, (InteractiveShell) (commands, suggest, line, out, err) -> {
                    throw new IllegalStateException("a model of the command line runs no shell");
                });
        return new CommandFactory(services, none, none.creating(), Set.of());
    }

    /** A part of the command line that is not a command (the usage error handler), built as commands are. */
    <K> K part(Class<K> type) {
        try {
            return create(type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == CommandFactory.class) {
            return type.cast(this);   // for the shell, which builds the command line again for each line
        }
        Object known = services.get(type);
        if (known != null) {
            return type.cast(known);
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Object[] args = arguments(constructor);
            if (constructor.getParameterCount() > 0 && !Arrays.asList(args).contains(null)) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(args));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }

    private Object[] arguments(Constructor<?> constructor) throws Exception {
        Class<?>[] params = constructor.getParameterTypes();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            Class<?> type = params[i];
            // A service, or a part of commands such as AgendaReport, is built as commands are; else it is a use case.
            boolean part = services.containsKey(type) || type.getName().startsWith(COMMAND_PARTS);
            args[i] = part ? create(type) : useCase(type);
        }
        return args;
    }

    /** The use case of this type, built on first request; null for a type that is not one. */
    private Object useCase(Class<?> type) throws Exception {
        if (type == Workspace.class) {
            return workspace;
        }
        if (!type.getName().startsWith(USE_CASES) || !Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        Object built = useCases.get(type);
        if (built == null) {
            built = build(type);
            if (built != null) {
                useCases.put(type, built);
            }
        }
        return built;
    }

    private Object build(Class<?> type) throws Exception {
        for (Constructor<?> constructor : type.getConstructors()) {
            Class<?>[] params = constructor.getParameterTypes();
            if (params.length == 0 || params[0] != Workspace.class) {
                continue;
            }
            Object[] args = arguments(constructor);
            args[0] = startingDatabase.contains(type) ? creating : workspace;
            if (!Arrays.asList(args).contains(null)) {
                return constructor.newInstance(args);
            }
        }
        return null;
    }
}
