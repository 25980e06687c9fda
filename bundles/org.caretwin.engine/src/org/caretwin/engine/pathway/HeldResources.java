package org.caretwin.engine.pathway;

/**
 * Resources a patient keeps after the step that seized them (a bed from admission to discharge), until a later step
 * releases them or the patient leaves the pathway. Their units stay busy all that time, so utilisation, queues and
 * costs count the whole holding time. Reused with the patient, so a recycled patient allocates nothing.
 */
final class HeldResources {

	private Resource[] resources = new Resource[2];
	/** When each resource was seized (for overtime), and when the session that seized it ended (for costs). */
	private double[] seizedAt = new double[2];
	private double[] keptFrom = new double[2];
	private int count;

	void keep(Resource resource, double seized, double now) {
		if (count == resources.length) {
			resources = java.util.Arrays.copyOf(resources, count * 2);
			seizedAt = java.util.Arrays.copyOf(seizedAt, count * 2);
			keptFrom = java.util.Arrays.copyOf(keptFrom, count * 2);
		}
		resources[count] = resource;
		seizedAt[count] = seized;
		keptFrom[count] = now;
		count++;
	}

	boolean isEmpty() {
		return count == 0;
	}

	/** Frees the held resources of {@code types} now (those the patient does not hold are skipped). */
	void release(CareModel model, Patient patient, ResourceType[] types) {
		for (int i = count - 1; i >= 0; i--) {
			for (ResourceType type : types) {
				if (resources[i].type() == type) {
					releaseAt(model, patient, i);
					break;
				}
			}
		}
	}

	/** Frees everything held: the patient leaves the pathway. */
	void releaseAll(CareModel model, Patient patient) {
		for (int i = count - 1; i >= 0; i--) {
			releaseAt(model, patient, i);
		}
	}

	private void releaseAt(CareModel model, Patient patient, int i) {
		Resource resource = resources[i];
		double now = model.now();
		model.accountHolding(patient, resource, now - keptFrom[i]);
		resource.release(now, seizedAt[i]);
		count--;
		resources[i] = resources[count];
		seizedAt[i] = seizedAt[count];
		keptFrom[i] = keptFrom[count];
		resources[count] = null;
		model.serveQueue(resource);
	}

	void clear() {
		java.util.Arrays.fill(resources, 0, count, null);
		count = 0;
	}
}
