package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

@PortalTest
class IecDocumentUploadTests extends IecJourney {

    IecWizard wizard;

    @BeforeEach
    void atTheDocumentsStep() {
        wizard = new IecWizard(mvc, DgftRows.proprietor(jdbc));
        wizard.details();
        wizard.otps();
    }

    @Test
    void aProprietorIsAskedForThePanCardAadhaarAndAnAddressProof() {
        var page = Visitor.body(wizard.visitor.get(wizard.base() + "/documents"));
        assertThat(page).contains("PAN card").contains("Aadhaar").contains("Address proof");
        assertThat(page).doesNotContain("Certificate of incorporation");
    }

    @Test
    void pdfJpegAndPngAreAcceptedByTheirContentAndKeptWithTheirChecksum() {
        assertThat(wizard.upload(KycDocumentType.PAN_CARD, "pan.pdf", SampleFiles.pdf()))
                .hasStatus3xxRedirection();
        assertThat(wizard.upload(KycDocumentType.AADHAAR, "aadhaar.jpg", SampleFiles.jpeg()))
                .hasStatus3xxRedirection();
        // a PNG named .pdf is still a PNG: the content decides, and it is stored as what it is
        assertThat(wizard.upload(KycDocumentType.ADDRESS_PROOF, "address.pdf", SampleFiles.png()))
                .hasStatus3xxRedirection();

        var rows = jdbc.queryForList(
                "SELECT d.document_type, d.media_type, d.sha256, d.size_bytes FROM registration_document d"
                        + " WHERE d.registration_id = (SELECT id FROM registration WHERE flow_key = CAST(? AS UUID))"
                        + " ORDER BY d.document_type",
                wizard.flowId);
        assertThat(rows)
                .extracting(row -> row.get("media_type"))
                .containsExactly("image/jpeg", "image/png", "application/pdf");
        assertThat(rows.get(2).get("sha256")).isEqualTo(KycDocument.sha256(SampleFiles.pdf()));
        assertThat(Visitor.body(wizard.visitor.get(wizard.base() + "/documents")))
                .contains("id=\"documents-next\"");
    }

    @Test
    void anExecutableRenamedPdfIsRefusedNamingTheFileAndEarlierUploadsStay() {
        wizard.upload(KycDocumentType.PAN_CARD, "pan.pdf", SampleFiles.pdf());

        var result = wizard.upload(KycDocumentType.AADHAAR, "aadhaar.pdf", SampleFiles.exe());

        assertThat(result).hasStatusOk();
        assertThat(Visitor.body(result))
                .contains("aadhaar.pdf was not uploaded: it is not a PDF, JPEG or PNG file")
                .contains("pan.pdf");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void anOversizedFileGetsThePortalsOwnMessageNotAnErrorPage() {
        var result = wizard.upload(KycDocumentType.PAN_CARD, "big-scan.pdf", SampleFiles.pdfOfSize(600 * 1024));

        assertThat(result).hasStatusOk();
        assertThat(Visitor.body(result)).contains("big-scan.pdf was not uploaded: it is larger than 500 KB.");
        assertThat(count()).isZero();
    }

    /** A file far above the limit is refused by its declared size, before a byte of it is read into memory. */
    @Test
    void aHugeFileIsRefusedWithoutBeingReadIntoMemory() {
        var huge = new MockMultipartFile("file", "whole-archive.pdf", "application/pdf", SampleFiles.pdf()) {
            @Override
            public long getSize() {
                return 150L * 1024 * 1024;
            }

            @Override
            public byte[] getBytes() {
                throw new AssertionError("read a 150 MB upload into memory");
            }
        };

        var result = wizard.upload(KycDocumentType.PAN_CARD, huge);

        assertThat(result).hasStatusOk();
        assertThat(Visitor.body(result)).contains("whole-archive.pdf was not uploaded: it is larger than 500 KB.");
        assertThat(count()).isZero();
    }

    @Test
    void aNewFileForADocumentReplacesTheEarlierOne() {
        wizard.upload(KycDocumentType.PAN_CARD, "pan-old.pdf", SampleFiles.pdf());
        wizard.upload(KycDocumentType.PAN_CARD, "pan-new.png", SampleFiles.png());

        assertThat(count()).isEqualTo(1);
        assertThat(Visitor.body(wizard.visitor.get(wizard.base() + "/documents")))
                .contains("pan-new.png")
                .doesNotContain("pan-old.pdf");
    }

    @Test
    void theDscStepWaitsForEveryDocument() {
        wizard.upload(KycDocumentType.PAN_CARD, "pan.pdf", SampleFiles.pdf());

        var page = Visitor.body(wizard.visitor.get(wizard.base() + "/dsc"));
        assertThat(page).contains("Upload every document listed in KYC documents before signing with your DSC.");
        var refused = wizard.signature(new byte[] {1, 2, 3});
        assertThat(Visitor.body(refused))
                .contains("Upload every document listed in KYC documents before signing with your DSC.");
    }

    @Test
    void aFileNameWithAPathOrMarkupIsShownAsItsNameOnly() {
        var result = wizard.upload(KycDocumentType.PAN_CARD, "C:\\scans\\<b>pan.exe", SampleFiles.exe());

        assertThat(Visitor.body(result))
                .contains("&lt;b&gt;pan.exe was not uploaded")
                .doesNotContain("<b>pan");
    }

    private int count() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM registration_document"
                        + " WHERE registration_id = (SELECT id FROM registration WHERE flow_key = CAST(? AS UUID))",
                Integer.class,
                wizard.flowId);
    }
}
