package io.xinling.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary data directories for the database benchmarks, deleted when the benchmark's JVM exits: a run writes
 * hundreds of megabytes to gigabytes of PostgreSQL data and WAL, which would otherwise pile up in the temp folder.
 */
public final class Scratch {

    private Scratch() {
    }

    /** A new directory under the temp folder, named from {@code prefix}, deleted with everything in it at JVM exit. */
    public static Path directory(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "delete " + dir));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
