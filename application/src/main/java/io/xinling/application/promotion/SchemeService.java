package io.xinling.application.promotion;

import io.vavr.control.Either;
import io.xinling.application.port.Transactor;
import io.xinling.application.promotion.campaign.Campaign;
import io.xinling.application.promotion.campaign.CampaignBounds;
import io.xinling.application.promotion.port.ActiveSchemes;
import io.xinling.application.promotion.port.CampaignRepository;
import io.xinling.application.promotion.port.SchemeRepository;
import io.xinling.application.promotion.quota.SchemeQuota;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.lifecycle.LifecycleError;
import io.xinling.domain.promotion.lifecycle.SchemeStatus;
import io.xinling.domain.promotion.scheme.SchemeFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Saved schemes and their lifecycle (spec 3.1). A definition is checked by the same factory the engine
 * uses before anything is saved. Editing a draft replaces it; editing a later version creates version
 * n+1 as a draft, and activating it ends the version that was active.
 */
public final class SchemeService implements ActiveSchemes {

    private final Transactor transactor;
    private final SchemeRepository schemes;
    private final CampaignRepository campaigns;
    private final Clock clock;

    /** Schemes that belong to a campaign run only inside its window, stores and channels ({@link CampaignBounds}). */
    public SchemeService(Transactor transactor, SchemeRepository schemes, CampaignRepository campaigns, Clock clock) {
        this.transactor = transactor;
        this.schemes = schemes;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    public Either<LifecycleError, StoredScheme> create(TenantId tenant, String type, Map<String, Object> definition) {
        return check(type, definition, 1).flatMap(id -> transactor.inTransaction(() -> {
            StoredScheme s = new StoredScheme(id, 1, type, definition, SchemeStatus.DRAFT, clock.instant());
            return schemes.insert(tenant, s) ? Either.right(s) : Either.left(new LifecycleError.IdTaken(id));
        }));
    }

    public Either<LifecycleError, StoredScheme> edit(TenantId tenant, String schemeId, Map<String, Object> definition) {
        return transactor.inTransaction(() -> locked(tenant, schemeId).flatMap(latest -> {
            int version = latest.status().editableInPlace() ? latest.version() : latest.version() + 1;
            Map<String, Object> withId = new HashMap<>(definition);
            Object type = withId.remove("type");
            if (type != null && !type.equals(latest.type())) {
                return Either.left(new LifecycleError.Invalid("type", "a scheme keeps its rule type " + latest.type()
                        + "; create a new scheme for another"));
            }
            if (withId.get("id") != null && !schemeId.equals(withId.get("id"))) {
                return Either.left(new LifecycleError.Invalid("id", "a scheme keeps its id " + schemeId
                        + "; create a new scheme for another"));
            }
            withId.put("id", schemeId);
            return check(latest.type(), withId, version).map(ok -> {
                StoredScheme next = new StoredScheme(schemeId, version, latest.type(), withId, SchemeStatus.DRAFT, clock.instant());
                if (version == latest.version()) {
                    schemes.update(tenant, next);
                } else {
                    schemes.insert(tenant, next);
                }
                return next;
            });
        }));
    }

    /**
     * Moves the latest version, except that pause, resume and end move the version that runs (active or paused) while
     * a later version is still being drafted or approved: an edit in progress never keeps a running scheme from being
     * stopped.
     */
    public Either<LifecycleError, StoredScheme> act(TenantId tenant, String schemeId, String action) {
        return SchemeStatus.action(action).flatMap(a -> transactor.inTransaction(() -> locked(tenant, schemeId)
                .map(latest -> RUNNING_ACTIONS.contains(a) ? running(tenant, latest) : latest)
                .flatMap(target -> target.status().apply(a).map(next -> move(tenant, target, next)))));
    }

    private static final Set<SchemeStatus.Action> RUNNING_ACTIONS =
            EnumSet.of(SchemeStatus.Action.PAUSE, SchemeStatus.Action.RESUME, SchemeStatus.Action.END);

    /** The version that runs (active or paused) below a latest version that does not, else the latest itself. */
    private StoredScheme running(TenantId tenant, StoredScheme latest) {
        if (isRunning(latest.status())) {
            return latest;
        }
        for (int v = latest.version() - 1; v >= 1; v--) {
            Optional<StoredScheme> earlier = schemes.version(tenant, latest.schemeId(), v);
            if (earlier.isPresent() && isRunning(earlier.get().status())) {
                return earlier.get();
            }
            if (earlier.isPresent() && earlier.get().status() == SchemeStatus.ENDED) {
                break;
            }
        }
        return latest;
    }

    private static boolean isRunning(SchemeStatus status) {
        return status == SchemeStatus.ACTIVE || status == SchemeStatus.PAUSED;
    }

    public Either<LifecycleError, StoredScheme> find(TenantId tenant, String schemeId) {
        return schemes.latest(tenant, schemeId).<Either<LifecycleError, StoredScheme>>map(Either::right)
                .orElseGet(() -> Either.left(new LifecycleError.SchemeNotFound(schemeId)));
    }

    /** The latest version of each of the given schemes that exists, read at once, by scheme id. */
    public List<StoredScheme> latestOf(TenantId tenant, java.util.Collection<String> schemeIds) {
        return schemes.latestOf(tenant, schemeIds);
    }

    @Override
    public List<Scheme> activeSchemes(TenantId tenant) {
        Map<String, Campaign> campaignOf = campaignsBySchemes(tenant);
        List<Scheme> active = new ArrayList<>();
        for (StoredScheme s : schemes.inStatus(tenant, SchemeStatus.ACTIVE)) {
            bounded(SchemeFactory.create(s.type(), versioned(s)).getOrElseThrow(
                    e -> new IllegalStateException("saved scheme " + s.schemeId() + " no longer parses: " + e.message())),
                    campaignOf).ifPresent(active::add);
        }
        return List.copyOf(active);
    }

    private Map<String, Campaign> campaignsBySchemes(TenantId tenant) {
        Map<String, Campaign> campaignOf = new HashMap<>();
        campaigns.list(tenant).forEach(c -> c.schemeIds().forEach(id -> campaignOf.put(id, c)));
        return campaignOf;
    }

    private static Optional<Scheme> bounded(Scheme scheme, Map<String, Campaign> campaignOf) {
        Campaign campaign = campaignOf.get(scheme.id());
        return campaign == null ? Optional.of(scheme) : CampaignBounds.within(scheme, campaign);
    }

    /**
     * The active schemes that reach {@code store} at some moment of {@code day} (its window, weekdays,
     * month days and daily slots are checked every quarter hour and at each slot start), within their campaign.
     */
    public List<StoredScheme> activeOn(TenantId tenant, String store, LocalDate day) {
        Map<String, Campaign> campaignOf = campaignsBySchemes(tenant);
        return schemes.inStatus(tenant, SchemeStatus.ACTIVE).stream()
                .filter(s -> SchemeFactory.create(s.type(), versioned(s)).toJavaOptional()
                        .flatMap(scheme -> bounded(scheme, campaignOf))
                        .map(scheme -> reaches(scheme, store) && activeDuring(scheme, day)).orElse(false))
                .toList();
    }

    private static boolean reaches(Scheme scheme, String store) {
        return scheme.audience().stores().isEmpty() || scheme.audience().stores().contains(store);
    }

    private static boolean activeDuring(Scheme scheme, LocalDate day) {
        List<LocalDateTime> probes = new ArrayList<>();
        for (int minute = 0; minute < 24 * 60; minute += 15) {
            probes.add(day.atStartOfDay().plusMinutes(minute));
        }
        scheme.window().dailySlots().forEach(slot -> probes.add(day.atTime(slot.from())));
        scheme.window().start().filter(start -> start.toLocalDate().equals(day)).ifPresent(probes::add);
        return probes.stream().anyMatch(t -> scheme.window().contains(t, Optional.empty()));
    }

    private StoredScheme move(TenantId tenant, StoredScheme latest, SchemeStatus next) {
        if (next == SchemeStatus.ACTIVE && latest.status() == SchemeStatus.APPROVED && latest.version() > 1) {
            for (SchemeStatus running : List.of(SchemeStatus.ACTIVE, SchemeStatus.PAUSED)) {
                schemes.inStatus(tenant, running).stream()
                        .filter(s -> s.schemeId().equals(latest.schemeId()) && s.version() != latest.version())
                        .forEach(old -> schemes.update(tenant, old.withStatus(SchemeStatus.ENDED, clock.instant())));
            }
        }
        StoredScheme moved = latest.withStatus(next, clock.instant());
        schemes.update(tenant, moved);
        return moved;
    }

    private Either<LifecycleError, StoredScheme> locked(TenantId tenant, String schemeId) {
        return schemes.lockLatest(tenant, schemeId).<Either<LifecycleError, StoredScheme>>map(Either::right)
                .orElseGet(() -> Either.left(new LifecycleError.SchemeNotFound(schemeId)));
    }

    private static Either<LifecycleError, String> check(String type, Map<String, Object> definition, int version) {
        for (Map.Entry<String, Object> field : definition.entrySet()) {
            if (field.getValue() == null) {
                return Either.left(new LifecycleError.Invalid(field.getKey(), "may not be null: leave the field out instead"));
            }
        }
        Object id = definition.get("id");
        if (!(id instanceof String s) || !s.matches("[A-Za-z0-9._-]{1,64}")) {
            return Either.left(new LifecycleError.Invalid("id", "1 to 64 letters, digits, dots, dashes or underscores"));
        }
        Map<String, Object> versioned = new HashMap<>(definition);
        versioned.put("version", version);
        return SchemeFactory.create(type, versioned)
                .flatMap(scheme -> SchemeQuota.parse(versioned).map(quota -> scheme))
                .<LifecycleError>mapLeft(e -> e instanceof io.xinling.domain.promotion.PromotionError.UnknownRuleType u
                        ? new LifecycleError.UnknownRuleType(u.type()) : new LifecycleError.Invalid(fieldOf(e), problemOf(e)))
                .map(scheme -> scheme.id());
    }

    private static Map<String, Object> versioned(StoredScheme s) {
        Map<String, Object> d = new HashMap<>(s.definition());
        d.put("version", s.version());
        d.put("id", s.schemeId());
        return d;
    }

    /** The problem without a repeated field name (some factory messages start with the field already). */
    static String problemOf(io.xinling.domain.promotion.PromotionError e) {
        if (e instanceof io.xinling.domain.promotion.PromotionError.UnknownRuleType u) {
            return "unknown rule type '" + u.type() + "'";
        }
        if (e instanceof io.xinling.domain.promotion.PromotionError.InvalidScheme i) {
            return i.problem().startsWith(i.field() + ": ") ? i.problem().substring(i.field().length() + 2) : i.problem();
        }
        return e.message();
    }

    private static String fieldOf(io.xinling.domain.promotion.PromotionError e) {
        return e instanceof io.xinling.domain.promotion.PromotionError.InvalidScheme i ? i.field() : "type";
    }
}
