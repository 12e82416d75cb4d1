package io.github.icegateportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
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

    /**
     * The "talks to" column of docs/architecture.md, the modules each module's package-info allows and the modules
     * its code uses are the same three lists ({@code shared}, an open module that every module may use, aside).
     */
    @Test
    void theArchitectureTableNamesTheModulesEachModuleMayAndDoesUse() throws IOException {
        Map<String, Set<String>> table = talksTo(Files.readAllLines(Path.of("docs", "architecture.md")));
        assertThat(table.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        modules.stream().map(ModularityTests::id).toList());
        for (ApplicationModule module : modules) {
            Set<String> used = module.getDirectDependencies(modules)
                    .uniqueModules()
                    .filter(target -> !target.isOpen())
                    .map(ModularityTests::id)
                    .collect(Collectors.toSet());
            assertThat(allowed(module))
                    .as("allowedDependencies of %s", id(module))
                    .isEqualTo(used);
            assertThat(table.get(id(module)))
                    .as("'talks to' of %s in docs/architecture.md", id(module))
                    .isEqualTo(used);
        }
    }

    private static String id(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    private static Set<String> allowed(ApplicationModule module) {
        try {
            var packageInfo = Class.forName(module.getBasePackage().getName() + ".package-info");
            return Set.of(packageInfo
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class)
                    .allowedDependencies());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(id(module) + " has no package-info with @ApplicationModule", e);
        }
    }

    /** The modules table: the module in the first column's backticks, the modules in the last column's backticks. */
    private static Map<String, Set<String>> talksTo(List<String> lines) {
        var table = new HashMap<String, Set<String>>();
        int start = lines.indexOf("| module | what it owns | talks to |");
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            table.put(
                    quoted(cells[1]).findFirst().orElseThrow(),
                    quoted(cells[cells.length - 1]).collect(Collectors.toSet()));
        }
        return table;
    }

    private static Stream<String> quoted(String cell) {
        return Pattern.compile("`([a-z]+)`").matcher(cell).results().map(match -> match.group(1));
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
