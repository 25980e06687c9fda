package org.caretwin.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headless {@code caretwin} command line. It runs in a plain JVM over the product's bundles
 * ({@code java -cp "plugins/*"}), which starts faster than an Equinox application and needs no workspace.
 */
public final class CareTwinCli {

	/** The option that shows the stack trace of a failure. */
	static final String DEBUG = "--debug";

	private final Map<String, Command> commands = new LinkedHashMap<>();

	public CareTwinCli() {
		add(new IdeCommand());
		add(new CheckCommand());
		add(new SimulateCommand());
		add(new SizeCommand());
		add(new GenerateCommand());
		add(new DiagramCommand());
		add(new BpmnCommand());
		add(new BenchCommand());
		add(new HelpCommand(this));
	}

	private void add(Command command) {
		commands.put(command.name(), command);
	}

	List<Command> commands() {
		return new ArrayList<>(commands.values());
	}

	/**
	 * Runs one command line and returns the process exit code. Whatever goes wrong ends as one line on {@code err}
	 * and an exit code of the table in {@link Command}; {@value #DEBUG} (anywhere on the line) adds the stack trace.
	 */
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		boolean debug = arguments.contains(DEBUG);
		List<String> args = arguments.stream().filter(a -> !a.equals(DEBUG)).toList();
		if (args.isEmpty()) {
			printUsage(err);
			return Command.USAGE;
		}
		String name = args.get(0);
		Command command = commands.get(name);
		if (command == null) {
			err.println("caretwin: unknown subcommand '" + name + "'");
			printUsage(err);
			return Command.USAGE;
		}
		try {
			return command.run(args.subList(1, args.size()), out, err);
		} catch (Throwable failure) { // NOPMD: nothing may leave a command as a stack trace, not even an Error
			out.flush();
			if (debug) {
				failure.printStackTrace(err);
			}
			err.println("caretwin " + name + ": " + Failures.describe(failure));
			return Failures.exitCode(failure);
		}
	}

	void printUsage(PrintStream stream) {
		stream.println("usage: caretwin <subcommand> [arguments]");
		stream.println();
		stream.println("subcommands:");
		for (Command command : commands.values()) {
			String left = command.name() + (command.synopsis().isEmpty() ? "" : " " + command.synopsis());
			stream.printf("  %-25s %s%n", left, command.summary());
		}
	}

	public static void main(String[] args) {
		int code = new CareTwinCli().run(List.of(args), System.out, System.err);
		System.out.flush();
		System.exit(code);
	}
}
