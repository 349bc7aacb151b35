package dev.seepoint.scenarios.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of a list of durations in milliseconds. */
public final class Stats {

    private Stats() {
    }

    /** The {@code p}-th percentile (0..100) by nearest rank; 0 for an empty list. */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }
}
