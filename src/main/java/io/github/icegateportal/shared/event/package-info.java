/** Event types shared by every module. */
@NullMarked
package io.github.icegateportal.shared.event;

import org.jspecify.annotations.NullMarked;
