package io.github.icegateportal.registration.iec;

import java.util.Optional;

/**
 * A kind of KYC document the IEC-based registration asks for. Which kinds a registration needs follows the PAN's
 * holder type ({@link KycDocumentProperties#required()}); in configuration they are written in kebab case, for
 * example {@code pan-card}.
 */
public enum KycDocumentType {
    PAN_CARD,
    AADHAAR,
    ADDRESS_PROOF,
    COMPANY_PAN,
    INCORPORATION_CERTIFICATE,
    BOARD_RESOLUTION,
    SIGNATORY_IDENTITY,
    REGISTERED_OFFICE_ADDRESS_PROOF,
    FIRM_PAN,
    PARTNERSHIP_DEED_OR_LLP_CERTIFICATE,
    SIGNATORY_AUTHORISATION,
    HUF_PAN,
    HUF_DECLARATION,
    KARTA_IDENTITY,
    PAN,
    REGISTRATION_CERTIFICATE_OR_TRUST_DEED,
    AUTHORISATION_LETTER;

    /** The kind a form names, empty for anything else (a missing or made-up value). */
    static Optional<KycDocumentType> parse(String name) {
        try {
            return Optional.of(valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Message key of the document's name, e.g. {@code registration.iec.document.PAN_CARD}. */
    public String messageKey() {
        return "registration.iec.document." + name();
    }
}
