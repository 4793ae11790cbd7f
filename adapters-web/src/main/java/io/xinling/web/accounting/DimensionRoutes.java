package io.xinling.web.accounting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.accounting.DimensionRegisterUseCase;
import io.xinling.domain.accounting.DimensionValue;
import io.xinling.web.RouteModule;
import io.xinling.web.common.Http;

import static io.xinling.web.accounting.AccountingRoutes.BASE;
import static io.xinling.web.accounting.AccountingRoutes.READ;
import static io.xinling.web.accounting.AccountingRoutes.WRITE;

/** The registers of projects, departments, employees, branches and members that voucher lines name (3.3). */
public final class DimensionRoutes implements RouteModule {

    private final DimensionRegisterUseCase registers;

    public DimensionRoutes(DimensionRegisterUseCase registers) {
        this.registers = registers;
    }

    record DimensionValueRequest(String code, String name) {
    }

    record DimensionValueResponse(String dimension, String code, String name) {
        static DimensionValueResponse of(DimensionValue v) {
            return new DimensionValueResponse(v.dimension().wireName(), v.code(), v.name());
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(BASE + "/dimensions/{dimension}", this::add, WRITE);
        routes.get(BASE + "/dimensions/{dimension}", ctx -> Http.reply(ctx, registers.list(Http.principal(ctx).tenant(),
                ctx.pathParam("dimension")), 200, values -> values.stream().map(DimensionValueResponse::of).toList()), READ);
    }

    private void add(Context ctx) {
        DimensionValueRequest r = Http.body(ctx, DimensionValueRequest.class);
        Http.reply(ctx, registers.register(Http.principal(ctx).tenant(), ctx.pathParam("dimension"), r.code(), r.name()), 201,
                DimensionValueResponse::of);
    }
}
