package org.caretwin.editor.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The CareTwin preferences: editor colours, and the run settings that experiment runs read. */
public final class CarePreferences {

	public static final String QUALIFIER = "org.caretwin.editor";
	/** Replications of a run started without an explicit number. */
	public static final String DEFAULT_REPLICATIONS = "run.defaultReplications";
	/** Whether saving a model re-runs its experiment with a few replications. */
	public static final String LIVE = "run.live";
	/** Whether the Outline follows the editor's caret. */
	public static final String OUTLINE_LINKED = "outline.linkWithEditor";

	private static IPreferenceStore store;

	private CarePreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
		}
		return store;
	}
}
