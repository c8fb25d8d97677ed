package dev.longtake.render.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import dev.longtake.render.BackendException;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.http.ApiKey;
import dev.longtake.render.http.Auth;
import dev.longtake.render.http.ServiceClient;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;
import dev.longtake.render.http.internal.RetryAfter;

/** The shared client's own rules, beyond what the per-service contracts exercise. */
class ServiceClientTest {

    private static final String KEY = "sk-test-1a2b3c4d5e";

    @TempDir
    Path folder;

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T18:00:00Z"), ZoneOffset.UTC);
        assertEquals(Duration.ofSeconds(30), RetryAfter.parse("30", clock));
        assertEquals(Duration.ofSeconds(90), RetryAfter.parse("Mon, 07 Dec 2026 18:01:30 GMT", clock));
        assertEquals(Duration.ZERO, RetryAfter.parse("Mon, 07 Dec 2026 17:00:00 GMT", clock));
        assertNull(RetryAfter.parse("soon", clock));
        assertNull(RetryAfter.parse(null, clock));
    }

    @Test
    void settingsAndKeysNeverPrintTheKey() {
        ServiceConfig config = ServiceConfig.read("runway", BackendSettings.fromMap("runway",
                Map.of("LONGTAKE_RUNWAY_API_KEY", KEY)), "https://api.example", "gen4.5", true);
        assertFalse(config.toString().contains(KEY), config.toString());
        assertTrue(config.toString().contains("LONGTAKE_RUNWAY_API_KEY"), config.toString());
        ApiKey key = config.apiKey().orElseThrow();
        assertEquals("****", key.toString());
        assertFalse(Auth.bearer(key).toString().contains(KEY));
        assertEquals("refused **** here", key.scrub("refused " + KEY + " here"));
        ServiceClient client = new ServiceClient("runway", config.baseUrl(), Auth.bearer(key), Map.of(),
                Timeouts.defaults());
        assertFalse(client.toString().contains(KEY), client.toString());
    }

    @Test
    void aMissingKeyOrABadUrlMakesTheBackendUnavailableWithTheVariableNamed() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> ServiceConfig.read("luma", BackendSettings.none(), "https://api.example", "ray-2", true));
        assertTrue(missing.getMessage().startsWith("LONGTAKE_LUMA_API_KEY is not set"), missing.getMessage());
        IllegalStateException url = assertThrows(IllegalStateException.class, () -> ServiceConfig.read("luma",
                BackendSettings.fromMap("luma", Map.of("LONGTAKE_LUMA_URL", "file:///etc")), "https://x", "m", false));
        assertTrue(url.getMessage().contains("LONGTAKE_LUMA_URL"), url.getMessage());
    }

    @Test
    void aDownloadNeverLeavesHttpAndStopsAtEndlessRedirects() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger hops = new AtomicInteger();
        server.createContext("/", exchange -> {
            try (exchange) {
                hops.incrementAndGet();
                exchange.getResponseHeaders().set("Location", "/again?" + hops.get());
                exchange.sendResponseHeaders(302, -1);
            }
        });
        server.start();
        try {
            ServiceClient client = new ServiceClient("test", URI.create("http://127.0.0.1:"
                    + server.getAddress().getPort()), Auth.none(), Map.of(), Timeouts.defaults());
            Path target = folder.resolve("t.mp4");
            BackendException loop = assertThrows(BackendException.class, () -> client.download("/start", target, p -> {
            }));
            assertEquals(BackendException.Kind.PERMANENT, loop.kind());
            assertEquals(6, hops.get(), "the first request and five redirects");
            BackendException file = assertThrows(BackendException.class,
                    () -> client.download("file:///etc/passwd", target, p -> {
                    }));
            assertEquals(BackendException.Kind.PERMANENT, file.kind());
            assertFalse(Files.exists(target) && Files.size(target) > 0);
        } finally {
            server.stop(0);
        }
    }
}
