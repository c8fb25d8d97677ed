import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Makes the example film's media: an original synthesized song and reference images, so the
 * example ships no copyrighted audio and no downloaded pictures. Deterministic: the same
 * bytes on every machine. Files that already exist are left alone.
 *
 *   java examples/tools/MakeExampleMedia.java examples/the-hardest-part
 */
public class MakeExampleMedia {

    static final int RATE = 44_100;
    static final double BPM = 100;
    static final int BARS = 100;              // 100 bars of 4/4 at 100 bpm: 4:00
    static final double BEAT = 60.0 / BPM;

    public static void main(String[] args) throws IOException {
        Path film = Path.of(args.length > 0 ? args[0] : "examples/the-hardest-part");
        Files.createDirectories(film.resolve("media"));
        Files.createDirectories(film.resolve("refs"));
        writeIfMissing(film.resolve("media/the-hardest-part.wav"), MakeExampleMedia::writeSong);
        // Theo: sandy hair, faded red windbreaker. June: dark curly hair, green cardigan.
        writeIfMissing(film.resolve("refs/theo-front.png"), p -> portrait(p, new Color(0xc8, 0xa8, 0x6a), new Color(0xb0, 0x44, 0x3a), false));
        writeIfMissing(film.resolve("refs/june-front.png"), p -> portrait(p, new Color(0x2a, 0x1c, 0x14), new Color(0x4f, 0x7a, 0x3c), true));
        writeIfMissing(film.resolve("refs/lake-keyframe.png"), MakeExampleMedia::lake);
        writeIfMissing(film.resolve("refs/porch-keyframe.png"), MakeExampleMedia::porch);
    }

    interface Writer {
        void write(Path target) throws IOException;
    }

    /** Writes beside the target and renames, so an interrupted run leaves no half file. */
    static void writeIfMissing(Path target, Writer writer) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        writer.write(temp);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("made " + target);
    }

    // ---- the song: a slow, warm progression with drums, in stereo 16-bit 44.1 kHz ----

    static void writeSong(Path target) throws IOException {
        int frames = (int) Math.round(BARS * 4 * BEAT * RATE);
        float[] left = new float[frames];
        float[] right = new float[frames];
        double[][] chords = { // Dmaj7, Bm7, Gmaj7, A6: root-position frequencies in Hz
                { 146.83, 185.00, 220.00, 277.18 }, { 123.47, 146.83, 185.00, 220.00 },
                { 98.00, 123.47, 146.83, 185.00 }, { 110.00, 138.59, 164.81, 185.00 } };
        Random noise = new Random(1984);
        for (int bar = 0; bar < BARS; bar++) {
            double[] chord = chords[bar % chords.length];
            double barStart = bar * 4 * BEAT;
            boolean drums = bar >= 8 && bar < BARS - 4;   // intro and outro without drums
            pad(left, right, barStart, 4 * BEAT, chord, bar);
            bass(left, right, barStart, chord[0] / 2);
            melody(left, right, barStart, chord, bar);
            if (drums) {
                for (int beat = 0; beat < 4; beat++) {
                    double t = barStart + beat * BEAT;
                    if (beat % 2 == 0) kick(left, right, t);
                    else snare(left, right, t, noise);
                    hat(left, right, t + BEAT / 2, noise);
                }
            }
        }
        fade(left, right);
        byte[] pcm = new byte[frames * 4];
        float peak = 1e-6f;
        for (int i = 0; i < frames; i++) peak = Math.max(peak, Math.max(Math.abs(left[i]), Math.abs(right[i])));
        float gain = 0.89f / peak;
        for (int i = 0; i < frames; i++) {
            short l = (short) Math.round(left[i] * gain * 32767);
            short r = (short) Math.round(right[i] * gain * 32767);
            pcm[4 * i] = (byte) l; pcm[4 * i + 1] = (byte) (l >> 8);
            pcm[4 * i + 2] = (byte) r; pcm[4 * i + 3] = (byte) (r >> 8);
        }
        AudioFormat format = new AudioFormat(RATE, 16, 2, true, false);
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, target.toFile());
        }
    }

    static void add(float[] l, float[] r, int i, double v, double pan) {
        if (i >= 0 && i < l.length) {
            l[i] += (float) (v * (1 - pan));
            r[i] += (float) (v * (1 + pan));
        }
    }

    static void pad(float[] l, float[] r, double start, double length, double[] chord, int bar) {
        int from = (int) (start * RATE), n = (int) (length * RATE);
        for (int k = 0; k < chord.length; k++) {
            double f = chord[k] * 2, pan = (k - 1.5) / 3;
            for (int i = 0; i < n; i++) {
                double t = (double) i / RATE;
                double env = Math.min(1, t / 0.4) * Math.min(1, (length - t) / 0.3);
                double wobble = 1 + 0.002 * Math.sin(2 * Math.PI * 0.3 * (start + t) + k);
                double v = Math.sin(2 * Math.PI * f * wobble * t) + 0.3 * Math.sin(2 * Math.PI * 2 * f * t);
                add(l, r, from + i, 0.05 * env * v, pan);
            }
        }
    }

    static void bass(float[] l, float[] r, double start, double f) {
        for (int beat = 0; beat < 4; beat += 2) {
            int from = (int) ((start + beat * BEAT) * RATE), n = (int) (2 * BEAT * RATE);
            for (int i = 0; i < n; i++) {
                double t = (double) i / RATE;
                double env = Math.exp(-2.2 * t) * Math.min(1, t / 0.01);
                add(l, r, from + i, 0.22 * env * Math.sin(2 * Math.PI * f * t), 0);
            }
        }
    }

    static void melody(float[] l, float[] r, double start, double[] chord, int bar) {
        if (bar < 4 || bar % 16 >= 14) {
            return;
        }
        int[] pattern = { 3, 2, 1, 2, 3, 3, 2, 0 };
        for (int step = 0; step < 8; step++) {
            if ((bar * 7 + step * 3) % 5 == 0) continue;       // leave some air
            double f = chord[pattern[(step + bar) % pattern.length]] * 4;
            int from = (int) ((start + step * BEAT / 2) * RATE), n = (int) (BEAT / 2 * RATE);
            for (int i = 0; i < n; i++) {
                double t = (double) i / RATE;
                double env = Math.exp(-5 * t) * Math.min(1, t / 0.005);
                double v = Math.sin(2 * Math.PI * f * t + 0.8 * Math.sin(2 * Math.PI * 2 * f * t) * Math.exp(-8 * t));
                add(l, r, from + i, 0.07 * env * v, 0.3 * Math.sin(step));
            }
        }
    }

    static void kick(float[] l, float[] r, double start) {
        int from = (int) (start * RATE), n = (int) (0.35 * RATE);
        double phase = 0;
        for (int i = 0; i < n; i++) {
            double t = (double) i / RATE;
            phase += 2 * Math.PI * (45 + 90 * Math.exp(-30 * t)) / RATE;
            add(l, r, from + i, 0.5 * Math.exp(-9 * t) * Math.sin(phase), 0);
        }
    }

    static void snare(float[] l, float[] r, double start, Random noise) {
        int from = (int) (start * RATE), n = (int) (0.2 * RATE);
        for (int i = 0; i < n; i++) {
            double t = (double) i / RATE;
            double v = 0.6 * (noise.nextDouble() * 2 - 1) + 0.4 * Math.sin(2 * Math.PI * 190 * t);
            add(l, r, from + i, 0.22 * Math.exp(-18 * t) * v, 0.1);
        }
    }

    static void hat(float[] l, float[] r, double start, Random noise) {
        int from = (int) (start * RATE), n = (int) (0.05 * RATE);
        double last = 0;
        for (int i = 0; i < n; i++) {
            double t = (double) i / RATE, white = noise.nextDouble() * 2 - 1;
            double high = white - last;                          // a crude high-pass
            last = white;
            add(l, r, from + i, 0.05 * Math.exp(-60 * t) * high, -0.3);
        }
    }

    static void fade(float[] l, float[] r) {
        int in = 2 * RATE, out = 6 * RATE;
        for (int i = 0; i < in; i++) { l[i] *= i / (float) in; r[i] *= i / (float) in; }
        for (int i = 0; i < out; i++) {
            int j = l.length - 1 - i;
            l[j] *= i / (float) out; r[j] *= i / (float) out;
        }
    }

    // ---- reference images: simple, clearly drawn stand-ins for casting photos ----

    static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    static void portrait(Path target, Color hair, Color clothes, boolean curly) throws IOException {
        BufferedImage image = new BufferedImage(768, 1024, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0xd9, 0xd4, 0xc7), 0, 1024, new Color(0x9c, 0x95, 0x86)));
        g.fillRect(0, 0, 768, 1024);
        g.setColor(clothes);                                               // shoulders
        g.fill(new RoundRectangle2D.Double(134, 700, 500, 400, 200, 200));
        if (!curly) {                                                      // long hair falls behind
            g.setColor(hair);
            g.fill(new RoundRectangle2D.Double(214, 250, 340, 480, 120, 120));
        }
        g.setColor(new Color(0xe8, 0xc4, 0xa4));                             // neck and face
        g.fillRect(344, 560, 80, 170);
        g.fill(new Ellipse2D.Double(254, 270, 260, 330));
        g.setColor(hair);
        if (curly) {
            for (int i = 0; i < 18; i++) {
                double a = Math.PI + i * Math.PI / 17;
                g.fill(new Ellipse2D.Double(384 + 150 * Math.cos(a) - 45, 400 + 170 * Math.sin(a) - 45, 90, 90));
            }
        } else {
            g.fill(new Ellipse2D.Double(244, 235, 280, 150));
        }
        g.setColor(new Color(0x2b, 0x2b, 0x2b));                             // eyes and mouth
        g.fill(new Ellipse2D.Double(320, 420, 24, 16));
        g.fill(new Ellipse2D.Double(424, 420, 24, 16));
        g.setStroke(new BasicStroke(5));
        g.drawArc(344, 490, 80, 40, 200, 140);
        g.dispose();
        ImageIO.write(image, "png", target.toFile());
    }

    static void lake(Path target) throws IOException {
        BufferedImage image = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0xf2, 0xc9, 0xa0), 0, 360, new Color(0xc9, 0xd6, 0xe3)));
        g.fillRect(0, 0, 1280, 360);                                       // dawn sky
        g.setColor(new Color(0x55, 0x6b, 0x5a));
        g.fillPolygon(new int[] { 0, 220, 420, 640, 900, 1280, 1280, 0 }, new int[] { 360, 250, 300, 230, 310, 260, 360, 360 }, 8);
        g.setPaint(new GradientPaint(0, 360, new Color(0xa8, 0xb8, 0xc4), 0, 720, new Color(0x5c, 0x70, 0x80)));
        g.fillRect(0, 360, 1280, 360);                                     // still water
        g.setColor(new Color(0x7a, 0x5a, 0x3c));
        g.fillRect(520, 470, 520, 26);                                     // the jetty
        for (int x = 540; x < 1040; x += 90) g.fillRect(x, 496, 12, 90);
        g.setColor(new Color(255, 255, 255, 70));
        for (int y = 380; y < 460; y += 14) g.fillRect(0, y, 1280, 5);        // mist
        caption(g, "Lake at dawn (Longtake example keyframe)");
        g.dispose();
        ImageIO.write(image, "png", target.toFile());
    }

    static void porch(Path target) throws IOException {
        BufferedImage image = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        g.setColor(new Color(0x1c, 0x24, 0x3a));
        g.fillRect(0, 0, 1280, 720);                                       // night
        g.setColor(new Color(0xd8, 0xd0, 0xbc));
        g.fillRect(160, 120, 960, 380);                                    // farmhouse wall
        g.setColor(new Color(0xff, 0xd8, 0x8a));
        g.fillRect(300, 200, 160, 180);                                    // lit windows
        g.fillRect(820, 200, 160, 180);
        g.setColor(new Color(0x8c, 0x7a, 0x62));
        g.fillRect(100, 500, 1080, 40);                                    // porch floor and steps
        g.fillRect(480, 540, 320, 30);
        g.fillRect(440, 570, 400, 30);
        for (int x = 130; x < 1180; x += 240) g.fillRect(x, 120, 18, 380); // posts
        g.setColor(new Color(0xc0, 0xc0, 0xc8));
        for (int i = 0; i < 5; i++) g.fillRect(620 + i * 12, 130, 4, 40 + i * 8); // wind chimes
        caption(g, "Porch at night (Longtake example keyframe)");
        g.dispose();
        ImageIO.write(image, "png", target.toFile());
    }

    static void caption(Graphics2D g, String text) {
        g.setColor(new Color(0xf0, 0xf0, 0xf0));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        g.drawString(text, 24, 700);
    }

    static void kitchen(Path target) throws IOException {
        BufferedImage image = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0xf4, 0xe6, 0xc8), 0, 460, new Color(0xd8, 0xc2, 0x98)));
        g.fillRect(0, 0, 1280, 460);                                       // wall
        g.setColor(new Color(0x8a, 0x5a, 0x34));
        g.fillRect(0, 460, 1280, 260);                                     // wooden floor
        g.setColor(new Color(0xff, 0xf6, 0xd8));
        g.fillRect(820, 80, 300, 220);                                     // morning window
        g.setColor(new Color(0x6b, 0x4a, 0x2c));
        g.setStroke(new BasicStroke(10));
        g.drawRect(820, 80, 300, 220);
        g.drawLine(970, 80, 970, 300);
        g.setColor(new Color(0x9e, 0x6b, 0x3e));                             // table and chairs
        g.fillRect(300, 430, 560, 40);
        g.fillRect(330, 470, 30, 170);
        g.fillRect(800, 470, 30, 170);
        g.fillRect(230, 380, 20, 260);
        g.fillRect(910, 380, 20, 260);
        g.setColor(Color.WHITE);                                           // cups on the table
        g.fill(new Ellipse2D.Double(450, 405, 50, 30));
        g.fill(new Ellipse2D.Double(640, 405, 50, 30));
        g.setColor(new Color(0x4a, 0x3a, 0x2a));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        g.drawString("Kitchen, morning (Longtake example keyframe)", 24, 700);
        g.dispose();
        ImageIO.write(image, "png", target.toFile());
    }
}
