package dev.rapport.cli;

import java.lang.reflect.Constructor;
import java.util.Map;
import picocli.CommandLine;

/**
 * Hands each command what it needs through its constructor: a command asks for the
 * {@link Session} (or the {@link GlobalOptions}) and gets this run's instance.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final Map<Class<?>, Object> services;

    CommandFactory(Session session) {
        this.services = Map.of(Session.class, session, GlobalOptions.class, session.options());
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Object known = services.get(type);
        if (known != null) {
            return type.cast(known);
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] params = constructor.getParameterTypes();
            Object[] args = new Object[params.length];
            for (int i = 0; i < params.length; i++) {
                args[i] = services.get(params[i]);
            }
            if (params.length > 0 && !java.util.Arrays.asList(args).contains(null)) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(args));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
