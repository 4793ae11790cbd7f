package io.xinling.persistence.promotion;

import io.xinling.application.promotion.campaign.Campaign;
import io.xinling.application.promotion.port.CampaignRepository;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.lifecycle.SchemeStatus;
import io.xinling.persistence.jooq.tables.records.PromotionCampaignsRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.xinling.persistence.jooq.Tables.PROMOTION_CAMPAIGNS;
import static io.xinling.persistence.jooq.Tables.PROMOTION_CAMPAIGN_SCHEMES;
import static io.xinling.persistence.promotion.JooqCouponRepository.utc;

public final class JooqCampaignRepository implements CampaignRepository {

    private final DSLContext dsl;

    public JooqCampaignRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean insert(TenantId tenant, Campaign c) {
        return dsl.insertInto(PROMOTION_CAMPAIGNS)
                .set(PROMOTION_CAMPAIGNS.TENANT_ID, tenant.value())
                .set(PROMOTION_CAMPAIGNS.CAMPAIGN_ID, c.id())
                .set(PROMOTION_CAMPAIGNS.NAME, c.name())
                .set(PROMOTION_CAMPAIGNS.STARTS_AT, c.start().orElse(null))
                .set(PROMOTION_CAMPAIGNS.ENDS_AT, c.end().orElse(null))
                .set(PROMOTION_CAMPAIGNS.STORES, sorted(c.stores()))
                .set(PROMOTION_CAMPAIGNS.CHANNELS, sorted(c.channels()))
                .set(PROMOTION_CAMPAIGNS.STATUS, c.status().name())
                .set(PROMOTION_CAMPAIGNS.BUDGET_MINOR, c.budgetMinor().orElse(null))
                .set(PROMOTION_CAMPAIGNS.BUDGET_ORDERS, c.budgetOrders().orElse(null))
                .set(PROMOTION_CAMPAIGNS.CREATED_AT, utc(c.updatedAt()))
                .set(PROMOTION_CAMPAIGNS.UPDATED_AT, utc(c.updatedAt()))
                .onConflictDoNothing().execute() == 1;
    }

    @Override
    public boolean addScheme(TenantId tenant, String campaignId, String schemeId) {
        return dsl.insertInto(PROMOTION_CAMPAIGN_SCHEMES)
                .set(PROMOTION_CAMPAIGN_SCHEMES.TENANT_ID, tenant.value())
                .set(PROMOTION_CAMPAIGN_SCHEMES.CAMPAIGN_ID, campaignId)
                .set(PROMOTION_CAMPAIGN_SCHEMES.SCHEME_ID, schemeId)
                .onConflictDoNothing().execute() == 1;
    }

    @Override
    public void update(TenantId tenant, Campaign c) {
        dsl.update(PROMOTION_CAMPAIGNS)
                .set(PROMOTION_CAMPAIGNS.STATUS, c.status().name())
                .set(PROMOTION_CAMPAIGNS.UPDATED_AT, utc(c.updatedAt()))
                .where(key(tenant, c.id())).execute();
    }

    @Override
    public Optional<Campaign> find(TenantId tenant, String campaignId) {
        return dsl.selectFrom(PROMOTION_CAMPAIGNS).where(key(tenant, campaignId)).fetchOptional().map(r -> toCampaign(tenant, r));
    }

    @Override
    public Optional<Campaign> lock(TenantId tenant, String campaignId) {
        return dsl.selectFrom(PROMOTION_CAMPAIGNS).where(key(tenant, campaignId)).forUpdate().fetchOptional()
                .map(r -> toCampaign(tenant, r));
    }

    @Override
    public List<Campaign> list(TenantId tenant) {
        return withSchemeIds(PROMOTION_CAMPAIGNS.TENANT_ID.eq(tenant.value()));
    }

    @Override
    public List<Campaign> withBudgets(TenantId tenant) {
        return withSchemeIds(PROMOTION_CAMPAIGNS.TENANT_ID.eq(tenant.value())
                .and(PROMOTION_CAMPAIGNS.BUDGET_MINOR.isNotNull().or(PROMOTION_CAMPAIGNS.BUDGET_ORDERS.isNotNull())));
    }

    /** The campaigns that meet {@code condition}, each with its scheme ids, in one query, by campaign id. */
    private List<Campaign> withSchemeIds(Condition condition) {
        Field<String[]> schemeIds = DSL.field(DSL.select(DSL.arrayAgg(PROMOTION_CAMPAIGN_SCHEMES.SCHEME_ID)
                .orderBy(PROMOTION_CAMPAIGN_SCHEMES.SCHEME_ID)).from(PROMOTION_CAMPAIGN_SCHEMES)
                .where(PROMOTION_CAMPAIGN_SCHEMES.TENANT_ID.eq(PROMOTION_CAMPAIGNS.TENANT_ID),
                        PROMOTION_CAMPAIGN_SCHEMES.CAMPAIGN_ID.eq(PROMOTION_CAMPAIGNS.CAMPAIGN_ID)));
        return dsl.select(PROMOTION_CAMPAIGNS.asterisk(), schemeIds).from(PROMOTION_CAMPAIGNS)
                .where(condition)
                .orderBy(PROMOTION_CAMPAIGNS.CAMPAIGN_ID)
                .fetch(r -> {
                    String[] ids = r.get(schemeIds);
                    return toCampaign(r.into(PROMOTION_CAMPAIGNS), ids == null ? List.of() : List.of(ids));
                });
    }

    private Campaign toCampaign(TenantId tenant, PromotionCampaignsRecord r) {
        return toCampaign(r, dsl.select(PROMOTION_CAMPAIGN_SCHEMES.SCHEME_ID).from(PROMOTION_CAMPAIGN_SCHEMES)
                .where(PROMOTION_CAMPAIGN_SCHEMES.TENANT_ID.eq(tenant.value())
                        .and(PROMOTION_CAMPAIGN_SCHEMES.CAMPAIGN_ID.eq(r.getCampaignId())))
                .orderBy(PROMOTION_CAMPAIGN_SCHEMES.SCHEME_ID).fetch(PROMOTION_CAMPAIGN_SCHEMES.SCHEME_ID));
    }

    private static Campaign toCampaign(PromotionCampaignsRecord r, List<String> schemeIds) {
        Instant updated = r.getUpdatedAt().toInstant();
        return new Campaign(r.getCampaignId(), r.getName(), Optional.ofNullable(r.getStartsAt()),
                Optional.ofNullable(r.getEndsAt()), Set.of(r.getStores()), Set.of(r.getChannels()),
                SchemeStatus.valueOf(r.getStatus()), schemeIds, Optional.ofNullable(r.getBudgetMinor()),
                Optional.ofNullable(r.getBudgetOrders()), updated);
    }

    private static String[] sorted(Set<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }

    private static Condition key(TenantId tenant, String campaignId) {
        return PROMOTION_CAMPAIGNS.TENANT_ID.eq(tenant.value()).and(PROMOTION_CAMPAIGNS.CAMPAIGN_ID.eq(campaignId));
    }
}
