package org.caretwin.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.caretwin.app.ExamplesProjectImporter;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesProjectImporterTest {

	@Test
	void importsTheFolderInPlaceWithoutTouchingItsFiles(@TempDir Path dir) throws Exception {
		Path folder = Files.createDirectories(dir.resolve("my-examples"));
		byte[] model = "// a model\nresource Clerk count 5\n".getBytes(StandardCharsets.UTF_8);
		Files.write(folder.resolve("queue.care"), model);

		IProject project = ExamplesProjectImporter.importFolder(folder.toFile(), new NullProgressMonitor());
		try {
			assertTrue(project.isOpen());
			assertEquals("my-examples", project.getName());
			assertEquals(folder.toRealPath(), Path.of(project.getLocationURI()).toRealPath());
			assertTrue(project.getFile("queue.care").exists());
			assertArrayEquals(model, Files.readAllBytes(folder.resolve("queue.care")));

			// A second start finds the project and leaves it as it is.
			assertEquals(project, ExamplesProjectImporter.importFolder(folder.toFile(), new NullProgressMonitor()));
		} finally {
			project.delete(false, true, new NullProgressMonitor());
		}
		assertArrayEquals(model, Files.readAllBytes(folder.resolve("queue.care")), "deleting the project keeps the files");
	}
}
