package org.caretwin.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.caretwin.app.CareTwinPerspective;
import org.caretwin.app.ProductInfo;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

class WorkbenchUiTest {

	private static final List<String> EXPECTED_VIEWS = List.of(CareTwinPerspective.PROJECT_EXPLORER,
			IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_OUTLINE, CareTwinPerspective.CONSOLE,
			IPageLayout.ID_PROP_SHEET, CareTwinPerspective.PROGRESS);

	@Test
	void careTwinPerspectiveShowsTheIdeViews() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "active workbench window");
		IWorkbenchPage page = window.getActivePage();
		PlatformUI.getWorkbench().showPerspective(CareTwinPerspective.ID, window);
		page.resetPerspective();
		assertEquals(CareTwinPerspective.ID, page.getPerspective().getId());

		List<String> shown = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toList();
		for (String view : EXPECTED_VIEWS) {
			assertTrue(shown.contains(view), view + " missing from " + shown);
			assertNotNull(page.showView(view), "view " + view + " could not be created");
		}
		assertTrue(page.isEditorAreaVisible(), "editor area visible");
	}

	@Test
	void windowTitleAndAboutTextCarryNameAndVersion() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		String version = ProductInfo.version();
		assertTrue(version.matches("\\d+\\.\\d+\\.\\d+"), version);
		assertEquals("CareTwin " + version, window.getShell().getText());

		assertEquals("org.caretwin.app.product", Platform.getProduct().getId());
		assertEquals("CareTwin", Platform.getProduct().getName());
		String about = Platform.getProduct().getProperty("aboutText");
		assertTrue(about.startsWith("CareTwin\nVersion " + version), about);
	}

	@Test
	void theEditMenuHasTheGroupsTextEditorsContributeTo() {
		var menuBar = ((org.eclipse.ui.internal.WorkbenchWindow) PlatformUI.getWorkbench().getActiveWorkbenchWindow()).getMenuManager();
		var edit = (org.eclipse.jface.action.IMenuManager) menuBar.find(org.eclipse.ui.IWorkbenchActionConstants.M_EDIT);
		for (String group : List.of(org.eclipse.ui.IWorkbenchActionConstants.FIND_EXT, org.eclipse.ui.IWorkbenchActionConstants.UNDO_EXT,
				org.eclipse.ui.IWorkbenchActionConstants.CUT_EXT, org.eclipse.ui.IWorkbenchActionConstants.ADD_EXT,
				org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS)) {
			assertNotNull(edit.find(group), "Edit menu group " + group);
		}
		assertNotNull(menuBar.find(org.eclipse.ui.IWorkbenchActionConstants.M_NAVIGATE), "Navigate menu");
	}

	@Test
	void aboutAndInstallationDetailsListTheCareTwinFeature() {
		var feature = Arrays.stream(Platform.getBundleGroupProviders()).flatMap(p -> Arrays.stream(p.getBundleGroups()))
				.filter(g -> g.getIdentifier().equals("org.caretwin.feature")).findFirst();
		assertTrue(feature.isPresent(), "no CareTwin feature among the installed features");
		assertEquals(ProductInfo.NAME, feature.get().getName());
		assertTrue(Arrays.stream(feature.get().getBundles()).anyMatch(b -> b.getSymbolicName().equals("org.caretwin.app")));
	}
}
