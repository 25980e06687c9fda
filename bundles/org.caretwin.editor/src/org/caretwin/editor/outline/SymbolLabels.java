package org.caretwin.editor.outline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.graphics.Image;

/**
 * A symbol's name, and an image by what it declares. The server's symbol kinds are generic, so the kind is read
 * from the declaring keyword at the start of the symbol's range ({@code resource}, {@code step}, ...).
 */
final class SymbolLabels extends LabelProvider {

	private static final Set<String> KINDS = Set.of("territory", "zone", "site", "calendar", "resource", "cohort",
			"profile", "attribute", "pathway", "step", "innovation", "scenario", "experiment");

	private final Function<DocumentSymbol, String> keyword;
	private final Map<String, Image> images = new HashMap<>();

	SymbolLabels(Function<DocumentSymbol, String> keyword) {
		this.keyword = keyword;
	}

	@Override
	public String getText(Object element) {
		String name = ((DocumentSymbol) element).getName();
		return name.substring(name.lastIndexOf('.') + 1); // the server qualifies steps with their pathway
	}

	@Override
	public Image getImage(Object element) {
		String kind = keyword.apply((DocumentSymbol) element);
		String name = KINDS.contains(kind) ? kind : "element";
		return images.computeIfAbsent(name, n -> ImageDescriptor
				.createFromURL(SymbolLabels.class.getResource("/icons/obj/" + n + ".png")).createImage());
	}

	@Override
	public void dispose() {
		images.values().forEach(Image::dispose);
		images.clear();
		super.dispose();
	}
}
