package dev.longtake.cli.internal;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import dev.longtake.cli.CommandFailure;
import dev.longtake.cli.ExitCode;
import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.Resolution;
import dev.longtake.secrets.ApiKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code longtake backends [name]}: the installed generation backends, what they render, what
 * they cost (and when the price was checked) and whether they are configured. API keys are
 * never printed: only whether one is set, and where.
 */
@Command(name = "backends", description = { "List the installed generation backends: model, limits, price per second "
        + "(with the date it was checked) and whether each is configured (its LONGTAKE_<NAME>_* settings).",
        "With a name, everything about that backend. API keys are never shown.",
        "--set-key <name> stores a backend's API key, read from the terminal or standard input, in the user's "
                + "secure storage (encrypted; the workbench's preferences use the same); LONGTAKE_<NAME>_API_KEY "
                + "overrides it." })
final class BackendsCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<name>", description = "one backend, in detail")
    String name;

    @Option(names = "--set-key", paramLabel = "<name>",
            description = "store this backend's API key (read from the terminal or standard input) in secure storage")
    String setKey;

    @Option(names = "--remove-key", paramLabel = "<name>", description = "remove this backend's key from secure storage")
    String removeKey;

    @Spec
    CommandSpec spec;

    /** Where a key to store is read from when there is no terminal; standard input outside tests. */
    InputStream input = System.in;

    /** Where settings come from; the environment outside tests. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (setKey != null || removeKey != null) {
            return storeKey(out, setKey != null ? setKey : removeKey, setKey != null);
        }
        BackendRegistry configured = BackendRegistry.installed(backend -> CommandLineSettings.of(backend, environment));
        // To show what an unconfigured backend would offer, it is made once more with a stand-in
        // key; that instance is only asked for its capabilities, never used to call its service.
        BackendRegistry described = BackendRegistry.installed(backend -> withStandInKey(backend));
        TreeSet<String> names = new TreeSet<>(described.names());
        names.addAll(configured.names());
        names.addAll(described.unavailable().keySet());
        if (name != null) {
            if (!names.contains(name)) {
                throw new CommandFailure("unknown backend '" + name + "'" + (names.isEmpty() ? " (none is installed)"
                        : "; installed: " + String.join(", ", names)));
            }
            detail(out, name, configured, described);
            return ExitCode.OK;
        }
        if (names.isEmpty()) {
            out.println("no backend is installed");
            return ExitCode.OK;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "BACKEND", "MODEL", "MAX", "PRICE PER SECOND", "CHECKED", "JOBS", "STATUS" });
        for (String backend : names) {
            Optional<Backend> shown = configured.find(backend).or(() -> described.find(backend));
            String status = status(backend, configured, described);
            if (shown.isPresent()) {
                BackendCapabilities c = shown.get().capabilities();
                rows.add(new String[] { backend, c.model(), seconds(c.maxSeconds()), priceRange(c),
                        c.isFree() ? "-" : c.priceCheckedOn().toString(), String.valueOf(c.concurrency()), status });
            } else {
                rows.add(new String[] { backend, "?", "?", "?", "?", "?", status });
            }
        }
        Table.print(out, rows);
        out.println();
        out.println("Settings come from LONGTAKE_<NAME>_URL, _MODEL and _API_KEY (else the key stored by "
                + "'longtake backends --set-key <name>' or the workbench); 'longtake backends <name>' shows "
                + "one backend's.");
        return ExitCode.OK;
    }

    private int storeKey(PrintWriter out, String backend, boolean set) {
        Set<String> installed = new TreeSet<>(BackendRegistry.installed(this::withStandInKey).names());
        installed.addAll(BackendRegistry.installed(this::withStandInKey).unavailable().keySet());
        if (!installed.contains(backend)) {
            throw new CommandFailure("unknown backend '" + backend + "'; installed: " + String.join(", ", installed));
        }
        String key = null;
        if (set) {
            key = readKey(backend);
            if (key == null || key.isBlank()) {
                throw new CommandFailure("no API key given for " + backend + " (nothing was stored)");
            }
        }
        try {
            ApiKeys.set(backend, key);
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage());
        }
        out.println(set ? "stored the API key of " + backend + " (" + key.strip().length()
                + " characters) in secure storage " + ApiKeys.location()
                : "removed the API key of " + backend + " from secure storage " + ApiKeys.location());
        return ExitCode.OK;
    }

    /** From the terminal without echo, else the first line of standard input. */
    private String readKey(String backend) {
        Console console = input == System.in ? System.console() : null;
        if (console != null) {
            char[] typed = console.readPassword("API key of %s: ", backend);
            return typed == null ? null : new String(typed);
        }
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
            return reader.readLine();
        } catch (IOException e) {
            throw new CommandFailure("the API key could not be read: " + e.getMessage());
        }
    }

    private BackendSettings withStandInKey(String backend) {
        BackendSettings real = CommandLineSettings.of(backend, environment);
        return key -> key.equals("api_key") ? real.get(key).or(() -> Optional.of("stand-in")) : real.get(key);
    }

    private static String status(String backend, BackendRegistry configured, BackendRegistry described) {
        if (configured.find(backend).isPresent()) {
            return "ready";
        }
        String reason = configured.unavailable().get(backend);
        if (reason == null) {
            reason = described.unavailable().get(backend);
        }
        return "not configured: " + (reason == null ? "unknown reason" : reason);
    }

    private void detail(PrintWriter out, String backend, BackendRegistry configured, BackendRegistry described) {
        out.println("backend  " + backend);
        out.println("status   " + status(backend, configured, described));
        Optional<Backend> shown = configured.find(backend).or(() -> described.find(backend));
        if (shown.isPresent()) {
            BackendCapabilities c = shown.get().capabilities();
            out.println("model    " + c.model());
            out.println("length   at most " + seconds(c.maxSeconds()));
            out.println("sizes    " + (c.sizes().isEmpty() ? "any up to " + c.maxSize()
                    : String.join(", ", c.sizes().stream().map(Resolution::toString).toList())));
            out.println("fps      " + (c.frameRates().isEmpty() ? "any up to 120" : c.frameRates().toString()));
            out.println("seed     " + (c.seed() ? "honoured" : "not taken") + "; start image: "
                    + (c.imageInput() ? "yes" : "no") + "; extends takes: " + (c.extend() ? "yes" : "no"));
            out.println("prompt   at most " + c.maxPromptLength() + " characters");
            out.println("jobs     " + c.concurrency() + " at once");
            if (c.isFree()) {
                out.println("price    free");
            } else {
                out.println("price    per second, " + c.currency() + ", checked " + c.priceCheckedOn() + ":");
                Map<String, String> prices = new TreeMap<>();
                c.pricePerSecond().forEach((size, price) -> prices.put(pad(size),
                        String.format(Locale.ROOT, "%-10s %s", size, plain(price))));
                prices.values().forEach(line -> out.println("         " + line));
                if (c.anySizePrice() != null) {
                    out.println("         " + String.format(Locale.ROOT, "%-10s %s", "any size", plain(c.anySizePrice())));
                }
            }
        }
        out.println("settings");
        String prefix = "LONGTAKE_" + backend.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_";
        Map<String, String> shownSettings = new TreeMap<>();
        for (String key : List.of("URL", "MODEL", "API_KEY")) {
            shownSettings.put(prefix + key, null);
        }
        environment.forEach((variable, value) -> {
            if (variable.startsWith(prefix)) {
                shownSettings.put(variable, value);
            }
        });
        shownSettings.forEach((variable, value) -> out.println("         " + variable + "  " + describe(variable, value)));
        if (ApiKeys.has(backend)) {
            out.println("         a key is stored in secure storage " + ApiKeys.location()
                    + (shownSettings.get(prefix + "API_KEY") == null ? " and used" : "; the variable overrides it"));
        }
    }

    private static String describe(String variable, String value) {
        if (value == null || value.isBlank()) {
            return "(not set" + (variable.endsWith("_URL") || variable.endsWith("_MODEL") ? ": the default)" : ")");
        }
        String upper = variable.toUpperCase(Locale.ROOT);
        if (upper.contains("KEY") || upper.contains("TOKEN") || upper.contains("SECRET")
                || upper.contains("PASSWORD")) {
            return "(set, " + value.length() + " characters; never shown)";
        }
        return value;
    }

    private static String pad(Resolution size) {
        return String.format(Locale.ROOT, "%012d%06d", size.pixels(), size.width());
    }

    static String priceRange(BackendCapabilities c) {
        if (c.isFree()) {
            return "free";
        }
        List<BigDecimal> prices = new ArrayList<>(c.pricePerSecond().values());
        if (c.anySizePrice() != null) {
            prices.add(c.anySizePrice());
        }
        BigDecimal low = prices.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = prices.stream().max(BigDecimal::compareTo).orElseThrow();
        return (low.compareTo(high) == 0 ? plain(low) : plain(low) + "-" + plain(high)) + " " + c.currency();
    }

    private static String plain(BigDecimal price) {
        return price.stripTrailingZeros().scale() < 2 ? price.setScale(2).toPlainString()
                : price.stripTrailingZeros().toPlainString();
    }

    private static String seconds(double s) {
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
    }

}
