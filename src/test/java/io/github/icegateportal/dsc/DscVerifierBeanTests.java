package io.github.icegateportal.dsc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The verifier as other modules get it: a bean, configured from portal.dsc.*. */
@PortalTest
class DscVerifierBeanTests {

    @Autowired
    DscVerifier verifier;

    @Test
    void theVerifierBeanAnswersAnUnreadableUploadWithAMessage() {
        var verification = verifier.verify("not a signature".getBytes(), "challenge", List.of(DemoSignatures.HOLDER));

        assertThat(verification.firstFailure().orElseThrow().messageKey()).isEqualTo("dsc.check.format.malformed");
    }
}
