package io.github.icegateportal.directory;

import java.io.InputStream;

/**
 * Imports DGFT and GSTN records from CSV (UTF-8, a header row, columns in docs/directory.md). Reads the stream
 * row by row, checks every row with the field rules, and inserts or replaces records in batches; a refused row
 * does not stop the others.
 */
public interface DirectoryImport {

    ImportResult importIecRecords(InputStream csv, ImportProgress listener);

    ImportResult importGstRegistrations(InputStream csv, ImportProgress listener);
}
