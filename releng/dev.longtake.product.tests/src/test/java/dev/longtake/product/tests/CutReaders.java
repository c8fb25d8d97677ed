package dev.longtake.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the three exports back, each by its own format's rules and independently of the
 * writers, into the same shape: the shots on the video track with the time each one holds
 * the picture, a transition counted half to each side (its middle is the edit point).
 */
final class CutReaders {

    /** A shot on the timeline: its name and where it holds the picture, in seconds. */
    record Placed(String shot, double start, double end, double sourceStart, String media) {

        Placed(String shot, double start, double end, double sourceStart) {
            this(shot, start, end, sourceStart, null);
        }
    }

    private CutReaders() {
    }

    /** OpenTimelineIO: items follow each other; transitions take no time of their own. */
    static List<Placed> otio(Path file) throws IOException {
        JsonNode timeline = new ObjectMapper().readTree(file.toFile());
        JsonNode video = null;
        for (JsonNode track : timeline.path("tracks").path("children")) {
            if ("Video".equals(track.path("kind").asText())) {
                video = track;
            }
        }
        if (video == null) {
            throw new AssertionError(file + " has no video track");
        }
        List<Placed> placed = new ArrayList<>();
        double at = 0;
        for (JsonNode item : video.path("children")) {
            String schema = item.path("OTIO_SCHEMA").asText();
            if (schema.startsWith("Transition")) {
                continue;
            }
            double duration = seconds(item.path("source_range").path("duration"));
            if (schema.startsWith("Clip")) {
                placed.add(new Placed(item.path("name").asText(), at, at + duration,
                        seconds(item.path("source_range").path("start_time")),
                        item.path("media_references").path("DEFAULT_MEDIA").path("target_url").asText()));
            }
            at += duration;
        }
        return placed;
    }

    private static double seconds(JsonNode rationalTime) {
        return rationalTime.path("value").asDouble() / rationalTime.path("rate").asDouble();
    }

    /** FCPXML: the spine's clips at their offsets, rational times such as {@code 30/12s}. */
    static List<Placed> fcpxml(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder().parse(file.toFile());
        Element spine = (Element) document.getElementsByTagName("spine").item(0);
        List<Placed> placed = new ArrayList<>();
        for (Node node = spine.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element clip && clip.getTagName().equals("asset-clip")) {
                double offset = rational(clip.getAttribute("offset"));
                placed.add(new Placed(clip.getAttribute("name"), offset, offset + rational(clip.getAttribute("duration")),
                        rational(clip.getAttribute("start"))));
            }
        }
        return placed;
    }

    private static double rational(String time) {
        if (time.isEmpty()) {
            return 0;
        }
        String value = time.substring(0, time.length() - 1); // "30/12s"
        int slash = value.indexOf('/');
        return slash < 0 ? Double.parseDouble(value)
                : Double.parseDouble(value.substring(0, slash)) / Double.parseDouble(value.substring(slash + 1));
    }

    private static final Pattern EVENT = Pattern.compile(
            "^(\\d{3})\\s+(\\S+)\\s+(V|A|AA|B)\\s+(C|D|W\\d{3})\\s+(\\d{3})?\\s*(\\S+) (\\S+) (\\S+) (\\S+)\\s*$");
    private static final Pattern SHOT = Pattern.compile("^\\* COMMENT: SHOT (\\S+) TAKE .*");

    /**
     * CMX 3600: a cut event places its clip from record in to record out; a dissolve's pair of
     * lines (a zero-length cut of the outgoing clip, then the dissolve) brings the incoming clip
     * in over the dissolve, so the edit point is the dissolve's middle. Timecodes start at
     * 01:00:00:00 at {@code fps} frames a second.
     */
    static List<Placed> edl(Path file, int fps) throws IOException {
        List<Placed> placed = new ArrayList<>();
        double start = 0, end = 0, sourceStart = 0;
        boolean video = false, pending = false;
        for (String line : Files.readAllLines(file)) {
            Matcher event = EVENT.matcher(line);
            if (event.matches()) {
                video = event.group(3).equals("V");
                if (!video) {
                    continue;
                }
                double sourceIn = timecode(event.group(6), fps, 0);
                double recordIn = timecode(event.group(8), fps, 3600);
                double recordOut = timecode(event.group(9), fps, 3600);
                if (event.group(4).equals("D")) {
                    double half = Integer.parseInt(event.group(5)) / (double) fps / 2;
                    Placed outgoing = placed.get(placed.size() - 1);
                    placed.set(placed.size() - 1, new Placed(outgoing.shot(), outgoing.start(), recordIn + half,
                            outgoing.sourceStart()));
                    start = recordIn + half;
                    sourceStart = sourceIn + half;
                    end = recordOut;
                    pending = true;
                } else if (recordOut > recordIn) {
                    start = recordIn;
                    end = recordOut;
                    sourceStart = sourceIn;
                    pending = true;
                }
                continue;
            }
            Matcher shot = SHOT.matcher(line);
            if (shot.matches() && video && pending) {
                placed.add(new Placed(shot.group(1), start, end, sourceStart));
                pending = false;
            }
        }
        return placed;
    }

    private static double timecode(String text, int fps, int offsetSeconds) {
        String[] parts = text.split(":");
        int frames = ((Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1])) * 60 + Integer.parseInt(parts[2]))
                * fps + Integer.parseInt(parts[3]);
        return frames / (double) fps - offsetSeconds;
    }
}
