package io.github.icegateportal.captcha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * Draws a captcha's characters as a PNG with Java2D: each character from a small stroke font of its own (so no
 * system font is needed, which a headless server may not have), its points jittered, rotated, sheared and
 * placed at random, over noise lines, then the whole picture bent by a wave. The randomness is seeded by the
 * captcha's id, so reloading the image shows the same picture rather than a fresh distortion to average over.
 */
final class CaptchaImage {

    static final int WIDTH = 200;
    static final int HEIGHT = 70;

    /** Glyphs on a 10 × 14 grid (y downwards): M moves, L draws a line, Q a curve through a control point. */
    private static final Map<Character, String> GLYPHS = Map.ofEntries(
            Map.entry('A', "M0 14 L5 0 L10 14 M2.5 8 L7.5 8"),
            Map.entry('B', "M0 0 L0 14 L6 14 Q10 14 10 10.5 Q10 7 6 7 L0 7 M0 0 L5 0 Q9 0 9 3.5 Q9 7 5 7"),
            Map.entry('C', "M10 2 Q8 0 5 0 Q0 0 0 7 Q0 14 5 14 Q8 14 10 12"),
            Map.entry('D', "M0 0 L0 14 L4 14 Q10 14 10 7 Q10 0 4 0 L0 0"),
            Map.entry('E', "M10 0 L0 0 L0 14 L10 14 M0 7 L7 7"),
            Map.entry('F', "M10 0 L0 0 L0 14 M0 7 L7 7"),
            Map.entry('G', "M10 2 Q8 0 5 0 Q0 0 0 7 Q0 14 5 14 Q10 14 10 8 L6 8"),
            Map.entry('H', "M0 0 L0 14 M10 0 L10 14 M0 7 L10 7"),
            Map.entry('J', "M3 0 L10 0 M7 0 L7 10 Q7 14 3.5 14 Q0 14 0 10"),
            Map.entry('K', "M0 0 L0 14 M10 0 L0 8 M3 5.5 L10 14"),
            Map.entry('L', "M0 0 L0 14 L10 14"),
            Map.entry('M', "M0 14 L0 0 L5 8 L10 0 L10 14"),
            Map.entry('N', "M0 14 L0 0 L10 14 L10 0"),
            Map.entry('P', "M0 14 L0 0 L6 0 Q10 0 10 3.5 Q10 7 6 7 L0 7"),
            Map.entry('R', "M0 14 L0 0 L6 0 Q10 0 10 3.5 Q10 7 6 7 L0 7 M5 7 L10 14"),
            Map.entry('S', "M10 2 Q8 0 5 0 Q0 0 0 3.5 Q0 7 5 7 Q10 7 10 10.5 Q10 14 5 14 Q2 14 0 12"),
            Map.entry('T', "M0 0 L10 0 M5 0 L5 14"),
            Map.entry('U', "M0 0 L0 9 Q0 14 5 14 Q10 14 10 9 L10 0"),
            Map.entry('V', "M0 0 L5 14 L10 0"),
            Map.entry('W', "M0 0 L2.5 14 L5 5 L7.5 14 L10 0"),
            Map.entry('X', "M0 0 L10 14 M10 0 L0 14"),
            Map.entry('Y', "M0 0 L5 7 L10 0 M5 7 L5 14"),
            Map.entry('Z', "M0 0 L10 0 L0 14 L10 14"),
            Map.entry('3', "M0 1 Q2 0 5 0 Q10 0 10 3.5 Q10 7 5 7 Q10 7 10 10.5 Q10 14 5 14 Q2 14 0 13 M3 7 L5 7"),
            Map.entry('4', "M7 14 L7 0 L0 10 L10 10"),
            Map.entry('7', "M0 0 L10 0 L4 14"));

    private CaptchaImage() {}

    static boolean canDraw(char c) {
        return GLYPHS.containsKey(c);
    }

    static byte[] png(UUID id, String text) {
        var random = new Random(id.getMostSignificantBits() ^ id.getLeastSignificantBits());
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            background(g, random);
            noise(g, random, 5, 1.2f);
            characters(g, random, text);
            noise(g, random, 2, 2f);
        } finally {
            g.dispose();
        }
        return encode(wave(image, random));
    }

    private static void background(Graphics2D g, Random random) {
        g.setColor(new Color(238 + random.nextInt(12), 240 + random.nextInt(12), 235 + random.nextInt(15)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 260; i++) {
            g.setColor(new Color(150 + random.nextInt(90), 150 + random.nextInt(90), 150 + random.nextInt(90)));
            g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 1 + random.nextInt(2), 1 + random.nextInt(2));
        }
    }

    private static void noise(Graphics2D g, Random random, int lines, float width) {
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < lines; i++) {
            g.setColor(new Color(60 + random.nextInt(120), 60 + random.nextInt(120), 60 + random.nextInt(120)));
            var path = new Path2D.Double();
            path.moveTo(-10, random.nextInt(HEIGHT));
            path.curveTo(
                    WIDTH / 3.0,
                    random.nextInt(HEIGHT * 2) - HEIGHT / 2.0,
                    WIDTH * 2 / 3.0,
                    random.nextInt(HEIGHT * 2) - HEIGHT / 2.0,
                    WIDTH + 10,
                    random.nextInt(HEIGHT));
            g.draw(path);
        }
    }

    private static void characters(Graphics2D g, Random random, String text) {
        double cell = (WIDTH - 24.0) / text.length();
        for (int i = 0; i < text.length(); i++) {
            double scale = 2.4 + random.nextDouble() * 0.5;
            double width = 10 * scale * (0.8 + random.nextDouble() * 0.2);
            var at = new AffineTransform();
            at.translate(12 + i * cell + random.nextDouble() * Math.max(cell - width, 0), 8 + random.nextDouble() * 14);
            at.rotate((random.nextDouble() - 0.5) * 0.5, width / 2, 7 * scale);
            at.shear((random.nextDouble() - 0.5) * 0.3, 0);
            at.scale(width / 10, scale);
            var glyph = glyph(GLYPHS.get(text.charAt(i)), random);
            g.setColor(new Color(random.nextInt(90), random.nextInt(70), 60 + random.nextInt(110)));
            g.setStroke(
                    new BasicStroke(3.2f + random.nextFloat() * 1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(at.createTransformedShape(glyph));
        }
    }

    /** The glyph's path with every point moved a little, so that no two drawings of a character are alike. */
    private static Path2D glyph(String outline, Random random) {
        var path = new Path2D.Double();
        var tokens = outline.split(" ");
        for (int i = 0; i < tokens.length; ) {
            char command = tokens[i].charAt(0);
            double x = Double.parseDouble(tokens[i].substring(1)) + jitter(random);
            double y = Double.parseDouble(tokens[i + 1]) + jitter(random);
            switch (command) {
                case 'M' -> {
                    path.moveTo(x, y);
                    i += 2;
                }
                case 'L' -> {
                    path.lineTo(x, y);
                    i += 2;
                }
                case 'Q' -> {
                    double endX = Double.parseDouble(tokens[i + 2]) + jitter(random);
                    double endY = Double.parseDouble(tokens[i + 3]) + jitter(random);
                    path.quadTo(x, y, endX, endY);
                    i += 4;
                }
                default -> throw new IllegalStateException("Unknown glyph command " + command);
            }
        }
        return path;
    }

    private static double jitter(Random random) {
        return (random.nextDouble() - 0.5) * 1.4;
    }

    /** Bends the picture: every column shifted up or down along a sine wave. */
    private static BufferedImage wave(BufferedImage source, Random random) {
        double amplitude = 3 + random.nextDouble() * 3;
        double period = 30 + random.nextDouble() * 30;
        double phase = random.nextDouble() * Math.PI * 2;
        int[] from = source.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
        int[] to = new int[from.length];
        int background = from[0];
        for (int x = 0; x < WIDTH; x++) {
            int shift = (int) Math.round(amplitude * Math.sin(x / period * Math.PI * 2 + phase));
            for (int y = 0; y < HEIGHT; y++) {
                int row = y + shift;
                to[y * WIDTH + x] = row >= 0 && row < HEIGHT ? from[row * WIDTH + x] : background;
            }
        }
        var bent = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        bent.setRGB(0, 0, WIDTH, HEIGHT, to, 0, WIDTH);
        return bent;
    }

    private static byte[] encode(BufferedImage image) {
        var out = new ByteArrayOutputStream(8192);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
