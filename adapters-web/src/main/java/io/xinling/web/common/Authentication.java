package io.xinling.web.common;

import io.javalin.http.Context;
import io.xinling.application.tenancy.AuthenticateUseCase;
import io.xinling.application.tenancy.Principal;

import java.util.Optional;

/** Resolves the bearer key to a principal, then checks the matched route's {@link RoleGate}. */
final class Authentication {

    private final AuthenticateUseCase authenticate;

    Authentication(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("send Authorization: Bearer <api key>");
        }
        Optional<Principal> principal = authenticate.authenticate(header.substring(7));
        ctx.attribute(Http.PRINCIPAL_ATTRIBUTE, principal.orElseThrow(() -> unauthorized("the API key is not valid")));
    }

    void authorize(Context ctx) {
        Principal principal = Http.principal(ctx);
        RoleGate gate = ctx.routeRoles().stream()
                .filter(RoleGate.class::isInstance).map(RoleGate.class::cast)
                .findFirst().orElse(null);
        if (gate == null || !principal.hasAnyOf(gate.roles())) {
            throw new ApiException(Problem.of(403, "forbidden", "Forbidden",
                    "the caller's roles do not allow " + ctx.method() + " " + ctx.endpoint().path));
        }
    }

    private static ApiException unauthorized(String detail) {
        return new ApiException(Problem.of(401, "unauthorized", "Unauthorized", detail));
    }
}
