package io.github.icegateportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.TestClockConfiguration;
import io.github.icegateportal.support.Visitor;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * With {@code portal.demo.enabled=false}, as in production, the demo module is absent as a whole: none of its beans,
 * none of its addresses, and no page links to it.
 */
@SpringBootTest(
        properties = {
            // A database of its own: the shared one has the demo data's migrations applied, which this one lacks.
            "spring.datasource.url=jdbc:h2:mem:demo-switched-off;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "portal.demo.enabled=false"
        })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class DemoSwitchedOffTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Test
    void noBeanOfTheDemoModuleIsInTheContext() {
        var demoBeans = Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType)
                .filter(Objects::nonNull)
                .map(Class::getName)
                .filter(name -> name.startsWith(DemoOnly.class.getPackageName() + "."))
                .toList();

        assertThat(demoBeans).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/demo/outbox",
                "/demo/outbox.json",
                "/demo/dsc",
                "/demo/dsc/root.pem",
                "/demo/dsc/tokens/00000000-0000-0000-0000-000000000000"
            })
    void theDemoAddressesAreNotFound(String address) {
        assertThat(mvc.get().uri(address)).hasStatus(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/guidelines/iec-registration-with-dsc",
                "/downloads/iec-registration-with-dsc.txt",
                "/site-map",
                "/login"
            })
    void noPageLinksToTheDemo(String page) {
        var result = mvc.get().uri(page).exchange();

        assertThat(result).hasStatusOk();
        assertThat(Visitor.body(result)).doesNotContain("/demo/");
    }
}
