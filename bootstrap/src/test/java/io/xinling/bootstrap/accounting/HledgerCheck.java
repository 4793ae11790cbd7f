package io.xinling.bootstrap.accounting;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Feeds a journal to the real hledger when it is installed (skips the check otherwise): its flat balances per account. */
final class HledgerCheck {

    private HledgerCheck() {
    }

    static Map<String, String> balances(String journal) {
        Assumptions.assumeTrue(onPath(), "hledger is not installed");
        try {
            Path file = Files.createTempFile("xinling", ".journal");
            Files.writeString(file, journal, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("hledger", "-f", file.toString(), "balance", "--flat", "--no-total",
                    "--depth", "1", "--strict").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("hledger refused the journal:\n" + out + "\n" + journal);
            }
            Map<String, String> balances = new LinkedHashMap<>();
            for (String line : out.split("\n")) {
                String[] parts = line.strip().split("\\s{2,}");
                if (parts.length == 2) {
                    balances.put(parts[1], parts[0]);
                }
            }
            Files.deleteIfExists(file);
            return balances;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean onPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "hledger"))) {
                return true;
            }
        }
        return false;
    }
}
