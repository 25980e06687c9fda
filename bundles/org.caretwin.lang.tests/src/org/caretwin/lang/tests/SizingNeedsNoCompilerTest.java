package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;
import org.junit.jupiter.api.Test;

/**
 * Building a resolved model and sizing it need no compiler, no generated code and no engine run: no class they can
 * reach names {@code javax.tools}, the generator's compiler, or the engine's model and random streams. Reachability
 * is read from the class files' constant pools (every class, field and method type a class names), following
 * CareTwin's own classes transitively, so it holds whatever ran before in the same JVM.
 */
class SizingNeedsNoCompilerTest {

	private static final Pattern NAMED = Pattern.compile("(org/caretwin/[\\w/$]+|javax/tools/[\\w/$]+)");

	private static final List<String> FORBIDDEN = List.of("javax/tools/", "org/caretwin/experiment/ModelCompiler",
			"org/caretwin/lang/generator/ExperimentGenerator", "org/caretwin/lang/generator/CompiledModelCache",
			"org/caretwin/engine/pathway/CareModel", "org/caretwin/engine/random/RandomStreams",
			"org/caretwin/experiment/ModelFactory");

	@Test
	void noClassReachableFromTheBuilderOrTheSizingNeedsTheCompiler() throws IOException {
		Set<String> reached = reachableFrom(ResolvedModelBuilder.class, CapacitySizing.class);
		assertTrue(reached.contains("org/caretwin/lang/model/ResolvedModel$Step"), "the walk follows the records: " + reached);
		assertTrue(reached.contains("org/caretwin/engine/pathway/WeeklyCalendar"), "and the engine's calendar: " + reached);
		assertEquals(List.of(), reached.stream().filter(c -> FORBIDDEN.stream().anyMatch(c::startsWith)).toList());
	}

	@Test
	void theWalkWouldSeeTheCompiler() throws IOException {
		Set<String> reached = reachableFrom(org.caretwin.experiment.ModelCompiler.class);
		assertTrue(reached.contains("javax/tools/ToolProvider"), reached.toString());
		assertTrue(reached.contains("org/caretwin/engine/pathway/CareModel"), reached.toString());
	}

	/** Every CareTwin or javax.tools class named, directly or through CareTwin classes, by {@code roots}. */
	private static Set<String> reachableFrom(Class<?>... roots) throws IOException {
		ClassLoader loader = SizingNeedsNoCompilerTest.class.getClassLoader();
		Set<String> reached = new TreeSet<>();
		Deque<String> pending = new ArrayDeque<>();
		for (Class<?> root : roots) {
			pending.add(root.getName().replace('.', '/'));
		}
		while (!pending.isEmpty()) {
			String name = pending.poll();
			if (!reached.add(name) || !name.startsWith("org/caretwin/")) {
				continue;
			}
			try (InputStream in = loader.getResourceAsStream(name + ".class")) {
				if (in != null) {
					namesIn(in).forEach(pending::add);
				}
			}
		}
		return reached;
	}

	/** The class names in the UTF-8 constants of a class file (class entries and type descriptors). */
	private static List<String> namesIn(InputStream classFile) throws IOException {
		DataInputStream in = new DataInputStream(classFile);
		in.readInt(); // magic
		in.readUnsignedShort(); // minor version
		in.readUnsignedShort(); // major version
		int count = in.readUnsignedShort();
		List<String> names = new java.util.ArrayList<>();
		for (int i = 1; i < count; i++) {
			int tag = in.readUnsignedByte();
			switch (tag) {
			case 1 -> {
				Matcher named = NAMED.matcher(in.readUTF());
				while (named.find()) {
					names.add(named.group(1));
				}
			}
			case 7, 8, 16, 19, 20 -> in.skipBytes(2);
			case 15 -> in.skipBytes(3);
			case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
			case 5, 6 -> {
				in.skipBytes(8);
				i++; // a long or double takes two entries
			}
			default -> throw new IOException("unknown constant pool tag " + tag);
			}
		}
		return names;
	}
}
