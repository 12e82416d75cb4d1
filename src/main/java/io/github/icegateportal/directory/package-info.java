/**
 * The DGFT IEC directory and the GSTN directory, as the portal sees them: look-ups ({@link DgftDirectory},
 * {@link GstnDirectory}), fault modes to show slow and failing directories ({@link DirectoryFaults}), CSV import
 * ({@link DirectoryImport}), single-record corrections ({@link DirectoryCorrections}) and the list of holders that
 * get temporary passwords ({@link DirectoryQueries}). The implementations in {@code internal} are stubs backed by
 * tables; a real HTTP adapter would implement the same interfaces (docs/directory.md).
 */
@ApplicationModule(
        displayName = "DGFT and GSTN directories",
        allowedDependencies = {})
package io.github.icegateportal.directory;

import org.springframework.modulith.ApplicationModule;
