package dev.stratus.platform;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The narrow interfaces services offer each other ({@code Queues}, {@code LogSink}, …), by type. A
 * module puts the ports it offers when it is built and takes the ones it needs from modules built
 * before it, so the assembly order is the order of what stands on what.
 */
public final class Ports {
    private final Map<Class<?>, Object> offered = new ConcurrentHashMap<>();

    public <T> void offer(Class<T> port, T implementation) {
        if (offered.putIfAbsent(port, implementation) != null) {
            throw new IllegalStateException(port.getSimpleName() + " is offered twice");
        }
    }

    /** The port, or none when no module built so far offers it (the identity step, built before every module, asks this way). */
    public <T> Optional<T> find(Class<T> port) {
        return Optional.ofNullable(offered.get(port)).map(port::cast);
    }

    public <T> T get(Class<T> port) {
        Object found = offered.get(port);
        if (found == null) {
            throw new IllegalStateException(port.getSimpleName() + " is not offered by any module built so far: assemble its module first");
        }
        return port.cast(found);
    }
}
