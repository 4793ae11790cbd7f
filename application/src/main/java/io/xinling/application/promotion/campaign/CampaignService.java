package io.xinling.application.promotion.campaign;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import io.xinling.application.promotion.PromotionRefusal;
import io.xinling.application.promotion.SchemeService;
import io.xinling.application.promotion.StoredScheme;
import io.xinling.application.promotion.port.CampaignRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.lifecycle.SchemeStatus;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Campaigns (促销活动) grouping schemes. A campaign moves through the scheme status machine, and each
 * move is applied in the same transaction to every scheme of the campaign that can make it (approving a
 * campaign approves its pending schemes, pausing it pauses its active ones); a scheme that cannot make
 * the move stays where it is.
 */
public final class CampaignService {

    private static final String ID = "[A-Za-z0-9._-]{1,64}";

    private final Transactor transactor;
    private final CampaignRepository campaigns;
    private final SchemeService schemes;
    private final Clock clock;

    public CampaignService(Transactor transactor, CampaignRepository campaigns, SchemeService schemes, Clock clock) {
        this.transactor = transactor;
        this.campaigns = campaigns;
        this.schemes = schemes;
        this.clock = clock;
    }

    public Either<PromotionRefusal, CampaignView> create(CreateCampaign c) {
        if (c.id() == null || !c.id().matches(ID)) {
            return invalid("id", "1 to 64 letters, digits, dots, dashes or underscores");
        }
        if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
            return invalid("name", "must have 1 to 200 characters");
        }
        return dateTime("start", c.start()).flatMap(start -> dateTime("end", c.end()).flatMap(end -> {
            if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
                return invalid("end", "the window is empty: end must be after start");
            }
            if (c.budgetOrders() != null && c.budgetOrders() < 0) {
                return invalid("budgetOrders", "a whole number of orders, not negative");
            }
            return budget(c.budget()).flatMap(budget -> {
                Campaign campaign = new Campaign(c.id(), c.name().strip(), start, end, set(c.stores()), set(c.channels()),
                        SchemeStatus.DRAFT, List.of(), budget, Optional.ofNullable(c.budgetOrders()), clock.instant());
                return transactor.inTransaction(() -> campaigns.insert(c.tenant(), campaign)
                        ? add(c.tenant(), c.id(), c.schemeIds() == null ? List.of() : c.schemeIds())
                        : Either.left(new PromotionRefusal.Conflict("campaign", c.id(), "exists already")));
            });
        }));
    }

    /** Adds schemes to a campaign; an unknown scheme is 404, one in another campaign a conflict. */
    public Either<PromotionRefusal, CampaignView> addSchemes(TenantId tenant, String campaignId, List<String> schemeIds) {
        if (schemeIds == null || schemeIds.isEmpty()) {
            return invalid("schemeIds", "name at least one scheme");
        }
        return transactor.inTransaction(() -> locked(tenant, campaignId).flatMap(c -> add(tenant, campaignId, schemeIds)));
    }

    private Either<PromotionRefusal, CampaignView> add(TenantId tenant, String campaignId, List<String> schemeIds) {
        for (String schemeId : schemeIds) {
            if (schemes.find(tenant, schemeId).isLeft()) {
                return Either.left(new PromotionRefusal.NotFound("scheme", schemeId));
            }
            Campaign current = campaigns.find(tenant, campaignId).orElseThrow();
            if (!current.schemeIds().contains(schemeId)) {
                if (!campaigns.addScheme(tenant, campaignId, schemeId)) {
                    return Either.left(new PromotionRefusal.Conflict("campaign", campaignId,
                            "scheme " + schemeId + " belongs to another campaign"));
                }
                // the scheme now runs inside the campaign: a new change time tells every node's active-scheme cache
                campaigns.update(tenant, current.withStatus(current.status(), clock.instant()));
            }
        }
        return Either.right(view(tenant, campaigns.find(tenant, campaignId).orElseThrow()));
    }

    /** Moves the campaign, then every scheme of it that can make the same move. */
    public Either<PromotionRefusal, CampaignView> act(TenantId tenant, String campaignId, String action) {
        return transactor.inTransaction(() -> locked(tenant, campaignId).flatMap(c -> SchemeStatus.action(action)
                .flatMap(a -> c.status().apply(a))
                .<PromotionRefusal>mapLeft(e -> new PromotionRefusal.IllegalStatus("campaign", campaignId,
                        c.status().wireName(), action))
                .map(next -> {
                    Campaign moved = c.withStatus(next, clock.instant());
                    campaigns.update(tenant, moved);
                    c.schemeIds().forEach(schemeId -> schemes.act(tenant, schemeId, action));
                    return view(tenant, moved);
                })));
    }

    public Either<PromotionRefusal, CampaignView> find(TenantId tenant, String campaignId) {
        return campaigns.find(tenant, campaignId).<Either<PromotionRefusal, CampaignView>>map(c -> Either.right(view(tenant, c)))
                .orElseGet(() -> Either.left(new PromotionRefusal.NotFound("campaign", campaignId)));
    }

    /** Every campaign with the latest version of each of its schemes: two reads, whatever the number of campaigns. */
    public List<CampaignView> list(TenantId tenant) {
        List<Campaign> all = campaigns.list(tenant);
        Map<String, StoredScheme> latest = new HashMap<>();
        schemes.latestOf(tenant, all.stream().flatMap(c -> c.schemeIds().stream()).collect(Collectors.toSet()))
                .forEach(s -> latest.put(s.schemeId(), s));
        return all.stream().map(c -> new CampaignView(c, c.schemeIds().stream().filter(latest::containsKey)
                .map(latest::get).toList())).toList();
    }

    private CampaignView view(TenantId tenant, Campaign c) {
        List<StoredScheme> latest = new ArrayList<>();
        c.schemeIds().forEach(id -> schemes.find(tenant, id).forEach(latest::add));
        return new CampaignView(c, latest);
    }

    private Either<PromotionRefusal, Campaign> locked(TenantId tenant, String campaignId) {
        return campaigns.lock(tenant, campaignId).<Either<PromotionRefusal, Campaign>>map(Either::right)
                .orElseGet(() -> Either.left(new PromotionRefusal.NotFound("campaign", campaignId)));
    }

    private static Either<PromotionRefusal, Optional<LocalDateTime>> dateTime(String field, String text) {
        if (text == null) {
            return Either.right(Optional.empty());
        }
        try {
            return Either.right(Optional.of(LocalDateTime.parse(text)));
        } catch (DateTimeParseException e) {
            return invalid(field, "an ISO local date-time such as 2026-12-01T00:00");
        }
    }

    /** The money budget in minor units (yuan with at most two decimals, not negative), absent when not given. */
    private static Either<PromotionRefusal, Optional<Long>> budget(String text) {
        if (text == null) {
            return Either.right(Optional.empty());
        }
        return Money.parse("budget", text.strip(), Money.CNY)
                .<PromotionRefusal>mapLeft(e -> new PromotionRefusal.InvalidField("budget", "an amount in yuan such as 10000.00"))
                .flatMap(m -> m.isNegative() ? invalid("budget", "must not be negative") : Either.right(Optional.of(m.minor())));
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values.stream().map(String::strip).toList());
    }

    private static <T> Either<PromotionRefusal, T> invalid(String field, String problem) {
        return Either.left(new PromotionRefusal.InvalidField(field, problem));
    }
}
