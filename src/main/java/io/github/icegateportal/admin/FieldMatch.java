package io.github.icegateportal.admin;

/** One field the person entered, against what the DGFT record holds now (both normalised). */
record FieldMatch(String labelKey, String entered, String onRecord) {

    public boolean matches() {
        return entered != null && entered.equals(onRecord);
    }
}
