package dev.longtake.takes.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;

import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderException;
import dev.longtake.storyboard.SelectedShot;
import dev.longtake.takes.ui.internal.FirstFrames;
import dev.longtake.takes.ui.internal.ShotViewPart;
import dev.longtake.takes.ui.internal.ThumbnailJob;

/**
 * The takes of the shot selected on a storyboard: each with its first frame (decoded in the
 * background), backend, seed, cost, rating, circled state and prompt as sent, as the ledger
 * records them. Rate (stars, written into the ledger), circle (through the board's command
 * stack, so it is undone with the board's history), play, and two takes side by side.
 */
public class TakesView extends ShotViewPart {

    public static final String ID = "dev.longtake.takes.ui.takes";
    /** The family of the view's background jobs (reading the ledger, first frames, rating). */
    public static final Object FAMILY = TakesView.class;

    static final int THUMB_WIDTH = 192;
    static final int THUMB_HEIGHT = 108;

    private Label header;
    private Button sideBySideButton;
    private SashForm sash;
    private ScrolledComposite scroller;
    private Composite cardsArea;
    private Composite playersArea;
    private Font bold;
    private final Map<String, Card> cards = new LinkedHashMap<>();
    private final FirstFrames thumbnails = new FirstFrames();
    private final List<TakePlayer> players = new ArrayList<>();
    private List<TakeEntry> entries = List.of();
    private String problem;
    private Runnable unlisten;
    private int generation;
    private Job loading;

    @Override
    protected void createContents(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 4;
        layout.marginHeight = 4;
        root.setLayout(layout);
        header = new Label(root, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        FontData[] data = header.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(parent.getDisplay(), data);
        header.setFont(bold);
        sideBySideButton = new Button(root, SWT.PUSH);
        sideBySideButton.setText("Side by Side");
        sideBySideButton.setToolTipText("Plays the two checked takes side by side");
        sideBySideButton.addListener(SWT.Selection, event -> sideBySideChecked());
        sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        cardsArea = new Composite(scroller, SWT.NONE);
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.spacing = 8;
        cardsArea.setLayout(rows);
        scroller.setContent(cardsArea);
        scroller.addListener(SWT.Resize, event -> relayoutCards());
        playersArea = new Composite(sash, SWT.NONE);
        playersArea.setLayout(new FillLayout(SWT.HORIZONTAL));
        sash.setWeights(55, 45);
        // wide (stacked under the editor): takes left of the players; tall: above them
        sash.addListener(SWT.Resize, event -> {
            Rectangle area = sash.getClientArea();
            int orientation = area.width > area.height * 2 ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (sash.getOrientation() != orientation) {
                sash.setOrientation(orientation);
            }
        });
        getViewSite().getActionBars().getToolBarManager().add(new Action("Refresh") {
            @Override
            public void run() {
                reload();
            }
        });
        parent.addListener(SWT.Dispose, event -> disposeImages());
        showEntries();
    }

    @Override
    public void setFocus() {
        scroller.setFocus();
    }

    @Override
    protected void shotChanged(SelectedShot selected, boolean same) {
        if (!same) {
            if (unlisten != null) {
                unlisten.run();
                unlisten = null;
            }
            closePlayers();
            entries = List.of();
            if (selected != null) {
                unlisten = selected.onTakesChanged(this::reload);
            }
        }
        reload();
    }

    /** The Side by Side button (enabled when two takes are checked). */
    public Button sideBySideButton() {
        return sideBySideButton;
    }

    /** Reads the shot's takes from the ledger again and decodes the first frames not yet shown (in the background). */
    public void reload() {
        int mine = ++generation;
        if (loading != null) {
            loading.cancel();
        }
        SelectedShot shot = shot();
        if (shot == null) {
            entries = List.of();
            problem = null;
            showEntries();
            return;
        }
        ProjectLayout layout = new ProjectLayout(shot.folder());
        Display display = header.getDisplay();
        loading = new ThumbnailJob("Reading the takes of " + shot.shotName(), FAMILY, () -> {
            List<TakeEntry> read;
            String failure = null;
            try {
                read = TakeEntry.of(LedgerStore.of(layout).read(), shot.shotName(), layout);
            } catch (RenderException e) {
                read = List.of();
                failure = e.getMessage();
            }
            List<TakeEntry> found = read;
            String why = failure;
            List<Path> missing = new ArrayList<>();
            display.syncExec(() -> {
                if (mine != generation || header.isDisposed()) {
                    return;
                }
                entries = found;
                problem = why;
                showEntries();
                for (TakeEntry take : found) {
                    if (take.done() && take.file() != null && !thumbnails.has(take.file())) {
                        missing.add(take.file());
                    }
                }
            });
            return missing;
        }, THUMB_WIDTH, THUMB_HEIGHT, display, (file, data) -> {
            if (mine == generation && !header.isDisposed()) {
                thumbnailReady(file, data);
            }
        });
        loading.schedule();
    }

    private void thumbnailReady(Path file, ImageData data) {
        if (!thumbnails.put(header.getDisplay(), file, data)) {
            return;
        }
        for (Card card : cards.values()) {
            if (file.equals(card.take.file())) {
                card.thumb.redraw();
            }
        }
    }

    private void showEntries() {
        if (header.isDisposed()) {
            return;
        }
        SelectedShot shot = shot();
        long done = entries.stream().filter(TakeEntry::done).count();
        header.setText(shot == null ? "Select a shot on a storyboard"
                : problem != null ? shot.shotName() + ": " + problem
                : shot.shotName() + ": " + (entries.isEmpty() ? "not rendered yet"
                        : entries.size() + (entries.size() == 1 ? " take" : " takes") + ", " + done + " done"));
        // a reload (after a rating, a circle, a render) keeps what was checked for comparing
        List<String> wasChecked = checked();
        for (Card card : cards.values()) {
            card.box.dispose();
        }
        cards.clear();
        for (TakeEntry take : entries) {
            Card card = new Card(cardsArea, take);
            card.compare.setSelection(card.compare.isEnabled() && wasChecked.contains(take.id()));
            cards.put(take.id(), card);
        }
        updateSideBySide();
        relayoutCards();
        header.getParent().layout(true, true);
    }

    private void relayoutCards() {
        int width = scroller.getClientArea().width;
        scroller.setMinSize(cardsArea.computeSize(Math.max(THUMB_WIDTH + 24, width), SWT.DEFAULT));
        cardsArea.layout(true, true);
    }

    /** The ids of the takes whose "Compare" box is checked, in the view's order. */
    public List<String> checked() {
        return cards.values().stream().filter(card -> card.compare.getSelection()).map(card -> card.take.id()).toList();
    }

    private void updateSideBySide() {
        boolean two = checked().size() == 2;
        sideBySideButton.setEnabled(two);
    }

    private void sideBySideChecked() {
        List<String> ids = checked();
        if (ids.size() == 2) {
            sideBySide(ids.get(0), ids.get(1));
        }
    }

    /** Writes a take's rating (0 to 5) into the film's ledger, in the background, then shows it. */
    public void rate(String takeId, int stars) {
        SelectedShot shot = shot();
        if (shot == null) {
            return;
        }
        int rating = Math.max(0, Math.min(5, stars));
        LedgerStore store = LedgerStore.of(new ProjectLayout(shot.folder()));
        Display display = header.getDisplay();
        Job job = new Job("Rating " + takeId) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    store.update((Ledger ledger) -> {
                        Take take = ledger.findTake(takeId);
                        if (take == null) {
                            throw new RenderException("take " + takeId + " is not in the ledger " + store.file());
                        }
                        take.setRating(rating);
                        return null;
                    });
                    return Status.OK_STATUS;
                } catch (RenderException e) {
                    return new Status(IStatus.ERROR, "dev.longtake.takes.ui", e.getMessage(), e);
                } finally {
                    display.asyncExec(() -> {
                        if (!header.isDisposed()) {
                            reload();
                        }
                    });
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
    }

    /** Circles a take through the board's command stack (undoable with the board's history). */
    public void circle(String takeId) {
        SelectedShot shot = shot();
        if (shot != null) {
            shot.circle(takeId);
            reload();
        }
    }

    /** Plays one take in the view's player. */
    public TakePlayer play(String takeId) {
        TakeEntry take = entry(takeId);
        if (take == null) {
            return null;
        }
        List<TakePlayer> made = players(1);
        made.get(0).open(take.file(), caption(take));
        made.get(0).play();
        return made.get(0);
    }

    /**
     * Plays two takes side by side, each in its own player, starting together once both are
     * decoded; the players are linked (Play/Pause and the slider of either drive both).
     */
    public List<TakePlayer> sideBySide(String first, String second) {
        TakeEntry a = entry(first);
        TakeEntry b = entry(second);
        if (a == null || b == null) {
            return List.of();
        }
        List<TakePlayer> made = players(2);
        made.get(0).open(a.file(), caption(a));
        made.get(1).open(b.file(), caption(b));
        // both start together, once both are decoded, so they can be compared frame for frame
        Runnable startBoth = () -> {
            if (made.stream().allMatch(p -> !p.isDisposed() && p.isLoaded())) {
                made.forEach(TakePlayer::play);
            }
        };
        made.forEach(player -> player.whenLoaded(startBoth));
        made.get(0).linkTo(made.get(1));
        made.get(1).linkTo(made.get(0));
        return made;
    }

    private static String caption(TakeEntry take) {
        return "Take " + take.number() + (take.circled() ? "  \u25CF circled" : "") + "  \u00b7  " + take.details();
    }

    private List<TakePlayer> players(int count) {
        if (players.size() != count) {
            closePlayers();
            for (int i = 0; i < count; i++) {
                players.add(new TakePlayer(playersArea, SWT.BORDER));
            }
            playersArea.layout(true, true);
        }
        return List.copyOf(players);
    }

    private void closePlayers() {
        players.forEach(Control::dispose);
        players.clear();
    }

    /** The players shown now (none, one, or two side by side). */
    public List<TakePlayer> players() {
        players.removeIf(Control::isDisposed);
        return List.copyOf(players);
    }

    /** The takes shown, in the ledger's order. */
    public List<TakeEntry> takes() {
        return entries;
    }

    public TakeEntry entry(String takeId) {
        return entries.stream().filter(take -> take.id().equals(takeId)).findFirst().orElse(null);
    }

    /** A take's card, or null when the take is not shown. */
    public Card card(String takeId) {
        return cards.get(takeId);
    }

    /** The header line ("Hallway: 3 takes, 3 done"). */
    public String headerText() {
        return header.getText();
    }

    /** The first frame shown for a take, or null while it is decoded (or when it has none). */
    public Image thumbnail(String takeId) {
        TakeEntry take = entry(takeId);
        return take == null ? null : thumbnails.get(take.file());
    }

    private void disposeImages() {
        generation++;
        if (loading != null) {
            loading.cancel();
        }
        if (unlisten != null) {
            unlisten.run();
            unlisten = null;
        }
        thumbnails.clear();
        if (bold != null) {
            bold.dispose();
        }
    }

    /** One take's card: first frame, title, details, stars, prompt, and its buttons. */
    public final class Card {
        private final TakeEntry take;
        private final Composite box;
        private final Canvas thumb;
        private final Label[] stars = new Label[5];
        private final Button circle;
        private final Button play;
        private final Button compare;
        private final Text prompt;

        Card(Composite parent, TakeEntry take) {
            this.take = take;
            box = new Composite(parent, SWT.BORDER);
            GridLayout grid = new GridLayout(3, false);
            grid.marginWidth = 4;
            grid.marginHeight = 4;
            box.setLayout(grid);
            thumb = new Canvas(box, SWT.DOUBLE_BUFFERED);
            GridData thumbData = new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1);
            thumbData.widthHint = THUMB_WIDTH;
            thumbData.heightHint = THUMB_HEIGHT;
            thumb.setLayoutData(thumbData);
            thumb.addListener(SWT.Paint, event -> paintThumb(event.gc));
            thumb.addListener(SWT.MouseDoubleClick, event -> play(take.id()));
            Label title = new Label(box, SWT.NONE);
            title.setFont(bold);
            title.setText("Take " + take.number() + (take.circled() ? "   \u25CF circled" : "")
                    + (take.done() ? "" : "   (" + take.state() + ")"));
            title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            if (take.circled()) {
                title.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
            Label details = new Label(box, SWT.NONE);
            details.setText(take.details());
            details.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            Composite starRow = new Composite(box, SWT.NONE);
            RowLayout starLayout = new RowLayout(SWT.HORIZONTAL);
            starLayout.marginLeft = starLayout.marginTop = starLayout.marginBottom = 0;
            starLayout.spacing = 1;
            starRow.setLayout(starLayout);
            starRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            for (int i = 0; i < 5; i++) {
                int value = i + 1;
                stars[i] = new Label(starRow, SWT.NONE);
                stars[i].setText(value <= take.rating() ? "\u2605" : "\u2606");
                stars[i].setToolTipText(value == take.rating() ? "Clear the rating" : "Rate " + value + " of 5");
                stars[i].setForeground(box.getDisplay().getSystemColor(
                        value <= take.rating() ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_GRAY));
                stars[i].addListener(SWT.MouseUp, event -> rate(take.id(), value == take.rating() ? 0 : value));
            }
            circle = new Button(box, SWT.PUSH);
            circle.setText(take.circled() ? "Circled" : "Circle");
            circle.setEnabled(take.done() && !take.circled());
            circle.addListener(SWT.Selection, event -> circle(take.id()));
            play = new Button(box, SWT.PUSH);
            play.setText("\u25B6 Play");
            play.setEnabled(take.done() && take.file() != null);
            play.addListener(SWT.Selection, event -> play(take.id()));
            compare = new Button(box, SWT.CHECK);
            compare.setText("Compare");
            compare.setEnabled(take.done() && take.file() != null);
            compare.addListener(SWT.Selection, event -> updateSideBySide());
            Menu menu = menu(box);
            box.addListener(SWT.Dispose, event -> menu.dispose()); // a menu lives as long as its shell
            box.setMenu(menu);
            thumb.setMenu(menu);
            prompt = new Text(box, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
            prompt.setText(take.prompt());
            prompt.setToolTipText("The prompt as sent to " + take.backend());
            GridData promptData = new GridData(SWT.FILL, SWT.TOP, false, false, 3, 1);
            promptData.widthHint = THUMB_WIDTH;
            promptData.heightHint = 48;
            prompt.setLayoutData(promptData);
        }

        /** The card's context menu: the same actions from the keyboard (menu key) or the mouse. */
        private Menu menu(Composite owner) {
            Menu menu = new Menu(owner);
            MenuItem rateItem = new MenuItem(menu, SWT.CASCADE);
            rateItem.setText("&Rate");
            Menu rateMenu = new Menu(menu);
            rateItem.setMenu(rateMenu);
            for (int value = 0; value <= 5; value++) {
                int stars = value;
                MenuItem item = new MenuItem(rateMenu, SWT.RADIO);
                item.setText(value == 0 ? "&No rating" : "&" + value + "  " + TakeEntry.stars(value));
                item.setSelection(value == take.rating());
                item.addListener(SWT.Selection, event -> {
                    if (item.getSelection() && stars != take.rating()) {
                        rate(take.id(), stars);
                    }
                });
            }
            MenuItem circleItem = new MenuItem(menu, SWT.PUSH);
            circleItem.setText("&Circle");
            circleItem.setEnabled(take.done() && !take.circled());
            circleItem.addListener(SWT.Selection, event -> circle(take.id()));
            MenuItem playItem = new MenuItem(menu, SWT.PUSH);
            playItem.setText("&Play");
            playItem.setEnabled(take.done() && take.file() != null);
            playItem.addListener(SWT.Selection, event -> play(take.id()));
            return menu;
        }

        private void paintThumb(GC gc) {
            Rectangle area = thumb.getClientArea();
            gc.setBackground(thumb.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(area);
            Image image = thumbnails.get(take.file());
            if (image != null) {
                Rectangle size = image.getBounds();
                double scale = Math.min(area.width / (double) size.width, area.height / (double) size.height);
                int w = (int) (size.width * scale);
                int h = (int) (size.height * scale);
                gc.drawImage(image, 0, 0, size.width, size.height, (area.width - w) / 2, (area.height - h) / 2, w, h);
            } else {
                gc.setForeground(thumb.getDisplay().getSystemColor(SWT.COLOR_GRAY));
                gc.drawText(take.done() ? "decoding\u2026" : take.state(), 8, 8, true);
            }
            if (take.circled()) {
                gc.setForeground(thumb.getDisplay().getSystemColor(SWT.COLOR_RED));
                gc.setLineWidth(3);
                gc.drawRectangle(1, 1, area.width - 3, area.height - 3);
            }
        }

        public TakeEntry take() {
            return take;
        }

        public Button circleButton() {
            return circle;
        }

        public Button playButton() {
            return play;
        }

        public Button compareBox() {
            return compare;
        }

        /** The n-th star (1 to 5): a click rates the take n (or clears a rating of n). */
        public Label star(int n) {
            return stars[n - 1];
        }

        /** The card's context menu (Rate, Circle, Play). */
        public Menu menu() {
            return box.getMenu();
        }

        public Text prompt() {
            return prompt;
        }

        public Canvas thumbnail() {
            return thumb;
        }
    }
}
