package io.github.icegateportal.directory;

import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;

/** An IEC and an active GSTIN of the same holder. */
public record IecGstinPair(Iec iec, Gstin gstin) {}
