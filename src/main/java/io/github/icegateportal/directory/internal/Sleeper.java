package io.github.icegateportal.directory.internal;

import java.time.Duration;

/** Waits in fault mode SLOW; a seam so that tests of the fault modes never sleep. */
@FunctionalInterface
interface Sleeper {

    Sleeper THREAD = (duration) -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
