package dev.longtake.render.animatic.internal;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import dev.longtake.render.RenderRequest;
import dev.longtake.render.animatic.internal.ShotOutline.Beat;

/**
 * Draws the frames of an animatic: for each beat a simple drawn place (an interior in one-point
 * perspective, or a landscape), seen through the shot's camera move; beats cross-fade into one
 * another; a caption card gives each beat's time range, approach, place and action; a title
 * card opens the shot; a timecode and a progress bar run along.
 * <p>
 * Everything that does not change from frame to frame (places, captions, title) is drawn once;
 * a frame is one transformed image copy, at most two during a cross-fade, and a few strings.
 * Colours come from the seed (or the request hash), shapes from the place's words, so one
 * place looks the same in every shot. Same request, same frames.
 */
public final class AnimaticPainter {

    /** The drawn place is larger than the frame by this much, the room the camera moves in. */
    private static final double MARGIN = 1.2;
    private static final double FADE = 0.4;
    private static final Pattern INTERIOR = Pattern.compile(
            ".*\\b(corridor|hall\\w*|room|classroom|kitchen|interior|inside|house|office|lobby|bar|church|school|"
                    + "station|shop|store|bedroom|attic|basement|garage|studio|library|museum|tunnel|lockers?)\\b.*");

    private final RenderRequest request;
    private final int width;
    private final int height;
    private final double duration;
    private final int frameCount;
    private final ShotOutline outline;
    private final float hue;
    private final BufferedImage frame;
    private final BufferedImage[] places;
    private final BufferedImage[] captions;
    private final BufferedImage title;
    private final double titleSeconds;
    private final Font hudFont;
    private final Color accent;
    private final Graphics2D g;

    public AnimaticPainter(RenderRequest request) {
        this.request = request;
        this.width = request.width();
        this.height = request.height();
        this.duration = request.durationSeconds();
        this.frameCount = Math.max(1, (int) Math.round(duration * request.fps()));
        this.outline = ShotOutline.of(request.promptText(), duration);
        long seed = request.seed() != null ? request.seed() : seedOf(request.hash());
        this.hue = (float) ((mix(seed) >>> 40) / (double) (1L << 24));
        this.accent = Color.getHSBColor(hue + 0.5f, 0.55f, 1f);
        this.hudFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 36));
        this.titleSeconds = Math.min(2.0, duration * 0.2);

        List<Beat> beats = outline.beats();
        places = new BufferedImage[beats.size()];
        captions = new BufferedImage[beats.size()];
        for (int i = 0; i < beats.size(); i++) {
            places[i] = drawPlace(beats.get(i));
            captions[i] = drawCaption(beats.get(i));
        }
        title = drawTitle();
        frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // Nearest neighbour: a tenth of the cost of bilinear per frame, and the drawn places are
        // flat shapes that show it little. The frame is 3-byte BGR, what the JPEG encoder reads fastest.
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    public int frameCount() {
        return frameCount;
    }

    public ShotOutline outline() {
        return outline;
    }

    /** Paints frame {@code index} (0-based) and returns the image, which the next call reuses. */
    public BufferedImage paint(int index) {
        double t = index / request.fps();
        List<Beat> beats = outline.beats();
        int current = beatAt(t);
        AffineTransform camera = cameraAt(t);
        Composite opaque = g.getComposite();

        g.drawImage(places[current], camera, null);
        // Cross-fade into the next place as the beat ends: one continuous move, no cut.
        if (current + 1 < beats.size()) {
            double toNext = beats.get(current + 1).start() - t;
            if (toNext < FADE) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) (1 - toNext / FADE)));
                g.drawImage(places[current + 1], camera, null);
                g.setComposite(opaque);
            }
        }
        double intoBeat = t - beats.get(current).start();
        float captionAlpha = (float) Math.min(1, intoBeat / 0.3);
        if (t >= titleSeconds * 0.6) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, captionAlpha));
            g.drawImage(captions[current], height / 24, height - captions[current].getHeight() - height / 14, null);
            g.setComposite(opaque);
        }
        if (t < titleSeconds) {
            double fadeOut = Math.min(1, (titleSeconds - t) / Math.min(0.5, titleSeconds));
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) fadeOut));
            g.drawImage(title, 0, 0, null);
            g.setComposite(opaque);
        }
        drawHud(t, index);
        return frame;
    }

    private int beatAt(double t) {
        List<Beat> beats = outline.beats();
        int found = 0;
        for (int i = 0; i < beats.size(); i++) {
            if (beats.get(i).start() <= t + 1e-9) {
                found = i;
            }
        }
        return found;
    }

    /** Where the drawn place is, at time t, for the shot's camera move. */
    AffineTransform cameraAt(double t) {
        double u = duration <= 0 ? 0 : Math.max(0, Math.min(1, t / duration));
        double e = u * u * (3 - 2 * u); // eased: the move starts and ends gently
        double zoom = 1;
        double dx = 0;
        double dy = 0;
        double turn = 0;
        double pan = width * 0.085;
        double tilt = height * 0.085;
        switch (outline.move()) {
            case PUSH_IN -> zoom = 1 + 0.24 * e;
            case PULL_OUT -> zoom = 1.24 - 0.24 * e;
            case PAN_LEFT -> dx = pan * (2 * e - 1);
            case PAN_RIGHT -> dx = -pan * (2 * e - 1);
            case TILT_UP -> dy = tilt * (2 * e - 1);
            case TILT_DOWN -> dy = -tilt * (2 * e - 1);
            case ORBIT -> {
                zoom = 1.06;
                dx = -pan * Math.sin(Math.PI * (e - 0.5));
                turn = 0.025 * Math.sin(Math.PI * (e - 0.5));
            }
            case STATIC -> zoom = 1 + 0.012 * Math.sin(2 * Math.PI * t / 7);
        }
        AffineTransform at = new AffineTransform();
        at.translate(width / 2.0 + dx, height / 2.0 + dy);
        at.rotate(turn);
        at.scale(zoom, zoom);
        at.translate(-width * MARGIN / 2, -height * MARGIN / 2);
        return at;
    }

    // ------------------------------------------------------------------ once per shot

    private BufferedImage drawPlace(Beat beat) {
        int w = (int) Math.ceil(width * MARGIN);
        int h = (int) Math.ceil(height * MARGIN);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D p = image.createGraphics();
        p.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        String words = (beat.place().isEmpty() ? beat.action() : beat.place()).toLowerCase(Locale.ROOT);
        Random shapes = new Random(seedOf(words));
        float placeHue = hue + shapes.nextFloat() * 0.25f;
        if (INTERIOR.matcher(words).matches()) {
            drawInterior(p, w, h, shapes, placeHue);
        } else {
            drawLandscape(p, w, h, shapes, placeHue);
        }
        p.dispose();
        return image;
    }

    /** A room or corridor in one-point perspective: back wall, floor, ceiling, walls with doors. */
    private static void drawInterior(Graphics2D p, int w, int h, Random shapes, float hue) {
        double depth = 0.28 + shapes.nextDouble() * 0.2;
        int bx0 = (int) (w * (0.5 - depth / 2));
        int bx1 = (int) (w * (0.5 + depth / 2));
        int by0 = (int) (h * (0.42 - depth / 2));
        int by1 = (int) (h * (0.42 + depth / 2));
        fill(p, hsb(hue, 0.25f, 0.55f), 0, 0, w, 0, bx1, by0, bx0, by0); // ceiling
        fill(p, hsb(hue + 0.05f, 0.35f, 0.38f), 0, h, w, h, bx1, by1, bx0, by1); // floor
        fill(p, hsb(hue + 0.02f, 0.30f, 0.62f), 0, 0, bx0, by0, bx0, by1, 0, h); // left wall
        fill(p, hsb(hue + 0.02f, 0.30f, 0.50f), w, 0, bx1, by0, bx1, by1, w, h); // right wall
        p.setPaint(new GradientPaint(bx0, by0, hsb(hue + 0.1f, 0.2f, 0.9f), bx0, by1, hsb(hue + 0.1f, 0.3f, 0.7f)));
        p.fillRect(bx0, by0, bx1 - bx0, by1 - by0); // back wall, lit
        // Doors, lockers or windows along both walls, shrinking toward the back.
        int count = 3 + shapes.nextInt(4);
        Color feature = hsb(hue + 0.5f, 0.45f, 0.45f);
        for (int i = 0; i < count; i++) {
            double a = (i + 0.2) / count;
            double b = (i + 0.7) / count;
            for (int side = 0; side < 2; side++) {
                int xa = side == 0 ? lerp(0, bx0, a) : lerp(w, bx1, a);
                int xb = side == 0 ? lerp(0, bx0, b) : lerp(w, bx1, b);
                int topA = lerp(0, by0, a) + (int) ((lerp(h, by1, a) - lerp(0, by0, a)) * 0.25);
                int topB = lerp(0, by0, b) + (int) ((lerp(h, by1, b) - lerp(0, by0, b)) * 0.25);
                fill(p, feature, xa, topA, xb, topB, xb, lerp(h, by1, b), xa, lerp(h, by1, a));
            }
        }
        p.setColor(new Color(255, 255, 255, 40));
        p.setStroke(new BasicStroke(Math.max(1, h / 400f)));
        for (int i = 1; i < 8; i++) { // floor boards toward the vanishing point
            int x = w * i / 8;
            p.drawLine(x, h, lerp(bx0, bx1, i / 8.0), by1);
        }
    }

    /** Sky, sun, hills or buildings on the horizon, ground with lines toward the horizon. */
    private static void drawLandscape(Graphics2D p, int w, int h, Random shapes, float hue) {
        int horizon = (int) (h * (0.5 + shapes.nextDouble() * 0.12));
        p.setPaint(new GradientPaint(0, 0, hsb(hue, 0.55f, 0.28f), 0, horizon, hsb(hue + 0.08f, 0.35f, 0.88f)));
        p.fillRect(0, 0, w, horizon);
        int sun = h / 9 + shapes.nextInt(Math.max(1, h / 12));
        int sunTop = (int) (h * 0.15) + shapes.nextInt(Math.max(1, horizon - sun - (int) (h * 0.25)));
        p.setColor(hsb(hue + 0.14f, 0.25f, 1f));
        p.fillOval((int) (w * (0.2 + shapes.nextDouble() * 0.6)), sunTop, sun, sun);
        boolean city = shapes.nextBoolean();
        for (int layer = 0; layer < 3; layer++) {
            p.setColor(hsb(hue + 0.03f * layer, 0.35f, 0.62f - layer * 0.16f));
            if (city) {
                int x = -shapes.nextInt(w / 10 + 1);
                while (x < w) {
                    int bw = w / 30 + shapes.nextInt(w / 12 + 1);
                    int bh = h / 20 + shapes.nextInt(h / (4 + layer) + 1);
                    p.fillRect(x, horizon - bh + layer * h / 40, bw, bh);
                    x += bw + shapes.nextInt(w / 40 + 1);
                }
            } else {
                Polygon hills = new Polygon();
                hills.addPoint(0, horizon + h / 20);
                for (int x = 0; x <= w; x += w / 12) {
                    hills.addPoint(x, horizon - shapes.nextInt(h / (5 + layer * 2) + 1) + layer * h / 30);
                }
                hills.addPoint(w, horizon + h / 20);
                p.fillPolygon(hills);
            }
        }
        p.setPaint(new GradientPaint(0, horizon, hsb(hue + 0.42f, 0.45f, 0.45f), 0, h, hsb(hue + 0.45f, 0.5f, 0.2f)));
        p.fillRect(0, horizon, w, h - horizon);
        p.setColor(new Color(255, 255, 255, 45));
        p.setStroke(new BasicStroke(Math.max(1, h / 500f)));
        for (int i = -6; i <= 14; i++) {
            p.drawLine(w / 2, horizon, w / 2 + (i - 4) * w / 6, h);
        }
    }

    private BufferedImage drawCaption(Beat beat) {
        int cardWidth = (int) (width * 0.62);
        Font headFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 34));
        Font placeFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 28));
        Font actionFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, height / 30));
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D m = probe.createGraphics();
        int pad = height / 40;
        List<String> placeLines = wrap(capitalized(beat.place()), m.getFontMetrics(placeFont), cardWidth - 2 * pad, 2);
        List<String> actionLines = wrap(capitalized(beat.action()), m.getFontMetrics(actionFont), cardWidth - 2 * pad, 4);
        m.dispose();
        int lineHead = (int) (headFont.getSize() * 1.4);
        int linePlace = (int) (placeFont.getSize() * 1.3);
        int lineAction = (int) (actionFont.getSize() * 1.3);
        int cardHeight = 2 * pad + lineHead + placeLines.size() * linePlace + actionLines.size() * lineAction;
        BufferedImage card = new BufferedImage(cardWidth, cardHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D c = card.createGraphics();
        c.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        c.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        c.setColor(new Color(10, 10, 14, 170));
        c.fill(new RoundRectangle2D.Double(0, 0, cardWidth, cardHeight, pad, pad));
        c.setColor(accent);
        c.fillRect(0, pad, Math.max(3, height / 180), cardHeight - 2 * pad);
        int y = pad + headFont.getSize();
        c.setFont(headFont);
        String head = seconds(beat.start()) + "\u2013" + seconds(beat.end()) + " s"
                + (beat.approach().isEmpty() ? "" : "  \u00b7  " + beat.approach().toUpperCase(Locale.ROOT));
        c.drawString(head, pad, y);
        y += lineHead - headFont.getSize() + placeFont.getSize();
        c.setColor(Color.WHITE);
        c.setFont(placeFont);
        for (String line : placeLines) {
            c.drawString(line, pad, y);
            y += linePlace;
        }
        c.setFont(actionFont);
        c.setColor(new Color(225, 225, 230));
        y += actionFont.getSize() - placeFont.getSize();
        for (String line : actionLines) {
            c.drawString(line, pad, y);
            y += lineAction;
        }
        c.dispose();
        return card;
    }

    private BufferedImage drawTitle() {
        BufferedImage card = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D c = card.createGraphics();
        c.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        c.setColor(new Color(8, 8, 12, 235));
        c.fillRect(0, 0, width, height);
        Font big = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, height / 8));
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, height / 30));
        c.setFont(big);
        c.setColor(Color.WHITE);
        centered(c, request.shotName(), height / 2);
        c.setFont(small);
        c.setColor(accent);
        String details = "take " + request.takeNumber() + "  \u00b7  " + seconds(duration) + " s  \u00b7  " + width + "x"
                + height + " at " + seconds(request.fps()) + " fps"
                + (request.seed() != null ? "  \u00b7  seed " + request.seed() : "");
        centered(c, details, height / 2 + small.getSize() * 2);
        if (!outline.camera().isEmpty()) {
            c.setColor(new Color(200, 200, 210));
            centered(c, "camera " + outline.camera(), height / 2 + small.getSize() * 4);
        }
        c.dispose();
        return card;
    }

    private void drawHud(double t, int index) {
        g.setFont(hudFont);
        FontMetrics metrics = g.getFontMetrics();
        int pad = height / 40;
        String label = request.shotName() + "  \u00b7  take " + request.takeNumber();
        String time = String.format(Locale.ROOT, "%05.2f / %05.2f s  #%d", t, duration, index + 1);
        g.setColor(new Color(0, 0, 0, 120));
        g.fillRect(0, 0, width, pad * 2 + metrics.getAscent() / 2);
        g.setColor(Color.WHITE);
        g.drawString(label, pad, pad + metrics.getAscent() / 2);
        g.drawString(time, width - pad - metrics.stringWidth(time), pad + metrics.getAscent() / 2);
        int bar = Math.max(2, height / 120);
        g.setColor(new Color(0, 0, 0, 150));
        g.fillRect(0, height - bar, width, bar);
        g.setColor(accent);
        g.fillRect(0, height - bar, (int) Math.round(width * Math.min(1, t / duration)), bar);
        g.setColor(Color.WHITE);
        for (Beat beat : outline.beats()) {
            int x = (int) Math.round(width * beat.start() / duration);
            g.fillRect(x, height - bar * 3, Math.max(1, bar / 2), bar * 3);
        }
    }

    // ------------------------------------------------------------------ helpers

    private void centered(Graphics2D c, String text, int y) {
        FontMetrics metrics = c.getFontMetrics();
        String shown = text;
        while (metrics.stringWidth(shown) > width * 0.92 && shown.length() > 4) {
            shown = shown.substring(0, shown.length() - 2).stripTrailing() + "\u2026";
        }
        c.drawString(shown, (width - metrics.stringWidth(shown)) / 2, y);
    }

    private static List<String> wrap(String text, FontMetrics metrics, int maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + " \u2026");
            return kept;
        }
        return lines;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.ROOT, "%.2f", s).replaceAll("0+$", "");
    }

    private static void fill(Graphics2D p, Color color, int... xy) {
        Polygon polygon = new Polygon();
        for (int i = 0; i < xy.length; i += 2) {
            polygon.addPoint(xy[i], xy[i + 1]);
        }
        p.setColor(color);
        p.fillPolygon(polygon);
    }

    private static int lerp(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    private static Color hsb(float h, float s, float b) {
        return Color.getHSBColor(h - (float) Math.floor(h), s, Math.max(0, Math.min(1, b)));
    }

    /** A seed from text (a request hash, a place's words): the same on every machine. */
    static long seedOf(String text) {
        long h = 1125899906842597L;
        for (byte b : (text == null ? "" : text).getBytes(StandardCharsets.UTF_8)) {
            h = 31 * h + b;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
