package io.github.icegateportal.directory;

/**
 * A CSV row that an import refused.
 *
 * @param line the row's line number in the file (the header is line 1)
 * @param reason what is wrong, naming the column, in the language of the caller's locale
 */
public record RefusedRow(long line, String reason) {}
