package dev.longtake.dsl.ide.internal;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

import dev.longtake.model.BarPosition;
import dev.longtake.model.DescribedElement;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.TimePosition;

/** The outline (document symbols) of a script: what each named thing is, and a short detail. */
public final class ShotsSymbols {

	private ShotsSymbols() {
	}

	/** Sequences are namespaces, shots classes, cast variables, places structs, styles type parameters. */
	public static class Kinds extends DocumentSymbolMapper.DocumentSymbolKindProvider {
		@Override
		protected SymbolKind getSymbolKind(EClass type) {
			LongtakePackage model = LongtakePackage.eINSTANCE;
			if (type == null) {
				return SymbolKind.Property;
			} else if (model.getSequence().isSuperTypeOf(type)) {
				return SymbolKind.Namespace;
			} else if (model.getShot().isSuperTypeOf(type)) {
				return SymbolKind.Class;
			} else if (model.getCharacter().isSuperTypeOf(type)) {
				return SymbolKind.Variable;
			} else if (model.getLocation().isSuperTypeOf(type)) {
				return SymbolKind.Struct;
			} else if (model.getStyle().isSuperTypeOf(type)) {
				return SymbolKind.TypeParameter;
			}
			return SymbolKind.Property;
		}
	}

	/** A shot's duration, a sequence's place on the song, the start of a description. */
	public static class Details extends DocumentSymbolMapper.DocumentSymbolDetailsProvider {
		private static final int LONGEST = 60;

		@Override
		public String getDetails(EObject object) {
			if (object instanceof Shot shot) {
				return number(shot.getDuration()) + " s";
			} else if (object instanceof Sequence sequence) {
				if (sequence.getPosition() instanceof TimePosition time) {
					return "at " + number(time.getSeconds()) + " s";
				} else if (sequence.getPosition() instanceof BarPosition bar) {
					return "at bar " + bar.getBar() + (bar.getBeat() > 0 ? "." + bar.getBeat() : "");
				}
				return "";
			} else if (object instanceof DescribedElement described && described.getDescription() != null) {
				String text = described.getDescription().strip().replaceAll("\\s+", " ");
				return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1) + "…";
			}
			return "";
		}

		private static String number(double value) {
			return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
		}
	}
}
