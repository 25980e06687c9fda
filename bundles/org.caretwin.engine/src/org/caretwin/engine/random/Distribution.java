package org.caretwin.engine.random;

import java.util.Arrays;

import umontreal.ssj.probdist.GammaDist;
import umontreal.ssj.probdist.LognormalDist;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.probdist.TriangularDist;
import umontreal.ssj.probdist.WeibullDist;

/**
 * A non-negative continuous distribution of durations or delays, sampled by inversion with SSJ's distribution
 * functions. Parameters are in the model's time unit (hours) unless stated otherwise.
 */
public sealed interface Distribution {

	/** The quantile at {@code u} in (0,1). */
	double inverse(double u);

	double mean();

	double variance();

	/** {@code factor} times a value drawn from {@code law}: the law itself when the factor is 1, so draws stay bit for bit. */
	static Distribution scaled(Distribution law, double factor) {
		return factor == 1 ? law : new Scaled(law, factor);
	}

	/** A law scaled by a positive factor (a scenario's "arrivals +20%" divides the gaps by 1.2). */
	record Scaled(Distribution law, double factor) implements Distribution {
		public Scaled {
			if (!(factor > 0)) {
				throw new IllegalArgumentException("a scale factor must be more than zero, was " + factor);
			}
		}

		@Override
		public double inverse(double u) {
			return law.inverse(u) * factor;
		}

		@Override
		public double mean() {
			return law.mean() * factor;
		}

		@Override
		public double variance() {
			return law.variance() * factor * factor;
		}
	}

	record Constant(double value) implements Distribution {
		public Constant {
			requireNonNegative("constant", value);
		}

		@Override
		public double inverse(double u) {
			return value;
		}

		@Override
		public double mean() {
			return value;
		}

		@Override
		public double variance() {
			return 0;
		}
	}

	record Uniform(double min, double max) implements Distribution {
		public Uniform {
			requireNonNegative("uniform minimum", min);
			if (!(max >= min)) {
				throw new IllegalArgumentException("uniform: max " + max + " < min " + min);
			}
		}

		@Override
		public double inverse(double u) {
			return min + u * (max - min);
		}

		@Override
		public double mean() {
			return (min + max) / 2;
		}

		@Override
		public double variance() {
			return (max - min) * (max - min) / 12;
		}
	}

	record Triangular(double min, double mode, double max) implements Distribution {
		public Triangular {
			requireNonNegative("triangular minimum", min);
			if (!(min <= mode && mode <= max && min < max)) {
				throw new IllegalArgumentException("triangular: need min <= mode <= max and min < max");
			}
		}

		@Override
		public double inverse(double u) {
			return TriangularDist.inverseF(min, max, mode, u);
		}

		@Override
		public double mean() {
			return (min + mode + max) / 3;
		}

		@Override
		public double variance() {
			return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
		}
	}

	record Exponential(double mean) implements Distribution {
		public Exponential {
			requirePositive("exponential mean", mean);
		}

		/** Math.log is a compiler intrinsic where log1p is not; 1 - u is exact to 2^-54, ample for a duration. */
		@Override
		public double inverse(double u) {
			return -mean * Math.log(1 - u);
		}

		@Override
		public double variance() {
			return mean * mean;
		}
	}

	/** Normal truncated at zero (durations cannot be negative), sampled by inversion of the truncated law. */
	record Normal(double mu, double sd) implements Distribution {
		public Normal {
			requirePositive("normal sd", sd);
		}

		@Override
		public double inverse(double u) {
			double below = NormalDist.cdf01(-mu / sd);
			return mu + sd * NormalDist.inverseF01(below + u * (1 - below));
		}

		@Override
		public double mean() {
			double alpha = -mu / sd;
			return mu + sd * NormalDist.density01(alpha) / (1 - NormalDist.cdf01(alpha));
		}

		@Override
		public double variance() {
			double alpha = -mu / sd;
			double lambda = NormalDist.density01(alpha) / (1 - NormalDist.cdf01(alpha));
			return sd * sd * (1 + alpha * lambda - lambda * lambda);
		}
	}

	/** Lognormal given by the mean and standard deviation of the duration itself (not of its logarithm). */
	record Lognormal(double mean, double sd) implements Distribution {
		public Lognormal {
			requirePositive("lognormal mean", mean);
			requirePositive("lognormal sd", sd);
		}

		double sigma() {
			return Math.sqrt(Math.log1p(sd * sd / (mean * mean)));
		}

		double mu() {
			double s = sigma();
			return Math.log(mean) - s * s / 2;
		}

		@Override
		public double inverse(double u) {
			return LognormalDist.inverseF(mu(), sigma(), u);
		}

		@Override
		public double variance() {
			return sd * sd;
		}
	}

	/** Gamma given by its mean and standard deviation. */
	record Gamma(double mean, double sd) implements Distribution {
		public Gamma {
			requirePositive("gamma mean", mean);
			requirePositive("gamma sd", sd);
		}

		@Override
		public double inverse(double u) {
			double shape = mean * mean / (sd * sd);
			double rate = mean / (sd * sd);
			return GammaDist.inverseF(shape, rate, 15, u);
		}

		@Override
		public double variance() {
			return sd * sd;
		}
	}

	/** Weibull with shape k and scale lambda: F(x) = 1 - exp(-(x/lambda)^k). */
	record Weibull(double shape, double scale) implements Distribution {
		public Weibull {
			requirePositive("weibull shape", shape);
			requirePositive("weibull scale", scale);
		}

		@Override
		public double inverse(double u) {
			return WeibullDist.inverseF(shape, 1 / scale, 0, u);
		}

		@Override
		public double mean() {
			return scale * Math.exp(umontreal.ssj.util.Num.lnGamma(1 + 1 / shape));
		}

		@Override
		public double variance() {
			double g2 = Math.exp(umontreal.ssj.util.Num.lnGamma(1 + 2 / shape));
			double m = mean() / scale;
			return scale * scale * (g2 - m * m);
		}
	}

	/** Discrete empirical law: {@code values[i]} with probability {@code weights[i] / sum(weights)}. */
	record Empirical(double[] values, double[] cumulative) implements Distribution {
		/** Observations, each as likely as the others (a table read from a file: no weights to write). */
		public static Empirical equallyLikely(double[] values) {
			double[] weights = new double[values.length];
			Arrays.fill(weights, 1);
			return of(values, weights);
		}

		public static Empirical of(double[] values, double[] weights) {
			if (values.length == 0 || values.length != weights.length) {
				throw new IllegalArgumentException("empirical: need as many weights as values, at least one");
			}
			for (int i = 0; i < weights.length; i++) {
				requireNonNegative("empirical value", values[i]);
				requireNonNegative("empirical weight", weights[i]);
			}
			double[] cumulative = Cumulative.ofWeights(weights);
			cumulative[cumulative.length - 1] = 1;
			return new Empirical(values.clone(), cumulative);
		}

		/**
		 * The first value whose running share exceeds {@code u} (the last one otherwise), found by bisection since a
		 * table read from a file may hold hundreds of thousands of values; the shares never decrease.
		 */
		@Override
		public double inverse(double u) {
			int low = 0;
			int high = cumulative.length - 1;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (u < cumulative[middle]) {
					high = middle;
				} else {
					low = middle + 1;
				}
			}
			return values[low];
		}

		@Override
		public double mean() {
			double m = 0;
			double previous = 0;
			for (int i = 0; i < values.length; i++) {
				m += values[i] * (cumulative[i] - previous);
				previous = cumulative[i];
			}
			return m;
		}

		@Override
		public double variance() {
			double m = mean();
			double v = 0;
			double previous = 0;
			for (int i = 0; i < values.length; i++) {
				v += (values[i] - m) * (values[i] - m) * (cumulative[i] - previous);
				previous = cumulative[i];
			}
			return v;
		}
	}

	private static void requirePositive(String what, double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(what + " must be a positive number, was " + value);
		}
	}

	private static void requireNonNegative(String what, double value) {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(what + " must be zero or more, was " + value);
		}
	}
}
