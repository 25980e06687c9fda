package org.caretwin.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code caretwin help}: lists the subcommands, one line each. */
final class HelpCommand implements Command {

	private final CareTwinCli cli;

	HelpCommand(CareTwinCli cli) {
		this.cli = cli;
	}

	@Override
	public String name() {
		return "help";
	}

	@Override
	public String synopsis() {
		return "";
	}

	@Override
	public String summary() {
		return "show this list";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		cli.printUsage(out);
		return OK;
	}
}
