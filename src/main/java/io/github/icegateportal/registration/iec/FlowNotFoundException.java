package io.github.icegateportal.registration.iec;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No IEC-based registration has this flow id: a mistyped or made-up address. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class FlowNotFoundException extends RuntimeException {

    FlowNotFoundException(UUID id) {
        super("No DSC registration " + id);
    }
}
