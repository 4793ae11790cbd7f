package io.xinling.archfixtures.domaindependencies.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A "domain" class that depends on a library other than the JDK and Vavr. */
public final class LogsWithSlf4j {

    private static final Logger LOG = LoggerFactory.getLogger(LogsWithSlf4j.class);

    public void decide() {
        LOG.info("deciding");
    }
}
