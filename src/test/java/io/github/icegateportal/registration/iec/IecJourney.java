package io.github.icegateportal.registration.iec;

import io.github.icegateportal.shared.web.RateLimits;
import io.github.icegateportal.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What every Route B journey test (a {@code @PortalTest}) starts from: the pages through {@link #mvc}, the directory
 * tables through {@link #jdbc}, the clock at {@link MutableClock#START} and no rate limit used up.
 */
abstract class IecJourney {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    RateLimits rateLimits;

    @BeforeEach
    void startAtTheSameTimeWithNoRateLimitUsed() {
        clock.reset();
        rateLimits.reset();
    }
}
