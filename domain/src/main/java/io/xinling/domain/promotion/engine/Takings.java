package io.xinling.domain.promotion.engine;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.promotion.Adjustment;
import io.xinling.domain.promotion.Stage;

import java.util.Arrays;
import java.util.Currency;

/**
 * What each scheme took off each line while the run is still open, in flat arrays: one entry per take, in
 * plain minor units, linked to the line's previous entry. The floor guard gives part of an entry back in
 * place and unlinks it when nothing is left, for a later take to reuse: the many benefits it takes back
 * again (every order stage of a cart at its floor) never become objects nor grow the arrays. An entry
 * becomes an {@link Adjustment} (with its {@link Money}) only when the result is built.
 */
final class Takings {

    private static final String CLAMPED = "; clamped at floor";

    /** Per line, its latest entry ({@code -1}: none). */
    private final int[] last;
    private int count;
    /** The entries given back in full, for reuse, linked through {@link #prev} ({@code -1}: none). */
    private int free = -1;
    private CompiledScheme[] scheme;
    private long[] amount;
    private long[] units;
    private String[] basis;
    private long[] points;
    /** Per entry, how many times the floor guard cut it (each adds "; clamped at floor" to the basis). */
    private int[] clamps;
    /** Per entry, the line's entry before it ({@code -1}: none). */
    private int[] prev;
    /** The clamped bases built so far for the result ({@link #clamped}): basis, times cut, text. */
    private static final int CLAMPED_MEMO = 16;
    private String[] clampedBasis;
    private int[] clampedTimes;
    private String[] clampedText;
    private int clampedCount;

    Takings(int lines) {
        last = new int[lines];
        Arrays.fill(last, -1);
        int capacity = Math.max(16, 3 * lines);
        scheme = new CompiledScheme[capacity];
        amount = new long[capacity];
        units = new long[capacity];
        basis = new String[capacity];
        points = new long[capacity];
        clamps = new int[capacity];
        prev = new int[capacity];
    }

    /** Records that scheme {@code k} took {@code taken} (more than nothing) off line {@code i}. */
    void add(int i, CompiledScheme k, long taken, long u, String b, long pts) {
        int e = free;
        if (e >= 0) {
            free = prev[e];
        } else {
            if (count == scheme.length) {
                grow();
            }
            e = count++;
        }
        clamps[e] = 0;
        scheme[e] = k;
        amount[e] = taken;
        units[e] = u;
        basis[e] = b;
        points[e] = pts;
        prev[e] = last[i];
        last[i] = e;
    }

    private void grow() {
        int capacity = 2 * scheme.length;
        scheme = Arrays.copyOf(scheme, capacity);
        amount = Arrays.copyOf(amount, capacity);
        units = Arrays.copyOf(units, capacity);
        basis = Arrays.copyOf(basis, capacity);
        points = Arrays.copyOf(points, capacity);
        clamps = Arrays.copyOf(clamps, capacity);
        prev = Arrays.copyOf(prev, capacity);
    }

    /**
     * Gives back up to {@code wanted} of what the stage's schemes took off line {@code i}, latest first,
     * dropping the entries left with nothing; returns what came back.
     */
    long giveBack(int i, Stage stage, long wanted) {
        long left = wanted;
        int after = -1;
        int e = last[i];
        while (e >= 0 && left > 0) {
            int before = prev[e];
            if (scheme[e].stage == stage) {
                long back = Math.min(left, amount[e]);
                left -= back;
                amount[e] -= back;
                clamps[e]++;
                if (amount[e] == 0) {
                    unlink(i, e, after, before);
                    e = before;
                    continue;
                }
            }
            after = e;
            e = before;
        }
        return wanted - left;
    }

    /** Takes entry {@code e} out of line {@code i} (between {@code after} and {@code before}) and frees it. */
    private void unlink(int i, int e, int after, int before) {
        if (after < 0) {
            last[i] = before;
        } else {
            prev[after] = before;
        }
        prev[e] = free;
        free = e;
    }

    /** How many entries line {@code i} has. */
    int count(int i) {
        int n = 0;
        for (int e = last[i]; e >= 0; e = prev[e]) {
            n++;
        }
        return n;
    }

    /** The latest entry of line {@code i} ({@code -1}: none); {@link #before} walks back to its first. */
    int last(int i) {
        return last[i];
    }

    /** The entry of the same line taken before {@code e} ({@code -1}: none). */
    int before(int e) {
        return prev[e];
    }

    CompiledScheme scheme(int e) {
        return scheme[e];
    }

    long amount(int e) {
        return amount[e];
    }

    long points(int e) {
        return points[e];
    }

    Adjustment freeze(int e, Currency currency) {
        CompiledScheme k = scheme[e];
        String b = basis[e] == null ? "" : basis[e];
        if (clamps[e] > 0) {
            b = clamped(b, clamps[e]);
        }
        return new Adjustment(k.id, k.version, k.type, k.stage, k.exclusionGroup, Money.of(amount[e], currency),
                units[e], b, k.label, points[e]);
    }

    /**
     * {@code basis} with "; clamped at floor" once per cut, one string per distinct basis and count in this run: the
     * floor guard cuts a scheme's benefit on many lines, which share its basis.
     */
    private String clamped(String basis, int times) {
        for (int j = 0; j < clampedCount; j++) {
            if (clampedTimes[j] == times && clampedBasis[j].equals(basis)) {
                return clampedText[j];
            }
        }
        String out = basis.concat(times == 1 ? CLAMPED : CLAMPED.repeat(times));
        if (clampedBasis == null) {
            clampedBasis = new String[CLAMPED_MEMO];
            clampedTimes = new int[CLAMPED_MEMO];
            clampedText = new String[CLAMPED_MEMO];
        }
        if (clampedCount < CLAMPED_MEMO) {
            clampedBasis[clampedCount] = basis;
            clampedTimes[clampedCount] = times;
            clampedText[clampedCount++] = out;
        }
        return out;
    }
}
