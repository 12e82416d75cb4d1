package io.github.icegateportal.demo.dsc;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A certificate and its private key, as a CA or a (demo) token holds them. */
public record IssuedCertificate(X509Certificate certificate, PrivateKey privateKey) {}
