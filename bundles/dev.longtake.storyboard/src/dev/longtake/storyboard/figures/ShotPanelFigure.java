package dev.longtake.storyboard.figures;

import java.util.List;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;

import dev.longtake.storyboard.api.PanelBadge;

/**
 * A storyboard panel: the frame of the chosen take over the shot's name, duration, takes,
 * backend, beats and cast. Its width grows with the duration, so dragging its right edge is
 * changing the duration.
 */
public class ShotPanelFigure extends Figure {

    /** Width per second of duration, and the width every panel has on top of that. */
    public static final int PIXELS_PER_SECOND = 16;
    public static final int BASE_WIDTH = 56;
    public static final int HEIGHT = 214;
    private static final int FRAME_HEIGHT = 120;
    private static final int PAD = 7;

    private String name = "";
    private String duration = "";
    private String takes = "";
    private String backend = "";
    private String beats = "";
    private String cast = "";
    private String circled;
    private List<PanelBadge> badges = List.of();
    private String placeholder = "not rendered";
    private double progress = -1;
    private Image frame;
    private int width = BASE_WIDTH;
    /** The beats' captions one by one (what {@link #beatAt} measures). */
    private List<String> beatCaptions = List.of();
    /** The estimated cost of what the shot still needs rendered, or null while unknown. */
    private String cost;

    public ShotPanelFigure() {
        setOpaque(false);
    }

    /** The width of a panel for a duration in seconds. */
    public static int widthFor(double seconds) {
        return BASE_WIDTH + (int) Math.round(seconds * PIXELS_PER_SECOND);
    }

    /** The duration a panel width stands for, in seconds (not rounded). */
    public static double secondsFor(int width) {
        return (width - BASE_WIDTH) / (double) PIXELS_PER_SECOND;
    }

    public void setContent(String name, double seconds, String duration, String takes, String backend,
            List<String> beats, List<String> cast, String circled, String placeholder) {
        this.name = name;
        this.duration = duration;
        this.takes = takes;
        this.backend = backend;
        this.beats = String.join("  ·  ", beats);
        this.beatCaptions = List.copyOf(beats);
        this.cast = String.join(", ", cast);
        this.circled = circled;
        this.placeholder = placeholder;
        this.width = widthFor(seconds);
        revalidate();
        repaint();
    }

    public String name() {
        return name;
    }

    /** Shows the estimated cost of the shot's plan ({@code est. 0.40 USD}), or nothing (null). */
    public void setCost(String value) {
        if (!java.util.Objects.equals(value, cost)) {
            cost = value;
            repaint();
        }
    }

    public String cost() {
        return cost;
    }

    /** The line of the shot's name, in the figure's coordinates (where its direct edit opens). */
    public Rectangle nameArea() {
        Rectangle r = getBounds();
        int h = FigureUtilities.getTextExtents("Ag", Palette.bold()).height;
        return new Rectangle(r.x + PAD, r.y + PAD + FRAME_HEIGHT + 4, r.width - 2 * PAD - 2, h + 4);
    }

    /** The line of the beats' captions, in the figure's coordinates. */
    public Rectangle beatsArea() {
        Rectangle name = nameArea();
        int h = FigureUtilities.getTextExtents("Ag", Palette.bold()).height;
        return new Rectangle(name.x, name.y + 2 + 2 * h + 4, name.width, h + 2);
    }

    /** The index of the beat whose caption is at x (figure coordinates) on the beats' line, or -1. */
    public int beatAt(int x) {
        if (beatCaptions.isEmpty()) {
            return -1;
        }
        int left = beatsArea().x + 1;
        int separator = FigureUtilities.getTextExtents("  ·  ", Palette.text()).width;
        for (int i = 0; i < beatCaptions.size(); i++) {
            left += FigureUtilities.getTextExtents(beatCaptions.get(i), Palette.text()).width;
            if (x < left + separator / 2) {
                return i;
            }
            left += separator;
        }
        return beatCaptions.size() - 1;
    }

    public String circled() {
        return circled;
    }

    public Image frame() {
        return frame;
    }

    public void setFrame(Image image) {
        frame = image;
        repaint();
    }

    /** Badges of contributed decorators, drawn as chips in the picture's corners. */
    public void setBadges(List<PanelBadge> value) {
        if (!value.equals(badges)) {
            badges = List.copyOf(value);
            StringBuilder tips = new StringBuilder();
            for (PanelBadge badge : badges) {
                if (!badge.tooltip().isEmpty()) {
                    tips.append(tips.isEmpty() ? "" : "\n").append(badge.text()).append(": ").append(badge.tooltip());
                }
            }
            setToolTip(tips.isEmpty() ? null : new Label(tips.toString()));
            repaint();
        }
    }

    public List<PanelBadge> badges() {
        return badges;
    }

    public void setProgress(double value) {
        progress = value;
        repaint();
    }

    @Override
    public Dimension getPreferredSize(int wHint, int hHint) {
        return new Dimension(width, HEIGHT);
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy();
        g.setAntialias(1);
        // shadow, card
        g.setBackgroundColor(Palette.ROW_BORDER);
        g.fillRoundRectangle(new Rectangle(r.x + 2, r.y + 3, r.width - 3, r.height - 4), 10, 10);
        g.setBackgroundColor(Palette.PANEL);
        g.fillRoundRectangle(new Rectangle(r.x, r.y, r.width - 2, r.height - 3), 10, 10);
        g.setForegroundColor(circled != null ? Palette.CIRCLE : Palette.PANEL_BORDER);
        g.setLineWidth(circled != null ? 2 : 1);
        g.drawRoundRectangle(new Rectangle(r.x, r.y, r.width - 3, r.height - 4), 10, 10);
        g.setLineWidth(1);

        Rectangle picture = new Rectangle(r.x + PAD, r.y + PAD, r.width - 2 * PAD - 2, FRAME_HEIGHT);
        g.setBackgroundColor(Palette.FRAME);
        g.fillRectangle(picture);
        if (frame != null && !frame.isDisposed()) {
            paintCovering(g, frame, picture);
        } else {
            g.setFont(Palette.text());
            g.setForegroundColor(Palette.FRAME_TEXT);
            Dimension size = FigureUtilities.getTextExtents(placeholder, Palette.text());
            g.drawText(placeholder, picture.x + (picture.width - size.width) / 2,
                    picture.y + (picture.height - size.height) / 2);
        }
        if (progress >= 0) {
            g.setBackgroundColor(Palette.FRAME);
            g.fillRectangle(picture.x, picture.bottom() - 6, picture.width, 6);
            g.setBackgroundColor(Palette.PROGRESS);
            g.fillRectangle(picture.x, picture.bottom() - 6, (int) Math.round(picture.width * Math.min(1, progress)), 6);
        }
        if (circled != null) {
            paintCircleBadge(g, picture);
        }
        paintBadges(g, picture);

        int x = r.x + PAD + 1;
        int right = r.x + r.width - PAD - 3;
        int y = picture.bottom() + 6;
        g.setForegroundColor(Palette.TEXT);
        Dimension durationSize = FigureUtilities.getTextExtents(duration, Palette.bold());
        g.setFont(Palette.bold());
        g.drawText(duration, right - durationSize.width, y);
        g.drawText(fit(name, Palette.bold(), right - x - durationSize.width - 6), x, y);
        y += durationSize.height + 3;
        g.setFont(Palette.text());
        g.setForegroundColor(Palette.MUTED);
        g.drawText(fit(takes + "  ·  " + backend + (cost == null ? "" : "  ·  " + cost), Palette.text(), right - x), x, y);
        y += durationSize.height + 1;
        g.drawText(fit(beats, Palette.text(), right - x), x, y);
        y += durationSize.height + 1;
        g.setForegroundColor(Palette.TEXT);
        g.drawText(fit(cast, Palette.text(), right - x), x, y);
    }

    /**
     * The decorators' chips, side by side from each corner inwards. The top right corner starts
     * below the circled take's badge, which is the storyboard's own.
     */
    private void paintBadges(Graphics g, Rectangle picture) {
        if (badges.isEmpty()) {
            return;
        }
        g.setFont(Palette.bold());
        java.util.Map<PanelBadge.Corner, Integer> used = new java.util.EnumMap<>(PanelBadge.Corner.class);
        for (PanelBadge badge : badges) {
            Dimension size = FigureUtilities.getTextExtents(badge.text(), Palette.bold());
            int width = size.width + 10;
            int height = size.height + 4;
            int offset = used.getOrDefault(badge.corner(), 0);
            boolean left = badge.corner() == PanelBadge.Corner.TOP_LEFT || badge.corner() == PanelBadge.Corner.BOTTOM_LEFT;
            boolean top = badge.corner() == PanelBadge.Corner.TOP_LEFT || badge.corner() == PanelBadge.Corner.TOP_RIGHT;
            int x = left ? picture.x + 6 + offset : picture.right() - 6 - offset - width;
            int y = top ? picture.y + 6 : picture.bottom() - 6 - height;
            if (badge.corner() == PanelBadge.Corner.TOP_RIGHT && circled != null) {
                y += height + 6;
            }
            used.put(badge.corner(), offset + width + 4);
            Color chip = new Color(null, (badge.rgb() >> 16) & 0xFF, (badge.rgb() >> 8) & 0xFF, badge.rgb() & 0xFF);
            try {
                g.setBackgroundColor(chip);
                g.fillRoundRectangle(new Rectangle(x, y, width, height), height, height);
                g.setForegroundColor(Palette.PANEL);
                g.drawText(badge.text(), x + 5, y + 2);
            } finally {
                chip.dispose();
            }
        }
    }

    private void paintCircleBadge(Graphics g, Rectangle picture) {
        g.setFont(Palette.bold());
        String label = "\u25CF " + circled;
        Dimension size = FigureUtilities.getTextExtents(label, Palette.bold());
        Rectangle badge = new Rectangle(picture.right() - size.width - 22, picture.y + 6, size.width + 16,
                size.height + 6);
        g.setBackgroundColor(Palette.CIRCLE);
        g.fillRoundRectangle(badge, badge.height, badge.height);
        g.setForegroundColor(Palette.PANEL);
        g.drawText(label, badge.x + 8, badge.y + 3);
    }

    /** Scales the image to cover the area (cropping its longer side), as a film frame fills a panel. */
    private static void paintCovering(Graphics g, Image image, Rectangle area) {
        org.eclipse.swt.graphics.Rectangle source = image.getBounds();
        double scale = Math.max(area.width / (double) source.width, area.height / (double) source.height);
        int w = (int) Math.round(area.width / scale);
        int h = (int) Math.round(area.height / scale);
        int sx = (source.width - w) / 2;
        int sy = (source.height - h) / 2;
        g.drawImage(image, sx, sy, Math.min(w, source.width), Math.min(h, source.height), area.x, area.y, area.width,
                area.height);
    }

    private static String fit(String text, Font font, int width) {
        if (text == null || text.isEmpty() || FigureUtilities.getTextExtents(text, font).width <= width) {
            return text == null ? "" : text;
        }
        String cut = text;
        while (cut.length() > 1 && FigureUtilities.getTextExtents(cut + "…", font).width > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
