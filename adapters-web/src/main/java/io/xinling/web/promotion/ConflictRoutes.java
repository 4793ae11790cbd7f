package io.xinling.web.promotion;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.promotion.conflict.ConflictReport;
import io.xinling.application.promotion.conflict.ConflictService;
import io.xinling.application.promotion.conflict.SampleOrder;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.Money;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.RoleGate;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conflict reports (spec 3.13): which live or approved schemes a draft meets, and the combined effect on a cart. */
public final class ConflictRoutes implements RouteModule {

    private static final RoleGate READ = RoleGate.of(Role.ADMIN, Role.SALES, Role.VIEWER);

    private final ConflictService conflicts;

    public ConflictRoutes(ConflictService conflicts) {
        this.conflicts = conflicts;
    }

    record ReportRequest(String schemeId, Map<String, Object> scheme, PreviewRequest order) {
    }

    record Effect(boolean sampleCart, Money payableWithout, Money payableWith, Money candidateBenefit,
                  PreviewResponse priced) {
    }

    record ReportResponse(String schemeId, int version, String type, String stage, String exclusionGroup,
                          List<ConflictReport.Overlap> overlaps, Effect effect) {
        static ReportResponse of(ConflictReport r) {
            ConflictReport.Effect e = r.effect();
            return new ReportResponse(r.schemeId(), r.version(), r.type(), r.stage(), r.exclusionGroup(), r.overlaps(),
                    new Effect(e.sampleCart(), e.payableWithout(), e.payableWith(), e.candidateBenefit(),
                            PreviewResponse.of(e.priced())));
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/promotions/schemes/{schemeId}/conflicts", ctx -> Http.reply(ctx,
                conflicts.ofSaved(Http.principal(ctx).tenant(), ctx.pathParam("schemeId"), Optional.empty()), 200,
                ReportResponse::of), READ);
        routes.post("/api/v1/promotions/conflict-reports", this::report, READ);
    }

    private void report(Context ctx) {
        ReportRequest r = Http.body(ctx, ReportRequest.class);
        if ((r.schemeId() == null) == (r.scheme() == null)) {
            throw ApiException.unprocessable("schemeId", "give either schemeId (a saved scheme) or scheme (a draft inline)");
        }
        Optional<SampleOrder> order = Optional.ofNullable(r.order()).map(ConflictRoutes::order);
        if (r.schemeId() != null) {
            Http.reply(ctx, conflicts.ofSaved(Http.principal(ctx).tenant(), r.schemeId(), order), 200, ReportResponse::of);
            return;
        }
        Map<String, Object> definition = new HashMap<>(r.scheme());
        Object type = definition.remove("type");
        if (!(type instanceof String)) {
            throw ApiException.unprocessable("scheme.type", "is required");
        }
        Http.reply(ctx, conflicts.ofDraft(Http.principal(ctx).tenant(), (String) type, definition, order), 200,
                ReportResponse::of);
    }

    private static SampleOrder order(PreviewRequest order) {
        if (order.schemes() != null) {
            throw ApiException.unprocessable("order.schemes", "the schemes come from the report, not the order");
        }
        Currency currency = PreviewMapper.currency(order);
        return new SampleOrder(PreviewMapper.cart(order, currency), PreviewMapper.context(order, currency));
    }
}
