package io.github.icegateportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Corrections on records of this test's own (IEC AAKPC1234Q and its GSTIN), never on the demo data. */
@PortalTest
@RecordApplicationEvents
class DirectoryCorrectionsTests {

    static final Iec IEC = new Iec("AAKPC1234Q");

    static final Gstin GSTIN = new Gstin("27AAKPC1234Q1Z" + Gstin.checkCharacter("27AAKPC1234Q1Z"));

    @Autowired
    DirectoryCorrections corrections;

    @Autowired
    DgftDirectory dgft;

    @Autowired
    GstnDirectory gstn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void ownRecords() {
        this.jdbc.update("DELETE FROM dgft_iec WHERE iec = ?", IEC.value());
        this.jdbc.update("DELETE FROM gstn_registration WHERE gstin = ?", GSTIN.value());
        this.jdbc.update("""
                INSERT INTO dgft_iec (iec, pan, firm_name, email, mobile, address, status, last_updated)
                VALUES (?, ?, 'Chauhan Test Traders', 'chauhan.test@example.in', '9000000101',
                        '1, Test Road, Mumbai, Maharashtra 400001', 'ACTIVE', DATE '2024-01-01')""", IEC.value(), IEC.value());
        this.jdbc.update(
                "INSERT INTO dgft_signatory (iec, position, name, pan, role) VALUES (?, 1, 'Mohan Chauhan', ?, 'Proprietor')",
                IEC.value(),
                IEC.value());
        this.jdbc.update("""
                INSERT INTO gstn_registration (gstin, pan, legal_name, email, mobile, status, last_updated)
                VALUES (?, ?, 'Chauhan Test Traders', 'chauhan.test@example.in', '9000000101', 'ACTIVE', DATE '2024-01-01')""", GSTIN.value(), IEC.value());
    }

    @Test
    void suspendingAnIecChangesTheRecordAndPublishesAnAuditableEvent() {
        var corrected =
                this.corrections.correctIec(IEC, IecCorrection.status(IecStatus.SUSPENDED), "admin1", "10.0.0.7");

        assertThat(corrected).get().extracting(IecRecord::status).isEqualTo(IecStatus.SUSPENDED);
        var record = this.dgft.findByIec(IEC).orElseThrow();
        assertThat(record.isActive()).isFalse();
        // today by the shared test clock, wherever other test classes left it
        assertThat(record.lastUpdated()).isEqualTo(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        assertThat(record.email()).isEqualTo(new EmailAddress("chauhan.test@example.in"));
        assertThat(record.signatories()).hasSize(1);
        assertThat(this.events.stream(IecRecordCorrected.class)).singleElement().satisfies((event) -> {
            assertThat(event).isInstanceOf(io.github.icegateportal.shared.event.AuditableEvent.class);
            assertThat(event.actor()).isEqualTo("admin1");
            assertThat(event.remoteAddress()).isEqualTo("10.0.0.7");
            assertThat(event.subject()).isEqualTo("IEC AAKPC1234Q");
            assertThat(event.action()).isEqualTo("IEC_RECORD_CORRECTED");
            assertThat(event.details()).isEqualTo("status ACTIVE -> SUSPENDED");
        });
    }

    @Test
    void updatingContactsKeepsEverythingElse() {
        this.corrections.correctIec(
                IEC,
                IecCorrection.contacts(new EmailAddress("mohan@example.in"), new MobileNumber("9000000102")),
                "admin1");

        var record = this.dgft.findByIec(IEC).orElseThrow();
        assertThat(record.email()).isEqualTo(new EmailAddress("mohan@example.in"));
        assertThat(record.mobile()).isEqualTo(new MobileNumber("9000000102"));
        assertThat(record.status()).isEqualTo(IecStatus.ACTIVE);
        assertThat(record.firmName()).isEqualTo("Chauhan Test Traders");
    }

    @Test
    void cancellingAGstRegistrationPublishesItsEvent() {
        var corrected = this.corrections.correctGst(GSTIN, GstCorrection.status(GstStatus.CANCELLED), "admin2");

        assertThat(corrected).get().extracting(GstRegistration::isActive).isEqualTo(false);
        assertThat(this.gstn.findByGstin(GSTIN))
                .get()
                .extracting(GstRegistration::status)
                .isEqualTo(GstStatus.CANCELLED);
        assertThat(this.events.stream(GstRegistrationCorrected.class))
                .singleElement()
                .satisfies((event) -> {
                    assertThat(event.subject()).isEqualTo("GSTIN " + GSTIN);
                    assertThat(event.details()).isEqualTo("status ACTIVE -> CANCELLED");
                });
    }

    @Test
    void anUnknownRecordIsNotCorrected() {
        assertThat(this.corrections.correctIec(new Iec("ZZZPZ0000Z"), IecCorrection.status(IecStatus.ACTIVE), "admin1"))
                .isEmpty();
        assertThat(this.events.stream(IecRecordCorrected.class)).isEmpty();
    }
}
