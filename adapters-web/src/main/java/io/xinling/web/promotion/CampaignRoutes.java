package io.xinling.web.promotion;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.promotion.campaign.Campaign;
import io.xinling.application.promotion.campaign.CampaignService;
import io.xinling.application.promotion.campaign.CampaignView;
import io.xinling.application.promotion.campaign.CreateCampaign;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.RoleGate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Campaigns (促销活动) grouping schemes, moved through the lifecycle together with their schemes. */
public final class CampaignRoutes implements RouteModule {

    private static final RoleGate MANAGE = RoleGate.of(Role.ADMIN);
    private static final String ONE = "/api/v1/promotions/campaigns/{campaignId}";

    private final CampaignService campaigns;

    public CampaignRoutes(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    record CreateRequest(String id, String name, String start, String end, List<String> stores, List<String> channels,
                         List<String> schemeIds, String budget, Long budgetOrders) {
    }

    record AddRequest(List<String> schemeIds) {
    }

    record SchemeState(String id, int version, String type, String status) {
    }

    record CampaignResponse(String id, String name, LocalDateTime start, LocalDateTime end, List<String> stores,
                            List<String> channels, String status, List<String> schemeIds, List<SchemeState> schemes,
                            String budget, Long budgetOrders, Instant updatedAt) {

        static CampaignResponse of(Campaign c) {
            return of(new CampaignView(c, List.of()));
        }

        static CampaignResponse of(CampaignView v) {
            Campaign c = v.campaign();
            return new CampaignResponse(c.id(), c.name(), c.start().orElse(null), c.end().orElse(null),
                    c.stores().stream().sorted().toList(), c.channels().stream().sorted().toList(), c.status().wireName(),
                    c.schemeIds(), v.schemes().stream().map(s -> new SchemeState(s.schemeId(), s.version(), s.type(),
                            s.status().wireName())).toList(),
                    c.budgetMinor().map(m -> Money.cny(m).format()).orElse(null), c.budgetOrders().orElse(null), c.updatedAt());
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/promotions/campaigns", this::create, MANAGE);
        routes.get("/api/v1/promotions/campaigns", ctx -> Http.json(ctx, 200,
                campaigns.list(tenant(ctx)).stream().map(CampaignResponse::of).toList()), RoleGate.anyTenantRole());
        routes.get(ONE, ctx -> Http.reply(ctx, campaigns.find(tenant(ctx), ctx.pathParam("campaignId")), 200,
                CampaignResponse::of), RoleGate.anyTenantRole());
        routes.post(ONE + "/schemes", ctx -> Http.reply(ctx, campaigns.addSchemes(tenant(ctx), ctx.pathParam("campaignId"),
                nonBlank("schemeIds", Http.body(ctx, AddRequest.class).schemeIds())), 200, CampaignResponse::of), MANAGE);
        routes.post(ONE + "/{action}", ctx -> Http.reply(ctx, campaigns.act(tenant(ctx), ctx.pathParam("campaignId"),
                ctx.pathParam("action")), 200, CampaignResponse::of), MANAGE);
    }

    private void create(Context ctx) {
        CreateRequest r = Http.body(ctx, CreateRequest.class);
        Http.reply(ctx, campaigns.create(new CreateCampaign(tenant(ctx), r.id(), r.name(), r.start(), r.end(),
                nonBlank("stores", r.stores()), nonBlank("channels", r.channels()), nonBlank("schemeIds", r.schemeIds()),
                r.budget(), r.budgetOrders())), 201, CampaignResponse::of);
    }

    /** The list as sent (absent stays absent); a blank entry is a 422 naming its index (a null one never gets here: Json). */
    private static List<String> nonBlank(String field, List<String> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).isBlank()) {
                    throw ApiException.unprocessable(field + "[" + i + "]", "must be a non-blank string");
                }
            }
        }
        return values;
    }

    private static TenantId tenant(Context ctx) {
        return Http.principal(ctx).tenant();
    }
}
