package dev.rapport.storage.contract;

import dev.rapport.app.Storage;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * A deliberately broken backend: a real one behind proxies of its ports that pass every call on,
 * but for the one write chosen, which they skip without a word. What it drops is told by a
 * {@link Drop}; {@link Drop#NOTHING} makes a faithful copy, which passes whatever the real one
 * passes. Proxies rather than hand-written decorators: the ports' signatures change (issue 14),
 * and a proxy follows them without an edit.
 */
final class DroppingStorage {

    /** Which call of a port to skip. */
    @FunctionalInterface
    interface Drop {

        Drop NOTHING = (port, method, call) -> false;

        /**
         * @param call how many times this method of this port has been called on this database,
         *             this call included
         */
        boolean drops(Class<?> port, String method, int call);

        /** Drops the {@code n}th call of the method. */
        static Drop the(int n, Class<?> port, String method) {
            return (p, m, call) -> p == port && m.equals(method) && call == n;
        }

        /** Drops every call of the method. */
        static Drop every(Class<?> port, String method) {
            return (p, m, call) -> p == port && m.equals(method);
        }
    }

    private DroppingStorage() {
    }

    /** {@code real} with its ports behind proxies that skip what {@code drop} says. */
    static Storage around(Storage real, Drop drop) {
        Map<String, Integer> calls = new HashMap<>();
        Map<Class<?>, Object> ports = new HashMap<>();
        InvocationHandler storage = (proxy, method, args) -> {
            Object result = call(real, method, args);
            Class<?> type = method.getReturnType();
            // The ports (customers(), interactions(), …): the interfaces of the use cases' package.
            if (result != null && type.isInterface() && type.getPackage() == Storage.class.getPackage()) {
                return ports.computeIfAbsent(type, port -> port(port, result, drop, calls));
            }
            return result;
        };
        return (Storage) Proxy.newProxyInstance(Storage.class.getClassLoader(), new Class<?>[] {Storage.class}, storage);
    }

    private static Object port(Class<?> port, Object real, Drop drop, Map<String, Integer> calls) {
        InvocationHandler handler = (proxy, method, args) -> {
            int call = calls.merge(port.getName() + "." + method.getName(), 1, Integer::sum);
            if (drop.drops(port, method.getName(), call)) {
                return nothing(method.getReturnType());
            }
            return call(real, method, args);
        };
        return Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler);
    }

    /** What a skipped call returns: nothing, or a zero that looks like any other answer. */
    private static Object nothing(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
