package dev.longtake.preferences.ui.internal;

import java.util.regex.Pattern;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.longtake.preferences.ui.BackendPreferences;
import dev.longtake.preferences.ui.MediaPreferences;

/** Window > Preferences > Longtake > Media. */
public final class MediaPage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private static final Pattern SIZE = Pattern.compile("\\d{2,5}x\\d{2,5}");

    public MediaPage() {
        super(GRID);
        setDescription("How the workbench assembles and delivers films (MediaPreferences, read at each assembly). "
                + "The longtake command takes these from the script and its options.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, BackendPreferences.QUALIFIER));
    }

    @Override
    protected void createFieldEditors() {
        addField(new ComboFieldEditor(MediaPreferences.ENCODER, "Video &encoder:",
                entries(MediaPreferences.ENCODERS, "Automatic (the best this FFmpeg build has)"), getFieldEditorParent()));
        StringFieldEditor deliver = new StringFieldEditor(MediaPreferences.DELIVER_SIZE, "&Deliver size:", getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String value = getStringValue().strip();
                return MediaPreferences.FROM_SCRIPT.equals(value) || SIZE.matcher(value).matches();
            }
        };
        deliver.setErrorMessage("The deliver size is WIDTHxHEIGHT, e.g. 1920x1080, or 'script' for the script's deliver");
        deliver.setEmptyStringAllowed(false);
        deliver.getTextControl(getFieldEditorParent()).setToolTipText(
                "WIDTHxHEIGHT such as 1920x1080 or 3840x2160; 'script' uses the project block's deliver");
        addField(deliver);
        addField(new ComboFieldEditor(MediaPreferences.SCALER, "&Scaler:",
                entries(MediaPreferences.SCALERS, null), getFieldEditorParent()));
    }

    private static String[][] entries(java.util.List<String> values, String automaticLabel) {
        String[][] entries = new String[values.size()][];
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String label = MediaPreferences.AUTOMATIC.equals(value) && automaticLabel != null ? automaticLabel : value;
            entries[i] = new String[] { label, value };
        }
        return entries;
    }
}
