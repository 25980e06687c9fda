package org.caretwin.lang.diagnostics;

import java.util.List;
import java.util.stream.StreamSupport;

import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Import;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.workspace.ModelFiles;
import org.eclipse.emf.ecore.resource.Resource;

/** What the imports of a file bring: {@code import Loire.*} the names under a territory of the model. */
public final class Imports {

	private Imports() {
	}

	/** The namespace an import names, without its {@code .*}. */
	public static String namespace(Import imported) {
		String written = imported.getImportedNamespace() == null ? "" : imported.getImportedNamespace();
		return written.endsWith(".*") ? written.substring(0, written.length() - 2) : written;
	}

	/** Whether no file of the model exports a name under the import's namespace (nor the name itself). */
	public static boolean bringsNothing(Import imported) {
		Resource resource = imported.eResource();
		String namespace = namespace(imported);
		return ModelFiles.of(resource).descriptions(resource).stream()
				.flatMap(d -> StreamSupport.stream(d.getExportedObjects().spliterator(), false))
				.map(o -> o.getName().toString()).noneMatch(n -> n.equals(namespace) || n.startsWith(namespace + "."));
	}

	/** Whether a file has an import that brings nothing: its unqualified names then fail to resolve because of it. */
	public static boolean anyBringsNothing(Resource resource) {
		return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model
				&& model.getImports().stream().anyMatch(Imports::bringsNothing);
	}

	/** The territories of the model, the namespaces an import may name. */
	public static List<String> territories(Resource resource) {
		return ModelFiles.of(resource).exported(resource, CarePackage.Literals.TERRITORY).stream()
				.map(d -> d.getName().toString()).distinct().sorted().toList();
	}
}
