package org.caretwin.editor.run;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The latest finished run, and who wants to hear of the next one (the result views). */
public final class ExperimentRuns {

	private static final List<Consumer<ExperimentRun>> LISTENERS = new CopyOnWriteArrayList<>();
	private static volatile ExperimentRun latest;

	private ExperimentRuns() {
	}

	public static Optional<ExperimentRun> latest() {
		return Optional.ofNullable(latest);
	}

	/** Tells every listener, on the caller's thread. */
	public static void publish(ExperimentRun run) {
		latest = run;
		LISTENERS.forEach(listener -> listener.accept(run));
	}

	public static void addListener(Consumer<ExperimentRun> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<ExperimentRun> listener) {
		LISTENERS.remove(listener);
	}
}
