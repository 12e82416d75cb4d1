/**
 * The admin side of the portal: admin accounts and their login at {@code /admin/login}, the approval queue and
 * decisions, the audit log (written from every {@link io.github.icegateportal.shared.event.AuditableEvent}) and
 * the tools (temporary passwords, directory corrections and imports, fault switches).
 *
 * <p>No other module uses it. {@link io.github.icegateportal.admin.AdminAction}, the event admin actions publish for
 * the audit log, is public like the other modules' auditable events.
 */
@ApplicationModule(
        displayName = "Admin",
        allowedDependencies = {"directory", "dsc", "registration"})
package io.github.icegateportal.admin;

import org.springframework.modulith.ApplicationModule;
