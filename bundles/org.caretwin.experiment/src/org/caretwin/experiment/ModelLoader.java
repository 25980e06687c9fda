package org.caretwin.experiment;

/** Turns a model's source into the factory of its scenario models (the language layer compiles it with javac). */
@FunctionalInterface
public interface ModelLoader {

	ModelFactory load(ModelSource source);
}
