package org.caretwin.experiment;

import java.util.List;

/**
 * How many patients waited and how many were in session at each step of one replication, frame by frame over the
 * observation window, with the arrivals, completions and losses of each frame: what the Diagram page animates. A
 * replay has a fixed number of frames whatever the model, so its size grows with the steps, never with the patients.
 *
 * @param scenario    the scenario replayed (the first of the run)
 * @param replication the replication replayed (0, the one the trace and the report's details replay too)
 * @param startHours  the start of the observation window (the end of the warm-up), in hours
 * @param frameHours  the time between two frames
 * @param steps       the steps by their diagram id ({@code Pathway.Step}), in the order of each frame's counts
 * @param frames      the frames in time order
 */
public record Replay(String scenario, int replication, double startHours, double frameHours, List<String> steps,
		List<Frame> frames) {

	/**
	 * The state at the end of one frame, and what happened during it.
	 *
	 * @param hours     the frame's end, in hours from the start of the run
	 * @param waiting   patients waiting for each step's resources at that instant, in the order of {@link Replay#steps}
	 * @param inSession patients in a session of each step at that instant
	 * @param inPathway patients between arrival and the end of their pathway at that instant
	 * @param arrived   patients who arrived during the frame
	 * @param completed patients who completed their pathway during the frame
	 * @param lost      patients lost during the frame (turned away, out of patience, redirected out of the pathway)
	 */
	public record Frame(double hours, int[] waiting, int[] inSession, int inPathway, int arrived, int completed, int lost) {
	}

	public Replay {
		steps = List.copyOf(steps);
		frames = List.copyOf(frames);
	}

	/** The replay as one JSON object (short keys, counts only), safe inside an HTML {@code <script>} element. */
	public String json() {
		StringBuilder json = new StringBuilder(64 + frames.size() * (24 + steps.size() * 6));
		json.append("{\"scenario\":").append(Json.scriptString(scenario)).append(",\"replication\":").append(replication)
				.append(",\"startHours\":").append(Json.rounded(startHours, 3)).append(",\"frameHours\":")
				.append(Json.rounded(frameHours, 6)).append(",\"steps\":[");
		for (int i = 0; i < steps.size(); i++) {
			json.append(i == 0 ? "" : ",").append(Json.scriptString(steps.get(i)));
		}
		json.append("],\"frames\":[");
		for (int i = 0; i < frames.size(); i++) {
			Frame f = frames.get(i);
			json.append(i == 0 ? "" : ",").append("{\"t\":").append(Json.rounded(f.hours(), 3)).append(",\"w\":");
			ints(json, f.waiting());
			json.append(",\"s\":");
			ints(json, f.inSession());
			json.append(",\"p\":").append(f.inPathway()).append(",\"a\":").append(f.arrived()).append(",\"c\":")
					.append(f.completed()).append(",\"l\":").append(f.lost()).append('}');
		}
		return json.append("]}").toString();
	}

	private static void ints(StringBuilder json, int[] values) {
		json.append('[');
		for (int i = 0; i < values.length; i++) {
			json.append(i == 0 ? "" : ",").append(values[i]);
		}
		json.append(']');
	}
}
