package io.github.icegateportal.captcha;

import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The captcha's picture, and a new captcha for the refresh link (used by {@code /js/captcha.js}). */
@Controller
class CaptchaController {

    private final CaptchaService captchas;
    private final RateLimits rateLimits;

    CaptchaController(CaptchaService captchas, RateLimits rateLimits) {
        this.captchas = captchas;
        this.rateLimits = rateLimits;
    }

    /** A new captcha in place of {@code replaces}: its id, its picture's address and its question. */
    record Replacement(UUID id, String image, String question) {}

    @GetMapping(path = "/captcha/{id}.png")
    ResponseEntity<byte[]> image(@PathVariable("id") UUID id) {
        return captchas.imageText(id)
                .map(text -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .header("Pragma", "no-cache")
                        .contentType(MediaType.IMAGE_PNG)
                        .body(CaptchaImage.png(id, text)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .cacheControl(CacheControl.noStore())
                        .build());
    }

    @GetMapping(path = "/captcha/new.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Replacement> replace(
            @RequestParam(name = "replaces", required = false) UUID replaces, HttpServletRequest request) {
        var wait = rateLimits.tryConsume(RateLimit.CAPTCHA_REFRESH, request.getRemoteAddr());
        if (wait.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(wait.get().toSeconds()))
                    .build();
        }
        if (replaces != null) {
            captchas.discard(replaces);
        }
        var captcha = captchas.create();
        var image = ServletUriComponentsBuilder.fromContextPath(request)
                .path("/captcha/{id}.png")
                .buildAndExpand(captcha.id())
                .toUriString();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new Replacement(captcha.id(), image, captcha.question()));
    }
}
