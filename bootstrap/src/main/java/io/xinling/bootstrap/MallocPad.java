package io.xinling.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.UUID;

/**
 * Starts the embedded PostgreSQL with glibc's {@code MALLOC_TOP_PAD_} set ({@value #TOP_PAD} bytes), through a
 * two-line shell script put in place of {@code bin/postgres} in the extracted binaries, which sets it and executes the
 * real binary (renamed {@code postgres.real}); the server and its backends (forked, not executed) inherit it.
 *
 * <p>Why: a backend frees its per-statement memory and glibc returns the top of the heap to the kernel at once, so the
 * next statement grows the heap again and faults its pages in anew. With the pad, a backend keeps that much free memory
 * at the top of its heap. Over {@code benchmarks/run post-issue-db mode=create-and-post} the server's CPU per document
 * fell by about 40 % (about 4.2 ms to 2.1-2.6 ms); 1 MB did nearly as well, {@code MALLOC_MMAP_THRESHOLD_} alone not at
 * all. The cost is at most the pad of resident memory per backend. A value already in the service's environment wins.
 *
 * <p>Only on Linux, and only where {@code bin/postgres} is an ELF executable (glibc's malloc reads the variable; others
 * ignore it). Safe with concurrent starts on one directory: each step is a rename, the real binary is in place before
 * the script, and a starter sees either the binary or the script, both of which start the server.
 */
final class MallocPad {

    static final String TOP_PAD = "4194304";
    private static final byte[] ELF = {0x7f, 'E', 'L', 'F'};

    private MallocPad() {
    }

    /** Wraps {@code bin/postgres} of every extracted distribution ({@code PG-*}) under {@code binaries}. */
    static void install(Path binaries) {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(binaries, "PG-*")) {
            for (Path dir : dirs) {
                if (wrap(dir.resolve("bin"))) {
                    markUnpacked(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not set up the embedded PostgreSQL's binaries in " + binaries, e);
        }
    }

    /** True when {@code bin/postgres} was the binary and is the script now. */
    private static boolean wrap(Path bin) throws IOException {
        Path postgres = bin.resolve("postgres");
        if (!Files.isRegularFile(postgres) || !isElf(postgres)) {
            return false;
        }
        Path real = bin.resolve("postgres.real");
        Path copy = bin.resolve("postgres.real." + UUID.randomUUID());
        Files.copy(postgres, copy, StandardCopyOption.COPY_ATTRIBUTES);
        if (!isElf(copy)) {
            // another start put its script there since the check: the real binary is in place already
            Files.delete(copy);
            return false;
        }
        Files.move(copy, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Path script = bin.resolve("postgres." + UUID.randomUUID());
        Files.writeString(script, """
                #!/bin/sh
                # Xinling: glibc keeps this much free memory atop a backend's heap instead of returning it after every statement
                MALLOC_TOP_PAD_="${MALLOC_TOP_PAD_:-%s}"; export MALLOC_TOP_PAD_
                exec "$0.real" "$@"
                """.formatted(TOP_PAD), StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.move(script, postgres, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /**
     * zonky unpacks the binaries again when anything in their directory is newer than its marker {@code .exists}, as
     * {@code bin} is after the renames: it would then write the binary over the script on the next start, while
     * another server may be starting from the same directory. The marker is therefore made as new as the change.
     */
    private static void markUnpacked(Path dir) throws IOException {
        Path marker = dir.resolve(".exists");
        if (Files.exists(marker)) {
            long latest = Math.max(System.currentTimeMillis(), Math.max(Files.getLastModifiedTime(dir).toMillis(),
                    Files.getLastModifiedTime(dir.resolve("bin")).toMillis()));
            Files.setLastModifiedTime(marker, FileTime.fromMillis(latest));
        }
    }

    private static boolean isElf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ELF.length), ELF);
        }
    }
}
