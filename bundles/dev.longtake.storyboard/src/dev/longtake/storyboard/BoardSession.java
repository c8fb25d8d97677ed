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
import dev.longtake.render.dsl.CompiledRequest;
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
    /**
     * The script as the board sees it: the text parsed without linking (the board reads names
     * from the text). Parsing alone is cheap; the linked resource is brought up to date only
     * when something needs references (the serializer, render requests): see {@link #linkedScript}.
     */
    private Script view;
    private boolean linkedStale;
    private String ledgerProblem;
    /** The ledger as last read: text edits do not change it, so they do not read it again. */
    private Ledger ledger;

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
        session.view = session.parseOnly(session.text);
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

    /**
     * The parsed script now (a new object after every edit), not linked: its cross references
     * are not set; read their names from the node model.
     */
    public Script script() {
        return view;
    }

    /** The script parsed and linked in the film's resource set (parsed again if the text changed). */
    public Script linkedScript() {
        if (linkedStale) {
            fullReparse(text);
        }
        return resource.getContents().isEmpty() ? null : (Script) resource.getContents().get(0);
    }

    private Script parseOnly(String newText) {
        org.eclipse.xtext.parser.IParseResult result = dev.longtake.dsl.Shots.injector()
                .getInstance(org.eclipse.xtext.parser.IParser.class).parse(new java.io.StringReader(newText));
        return result.getRootASTElement() instanceof Script script ? script : null;
    }

    /** The script's text now. */
    public String text() {
        return text;
    }

    /** Every script of the film: this one as the board sees it, then the film's other files. */
    public List<Script> filmScripts() {
        List<Script> scripts = new ArrayList<>();
        if (script() != null) {
            scripts.add(script());
        }
        for (Resource other : project.resourceSet().getResources()) {
            if (other != resource && !other.getContents().isEmpty() && other.getContents().get(0) instanceof Script s) {
                scripts.add(s);
            }
        }
        return scripts;
    }

    /** The film's project settings, from whichever of its files holds them. */
    public ProjectSettings settings() {
        Script script = script();
        if (script != null && script.getSettings() != null) {
            return script.getSettings();
        }
        for (Resource other : project.resourceSet().getResources()) {
            if (other != resource && !other.getContents().isEmpty() && other.getContents().get(0) instanceof Script s
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
        linkedScript();
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
        long t0 = System.nanoTime();
        source.setText(newText);
        long t1 = System.nanoTime();
        reparse(newText);
        long t2 = System.nanoTime();
        syncAll();
        long t3 = System.nanoTime();
        textListeners.forEach(Runnable::run);
        if (TIMING) {
            System.out.printf("storyboard setText: write %.1f ms, parse %.1f ms, board %.1f ms%n", (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        }
    }

    /** -Dlongtake.storyboard.timing=true prints where an edit's time goes. */
    private static final boolean TIMING = Boolean.getBoolean("longtake.storyboard.timing");

    /** Called after every text change the board sees (its own edits and others'). */
    public void addTextListener(Runnable listener) {
        textListeners.add(listener);
    }

    /** Reads the ledger again (after a render or a circle) and updates the panels' takes. */
    public Ledger reloadLedger() {
        ledger = readLedger();
        board.syncTakes(ledger, layout.folder());
        return ledger;
    }

    /** The requests of these shots (all of the script's when empty), as the render engine reads them. */
    public List<RenderRequest> requests(Collection<String> shotNames) {
        ShotsContext context = ShotsContext.of(project.resourceSet());
        List<RenderRequest> requests = new ArrayList<>();
        Script script = linkedScript();
        if (script == null) {
            return requests;
        }
        for (Shot shot : script.allShots()) {
            if (shotNames.isEmpty() || shotNames.contains(shot.getName())) {
                for (GenerationRequest request : context.compiler().compile(shot)) {
                    requests.add(new CompiledRequest(request, layout.folder()));
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

    /** Parses the new text for the board; the linked resource follows when it is next needed. */
    private void reparse(String newText) {
        long t0 = System.nanoTime();
        Script parsed = parseOnly(newText);
        if (TIMING) {
            System.out.printf("storyboard parse of %d chars: %.1f ms%n", newText.length(), (System.nanoTime() - t0) / 1e6);
        }
        view = parsed;
        text = newText;
        linkedStale = true;
    }

    private void fullReparse(String newText) {
        try {
            resource.reparse(newText);
        } catch (IOException e) {
            throw new IllegalStateException("parsing from memory cannot fail", e);
        }
        text = newText;
        linkedStale = false;
    }

    private void syncAll() {
        Script script = script();
        if (script == null) {
            return;
        }
        if (ledger == null) {
            ledger = readLedger();
        }
        board.sync(script, settings(), ledger, layout.folder());
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
