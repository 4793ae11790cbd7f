package io.xinling.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM (service and load clients alike) and by one PostgreSQL server (its postmaster and
 * backends, found in /proc by the data directory), so a load driver can report CPU per call: a figure that load
 * from other processes on the machine moves far less than throughput.
 */
public final class CpuMeter {

    /** Clock ticks per second of /proc/PID/stat times (USER_HZ, 100 on Linux). */
    private static final long TICK_NANOS = 10_000_000L;

    private final Optional<Path> database;

    private CpuMeter(Optional<Path> database) {
        this.database = database;
    }

    /** Meters this JVM, and the PostgreSQL server whose data directory is {@code database} or under it. */
    public static CpuMeter of(Optional<Path> database) {
        return new CpuMeter(database.map(p -> p.toAbsolutePath().normalize()));
    }

    /** One reading: nanoseconds of CPU of this JVM, and of the database (-1 when not metered or not found). */
    public record Reading(long jvm, long db) {
        public Reading minus(Reading start) {
            return new Reading(jvm - start.jvm, db < 0 || start.db < 0 ? -1 : db - start.db);
        }
    }

    public Reading read() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new Reading(jvm, database.map(CpuMeter::postgres).orElse(-1L));
    }

    /** The postmaster serving {@code data} with its children (live backends, and the reaped ones it accounts for). */
    private static long postgres(Path data) {
        List<Path> procs;
        try (Stream<Path> s = Files.list(Path.of("/proc"))) {
            procs = s.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList();
        } catch (IOException e) {
            return -1;
        }
        String postmaster = null;
        for (Path p : procs) {
            String cmd = read(p.resolve("cmdline")).replace('\0', ' ');
            int at = cmd.indexOf(" -D ");
            if (cmd.contains("postgres") && at >= 0) {
                String dir = cmd.substring(at + 4).split(" ", 2)[0];
                if (Path.of(dir).toAbsolutePath().normalize().startsWith(data)) {
                    postmaster = p.getFileName().toString();
                    break;
                }
            }
        }
        if (postmaster == null) {
            return -1;
        }
        long ticks = 0;
        for (Path p : procs) {
            String[] stat = stat(p);
            if (stat.length < 15) {
                continue;
            }
            boolean self = p.getFileName().toString().equals(postmaster);
            if (self) {
                ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
            } else if (stat[1].equals(postmaster)) {
                ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
            }
        }
        return ticks * TICK_NANOS;
    }

    /** The fields of /proc/PID/stat after the command name: state, ppid, …; utime at 11, stime 12, cutime 13, cstime 14. */
    private static String[] stat(Path proc) {
        String s = read(proc.resolve("stat"));
        int close = s.lastIndexOf(')');
        return close < 0 ? new String[0] : s.substring(close + 2).trim().split(" ");
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
