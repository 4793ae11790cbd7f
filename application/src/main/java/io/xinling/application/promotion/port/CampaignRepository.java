package io.xinling.application.promotion.port;

import io.xinling.application.promotion.campaign.Campaign;
import io.xinling.domain.kernel.TenantId;

import java.util.List;
import java.util.Optional;

/** Campaigns and the schemes they group. */
public interface CampaignRepository {

    /** Inserts a campaign without schemes; false when the id is taken. */
    boolean insert(TenantId tenant, Campaign campaign);

    /** Adds a scheme; false when the scheme belongs to another campaign already. */
    boolean addScheme(TenantId tenant, String campaignId, String schemeId);

    void update(TenantId tenant, Campaign campaign);

    Optional<Campaign> find(TenantId tenant, String campaignId);

    Optional<Campaign> lock(TenantId tenant, String campaignId);

    List<Campaign> list(TenantId tenant);

    /** The campaigns with a money or order budget, with their schemes: what every reservation reads, in one query. */
    List<Campaign> withBudgets(TenantId tenant);
}
