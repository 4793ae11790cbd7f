package io.xinling.archfixtures.domainio.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A "domain" class that reads a file through java.nio.file. */
public final class ReadsAFile {

    public String read() throws IOException {
        return Files.readString(Path.of("prices.csv"));
    }
}
