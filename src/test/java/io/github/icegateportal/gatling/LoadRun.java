package io.github.icegateportal.gatling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@link PortalSimulationTests} hands to the simulations it starts in the same JVM: where the portal listens, the
 * people it prepared, and how hard to push. The shape of each run can be changed on the command line, for example
 * {@code -Dload.readersPerSecond=20}.
 */
final class LoadRun {

    /** The password of every account and Route A journey of the run. */
    static final String PASSWORD = "Kite#Lantern42";

    static volatile String baseUrl;

    /** One row per Route A journey: iec, gstin, email, mobile, icegateId. */
    static volatile List<Map<String, Object>> journeys = List.of();

    /** One row per prepared account: icegateId. */
    static volatile List<Map<String, Object>> accounts = List.of();

    /** New anonymous readers per second, for {@link #seconds()} seconds. */
    static int readersPerSecond() {
        return Integer.getInteger("load.readersPerSecond", 4);
    }

    /** New Route A journeys per second, for {@link #seconds()} seconds. */
    static double journeysPerSecond() {
        return Double.parseDouble(System.getProperty("load.journeysPerSecond", "1"));
    }

    /** People logging in at the same time, each starting again at once, for {@link #seconds()} seconds. */
    static int concurrentLogins() {
        return Integer.getInteger("load.concurrentLogins", 4);
    }

    static int seconds() {
        return Integer.getInteger("load.seconds", 30);
    }

    /**
     * Client addresses for the virtual users: all of 127.0.0.0/8 reaches the portal on Linux, so each virtual user
     * takes the next one and the per-address rate limits see separate people, as on the internet; no limit is raised.
     */
    static List<String> clientAddresses() {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            addresses.add("127.1." + (i / 250) + "." + (i % 250 + 1));
        }
        return addresses;
    }

    private LoadRun() {}
}
