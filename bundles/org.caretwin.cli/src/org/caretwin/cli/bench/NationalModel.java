package org.caretwin.cli.bench;

import java.util.Locale;

/**
 * A synthetic national-scale model for the benchmark, written as .care text so it goes through the whole
 * toolchain: 101 zones (the French départements) of unequal population summing to about 67 million, resources by
 * density, about 320,000 hip and knee arthroplasties a year on the Loire pathway.
 */
final class NationalModel {

	static final int ZONES = 101;

	private NationalModel() {
	}

	static String text() {
		StringBuilder care = new StringBuilder("territory France {\n");
		for (int z = 0; z < ZONES; z++) {
			// Unequal populations (about 110,000 to 1,250,000), deterministic.
			long population = 110_000 + (long) ((z * 7919L) % 101) * 11_300;
			care.append(String.format(Locale.ROOT, "    zone D%03d population %d%n", z + 1, population));
		}
		for (int z = 0; z < ZONES; z++) {
			// A ring of neighbours plus a chord every tenth zone: travel times from 35 to 90 minutes.
			care.append(String.format(Locale.ROOT, "    travel D%03d <-> D%03d %d min%n", z + 1, (z + 1) % ZONES + 1, 35 + (z * 13) % 55));
			if (z % 10 == 0) {
				care.append(String.format(Locale.ROOT, "    travel D%03d <-> D%03d %d min%n", z + 1, (z + 37) % ZONES + 1, 120));
			}
		}
		care.append("}\n");
		care.append("""
				calendar Weekdays { monday..friday 08:00-18:00 }
				calendar Theatre  { monday..friday 08:00-12:00, 13:00-17:00 }

				resource Surgeon         density 5.7 per 100000 share 40% calendar Weekdays cost 90 EUR/h
				resource Anaesthetist    density 4   per 100000 share 30% calendar Weekdays cost 85 EUR/h
				resource OperatingRoom   density 2   per 100000 share 30% calendar Theatre
				resource Bed             density 12  per 100000 share 25%                   cost 450 EUR/day
				resource RehabBed        density 10  per 100000 share 30%                   cost 280 EUR/day
				resource GP              density 82  per 100000 share 2%  calendar Weekdays cost 30 EUR/act
				resource Physiotherapist density 131 per 100000 share 10% calendar Weekdays cost 16.13 EUR/act

				cohort Arthroplasty {
				    arrivals 320000 per year
				    profile Hip  62%
				    profile Knee 38%
				    attribute age lognormal(mean 71 years, sd 9 years)
				}

				pathway HipKnee for Arthroplasty {
				    step Referral     by GP            takes 20 min
				    step Consultation by Surgeon       takes 30 min   after exponential(mean 3 weeks)
				    step Anaesthesia  by Anaesthetist  takes 20 min   after 2 weeks
				    step Surgery      by Surgeon, Anaesthetist, OperatingRoom
				                      takes lognormal(mean 95 min, sd 25 min)  after 6 weeks
				    step Stay         uses Bed  for lognormal(mean 4.4 days, sd 2.9 days)
				        then branch {
				            Hip:  50% -> InpatientRehab, otherwise -> HomeRehab
				            Knee: 40% -> InpatientRehab, otherwise -> HomeRehab
				        }
				    step InpatientRehab uses RehabBed for lognormal(mean 23 days, sd 8 days)  then FollowUp
				    step HomeRehab  by Physiotherapist takes 30 min  at home
				                    repeat Hip: 15 Knee: 25 every uniform(2 days, 3 days)  then FollowUp
				    step FollowUp   by Surgeon  takes 15 min  after 6 weeks
				        end
				}

				scenario Baseline

				experiment National {
				    compare Baseline
				    horizon 1 year
				    replications 2  seed 1
				    report wait(Surgery), utilisation(Surgeon), duration(pathway)
				}
				""");
		return care.toString();
	}
}
