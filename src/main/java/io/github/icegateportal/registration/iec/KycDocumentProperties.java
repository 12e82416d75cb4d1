package io.github.icegateportal.registration.iec;

import static io.github.icegateportal.registration.iec.KycDocumentType.*;

import io.github.icegateportal.shared.field.PanHolderType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The KYC documents of the IEC-based registration ({@code portal.registration.documents.*}).
 *
 * @param maxSize the largest file accepted; {@code portal.uploads.max-request-size} (1 MB) is set above it so that a
 *     larger file still reaches the portal's own message (a much larger one gets the portal's 413 page)
 * @param required the documents each PAN holder type must upload, e.g.
 *     {@code portal.registration.documents.required.P=pan-card,aadhaar,address-proof}; a holder type left out keeps
 *     the spec's list
 */
@ConfigurationProperties("portal.registration.documents")
public record KycDocumentProperties(
        @DefaultValue("500KB") DataSize maxSize, Map<PanHolderType, List<KycDocumentType>> required) {

    public KycDocumentProperties {
        var table = new EnumMap<PanHolderType, List<KycDocumentType>>(defaults());
        if (required != null) {
            required.forEach((type, documents) -> table.put(type, List.copyOf(documents)));
        }
        required = Map.copyOf(table);
    }

    /** The documents a holder of this PAN type uploads, in the order the page lists them. */
    public List<KycDocumentType> requiredFor(PanHolderType holderType) {
        return required.get(holderType);
    }

    /** The spec's table. */
    static Map<PanHolderType, List<KycDocumentType>> defaults() {
        var table = new EnumMap<PanHolderType, List<KycDocumentType>>(PanHolderType.class);
        table.put(PanHolderType.P, List.of(PAN_CARD, AADHAAR, ADDRESS_PROOF));
        table.put(
                PanHolderType.C,
                List.of(
                        COMPANY_PAN,
                        INCORPORATION_CERTIFICATE,
                        BOARD_RESOLUTION,
                        SIGNATORY_IDENTITY,
                        REGISTERED_OFFICE_ADDRESS_PROOF));
        table.put(
                PanHolderType.F,
                List.of(
                        FIRM_PAN,
                        PARTNERSHIP_DEED_OR_LLP_CERTIFICATE,
                        SIGNATORY_AUTHORISATION,
                        SIGNATORY_IDENTITY,
                        ADDRESS_PROOF));
        table.put(PanHolderType.H, List.of(HUF_PAN, HUF_DECLARATION, KARTA_IDENTITY, ADDRESS_PROOF));
        var associations = List.of(
                PAN,
                REGISTRATION_CERTIFICATE_OR_TRUST_DEED,
                SIGNATORY_AUTHORISATION,
                SIGNATORY_IDENTITY,
                ADDRESS_PROOF);
        table.put(PanHolderType.A, associations);
        table.put(PanHolderType.B, associations);
        table.put(PanHolderType.T, associations);
        var authorities = List.of(PAN, AUTHORISATION_LETTER, SIGNATORY_IDENTITY);
        table.put(PanHolderType.L, authorities);
        table.put(PanHolderType.J, authorities);
        table.put(PanHolderType.G, authorities);
        return table;
    }
}
