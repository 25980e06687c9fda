package org.caretwin.lang.generator;

import java.util.List;

import org.caretwin.lang.care.Distribution;
import org.caretwin.lang.care.EmpiricalTable;
import org.caretwin.lang.care.Fixed;
import org.caretwin.lang.care.Parameter;
import org.caretwin.lang.care.Parametric;
import org.caretwin.lang.model.Distributions;

/** A model distribution as a Java expression on the engine's {@code Distribution} types, in hours. */
final class DistributionSource {

	private DistributionSource() {
	}

	static String of(Distribution distribution) {
		if (distribution instanceof Fixed fixed) {
			return "new Distribution.Constant(" + Units.quantity(fixed.getValue().getValue(), fixed.getValue().getUnit()) + ")";
		}
		if (distribution instanceof EmpiricalTable table) {
			// values in hours, as text past a few hundred: a table of any length compiles
			double[] hours = Distributions.hours(table);
			return "Distribution.Empirical.equallyLikely(" + TableSource.doubles(
					java.util.Arrays.stream(hours).mapToObj(Units::literal).toList(), hours) + ")";
		}
		Parametric p = (Parametric) distribution;
		List<Parameter> parameters = p.getParameters();
		return switch (p.getLaw()) {
		case CONSTANT -> "new Distribution.Constant(" + value(parameters.get(0)) + ")";
		case UNIFORM -> "new Distribution.Uniform(" + value(parameters.get(0)) + ", " + value(parameters.get(1)) + ")";
		case TRIANGULAR -> "new Distribution.Triangular(" + value(parameters.get(0)) + ", " + value(parameters.get(1)) + ", "
				+ value(parameters.get(2)) + ")";
		case EXPONENTIAL -> "new Distribution.Exponential(" + named(parameters, "mean") + ")";
		case NORMAL -> "new Distribution.Normal(" + named(parameters, "mean") + ", " + named(parameters, "sd") + ")";
		case LOGNORMAL -> "new Distribution.Lognormal(" + named(parameters, "mean") + ", " + named(parameters, "sd") + ")";
		case GAMMA -> "new Distribution.Gamma(" + named(parameters, "mean") + ", " + named(parameters, "sd") + ")";
		case WEIBULL -> "new Distribution.Weibull(" + named(parameters, "shape") + ", " + named(parameters, "scale") + ")";
		case EMPIRICAL -> "Distribution.Empirical.of(" + TableSource.doubles(
				parameters.stream().map(DistributionSource::value).toList(),
				parameters.stream().mapToDouble(DistributionSource::hours).toArray())
				+ ", " + TableSource.doubles(parameters.stream().map(q -> Units.literal(weight(q))).toList(),
						parameters.stream().mapToDouble(DistributionSource::weight).toArray())
				+ ")";
		};
	}

	private static double weight(Parameter parameter) {
		return parameter.eIsSet(org.caretwin.lang.care.CarePackage.Literals.PARAMETER__WEIGHT) ? parameter.getWeight() : 1;
	}

	/** A value in hours, computed as the generated {@code value * UNIT} would be. */
	private static double hours(Parameter parameter) {
		return parameter.getUnit() == null ? parameter.getValue() : parameter.getValue() * Units.hours(parameter.getUnit());
	}

	/** The distribution as the modeller wrote it, for comments in generated code. */
	static String describe(Distribution distribution) {
		String written = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(
				org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(distribution));
		return JavaNames.comment(written.length() > 200 ? written.substring(0, 200) + " …" : written);
	}

	private static String named(List<Parameter> parameters, String name) {
		return parameters.stream().filter(q -> name.equals(q.getName())).findFirst().map(DistributionSource::value)
				.orElseThrow(() -> new IllegalArgumentException("missing parameter " + name));
	}

	private static String value(Parameter parameter) {
		return parameter.getUnit() == null ? Units.literal(parameter.getValue())
				: Units.quantity(parameter.getValue(), parameter.getUnit());
	}
}
