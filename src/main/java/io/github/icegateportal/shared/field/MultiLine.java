package io.github.icegateportal.shared.field;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A form field typed in a text area: tab, CR and LF are allowed in it ({@link ControlCharacters}). */
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {}
