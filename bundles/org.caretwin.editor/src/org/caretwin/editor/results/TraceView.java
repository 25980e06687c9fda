package org.caretwin.editor.results;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.caretwin.editor.run.ExperimentRun;
import org.caretwin.editor.run.ExperimentRuns;
import org.caretwin.experiment.Trace;
import org.caretwin.experiment.TraceEvent;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The story of the first patients of the run on show in Experiment Results (replication 0 of its first scenario), for
 * students: events revealed one at a time by Play, Step Forward and Step Back, filtered by patient or step;
 * double-clicking an event opens the line of its step.
 */
public class TraceView extends ViewPart {

	public static final String ID = "org.caretwin.editor.trace";

	/** Events per second while playing, as the speed list offers them. */
	private static final int[] SPEEDS = { 1, 2, 5, 10, 50 };

	private final Consumer<ExperimentRun> onRun = run -> Display.getDefault().asyncExec(() -> show(run));
	private final Runnable tick = this::tick;
	private Label heading;
	private Text filter;
	private Combo speed;
	private TableViewer table;
	private Action play;
	private ExperimentRun shown;
	private TracePlayer player = new TracePlayer(List.of());
	private List<TraceEvent> visible = List.of();
	private boolean playing;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(4, false));
		heading = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(heading);
		new Label(parent, SWT.NONE).setText("Filter:");
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage("patient number or step name");
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(filter);
		filter.addModifyListener(event -> {
			player.filter(TraceFilter.of(filter.getText()));
			refresh();
		});
		new Label(parent, SWT.NONE).setText("Play speed:");
		speed = new Combo(parent, SWT.READ_ONLY);
		for (int eventsPerSecond : SPEEDS) {
			speed.add(eventsPerSecond + (eventsPerSecond == 1 ? " event" : " events") + " per second");
		}
		speed.select(2);
		table = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(table.getTable());
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				// The viewer asks later, on the event loop: the rows may have become fewer in between.
				if (index < visible.size()) {
					table.replace(visible.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
			}
		});
		column("Time", 190, TraceEvent::clock);
		column("Event", 110, e -> e.kind().label());
		column("Patient", 65, e -> Long.toString(e.patient()));
		column("Profile", 80, TraceEvent::profile);
		column("Step", 130, TraceEvent::step);
		column("Resource", 260, TraceEvent::resourceList);
		column("Zone", 110, TraceEvent::zone);
		column("Detail", 260, TraceEvent::detail);
		table.addDoubleClickListener(event -> {
			if (shown != null && event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof TraceEvent e) {
				SourceLines.open(getSite().getPage(), shown.file(), e.source());
			}
		});
		table.setInput(this);
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		ExperimentRuns.addListener(onRun);
		ExperimentRuns.latest().ifPresentOrElse(this::show, () -> heading.setText("No experiment has run yet: "
				+ "right-click a .care file and choose Run Experiment (Ctrl+F11); its first patients are traced here."));
	}

	private void contributeActions(IToolBarManager toolBar) {
		toolBar.add(action("Rewind", "rewind", "Hide every event: back to the start of the run", () -> {
			pause();
			player.rewind();
			refresh();
		}));
		toolBar.add(action("Step Back", "stepBack", "Hide the last event shown", () -> {
			pause();
			stepBack();
		}));
		play = action("Play", "play", "Reveal the events one after the other at the chosen speed", this::togglePlay);
		toolBar.add(play);
		toolBar.add(action("Step Forward", "stepForward", "Reveal the next event", () -> {
			pause();
			stepForward();
		}));
		toolBar.add(action("Show All", "showAll", "Reveal every event of the trace", () -> {
			pause();
			player.revealAll();
			refresh();
		}));
	}

	/** Shows the trace of {@code run} from its start, nothing revealed yet; on the UI thread. */
	public void show(ExperimentRun run) {
		if (heading.isDisposed()) {
			return;
		}
		pause();
		shown = run;
		Trace trace = run.trace();
		player = new TracePlayer(trace.events());
		player.filter(TraceFilter.of(filter.getText()));
		heading.setText(trace.heading() + " of " + run.file().getFullPath().makeRelative() + ": "
				+ trace.events().size() + " events. Only the first " + trace.patients()
				+ " patients are kept, so the trace stays small on big models. Play, or step, to reveal them.");
		refresh();
		heading.getParent().layout(true, true);
	}

	/** Reveals the next event the filter keeps; false at the end. */
	public boolean stepForward() {
		boolean moved = player.stepForward();
		refresh();
		return moved;
	}

	/** Hides the last event shown; false when none is. */
	public boolean stepBack() {
		boolean moved = player.stepBack();
		refresh();
		return moved;
	}

	private void togglePlay() {
		if (playing) {
			pause();
		} else if (!player.atEnd()) {
			playing = true;
			showPlayState();
			Display.getCurrent().timerExec(delayMillis(), tick);
		}
	}

	private void tick() {
		if (!playing || table.getTable().isDisposed()) {
			return;
		}
		if (stepForward() && !player.atEnd()) {
			Display.getCurrent().timerExec(delayMillis(), tick);
		} else {
			pause();
		}
	}

	private void pause() {
		playing = false;
		if (play != null) {
			showPlayState();
		}
	}

	private void showPlayState() {
		play.setText(playing ? "Pause" : "Play");
		play.setToolTipText(playing ? "Stop revealing events" : "Reveal the events one after the other at the chosen speed");
		play.setImageDescriptor(icon(playing ? "pause" : "play"));
	}

	private int delayMillis() {
		return 1000 / SPEEDS[Math.max(0, speed.getSelectionIndex())];
	}

	private void refresh() {
		visible = player.visible();
		Table widget = table.getTable();
		table.setItemCount(visible.size());
		table.refresh();
		if (!visible.isEmpty()) {
			// The last event revealed is the one to look at: selected and scrolled into view.
			widget.setSelection(visible.size() - 1);
			widget.showSelection();
		}
	}

	/** Whether Play is revealing events now. */
	public boolean isPlaying() {
		return playing;
	}

	/** The rows on show, for tests. */
	public Table table() {
		return table.getTable();
	}

	/** The filter field, for tests. */
	public Text filterField() {
		return filter;
	}

	/** The run whose trace is on show, null before the first. */
	public ExperimentRun shownRun() {
		return shown;
	}

	@Override
	public void setFocus() {
		table.getTable().setFocus();
	}

	@Override
	public void dispose() {
		playing = false;
		ExperimentRuns.removeListener(onRun);
		super.dispose();
	}

	private static Action action(String text, String icon, String tooltip, Runnable run) {
		Action action = new Action(text, IAction.AS_PUSH_BUTTON) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		action.setImageDescriptor(icon(icon));
		return action;
	}

	private static ImageDescriptor icon(String name) {
		return ImageDescriptor.createFromURL(TraceView.class.getResource("/icons/trace/" + name + ".png"));
	}

	private void column(String title, int width, Function<TraceEvent, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((TraceEvent) element);
			}
		});
	}
}
