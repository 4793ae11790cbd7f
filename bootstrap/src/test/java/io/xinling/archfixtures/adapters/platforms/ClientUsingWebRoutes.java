package io.xinling.archfixtures.adapters.platforms;

import io.xinling.archfixtures.adapters.web.RoutesReadingTheTable;

/** A "platforms" adapter that depends on the web adapter. */
public final class ClientUsingWebRoutes {

    public String table() {
        return new RoutesReadingTheTable().table();
    }
}
