package org.caretwin.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code caretwin ide} is carried out by the launcher script, which starts the workbench; listed here for help. */
final class IdeCommand implements Command {

	@Override
	public String name() {
		return "ide";
	}

	@Override
	public String synopsis() {
		return "[-data WORKSPACE]";
	}

	@Override
	public String summary() {
		return "open the CareTwin IDE (dsl-examples/ is imported on first start)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		err.println("caretwin: 'ide' is started by the caretwin launcher script, not by the headless command line");
		return USAGE;
	}
}
