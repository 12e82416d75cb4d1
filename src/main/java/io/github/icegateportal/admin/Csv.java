package io.github.icegateportal.admin;

/**
 * Writes CSV rows (RFC 4180 quoting) that a spreadsheet opens safely: a cell that starts like a formula is
 * prefixed with an apostrophe, so text from a registration can never run as a formula. "Starts like a formula" is
 * the list of OWASP ASVS 1.2.10: {@code = + - @}, tab, carriage return and the null character.
 */
final class Csv {

    private Csv() {}

    static String row(String... cells) {
        var line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        return line.append("\r\n").toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r\0".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || text.startsWith("'")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
