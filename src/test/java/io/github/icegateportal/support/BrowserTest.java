package io.github.icegateportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A browser test: the portal on a random port, driven by Debian's Chromium through Selenium. Runs only when
 * PORTAL_TEST_BROWSER names the Chromium binary (.ci/run sets it); skipped cleanly elsewhere. Every browser
 * test uses exactly this annotation so that they share one application context, and holds its Chromium in a
 * {@code @RegisterExtension static final Browser browser = new Browser();} field (see {@link Browser}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@EnabledIfEnvironmentVariable(named = "PORTAL_TEST_BROWSER", matches = ".+")
public @interface BrowserTest {}
