package dev.longtake.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import dev.longtake.export.Exporters;
import dev.longtake.export.FilmCut;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.util.FrameRate;

/** FCPXML, read back with the JDK's DOM parser and checked element by element. */
class FcpxmlExportTest {

	private static final Pattern RATIONAL = Pattern.compile("^(\\d+)(?:/(\\d+))?s$");

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(doubles = { 24, 23.976, 25 })
	void everyEntryReadsBackWithItsRangesAndTransitions(double fps) throws Exception {
		FilmCut film = Films.film(fps, folder);

		Fcpxml fcpxml = export(film);

		assertEquals(Shown.expected(film), fcpxml.readSpine());
	}

	@ParameterizedTest
	@ValueSource(doubles = { 24, 23.976, 25 })
	void theDocumentHasTheElementsFinalCutRequires(double fps) throws Exception {
		FilmCut film = Films.film(fps, folder);

		Fcpxml fcpxml = export(film);

		Element root = fcpxml.document.getDocumentElement();
		assertEquals("fcpxml", root.getTagName());
		String[] version = root.getAttribute("version").split("\\.");
		assertTrue(Integer.parseInt(version[0]) == 1 && Integer.parseInt(version[1]) >= 9, "version 1.9 or later");
		Element format = fcpxml.resource("format");
		assertEquals(fcpxml.rate, film.rate(), "the format's frame duration is the project's");
		assertEquals("1280", format.getAttribute("width"));
		assertEquals("720", format.getAttribute("height"));
		for (Element asset : children(one(root, "resources"), "asset")) {
			assertTrue(asset.getAttribute("id").matches("r\\d+"));
			Element rep = one(asset, "media-rep");
			assertEquals("original-media", rep.getAttribute("kind"));
			assertTrue(rep.getAttribute("src").startsWith("file:///"));
			assertEquals(0, fcpxml.frames(asset.getAttribute("start")));
			assertTrue(fcpxml.frames(asset.getAttribute("duration")) > 0);
		}
		Element sequence = fcpxml.sequence();
		assertEquals(format.getAttribute("id"), sequence.getAttribute("format"));
		assertEquals("NDF", sequence.getAttribute("tcFormat"));
		assertEquals(film.rate().frames(Films.SONG_SECONDS), fcpxml.frames(sequence.getAttribute("duration")));
	}

	@ParameterizedTest
	@ValueSource(doubles = { 24, 23.976, 25 })
	void theSpineFillsTheSongAndTheSongIsConnectedAtTheStart(double fps) throws Exception {
		FilmCut film = Films.film(fps, folder);
		long song = film.rate().frames(Films.SONG_SECONDS);

		Fcpxml fcpxml = export(film);

		long end = 0;
		List<Element> items = children(one(fcpxml.sequence(), "spine"), null);
		for (Element item : items) {
			if (!item.getTagName().equals("transition")) {
				assertEquals(end, fcpxml.frames(item.getAttribute("offset")), "items lie end to end");
				end += fcpxml.frames(item.getAttribute("duration"));
			}
		}
		assertEquals(song, end);
		Element first = items.get(0);
		List<Element> connected = children(first, "asset-clip");
		assertEquals(1, connected.size());
		Element music = connected.get(0);
		assertEquals("-1", music.getAttribute("lane"));
		long parentStart = first.hasAttribute("start") ? fcpxml.frames(first.getAttribute("start")) : 0;
		assertEquals(parentStart, fcpxml.frames(music.getAttribute("offset")), "at the first frame of the film");
		assertEquals(song, fcpxml.frames(music.getAttribute("duration")));
		Element asset = fcpxml.asset(music.getAttribute("ref"));
		assertEquals("1", asset.getAttribute("hasAudio"));
		assertEquals(film.song(), Path.of(URI.create(one(asset, "media-rep").getAttribute("src"))));
	}

	@Test
	void timesAreRationalMultiplesOfTheFrameAt23976() throws Exception {
		Fcpxml fcpxml = export(Films.film(23.976, folder));

		assertEquals("1001/24000s", fcpxml.resource("format").getAttribute("frameDuration"));
		// Road starts 7.5 s in: the nearest frame is 180 (7.5075 s).
		List<Element> clips = children(one(fcpxml.sequence(), "spine"), "asset-clip");
		assertEquals("Road", clips.get(1).getAttribute("name"));
		Element transition = children(one(fcpxml.sequence(), "spine"), "transition").get(0);
		assertEquals("180180/24000s", transition.getAttribute("offset"));
		assertEquals("12012/24000s", transition.getAttribute("duration"));
	}

	@Test
	void aHalfSecondCrossfadeAt24FpsIsACrossDissolveOfTwelveFrames() throws Exception {
		Fcpxml fcpxml = export(Films.film(24, folder));

		Element transition = children(one(fcpxml.sequence(), "spine"), "transition").get(0);
		assertEquals(12, fcpxml.frames(transition.getAttribute("duration")));
		Element filter = one(transition, "filter-video");
		Element effect = fcpxml.byId.get(filter.getAttribute("ref"));
		assertEquals("effect", effect.getTagName());
		assertEquals("Cross Dissolve", effect.getAttribute("name"));
	}

	@Test
	void namesWithQuotesAmpersandsAndUnicodeReadBackUnchanged() throws Exception {
		FilmCut film = Films.film(24, folder);

		Fcpxml fcpxml = export(film);

		Element root = fcpxml.document.getDocumentElement();
		Element event = one(one(root, "library"), "event");
		assertEquals(Films.TITLE, event.getAttribute("name"));
		assertEquals(Films.TITLE, one(event, "project").getAttribute("name"));
		Element cafe = children(one(fcpxml.sequence(), "spine"), "asset-clip").stream()
				.filter(clip -> Films.CAFE.equals(clip.getAttribute("name"))).findFirst().orElseThrow();
		Path media = Path.of(URI.create(one(fcpxml.asset(cafe.getAttribute("ref")), "media-rep").getAttribute("src")));
		assertEquals(folder.resolve("takes/" + Films.CAFE + "/take 1 ü.mp4"), media);
	}

	@Test
	void charactersXmlCannotHoldAreReplacedAndLineBreaksKept() throws Exception {
		FilmCut film = Films.film(24, folder);
		FilmCut odd = new FilmCut("Bell \u0007 and\nnew line", film.rate(), 0, 0, film.cut(), film.takeFiles(),
				film.song(), null);

		Fcpxml fcpxml = export(odd);

		Element event = one(one(fcpxml.document.getDocumentElement(), "library"), "event");
		assertEquals("Bell \uFFFD and\nnew line", event.getAttribute("name"));
	}

	// ---------------------------------------------------------------- reading FCPXML

	/** A parsed document with its resources by id and its frame rate. */
	private static final class Fcpxml {
		final Document document;
		final Map<String, Element> byId = new HashMap<>();
		final FrameRate rate;

		Fcpxml(Document document) {
			this.document = document;
			for (Element resource : children(one(document.getDocumentElement(), "resources"), null)) {
				assertTrue(byId.put(resource.getAttribute("id"), resource) == null, "resource ids are unique");
			}
			Element format = resource("format");
			BigInteger[] frame = rational(format.getAttribute("frameDuration"));
			rate = new FrameRate(frame[1].longValueExact(), frame[0].longValueExact());
		}

		Element resource(String tag) {
			return children(one(document.getDocumentElement(), "resources"), tag).get(0);
		}

		Element asset(String ref) {
			Element asset = byId.get(ref);
			assertNotNull(asset, "asset " + ref);
			assertEquals("asset", asset.getTagName());
			return asset;
		}

		Element sequence() {
			Element root = document.getDocumentElement();
			return one(one(one(one(root, "library"), "event"), "project"), "sequence");
		}

		/** A rational time as whole frames; fails unless it is one. */
		long frames(String time) {
			BigInteger[] value = rational(time);
			BigInteger numerator = value[0].multiply(BigInteger.valueOf(rate.numerator()));
			BigInteger denominator = value[1].multiply(BigInteger.valueOf(rate.denominator()));
			BigInteger[] frames = numerator.divideAndRemainder(denominator);
			assertEquals(BigInteger.ZERO, frames[1], time + " is a whole number of frames");
			return frames[0].longValueExact();
		}

		/**
		 * The entries of the spine: asset-clips and the gaps that stand for a shot, with the
		 * frames their neighbouring transitions reach into. A transition's part before the edit
		 * point is where it starts to the next item's offset. Two transitions around another gap
		 * are a dip.
		 */
		List<Shown> readSpine() {
			List<Element> items = children(one(sequence(), "spine"), null);
			List<Shown> shown = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				Element item = items.get(i);
				if (item.getTagName().equals("transition") || !isEntry(item)) {
					continue;
				}
				long offset = frames(item.getAttribute("offset"));
				long duration = frames(item.getAttribute("duration"));
				Element before = i > 0 ? items.get(i - 1) : null;
				Element after = i + 1 < items.size() ? items.get(i + 1) : null;
				long in = isTransition(before) ? offset - frames(before.getAttribute("offset")) : 0;
				long out = 0;
				if (isTransition(after)) {
					long cut = offset + duration;
					out = frames(after.getAttribute("offset")) + frames(after.getAttribute("duration")) - cut;
				}
				TransitionKind join = TransitionKind.CUT;
				long joinFrames = 0;
				if (isTransition(before)) {
					joinFrames = frames(before.getAttribute("duration"));
					if (isEntry(items.get(i - 2))) {
						join = TransitionKind.CROSSFADE;
					} else {
						assertEquals("gap", items.get(i - 2).getTagName());
						join = TransitionKind.DIP;
						Element fadeOut = i >= 3 ? items.get(i - 3) : null;
						if (isTransition(fadeOut)) {
							joinFrames += frames(fadeOut.getAttribute("duration"));
						}
					}
				}
				if (item.getTagName().equals("asset-clip")) {
					long start = frames(item.getAttribute("start"));
					Element asset = asset(item.getAttribute("ref"));
					assertEquals("1", asset.getAttribute("hasVideo"));
					Path media = Path.of(URI.create(one(asset, "media-rep").getAttribute("src")));
					assertTrue(start + duration + out <= frames(asset.getAttribute("duration")),
							"the asset holds every frame used");
					shown.add(new Shown(media, offset - in, offset + duration + out, start - in, start + duration + out,
							join, joinFrames));
				} else {
					shown.add(Shown.black(offset - in, offset + duration + out, join, joinFrames));
				}
			}
			return shown;
		}

		/** A clip, or a gap standing for a shot without take (named so). */
		private static boolean isEntry(Element item) {
			return item.getTagName().equals("asset-clip")
					|| item.getTagName().equals("gap") && item.getAttribute("name").endsWith("(no take)");
		}

		private static boolean isTransition(Element item) {
			return item != null && item.getTagName().equals("transition");
		}
	}

	/** "n/ds" or "ns" as {n, d}. */
	static BigInteger[] rational(String time) {
		Matcher matcher = RATIONAL.matcher(time);
		assertTrue(matcher.matches(), "a rational time: " + time);
		BigInteger denominator = matcher.group(2) == null ? BigInteger.ONE : new BigInteger(matcher.group(2));
		assertTrue(denominator.signum() > 0);
		return new BigInteger[] { new BigInteger(matcher.group(1)), denominator };
	}

	/** The element's child elements with the tag (any tag when null), in order. */
	static List<Element> children(Element parent, String tag) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && (tag == null || element.getTagName().equals(tag))) {
				children.add(element);
			}
		}
		return children;
	}

	/** The one child element with the tag; fails when there is none or several. */
	static Element one(Element parent, String tag) {
		List<Element> children = children(parent, tag);
		assertEquals(1, children.size(), "one <" + tag + "> in <" + parent.getTagName() + ">");
		return children.get(0);
	}

	private static Fcpxml export(FilmCut film) throws IOException, ParserConfigurationException, SAXException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Exporters.find(Exporters.builtIn(), "fcpxml").orElseThrow().create().write(film, out);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setErrorHandler(null);
		return new Fcpxml(builder.parse(new ByteArrayInputStream(out.toByteArray())));
	}
}
