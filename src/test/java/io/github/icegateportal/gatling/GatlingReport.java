package io.github.icegateportal.gatling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The statistics table of a Gatling HTML report, as Markdown rows for the console and docs/performance.md. */
final class GatlingReport {

    private static final Pattern ROW = Pattern.compile(
            "ellipsed-name\">([^<]+)</span>.*?col-2\">([^<]*)<.*?col-4\">([^<]*)<.*?col-6\">([^<]*)<"
                    + ".*?col-8\">([^<]*)<.*?col-10\">([^<]*)<.*?col-11\">([^<]*)<.*?col-12\">([^<]*)<",
            Pattern.DOTALL);

    /** The newest report of {@code simulation} under {@code results}. */
    static Path newest(Path results, Class<?> simulation) throws IOException {
        String prefix = simulation.getSimpleName().toLowerCase(Locale.ROOT) + "-";
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(run -> run.getFileName().toString().startsWith(prefix))
                    .max(Comparator.comparing(run -> run.getFileName().toString()))
                    .orElseThrow();
        }
    }

    /** One Markdown row per request name (the first is all requests): count, failures, per second, p50/p95/p99/max. */
    static String table(Path report) throws IOException {
        String html = Files.readString(report.resolve("index.html"));
        StringBuilder table =
                new StringBuilder("| requests | count | failed | per second | p50 ms | p95 ms | p99 ms | max ms |\n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            table.append("| ").append(row.group(1));
            for (int column = 2; column <= 8; column++) {
                table.append(" | ").append(row.group(column).strip());
            }
            table.append(" |\n");
        }
        return table.toString();
    }

    private GatlingReport() {}
}
