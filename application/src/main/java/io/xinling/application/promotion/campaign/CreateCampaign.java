package io.xinling.application.promotion.campaign;

import io.xinling.domain.kernel.TenantId;

import java.util.List;

/** A new campaign as the caller wrote it; the service checks every field and names the bad one. */
public record CreateCampaign(TenantId tenant, String id, String name, String start, String end, List<String> stores,
                             List<String> channels, List<String> schemeIds, String budget, Long budgetOrders) {
}
