package org.caretwin.editor.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;

/** Workspace resources and the file URIs the language server speaks ({@code file:///...}, as Xtext writes them). */
public final class Uris {

	private Uris() {
	}

	public static String of(IFile file) {
		return of(file.getLocation().toPath());
	}

	public static String of(IContainer folder) {
		String uri = of(folder.getLocation().toPath());
		return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

	public static String of(Path path) {
		return path.toAbsolutePath().normalize().toUri().toString();
	}

	/** The workspace file at a language-server URI, if the workspace has one (the first of several links). */
	public static Optional<IFile> file(String uri) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(URI.create(uri));
		return Arrays.stream(files).filter(IFile::isAccessible).findFirst();
	}

	public static boolean isCareFile(IFile file) {
		return file != null && "care".equals(file.getFileExtension());
	}
}
