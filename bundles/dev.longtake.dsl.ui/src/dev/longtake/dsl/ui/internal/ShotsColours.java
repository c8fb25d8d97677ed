package dev.longtake.dsl.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;

import dev.longtake.preferences.ui.EditorColours;
import dev.longtake.preferences.ui.EditorColours.Kind;

/**
 * The colours of a shot script: the user's, from Window > Preferences > Longtake > Editor
 * Colours ({@link EditorColours}, kept in JFace's colour registry). The scanners share one
 * token per kind; when a colour changes, the token's attribute is replaced here and open
 * editors repaint ({@code ShotsEditor} listens to the registry too).
 */
public final class ShotsColours {

	public static volatile TextAttribute KEYWORD;
	public static volatile TextAttribute NAME;
	public static volatile TextAttribute STRING;
	public static volatile TextAttribute COMMENT;
	public static volatile TextAttribute NUMBER;
	public static volatile TextAttribute DURATION;
	public static volatile TextAttribute CAMERA;
	public static final TextAttribute PLAIN = new TextAttribute(null);

	private static final Map<Kind, Token> TOKENS = new EnumMap<>(Kind.class);

	static {
		EditorColours.install();
		for (Kind kind : Kind.values()) {
			TOKENS.put(kind, new Token(null));
			refresh(kind);
		}
		JFaceResources.getColorRegistry().addListener(event -> {
			for (Kind kind : Kind.values()) {
				if (kind.id().equals(event.getProperty())) {
					refresh(kind);
				}
			}
		});
	}

	private ShotsColours() {
	}

	/** The shared token of a kind of text, whose colour follows the preference. */
	public static IToken token(Kind kind) {
		return TOKENS.get(kind);
	}

	/** Whether the registry key is one of the script colours. */
	public static boolean isScriptColour(String registryKey) {
		for (Kind kind : Kind.values()) {
			if (kind.id().equals(registryKey)) {
				return true;
			}
		}
		return false;
	}

	private static synchronized void refresh(Kind kind) {
		int style = switch (kind) {
		case KEYWORD, DURATION -> SWT.BOLD;
		case COMMENT, CAMERA -> SWT.ITALIC;
		default -> SWT.NORMAL;
		};
		TextAttribute attribute = new TextAttribute(JFaceResources.getColorRegistry().get(kind.id()), null, style);
		TOKENS.get(kind).setData(attribute);
		switch (kind) {
		case KEYWORD -> KEYWORD = attribute;
		case NAME -> NAME = attribute;
		case STRING -> STRING = attribute;
		case COMMENT -> COMMENT = attribute;
		case NUMBER -> NUMBER = attribute;
		case DURATION -> DURATION = attribute;
		case CAMERA -> CAMERA = attribute;
		}
	}
}
