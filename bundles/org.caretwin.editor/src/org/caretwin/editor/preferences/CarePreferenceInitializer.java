package org.caretwin.editor.preferences;

import org.caretwin.editor.presentation.CareStyles;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Default colours (close to Eclipse's Java editor), 10 replications, live results off. */
public class CarePreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(CarePreferences.QUALIFIER);
		for (String[] style : CareStyles.ALL) {
			defaults.put(CareStyles.colourKey(style[0]), style[2]);
		}
		defaults.putInt(CarePreferences.DEFAULT_REPLICATIONS, 10);
		defaults.putBoolean(CarePreferences.LIVE, false);
		defaults.putBoolean(CarePreferences.OUTLINE_LINKED, true);
	}
}
