package dev.longtake.preferences.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.preferences.ui.BackendPreferences;
import dev.longtake.preferences.ui.EditorColours;
import dev.longtake.preferences.ui.MediaPreferences;
import dev.longtake.preferences.ui.internal.BackendsPage;
import dev.longtake.preferences.ui.internal.EditorColoursPage;
import dev.longtake.secrets.internal.SecureStorage;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.Resolution;

/** Window > Preferences > Longtake in the real workbench. */
class PreferencesTest {

    private static final String BACKENDS = "dev.longtake.preferences.ui.backends";
    private static final String MEDIA = "dev.longtake.preferences.ui.media";
    private static final String COLOURS = "dev.longtake.preferences.ui.editorColours";

    private PreferenceDialog dialog;

    @AfterEach
    void closeAndForget() throws Exception {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        for (String key : BackendPreferences.PLAIN_KEYS) {
            BackendPreferences.set("animatic", key, null);
        }
        BackendPreferences.flush();
        BackendPreferences.setApiKey("animatic", null);
        InstanceScope.INSTANCE.getNode(BackendPreferences.QUALIFIER).clear();
    }

    private PreferenceDialog open(String pageId) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        dialog = PreferencesUtil.createPreferenceDialogOn(shell, pageId, null, null);
        dialog.setBlockOnOpen(false);
        dialog.getShell().setBounds(40, 40, 940, 760);
        dialog.open();
        Widgets.spin(shell.getDisplay());
        return dialog;
    }

    private Text field(String key) {
        return Widgets.one(dialog.getShell(), Text.class, text -> key.equals(text.getData(BackendsPage.class.getName())),
                "the field " + key);
    }

    private static IProject filmInsideTheWorkspace() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("inside-film");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        project.getFile("script.shots").create("project \"Inside\" {\n    backend animatic\n}\n".getBytes(StandardCharsets.UTF_8),
                true, false, null);
        return project;
    }

    private static IProject filmOutsideTheWorkspace(Path folder) throws Exception {
        Files.writeString(folder.resolve("script.shots"), "project \"Outside\" {\n    backend animatic\n}\n");
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProjectDescription description = workspace.newProjectDescription("outside-film");
        description.setLocation(IPath.fromPath(folder));
        IProject project = workspace.getRoot().getProject("outside-film");
        if (!project.exists()) {
            project.create(description, null);
        }
        project.open(null);
        return project;
    }

    /** Every regular file under the folder whose bytes hold the text in UTF-8 or UTF-16. */
    private static List<Path> filesHolding(Path folder, String text) throws IOException {
        List<byte[]> forms = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16LE),
                text.getBytes(StandardCharsets.UTF_16BE));
        List<Path> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException vanished) {
                    continue;
                }
                if (forms.stream().anyMatch(form -> indexOf(bytes, form) >= 0)) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer: for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void anApiKeySetInTheDialogIsInSecureStorageAndInNoFileOfTheWorkspaceOrTheFilms(@TempDir Path outside) throws Exception {
        IProject inside = filmInsideTheWorkspace();
        IProject film = filmOutsideTheWorkspace(outside);
        String key = "sk-longtake-test-" + UUID.randomUUID();
        String marker = UUID.randomUUID().toString();
        String url = "http://127.0.0.1:9/" + marker;

        open(BACKENDS);
        BackendsPage page = (BackendsPage) dialog.getSelectedPage();
        assertTrue(page.installed().stream().anyMatch(b -> b.name().equals("animatic")), page.installed().toString());
        page.show("animatic");
        field(BackendPreferences.API_KEY).setText(key);
        field(BackendPreferences.URL).setText(url);
        field(BackendPreferences.MODEL).setText("animatic-test-model");
        Widgets.one(dialog.getShell(), Spinner.class, s -> true, "the jobs at once").setSelection(3);
        field(BackendPreferences.PRICE_PER_SECOND).setText("0.02");
        field(BackendPreferences.CURRENCY).setText("eur");
        field(BackendPreferences.PRICES_CHECKED_ON).setText("2026-12-01");
        assertTrue((field(BackendPreferences.API_KEY).getStyle() & org.eclipse.swt.SWT.PASSWORD) != 0, "the key is masked");
        Widgets.screenshot(dialog.getShell(), "preferences-backends");
        Widgets.press(dialog.getShell(), "Apply and Close");
        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the dialog closed");

        // In secure storage, encrypted.
        assertEquals(key, BackendPreferences.apiKey("animatic").orElseThrow());
        ISecurePreferences node = SecureStorage.root().node("dev.longtake/backends/animatic");
        assertTrue(node.isEncrypted(BackendPreferences.API_KEY));
        Path storage = SecureStorage.location();
        assertTrue(Files.isRegularFile(storage), storage.toString());
        assertFalse(storage.startsWith(ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath()),
                "secure storage is not in the workspace");
        assertEquals(List.of(), filesHolding(storage.getParent(), key), "not even the storage holds it in clear");

        // Everything on disk, then grep every file of the workspace and both films.
        ResourcesPlugin.getWorkspace().save(true, null);
        Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
        assertEquals(List.of(), filesHolding(workspace, key), "files under the workspace holding the key");
        assertEquals(List.of(), filesHolding(inside.getLocation().toPath(), key));
        assertEquals(List.of(), filesHolding(film.getLocation().toPath(), key), "files of the film holding the key");
        // The same search finds what was stored in plain preferences (a .prefs file writes the URL's
        // colons as "\:", so it looks for the URL's path): it would have found the key.
        List<Path> withUrl = filesHolding(workspace, marker);
        assertEquals(1, withUrl.size(), withUrl.toString());
        assertTrue(withUrl.get(0).toString().endsWith("dev.longtake.preferences.ui.prefs"), withUrl.toString());
        assertEquals(List.of(), filesHolding(film.getLocation().toPath(), marker), "settings stay out of the film");

        // Applied without a restart: the render side's next registry has the settings.
        assertEquals(url, BackendPreferences.settings("animatic").get(BackendPreferences.URL).orElseThrow());
        assertEquals(key, BackendPreferences.settings("animatic").get(BackendPreferences.API_KEY).orElseThrow());
        BackendCapabilities capabilities = BackendPreferences.installedBackends().get("animatic").capabilities();
        assertEquals(3, capabilities.concurrency());
        assertEquals(new BigDecimal("0.02"), capabilities.priceFor(new Resolution(1280, 720)).orElseThrow());
        assertEquals("EUR", capabilities.currency());
        assertEquals(LocalDate.of(2026, 12, 1), capabilities.priceCheckedOn());
    }

    @Test
    void everyInstalledBackendIsOfferedWithItsOwnPricesAndTheDateTheyWereChecked() {
        open(BACKENDS);
        BackendsPage page = (BackendsPage) dialog.getSelectedPage();
        List<String> names = page.installed().stream().map(BackendsPage.Installed::name).toList();
        List<String> offered = BackendPreferences.installedBackends().names().stream().toList();
        assertTrue(names.containsAll(offered), names + " lacks some of " + offered);
        String service = names.contains("runway") ? "runway" : names.get(names.size() - 1);
        page.show(service);
        String shown = String.join("\n", Widgets.all(dialog.getShell(), org.eclipse.swt.widgets.Label.class, l -> true)
                .stream().map(org.eclipse.swt.widgets.Label::getText).toList());
        Widgets.screenshot(dialog.getShell(), "preferences-backends-" + service);
        assertTrue(java.util.regex.Pattern.compile("checked on \\d{4}-\\d{2}-\\d{2}").matcher(shown).find(), shown);
    }

    @Test
    void aBackendContributedByAPluginIsOfferedWithItsPrices() {
        open(BACKENDS);
        BackendsPage page = (BackendsPage) dialog.getSelectedPage();
        List<String> names = page.installed().stream().map(BackendsPage.Installed::name).toList();
        assertTrue(names.contains("studiofarm"), "the test plugin's backend is not offered: " + names);
        page.show("studiofarm");
        String shown = String.join("\n", Widgets.all(dialog.getShell(), org.eclipse.swt.widgets.Label.class, l -> true)
                .stream().map(org.eclipse.swt.widgets.Label::getText).toList());
        assertTrue(shown.contains("2026-12-01"), "its prices' date is not shown: " + shown);
    }

    @Test
    void theStoredKeyIsNeverShownAndCanBeRemoved() throws Exception {
        BackendPreferences.setApiKey("animatic", "sk-stored-" + UUID.randomUUID());
        open(BACKENDS);
        ((BackendsPage) dialog.getSelectedPage()).show("animatic");
        assertEquals("", field(BackendPreferences.API_KEY).getText());
        String shown = String.join("\n", Widgets.all(dialog.getShell(), org.eclipse.swt.widgets.Label.class, l -> true)
                .stream().map(org.eclipse.swt.widgets.Label::getText).toList());
        assertTrue(shown.contains("A key is stored in secure storage"), shown);
        org.eclipse.swt.widgets.Button remove = Widgets.one(dialog.getShell(), org.eclipse.swt.widgets.Button.class,
                b -> "removeKey".equals(b.getData(BackendsPage.class.getName())), "the remove box");
        remove.setSelection(true);
        Widgets.press(dialog.getShell(), "Apply and Close");

        assertTrue(BackendPreferences.apiKey("animatic").isEmpty());
        assertFalse(BackendPreferences.hasApiKey("animatic"));
    }

    @Test
    void aPriceThatIsNotANumberIsRefusedAndNothingIsStored() throws Exception {
        open(BACKENDS);
        ((BackendsPage) dialog.getSelectedPage()).show("animatic");
        field(BackendPreferences.PRICE_PER_SECOND).setText("cheap");
        field(BackendPreferences.API_KEY).setText("sk-never-stored");
        Widgets.press(dialog.getShell(), "Apply and Close");

        assertFalse(dialog.getShell().isDisposed(), "the dialog stays open");
        assertEquals("animatic: the price per second is a number such as 0.05, not 'cheap'",
                ((BackendsPage) dialog.getSelectedPage()).getErrorMessage());
        assertTrue(BackendPreferences.get("animatic", BackendPreferences.PRICE_PER_SECOND).isEmpty());
        assertTrue(BackendPreferences.apiKey("animatic").isEmpty());
    }

    @Test
    void mediaSettingsAreStoredInInstanceScopeAndReadAtOnce() throws Exception {
        open(MEDIA);
        Combo encoder = Widgets.all(dialog.getShell(), Combo.class, c -> List.of(c.getItems()).contains("mpeg4")).get(0);
        encoder.select(List.of(encoder.getItems()).indexOf("mpeg4"));
        encoder.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Text deliver = Widgets.one(dialog.getShell(), Text.class, t -> MediaPreferences.FROM_SCRIPT.equals(t.getText()),
                "the deliver size");
        deliver.setText("2560x1440");
        Combo scaler = Widgets.all(dialog.getShell(), Combo.class, c -> List.of(c.getItems()).contains("bicubic")).get(0);
        scaler.select(List.of(scaler.getItems()).indexOf("bicubic"));
        scaler.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Widgets.screenshot(dialog.getShell(), "preferences-media");
        Widgets.press(dialog.getShell(), "Apply and Close");

        assertEquals("mpeg4", MediaPreferences.encoder().orElseThrow());
        assertEquals(List.of(2560, 1440), java.util.Arrays.stream(MediaPreferences.deliverSize().orElseThrow()).boxed().toList());
        assertEquals("bicubic", MediaPreferences.scaler());
        assertEquals("mpeg4", InstanceScope.INSTANCE.getNode(BackendPreferences.QUALIFIER).get(MediaPreferences.ENCODER, null));
    }

    @Test
    void anEditorColourChangeReachesTheColourRegistryWithoutARestart() throws Exception {
        EditorColours.install();
        AtomicReference<String> changed = new AtomicReference<>();
        JFaceResources.getColorRegistry().addListener(event -> changed.set(event.getProperty()));
        open(COLOURS);
        EditorColoursPage page = (EditorColoursPage) dialog.getSelectedPage();
        RGB teal = new RGB(0x00, 0x80, 0x80);
        page.editor(EditorColours.Kind.KEYWORD).getColorSelector().setColorValue(teal);
        Widgets.screenshot(dialog.getShell(), "preferences-editor-colours");
        Widgets.press(dialog.getShell(), "Apply and Close");

        assertEquals(teal, EditorColours.rgb(EditorColours.Kind.KEYWORD));
        assertEquals(teal, JFaceResources.getColorRegistry().getRGB(EditorColours.Kind.KEYWORD.id()));
        assertEquals(EditorColours.Kind.KEYWORD.id(), changed.get());
        assertEquals(EditorColours.Kind.NAME.defaultRgb(), EditorColours.rgb(EditorColours.Kind.NAME));
    }

    @Test
    void theLongtakePagesAreInTheDialogsTree() {
        open(BACKENDS);
        List<String> labels = new ArrayList<>();
        org.eclipse.swt.widgets.Tree tree = Widgets.all(dialog.getShell(), org.eclipse.swt.widgets.Tree.class, t -> true).get(0);
        for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
            labels.add(item.getText());
            item.setExpanded(true);
            for (org.eclipse.swt.widgets.TreeItem child : item.getItems()) {
                labels.add(item.getText() + "/" + child.getText());
            }
        }
        assertTrue(labels.containsAll(List.of("Longtake", "Longtake/Backends", "Longtake/Media", "Longtake/Editor Colours")),
                labels.toString());
    }
}
