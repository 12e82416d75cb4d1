package io.github.icegateportal.admin;

import io.github.icegateportal.registration.RegistrationSummary;

/**
 * One row of the queue page: the registration and its age against the promise.
 *
 * @param pastUsual waiting longer than the usual 24 hours
 * @param overdue waiting longer than the promise (72 hours): the row stands out
 */
record QueueRow(RegistrationSummary registration, String age, boolean pastUsual, boolean overdue) {}
