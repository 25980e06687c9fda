package org.caretwin.experiment;

import java.util.List;
import java.util.Map;

import org.caretwin.lang.sizing.SizingLine;

/**
 * What the report and the charts show of each scenario besides its KPIs: the static capacity sizing and the replay of
 * replication 0, both keyed by scenario in the plan's order.
 */
public record ScenarioDetails(Map<String, List<SizingLine>> sizing, Map<String, RunObservations> observations) {
}
