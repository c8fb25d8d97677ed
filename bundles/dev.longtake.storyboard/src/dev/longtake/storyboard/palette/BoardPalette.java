package dev.longtake.storyboard.palette;

import java.util.List;

import org.eclipse.gef.palette.CreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

/**
 * The storyboard's palette: the selection and marquee tools, and creation tools for a shot
 * (dropped in a sequence row, between panels), a beat (dropped on a panel) and a sequence
 * (dropped between rows).
 */
public final class BoardPalette {

    private BoardPalette() {
    }

    public static PaletteRoot create() {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup("Tools");
        SelectionToolEntry select = new SelectionToolEntry();
        tools.add(select);
        tools.add(new MarqueeToolEntry());
        root.add(tools);
        root.setDefaultEntry(select);
        PaletteDrawer script = new PaletteDrawer("Script");
        script.add(entry("Shot", "Add a shot (8 s, one beat): drop it between panels of a sequence", NewElement.SHOT,
                0x3B6EA5));
        script.add(entry("Beat", "Add a beat to a shot: drop it on the shot's panel", NewElement.BEAT, 0xC98A1B));
        script.add(entry("Sequence", "Add a sequence with one shot: drop it between two rows", NewElement.SEQUENCE,
                0x4F8A4C));
        root.add(script);
        return root;
    }

    /** The palette's creation entries: Shot, Beat, Sequence. */
    public static List<ToolEntry> creationEntries(PaletteRoot root) {
        PaletteDrawer drawer = (PaletteDrawer) root.getChildren().get(1);
        return drawer.getChildren().stream().map(ToolEntry.class::cast).toList();
    }

    private static ToolEntry entry(String label, String description, NewElement element, int rgb) {
        ImageDescriptor icon = swatch(rgb);
        return new CreationToolEntry(label, description, element, icon, icon);
    }

    /** A small coloured card as the tool's icon (no image files to ship). */
    private static ImageDescriptor swatch(int rgb) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Image image = new Image(display, 16, 16);
        GC gc = new GC(image);
        org.eclipse.swt.graphics.Color color = new org.eclipse.swt.graphics.Color(display, (rgb >> 16) & 0xFF,
                (rgb >> 8) & 0xFF, rgb & 0xFF);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, 16, 16);
            gc.setBackground(color);
            gc.fillRoundRectangle(1, 3, 14, 10, 4, 4);
        } finally {
            gc.dispose();
            color.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return ImageDescriptor.createFromImageData(data);
    }
}
