package org.caretwin.engine.random;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The random numbers of an experiment, as pure functions of the seed, the name of a source of randomness, the
 * replication and, for the draws of a step, the patient:
 * <ul>
 * <li>a <em>sequence</em> per source and replication, for what happens in the order of time (arrival gaps, the zone
 * and profile of each arrival);</li>
 * <li>a <em>patient stream</em> per source and patient, for what happens to one patient (durations, delays,
 * branches, remote or not): the k-th draw of a step's duration for the n-th patient of a cohort is the same in
 * every scenario, whatever happened to other patients, so a change late in the pathway leaves every earlier draw
 * in place (common random numbers patient by patient).</li>
 * </ul>
 * Both are SplitMix64 streams ({@link SplitMix}) keyed by mixing the seed with the name, so a source draws the same
 * numbers in every scenario and whatever other sources a model has.
 */
public final class RandomStreams {

	private final long seed;
	private final long seedKey;
	private final Set<String> sourceNames;

	/** @param sourceNames the sources a model may draw from (a name outside them is a modelling error) */
	public RandomStreams(long seed, List<String> sourceNames) {
		this.seed = seed;
		this.seedKey = SplitMix.mix64(seed ^ 0x43617265547769L);
		this.sourceNames = new TreeSet<>(sourceNames);
	}

	public long seed() {
		return seed;
	}

	public List<String> sourceNames() {
		return List.copyOf(sourceNames);
	}

	/** The numbers of {@code sourceName} in {@code replication}, in the order they are drawn. */
	public RandomSource sequence(String sourceName, int replication) {
		long base = SplitMix.mix64(sourceKey(sourceName) + (replication + 1L) * SplitMix.GOLDEN_GAMMA);
		return new RandomSource(SplitMix.mix64(base), SplitMix.mixGamma(base + SplitMix.GOLDEN_GAMMA));
	}

	/** The key of {@code sourceName}'s patient streams (see {@link #patientUniform}). */
	public long sourceKey(String sourceName) {
		if (!sourceNames.contains(sourceName)) {
			throw new IllegalArgumentException("unknown random source '" + sourceName + "'; known: " + sourceNames);
		}
		return SplitMix.mix64(seedKey ^ SplitMix.key(sourceName));
	}

	/** The key of the patients of {@code cohort} in {@code replication}, from which each patient's key is derived. */
	public long cohortKey(String cohort, int replication) {
		return SplitMix.mix64(SplitMix.mix64(seedKey ^ SplitMix.key("patients:" + cohort))
				+ (replication + 1L) * SplitMix.GOLDEN_GAMMA);
	}

	/** The key of the {@code ordinal}-th patient (from 0) of a cohort. */
	public static long patientKey(long cohortKey, long ordinal) {
		return SplitMix.mix64(cohortKey + (ordinal + 1) * SplitMix.GOLDEN_GAMMA);
	}

	/** The {@code draw}-th uniform (from 0) of a source for one patient. */
	public static double patientUniform(long sourceKey, long patientKey, int draw) {
		return SplitMix.uniform(SplitMix.mix64(SplitMix.mix64(patientKey ^ sourceKey) + (draw + 1L) * SplitMix.GOLDEN_GAMMA));
	}

	@Override
	public String toString() {
		return "RandomStreams[seed=" + seed + ", sources=" + sourceNames + "]";
	}
}
