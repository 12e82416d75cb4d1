package io.github.icegateportal.directory;

/** Told after every batch of an import how far it got. */
@FunctionalInterface
public interface ImportProgress {

    /** Does nothing. */
    ImportProgress NONE = (lines, accepted, refused) -> {};

    /**
     * @param lines data rows read so far (the header not counted)
     * @param accepted rows written so far
     * @param refused rows refused so far
     */
    void progressed(long lines, long accepted, long refused);
}
