package io.github.icegateportal.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static List<CsvReader.Row> read(String csv) throws IOException {
        var reader = new CsvReader(new StringReader(csv));
        var rows = new ArrayList<CsvReader.Row>();
        for (var row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void readsPlainRowsWithTheirLineNumbers() throws IOException {
        assertThat(read("a,b,c\n1,2,3\r\n4,,6"))
                .containsExactly(
                        new CsvReader.Row(1, List.of("a", "b", "c")),
                        new CsvReader.Row(2, List.of("1", "2", "3")),
                        new CsvReader.Row(3, List.of("4", "", "6")));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        var rows =
                read("name,address\n\"Patel Brothers & Co.\",\"402, Diamond Plaza,\nSurat \"\"East\"\"\"\nnext,row\n");

        assertThat(rows.get(1).values()).containsExactly("Patel Brothers & Co.", "402, Diamond Plaza,\nSurat \"East\"");
        assertThat(rows.get(2)).isEqualTo(new CsvReader.Row(4, List.of("next", "row")));
        assertThat(rows).hasSize(3);
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        assertThat(read("\uFEFFiec,pan\n").get(0).values()).containsExactly("iec", "pan");
    }

    @Test
    void anUnclosedQuoteNamesTheLineItOpenedOn() {
        assertThatExceptionOfType(CsvReader.UnterminatedQuoteException.class)
                .isThrownBy(() -> read("a\n\"open,\n\n"))
                .satisfies((ex) -> assertThat(ex.line).isEqualTo(2));
    }
}
