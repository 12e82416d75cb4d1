package io.github.icegateportal.demo.registrations;

import io.github.icegateportal.demo.DemoOnly;
import io.github.icegateportal.demo.dsc.DemoDscTokens;
import io.github.icegateportal.registration.ReadyMadeRegistrations;
import io.github.icegateportal.registration.ReadyMadeRegistrations.KycFile;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's DSC registrations waiting in the admin's approval queue (docs/demo-data.md, "Ready-made accounts and
 * registrations"), so that an admin can show approval and rejection at once: one submitted a moment before the
 * start, one long past the 72-hour promise. Submitted at start-up through the registration module's {@link
 * ReadyMadeRegistrations} (as a real submission, step by step), with a small PDF or PNG for each KYC document and a
 * signature over the registration's own challenge made by the demo token with a certificate from the demo CA.
 * Times are counted back from the injected clock at start-up.
 *
 * <p>Idempotent: an IEC that already has an account, or a DSC registration waiting, approved or activated, is
 * left alone; after a rejection the next start queues it afresh.
 */
@Component
@DemoOnly
public class DemoRegistrations {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistrations.class);

    /** The published password of the queued demo registrations (docs/demo-data.md), for logging in once approved. */
    public static final String PASSWORD = "Demo#Queue1";

    /** The queued demo registrations: IEC, the ICEGATE ID chosen, and how long before the start it was submitted. */
    public static final List<Queued> QUEUED = List.of(
            new Queued("CTVPT3386N", "THAKUR-LEATHER", Duration.ofMinutes(20)),
            new Queued("AACCB8842Q", "BRAHMAPUTRA-TEA", Duration.ofHours(80)));

    public record Queued(String iec, String icegateId, Duration submittedAgo) {}

    /** The KYC documents a person shows as a photo or scan: a PNG; the others are PDFs. */
    private static final Set<String> IMAGES = Set.of("AADHAAR", "SIGNATORY_IDENTITY", "KARTA_IDENTITY");

    private final ReadyMadeRegistrations readyMade;
    private final DemoDscTokens demoTokens;
    private final Clock clock;

    DemoRegistrations(ReadyMadeRegistrations readyMade, DemoDscTokens demoTokens, Clock clock) {
        this.readyMade = readyMade;
        this.demoTokens = demoTokens;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        for (Queued queued : QUEUED) {
            try {
                boolean submitted = readyMade.submitDsc(
                        new Iec(queued.iec()),
                        new IcegateId(queued.icegateId()),
                        PASSWORD,
                        clock.instant().minus(queued.submittedAgo()),
                        DemoRegistrations::file,
                        (iec, holder, organisation, challenge, at) ->
                                demoTokens.signValid(iec, holder, organisation, challenge, at));
                if (submitted) {
                    log.info("Demo DSC registration of IEC {} queued for approval", queued.iec());
                }
            } catch (RuntimeException e) {
                // the demo must never keep the portal from starting
                log.warn("Demo registration for IEC {} not queued: {}", queued.iec(), e.toString());
            }
        }
    }

    static KycFile file(String documentType, String firm) {
        boolean image = IMAGES.contains(documentType);
        String name = documentType.toLowerCase(Locale.ROOT).replace('_', '-') + (image ? ".png" : ".pdf");
        return new KycFile(name, image ? png() : pdf(firm, documentType));
    }

    /** A one-page PDF that says what it stands for. */
    static byte[] pdf(String firm, String documentType) {
        String text = ascii("DEMO KYC document - " + documentType + " - " + firm + " - not a real document");
        String stream = "BT /F1 12 Tf 40 780 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A small PNG: a card with a photo box and lines of "text" (drawn without fonts, which a server may lack). */
    static byte[] png() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(new Color(0x1F3A5F));
            g.fillRect(0, 0, image.getWidth(), 28);
            g.drawRect(4, 4, image.getWidth() - 9, image.getHeight() - 9);
            g.setColor(new Color(0xB0B8C4));
            g.fillRect(20, 50, 80, 100);
            for (int line = 0; line < 5; line++) {
                g.fillRect(120, 55 + line * 20, 170 - line * 18, 8);
            }
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String ascii(String text) {
        return text.replaceAll("[^ -~]", "?")
                .replace("\\", "")
                .replace("(", "[")
                .replace(")", "]");
    }
}
