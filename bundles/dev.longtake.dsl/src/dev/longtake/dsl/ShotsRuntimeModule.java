package dev.longtake.dsl;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting.IIndentationInformation;
import org.eclipse.xtext.formatting.ILineSeparatorInformation;
import org.eclipse.xtext.formatting.IWhitespaceInformationProvider;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.SimpleNameProvider;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.IResourceValidator;

import dev.longtake.dsl.internal.ShotsDiagnosticConverter;
import dev.longtake.dsl.internal.ShotsResourceValidator;
import dev.longtake.dsl.internal.ShotsValueConverters;
import dev.longtake.dsl.internal.SyntaxErrorMessages;
import dev.longtake.dsl.internal.UnknownNameMessages;

/**
 * The shot language's services, beyond the generated defaults of
 * {@link AbstractShotsRuntimeModule}.
 */
public class ShotsRuntimeModule extends AbstractShotsRuntimeModule {

	/** Numbers with units, clock times, frame sizes and camera lines. */
	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return ShotsValueConverters.class;
	}

	/**
	 * Names are plain, not qualified by their container: a shot is {@code Hallway}, not
	 * {@code HighSchool.Hallway}, and every name is visible in every .shots file of the project.
	 */
	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return SimpleNameProvider.class;
	}

	/** "Unknown character 'Ernst'. Did you mean Ernest?" */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return UnknownNameMessages.class;
	}

	/** Syntax errors without the grammar's token names. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return SyntaxErrorMessages.class;
	}

	/** Leaves out EMF's "unresolved proxy" duplicates of the linking errors. */
	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return ShotsDiagnosticConverter.class;
	}

	/** At most a hundred syntax errors per file, and no further checks on a file that broken. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return ShotsResourceValidator.class;
	}

	/** Scripts are UTF-8 everywhere, whatever the platform's default charset. */
	@Override
	public Class<? extends IEncodingProvider.Runtime> bindRuntimeEncodingProvider() {
		return Utf8.class;
	}

	/** Four spaces of indentation and line feeds, on every platform (formatter and serializer). */
	public Class<? extends IWhitespaceInformationProvider> bindIWhitespaceInformationProvider() {
		return Layout.class;
	}

	public static class Layout implements IWhitespaceInformationProvider {
		@Override
		public IIndentationInformation getIndentationInformation(URI uri) {
			return () -> "    ";
		}

		@Override
		public ILineSeparatorInformation getLineSeparatorInformation(URI uri) {
			return () -> "\n";
		}
	}

	public static class Utf8 extends IEncodingProvider.Runtime {
		@Override
		public String getEncoding(URI uri) {
			return "UTF-8";
		}
	}
}
