package io.github.icegateportal.dsc;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a {@link DscTrustSource} contributes: roots that anchor chains, intermediate CA certificates that help to
 * build them (a signature made by {@code openssl cms -sign} carries only the signer's certificate), and CRLs.
 */
public record TrustMaterial(List<X509Certificate> roots, List<X509Certificate> intermediates, List<X509CRL> crls) {

    public static final TrustMaterial NONE = new TrustMaterial(List.of(), List.of(), List.of());

    public TrustMaterial {
        roots = List.copyOf(roots);
        intermediates = List.copyOf(intermediates);
        crls = List.copyOf(crls);
    }
}
