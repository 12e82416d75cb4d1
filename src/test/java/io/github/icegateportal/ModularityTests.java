package io.github.icegateportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module boundaries and writes the module documentation into docs/modules. */
class ModularityTests {

    private static final Path OUTPUT = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void modulesUseEachOtherOnlyThroughTheirPublicTypes() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(OUTPUT)) {
            for (Path file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    Files.write(file, inOrder(Files.readAllLines(file), ModularityTests::isRelation));
                } else if (file.toString().endsWith(".adoc")) {
                    Files.write(file, inOrder(Files.readAllLines(file), ModularityTests::isSingleLineItem));
                }
            }
        }
    }

    private static boolean isRelation(List<String> lines, int index) {
        return lines.get(index).startsWith("Rel(");
    }

    /** A list item of one line: an item continued on the next lines ({@code +}) keeps its place. */
    private static boolean isSingleLineItem(List<String> lines, int index) {
        return lines.get(index).startsWith("* ")
                && (index + 1 == lines.size() || !lines.get(index + 1).equals("+"));
    }

    /**
     * The documenter writes a diagram's relations and a canvas's lists (listeners, bean references) in hash order,
     * which changes from run to run; sorted, the files stay the same while the modules do, so a test run does not
     * leave the working tree changed.
     */
    static List<String> inOrder(List<String> lines, BiPredicate<List<String>, Integer> sortable) {
        var ordered = new ArrayList<String>(lines.size());
        var run = new ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            if (sortable.test(lines, i)) {
                run.add(lines.get(i));
                continue;
            }
            run.sort(null);
            ordered.addAll(run);
            run.clear();
            ordered.add(lines.get(i));
        }
        run.sort(null);
        ordered.addAll(run);
        return ordered;
    }
}
