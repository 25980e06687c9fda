package org.caretwin.diagram;

/** A swimlane: a stable id (its key, e.g. {@code resource:Surgeon}) and the label a clinician reads. */
public record Lane(String id, String label) {
}
