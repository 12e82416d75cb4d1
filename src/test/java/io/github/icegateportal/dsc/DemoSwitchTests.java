package io.github.icegateportal.dsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icegateportal.shared.PortalProperties;
import io.github.icegateportal.support.MutableClock;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;

/** With portal.demo.enabled=false the demo CA is not trusted and the token page does not exist. */
class DemoSwitchTests {

    private final DemoCertificateAuthority switchedOff = new DemoCertificateAuthority(
            null,
            null,
            new MutableClock(),
            new PortalProperties(
                    new PortalProperties.Demo(false),
                    new PortalProperties.Captcha(true),
                    URI.create("http://localhost")));

    @Test
    void theDemoCaContributesNothingToTrust() {
        assertThat(switchedOff.trustMaterial()).isEqualTo(TrustMaterial.NONE);
    }

    @Test
    void theTokenPageAndItsDownloadsAreNotFound() {
        var tokens = new DemoDscTokens(switchedOff, null, new MutableClock());
        var controller = new DemoDscTokenController(tokens, switchedOff, iec -> java.util.Optional.empty(), null);

        assertThatThrownBy(() -> controller.initTokenForm(null, null, null, new ExtendedModelMap()))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getStatusCode())
                        .isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(controller::downloadRoot).isInstanceOf(ResponseStatusException.class);
        assertThat(tokens.signature("00000000-0000-0000-0000-000000000000")).isEmpty();
    }
}
