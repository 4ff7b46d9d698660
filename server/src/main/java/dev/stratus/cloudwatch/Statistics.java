package dev.stratus.cloudwatch;

import dev.stratus.cloudwatch.MetricReader.Period;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CloudWatch's statistics of one period: the standard five, and the extended ones computed exactly
 * from the stored values and their counts — percentiles (p99, p99.9), trimmed mean, winsorized
 * mean, trimmed count and sum (TM, WM, TC, TS with a range of percentiles or of values, or the
 * short forms tm99 …), percentile rank (PR) and the interquartile mean (IQM). A period whose data
 * came only as statistic sets has no extended statistics, as in AWS.
 */
final class Statistics {
    static final Set<String> STANDARD = Set.of("SampleCount", "Average", "Sum", "Minimum", "Maximum");
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern PERCENTILE = Pattern.compile("p" + NUMBER);
    private static final Pattern SHORT = Pattern.compile("(tm|wm|tc|ts)" + NUMBER);
    private static final Pattern RANGED = Pattern.compile("(TM|WM|TC|TS|PR)\\((?:" + NUMBER + "(%?))?:(?:" + NUMBER + "(%?))?\\)");

    /** An extended statistic parsed: its kind and its bounds (percent or absolute; null where open). */
    record Extended(String kind, Double low, boolean lowPercent, Double high, boolean highPercent) {
    }

    private Statistics() {
    }

    static boolean isStandard(String stat) {
        return STANDARD.contains(stat);
    }

    /** The extended statistic {@code stat} names, or null when it is not one CloudWatch knows. */
    static Extended extended(String stat) {
        if (stat == null) {
            return null;
        }
        if (stat.equals("IQM")) {
            return new Extended("TM", 25.0, true, 75.0, true);
        }
        Matcher m = PERCENTILE.matcher(stat);
        if (m.matches()) {
            double p = Double.parseDouble(m.group(1));
            return p <= 100 ? new Extended("p", null, false, p, true) : null;
        }
        m = SHORT.matcher(stat);
        if (m.matches()) {
            double p = Double.parseDouble(m.group(2));
            return p <= 100 ? new Extended(m.group(1).toUpperCase(), null, true, p, true) : null;
        }
        m = RANGED.matcher(stat);
        if (!m.matches() || (m.group(2) == null && m.group(4) == null)) {
            return null;
        }
        Double low = m.group(2) == null ? null : Double.parseDouble(m.group(2));
        Double high = m.group(4) == null ? null : Double.parseDouble(m.group(4));
        boolean lowPct = "%".equals(m.group(3));
        boolean highPct = "%".equals(m.group(5));
        String kind = m.group(1);
        boolean mixed = low != null && high != null && lowPct != highPct;
        if (kind.equals("PR") ? lowPct || highPct : mixed) {
            return null;
        }
        if ((lowPct && low > 100) || (highPct && high > 100) || (low != null && high != null && low > high)) {
            return null;
        }
        return new Extended(kind, low, lowPct, high, highPct);
    }

    /** Whether GetMetricStatistics and GetMetricData accept {@code stat}. */
    static boolean valid(String stat) {
        return isStandard(stat) || extended(stat) != null;
    }

    /** {@code stat} of one period, or null when the period cannot give it. */
    static Double of(Period p, String stat) {
        if (isStandard(stat)) {
            return p.statistic(stat);
        }
        Extended e = extended(stat);
        if (e == null || p.values() == null || p.samples() <= 0) {
            return null;
        }
        SortedMap<Double, Double> values = p.values();
        if (e.kind().equals("p")) {
            return percentile(values, p.samples(), e.high());
        }
        if (e.kind().equals("PR")) {
            double in = 0;
            for (Map.Entry<Double, Double> v : values.entrySet()) {
                if ((e.low() == null || v.getKey() > e.low()) && (e.high() == null || v.getKey() <= e.high())) {
                    in += v.getValue();
                }
            }
            return in / p.samples() * 100;
        }
        double low = e.low() == null ? Double.NEGATIVE_INFINITY : e.lowPercent() ? percentile(values, p.samples(), e.low()) : e.low();
        double high = e.high() == null ? Double.POSITIVE_INFINITY : e.highPercent() ? percentile(values, p.samples(), e.high()) : e.high();
        boolean lowOpen = e.low() != null && !(e.lowPercent() && e.low() == 0);
        double count = 0;
        double sum = 0;
        for (Map.Entry<Double, Double> v : values.entrySet()) {
            double x = v.getKey();
            double c = v.getValue();
            boolean inside = (lowOpen ? x > low : x >= low) && x <= high;
            if (e.kind().equals("WM")) {
                count += c;
                sum += Math.min(Math.max(x, low), high) * c;
            } else if (inside) {
                count += c;
                sum += x * c;
            }
        }
        return switch (e.kind()) {
            case "TC" -> count;
            case "TS" -> sum;
            default -> count == 0 ? null : sum / count;
        };
    }

    /** The smallest value that at least {@code p} percent of the values do not exceed. */
    static double percentile(SortedMap<Double, Double> values, double samples, double p) {
        double rank = Math.max(1, Math.ceil(p / 100 * samples));
        double seen = 0;
        double last = Double.NaN;
        for (Map.Entry<Double, Double> e : values.entrySet()) {
            seen += e.getValue();
            last = e.getKey();
            if (seen >= rank) {
                return last;
            }
        }
        return last;
    }
}
