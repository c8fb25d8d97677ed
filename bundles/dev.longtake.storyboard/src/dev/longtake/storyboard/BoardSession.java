package dev.longtake.storyboard;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.xtext.resource.XtextResource;

import dev.longtake.dsl.ScriptEditing;
import dev.longtake.dsl.ShotsContext;
import dev.longtake.dsl.ShotsProject;
import dev.longtake.dsl.prompt.GenerationRequest;
import dev.longtake.model.Ledger;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.Money;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderException;
import dev.longtake.render.RenderRequest;
import dev.longtake.storyboard.internal.ShotRequest;
import dev.longtake.storyboard.model.BoardModel;

/**
 * One film script open on the board: its text source, its parsed model, the board model the
 * pages show, the take ledger, and the one command stack that every page's edits share.
 * <p>
 * An edit is a function on the script's EMF model; {@link #textAfter} turns it into the new
 * text through the language's {@link ScriptEditing} (minimal text changes, comments and
 * untouched lines kept), and {@link #setText} writes it to the source and parses it again.
 * Commands therefore keep texts, never EMF objects, and undo restores the exact old text.
 * Used on the UI thread only.
 */
public final class BoardSession {

    private final ScriptSource source;
    private final ShotsProject project;
    private final XtextResource resource;
    private final ProjectLayout layout;
    private final LedgerStore ledgerStore;
    private final BoardModel board = new BoardModel();
    private final EditDomain domain = new EditDomain();
    private final List<Runnable> textListeners = new CopyOnWriteArrayList<>();
    private final Runnable sourceListener = this::sourceChanged;
    private String text;
    private String ledgerProblem;

    private BoardSession(ScriptSource source, ShotsProject project, XtextResource resource) {
        this.source = source;
        this.project = project;
        this.resource = resource;
        this.layout = new ProjectLayout(project.folder());
        this.ledgerStore = LedgerStore.of(layout);
    }

    /** Parses the film of the source's script (its whole folder, for the cast) and builds the board. */
    public static BoardSession open(ScriptSource source) throws IOException {
        ShotsProject project = ShotsProject.load(source.file());
        Resource resource = project.resourceSet().getResource(URI.createFileURI(source.file().toString()), false);
        if (!(resource instanceof XtextResource xtext)) {
            throw new IOException(source.file() + ": not a shot script");
        }
        BoardSession session = new BoardSession(source, project, xtext);
        String current = source.text();
        session.text = xtext.getParseResult() == null ? "" : xtext.getParseResult().getRootNode().getText();
        if (!current.equals(session.text)) {
            session.fullReparse(current);
        }
        session.syncAll();
        source.addChangeListener(session.sourceListener);
        return session;
    }

    public ScriptSource source() {
        return source;
    }

    public BoardModel board() {
        return board;
    }

    /** The edit domain every page's viewer joins: one command stack, one undo history. */
    public EditDomain editDomain() {
        return domain;
    }

    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    public ProjectLayout layout() {
        return layout;
    }

    public Path folder() {
        return layout.folder();
    }

    public LedgerStore ledgerStore() {
        return ledgerStore;
    }

    /** Why the ledger could not be read, or null. */
    public String ledgerProblem() {
        return ledgerProblem;
    }

    /** The parsed script now (a new object after every edit). */
    public Script script() {
        return resource.getContents().isEmpty() ? null : (Script) resource.getContents().get(0);
    }

    /** The script's text now. */
    public String text() {
        return text;
    }

    /** The film's project settings, from whichever of its files holds them. */
    public ProjectSettings settings() {
        Script script = script();
        if (script != null && script.getSettings() != null) {
            return script.getSettings();
        }
        for (Resource other : project.resourceSet().getResources()) {
            if (!other.getContents().isEmpty() && other.getContents().get(0) instanceof Script s
                    && s.getSettings() != null) {
                return s.getSettings();
            }
        }
        return null;
    }

    /**
     * The script's text after an edit of its model, without writing it; the model is parsed
     * again from the current text afterwards, so the edit leaves no trace if the text is not
     * then set.
     */
    public String textAfter(ScriptEditing.Edit edit) {
        String newText = text;
        try {
            for (ScriptEditing.FileChange change : ScriptEditing.edit(resource, edit)) {
                if (change.uri().equals(resource.getURI())) {
                    newText = change.newText();
                }
            }
        } finally {
            fullReparse(text); // the edit changed the model in memory; its node model is stale
        }
        return newText;
    }

    /** Writes a new text to the source, parses it and brings the board in line. */
    public void setText(String newText) {
        if (newText.equals(text)) {
            return;
        }
        source.setText(newText);
        reparse(newText);
        syncAll();
        textListeners.forEach(Runnable::run);
    }

    /** Called after every text change the board sees (its own edits and others'). */
    public void addTextListener(Runnable listener) {
        textListeners.add(listener);
    }

    /** Reads the ledger again (after a render or a circle) and updates the panels' takes. */
    public Ledger reloadLedger() {
        Ledger ledger = readLedger();
        board.syncTakes(ledger, layout.folder());
        return ledger;
    }

    /** The requests of these shots (all of the script's when empty), as the render engine reads them. */
    public List<RenderRequest> requests(Collection<String> shotNames) {
        ShotsContext context = ShotsContext.of(project.resourceSet());
        List<RenderRequest> requests = new ArrayList<>();
        Script script = script();
        if (script == null) {
            return requests;
        }
        for (Shot shot : script.allShots()) {
            if (shotNames.isEmpty() || shotNames.contains(shot.getName())) {
                for (GenerationRequest request : context.compiler().compile(shot)) {
                    requests.add(new ShotRequest(request, layout.folder()));
                }
            }
        }
        return requests;
    }

    /** The project's budget, or null when it sets none. */
    public Money budget() {
        ProjectSettings settings = settings();
        if (settings == null || settings.getBudget() == null) {
            return null;
        }
        BigDecimal amount = settings.getBudget();
        return Money.of(amount.toPlainString(), settings.getCurrency() == null ? "USD" : settings.getCurrency());
    }

    public void dispose() {
        source.removeChangeListener(sourceListener);
        source.dispose();
    }

    private void sourceChanged() {
        String now = source.text();
        if (now.equals(text)) {
            return;
        }
        // Someone else's edit: the board's history no longer matches the text.
        commandStack().flush();
        reparse(now);
        syncAll();
        textListeners.forEach(Runnable::run);
    }

    /**
     * Parses the new text: only the region that differs from the current text when Xtext's
     * partial parser can (an edit touches one region), the whole text otherwise.
     */
    private void reparse(String newText) {
        String old = text;
        if (old == null || resource.getParseResult() == null) {
            fullReparse(newText);
            return;
        }
        int prefix = 0;
        int max = Math.min(old.length(), newText.length());
        while (prefix < max && old.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        try {
            resource.update(prefix, old.length() - prefix - suffix,
                    newText.substring(prefix, newText.length() - suffix));
        } catch (RuntimeException e) {
            fullReparse(newText);
            return;
        }
        if (!newText.equals(resource.getParseResult().getRootNode().getText())) {
            fullReparse(newText);
            return;
        }
        text = newText;
    }

    private void fullReparse(String newText) {
        try {
            resource.reparse(newText);
        } catch (IOException e) {
            throw new IllegalStateException("parsing from memory cannot fail", e);
        }
        text = newText;
    }

    private void syncAll() {
        Script script = script();
        if (script == null) {
            return;
        }
        board.sync(script, settings(), readLedger(), layout.folder());
    }

    private Ledger readLedger() {
        try {
            ledgerProblem = null;
            return ledgerStore.read();
        } catch (RenderException e) {
            ledgerProblem = e.getMessage();
            return null;
        }
    }
}
