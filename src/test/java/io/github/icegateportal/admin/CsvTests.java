package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void everyCellThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(Csv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(Csv.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(Csv.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void aCellThatStartsWithANullCharacterIsNeutralisedTooAsAsvsAsks() {
        assertThat(Csv.cell("\u0000=1+1")).isEqualTo("\"'\u0000=1+1\"");
    }

    @Test
    void plainCellsStayAsTheyAre() {
        assertThat(Csv.cell("ADMIN_LOGIN")).isEqualTo("ADMIN_LOGIN");
        assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
