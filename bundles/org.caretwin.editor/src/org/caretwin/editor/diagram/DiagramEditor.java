package org.caretwin.editor.diagram;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.caretwin.diagram.DiagramIds;
import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.diagram.marks.StepSpan;
import org.caretwin.editor.run.ExperimentRun;
import org.caretwin.editor.run.ExperimentRuns;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.lang.ide.edit.PathwayEdit;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The Diagram page of a .care file: the pathways of the file's model drawn as {@code caretwin diagram} draws them,
 * redrawn as the text is typed (from the shared document, not from disk), the last valid diagram kept with a
 * banner while the text has errors, the steps with diagnostics outlined, and selection kept in step with the
 * file's text editor. Its edits (flows, steps, names) are made in the text, on the text's one undo history; moves
 * go to the file's layout sidecar. The text editor saves: the diagram is never dirty itself.
 */
public final class DiagramEditor extends EditorPart {

	public static final String ID = "org.caretwin.editor.diagram";

	private IFile file;
	private SharedDocument shared;
	private DiagramView view;
	/** GLSP's editing canvas, made when first shown; null before. */
	private GlspCanvas canvas;
	private Composite canvases;
	private final StackLayout shown = new StackLayout();
	private DiagramRebuild rebuild;
	private DiagramExport export;
	private LaneMode lanes = LaneMode.PROFESSION;
	private DiagramSnapshot latest;
	private String shownSvg;
	private int updates;
	private EditorDocument document;
	private DiagramGestures gestures;
	/** The id of the step the text's caret was on last (the canvas selects its node once), or null. */
	private String caretStep;
	/** The node the canvas was last asked to select for the caret: its report of that selection is no click. */
	private String askedOfCanvas;
	/** The id of the node or flow last clicked, or null. */
	private String selected;
	private final DiagramSelectionProvider selection = new DiagramSelectionProvider();
	private Runnable stopUndoActions = () -> {
	};

	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			rebuild.later();
		}
	};

	private final ISelectionListener caretListener = this::caretMoved;
	/** The last run of this file's model, whose figures badge the steps; null before one. */
	private volatile ExperimentResult measured;
	private final Consumer<ExperimentRun> runListener = this::runFinished;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		IFile target = TextEditors.fileOf(input);
		if (target == null || target.getLocation() == null) {
			throw new PartInitException("A diagram opens from a .care file in the workspace: " + input.getName());
		}
		file = target;
		setSite(site);
		// Its own kind of input, so that opening the file still finds its text editor (see DiagramInput).
		setInput(new DiagramInput(file));
		setPartName(file.getName() + " \u2013 Diagram");
		setTitleToolTip(getEditorInput().getToolTipText());
		try {
			shared = SharedDocument.connect(file);
		} catch (CoreException e) {
			throw new PartInitException("Cannot read " + file.getFullPath() + ": " + e.getStatus().getMessage(), e);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = layout.verticalSpacing = 0;
		page.setLayout(layout);
		DiagramToolbar toolbar = new DiagramToolbar(page, this);
		toolbar.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		canvases = new Composite(page, SWT.NONE);
		canvases.setLayout(shown);
		canvases.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		try {
			view = new DiagramView(canvases, this::select, id -> export.pngReady(id));
			shown.topControl = view.browser();
		} catch (SWTError noBrowser) {
			Label label = new Label(page, SWT.WRAP);
			label.setText("The diagram needs the system's web browser component (on Linux WebKitGTK 4.1); "
					+ "./caretwin diagram draws it as an SVG file.");
			shown.topControl = label;
			return;
		}
		export = new DiagramExport(getSite().getShell(), file, view, () -> shownSvg);
		document = new EditorDocument(file, shared, parent.getDisplay(), () -> rebuild.now(),
				() -> latest == null ? null : latest.results());
		WorkbenchDiagrams.documents().open(document);
		gestures = new DiagramGestures(this);
		view.on("careRename", id -> gestures.rename(DiagramIds.stepOf(id)));
		view.on("careConnect", ends -> gestures.connect(ends.split(" ")[0], ends.split(" ")[1]));
		view.on("careMove", move -> {
			String[] words = move.split(" ");
			moveNode(words[0], new ManualLayout.Cell(Integer.parseInt(words[1]), Integer.parseInt(words[2])));
		});
		stopUndoActions = UndoActions.install(getEditorSite().getActionBars(), shared, document);
		getSite().setSelectionProvider(selection);
		rebuild = new DiagramRebuild(parent.getDisplay(), Path.of(file.getLocation().toOSString()),
				() -> shared.document().get(), () -> lanes, () -> measured, this::show);
		ExperimentRuns.latest().filter(run -> file.equals(run.file())).ifPresent(run -> {
			measured = run.result();
			replay(run);
		});
		ExperimentRuns.addListener(runListener);
		shared.document().addDocumentListener(documentListener);
		getSite().getPage().addPostSelectionListener(caretListener);
		rebuild.now();
	}

	/** A run of this file's model finished (on any thread): its figures go on the steps. */
	private void runFinished(ExperimentRun run) {
		if (file.equals(run.file())) {
			measured = run.result();
			view.browser().getDisplay().asyncExec(() -> {
				if (!view.browser().isDisposed()) {
					rebuild.now();
					replay(run);
				}
			});
		}
	}

	/** The page animates the run's replay of one replication on the diagram (see web/replay.js). */
	private void replay(ExperimentRun run) {
		if (run.replay() != null) {
			view.replay(run.replay().json());
		}
	}

	private void show(DiagramSnapshot snapshot) {
		latest = snapshot;
		if (snapshot.svg() != null) {
			shownSvg = snapshot.svg();
			view.show(shownSvg);
		}
		view.banner(banner(snapshot));
		view.mark(snapshot.marks());
		if (canvas != null) {
			canvas.textChanged();
		}
		showProperties();
		updates++;
	}

	private String banner(DiagramSnapshot snapshot) {
		if (snapshot.svg() != null) {
			return null;
		}
		if (shownSvg == null && DiagramSnapshot.TEXT_HAS_ERRORS.equals(snapshot.problem())) {
			return "The text has errors: the diagram appears once they are corrected";
		}
		return snapshot.problem();
	}

	/** Lanes by profession, by care setting, or none. */
	public void setLanes(LaneMode mode) {
		if (mode != lanes) {
			lanes = mode;
			rebuild.now();
			if (canvas != null) {
				boolean editing = shown.topControl == canvas.browser();
				canvas.dispose();
				canvas = null;
				showGlspCanvas(editing);
			}
		}
	}

	/**
	 * Shows GLSP's editing canvas ({@code true}) or the diagram with the results of the last run and its replay. Both
	 * edit the same document; the canvas is made (and connects to the diagram server) when first shown.
	 */
	public void showGlspCanvas(boolean editing) {
		if (editing && canvas == null) {
			canvas = new GlspCanvas(canvases, file, lanes, this::selectedOnCanvas);
		}
		shown.topControl = editing ? canvas.browser() : view.browser();
		canvases.layout();
	}

	/** Zooms the canvas shown so that the whole diagram is visible. */
	void fit() {
		if (canvas != null && shown.topControl == canvas.browser()) {
			canvas.fit();
		} else {
			view.fit();
		}
	}

	/** For tests: the browser of GLSP's canvas, null before it is first shown. */
	public Browser glspBrowser() {
		return canvas == null ? null : canvas.browser();
	}

	LaneMode lanes() {
		return lanes;
	}

	DiagramView view() {
		return view;
	}

	DiagramExport export() {
		return export;
	}

	/**
	 * Makes {@code edit} in the text as one change (one Undo takes it back); returns why it cannot be made, or null.
	 */
	public String edit(PathwayEdit edit) {
		return document.edit(edit);
	}

	/** Keeps node {@code id} in {@code cell} of the layout (in the file's sidecar) and redraws. */
	public void moveNode(String id, ManualLayout.Cell cell) {
		keepLayout(ManualLayout.of(location()).moved(id, cell));
	}

	/** Forgets every move: the layout is ELK's again and the sidecar is removed. */
	public void tidyUp() {
		keepLayout(ManualLayout.NONE);
	}

	private void keepLayout(ManualLayout layout) {
		String refused = document.keepLayout(layout);
		if (refused != null) {
			gestures.say(refused);
		}
	}

	/** The selected step's clauses, as the text now writes them, for the Properties view. */
	private void showProperties() {
		String step = DiagramIds.stepOf(selected);
		boolean written = step != null && document.clausesOf(step) != null;
		selection.setSelection(written ? new StructuredSelection(new StepProperties(this, step, () -> document.clausesOf(step)))
				: StructuredSelection.EMPTY);
	}

	private Path location() {
		return Path.of(file.getLocation().toOSString());
	}

	DiagramGestures gestures() {
		return gestures;
	}

	/** The id of the node or flow last clicked, or null. */
	String selected() {
		return selected;
	}

	/** The ids of the steps drawn, in text order. */
	List<String> steps() {
		return latest == null ? List.of() : latest.steps().stream().map(StepSpan::id).toList();
	}

	/** Selects the name of the step of a clicked node in the file's text editor, and highlights the node. */
	public void select(String nodeId) {
		selected = nodeId;
		showProperties();
		if (DiagramIds.isFlow(nodeId)) {
			view.highlight(nodeId);
			return;
		}
		StepSpan step = latest == null || nodeId == null ? null : latest.stepOf(nodeId);
		if (step == null) {
			return;
		}
		view.highlight(step.id());
		try {
			ITextEditor editor = TextEditors.findOrOpen(getSite().getPage(), file);
			IDocument text = shared.document();
			if (editor != null && step.nameLine() <= text.getNumberOfLines()) {
				editor.selectAndReveal(text.getLineOffset(step.nameLine() - 1) + step.nameColumn() - 1, step.name().length());
			}
		} catch (PartInitException | BadLocationException e) {
			// The text changed under the click; the next rebuild has the step where it now is.
		}
	}

	/** An element was selected on GLSP's canvas: as a click on the other page, unless it is the one selected already. */
	private void selectedOnCanvas(String id) {
		boolean askedFor = id != null && id.equals(askedOfCanvas);
		askedOfCanvas = null;
		if (!askedFor && id != null && !id.equals(selected)) {
			select(id);
		}
	}

	/** A caret moved in this file's text editor onto a step (or off every step): its node is highlighted (or none). */
	private void caretMoved(IWorkbenchPart part, ISelection selection) {
		if (latest == null || !(selection instanceof ITextSelection text) || !(part instanceof IEditorPart editor)
				|| editor == this || !file.equals(TextEditors.fileOf(editor.getEditorInput()))) {
			return;
		}
		StepSpan step = latest.stepAt(text.getStartLine() + 1);
		String id = step == null ? null : step.id();
		view.highlight(id);
		if (canvas != null && !Objects.equals(id, caretStep)) {
			askedOfCanvas = id;
			canvas.select(id);
		}
		caretStep = id;
	}

	/** For tests: the browser, or null without one. */
	public Browser browser() {
		return view == null ? null : view.browser();
	}

	/** For tests: the snapshot last shown, or null before the first. */
	public DiagramSnapshot snapshot() {
		return latest;
	}

	/** For tests: exports the diagram shown as a PNG file without asking where. */
	public void exportPng(Path target) {
		export.pngTo(target);
	}

	/** For tests: how many snapshots have been shown. */
	public int updates() {
		return updates;
	}

	@Override
	public void setFocus() {
		if (shown.topControl != null) {
			shown.topControl.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (document != null) {
			WorkbenchDiagrams.documents().close(document);
		}
		stopUndoActions.run();
		if (rebuild != null) {
			rebuild.dispose();
			shared.document().removeDocumentListener(documentListener);
			getSite().getPage().removePostSelectionListener(caretListener);
			ExperimentRuns.removeListener(runListener);
		}
		if (shared != null) {
			shared.close();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// The text editor saves the file; the diagram only shows it.
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
