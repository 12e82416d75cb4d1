package io.github.icegateportal.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CaptchaImageTests {

    @Test
    void everyCharacterACaptchaCanHoldHasAGlyph() {
        for (char c : CaptchaService.ALPHABET.toCharArray()) {
            assertThat(CaptchaImage.canDraw(c)).as("glyph for %s", c).isTrue();
        }
    }

    @Test
    void pictureIsAPngOfTheAdvertisedSize() throws Exception {
        var png = CaptchaImage.png(UUID.randomUUID(), "ABC47");

        var image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo(CaptchaImage.WIDTH);
        assertThat(image.getHeight()).isEqualTo(CaptchaImage.HEIGHT);
    }

    @Test
    void reloadingShowsTheSamePictureButAnotherCaptchaLooksDifferent() {
        var id = UUID.randomUUID();

        assertThat(CaptchaImage.png(id, "KXW34")).isEqualTo(CaptchaImage.png(id, "KXW34"));
        assertThat(CaptchaImage.png(UUID.randomUUID(), "KXW34")).isNotEqualTo(CaptchaImage.png(id, "KXW34"));
    }
}
