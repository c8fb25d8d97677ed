package dev.longtake.storyboard.actions;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;

import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.internal.AssembleFilmJob;

/**
 * Assembles the whole film (the circled take of every shot, else its latest) into
 * out/&lt;title&gt;.mp4, as {@code longtake assemble} does, in the background with the Media
 * preferences of the moment. A cut is of the whole film whatever the selection.
 */
public class AssembleAction extends Action {

    public static final String ID = "dev.longtake.storyboard.assemble";

    private final BoardSession session;
    private final org.eclipse.swt.widgets.Shell shell;
    private AssembleFilmJob lastJob;

    public AssembleAction(org.eclipse.swt.widgets.Shell shell, BoardSession session) {
        super("&Assemble");
        this.shell = shell;
        this.session = session;
        setId(ID);
        setToolTipText("Assemble the film's cut into out/<title>.mp4 (Media preferences: encoder, deliver size)");
    }

    /** The job the last run scheduled, or null. */
    public AssembleFilmJob lastJob() {
        return lastJob;
    }

    @Override
    public void run() {
        Script linked = session.linkedScript();
        if (linked == null || linked.getSequences().isEmpty()) {
            MessageDialog.openInformation(shell, "Assemble", "The script has no sequences to cut.");
            return;
        }
        // the job reads its own copy: the board may parse the script again meanwhile
        Script copy = EcoreUtil.copy(linked);
        ProjectSettings settings = session.settings() == null ? null : EcoreUtil.copy(session.settings());
        if (copy.getSettings() == null && settings != null) {
            copy.setSettings(EcoreUtil.copy(settings));
        }
        lastJob = new AssembleFilmJob(session.folder(), copy, settings);
        lastJob.schedule();
    }
}
