package org.caretwin.diagram.bpmn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads a BPMN file, or says in one line why it is none: camunda's own message says neither where nor what. */
final class BpmnFiles {

	private static final String BPMN_MODEL_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
	private static final Pattern SCHEMA_LINE = Pattern.compile(".*Line=(\\d+): (.*)");

	private BpmnFiles() {
	}

	/** The model of {@code path}; {@code file} is how messages name it. */
	static BpmnModelInstance read(Path path, String file) throws BpmnImportException {
		checkXml(path, file);
		try (InputStream in = Files.newInputStream(path)) {
			return Bpmn.readModelFromStream(in);
		} catch (IOException e) {
			throw error(file, "cannot read: " + oneLine(e.getMessage()));
		} catch (RuntimeException e) {
			// well-formed, with BPMN's root, and still refused by the schema: the innermost cause says why and where
			Throwable cause = e;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			if (cause instanceof SAXParseException sax) {
				throw new BpmnImportException(file + ":" + sax.getLineNumber() + ":" + sax.getColumnNumber()
						+ ": error: not valid BPMN 2.0: " + oneLine(sax.getMessage()));
			}
			// camunda's validator words it "Error: URI=null Line=32: cvc-...", with namespaces in braces
			String message = oneLine(cause.getMessage()).replace("{\"" + BPMN_MODEL_NS + "\":", "").replace("\"" + BPMN_MODEL_NS
					+ "\":", "").replace("}'", "'");
			Matcher line = SCHEMA_LINE.matcher(message);
			throw error(file, line.matches() ? "line " + line.group(1) + ": not valid BPMN 2.0: " + line.group(2)
					: "not valid BPMN 2.0: " + message);
		}
	}

	/** Well-formed XML whose root is BPMN's {@code definitions}. */
	private static void checkXml(Path path, String file) throws BpmnImportException {
		if (!Files.isRegularFile(path)) {
			throw error(file, "no such file");
		}
		try (InputStream in = Files.newInputStream(path)) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			// no DTD, no external entity: a BPMN file has none
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null); // the exception says it; the default handler would print it too
			Element root = builder.parse(in).getDocumentElement();
			if (!BPMN_MODEL_NS.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
				throw error(file, "not a BPMN 2.0 file: its root element is <" + root.getTagName() + ">, not <definitions xmlns=\""
						+ BPMN_MODEL_NS + "\">");
			}
		} catch (SAXParseException e) {
			throw new BpmnImportException(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
					+ ": error: not a BPMN 2.0 file: " + oneLine(e.getMessage()));
		} catch (SAXException | ParserConfigurationException e) {
			throw error(file, "not a BPMN 2.0 file: " + oneLine(e.getMessage()));
		} catch (IOException e) {
			throw error(file, "cannot read: " + oneLine(e.getMessage()));
		}
	}

	static BpmnImportException error(String file, String message) {
		return new BpmnImportException(file + ": error: " + message);
	}

	static String oneLine(String message) {
		return message == null ? "unreadable" : message.replaceAll("\\s+", " ").trim();
	}
}
