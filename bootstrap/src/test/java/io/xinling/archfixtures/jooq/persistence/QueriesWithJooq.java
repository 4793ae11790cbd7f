package io.xinling.archfixtures.jooq.persistence;

import org.jooq.Field;
import org.jooq.impl.DSL;

/** Allowed: jOOQ in persistence. */
public final class QueriesWithJooq {

    public Field<Object> tenant() {
        return DSL.field("tenant_id");
    }
}
