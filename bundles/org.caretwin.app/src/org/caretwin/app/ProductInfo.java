package org.caretwin.app;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Name and version shown in the window title and the About dialog. */
public final class ProductInfo {

	public static final String NAME = "CareTwin";

	private ProductInfo() {
	}

	/** The release version, e.g. "0.1.0" (the build qualifier is left out). */
	public static String version() {
		Version v = FrameworkUtil.getBundle(ProductInfo.class).getVersion();
		return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
	}

	public static String title() {
		return NAME + " " + version();
	}
}
