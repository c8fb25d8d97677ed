package dev.longtake.media.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import dev.longtake.media.ContactSheet.Layout;
import dev.longtake.media.ContactSheet.Sheet;
import dev.longtake.media.ContactSheet.Variant;
import dev.longtake.media.MediaCanceledException;
import dev.longtake.media.MediaException;
import dev.longtake.media.MediaProgress;

/**
 * Draws a contact sheet with Java2D: a dark page, a label strip over each row, each frame
 * letterboxed into a cell of the first readable clip's aspect, the frame number in a corner.
 */
public final class ContactSheetRenderer {

    private static final int GAP = 8;
    private static final int LABEL_HEIGHT = 22;
    private static final int TITLE_HEIGHT = 30;
    private static final Color PAGE = new Color(0x1c1c1e);
    private static final Color CELL = Color.BLACK;
    private static final Color TEXT = new Color(0xe8e8e8);
    private static final Color DIM = new Color(0x9a9a9a);
    private static final Color PROBLEM = new Color(0xff8a80);

    private ContactSheetRenderer() {
    }

    public static Sheet render(List<Variant> variants, Layout layout, MediaProgress progress) throws MediaException {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a contact sheet needs at least one variant");
        }
        progress.begin("Contact sheet of " + variants.size() + " variants", variants.size());
        int cell = layout.cellWidth();
        List<List<BufferedImage>> rows = new ArrayList<>();
        List<String> rowProblems = new ArrayList<>();
        List<MediaException> problems = new ArrayList<>();
        for (Variant variant : variants) {
            if (progress.isCanceled()) {
                throw new MediaCanceledException(variant.clip());
            }
            List<BufferedImage> frames = List.of();
            String problem = null;
            try {
                // Square bounds: the cell height is only known once a frame has been seen.
                frames = FrameReader.first(variant.clip(), layout.framesPerVariant(), cell, cell, MediaProgress.NONE);
                if (frames.size() < layout.framesPerVariant()) {
                    problem = "only " + frames.size() + " of " + layout.framesPerVariant() + " frames";
                    problems.add(new MediaException(variant.clip(), "has " + problem));
                }
            } catch (MediaCanceledException e) {
                throw e;
            } catch (MediaException e) {
                problem = e.problem();
                problems.add(e);
            }
            rows.add(frames);
            rowProblems.add(problem);
            progress.worked(1);
        }
        int cellHeight = cellHeight(rows, cell);
        int columns = layout.framesPerVariant();
        int top = GAP + (layout.title() == null ? 0 : TITLE_HEIGHT);
        int width = GAP + columns * (cell + GAP);
        int height = top + variants.size() * (LABEL_HEIGHT + cellHeight + GAP);
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(PAGE);
            g.fillRect(0, 0, width, height);
            Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
            if (layout.title() != null) {
                g.setFont(labelFont.deriveFont(Font.BOLD, 16f));
                g.setColor(TEXT);
                drawClipped(g, layout.title(), GAP, GAP + 18, width - 2 * GAP);
            }
            for (int row = 0; row < variants.size(); row++) {
                int y = top + row * (LABEL_HEIGHT + cellHeight + GAP);
                g.setFont(labelFont);
                g.setColor(TEXT);
                String label = variants.get(row).label();
                String problem = rowProblems.get(row);
                int labelWidth = drawClipped(g, label, GAP, y + 15, width - 2 * GAP);
                if (problem != null) {
                    g.setColor(PROBLEM);
                    drawClipped(g, "  " + problem, GAP + labelWidth, y + 15, width - 2 * GAP - labelWidth);
                }
                List<BufferedImage> frames = rows.get(row);
                for (int column = 0; column < columns; column++) {
                    int x = GAP + column * (cell + GAP);
                    int cellY = y + LABEL_HEIGHT;
                    g.setColor(CELL);
                    g.fillRect(x, cellY, cell, cellHeight);
                    if (column < frames.size()) {
                        drawFitted(g, frames.get(column), x, cellY, cell, cellHeight);
                        g.setFont(labelFont.deriveFont(10f));
                        g.setColor(DIM);
                        g.drawString(String.valueOf(column + 1), x + 4, cellY + cellHeight - 4);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return new Sheet(sheet, List.copyOf(problems));
    }

    /** Cells take the aspect of the first frame seen; 16:9 when no clip could be read. */
    private static int cellHeight(List<List<BufferedImage>> rows, int cellWidth) {
        for (List<BufferedImage> frames : rows) {
            if (!frames.isEmpty()) {
                BufferedImage first = frames.get(0);
                return Math.max(1, (int) Math.round(cellWidth * first.getHeight() / (double) first.getWidth()));
            }
        }
        return Math.round(cellWidth * 9 / 16f);
    }

    private static void drawFitted(Graphics2D g, BufferedImage frame, int x, int y, int width, int height) {
        int[] size = FrameReader.fit(frame.getWidth(), frame.getHeight(), width, height);
        if (size[0] < width && size[1] < height) {
            // Smaller than the cell in both directions (a small clip): enlarge to fit.
            double scale = Math.min(width / (double) frame.getWidth(), height / (double) frame.getHeight());
            size = new int[] { (int) Math.round(frame.getWidth() * scale), (int) Math.round(frame.getHeight() * scale) };
        }
        g.drawImage(frame, x + (width - size[0]) / 2, y + (height - size[1]) / 2, size[0], size[1], null);
    }

    /** Draws text cut to {@code maxWidth} with an ellipsis; returns the width drawn. */
    private static int drawClipped(Graphics2D g, String text, int x, int baseline, int maxWidth) {
        FontMetrics metrics = g.getFontMetrics();
        String shown = text;
        if (metrics.stringWidth(shown) > maxWidth) {
            while (!shown.isEmpty() && metrics.stringWidth(shown + "…") > maxWidth) {
                shown = shown.substring(0, shown.length() - 1);
            }
            shown = shown + "…";
        }
        g.drawString(shown, x, baseline);
        return metrics.stringWidth(shown);
    }
}
