package dev.longtake.cli.internal;

import java.io.PrintWriter;

import dev.longtake.render.RenderEvent;
import dev.longtake.render.RenderListener;
import dev.longtake.render.RenderPlan;

/** Progress for logs and pipes: one line when a take ends or waits to retry, none per poll. */
final class PlainProgress implements RenderListener {

    private final PrintWriter out;
    private final int total;
    private int ended;

    PlainProgress(PrintWriter out, RenderPlan plan) {
        this.out = out;
        this.total = plan.takes().size() + plan.uncertain().size();
    }

    @Override
    public void changed(RenderEvent event) {
        String take = event.takeId() != null ? event.takeId()
                : event.planned().shotName() + " (take " + event.planned().request().takeNumber() + ")";
        switch (event.type()) {
            case DONE -> line("done", take, event.file());
            case FAILED -> line("failed", take, event.message());
            case CANCELLED -> line("cancelled", take, event.message());
            case UNCERTAIN -> line("uncertain", take, event.message());
            case LEFT_OPEN -> line("left open", take, event.message());
            case RETRYING -> out.println("retrying  " + take + ": " + event.message());
            default -> {
                return;
            }
        }
        out.flush();
    }

    private void line(String what, String take, String detail) {
        ended++;
        out.println(String.format("%-9s %s%s  [%d/%d]", what, take, detail == null ? "" : "  " + detail, ended, total));
    }
}
