package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.caretwin.lang.care.Model;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.workspace.CareWorkspace;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatterAndHoverTest {

	@TempDir
	Path dir;

	private Model parse(String text) throws Exception {
		Path file = dir.resolve("model.care");
		Files.writeString(file, text);
		return ModelChecker.modelOf(file).model(file);
	}

	private String format(String text) throws Exception {
		Model model = parse(text);
		var injector = CareWorkspace.standalone().injector();
		ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class)
				.forNodeModel((XtextResource) model.eResource()).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(access);
		return access.getRewriter().renderToString(injector.getInstance(IFormatter2.class).format(request));
	}

	@Test
	void blocksAreIndentedOneDeclarationPerLine() throws Exception {
		String messy = """
				resource Clerk count 2
				cohort C {   arrivals 3 per h
				profile A 50%    profile B 50%   }
				pathway Q for C {
				step S by Clerk takes 10 min     end }
				""";
		String expected = """
				resource Clerk count 2
				cohort C {
				    arrivals 3 per h
				    profile A 50%
				    profile B 50%
				}
				pathway Q for C {
				    step S by Clerk takes 10 min     end
				}
				""";
		assertEquals(expected, format(messy));
	}

	@Test
	void formattingKeepsCommentsAndIsStable() throws Exception {
		String text = """
				// the territory
				territory T {
				    zone A population 10 // census
				    zone B population 20
				}
				""";
		String once = format(text);
		assertEquals(text, once);
		assertEquals(once, format(once));
	}

	@Test
	void hoverShowsTheCommentsAboveAndBesideAnElement() throws Exception {
		Model model = parse("""
				resource Surgeon count 8

				// Physiotherapists: 131.3 liberal per 100,000 (CNOMK 2024).
				// A session is 16.13 EUR (Ameli table).
				resource Physiotherapist density 131 per 100000   // liberal only
				resource Nurse count 3
				""");
		IEObjectDocumentationProvider docs = CareWorkspace.standalone().injector().getInstance(IEObjectDocumentationProvider.class);
		Resource physio = (Resource) model.getElements().get(1);
		assertEquals("Physiotherapists: 131.3 liberal per 100,000 (CNOMK 2024).\nA session is 16.13 EUR (Ameli table).\nliberal only",
				docs.getDocumentation(physio));
		assertNull(docs.getDocumentation(model.getElements().get(0)));
		assertNull(docs.getDocumentation(model.getElements().get(2)), "the comment beside the line above is not Nurse's");
	}
}
