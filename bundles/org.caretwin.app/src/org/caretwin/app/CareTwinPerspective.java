package org.caretwin.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The default layout: project tree left, editor centre, outline right, problems/results/trace/console/properties/progress below. */
public class CareTwinPerspective implements IPerspectiveFactory {

	public static final String ID = "org.caretwin.app.perspective";
	public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	public static final String CONSOLE = "org.eclipse.ui.console.ConsoleView";
	public static final String PROGRESS = "org.eclipse.ui.views.ProgressView";
	/** The editor bundle's view of the latest experiment run. */
	public static final String RESULTS = "org.caretwin.editor.results";
	/** The editor bundle's trace of the first patients of that run. */
	public static final String TRACE = "org.caretwin.editor.trace";
	/** The platform's Run menu and toolbar: Run As, Run Configurations, the launch history. */
	public static final String LAUNCH_ACTIONS = "org.eclipse.debug.ui.launchActionSet";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editorArea);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, editorArea);

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(RESULTS);
		bottom.addView(TRACE);
		bottom.addView(CONSOLE);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(PROGRESS);

		for (String view : new String[] { PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW,
				RESULTS, TRACE, CONSOLE, IPageLayout.ID_PROP_SHEET, PROGRESS }) {
			layout.addShowViewShortcut(view);
		}
		layout.addActionSet(LAUNCH_ACTIONS);
		layout.addNewWizardShortcut("org.caretwin.editor.newProject");
		layout.addNewWizardShortcut("org.caretwin.editor.newFile");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
