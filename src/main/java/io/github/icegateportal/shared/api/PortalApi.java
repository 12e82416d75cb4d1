package io.github.icegateportal.shared.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.web.bind.annotation.RestController;

/**
 * Marks a controller of the JSON API under {@code /api/v1}: its errors are answered as RFC 9457 problems by {@link
 * ApiProblems}, never with a page. Each module keeps its API controllers beside its page controllers and calls the
 * same services, so no rule has a second implementation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface PortalApi {}
