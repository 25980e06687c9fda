package org.caretwin.experiment;

/** One JSON object written field by field, for the data rows of the chart specs. */
final class JsonObject {

	private final StringBuilder json = new StringBuilder("{");

	JsonObject text(String name, String value) {
		return raw(name, Json.scriptString(value));
	}

	JsonObject number(String name, double value) {
		return raw(name, Json.number(value));
	}

	/** {@code value} is JSON already. */
	JsonObject raw(String name, String value) {
		if (json.length() > 1) {
			json.append(',');
		}
		json.append(Json.scriptString(name)).append(':').append(value);
		return this;
	}

	@Override
	public String toString() {
		return json + "}";
	}
}
