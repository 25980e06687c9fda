package org.caretwin.editor.launch;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.caretwin.editor.run.ModelExperiments;
import org.caretwin.lang.care.Experiment;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.eclipse.ui.model.BaseWorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;

/**
 * The main tab of a CareTwin Experiment: the .care file, one of its experiments, the scenarios to run, and
 * replications, seed and threads (blank: as the experiment writes them). Problems show in the dialog's header.
 */
public class ExperimentMainTab extends AbstractLaunchConfigurationTab {

	private Text file;
	private Combo experiment;
	private Table scenarios;
	private Text replications;
	private Text seed;
	private Spinner threads;

	/** The model of the file on show, read once per file (the dialog validates at every keystroke). */
	private ModelExperiments model;
	private IFile modelFile;
	/** While the widgets are filled from a configuration, their listeners do not mark the tab dirty. */
	private boolean filling;

	@Override
	public String getName() {
		return "Main";
	}

	@Override
	public Image getImage() {
		return DebugUITools.getImage(ExperimentLaunchSettings.TYPE_ID);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		setControl(page);

		Group modelGroup = group(page, "Model", 3);
		new Label(modelGroup, SWT.NONE).setText("File:");
		file = new Text(modelGroup, SWT.BORDER | SWT.SINGLE);
		file.setMessage("/project/folder/model.care");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		Button browse = createPushButton(modelGroup, "&Browse...", null);
		browse.addListener(SWT.Selection, e -> browse());
		new Label(modelGroup, SWT.NONE).setText("Experiment:");
		experiment = new Combo(modelGroup, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(experiment);
		Label scenariosLabel = new Label(modelGroup, SWT.NONE);
		scenariosLabel.setText("Scenarios:");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(scenariosLabel);
		scenarios = new Table(modelGroup, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 90).applyTo(scenarios);

		Group runGroup = group(page, "Run", 2);
		new Label(runGroup, SWT.NONE).setText("Replications:");
		replications = new Text(runGroup, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(replications);
		new Label(runGroup, SWT.NONE).setText("Seed:");
		seed = new Text(runGroup, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(seed);
		new Label(runGroup, SWT.NONE).setText("Threads:");
		threads = new Spinner(runGroup, SWT.BORDER);
		threads.setValues(ExperimentLaunchSettings.defaultThreads(), 1, 256, 0, 1, 4);
		Label identical = new Label(runGroup, SWT.WRAP);
		identical.setText("Blank fields run as the experiment is written; results are the same for any number of threads.");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(identical);

		file.addListener(SWT.Modify, e -> {
			showExperiments();
			changed();
		});
		experiment.addListener(SWT.Modify, e -> {
			showScenarios(null);
			changed();
		});
		scenarios.addListener(SWT.Selection, e -> changed());
		replications.addListener(SWT.Modify, e -> changed());
		seed.addListener(SWT.Modify, e -> changed());
		threads.addListener(SWT.Modify, e -> changed());
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	/** A new configuration runs the selected .care file's first experiment, as written. */
	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		IFile selected = DebugUITools.getSelectedResource() instanceof IFile f && "care".equals(f.getFileExtension()) ? f : null;
		String first = selected == null ? "" : ModelExperiments.of(selected).names().stream().findFirst().orElse("");
		if (selected != null) {
			ExperimentLaunchSettings.asWritten(selected, first).writeTo(configuration);
		} else {
			configuration.setAttribute(ExperimentLaunchSettings.THREADS, ExperimentLaunchSettings.defaultThreads());
		}
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		ExperimentLaunchSettings settings;
		try {
			settings = ExperimentLaunchSettings.of(configuration);
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		filling = true;
		try {
			modelFile = null;
			file.setText(settings.file());
			experiment.setText(settings.experiment());
			showScenarios(settings.scenarios());
			replications.setText(settings.replications());
			seed.setText(settings.seed());
			threads.setSelection(settings.threads());
		} finally {
			filling = false;
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		settings().writeTo(configuration);
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		Optional<String> problem;
		try {
			problem = ExperimentLaunchSettings.of(configuration).problem(this::modelOf);
		} catch (CoreException e) {
			problem = Optional.of(e.getMessage());
		}
		problem.ifPresent(this::setErrorMessage);
		return problem.isEmpty();
	}

	/** What the widgets say; all scenarios checked is "as written", so the run follows the experiment's list. */
	private ExperimentLaunchSettings settings() {
		List<TableItem> items = Arrays.asList(scenarios.getItems());
		List<String> checked = items.stream().filter(TableItem::getChecked).map(TableItem::getText).toList();
		boolean allOfThem = !items.isEmpty() && checked.size() == items.size()
				&& checked.equals(writtenScenarios(experiment.getText()));
		return new ExperimentLaunchSettings(file.getText().strip(), experiment.getText().strip(),
				allOfThem || items.isEmpty() ? null : checked, replications.getText(), seed.getText(), threads.getSelection());
	}

	private void changed() {
		if (!filling) {
			setDirty(true);
			updateLaunchConfigurationDialog();
		}
	}

	/** The experiments of the file on show, read again only when another file is named. */
	private ModelExperiments modelOf(IFile careFile) {
		if (!careFile.equals(modelFile)) {
			modelFile = careFile;
			model = ModelExperiments.of(careFile);
		}
		return model;
	}

	private Optional<ModelExperiments> currentModel() {
		return ExperimentLaunchSettings.fileAt(file.getText()).filter(f -> "care".equals(f.getFileExtension()))
				.map(this::modelOf);
	}

	private void showExperiments() {
		String chosen = experiment.getText();
		experiment.setItems(currentModel().map(ModelExperiments::names).orElse(List.of()).toArray(String[]::new));
		experiment.setText(chosen.isEmpty() && experiment.getItemCount() > 0 ? experiment.getItem(0) : chosen);
		showScenarios(null);
	}

	/** The chosen experiment's scenarios, those of {@code checked} checked ({@code null}: all of them). */
	private void showScenarios(List<String> checked) {
		scenarios.removeAll();
		for (String scenario : writtenScenarios(experiment.getText())) {
			TableItem item = new TableItem(scenarios, SWT.NONE);
			item.setText(scenario);
			item.setChecked(checked == null || checked.contains(scenario));
		}
		Optional<Experiment> written = currentModel().flatMap(m -> m.named(experiment.getText().strip()));
		replications.setMessage(written.map(e -> "as written: " + e.getReplications()).orElse(""));
		seed.setMessage(written.map(e -> "as written: " + e.getSeed()).orElse(""));
	}

	private List<String> writtenScenarios(String experimentName) {
		return currentModel().flatMap(m -> m.named(experimentName.strip())).map(ModelExperiments::scenariosOf)
				.orElse(List.of());
	}

	private void browse() {
		ElementTreeSelectionDialog dialog = new ElementTreeSelectionDialog(getShell(), new WorkbenchLabelProvider(),
				new BaseWorkbenchContentProvider());
		dialog.setTitle("CareTwin Experiment");
		dialog.setMessage("The .care file whose experiment to run:");
		dialog.setInput(ResourcesPlugin.getWorkspace().getRoot());
		dialog.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return element instanceof IContainer || element instanceof IFile f && "care".equals(f.getFileExtension());
			}
		});
		dialog.setValidator(selection -> selection.length == 1 && selection[0] instanceof IFile ? Status.OK_STATUS
				: Status.error("Choose a .care file"));
		dialog.setAllowMultiple(false);
		ExperimentLaunchSettings.fileAt(file.getText()).ifPresent(dialog::setInitialSelection);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile chosen) {
			file.setText(chosen.getFullPath().toString());
		}
	}
}
