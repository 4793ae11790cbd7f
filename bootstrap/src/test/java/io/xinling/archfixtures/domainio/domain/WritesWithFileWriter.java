package io.xinling.archfixtures.domainio.domain;

import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;

/** A "domain" class that writes a file through java.io.File*. */
public final class WritesWithFileWriter {

    public void write() throws IOException {
        try (Writer out = new FileWriter("audit.log")) {
            out.write("sold");
        }
    }
}
