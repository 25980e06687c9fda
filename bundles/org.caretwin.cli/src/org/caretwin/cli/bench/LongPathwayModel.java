package org.caretwin.cli.bench;

import java.util.Locale;

/**
 * A synthetic pathway of {@link #STEPS} steps for the diagram benchmark, written as .care text: five professions,
 * a planned delay every seventh step, a repeated step every eleventh, a remote mode every thirteenth and a branch
 * every twentieth that skips one step, so the layout meets every kind of node and lane a real pathway has.
 */
final class LongPathwayModel {

	static final int STEPS = 200;
	private static final String[] PROFESSIONS = { "GP", "Surgeon", "Nurse", "Physiotherapist", "Bed" };

	private LongPathwayModel() {
	}

	static String text() {
		StringBuilder care = new StringBuilder("""
				calendar Weekdays { monday..friday 08:00-18:00 }

				resource GP              count 20 calendar Weekdays
				resource Surgeon         count 10 calendar Weekdays
				resource Nurse           count 30
				resource Physiotherapist count 25 calendar Weekdays
				resource Bed             count 60
				resource App             unlimited

				cohort Patients {
				    arrivals 2000 per year
				}

				pathway Long for Patients {
				""");
		for (int i = 1; i <= STEPS; i++) {
			care.append(String.format(Locale.ROOT, "    step %s by %s takes %d min", step(i), PROFESSIONS[i % PROFESSIONS.length],
					15 + (i * 7) % 45));
			if (i % 7 == 0) {
				care.append("  after 2 weeks");
			}
			if (i % 11 == 0) {
				care.append("  repeat 3 every 2 days");
			}
			if (i % 13 == 0) {
				care.append("\n        remote Teleconsultation by App takes 10 min for 40%");
			}
			if (i == STEPS) {
				care.append("\n        end\n");
			} else if (i % 20 == 0 && i + 2 <= STEPS) {
				care.append(String.format(Locale.ROOT, "\n        then branch { 30%% -> %s, otherwise -> %s }%n", step(i + 2),
						step(i + 1)));
			} else {
				care.append('\n');
			}
		}
		care.append("""
				}

				scenario Baseline

				experiment Long {
				    compare Baseline
				    horizon 1 year
				    replications 2  seed 1
				    report duration(pathway)
				}
				""");
		return care.toString();
	}

	private static String step(int i) {
		return String.format(Locale.ROOT, "S%03d", i);
	}
}
