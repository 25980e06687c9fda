package org.caretwin.engine;

/** Something that reacts when one of its events occurs: a patient moving along a pathway, an arrival source, a shift. */
@FunctionalInterface
public interface EventTarget {

	void fire(Simulation simulation);
}
