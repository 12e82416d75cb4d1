package io.github.icegateportal.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * On every bean of the demo module: it exists only while {@code portal.demo.enabled} is true (the default), so that
 * with the demo switched off nothing of the module is in the application context and its addresses are not found.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(prefix = "portal.demo", name = "enabled", matchIfMissing = true)
public @interface DemoOnly {}
