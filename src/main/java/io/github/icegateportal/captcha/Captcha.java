package io.github.icegateportal.captcha;

import java.util.UUID;

/**
 * A captcha to show: its image is {@code /captcha/{id}.png}; {@code question} is the accessible alternative (an
 * arithmetic question in words, in the language of the request), which does not reveal the image's characters.
 */
public record Captcha(UUID id, String question) {}
