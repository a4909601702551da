package org.ovirt.osn.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Timings of one variant of a benchmark, in milliseconds, and how the benchmarks print them. */
final class Samples {

    private final List<Double> millis = new ArrayList<>();

    static Samples of(List<Double> values) {
        Samples samples = new Samples();
        values.forEach(samples::add);
        return samples;
    }

    void add(double value) {
        millis.add(value);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    void print(String what) {
        System.out.printf(Locale.ROOT, "%-60s %10.1f %10.1f %6d%n", what, median(),
                millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN), millis.size());
    }

    /**
     * Prints a ratio and, when there is a goal, whether it is met.
     *
     * @param atMost true: the ratio must not exceed the goal; false: it must reach it
     */
    static void verdict(String what, double ratio, double goal, boolean atMost) {
        String verdict = "";
        if (!Double.isNaN(goal)) {
            boolean met = atMost ? ratio <= goal : ratio >= goal;
            verdict = "  (goal " + (atMost ? "<= " : ">= ") + goal + ": " + (met ? "met" : "MISSED") + ")";
        }
        System.out.printf(Locale.ROOT, "%-60s %9.2fx%s%n", what, ratio, verdict);
    }
}
