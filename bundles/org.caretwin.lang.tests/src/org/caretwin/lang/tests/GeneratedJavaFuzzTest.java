package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.random.RandomStreams;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.workspace.CheckedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutants of valid models — hostile names, extreme numbers, duplicated declarations, escaped text — checked;
 * every mutant that {@code check} accepts must generate Java that compiles, loads and builds each of its scenarios.
 * A failure names the seed and the mutant, so it reproduces.
 */
class GeneratedJavaFuzzTest {

	private static final long SEED = 20261202L;
	private static final int MUTANTS = 1000;

	/** Names that Java or the generated code already use, and names that clash with each other by case. */
	private static final List<String> HOSTILE_NAMES = List.of("String", "Object", "Step", "Distribution", "Patient",
			"Settings", "settings", "java", "org", "List", "Math", "System", "Override", "patient", "profile", "main",
			"plan", "FACTORY", "MINUTE", "HOUR", "build", "random", "place", "territory", "Integer", "Double", "Thread",
			"_x", "x_2", "gp", "GP", "Gp", "Class", "var", "record", "yield", "^step", "^for", "^end", "^new", "int",
			"class", "static", "Record", "CareModel", "RandomSource", "ResourceType", "WeeklyCalendar", "DataTables",
			"Visit", "Service", "Clerk", "Baseline", "scenario", "A".repeat(150));

	private static final List<String> HOSTILE_NUMBERS = List.of("0", "1", "2", "1000000000000", "0.001", "99999",
			"4".repeat(400), "2147483648", "12");

	private static final List<String> HOSTILE_TEXTS = List.of("\\u002a/ class X {} /\\u002a", "*/ static { } /*",
			"\\u000a int x = 1; //", "\\\\", "\\u0022", "é ü ß ∑", "tab\\there", "\\u2028");

	private static final Pattern DECLARED = Pattern.compile(
			"\\b(?:resource|step|cohort|pathway|scenario|experiment|zone|site|calendar|profile|attribute|innovation|remote|territory)\\s+(\\^?[A-Za-z_][A-Za-z0-9_]*)");
	private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_.])\\d+(?:\\.\\d+)?");
	private static final Pattern TEXT = Pattern.compile("\"[^\"\\n]*\"");

	@TempDir
	Path dir;

	@Test
	void everyAcceptedMutantGeneratesJavaThatCompilesAndBuilds() throws Exception {
		List<String> bases = new ArrayList<>();
		for (String example : List.of("textbook/mmc/mmc.care", "textbook/loss/loss.care", "textbook/appointments/appointments.care")) {
			bases.add(Files.readString(ModelChecker.examples().resolve(example)));
		}
		StringBuilder loire = new StringBuilder("import Loire.*\n");
		for (String part : List.of("territory", "resources", "arthroplasty")) {
			loire.append(Files.readString(ModelChecker.examples().resolve("loire/" + part + ".care")).replace("import Loire.*", ""));
		}
		bases.add(loire.toString());
		SplittableRandom random = new SplittableRandom(SEED);
		int accepted = 0;
		for (int m = 0; m < MUTANTS; m++) {
			String mutant = bases.get(random.nextInt(bases.size()));
			int mutations = 1 + random.nextInt(3);
			for (int k = 0; k < mutations; k++) {
				mutant = mutate(mutant, random);
			}
			if (compilesAndBuildsWhenAccepted(m, mutant)) {
				accepted++;
			}
		}
		System.out.println("generated-Java fuzz: " + accepted + " of " + MUTANTS + " mutants accepted, all compiled; "
				+ refusedAtBuild + " scenario builds refused with a model error");
		assertTrue(accepted >= MUTANTS / 5, "too few mutants were accepted to test the generator: " + accepted);
	}

	private boolean compilesAndBuildsWhenAccepted(int index, String mutant) throws Exception {
		Path folder = Files.createDirectories(dir.resolve("m" + index));
		Path file = folder.resolve("mutant.care");
		Files.writeString(file, mutant);
		CheckedModel checked = ModelChecker.modelOf(file);
		if (checked.hasErrors()) {
			return false;
		}
		for (Experiment experiment : checked.experiments()) {
			CompiledExperiment compiled = null;
			try {
				compiled = Simulation.compile(experiment);
			} catch (RuntimeException | LinkageError e) {
				fail("mutant " + index + " of seed " + SEED + " passes check but its Java does not compile or load: " + e
						+ "\n" + mutant, e);
			}
			for (String scenario : compiled.plan().scenarios()) {
				build(index, mutant, compiled, scenario);
			}
		}
		return true;
	}

	/**
	 * Builds a scenario's model as a replication would. Only what the static rules cannot see (which zones a
	 * resource reaches, units rounded to none) may be refused here, and then as the engine's one-line model error.
	 */
	private void build(int index, String mutant, CompiledExperiment compiled, String scenario) {
		try {
			CareModel model = compiled.factory().create(scenario);
			model.buildOnly(new RandomStreams(1, model.randomSourceNames()));
		} catch (IllegalStateException e) {
			assertTrue(e.getMessage() != null && !e.getMessage().contains("\n"), "a model error is one line: " + e);
			refusedAtBuild++;
		} catch (RuntimeException | LinkageError e) {
			fail("mutant " + index + " of seed " + SEED + " passes check but does not run: " + e + "\n" + mutant, e);
		}
	}

	private int refusedAtBuild;

	private static String mutate(String text, SplittableRandom random) {
		return switch (random.nextInt(4)) {
		case 0 -> rename(text, random);
		case 1 -> replaceOne(text, NUMBER, HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size())), random);
		case 2 -> replaceOne(text, TEXT, "\"" + HOSTILE_TEXTS.get(random.nextInt(HOSTILE_TEXTS.size())) + "\"", random);
		default -> duplicateLine(text, random);
		};
	}

	/** Renames one declared name everywhere it is written, as a modeller would. */
	private static String rename(String text, SplittableRandom random) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = DECLARED.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		if (names.isEmpty()) {
			return text;
		}
		String old = new ArrayList<>(names).get(random.nextInt(names.size()));
		String name = HOSTILE_NAMES.get(random.nextInt(HOSTILE_NAMES.size()));
		return text.replaceAll("(?<![A-Za-z0-9_^])" + Pattern.quote(old) + "(?![A-Za-z0-9_])", Matcher.quoteReplacement(name));
	}

	private static String replaceOne(String text, Pattern pattern, String replacement, SplittableRandom random) {
		List<int[]> spans = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			spans.add(new int[] { matcher.start(), matcher.end() });
		}
		if (spans.isEmpty()) {
			return text;
		}
		int[] span = spans.get(random.nextInt(spans.size()));
		return text.substring(0, span[0]) + replacement + text.substring(span[1]);
	}

	private static String duplicateLine(String text, SplittableRandom random) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		int at = random.nextInt(lines.size());
		lines.add(at, lines.get(at));
		return String.join("\n", lines) + "\n";
	}
}
