package dev.stratus.it;

import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same SQS scenarios with Stratus keeping its state in PostgreSQL (--store). */
class SqsOnPostgresIT extends SqsScenarios {
    @RegisterExtension
    static final StratusExtension STRATUS = StratusExtension.onPostgres().manualClock();

    @Override
    StratusExtension stratus() {
        return STRATUS;
    }
}
