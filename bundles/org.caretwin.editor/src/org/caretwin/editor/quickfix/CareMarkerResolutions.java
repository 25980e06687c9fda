package org.caretwin.editor.quickfix;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caretwin.editor.markers.DiagnosticMarkers;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Quick fixes (Ctrl+1, and the Problems view) where the validator tells the fix in the data: the closest
 * indicator name for an unknown one, and the share missing from a branch's probabilities.
 */
public class CareMarkerResolutions implements IMarkerResolutionGenerator2 {

	static final String UNKNOWN_KPI = "unknownKpi";
	static final String BRANCH_SUM = "branchSum";
	private static final Pattern LAST_PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%(?!.*\\d\\s*%)", Pattern.DOTALL);

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(DiagnosticMarkers.CODE, "");
		return marker.getAttribute(DiagnosticMarkers.DATA, null) != null && (UNKNOWN_KPI.equals(code) || BRANCH_SUM.equals(code));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		String data = marker.getAttribute(DiagnosticMarkers.DATA, "");
		if (UNKNOWN_KPI.equals(marker.getAttribute(DiagnosticMarkers.CODE, ""))) {
			return new IMarkerResolution[] { new Edit("Change to '" + data + "'", text -> data) };
		}
		double missing = Double.parseDouble(data);
		return new IMarkerResolution[] { new Edit("Give the last branch " + (missing >= 0 ? "the missing " : "") + format(Math.abs(missing))
				+ "% " + (missing >= 0 ? "" : "less ") + "(total 100%)", text -> addToLastShare(text, missing)) };
	}

	/** The marked text with its last percentage changed by {@code delta}. */
	public static String addToLastShare(String text, double delta) {
		Matcher matcher = LAST_PERCENT.matcher(text);
		if (!matcher.find()) {
			return text;
		}
		double share = Double.parseDouble(matcher.group(1)) + delta;
		return text.substring(0, matcher.start(1)) + format(share) + text.substring(matcher.end(1));
	}

	private static String format(double value) {
		return value == Math.rint(value) ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
	}

	/** Replaces the marked text by a function of it, in the file's buffer (an open editor changes in place). */
	private record Edit(String label, java.util.function.UnaryOperator<String> change) implements IMarkerResolution2 {

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return label;
		}

		@Override
		public Image getImage() {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK);
		}

		@Override
		public void run(IMarker marker) {
			IFile file = (IFile) marker.getResource();
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			try {
				manager.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
				try {
					ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
					boolean wasSaved = !buffer.isDirty();
					IDocument document = buffer.getDocument();
					int start = marker.getAttribute(IMarker.CHAR_START, 0);
					int end = marker.getAttribute(IMarker.CHAR_END, start);
					document.replace(start, end - start, change.apply(document.get(start, end - start)));
					if (wasSaved && manager.isTextFileLocation(file.getFullPath(), false)) {
						// A file no editor shows is saved, as the user has no other way to see the change.
						if (manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) == buffer && !isOpenElsewhere(file)) {
							buffer.commit(new NullProgressMonitor(), true);
						}
					}
				} finally {
					manager.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
				}
			} catch (CoreException | BadLocationException e) {
				ILog.of(CareMarkerResolutions.class).error("Quick fix failed", e);
			}
		}

		private static boolean isOpenElsewhere(IFile file) {
			return org.caretwin.editor.lsp.OpenDocuments.documentOf(org.caretwin.editor.lsp.Uris.of(file)).isPresent();
		}
	}
}
