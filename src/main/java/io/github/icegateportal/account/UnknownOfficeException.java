package io.github.icegateportal.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An office id in an address that is no office: the page is not found. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownOfficeException extends RuntimeException {

    UnknownOfficeException(long id) {
        super("No issuing office " + id);
    }
}
