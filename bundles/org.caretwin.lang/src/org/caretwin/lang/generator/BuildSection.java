package org.caretwin.lang.generator;

import java.util.List;
import java.util.stream.Collectors;

import org.caretwin.engine.random.SourceNames;
import org.caretwin.lang.care.Attribute;
import org.caretwin.lang.care.Calendar;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Count;
import org.caretwin.lang.care.Density;
import org.caretwin.lang.care.Opening;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.PoissonArrivals;
import org.caretwin.lang.care.Profile;
import org.caretwin.lang.care.RenewalArrivals;
import org.caretwin.lang.care.ScheduledArrivals;
import org.caretwin.lang.care.SeriesArrivals;
import org.caretwin.lang.care.ZonalArrivals;
import org.caretwin.lang.load.ArrivalSeries;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.care.Territory;
import org.caretwin.lang.care.TimeRange;
import org.caretwin.lang.care.Travel;
import org.caretwin.lang.care.Zone;
import org.caretwin.lang.interpret.Tariffs;
import org.caretwin.lang.interpret.Weekdays;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ScheduleSlots;

/** The {@code build()} method: territory, calendars, resources, pathways and cohorts, in the model's words. */
final class BuildSection {

	private final GenerationContext context;
	private final SettingsSection settings;
	private final StepsSection steps;

	BuildSection(GenerationContext context, SettingsSection settings, StepsSection steps) {
		this.context = context;
		this.settings = settings;
		this.steps = steps;
	}

	String fields() {
		StringBuilder out = new StringBuilder();
		for (Resource resource : context.index.resources) {
			out.append("    private ResourceType ").append(context.field(resource)).append(";\n");
		}
		return out.toString();
	}

	String generate() {
		StringBuilder out = new StringBuilder();
		out.append("    @Override\n    protected void build() {\n");
		territory(out);
		for (Calendar calendar : context.index.calendars) {
			calendar(out, calendar);
		}
		for (Resource resource : context.index.resources) {
			resource(out, resource);
		}
		for (Pathway pathway : context.index.pathways) {
			out.append("        ").append(context.method("build", pathway)).append("();\n");
		}
		for (Pathway pathway : context.index.pathways) {
			cohort(out, pathway);
		}
		out.append(steps.trackedIntervals());
		out.append(steps.trackedCensuses());
		if (settings.hasDisruptions()) {
			out.append("        // the scenario's windows of time, once what they change exists\n");
			out.append("        settings.disruptions.forEach(this::disrupt);\n");
		}
		out.append("    }\n\n");
		return out.toString();
	}

	private void territory(StringBuilder out) {
		Territory territory = context.index.territory();
		if (territory == null) {
			return;
		}
		List<Zone> zones = territory.getZones();
		out.append("        // ").append(SourceLocation.of(territory)).append(": territory ").append(territory.getName()).append('\n');
		out.append("        territory(").append(JavaNames.string(territory.getName())).append(", List.of(")
				.append(zones.stream().map(z -> JavaNames.string(z.getName())).collect(Collectors.joining(", ")))
				.append("),\n                new double[] { ")
				.append(zones.stream().map(z -> Units.literal(z.getPopulation())).collect(Collectors.joining(", ")))
				.append(" });\n");
		for (Travel travel : territory.getTravels()) {
			out.append("        territory().travel(").append(zones.indexOf(travel.getFrom())).append(", ")
					.append(zones.indexOf(travel.getTo())).append(", ")
					.append(Units.quantity(travel.getTime().getValue(), travel.getTime().getUnit())).append(");   // ")
					.append(travel.getFrom().getName()).append(" <-> ").append(travel.getTo().getName()).append('\n');
		}
		out.append("        territory().closeTravelTimes();\n\n");
	}

	private void calendar(StringBuilder out, Calendar calendar) {
		out.append("        // ").append(SourceLocation.of(calendar)).append(": ").append(SourceLocation.text(calendar)).append('\n');
		out.append("        WeeklyCalendar ").append(context.field(calendar)).append(" = WeeklyCalendar.builder()");
		for (Opening opening : calendar.getOpenings()) {
			for (int day : Weekdays.of(opening, opening.getFrom(), opening.getTo(), org.caretwin.lang.care.CarePackage.Literals.OPENING__TO)) {
				for (TimeRange range : opening.getHours()) {
					out.append("\n                .open(").append(day).append(", ")
							.append(Units.literal(range.getFrom().getHour() + range.getFrom().getMinute() / 60.0)).append(", ")
							.append(Units.literal(range.getTo().getHour() + range.getTo().getMinute() / 60.0)).append(")");
				}
			}
		}
		for (int holiday : calendar.getHolidays()) {
			out.append("\n                .holiday(").append(holiday).append(")");
		}
		out.append("\n                .build();\n");
	}

	/** The calendar a scenario chose for the resource, by name among the model's calendars. */
	private String calendarChoice(Resource resource) {
		StringBuilder choice = new StringBuilder("switch (settings.").append(settings.calendarField(resource)).append(") {");
		for (Calendar calendar : context.index.calendars) {
			choice.append(" case ").append(JavaNames.string(calendar.getName())).append(" -> ").append(context.field(calendar)).append(";");
		}
		return choice.append(" default -> null; }").toString();
	}

	private void resource(StringBuilder out, Resource resource) {
		String field = context.field(resource);
		Tariffs tariffs = Tariffs.of(resource);
		String actor = Tariffs.actorOf(resource);
		String calendar = settings.calendarChanged(resource) ? calendarChoice(resource)
				: resource.getCalendar() == null ? "null" : context.field(resource.getCalendar());
		out.append("\n        // ").append(SourceLocation.of(resource)).append(": ").append(SourceLocation.text(resource)).append('\n');
		out.append("        ").append(field).append(" = resourceType(").append(JavaNames.string(resource.getName())).append(", ")
				.append(JavaNames.string(actor)).append(", ").append(calendar).append(", ").append(Units.literal(tariffs.perHour()))
				.append(", ").append(Units.literal(tariffs.perAct())).append(");\n");
		switch (resource.getSupply()) {
		case Count count -> {
			int zone = resource.getSite() == null || context.index.territory() == null ? 0
					: context.index.territory().getZones().indexOf(resource.getSite().getZone());
			out.append("        place(").append(field).append(", ").append(zone).append(", settings.")
					.append(settings.countField(resource)).append(");\n");
		}
		case Density density -> out.append("        placeByDensity(").append(field).append(", ")
				.append(Units.literal(density.getValue())).append(", ").append(density.getPer()).append(", settings.")
				.append(settings.shareField(resource)).append(");\n");
		default -> {
			for (int zone = 0; zone < Math.max(1, zoneCount()); zone++) {
				out.append("        place(").append(field).append(", ").append(zone).append(", Integer.MAX_VALUE);   // unlimited\n");
			}
		}
		}
	}

	/** Arrivals per hour of each zone of the territory, in zone order, e.g. {@code 600 / YEAR}. */
	private String zoneRates(Cohort cohort, ZonalArrivals zonal) {
		List<org.caretwin.lang.care.Zone> zones = context.index.territory() == null ? List.of()
				: context.index.territory().getZones();
		String[] rates = new String[Math.max(1, zones.size())];
		java.util.Arrays.fill(rates, "0");
		for (var rate : zonal.getRates()) {
			int zone = zones.indexOf(rate.getZone());
			rates[zone] = Units.literal(rate.getRate()) + " / " + Units.constant(zonal.getUnit())
					+ (settings.zoneArrivalsChanged(cohort) ? " * settings." + settings.zoneArrivalsField(cohort) + "[" + zone + "]" : "")
					+ "   /* " + rate.getZone().getName() + " */";
		}
		return String.join(", ", rates);
	}

	/**
	 * One {@code new ScheduledCohort.Slot(weekday, hour, counts per profile, drawn)} per weekday of each slot, or with
	 * rooms and alternative sessions when it has them.
	 */
	private static String slots(Cohort cohort, ScheduledArrivals scheduled) {
		List<String> slots = new java.util.ArrayList<>();
		for (ResolvedModel.Slot slot : ScheduleSlots.of(cohort, scheduled)) {
			String head = "\n                new ScheduledCohort.Slot(" + slot.weekday() + ", " + Units.literal(slot.hour()) + ", ";
			if (slot.rooms() == 1 && slot.sessions().size() == 1) {
				ResolvedModel.Session only = slot.sessions().get(0);
				slots.add(head + counts(only) + ", " + only.drawn() + ")");
			} else {
				slots.add(head + slot.rooms() + ", List.of(" + slot.sessions().stream()
						.map(s -> "new ScheduledCohort.Session(" + Units.literal(s.share()) + ", " + counts(s) + ", " + s.drawn() + ")")
						.collect(Collectors.joining(", ")) + "), " + slot.drawnOnce() + ")");
			}
		}
		return String.join(",", slots);
	}

	private static String counts(ResolvedModel.Session session) {
		return "new int[] { " + session.counts().stream().map(String::valueOf).collect(Collectors.joining(", ")) + " }";
	}

	/** {@code " / settings.eArrivalsFactor"} when a scenario changes the cohort's arrivals, else nothing. */
	private String arrivalsFactor(Cohort cohort, String operator) {
		return settings.arrivalsChanged(cohort) ? operator + "settings." + settings.arrivalsField(cohort) : "";
	}

	private final List<String> tableConstants = new java.util.ArrayList<>();

	/** A static int[] with the daily counts read from the CSV now, so the generated class needs no file to run. */
	private String seriesConstant(Cohort cohort) {
		SeriesArrivals series = (SeriesArrivals) cohort.getArrivals();
		ArrivalSeries.Result read = ArrivalSeries.read(series, series.getFile());
		if (!read.ok()) {
			throw new IllegalStateException(read.problem());
		}
		String name = context.constant(cohort, "_DAILY_ARRIVALS");
		tableConstants.add("    /** Daily arrivals of " + cohort.getName() + " from " + JavaNames.comment(series.getFile()) + ", "
				+ read.first() + " onwards (day 0 is the first line). */\n    private static final int[] " + name + " = "
				+ TableSource.ints(read.counts(), 20) + ";\n");
		return name;
	}

	/**
	 * A static int[] of the schedule read from its CSV now, a slot every {@code profiles + 3} numbers (weekday, minute
	 * of the day, patients of each profile, patients of a drawn profile), so that a file of any length compiles.
	 */
	private String scheduleConstant(Cohort cohort) {
		ScheduledArrivals scheduled = (ScheduledArrivals) cohort.getArrivals();
		List<ResolvedModel.Slot> slots = ScheduleSlots.of(cohort, scheduled);
		int profiles = Math.max(1, cohort.getProfiles().size());
		int[] table = new int[slots.size() * (profiles + 3)];
		int i = 0;
		for (ResolvedModel.Slot slot : slots) {
			ResolvedModel.Session session = slot.sessions().get(0);
			table[i++] = slot.weekday();
			table[i++] = (int) Math.round(slot.hour() * 60);
			for (int count : session.counts()) {
				table[i++] = count;
			}
			table[i++] = session.drawn();
		}
		String name = context.constant(cohort, "_SCHEDULE");
		tableConstants.add("    /** The weekly schedule of " + cohort.getName() + " from " + JavaNames.comment(scheduled.getFile())
				+ ": weekday, minute of the day, patients of each profile, patients of a drawn profile. */\n"
				+ "    private static final int[] " + name + " = " + TableSource.ints(table, profiles + 3) + ";\n");
		return name;
	}

	/** Static constants holding the tables read from data files (series, schedules), to be placed in the class body. */
	String constants() {
		return String.join("", tableConstants);
	}

	private int zoneCount() {
		return context.index.territory() == null ? 1 : context.index.territory().getZones().size();
	}

	private void cohort(StringBuilder out, Pathway pathway) {
		Cohort cohort = pathway.getCohort();
		String profiles = "new double[] { " + (cohort.getProfiles().isEmpty() ? "1"
				: cohort.getProfiles().stream().map(p -> Units.literal(p.getShare().getValue() / 100)).collect(Collectors.joining(", ")))
				+ " }";
		String first = context.field(pathway.getSteps().get(0));
		out.append("\n        // ").append(SourceLocation.of(cohort)).append(": cohort ").append(cohort.getName());
		for (Profile profile : cohort.getProfiles()) {
			out.append(", ").append(profile.getName()).append(' ').append(Units.literal(profile.getShare().getValue())).append('%');
		}
		out.append("\n        // ").append(SourceLocation.text(cohort.getArrivals())).append('\n');
		out.append("        new ").append(switch (cohort.getArrivals()) {
		case PoissonArrivals poisson -> "RenewalCohort(this, " + JavaNames.string(cohort.getName())
				// Poisson arrivals: exponential gaps with mean (one time unit) / rate, e.g. YEAR / 3070
				+ ", new Distribution.Exponential(" + Units.constant(poisson.getUnit()) + " / " + Units.literal(poisson.getRate())
				+ arrivalsFactor(cohort, " / ") + "), " + (poisson.getFactors().isEmpty() ? "null"
						: "new double[] { " + poisson.getFactors().stream().map(Units::literal).collect(Collectors.joining(", ")) + " }")
				+ ", " + profiles + ", " + first + ")";
		case ZonalArrivals zonal -> "ZonalCohort(this, " + JavaNames.string(cohort.getName()) + ", "
				+ (settings.arrivalsChanged(cohort)
						? "java.util.Arrays.stream(new double[] { " + zoneRates(cohort, zonal) + " }).map(rate -> rate" + arrivalsFactor(cohort, " * ") + ").toArray()"
						: "new double[] { " + zoneRates(cohort, zonal) + " }")
				+ ", " + profiles + ", " + first + ")";
		case RenewalArrivals renewal -> "RenewalCohort(this, " + JavaNames.string(cohort.getName()) + ", "
				+ (settings.arrivalsChanged(cohort)
						? "Distribution.scaled(" + DistributionSource.of(renewal.getGap()) + ", 1" + arrivalsFactor(cohort, " / ") + ")"
						: DistributionSource.of(renewal.getGap()))
				+ ", null, " + profiles + ", " + first + ")";
		case ScheduledArrivals scheduled -> "ScheduledCohort(this, " + JavaNames.string(cohort.getName()) + ", "
				+ (scheduled.getFile() != null ? "ScheduledCohort.weekly(" + scheduleConstant(cohort) + ", " + Math.max(1, cohort.getProfiles().size()) + ")"
						: "List.of(" + slots(cohort, scheduled) + ")")
				+ ",\n                " + profiles + ", " + first + ")";
		case SeriesArrivals series -> "TimeSeriesCohort(this, " + JavaNames.string(cohort.getName()) + ", "
				+ seriesConstant(cohort) + ", " + profiles + ", " + first + ")";
		default -> throw new IllegalStateException("unknown arrivals " + cohort.getArrivals());
		});
		context.source(SourceNames.placement(cohort.getName()));
		if (cohort.getArrivals() instanceof PoissonArrivals poisson && !poisson.getFactors().isEmpty()) {
			context.source(SourceNames.seasonality(cohort.getName()));
		}
		if (cohort.getArrivals() instanceof ZonalArrivals zonal) {
			zonal.getRates().forEach(r -> context.source(SourceNames.arrivals(cohort.getName(), r.getZone().getName())));
		} else if (!(cohort.getArrivals() instanceof ScheduledArrivals)) {
			context.source(SourceNames.arrivals(cohort.getName()));
		} else if (((ScheduledArrivals) cohort.getArrivals()).getSlots().stream().anyMatch(s -> !s.getAlternatives().isEmpty())) {
			context.source(SourceNames.sessions(cohort.getName()));
		}
		if (cohort.getAttributes().isEmpty()) {
			out.append(";\n");
			return;
		}
		out.append(" {\n");
		for (Attribute attribute : cohort.getAttributes()) {
			out.append("            private final RandomSource ").append(context.field(attribute))
					.append(" = random(").append(JavaNames.string(context.source(SourceNames.attribute(cohort.getName(), attribute.getName()))))
					.append(");\n");
		}
		out.append("\n            @Override\n            protected double[] attributes(int profile, int zone) {\n");
		out.append("                return new double[] { ")
				.append(cohort.getAttributes().stream().map(a -> context.field(a) + ".sample("
						+ DistributionSource.of(a.getValue()) + ")").collect(Collectors.joining(", ")))
				.append(" };\n            }\n        };\n");
	}
}
