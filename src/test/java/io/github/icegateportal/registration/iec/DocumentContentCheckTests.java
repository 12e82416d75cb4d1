package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.registration.iec.DocumentContentCheck.Refusal;
import io.github.icegateportal.shared.field.PanHolderType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DocumentContentCheckTests {

    private final DocumentContentCheck check =
            new DocumentContentCheck(new KycDocumentProperties(DataSize.ofKilobytes(500), null));

    @Test
    void acceptsPdfJpegAndPngByTheirBytes() {
        assertThat(check.check(SampleFiles.pdf()).mediaType()).isEqualTo("application/pdf");
        assertThat(check.check(SampleFiles.jpeg()).mediaType()).isEqualTo("image/jpeg");
        assertThat(check.check(SampleFiles.png()).mediaType()).isEqualTo("image/png");
    }

    @Test
    void refusesAnExecutableWhateverItIsCalled() {
        assertThat(check.check(SampleFiles.exe()).refused()).contains(Refusal.WRONG_TYPE);
    }

    @Test
    void refusesPlainTextAndEmptyFiles() {
        assertThat(check.check("just some text".getBytes()).refused()).contains(Refusal.WRONG_TYPE);
        assertThat(check.check(new byte[0]).refused()).contains(Refusal.EMPTY);
    }

    @Test
    void refusesAFileOneByteOverTheLimitAndAcceptsOneAtIt() {
        assertThat(check.check(SampleFiles.pdfOfSize(500 * 1024)).refused()).isEmpty();
        assertThat(check.check(SampleFiles.pdfOfSize(500 * 1024 + 1)).refused()).contains(Refusal.TOO_LARGE);
    }

    @Test
    void theRequirementTableDefaultsToTheSpecAndTakesOverridesPerHolderType() {
        var defaults = new KycDocumentProperties(DataSize.ofKilobytes(500), null);
        assertThat(defaults.requiredFor(PanHolderType.P))
                .containsExactly(KycDocumentType.PAN_CARD, KycDocumentType.AADHAAR, KycDocumentType.ADDRESS_PROOF);
        assertThat(defaults.requiredFor(PanHolderType.C)).hasSize(5);
        assertThat(defaults.requiredFor(PanHolderType.G))
                .containsExactly(
                        KycDocumentType.PAN, KycDocumentType.AUTHORISATION_LETTER, KycDocumentType.SIGNATORY_IDENTITY);
        for (var type : PanHolderType.values()) {
            assertThat(defaults.requiredFor(type)).as(type.name()).isNotEmpty();
        }

        var changed = new KycDocumentProperties(
                DataSize.ofKilobytes(500), Map.of(PanHolderType.P, java.util.List.of(KycDocumentType.PAN_CARD)));
        assertThat(changed.requiredFor(PanHolderType.P)).containsExactly(KycDocumentType.PAN_CARD);
        assertThat(changed.requiredFor(PanHolderType.H)).hasSize(4);
    }
}
