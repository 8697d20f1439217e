package org.placewise.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

/**
 * Turns the parser's and EMF's load failures into sentences naming the file, line and column.
 */
final class LoadProblems {

	private static final int MAX_LISTED = 5;

	/** A fully qualified Java class name with its colon, as {@code Throwable.toString()} writes it. */
	private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*[:;]\\s*");

	private LoadProblems() {
	}

	static String explain(String file, Resource resource, Throwable failure) {
		Set<String> sentences = new LinkedHashSet<>();
		for (Resource.Diagnostic diagnostic : resource.getErrors()) {
			if (diagnostic instanceof Throwable t && t.getCause() instanceof SAXParseException parse) {
				// EMF wraps parser errors: report the parser's own words once.
				sentences.add(sentence(parse, parse.getLineNumber(), parse.getColumnNumber()));
			} else {
				sentences.add(sentence(diagnostic, diagnostic.getLine(), diagnostic.getColumn()));
			}
		}
		SAXParseException parse = find(failure, SAXParseException.class);
		if (parse != null) {
			sentences.add(sentence(parse, parse.getLineNumber(), parse.getColumnNumber()));
		}
		if (sentences.isEmpty() && failure != null) {
			Throwable root = failure;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			String reason = withoutClassNames(root.getMessage());
			sentences.add("it could not be read" + (reason.isBlank() ? "" : " (" + reason + ")"));
		}
		List<String> listed = new ArrayList<>(sentences);
		StringBuilder message = new StringBuilder("Cannot open ").append(file).append(": ");
		message.append(String.join("; ", listed.subList(0, Math.min(MAX_LISTED, listed.size()))));
		if (listed.size() > MAX_LISTED) {
			message.append("; and ").append(listed.size() - MAX_LISTED).append(" more problems");
		}
		return message.append(". Nothing was loaded.").toString();
	}

	private static String sentence(Object problem, int line, int column) {
		String at = "line " + line + ", column " + column + ": ";
		String text = problem instanceof Throwable t ? t.getMessage() : ((Resource.Diagnostic) problem).getMessage();
		text = withoutClassNames(text);
		Object cause = problem;
		if (problem instanceof Resource.Diagnostic && !(problem instanceof Throwable)) {
			cause = null;
		}
		if (cause instanceof UnresolvedReferenceException unresolved) {
			return at + "refers to an object with id '" + unresolved.getReference()
					+ "' that is not in the file (a dangling reference)";
		}
		if (cause instanceof ClassNotFoundException notFound) {
			return at + "unknown type '" + notFound.getName() + "': it is not part of the Placewise metamodel";
		}
		if (cause instanceof FeatureNotFoundException notFound) {
			return at + "unknown feature '" + notFound.getName() + "' on " + notFound.getObject().eClass().getName()
					+ ": it is not part of the Placewise metamodel";
		}
		if (cause instanceof PackageNotFoundException notFound) {
			return at + "unknown model namespace '" + notFound.uri()
					+ "': this is not a Placewise model file, or it was"
					+ " written by a version of Placewise that this one does not know";
		}
		if (cause instanceof IllegalValueException illegal && illegal.getValue() instanceof EObject wrong) {
			// A link (href) to an object that cannot be held there, such as the model inside a footprint.
			return (line < 0 ? "" : at) + ModelFiles.describe(illegal.getObject()) + " cannot hold "
					+ ModelFiles.describe(wrong) + " in '" + illegal.getFeature().getName() + "'";
		}
		if (cause instanceof IllegalValueException illegal) {
			// The model's own refusals (a number too large, a control character) say why.
			String why = illegal.getCause() instanceof IllegalArgumentException refused && refused.getMessage() != null
					&& refused.getMessage().startsWith("the ") ? ": " + refused.getMessage() : "";
			return at + "the value '" + illegal.getValue() + "' is not valid for '" + illegal.getFeature().getName()
					+ "'"
					+ why;
		}
		if (text.contains("DOCTYPE is disallowed")) {
			return at + "the file declares a document type (DOCTYPE). Placewise model files never contain DTDs or"
					+ " entity declarations, which can read other files (external entities) or expand without bound"
					+ " (\"billion laughs\"), so the file was refused";
		}
		if (text.contains("MalformedByteSequence") || text.contains("UTF-8 sequence")) {
			return at + "the file is not UTF-8 text (" + text + "): it is not a Placewise model file, or it was"
					+ " saved in another encoding";
		}
		if (text.contains("maxElementDepth") || text.contains("depth of")) {
			return at + "the file nests elements more deeply than any model file does, so it was refused";
		}
		if (text.contains("entity expansions") || text.contains("JAXP0001")) {
			return at + "the file expands entities beyond the safe limit, so it was refused";
		}
		if (text.contains("Premature end of file") || text.contains("must start and end within the same entity")
				|| text.contains("XML document structures must")) {
			return at
					+ "the file ends before the model is complete: it is truncated, or it is not a Placewise model file";
		}
		if (problem instanceof SAXParseException || text.contains("well-formed") || text.contains("must be")) {
			return at + "the file is not well-formed XML (" + text + ")";
		}
		return at + text;
	}

	/**
	 * @param text a parser's or EMF's message
	 * @return the message without the Java class names some of them start with
	 *         ({@code com.sun.org.apache.xerces.internal.impl.io.MalformedByteSequenceException: })
	 */
	static String withoutClassNames(String text) {
		return text == null ? "" : CLASS_NAME.matcher(text).replaceAll("").strip();
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
			if (t instanceof Resource.IOWrappedException wrapped && wrapped.getCause() != null
					&& type.isInstance(wrapped.getCause())) {
				return type.cast(wrapped.getCause());
			}
		}
		return null;
	}
}
