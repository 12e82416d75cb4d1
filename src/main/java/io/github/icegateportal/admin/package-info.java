/**
 * The admin side of the portal: admin accounts and their login at {@code /admin/login}, the approval queue and
 * decisions, the audit log (written from every {@link io.github.icegateportal.shared.event.AuditableEvent}) and
 * the tools (temporary passwords, directory corrections and imports, fault switches).
 *
 * <p>Other modules use nothing of it but {@link io.github.icegateportal.admin.AdminAction}, the event admin actions
 * publish.
 */
package io.github.icegateportal.admin;
