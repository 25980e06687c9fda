package org.caretwin.experiment;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.caretwin.engine.pathway.CareModel;

/**
 * Compiles the generated Java of an experiment in memory with the JDK's compiler and loads it: what
 * {@code caretwin simulate} runs is exactly the code {@code caretwin generate} writes.
 */
public final class ModelCompiler {

	/** A generated experiment, compiled and loaded. */
	public record CompiledExperiment(String className, String source, ModelFactory factory, ExperimentPlan plan) {

		/** The source a runner ships to wherever it runs the replications. */
		public ModelSource modelSource() {
			return new ModelSource(className, source);
		}
	}

	private ModelCompiler() {
	}

	/** The {@link ModelLoader} of runners that receive a model as source. */
	public static ModelFactory load(ModelSource source) {
		return compile(source.className(), source.javaSource()).factory();
	}

	/**
	 * Compiles and loads generated source (the language's generator writes it); the classes come from the
	 * {@link CompiledModelCache} when the same source was compiled against the same jars and JDK before.
	 */
	public static CompiledExperiment compile(String className, String source) {
		List<String> options = List.of("-classpath", classpath(), "-proc:none", "-nowarn", "-g");
		CompiledModelCache cache = CompiledModelCache.forCompilation(source, options);
		Map<String, byte[]> cached = cache.read();
		Map<String, byte[]> classes = cached != null ? cached : cache.write(compile(className, source, options));
		ClassLoader loader = new ClassLoader(ModelCompiler.class.getClassLoader()) {
			@Override
			protected Class<?> findClass(String name) throws ClassNotFoundException {
				byte[] bytes = classes.get(name);
				if (bytes == null) {
					throw new ClassNotFoundException(name);
				}
				return defineClass(name, bytes, 0, bytes.length);
			}
		};
		try {
			Class<?> type = loader.loadClass(className);
			ModelFactory factory = (ModelFactory) type.getField("FACTORY").get(null);
			ExperimentPlan plan = (ExperimentPlan) type.getMethod("plan").invoke(null);
			return new CompiledExperiment(className, source, factory, plan);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("could not load the generated " + className, e);
		}
	}

	private static Map<String, byte[]> compile(String className, String source, List<String> options) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new IllegalStateException("no Java compiler: run CareTwin on a JDK (21 or newer), not a JRE");
		}
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		Map<String, ByteArrayOutputStream> outputs = new HashMap<>();
		StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
		JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
			@Override
			public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
					FileObject sibling) {
				return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
					@Override
					public OutputStream openOutputStream() {
						return outputs.computeIfAbsent(name, n -> new ByteArrayOutputStream());
					}
				};
			}
		};
		JavaFileObject unit = new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".java"),
				JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return source;
			}
		};
		boolean ok = compiler.getTask(null, manager, diagnostics, options, null, List.of(unit)).call();
		if (!ok) {
			StringBuilder message = new StringBuilder("the generated " + className + " does not compile:");
			for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
				message.append("\n  ").append(d.getKind()).append(" line ").append(d.getLineNumber()).append(": ")
						.append(d.getMessage(Locale.ROOT));
			}
			throw new IllegalStateException(message.toString());
		}
		Map<String, byte[]> classes = new HashMap<>();
		outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
		return classes;
	}

	/** The jars (or folders) of the engine, the experiment layer and SSJ, wherever they were loaded from. */
	static String classpath() {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> type : List.of(CareModel.class, ExperimentPlan.class)) {
			CodeSource code = type.getProtectionDomain().getCodeSource();
			if (code != null && code.getLocation() != null) {
				try {
					entries.add(Path.of(code.getLocation().toURI()).toString());
				} catch (URISyntaxException | IllegalArgumentException e) {
					entries.add(code.getLocation().getPath());
				}
			}
		}
		List<String> all = new ArrayList<>(entries);
		String inherited = System.getProperty("java.class.path");
		if (inherited != null && !inherited.isBlank()) {
			all.add(inherited);
		}
		return String.join(File.pathSeparator, all);
	}
}
