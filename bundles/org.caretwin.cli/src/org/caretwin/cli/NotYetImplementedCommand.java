package org.caretwin.cli;

import java.io.PrintStream;
import java.util.List;

/** A subcommand announced in the help whose implementation has not landed yet. */
final class NotYetImplementedCommand implements Command {

	private final String name;
	private final String synopsis;
	private final String summary;

	NotYetImplementedCommand(String name, String synopsis, String summary) {
		this.name = name;
		this.synopsis = synopsis;
		this.summary = summary;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public String synopsis() {
		return synopsis;
	}

	@Override
	public String summary() {
		return summary;
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		err.println("caretwin " + name + ": not implemented yet");
		return USAGE;
	}
}
