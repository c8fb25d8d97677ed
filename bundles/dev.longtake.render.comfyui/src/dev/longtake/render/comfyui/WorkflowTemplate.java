package dev.longtake.render.comfyui;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.longtake.render.http.ServiceClient;

/**
 * A ComfyUI workflow in the API format ("Save (API)" in ComfyUI: node ids mapping to
 * {@code class_type} and {@code inputs}) with placeholders in its string values:
 * {@code {{prompt}}}, {@code {{seed}}}, {@code {{width}}}, {@code {{height}}}, {@code {{fps}}},
 * {@code {{frames}}}, {@code {{seconds}}}, {@code {{shot}}}, {@code {{take}}},
 * {@code {{filename_prefix}}}.
 * <p>
 * Filling works on the parsed JSON, not on its text, so a prompt with quotes or backslashes
 * cannot break the graph: a string that is exactly one placeholder becomes the value itself (a
 * number for {@code "{{seed}}"}), and a placeholder inside a longer string is replaced by text.
 */
public final class WorkflowTemplate {

    public static final Set<String> PLACEHOLDERS = Set.of("prompt", "seed", "width", "height", "fps", "frames",
            "seconds", "shot", "take", "filename_prefix");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

    private final ObjectNode graph;

    private WorkflowTemplate(ObjectNode graph) {
        this.graph = graph;
    }

    /**
     * Reads a template.
     *
     * @param source where it comes from, for messages
     * @throws IllegalArgumentException when it is not a JSON object of nodes, uses an unknown
     *                                  placeholder or has no {@code {{prompt}}}
     */
    public static WorkflowTemplate parse(String json, String source) {
        JsonNode node;
        try {
            node = ServiceClient.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(node instanceof ObjectNode object) || object.isEmpty()) {
            throw new IllegalArgumentException(source + " is not a ComfyUI workflow in the API format (an object of nodes)");
        }
        if (object.has("nodes") && object.has("links")) {
            throw new IllegalArgumentException(source + " is a UI workflow; export it with \"Save (API)\" in ComfyUI");
        }
        Set<String> used = new TreeSet<>();
        collect(object, used);
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(PLACEHOLDERS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(source + " uses unknown placeholders " + unknown + "; known: "
                    + new TreeSet<>(PLACEHOLDERS));
        }
        if (!used.contains("prompt")) {
            throw new IllegalArgumentException(source + " has no {{prompt}} placeholder");
        }
        return new WorkflowTemplate(object);
    }

    private static void collect(JsonNode node, Set<String> used) {
        if (node.isTextual()) {
            Matcher m = PLACEHOLDER.matcher(node.asText());
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        node.forEach(child -> collect(child, used));
    }

    /** The graph with every placeholder replaced by its value. */
    public ObjectNode fill(Map<String, Object> values) {
        ObjectNode copy = graph.deepCopy();
        replaceIn(copy, values);
        return copy;
    }

    private static void replaceIn(JsonNode container, Map<String, Object> values) {
        if (container instanceof ObjectNode object) {
            Map<String, JsonNode> replaced = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (value.isTextual()) {
                    replaced.put(field.getKey(), fillText(value.asText(), values));
                } else {
                    replaceIn(value, values);
                }
            }
            replaced.forEach(object::set);
        } else if (container instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, fillText(array.get(i).asText(), values));
                } else {
                    replaceIn(array.get(i), values);
                }
            }
        }
    }

    private static JsonNode fillText(String text, Map<String, Object> values) {
        Matcher whole = PLACEHOLDER.matcher(text);
        if (whole.matches()) {
            return toNode(values.get(whole.group(1)));
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(values.get(m.group(1)))));
        }
        m.appendTail(out);
        return JsonNodeFactory.instance.textNode(out.toString());
    }

    private static JsonNode toNode(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (value) {
            case Integer i -> f.numberNode(i);
            case Long l -> f.numberNode(l);
            case Double d -> f.numberNode(BigDecimal.valueOf(d));
            case null -> f.nullNode();
            default -> f.textNode(value.toString());
        };
    }
}
