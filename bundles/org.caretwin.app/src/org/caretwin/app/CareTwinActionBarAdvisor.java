package org.caretwin.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The File, Edit, Window and Help menus of a modelling IDE. */
class CareTwinActionBarAdvisor extends ActionBarAdvisor {

	CareTwinActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		menuBar.add(fileMenu(window));
		menuBar.add(editMenu(window));
		menuBar.add(navigateMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu(window));
		menuBar.add(helpMenu(window));
	}

	private MenuManager fileMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		menu.add(newMenu);
		menu.add(new Separator());
		menu.add(registered(ActionFactory.SAVE.create(window)));
		menu.add(registered(ActionFactory.SAVE_ALL.create(window)));
		menu.add(registered(ActionFactory.CLOSE.create(window)));
		menu.add(registered(ActionFactory.CLOSE_ALL.create(window)));
		menu.add(new Separator());
		menu.add(registered(ActionFactory.REFRESH.create(window)));
		menu.add(registered(ActionFactory.IMPORT.create(window)));
		menu.add(registered(ActionFactory.EXPORT.create(window)));
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(registered(ActionFactory.QUIT.create(window)));
		return menu;
	}

	/**
	 * The Edit menu with the standard group markers: editors contribute to them by id (the text editor's Find Next
	 * goes to {@code find.ext}, content assist to {@code group.assist}), and fail to open when one is missing.
	 */
	private MenuManager editMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(registered(ActionFactory.UNDO.create(window)));
		menu.add(registered(ActionFactory.REDO.create(window)));
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(registered(ActionFactory.CUT.create(window)));
		menu.add(registered(ActionFactory.COPY.create(window)));
		menu.add(registered(ActionFactory.PASTE.create(window)));
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(registered(ActionFactory.DELETE.create(window)));
		menu.add(registered(ActionFactory.SELECT_ALL.create(window)));
		menu.add(new Separator());
		menu.add(registered(ActionFactory.FIND.create(window)));
		menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		menu.add(new Separator());
		menu.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		return menu;
	}

	/** Navigate: Go to Line, Next/Previous Annotation and Open Declaration are contributed here by the editors. */
	private MenuManager navigateMenu() {
		MenuManager menu = new MenuManager("&Navigate", IWorkbenchActionConstants.M_NAVIGATE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NAV_START));
		menu.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.SHOW_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.NAV_END));
		return menu;
	}

	private MenuManager windowMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager("Show &View");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		menu.add(showView);
		menu.add(registered(ActionFactory.RESET_PERSPECTIVE.create(window)));
		menu.add(new Separator());
		menu.add(registered(ActionFactory.PREFERENCES.create(window)));
		return menu;
	}

	private MenuManager helpMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(registered(ActionFactory.ABOUT.create(window)));
		return menu;
	}

	/** Registers the action so its key binding and lifecycle are managed by the advisor. */
	private IAction registered(IWorkbenchAction action) {
		register(action);
		return action;
	}
}
