package io.github.icegateportal.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByIcegateIdKey(String icegateIdKey);

    Optional<Account> findByIec(String iec);
}
