package dev.longtake.preferences.ui.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

import dev.longtake.preferences.ui.BackendPreferences;
import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.Resolution;

/**
 * Window > Preferences > Longtake > Backends: per installed backend (the contributions to
 * {@code dev.longtake.render.backends}) its URL, model, API key, jobs at once and price. The API
 * key goes to secure storage only; the text field never shows a stored key.
 */
public final class BackendsPage extends PreferencePage implements IWorkbenchPreferencePage {

    /** What the extension point says of one backend. */
    public record Installed(String name, String label) {
    }

    private final List<Installed> installed = new ArrayList<>();
    /** The page's values per backend, plain keys only; written on Apply. */
    private final Map<String, Map<String, String>> values = new LinkedHashMap<>();
    /** API keys typed on this page, per backend, until Apply. */
    private final Map<String, String> typedKeys = new LinkedHashMap<>();
    private final Set<String> keysToRemove = new HashSet<>();

    private Combo backendCombo;
    private Label status;
    private Text url;
    private Text model;
    private Text apiKey;
    private Label apiKeyState;
    private Button removeKey;
    private Spinner concurrency;
    private Label ownConcurrency;
    private Text price;
    private Text currency;
    private Text checkedOn;
    private Label ownPrices;
    private String shown;
    private BackendRegistry registry;

    public BackendsPage() {
        setDescription("Each generation backend's service, account and price. API keys are kept in secure storage, "
                + "never in a film or the workspace. Empty fields fall back to LONGTAKE_<BACKEND>_<KEY> variables.");
    }

    @Override
    public void init(IWorkbench workbench) {
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("dev.longtake.render.backends")) {
            String name = element.getAttribute("name");
            if ("backend".equals(element.getName()) && name != null) {
                String label = element.getAttribute("label");
                installed.add(new Installed(name, label == null ? name : label));
            }
        }
        installed.sort((a, b) -> a.name().compareTo(b.name()));
        for (Installed backend : installed) {
            Map<String, String> stored = new TreeMap<>();
            for (String key : BackendPreferences.PLAIN_KEYS) {
                stored.put(key, BackendPreferences.get(backend.name(), key).orElse(""));
            }
            values.put(backend.name(), stored);
        }
    }

    /** The backends the page offers. */
    public List<Installed> installed() {
        return List.copyOf(installed);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        if (installed.isEmpty()) {
            new Label(body, SWT.WRAP).setText("No generation backend is installed.");
            return body;
        }
        new Label(body, SWT.NONE).setText("&Backend:");
        backendCombo = new Combo(body, SWT.READ_ONLY);
        backendCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (Installed backend : installed) {
            backendCombo.add(backend.name() + "  (" + backend.label() + ")");
        }
        status = new Label(body, SWT.WRAP);
        status.setLayoutData(span(2));

        Group service = group(body, "Service");
        url = text(service, "&URL:", BackendPreferences.URL, SWT.BORDER);
        url.setMessage("the service's base URL, e.g. https://api.example.com/v1");
        model = text(service, "&Model:", BackendPreferences.MODEL, SWT.BORDER);
        model.setMessage("the model or version id the service names");
        apiKey = text(service, "API &key:", BackendPreferences.API_KEY, SWT.BORDER | SWT.PASSWORD);
        new Label(service, SWT.NONE);
        apiKeyState = new Label(service, SWT.WRAP);
        apiKeyState.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(service, SWT.NONE);
        removeKey = new Button(service, SWT.CHECK);
        removeKey.setText("&Remove the stored key");
        removeKey.setData(BackendsPage.class.getName(), "removeKey");

        Group account = group(body, "Account and price");
        new Label(account, SWT.NONE).setText("&Jobs at once:");
        Composite jobs = new Composite(account, SWT.NONE);
        GridLayout jobsLayout = new GridLayout(2, false);
        jobsLayout.marginWidth = 0;
        jobsLayout.marginHeight = 0;
        jobs.setLayout(jobsLayout);
        concurrency = new Spinner(jobs, SWT.BORDER);
        concurrency.setMinimum(0);
        concurrency.setMaximum(256);
        concurrency.setData(BackendsPage.class.getName(), BackendPreferences.CONCURRENCY);
        ownConcurrency = new Label(jobs, SWT.NONE);
        price = text(account, "&Price per second:", BackendPreferences.PRICE_PER_SECOND, SWT.BORDER);
        price.setMessage("your price for one second of video, every size; empty: the backend's prices");
        currency = text(account, "&Currency:", BackendPreferences.CURRENCY, SWT.BORDER);
        currency.setMessage("ISO code, e.g. USD");
        checkedOn = text(account, "Price &checked on:", BackendPreferences.PRICES_CHECKED_ON, SWT.BORDER);
        checkedOn.setMessage("yyyy-mm-dd, the day you read the service's price list");
        new Label(account, SWT.NONE).setText("The backend's prices:");
        ownPrices = new Label(account, SWT.WRAP);
        GridData pricesData = new GridData(SWT.FILL, SWT.TOP, true, false);
        pricesData.widthHint = 300;
        ownPrices.setLayoutData(pricesData);

        backendCombo.addListener(SWT.Selection, event -> show(installed.get(backendCombo.getSelectionIndex()).name()));
        registry = BackendPreferences.installedBackends();
        backendCombo.select(0);
        show(installed.get(0).name());
        return body;
    }

    /** Shows the backend's values; the values shown before are kept for Apply. */
    public void show(String backend) {
        keep();
        shown = backend;
        int index = indexOf(backend);
        if (backendCombo.getSelectionIndex() != index) {
            backendCombo.select(index);
        }
        Map<String, String> current = values.get(backend);
        url.setText(current.get(BackendPreferences.URL));
        model.setText(current.get(BackendPreferences.MODEL));
        apiKey.setText(typedKeys.getOrDefault(backend, ""));
        removeKey.setSelection(keysToRemove.contains(backend));
        boolean stored = BackendPreferences.hasApiKey(backend);
        apiKeyState.setText(stored ? "A key is stored in secure storage; type a new one to replace it."
                : "No key is stored" + (System.getenv(envName(backend, "API_KEY")) != null
                        ? " (" + envName(backend, "API_KEY") + " is set)." : "."));
        removeKey.setEnabled(stored);
        String jobs = current.get(BackendPreferences.CONCURRENCY);
        concurrency.setSelection(jobs.isEmpty() ? 0 : parseOr(jobs, 0));
        price.setText(current.get(BackendPreferences.PRICE_PER_SECOND));
        currency.setText(current.get(BackendPreferences.CURRENCY));
        checkedOn.setText(current.get(BackendPreferences.PRICES_CHECKED_ON));
        describe(backend);
        getControl().getParent().layout(true, true);
    }

    private void describe(String backend) {
        Backend made = registry.find(backend).orElse(null);
        BackendCapabilities capabilities = made == null ? withoutKey(backend) : made.capabilities();
        if (made == null) {
            String reason = registry.unavailable().getOrDefault(backend, "it could not be created");
            status.setText("Not available now: " + reason);
        } else {
            status.setText("Ready: model " + capabilities.model() + ".");
        }
        if (capabilities == null) {
            ownConcurrency.setText("0: the backend's own");
            ownPrices.setText("shown once the backend is configured");
            return;
        }
        ownConcurrency.setText("0: the backend's own (" + capabilities.concurrency() + ")");
        StringBuilder prices = new StringBuilder("checked on ").append(capabilities.priceCheckedOn()).append(": ");
        if (capabilities.isFree()) {
            prices.append("free");
        } else {
            Map<BigDecimal, List<String>> sizesByPrice = new TreeMap<>();
            new TreeMap<Resolution, BigDecimal>(capabilities.pricePerSecond()).forEach((size, perSecond) -> sizesByPrice
                    .computeIfAbsent(perSecond, p -> new ArrayList<>()).add(size.width() + "x" + size.height()));
            List<String> lines = new ArrayList<>();
            sizesByPrice.forEach((perSecond, sizes) -> lines.add(perSecond.toPlainString() + " " + capabilities.currency()
                    + "/s at " + String.join(", ", sizes)));
            if (capabilities.anySizePrice() != null) {
                lines.add(capabilities.anySizePrice().toPlainString() + " " + capabilities.currency() + "/s at "
                        + (sizesByPrice.isEmpty() ? "any size" : "other sizes"));
            }
            prices.append(String.join("; ", lines));
        }
        ownPrices.setText(prices.toString());
    }

    /**
     * What a backend that lacks its API key says of itself: made once, offline, with a stand-in
     * key that it never gets to send (nothing but {@code capabilities()} is called), so the user
     * sees the prices before entering a key. Null when the factory needs more than a key.
     */
    private static BackendCapabilities withoutKey(String backend) {
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("dev.longtake.render.backends")) {
            if (!backend.equals(element.getAttribute("name"))) {
                continue;
            }
            try {
                Object factory = element.createExecutableExtension("factory");
                if (factory instanceof dev.longtake.render.BackendFactory backendFactory) {
                    dev.longtake.render.BackendSettings settings = BackendPreferences.settings(backend);
                    return backendFactory.create(key -> BackendPreferences.API_KEY.equals(key)
                            ? java.util.Optional.of("not-a-key") : settings.get(key)).capabilities();
                }
            } catch (org.eclipse.core.runtime.CoreException | RuntimeException | LinkageError e) {
                return null;
            }
        }
        return null;
    }

    /** Moves what the fields show into the page's values. */
    private void keep() {
        if (shown == null) {
            return;
        }
        Map<String, String> current = values.get(shown);
        current.put(BackendPreferences.URL, url.getText().strip());
        current.put(BackendPreferences.MODEL, model.getText().strip());
        current.put(BackendPreferences.CONCURRENCY, concurrency.getSelection() == 0 ? "" : String.valueOf(concurrency.getSelection()));
        current.put(BackendPreferences.PRICE_PER_SECOND, price.getText().strip());
        current.put(BackendPreferences.CURRENCY, currency.getText().strip().toUpperCase(java.util.Locale.ROOT));
        current.put(BackendPreferences.PRICES_CHECKED_ON, checkedOn.getText().strip());
        if (apiKey.getText().isBlank()) {
            typedKeys.remove(shown);
        } else {
            typedKeys.put(shown, apiKey.getText());
        }
        if (removeKey.getSelection()) {
            keysToRemove.add(shown);
        } else {
            keysToRemove.remove(shown);
        }
    }

    @Override
    public boolean performOk() {
        if (backendCombo == null) {
            return true;
        }
        keep();
        for (Map.Entry<String, Map<String, String>> entry : values.entrySet()) {
            String problem = problemWith(entry.getKey(), entry.getValue());
            if (problem != null) {
                show(entry.getKey());
                setErrorMessage(problem);
                return false;
            }
        }
        setErrorMessage(null);
        try {
            for (Map.Entry<String, Map<String, String>> entry : values.entrySet()) {
                for (String key : BackendPreferences.PLAIN_KEYS) {
                    BackendPreferences.set(entry.getKey(), key, entry.getValue().get(key));
                }
            }
            BackendPreferences.flush();
            for (String backend : keysToRemove) {
                if (!typedKeys.containsKey(backend)) {
                    BackendPreferences.setApiKey(backend, null);
                }
            }
            for (Map.Entry<String, String> typed : typedKeys.entrySet()) {
                BackendPreferences.setApiKey(typed.getKey(), typed.getValue());
            }
        } catch (IOException | BackingStoreException e) {
            setErrorMessage("Not saved: " + e.getMessage());
            return false;
        }
        typedKeys.clear();
        keysToRemove.clear();
        registry = BackendPreferences.installedBackends();
        if (apiKey != null && !apiKey.isDisposed()) {
            String current = shown;
            shown = null; // the fields were saved: show them afresh without keeping them again
            show(current);
        }
        return true;
    }

    @Override
    protected void performDefaults() {
        keep();
        values.get(shown).replaceAll((key, value) -> "");
        typedKeys.remove(shown);
        String current = shown;
        shown = null;
        show(current);
        super.performDefaults();
    }

    /** Why the values cannot be saved, or null. */
    static String problemWith(String backend, Map<String, String> values) {
        String price = values.get(BackendPreferences.PRICE_PER_SECOND);
        if (!price.isEmpty()) {
            try {
                if (new BigDecimal(price).signum() < 0) {
                    return backend + ": the price per second cannot be negative";
                }
            } catch (NumberFormatException e) {
                return backend + ": the price per second is a number such as 0.05, not '" + price + "'";
            }
        }
        String code = values.get(BackendPreferences.CURRENCY);
        if (!code.isEmpty() && !code.matches("[A-Z]{3}")) {
            return backend + ": the currency is a three-letter code such as USD, not '" + code + "'";
        }
        String date = values.get(BackendPreferences.PRICES_CHECKED_ON);
        if (!date.isEmpty()) {
            try {
                if (LocalDate.parse(date).isAfter(LocalDate.now())) {
                    return backend + ": the price cannot have been checked in the future (" + date + ")";
                }
            } catch (DateTimeParseException e) {
                return backend + ": the date the price was checked is yyyy-mm-dd, not '" + date + "'";
            }
        }
        String url = values.get(BackendPreferences.URL);
        if (!url.isEmpty() && !url.matches("(?i)https?://\\S+")) {
            return backend + ": the URL starts with http:// or https://";
        }
        return null;
    }

    private int indexOf(String backend) {
        for (int i = 0; i < installed.size(); i++) {
            if (installed.get(i).name().equals(backend)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no backend " + backend + " is installed");
    }

    private static String envName(String backend, String key) {
        return "LONGTAKE_" + backend.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_" + key;
    }

    private static int parseOr(String text, int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static GridData span(int columns) {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1);
        data.widthHint = 440;
        return data;
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return group;
    }

    private static Text text(Composite parent, String label, String key, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 300;
        text.setLayoutData(data);
        text.setData(BackendsPage.class.getName(), key);
        return text;
    }
}
