package dev.longtake.preferences.ui;

import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.swt.graphics.RGB;

/**
 * The colours of the shot script editor, by the kind of text they paint. They are kept in
 * instance-scope preferences and mirrored into JFace's {@link ColorRegistry} under their
 * {@link Kind#id()}: an editor takes its colours from {@code JFaceResources.getColorRegistry()}
 * after calling {@link #install()}, and listens to the registry, so a colour changed in
 * Window &gt; Preferences repaints open editors without a restart.
 */
public final class EditorColours {

    /** A kind of text in a script, with its default colour. */
    public enum Kind {
        // The same kinds and defaults as the shot script editor's palette (dev.longtake.dsl.ui's ShotsColours).
        KEYWORD("Keywords (shot, beat, sequence)", new RGB(127, 0, 85)),
        NAME("Names (shots, characters, places)", new RGB(0, 0, 192)),
        STRING("Descriptions and prompts", new RGB(42, 0, 255)),
        NUMBER("Numbers and times", new RGB(125, 80, 0)),
        DURATION("Durations (8s)", new RGB(200, 90, 0)),
        CAMERA("Camera moves", new RGB(0, 110, 120)),
        COMMENT("Comments", new RGB(63, 127, 95));

        private final String label;
        private final RGB defaultRgb;

        Kind(String label, RGB defaultRgb) {
            this.label = label;
            this.defaultRgb = defaultRgb;
        }

        /** The id in the colour registry and the preference key, e.g. {@code dev.longtake.editor.keyword}. */
        public String id() {
            return "dev.longtake.editor." + name().toLowerCase(java.util.Locale.ROOT);
        }

        public String label() {
            return label;
        }

        public RGB defaultRgb() {
            return defaultRgb;
        }
    }

    private static boolean installed;

    private EditorColours() {
    }

    public static List<Kind> kinds() {
        return List.of(Kind.values());
    }

    /** The colour of the kind now. */
    public static RGB rgb(Kind kind) {
        String value = InstanceScope.INSTANCE.getNode(BackendPreferences.QUALIFIER).get(kind.id(), null);
        RGB rgb = value == null ? null : StringConverter.asRGB(value, null);
        return rgb == null ? kind.defaultRgb() : rgb;
    }

    /**
     * Puts every colour into JFace's colour registry and keeps it there as preferences change.
     * Call on the UI thread; calling again does nothing.
     */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        ColorRegistry registry = JFaceResources.getColorRegistry();
        for (Kind kind : Kind.values()) {
            registry.put(kind.id(), rgb(kind));
        }
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(BackendPreferences.QUALIFIER);
        node.addPreferenceChangeListener(event -> {
            for (Kind kind : Kind.values()) {
                if (kind.id().equals(event.getKey())) {
                    if (org.eclipse.swt.widgets.Display.getCurrent() != null) {
                        registry.put(kind.id(), rgb(kind));
                    } else {
                        org.eclipse.swt.widgets.Display.getDefault().asyncExec(() -> registry.put(kind.id(), rgb(kind)));
                    }
                }
            }
        });
    }
}
