package io.github.icegateportal.registration.internal;

import io.github.icegateportal.registration.RegistrationRoute;

/** One route's part of the expiry sweep ({@link RegistrationExpiry}): its registrations whose time ran out. */
public interface LapsedRegistrations {

    RegistrationRoute route();

    /**
     * Marks up to {@code limit} registrations of the route whose time ran out as expired and frees what they held
     * (their ICEGATE ID, their OTPs), in one transaction.
     *
     * @return how many
     * @throws org.springframework.dao.OptimisticLockingFailureException when one of them changed meanwhile (its page
     *     expired it, or a step moved it on); nothing of the batch is kept then
     */
    int expireRunOut(int limit);
}
