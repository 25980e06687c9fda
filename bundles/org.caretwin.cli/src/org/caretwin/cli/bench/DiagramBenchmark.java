package org.caretwin.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caretwin.diagram.DiagramBuilder;
import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.PathwayDiagram;
import org.caretwin.diagram.layout.DiagramLayout;
import org.caretwin.diagram.layout.LaidOutDiagram;
import org.caretwin.diagram.svg.SvgRenderer;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;

/**
 * The diagram of a {@link LongPathwayModel#STEPS}-step pathway from its file, as the Diagram page opens it: load and
 * validate, resolve, build the graph, ELK layout with lanes by profession, SVG. Warm-up openings first, then timed
 * ones, each phase timed apart.
 */
public final class DiagramBenchmark {

	public static final int WARM_UP_OPENINGS = 3;
	public static final int TIMED_OPENINGS = 7;

	/** Seconds of each phase and in all over the timed openings; the size of the last diagram. */
	public record Outcome(int steps, int nodes, int edges, Spread load, Spread layout, Spread svg, Spread total) {
	}

	private DiagramBenchmark() {
	}

	public static Outcome run() throws IOException {
		Path dir = Files.createTempDirectory("caretwin-bench");
		Path file = dir.resolve("long.care");
		try {
			Files.writeString(file, LongPathwayModel.text());
			double[] load = new double[TIMED_OPENINGS];
			double[] layout = new double[TIMED_OPENINGS];
			double[] svg = new double[TIMED_OPENINGS];
			double[] total = new double[TIMED_OPENINGS];
			PathwayDiagram last = null;
			for (int round = -WARM_UP_OPENINGS; round < TIMED_OPENINGS; round++) {
				long start = System.nanoTime();
				CheckedModel checked = CareWorkspace.standalone().modelOf(file);
				if (checked.hasErrors()) {
					throw new IllegalStateException("the benchmark's pathway has errors: " + checked.problems());
				}
				ResolvedModel model = ResolvedModelBuilder.of(checked);
				long loaded = System.nanoTime();
				List<PathwayDiagram> diagrams = DiagramBuilder.of(model, LaneMode.PROFESSION);
				List<LaidOutDiagram> laidOut = diagrams.stream().map(DiagramLayout::of).toList();
				long laid = System.nanoTime();
				String picture = SvgRenderer.render(laidOut, file.getFileName().toString());
				long end = System.nanoTime();
				if (picture.isEmpty()) {
					throw new IllegalStateException("no SVG");
				}
				last = diagrams.get(0);
				if (round >= 0) {
					load[round] = (loaded - start) / 1e9;
					layout[round] = (laid - loaded) / 1e9;
					svg[round] = (end - laid) / 1e9;
					total[round] = (end - start) / 1e9;
				}
			}
			return new Outcome(LongPathwayModel.STEPS, last.nodes().size(), last.edges().size(), Spread.of(load),
					Spread.of(layout), Spread.of(svg), Spread.of(total));
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}
}
