package org.caretwin.lang.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Profile;
import org.caretwin.lang.care.ProfileDuration;
import org.caretwin.lang.care.ProfileDurations;
import org.caretwin.lang.care.RemoteMode;
import org.caretwin.lang.care.Step;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

/**
 * A duration, delay or remote duration written by profile ({@code takes Hip: ..., Knee: ..., otherwise ...}) says
 * what every profile of the cohort gets: each profile once, and an {@code otherwise} for the profiles not listed.
 */
public class ProfileDurationValidator extends ComposedCareValidator {

	public static final String MISSING_PROFILE = "missingProfileDuration";
	public static final String DUPLICATE_PROFILE = "duplicateProfileDuration";

	@Check
	public void everyProfileHasOneDuration(ProfileDurations durations) {
		Set<Profile> listed = new HashSet<>();
		for (ProfileDuration duration : durations.getCases()) {
			Profile profile = duration.getProfile();
			if (profile != null && !profile.eIsProxy() && !listed.add(profile)) {
				error(profile.getName() + " is given two " + what(durations) + "s: keep one", duration,
						CarePackage.Literals.PROFILE_DURATION__PROFILE, DUPLICATE_PROFILE);
			}
		}
		Pathway pathway = EcoreUtil2.getContainerOfType(durations, Pathway.class);
		Cohort cohort = pathway == null ? null : pathway.getCohort();
		if (durations.getOtherwise() != null || cohort == null || cohort.eIsProxy()) {
			return;
		}
		List<String> missing = cohort.getProfiles().stream().filter(p -> !listed.contains(p)).map(Profile::getName).toList();
		if (!missing.isEmpty()) {
			error("The " + what(durations) + " of " + stepName(durations) + " names no " + what(durations) + " for "
					+ String.join(", ", missing) + ": add '" + missing.get(0) + ": …' or 'otherwise …' at the end",
					durations, CarePackage.Literals.PROFILE_DURATIONS__CASES, MISSING_PROFILE, String.join(",", missing));
		}
	}

	private static String what(ProfileDurations durations) {
		if (durations.eContainer() instanceof RemoteMode) {
			return "remote duration";
		}
		return durations.eContainingFeature() == CarePackage.Literals.STEP__DELAYS ? "delay" : "duration";
	}

	private static String stepName(ProfileDurations durations) {
		Step step = EcoreUtil2.getContainerOfType(durations, Step.class);
		return step == null ? "this step" : step.getName();
	}
}
