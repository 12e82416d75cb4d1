package io.github.icegateportal.registration.dsc;

import static io.github.icegateportal.registration.RegistrationStatus.ACTIVATED;
import static io.github.icegateportal.registration.RegistrationStatus.APPROVED;
import static io.github.icegateportal.registration.RegistrationStatus.SUBMITTED;

import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.account.IcegateIds;
import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.directory.Signatory;
import io.github.icegateportal.dsc.DemoDscTokens;
import io.github.icegateportal.dsc.DscHolder;
import io.github.icegateportal.dsc.DscVerification;
import io.github.icegateportal.dsc.DscVerifier;
import io.github.icegateportal.registration.Origin;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.shared.PortalProperties;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's DSC registrations waiting in the admin's approval queue (docs/demo-data.md, "Ready-made accounts and
 * registrations"), so that an admin can show approval and rejection at once: one submitted a moment before the
 * start, one long past the 72-hour promise. Runs at start-up only while {@code portal.demo.enabled}.
 *
 * <p>Each is made as a real submission makes it, step by step through {@link Registration} (so the history, the
 * audit log and the queue figures see the same events), with KYC documents that pass the upload checks, the ICEGATE
 * ID reserved in the ID table, the password hashed by the portal's encoder, and a signature over the
 * registration's own challenge made by the demo token with a certificate from the demo CA and checked by the
 * portal's {@link DscVerifier}. Times are counted back from the injected clock at start-up.
 *
 * <p>Idempotent: an IEC that already has an account, or a DSC registration waiting, approved or activated, is
 * left alone; after a rejection the next start queues it afresh. Two instances starting at once cannot both seed
 * one IEC: the ID table's key lets only one reserve the ICEGATE ID, and the other's transaction rolls back.
 */
@Component
class DemoRegistrations {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistrations.class);

    /** The published password of the queued demo registrations (docs/demo-data.md), for logging in once approved. */
    static final String PASSWORD = "Demo#Queue1";

    /** The queued demo registrations: IEC, the ICEGATE ID chosen, and how long before the start it was submitted. */
    static final List<Queued> QUEUED = List.of(
            new Queued("CTVPT3386N", "THAKUR-LEATHER", Duration.ofMinutes(20)),
            new Queued("AACCB8842Q", "BRAHMAPUTRA-TEA", Duration.ofHours(80)));

    record Queued(String iec, String icegateId, Duration submittedAgo) {}

    private final PortalProperties portal;
    private final DscRegistrationRepository registrations;
    private final KycDocuments documents;
    private final DscStepRepository dscSteps;
    private final DgftDirectory dgft;
    private final Accounts accounts;
    private final IcegateIds icegateIds;
    private final DemoDscTokens demoTokens;
    private final DscVerifier verifier;
    private final PasswordEncoder passwordEncoder;
    private final DscRouteProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoRegistrations(
            PortalProperties portal,
            DscRegistrationRepository registrations,
            KycDocuments documents,
            DscStepRepository dscSteps,
            DgftDirectory dgft,
            Accounts accounts,
            IcegateIds icegateIds,
            DemoDscTokens demoTokens,
            DscVerifier verifier,
            PasswordEncoder passwordEncoder,
            DscRouteProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.portal = portal;
        this.registrations = registrations;
        this.documents = documents;
        this.dscSteps = dscSteps;
        this.dgft = dgft;
        this.accounts = accounts;
        this.icegateIds = icegateIds;
        this.demoTokens = demoTokens;
        this.verifier = verifier;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!portal.demo().enabled()) {
            return;
        }
        for (Queued queued : QUEUED) {
            try {
                transactions.executeWithoutResult(status -> {
                    if (!queue(queued)) {
                        status.setRollbackOnly();
                    }
                });
            } catch (RuntimeException e) {
                // the demo must never keep the portal from starting
                log.warn("Demo registration for IEC {} not queued: {}", queued.iec(), e.toString());
            }
        }
    }

    /** Queues one demo registration unless the IEC has one already; false when nothing is to be kept. */
    private boolean queue(Queued queued) {
        Iec iec = new Iec(queued.iec());
        if (accounts.findByIec(iec).isPresent()
                || !registrations
                        .findByIec(iec.value(), RegistrationRoute.DSC, EnumSet.of(SUBMITTED, APPROVED, ACTIVATED))
                        .isEmpty()) {
            return false;
        }
        IecRecord record = dgft.findByIec(iec).filter(IecRecord::isActive).orElse(null);
        if (record == null || record.signatories().isEmpty()) {
            log.warn("Demo registration for IEC {} not queued: no active DGFT record with a signatory", iec);
            return false;
        }
        Instant submitted = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(queued.submittedAgo());
        Instant at = submitted.minus(Duration.ofMinutes(18));
        Registration registration = Registration.startDsc(
                iec,
                record.pan(),
                record.firmName(),
                record.email(),
                record.mobile(),
                null,
                at.plus(properties.draftLifetime()),
                origin(at));
        at = at.plusSeconds(95);
        registration.dscOtpsVerified(at.plus(properties.draftLifetime()), origin(at));
        registrations.saveAndFlush(registration);

        for (KycDocumentType type : documents.required(registration)) {
            at = at.plusSeconds(70);
            boolean image = type == KycDocumentType.AADHAAR
                    || type == KycDocumentType.SIGNATORY_IDENTITY
                    || type == KycDocumentType.KARTA_IDENTITY;
            String name = type.name().toLowerCase(Locale.ROOT).replace('_', '-') + (image ? ".png" : ".pdf");
            byte[] content = image ? png() : pdf(record.firmName(), type);
            documents.store(registration, type, name, content, at);
            registration.documentUploaded(type.name(), at.plus(properties.draftLifetime()), origin(at));
        }

        at = at.plusSeconds(150);
        Signatory signatory = record.signatories().get(0);
        DscHolder holder = new DscHolder(signatory.name(), signatory.pan());
        DscStep step = new DscStep(registration.id(), registration.referenceNumber(), at);
        byte[] signature = demoTokens
                .signValid(iec, holder, record.firmName(), step.challenge(), at)
                .orElse(null);
        if (signature == null) {
            return false;
        }
        List<DscHolder> holders = new ArrayList<>();
        record.signatories().forEach(s -> holders.add(new DscHolder(s.name(), s.pan())));
        DscVerification verification = verifier.verify(signature, step.challenge(), holders);
        if (!verification.passed()) {
            log.warn("Demo registration for IEC {} not queued: the demo signature did not pass {}", iec, verification);
            return false;
        }
        step.record(signature, verification, at);
        dscSteps.save(step);
        registration.dscVerified(holder.name(), at.plus(properties.draftLifetime()), origin(at));

        at = at.plusSeconds(80);
        IcegateId chosen = new IcegateId(queued.icegateId());
        if (!icegateIds.reserve(chosen, DscRegistrationFlow.holder(registration))) {
            log.warn("Demo registration for IEC {} not queued: ICEGATE ID {} is taken", iec, chosen);
            return false;
        }
        registration.dscIdChosen(
                chosen, passwordEncoder.encode(PASSWORD), at.plus(properties.draftLifetime()), origin(at));
        registration.submit(origin(submitted));
        registrations.save(registration);
        log.info("Demo DSC registration {} of IEC {} queued for approval", registration.referenceNumber(), iec);
        return true;
    }

    private static Origin origin(Instant at) {
        return new Origin("anonymous", null, at);
    }

    /** A one-page PDF that says what it stands for. */
    static byte[] pdf(String firm, KycDocumentType type) {
        String text = ascii("DEMO KYC document - " + type.name() + " - " + firm + " - not a real document");
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
