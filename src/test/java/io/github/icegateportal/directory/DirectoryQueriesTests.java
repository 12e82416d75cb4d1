package io.github.icegateportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.support.PortalTest;
import java.util.ArrayList;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class DirectoryQueriesTests {

    @Autowired
    DirectoryQueries queries;

    @Test
    void pagesThroughHoldersWithAnActiveGstinInIecOrderOnePairPerIec() {
        var all = new ArrayList<IecGstinPair>();
        Iec after = null;
        for (var page = this.queries.holdersWithActiveGstin(null, 7);
                !page.isEmpty();
                page = this.queries.holdersWithActiveGstin(after, 7)) {
            assertThat(page.size()).isLessThanOrEqualTo(7);
            all.addAll(page);
            after = page.get(page.size() - 1).iec();
        }

        assertThat(all).extracting(IecGstinPair::iec).doesNotHaveDuplicates();
        assertThat(all).extracting((pair) -> pair.iec().value()).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(all)
                .contains(
                        new IecGstinPair(new Iec("0388045612"), new Gstin("27AAACB1845M1ZL")),
                        new IecGstinPair(new Iec("AAQFC6603N"), new Gstin("32AAQFC6603N1Z7")),
                        new IecGstinPair(new Iec("AAECH7719P"), new Gstin("05AAECH7719P1Z2")));
        assertThat(all).extracting((pair) -> pair.iec().value()).doesNotContain("AAGCD4406K", "AABCV3391H");
    }

    @Test
    void aZeroLimitGivesNothing() {
        assertThat(this.queries.holdersWithActiveGstin(null, 0)).isEmpty();
    }
}
