package io.github.icegateportal.directory;

import java.util.Objects;
import java.util.StringJoiner;

/** "status ACTIVE -> SUSPENDED; email a@x.in -> b@x.in" for the audit log. */
final class Changes {

    private final StringJoiner joiner = new StringJoiner("; ").setEmptyValue("no change");

    void add(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            this.joiner.add(field + " " + before + " -> " + after);
        }
    }

    @Override
    public String toString() {
        return this.joiner.toString();
    }
}
