package org.ovirt.osn.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

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

    int size() {
        return millis.size();
    }

    double median() {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The nearest-rank percentile of {@code values} (0 = the least, 100 = the greatest); NaN when empty. */
    static double percentile(List<Double> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
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

    /** How long {@code call} took, in milliseconds. */
    static double timed(Runnable call) {
        long started = System.nanoTime();
        call.run();
        return (System.nanoTime() - started) / 1e6;
    }

    /**
     * Runs two variants back to back in random order, adds each one's time to its samples and the ratio a/b to
     * {@code ratios}: a pair shares the machine's load of that moment, so the ratio is less disturbed than the medians.
     */
    static void pair(Samples a, Supplier<Double> aCall, Samples b, Supplier<Double> bCall, List<Double> ratios) {
        double first;
        double second;
        if (Math.random() < 0.5) {
            first = aCall.get();
            second = bCall.get();
        } else {
            second = bCall.get();
            first = aCall.get();
        }
        a.add(first);
        b.add(second);
        ratios.add(first / second);
    }
}
