package dev.longtake.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import dev.longtake.export.CutExporter;
import dev.longtake.export.FilmCut;
import dev.longtake.model.CutEntry;

/** A plugin's exporter: one line per entry of the cut. Contributed by this fragment's fragment.xml. */
public final class ShotListExporter implements CutExporter {

    @Override
    public void write(FilmCut film, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(film.title()).append('\n');
        for (CutEntry entry : film.cut().getEntries()) {
            text.append(entry.getShotName()).append(' ').append(entry.getTakeId() == null ? "black" : entry.getTakeId())
                    .append('\n');
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
