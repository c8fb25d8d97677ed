package dev.longtake.preferences.ui.internal;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Longtake: what the pages below it hold. */
public final class LongtakePage extends PreferencePage implements IWorkbenchPreferencePage {

    public LongtakePage() {
        noDefaultAndApplyButton();
    }

    @Override
    public void init(IWorkbench workbench) {
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout());
        Label text = new Label(body, SWT.WRAP);
        text.setText("""
                Backends: where each generation service is, which model, your API key (kept in secure \
                storage, never in a film or the workspace), how many jobs at once and what you pay.

                Media: the encoder, the deliver size and the scaler used when the workbench assembles a film.

                Editor Colours: the colours of the shot script editor.

                Changes apply to the next plan, render or assembly; no restart is needed. The command \
                line reads LONGTAKE_<BACKEND>_URL, _MODEL and _API_KEY from the environment instead.""");
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 420;
        text.setLayoutData(data);
        return body;
    }
}
