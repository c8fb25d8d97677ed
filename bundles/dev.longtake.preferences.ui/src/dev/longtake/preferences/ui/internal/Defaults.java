package dev.longtake.preferences.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.resource.StringConverter;

import dev.longtake.preferences.ui.BackendPreferences;
import dev.longtake.preferences.ui.EditorColours;
import dev.longtake.preferences.ui.MediaPreferences;

/** The default media settings and editor colours (default scope). */
public final class Defaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(BackendPreferences.QUALIFIER);
        defaults.put(MediaPreferences.ENCODER, MediaPreferences.AUTOMATIC);
        defaults.put(MediaPreferences.DELIVER_SIZE, MediaPreferences.FROM_SCRIPT);
        defaults.put(MediaPreferences.SCALER, "lanczos");
        for (EditorColours.Kind kind : EditorColours.kinds()) {
            defaults.put(kind.id(), StringConverter.asString(kind.defaultRgb()));
        }
    }
}
