package dev.stratus.testkit;

import dev.stratus.time.Clock;
import java.net.URI;
import java.time.Duration;

/**
 * What a test talks to: one Stratus ({@link StratusExtension}) or several nodes behind one front
 * ({@link StratusNodes}), so the same scenarios run against either.
 */
public interface StratusUnderTest {
    /** Where clients send their requests: http://127.0.0.1:PORT. */
    URI endpoint();

    /** The port of {@link #endpoint()}, which queue URLs and the like carry. */
    int port();

    /** Moves the manual clock on; what fell due meanwhile happens now, on Stratus's threads. */
    void advance(Duration by);

    /** Stratus's clock: the system's, or the manual one. */
    Clock clock();
}
