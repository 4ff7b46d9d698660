package dev.stratus.it;

import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SQS scenarios on the embedded store, as users run Stratus by default. */
class SqsJavaSdkIT extends SqsScenarios {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();

    @Override
    StratusExtension stratus() {
        return STRATUS;
    }
}
