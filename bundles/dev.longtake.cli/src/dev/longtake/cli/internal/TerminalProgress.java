package dev.longtake.cli.internal;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.longtake.render.RenderEvent;
import dev.longtake.render.RenderListener;
import dev.longtake.render.RenderPlan;

/**
 * Progress on a terminal: a bar for the whole render and one for each running take, redrawn
 * in place (at most ten times a second); a line for each take that ends stays above them.
 */
final class TerminalProgress implements RenderListener {

    private static final String CLEAR_LINE = "\u001b[2K\r";
    private static final String UP = "\u001b[1A";
    private static final int SHOWN_JOBS = 8;

    private final PrintWriter out;
    private final int total;
    private final long started = System.nanoTime();
    private final Map<String, Double> running = new LinkedHashMap<>();
    private int done;
    private int failed;
    private int drawnLines;
    private long lastDraw;

    TerminalProgress(PrintWriter out, RenderPlan plan) {
        this.out = out;
        this.total = plan.takes().size() + plan.uncertain().size();
    }

    @Override
    public void changed(RenderEvent event) {
        String take = event.takeId() != null ? event.takeId() : event.planned().shotName();
        boolean ended = event.type().isFinal();
        if (ended) {
            running.remove(take);
            if (event.type() == RenderEvent.Type.DONE) {
                done++;
            } else {
                failed++;
            }
            clear();
            String detail = event.type() == RenderEvent.Type.DONE ? event.file() : event.message();
            out.println(String.format("%-9s %s  %s", event.type().name().toLowerCase().replace('_', ' '), take,
                    detail == null ? "" : detail));
            draw();
            return;
        }
        running.put(take, event.progress() < 0 ? running.getOrDefault(take, -1.0) : event.progress());
        if (event.type() == RenderEvent.Type.RETRYING) {
            clear();
            out.println("retrying  " + take + ": " + event.message());
            draw();
        } else if (System.nanoTime() - lastDraw > 100_000_000L) {
            clear();
            draw();
        }
    }

    /** Leaves the final bars on screen. */
    void finish() {
        clear();
        draw();
        out.println();
        out.flush();
    }

    private void clear() {
        for (int i = 0; i < drawnLines; i++) {
            out.print(CLEAR_LINE);
            if (i < drawnLines - 1) {
                out.print(UP);
            }
        }
        if (drawnLines > 0) {
            out.print(CLEAR_LINE);
        }
        drawnLines = 0;
    }

    private void draw() {
        lastDraw = System.nanoTime();
        long seconds = (lastDraw - started) / 1_000_000_000L;
        StringBuilder text = new StringBuilder();
        text.append(bar((done + failed) / (double) Math.max(1, total), 30)).append(String.format(
                " %d/%d done, %d running, %d not done  %d:%02d", done, total, running.size(), failed, seconds / 60,
                seconds % 60));
        int shown = 0;
        for (Map.Entry<String, Double> job : running.entrySet()) {
            if (shown++ == SHOWN_JOBS) {
                text.append("\n  ... ").append(running.size() - SHOWN_JOBS).append(" more");
                break;
            }
            text.append("\n  ").append(bar(job.getValue(), 20)).append(' ').append(job.getKey());
        }
        String drawn = text.toString();
        out.print(drawn);
        out.flush();
        drawnLines = (int) drawn.chars().filter(c -> c == '\n').count() + 1;
    }

    private static String bar(double fraction, int width) {
        if (fraction < 0) {
            return "[" + "?".repeat(1) + " ".repeat(width - 1) + "]";
        }
        int filled = (int) Math.round(Math.min(1, fraction) * width);
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
    }
}
