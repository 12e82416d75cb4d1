package io.github.icegateportal.dsc;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param trustedRoots PEM files of trusted CA certificates: the self-signed ones anchor DSC chains, the others
 *     (sub-CAs) help to build them. The demo CA's root is trusted as well while {@code portal.demo.enabled}.
 * @param crls CRL files (PEM or DER) of those CAs; a certificate listed in its issuer's CRL is refused
 * @param maxSignatureSize a larger upload is refused unread
 */
@ConfigurationProperties("portal.dsc")
record DscProperties(
        @DefaultValue List<Path> trustedRoots,
        @DefaultValue List<Path> crls,
        @DefaultValue("65536") int maxSignatureSize) {}
