package dev.longtake.dsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import dev.longtake.dsl.internal.CloseNames;
import dev.longtake.dsl.internal.Utf8Text;
import dev.longtake.dsl.prompt.GenerationRequest;
import dev.longtake.dsl.prompt.ShotCompiler;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;

/**
 * A film project as the command line and tools see it: every .shots file of one folder (not
 * its subfolders), loaded into one resource set so that names resolve across files, linked and
 * validated. Loading a single file loads its whole folder (the cast may be in another file)
 * but reports only that file's diagnostics.
 *
 * <pre>
 * ShotsProject project = ShotsProject.load(Path.of("examples/the-hardest-part"));
 * project.diagnostics().forEach(System.out::println);
 * if (!project.hasErrors()) {
 *     project.requests().forEach(request -&gt; System.out.println(request.hash()));
 * }
 * </pre>
 */
public final class ShotsProject {

	private final Path folder;
	private final List<Path> files;
	private final List<Path> reported;
	private final XtextResourceSet resourceSet;
	private final ShotsContext context;
	private final List<ShotsDiagnostic> diagnostics;

	private ShotsProject(Path folder, List<Path> files, List<Path> reported, XtextResourceSet resourceSet,
			ShotsContext context, List<ShotsDiagnostic> diagnostics) {
		this.folder = folder;
		this.files = files;
		this.reported = reported;
		this.resourceSet = resourceSet;
		this.context = context;
		this.diagnostics = diagnostics;
	}

	/** Loads a project folder, or the folder of a .shots file, with the default {@link ShotsContext}. */
	public static ShotsProject load(Path folderOrFile) throws IOException {
		return load(folderOrFile, ShotsContext.defaults());
	}

	/**
	 * Loads a project folder, or the folder of a .shots file, with the given context.
	 *
	 * @throws NoSuchFileException when the path does not exist
	 * @throws IOException         when it is neither a folder holding .shots files nor a .shots
	 *                             file, or cannot be read (the message names the path)
	 */
	public static ShotsProject load(Path folderOrFile, ShotsContext context) throws IOException {
		Path path = folderOrFile.toAbsolutePath().normalize();
		if (!Files.exists(path)) {
			throw new NoSuchFileException(folderOrFile.toString(), null, "no such file or folder");
		}
		Path folder;
		List<Path> reported;
		if (Files.isDirectory(path)) {
			folder = path;
			reported = null;
		} else {
			if (!path.getFileName().toString().endsWith("." + Shots.FILE_EXTENSION)) {
				throw new IOException(folderOrFile + ": not a ." + Shots.FILE_EXTENSION + " file");
			}
			folder = path.getParent();
			reported = List.of(path);
		}
		List<Path> files = scriptsIn(folder);
		if (reported == null) {
			if (files.isEmpty()) {
				throw new IOException(folderOrFile + ": no ." + Shots.FILE_EXTENSION + " file in this folder");
			}
			reported = files;
		} else if (!files.contains(path)) {
			files = new ArrayList<>(files);
			files.add(path);
		}

		Injector injector = Shots.injector();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		context.attachTo(resourceSet);
		List<ShotsDiagnostic> diagnostics = new ArrayList<>();
		for (Path file : files) {
			Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
			try {
				byte[] bytes = Files.readAllBytes(file);
				int malformed = Utf8Text.firstMalformedByte(bytes);
				if (malformed >= 0 && reported.contains(file)) {
					diagnostics.add(new ShotsDiagnostic(ShotsDiagnostic.Severity.ERROR, file, 1, 1, 0, 0,
							Utf8Text.message(malformed), null, List.of()));
				}
				resource.load(new ByteArrayInputStream(bytes), resourceSet.getLoadOptions());
			} catch (IOException e) {
				if (reported.contains(file)) {
					diagnostics.add(new ShotsDiagnostic(ShotsDiagnostic.Severity.ERROR, file, 1, 1, 0, 0,
							"cannot read this file: " + e.getMessage(), null, List.of()));
				}
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			Path file = fileOf(resource);
			if (file == null || !reported.contains(file) || !resource.isLoaded()) {
				continue;
			}
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				diagnostics.add(diagnostic(file, issue));
			}
		}
		diagnostics.sort(Comparator.comparing(ShotsDiagnostic::file).thenComparingInt(ShotsDiagnostic::offset)
				.thenComparing(ShotsDiagnostic::message));
		return new ShotsProject(folder, List.copyOf(files), List.copyOf(reported), resourceSet, context,
				List.copyOf(diagnostics));
	}

	private static List<Path> scriptsIn(Path folder) throws IOException {
		List<Path> scripts = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*." + Shots.FILE_EXTENSION)) {
			for (Path entry : stream) {
				if (Files.isRegularFile(entry) && !entry.getFileName().toString().startsWith(".")) {
					scripts.add(entry.toAbsolutePath().normalize());
				}
			}
		}
		scripts.sort(Comparator.naturalOrder());
		return scripts;
	}

	private static Path fileOf(Resource resource) {
		URI uri = resource.getURI();
		return uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().normalize() : null;
	}

	private static ShotsDiagnostic diagnostic(Path file, Issue issue) {
		ShotsDiagnostic.Severity severity = switch (issue.getSeverity() == null ? Severity.ERROR : issue.getSeverity()) {
			case ERROR -> ShotsDiagnostic.Severity.ERROR;
			case WARNING -> ShotsDiagnostic.Severity.WARNING;
			default -> ShotsDiagnostic.Severity.INFO;
		};
		int line = issue.getLineNumber() == null || issue.getLineNumber() < 1 ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null || issue.getColumn() < 1 ? 1 : issue.getColumn();
		int offset = issue.getOffset() == null ? 0 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		List<String> data = issue.getData() == null ? List.of()
				: Arrays.stream(issue.getData()).map(String::valueOf).toList();
		String message = issue.getMessage() == null ? "(no message)" : issue.getMessage();
		return new ShotsDiagnostic(severity, file, line, column, offset, length, message, issue.getCode(), data);
	}

	/** The project folder. */
	public Path folder() {
		return folder;
	}

	/** Every .shots file of the project, sorted by name. */
	public List<Path> files() {
		return files;
	}

	/** The files whose diagnostics {@link #diagnostics()} holds: the one loaded, or all. */
	public List<Path> reportedFiles() {
		return reported;
	}

	/** The resource set that holds the project's scripts, with its {@link ShotsContext} attached. */
	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	public ShotsContext context() {
		return context;
	}

	/** The findings in the reported files, by file and position. */
	public List<ShotsDiagnostic> diagnostics() {
		return diagnostics;
	}

	public boolean hasErrors() {
		return diagnostics.stream().anyMatch(d -> d.severity() == ShotsDiagnostic.Severity.ERROR);
	}

	/** The script of a file of the project. */
	public Optional<Script> script(Path file) {
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()),
				false);
		return resource == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Script script) ? Optional.empty() : Optional.of(script);
	}

	/** The scripts of the reported files, in file order. */
	public List<Script> scripts() {
		List<Script> scripts = new ArrayList<>();
		for (Path file : reported) {
			script(file).ifPresent(scripts::add);
		}
		return scripts;
	}

	/** Every shot of the reported files, in file and script order. */
	public List<Shot> shots() {
		List<Shot> shots = new ArrayList<>();
		for (Script script : scripts()) {
			shots.addAll(script.allShots());
		}
		return shots;
	}

	/** The shot of the project (any file) with this name. */
	public Optional<Shot> shot(String name) {
		for (Path file : files) {
			Optional<Shot> shot = script(file).map(script -> script.findShot(name));
			if (shot.isPresent()) {
				return shot;
			}
		}
		return Optional.empty();
	}

	/** The names of the project's shots closest to a misspelt one, best first (at most three). */
	public List<String> shotNamesLike(String name) {
		List<String> names = new ArrayList<>();
		for (Path file : files) {
			script(file).ifPresent(script -> script.allShots().forEach(shot -> names.add(shot.getName())));
		}
		return CloseNames.suggest(name, names);
	}

	/** The generation requests of every shot of the reported files, shot by shot, take by take. */
	public List<GenerationRequest> requests() {
		ShotCompiler compiler = context.compiler();
		List<GenerationRequest> requests = new ArrayList<>();
		for (Shot shot : shots()) {
			requests.addAll(compiler.compile(shot));
		}
		return requests;
	}
}
