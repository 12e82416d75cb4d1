package io.github.icegateportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

@PortalTest
class NoDefaultPasswordTests {

    @Autowired
    ApplicationContext context;

    @Test
    void bootsInMemoryUserWithAGeneratedPasswordIsNotThere() {
        assertThat(context.getBeansOfType(InMemoryUserDetailsManager.class)).isEmpty();
    }
}
