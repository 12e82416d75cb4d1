package io.github.icegateportal.directory.internal;

import io.github.icegateportal.directory.DirectoryQueries;
import io.github.icegateportal.directory.IecGstinPair;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcDirectoryQueries implements DirectoryQueries {

    /** Walks dgft_iec in key order; each holder's first active GSTIN comes from the (pan, status) index. */
    private static final String HOLDERS_WITH_ACTIVE_GSTIN = """
            SELECT i.iec,
                   (SELECT min(g.gstin) FROM gstn_registration g WHERE g.pan = i.pan AND g.status = 'ACTIVE') AS gstin
            FROM dgft_iec i
            WHERE i.iec > ?
              AND EXISTS (SELECT 1 FROM gstn_registration g WHERE g.pan = i.pan AND g.status = 'ACTIVE')
            ORDER BY i.iec
            LIMIT ?""";

    private final JdbcClient jdbc;

    JdbcDirectoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IecGstinPair> holdersWithActiveGstin(Iec after, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return this.jdbc
                .sql(HOLDERS_WITH_ACTIVE_GSTIN)
                .params(after == null ? "" : after.value(), limit)
                .query((rs, row) -> new IecGstinPair(new Iec(rs.getString("iec")), new Gstin(rs.getString("gstin"))))
                .list();
    }
}
