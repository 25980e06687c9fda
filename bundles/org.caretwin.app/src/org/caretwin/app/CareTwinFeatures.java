package org.caretwin.app;

import java.util.Arrays;

import org.eclipse.core.runtime.IBundleGroup;
import org.eclipse.ui.branding.IBundleGroupConstants;
import org.eclipse.core.runtime.IBundleGroupProvider;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The installed CareTwin feature, as the About dialog and Installation Details list features. The product is
 * provisioned without the update configurator or the p2 UI, which would otherwise provide this list.
 */
final class CareTwinFeatures implements IBundleGroupProvider {

	static final String FEATURE_ID = "org.caretwin.feature";

	@Override
	public String getName() {
		return ProductInfo.NAME;
	}

	@Override
	public IBundleGroup[] getBundleGroups() {
		return new IBundleGroup[] { new Feature() };
	}

	private static final class Feature implements IBundleGroup {

		@Override
		public String getIdentifier() {
			return FEATURE_ID;
		}

		@Override
		public String getName() {
			return ProductInfo.NAME;
		}

		@Override
		public String getVersion() {
			return FrameworkUtil.getBundle(CareTwinFeatures.class).getVersion().toString();
		}

		@Override
		public String getDescription() {
			return "Care pathways, territorial resources and telemedicine scenarios compiled into discrete-event "
					+ "simulations.";
		}

		@Override
		public String getProviderName() {
			return ProductInfo.NAME;
		}

		@Override
		public Bundle[] getBundles() {
			Bundle self = FrameworkUtil.getBundle(CareTwinFeatures.class);
			return Arrays.stream(self.getBundleContext().getBundles())
					.filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.caretwin.")).toArray(Bundle[]::new);
		}

		@Override
		public String getProperty(String key) {
			if (IBundleGroupConstants.FEATURE_IMAGE.equals(key)) {
				return FrameworkUtil.getBundle(CareTwinFeatures.class).getEntry("icons/caretwin32.png").toExternalForm();
			}
			if (IBundleGroupConstants.ABOUT_TEXT.equals(key)) {
				IProduct product = Platform.getProduct();
				return product == null ? getDescription() : product.getProperty("aboutText");
			}
			if (IBundleGroupConstants.LICENSE_HREF.equals(key)) {
				return "https://www.eclipse.org/legal/epl-2.0/";
			}
			return null;
		}
	}
}
