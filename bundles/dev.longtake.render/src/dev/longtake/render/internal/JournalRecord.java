package dev.longtake.render.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * One line of the render journal: {@code <crc32> <type> key=value ...}, values URL-encoded so
 * a line never holds a space or a line break of its own. The checksum finds a line that a
 * kill cut short.
 */
public record JournalRecord(String type, Map<String, String> fields) {

    public JournalRecord {
        if (!type.matches("[a-z]+")) {
            throw new IllegalArgumentException("journal record type " + type);
        }
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Builder of(String type) {
        return new Builder(type);
    }

    public String get(String key) {
        return fields.get(key);
    }

    public String take() {
        return fields.get("take");
    }

    /** The line, with its checksum and the closing line break. */
    public String encode() {
        StringBuilder body = new StringBuilder(type);
        fields.forEach((key, value) -> body.append(' ').append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.format("%08x", crc(body.toString())) + " " + body + "\n";
    }

    /** The record of a line (without its line break), or null when the line is damaged. */
    public static JournalRecord decode(String line) {
        int space = line.indexOf(' ');
        if (space != 8) {
            return null;
        }
        String body = line.substring(space + 1);
        long expected;
        try {
            expected = Long.parseLong(line.substring(0, 8), 16);
        } catch (NumberFormatException e) {
            return null;
        }
        if (crc(body) != expected) {
            return null;
        }
        String[] parts = body.split(" ");
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                return null;
            }
            fields.put(parts[i].substring(0, eq), URLDecoder.decode(parts[i].substring(eq + 1), StandardCharsets.UTF_8));
        }
        try {
            return new JournalRecord(parts[0], fields);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** Collects fields in order; null values are left out. */
    public static final class Builder {
        private final String type;
        private final Map<String, String> fields = new LinkedHashMap<>();

        private Builder(String type) {
            this.type = type;
        }

        public Builder put(String key, Object value) {
            if (value != null) {
                fields.put(key, value.toString());
            }
            return this;
        }

        public JournalRecord build() {
            return new JournalRecord(type, fields);
        }
    }
}
