package org.caretwin.lang.model;

import java.util.List;

import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.EmpiricalTable;
import org.caretwin.lang.care.Fixed;
import org.caretwin.lang.care.Parametric;
import org.caretwin.lang.generator.Units;
import org.caretwin.lang.load.EmpiricalValues;
import org.caretwin.lang.model.ResolvedModel.Distribution;
import org.caretwin.lang.model.ResolvedModel.Parameter;

/**
 * A written distribution as a record, values in hours, with its mean as the engine computes it: the mean is taken
 * from the engine's own distribution (a normal is truncated at zero, a Weibull's mean needs the gamma function), so
 * that a figure read from the records is the one a simulation converges to.
 */
public final class Distributions {

	private Distributions() {
	}

	/** The record of {@code written}; null for null. Refuses, as the engine does, parameters that make no law. */
	public static Distribution of(org.caretwin.lang.care.Distribution written) {
		if (written == null) {
			return null;
		}
		String text = Positions.text(written);
		if (written instanceof Fixed fixed) {
			double hours = fixed.getValue().getValue() * Units.hours(fixed.getValue().getUnit());
			return new Distribution(Distribution.FIXED, List.of(new Parameter(null, hours, 1)), hours, text);
		}
		if (written instanceof EmpiricalTable table) {
			List<Parameter> values = java.util.Arrays.stream(hours(table)).mapToObj(h -> new Parameter(null, h, 1)).toList();
			return new Distribution("empirical", values, engineLaw("empirical", values).mean(), text);
		}
		Parametric parametric = (Parametric) written;
		List<Parameter> parameters = parametric.getParameters().stream().map(Distributions::parameter).toList();
		String law = parametric.getLaw().getLiteral();
		return new Distribution(law, parameters, engineLaw(law, parameters).mean(), text);
	}

	/**
	 * The values of a table in hours, computed as the generated code computes them; a table that cannot be read is
	 * refused (the validator says why, at the file name).
	 */
	public static double[] hours(EmpiricalTable table) {
		EmpiricalValues.Result read = EmpiricalValues.read(table, table.getFile(), table.getColumn());
		if (!read.ok()) {
			throw new IllegalStateException(read.problem());
		}
		double unit = table.getUnit() == null ? 1 : Units.hours(table.getUnit());
		return java.util.Arrays.stream(read.values()).map(v -> v * unit).toArray();
	}

	private static Parameter parameter(org.caretwin.lang.care.Parameter written) {
		double value = written.getUnit() == null ? written.getValue() : written.getValue() * Units.hours(written.getUnit());
		double weight = written.eIsSet(CarePackage.Literals.PARAMETER__WEIGHT) ? written.getWeight() : 1;
		return new Parameter(written.getName(), value, weight);
	}

	/** The engine's distribution for a law and its parameters, built as the generated code builds it. */
	private static org.caretwin.engine.random.Distribution engineLaw(String law, List<Parameter> p) {
		return switch (law) {
		case "constant" -> new org.caretwin.engine.random.Distribution.Constant(p.get(0).value());
		case "uniform" -> new org.caretwin.engine.random.Distribution.Uniform(p.get(0).value(), p.get(1).value());
		case "triangular" -> new org.caretwin.engine.random.Distribution.Triangular(p.get(0).value(), p.get(1).value(),
				p.get(2).value());
		case "exponential" -> new org.caretwin.engine.random.Distribution.Exponential(named(p, "mean"));
		case "normal" -> new org.caretwin.engine.random.Distribution.Normal(named(p, "mean"), named(p, "sd"));
		case "lognormal" -> new org.caretwin.engine.random.Distribution.Lognormal(named(p, "mean"), named(p, "sd"));
		case "gamma" -> new org.caretwin.engine.random.Distribution.Gamma(named(p, "mean"), named(p, "sd"));
		case "weibull" -> new org.caretwin.engine.random.Distribution.Weibull(named(p, "shape"), named(p, "scale"));
		case "empirical" -> org.caretwin.engine.random.Distribution.Empirical.of(
				p.stream().mapToDouble(Parameter::value).toArray(), p.stream().mapToDouble(Parameter::weight).toArray());
		default -> throw new IllegalArgumentException("unknown law " + law);
		};
	}

	private static double named(List<Parameter> parameters, String name) {
		return parameters.stream().filter(q -> name.equals(q.name())).findFirst().map(Parameter::value)
				.orElseThrow(() -> new IllegalArgumentException("missing parameter " + name));
	}
}
