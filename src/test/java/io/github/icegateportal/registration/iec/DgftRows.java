package io.github.icegateportal.registration.iec;

import java.security.SecureRandom;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * IEC records of the tests' own, written straight into the DGFT stub's tables with fresh random PANs, so that no
 * test shares a record with another (or with the demo data).
 */
final class DgftRows {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private DgftRows() {}

    /** An IEC record as the tests use it: the holder (or first signatory) signs. */
    record Holder(
            String iec,
            String pan,
            String email,
            String mobile,
            String firmName,
            String signatory,
            String signatoryPan) {}

    static Holder proprietor(JdbcTemplate jdbc) {
        return insert(jdbc, 'P', "ACTIVE");
    }

    static Holder company(JdbcTemplate jdbc) {
        return insert(jdbc, 'C', "ACTIVE");
    }

    static Holder withStatus(JdbcTemplate jdbc, String status) {
        return insert(jdbc, 'P', status);
    }

    static Holder insert(JdbcTemplate jdbc, char holderType, String status) {
        String pan = pan(holderType);
        String n = pan.substring(5, 9);
        String firm = "Test Exports " + pan;
        String signatory = "Asha Tester " + letters(4);
        String signatoryPan = holderType == 'P' ? pan : pan('P');
        var holder = new Holder(
                pan, pan, "dsc." + pan.toLowerCase() + "@example.in", "9" + digits(9), firm, signatory, signatoryPan);
        jdbc.update(
                "INSERT INTO dgft_iec (iec, pan, firm_name, email, mobile, address, status, last_updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                holder.iec(),
                holder.pan(),
                firm,
                holder.email(),
                holder.mobile(),
                n + ", Test Road, Pune, Maharashtra 411001",
                status,
                Date.valueOf(LocalDate.of(2026, 1, 15)));
        jdbc.update(
                "INSERT INTO dgft_signatory (iec, position, name, pan, role) VALUES (?, 1, ?, ?, ?)",
                holder.iec(),
                signatory,
                signatoryPan,
                holderType == 'P' ? "Proprietor" : "Director");
        return holder;
    }

    private static String pan(char holderType) {
        return letters(3) + holderType + letters(1) + digits(4) + letters(1);
    }

    private static String letters(int n) {
        var text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    private static String digits(int n) {
        var text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(RANDOM.nextInt(10));
        }
        return text.toString();
    }
}
