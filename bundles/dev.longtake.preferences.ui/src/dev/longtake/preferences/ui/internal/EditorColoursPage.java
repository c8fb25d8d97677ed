package dev.longtake.preferences.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.longtake.preferences.ui.BackendPreferences;
import dev.longtake.preferences.ui.EditorColours;

/** Window > Preferences > Longtake > Editor Colours. */
public final class EditorColoursPage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public EditorColoursPage() {
        super(GRID);
        setDescription("Colours of the shot script editor. Open editors repaint when you apply.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, BackendPreferences.QUALIFIER));
        EditorColours.install();
    }

    private final java.util.Map<EditorColours.Kind, ColorFieldEditor> editors = new java.util.EnumMap<>(EditorColours.Kind.class);

    @Override
    protected void createFieldEditors() {
        for (EditorColours.Kind kind : EditorColours.kinds()) {
            ColorFieldEditor editor = new ColorFieldEditor(kind.id(), kind.label() + ":", getFieldEditorParent());
            editors.put(kind, editor);
            addField(editor);
        }
    }

    /** The field of one kind of text (for tests: its colour button opens the system's colour dialog). */
    public ColorFieldEditor editor(EditorColours.Kind kind) {
        return editors.get(kind);
    }
}
