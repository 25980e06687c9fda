package org.caretwin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** The CareTwin release: this bundle's {@code Bundle-Version} without the build qualifier. */
final class Version {

	private Version() {
	}

	static String current() {
		try {
			URL location = Version.class.getProtectionDomain().getCodeSource().getLocation();
			Path path = Path.of(location.toURI());
			Manifest manifest;
			if (Files.isDirectory(path)) {
				try (InputStream in = Files.newInputStream(path.resolve("META-INF/MANIFEST.MF"))) {
					manifest = new Manifest(in);
				}
			} else {
				try (JarFile jar = new JarFile(path.toFile())) {
					manifest = jar.getManifest();
				}
			}
			String version = manifest.getMainAttributes().getValue("Bundle-Version");
			String[] parts = version.split("\\.");
			return parts.length >= 3 ? parts[0] + "." + parts[1] + "." + parts[2] : version;
		} catch (IOException | java.net.URISyntaxException | RuntimeException e) {
			return "unknown";
		}
	}
}
