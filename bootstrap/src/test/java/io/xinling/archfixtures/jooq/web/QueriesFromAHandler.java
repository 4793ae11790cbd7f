package io.xinling.archfixtures.jooq.web;

import org.jooq.Field;
import org.jooq.impl.DSL;

/** A "web" class that builds SQL itself. */
public final class QueriesFromAHandler {

    public Field<Object> tenant() {
        return DSL.field("tenant_id");
    }
}
