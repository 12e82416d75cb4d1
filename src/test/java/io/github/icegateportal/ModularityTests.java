package io.github.icegateportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        try (Stream<Path> diagrams = Files.list(OUTPUT)) {
            for (Path diagram :
                    diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, relationsInOrder(Files.readAllLines(diagram)));
            }
        }
    }

    /**
     * The documenter writes a diagram's relations in hash order, which changes from run to run; sorted, the files
     * stay the same while the modules do, so a test run does not leave the working tree changed.
     */
    static List<String> relationsInOrder(List<String> lines) {
        var ordered = new ArrayList<String>(lines.size());
        var relations = new ArrayList<String>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            relations.sort(null);
            ordered.addAll(relations);
            relations.clear();
            ordered.add(line);
        }
        relations.sort(null);
        ordered.addAll(relations);
        return ordered;
    }
}
