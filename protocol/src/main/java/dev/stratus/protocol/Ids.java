package dev.stratus.protocol;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version-4 UUIDs for request and message ids. They need to be unique, not
 * unpredictable, so they come from ThreadLocalRandom rather than SecureRandom, which showed
 * up in the profile of every request.
 */
public final class Ids {
    private Ids() {
    }

    public static String uuid() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long high = (r.nextLong() & ~0xF000L) | 0x4000L;
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
