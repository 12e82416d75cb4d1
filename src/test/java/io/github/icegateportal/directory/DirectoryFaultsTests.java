package io.github.icegateportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PortalTest
@RecordApplicationEvents
class DirectoryFaultsTests {

    @Autowired
    DirectoryFaults faults;

    @Autowired
    DgftDirectory dgft;

    @Autowired
    GstnDirectory gstn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void reset() {
        this.faults.reset();
    }

    @Test
    void directoriesStartInTheModeOfTheProperties() {
        assertThat(this.faults.mode(DirectorySource.DGFT)).isEqualTo(FaultMode.NORMAL);
        assertThat(this.faults.mode(DirectorySource.GSTN)).isEqualTo(FaultMode.NORMAL);
    }

    @Test
    void failingDgftRefusesEveryLookUpWhileGstnStillAnswers() {
        this.faults.set(DirectorySource.DGFT, FaultMode.FAIL);

        assertThatExceptionOfType(DirectoryUnavailableException.class)
                .isThrownBy(() -> this.dgft.findByIec(new Iec("BQRPK4721L")))
                .satisfies((ex) -> assertThat(ex.source()).isEqualTo(DirectorySource.DGFT))
                .satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("directory.unavailable"));
        assertThat(this.gstn.findByGstin(new Gstin("08BQRPK4721L1ZB"))).isPresent();
    }

    @Test
    void failingGstnRefusesLookUpsByGstinAndByPan() {
        this.faults.set(DirectorySource.GSTN, FaultMode.FAIL);

        assertThatExceptionOfType(DirectoryUnavailableException.class)
                .isThrownBy(() -> this.gstn.findByGstin(new Gstin("08BQRPK4721L1ZB")));
        assertThatExceptionOfType(DirectoryUnavailableException.class)
                .isThrownBy(() -> this.gstn.findByPan(new Pan("BQRPK4721L")));
        assertThat(this.dgft.findByIec(new Iec("BQRPK4721L"))).isPresent();
    }

    @Test
    void slowBeyondTheTimeoutGivesUpAsUnavailable() {
        // defaults: slow-delay PT3S, timeout PT2S
        this.faults.set(DirectorySource.DGFT, FaultMode.SLOW);

        assertThatExceptionOfType(DirectoryUnavailableException.class)
                .isThrownBy(() -> this.dgft.findByIec(new Iec("BQRPK4721L")))
                .withMessageContaining("PT2S");
    }

    @Test
    void aSwitchIsStoredWhereEveryInstanceReadsItAndResetReturnsToTheProperties() {
        this.faults.set(DirectorySource.GSTN, FaultMode.SLOW);
        this.faults.set(DirectorySource.GSTN, FaultMode.FAIL);

        assertThat(this.jdbc.queryForObject("SELECT mode FROM directory_fault WHERE source = 'GSTN'", String.class))
                .isEqualTo("FAIL");
        assertThat(this.faults.mode(DirectorySource.GSTN)).isEqualTo(FaultMode.FAIL);

        this.faults.reset();

        assertThat(this.faults.mode(DirectorySource.GSTN)).isEqualTo(FaultMode.NORMAL);
        assertThat(this.gstn.findByPan(new Pan("BQRPK4721L"))).hasSize(1);
    }

    @Test
    void anAdminsSwitchIsAudited() {
        this.faults.set(DirectorySource.DGFT, FaultMode.SLOW, "admin1", "10.0.0.8");

        assertThat(this.faults.mode(DirectorySource.DGFT)).isEqualTo(FaultMode.SLOW);
        assertThat(this.events.stream(DirectoryFaultChanged.class))
                .singleElement()
                .satisfies((event) -> {
                    assertThat(event.actor()).isEqualTo("admin1");
                    assertThat(event.subject()).isEqualTo("directory DGFT");
                    assertThat(event.details()).isEqualTo("fault mode NORMAL -> SLOW");
                });
    }
}
