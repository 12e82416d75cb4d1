package io.github.icegateportal.shared.field;

import java.util.Arrays;
import java.util.Optional;

/**
 * The permanent IEC numbers that DGFT reserves for special categories of importers and exporters
 * ({@code seeds/004}). Exactly these 13 codes: the codes between them are ordinary IECs. None of them can be
 * registered on ICEGATE.
 */
public enum PermanentIec {
    CENTRAL_GOVERNMENT("0100000011", "centralGovernment"),
    STATE_GOVERNMENT("0100000029", "stateGovernment"),
    DIPLOMATIC_PERSONNEL("0100000037", "diplomaticPersonnel"),
    BAGGAGE_RULES("0100000045", "baggageRules"),
    PERSONAL_USE("0100000053", "personalUse"),
    NEPAL("0100000061", "nepal"),
    MYANMAR("0100000070", "myanmar"),
    FORD_FOUNDATION("0100000088", "fordFoundation"),
    FAIRS_AND_EXHIBITIONS("0100000096", "fairsAndExhibitions"),
    BLOOD_GROUP_LABORATORY("0100000100", "bloodGroupLaboratory"),
    CHARITABLE_IMPORTS("0100000126", "charitableImports"),
    CHINA_BORDER_TRADE("0100000134", "chinaBorderTrade"),
    RBI_AUTHORISED("0100000169", "rbiAuthorised");

    private final String code;

    private final String messageKey;

    PermanentIec(String code, String category) {
        this.code = code;
        this.messageKey = "field.permanentIec." + category;
    }

    /** The 10-digit permanent IEC. */
    public String code() {
        return this.code;
    }

    /** The message key of the category of importers and exporters this IEC is reserved for. */
    public String messageKey() {
        return this.messageKey;
    }

    /** The permanent IEC with exactly this code (after trimming), if it is one. */
    public static Optional<PermanentIec> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.strip();
        return Arrays.stream(values()).filter((p) -> p.code.equals(trimmed)).findFirst();
    }
}
