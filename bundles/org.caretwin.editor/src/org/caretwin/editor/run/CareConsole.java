package org.caretwin.editor.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/** The CareTwin console: what {@code caretwin simulate} prints, for each run started in the workbench. */
public final class CareConsole {

	static final String NAME = "CareTwin";

	private CareConsole() {
	}

	public static MessageConsole get() {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		for (IConsole console : manager.getConsoles()) {
			if (console instanceof MessageConsole message && NAME.equals(console.getName())) {
				return message;
			}
		}
		MessageConsole console = new MessageConsole(NAME, null);
		manager.addConsoles(new IConsole[] { console });
		return console;
	}

	/** Appends what {@code printer} prints, as one block. */
	public static void print(Consumer<PrintStream> printer) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
			printer.accept(out);
		}
		try (MessageConsoleStream stream = get().newMessageStream()) {
			stream.print(bytes.toString(StandardCharsets.UTF_8));
		} catch (IOException e) {
			ILog.of(CareConsole.class).warn("Could not write to the CareTwin console: " + e.getMessage());
		}
	}

	public static void println(String line) {
		print(out -> out.println(line));
	}
}
