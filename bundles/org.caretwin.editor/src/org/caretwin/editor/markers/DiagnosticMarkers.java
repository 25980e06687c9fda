package org.caretwin.editor.markers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caretwin.editor.lsp.OpenDocuments;
import org.caretwin.editor.lsp.Positions;
import org.caretwin.editor.lsp.Uris;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * The language server's diagnostics as Problems markers of the file they are about. The editor's annotation
 * model shows the same markers, so one list serves the Problems view, the ruler and the squiggles.
 */
public final class DiagnosticMarkers {

	/** Marker type (a problem and a text marker); not persistent: the server publishes them again on start. */
	public static final String TYPE = "org.caretwin.editor.problem";
	/** Marker attribute: the validator's issue code, e.g. {@code unknownKpi}. */
	public static final String CODE = "code";
	/** Marker attribute: the data, e.g. the closest indicator name. */
	public static final String DATA = "data";

	private static final Map<String, List<Diagnostic>> PENDING = new LinkedHashMap<>();
	private static final Map<String, Long> COUNTS = new java.util.concurrent.ConcurrentHashMap<>();
	private static final Job WRITER = Job.create("Updating CareTwin problem markers", DiagnosticMarkers::writePending);

	static {
		WRITER.setSystem(true);
	}

	private DiagnosticMarkers() {
	}

	/** Replaces the markers of the file at {@code uri}, soon and off the caller's thread; the last call wins. */
	public static void publish(String uri, List<Diagnostic> diagnostics) {
		synchronized (PENDING) {
			PENDING.put(uri, List.copyOf(diagnostics));
		}
		WRITER.schedule();
	}

	/** How many times the markers of a URI have been written: a count that grows tells validation has run. */
	public static long writeCount(String uri) {
		return COUNTS.getOrDefault(uri, 0L);
	}

	private static IStatus writePending(IProgressMonitor monitor) {
		Map<String, List<Diagnostic>> batch;
		synchronized (PENDING) {
			batch = new LinkedHashMap<>(PENDING);
			PENDING.clear();
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			// Marker changes need no scheduling rule; one operation sends one resource delta for the whole batch.
			workspace.run(m -> batch.forEach(DiagnosticMarkers::replace), null, IWorkspace.AVOID_UPDATE, monitor);
			batch.keySet().forEach(uri -> COUNTS.merge(uri, 1L, Long::sum));
		} catch (CoreException e) {
			return e.getStatus();
		}
		return Status.OK_STATUS;
	}

	private static void replace(String uri, List<Diagnostic> diagnostics) {
		Optional<IFile> file = Uris.file(uri);
		if (file.isEmpty()) {
			return;
		}
		try {
			file.get().deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			if (diagnostics.isEmpty()) {
				return;
			}
			IDocument text = OpenDocuments.documentOf(uri).orElseGet(() -> contents(file.get()));
			for (Diagnostic diagnostic : diagnostics) {
				file.get().createMarker(TYPE, attributes(diagnostic, text));
			}
		} catch (CoreException e) {
			ResourcesPlugin.getPlugin().getLog().log(e.getStatus());
		}
	}

	static Map<String, Object> attributes(Diagnostic diagnostic, IDocument text) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		int start = Positions.offset(text, diagnostic.getRange().getStart());
		int end = Math.max(start, Positions.offset(text, diagnostic.getRange().getEnd()));
		attributes.put(IMarker.MESSAGE, diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
				: diagnostic.getMessage().getRight().getValue());
		attributes.put(IMarker.SEVERITY, severity(diagnostic.getSeverity()));
		attributes.put(IMarker.LINE_NUMBER, diagnostic.getRange().getStart().getLine() + 1);
		attributes.put(IMarker.CHAR_START, start);
		attributes.put(IMarker.CHAR_END, end);
		attributes.put(IMarker.LOCATION, "line " + (diagnostic.getRange().getStart().getLine() + 1));
		attributes.put(IMarker.SOURCE_ID, "CareTwin");
		if (diagnostic.getCode() != null && diagnostic.getCode().isLeft()) {
			attributes.put(CODE, diagnostic.getCode().getLeft());
		}
		if (diagnostic.getData() instanceof String[] data && data.length > 0) {
			attributes.put(DATA, data[0]);
		}
		return attributes;
	}

	private static int severity(DiagnosticSeverity severity) {
		if (severity == null) {
			return IMarker.SEVERITY_ERROR;
		}
		return switch (severity) {
		case Error -> IMarker.SEVERITY_ERROR;
		case Warning -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}

	private static IDocument contents(IFile file) {
		try (InputStream in = file.getContents(true)) {
			return new Document(new String(in.readAllBytes(), Charset.forName(file.getCharset())));
		} catch (IOException | CoreException e) {
			return new Document();
		}
	}
}
