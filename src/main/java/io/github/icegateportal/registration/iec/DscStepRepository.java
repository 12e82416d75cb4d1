package io.github.icegateportal.registration.iec;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DscStepRepository extends JpaRepository<DscStep, UUID> {}
