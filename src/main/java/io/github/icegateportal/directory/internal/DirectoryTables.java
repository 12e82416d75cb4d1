package io.github.icegateportal.directory.internal;

import io.github.icegateportal.directory.GstRegistration;
import io.github.icegateportal.directory.GstStatus;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.directory.IecStatus;
import io.github.icegateportal.directory.Signatory;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the directory tables. Its queries carry a time limit ({@code portal.directory.timeout}), so a look-up that
 * hangs ends as a real adapter's would.
 */
@Component
class DirectoryTables {

    /** One row per signatory (or one row with null signatory columns): the record and its signatories at once. */
    private static final String IEC_WITH_SIGNATORIES = """
            SELECT i.iec, i.pan, i.firm_name, i.email, i.mobile, i.address, i.status, i.last_updated,
                   s.name AS signatory_name, s.pan AS signatory_pan, s.role AS signatory_role
            FROM dgft_iec i LEFT JOIN dgft_signatory s ON s.iec = i.iec
            WHERE i.iec = ?
            ORDER BY s.position""";

    private static final String GST_COLUMNS =
            "SELECT gstin, pan, legal_name, email, mobile, status FROM gstn_registration ";

    private final JdbcTemplate template;

    private final JdbcClient jdbc;

    DirectoryTables(DataSource dataSource, DirectoryProperties properties) {
        this.template = new JdbcTemplate(dataSource);
        this.template.setQueryTimeout((int) Math.max(1, (properties.timeout().toMillis() + 999) / 1000));
        this.jdbc = JdbcClient.create(this.template);
    }

    Optional<IecRecord> findIec(Iec iec) {
        ResultSetExtractor<IecRecord> extractor = DirectoryTables::iecRecord;
        return Optional.ofNullable(this.template.query(IEC_WITH_SIGNATORIES, extractor, iec.value()));
    }

    Optional<GstRegistration> findGst(Gstin gstin) {
        return this.jdbc
                .sql(GST_COLUMNS + "WHERE gstin = ?")
                .param(gstin.value())
                .query(DirectoryTables::gstRegistration)
                .optional();
    }

    List<GstRegistration> findGstByPan(Pan pan) {
        return this.jdbc
                .sql(GST_COLUMNS + "WHERE pan = ? ORDER BY gstin")
                .param(pan.value())
                .query(DirectoryTables::gstRegistration)
                .list();
    }

    /** Null when the result set is empty; reads every row of one IEC. */
    private static IecRecord iecRecord(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return null;
        }
        var iec = new Iec(rs.getString("iec"));
        var pan = new Pan(rs.getString("pan"));
        String firmName = rs.getString("firm_name");
        var email = new EmailAddress(rs.getString("email"));
        var mobile = new MobileNumber(rs.getString("mobile"));
        String address = rs.getString("address");
        var status = IecStatus.valueOf(rs.getString("status"));
        var lastUpdated = rs.getObject("last_updated", LocalDate.class);
        var signatories = new ArrayList<Signatory>();
        do {
            String name = rs.getString("signatory_name");
            if (name != null) {
                signatories.add(
                        new Signatory(name, new Pan(rs.getString("signatory_pan")), rs.getString("signatory_role")));
            }
        } while (rs.next());
        return new IecRecord(
                iec, pan, firmName, pan.holderType(), email, mobile, address, status, lastUpdated, signatories);
    }

    static GstRegistration gstRegistration(ResultSet rs, int row) throws SQLException {
        var gstin = new Gstin(rs.getString("gstin"));
        return new GstRegistration(
                gstin,
                new Pan(rs.getString("pan")),
                rs.getString("legal_name"),
                gstin.stateName(),
                new EmailAddress(rs.getString("email")),
                new MobileNumber(rs.getString("mobile")),
                GstStatus.valueOf(rs.getString("status")));
    }
}
