package io.xinling.web;

import io.javalin.config.RoutesConfig;

/** One bounded context's routes. Every route under /api/v1 passes a {@link io.xinling.web.common.RoleGate}. */
public interface RouteModule {

    void register(RoutesConfig routes);
}
