/**
 * The field rules of the portal (SPEC "Identifiers and field rules"): one value object per identifier, each the
 * only place its rule is written, used by forms (through the {@code @Valid...} constraints), CSV import and
 * services alike. Every refusal is an {@link io.github.icegateportal.shared.field.InvalidFieldException} carrying a
 * message key {@code field.<name>.<problem>} that says what to fix.
 */
package io.github.icegateportal.shared.field;
