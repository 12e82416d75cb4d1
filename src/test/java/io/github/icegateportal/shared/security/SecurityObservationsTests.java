package io.github.icegateportal.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Spring Security does not time each of its filters on every request (about a tenth of an anonymous page's work,
 * issue 12); the request as a whole is still timed as {@code http.server.requests}.
 */
@PortalTest
class SecurityObservationsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MeterRegistry meters;

    @Test
    void aPageIsTimedAsAWholeButNotFilterByFilter() {
        assertThat(mvc.get().uri("/about")).hasStatusOk();

        assertThat(meters.find("http.server.requests").meters()).isNotEmpty();
        assertThat(meters.getMeters())
                .extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security."));
    }
}
