package io.xinling.archfixtures.domainio.domain;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/** A "domain" class that goes on the network. */
public final class CallsAUrl {

    public InputStream rates() throws IOException {
        return new URL("https://example.com/rates").openStream();
    }
}
