package org.caretwin.experiment;

import java.io.Serializable;

/**
 * The generated Java of one experiment: all a runner needs to compile and run its replications anywhere (another
 * thread, another machine). A runner ships it once and its units refer to it.
 */
public record ModelSource(String className, String javaSource) implements Serializable {
}
