package io.xinling.application.promotion.conflict;

import io.vavr.control.Either;
import io.xinling.application.promotion.PromotionRefusal;
import io.xinling.application.promotion.StoredScheme;
import io.xinling.application.promotion.port.PolicyRepository;
import io.xinling.application.promotion.port.SchemeRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.promotion.AppliedScheme;
import io.xinling.domain.promotion.PricingResult;
import io.xinling.domain.promotion.PromotionEngine;
import io.xinling.domain.promotion.PromotionPolicy;
import io.xinling.domain.promotion.Scheme;
import io.xinling.domain.promotion.lifecycle.SchemeStatus;
import io.xinling.domain.promotion.scheme.SchemeFactory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conflict report of a scheme not yet live (spec 3.13): the active and approved schemes it overlaps
 * and the combined effect on a given or sample cart. Read-only; nothing is reserved or saved.
 */
public final class ConflictService {

    private final SchemeRepository schemes;
    private final PolicyRepository policies;
    private final Clock clock;

    public ConflictService(SchemeRepository schemes, PolicyRepository policies, Clock clock) {
        this.schemes = schemes;
        this.policies = policies;
        this.clock = clock;
    }

    /** The report of a saved scheme's latest version. */
    public Either<PromotionRefusal, ConflictReport> ofSaved(TenantId tenant, String schemeId, Optional<SampleOrder> order) {
        return schemes.latest(tenant, schemeId).<Either<PromotionRefusal, StoredScheme>>map(Either::right)
                .orElseGet(() -> Either.left(new PromotionRefusal.NotFound("scheme", schemeId)))
                .flatMap(s -> parse(s.type(), versioned(s)))
                .map(candidate -> report(tenant, candidate, order));
    }

    /** The report of a scheme given inline (a draft never saved). */
    public Either<PromotionRefusal, ConflictReport> ofDraft(TenantId tenant, String type, Map<String, Object> definition,
                                                            Optional<SampleOrder> order) {
        Map<String, Object> withId = new HashMap<>(definition);
        withId.putIfAbsent("id", "draft");
        return parse(type, withId).map(candidate -> report(tenant, candidate, order));
    }

    private ConflictReport report(TenantId tenant, Scheme candidate, Optional<SampleOrder> given) {
        List<ConflictReport.Overlap> overlaps = new ArrayList<>();
        List<Scheme> meeting = new ArrayList<>();
        for (SchemeStatus status : List.of(SchemeStatus.ACTIVE, SchemeStatus.APPROVED)) {
            for (StoredScheme stored : schemes.inStatus(tenant, status)) {
                if (stored.schemeId().equals(candidate.id())) {
                    continue;
                }
                Scheme other = parse(stored.type(), versioned(stored)).getOrElseThrow(
                        e -> new IllegalStateException("saved scheme " + stored.schemeId() + " no longer parses"));
                overlap(candidate, other, status).ifPresent(o -> {
                    overlaps.add(o);
                    meeting.add(other);
                });
            }
        }
        return new ConflictReport(candidate.id(), candidate.version(), candidate.type(), candidate.stage().name(),
                candidate.exclusionGroup(), overlaps, effect(tenant, candidate, meeting, given));
    }

    private static Optional<ConflictReport.Overlap> overlap(Scheme candidate, Scheme other, SchemeStatus status) {
        Optional<String> products = Overlaps.products(candidate.scope(), other.scope());
        boolean window = Overlaps.window(candidate.window(), other.window());
        boolean stores = Overlaps.places(candidate.audience().stores(), other.audience().stores());
        boolean channels = Overlaps.places(candidate.audience().channels(), other.audience().channels());
        if (products.isEmpty() || !window || !stores || !channels) {
            return Optional.empty();
        }
        return Optional.of(new ConflictReport.Overlap(other.id(), other.version(), other.type(), status.wireName(),
                other.stage().name(), other.exclusionGroup(), Overlaps.relation(candidate, other), products.get()));
    }

    private ConflictReport.Effect effect(TenantId tenant, Scheme candidate, List<Scheme> meeting, Optional<SampleOrder> given) {
        SampleOrder order = given.orElseGet(() -> SampleOrder.of(candidate, LocalDateTime.now(clock)));
        PromotionPolicy policy = policies.find(tenant).orElse(PromotionPolicy.DEFAULT);
        PricingResult without = PromotionEngine.price(order.cart(), order.context(), meeting, policy);
        List<Scheme> all = new ArrayList<>(meeting);
        all.add(candidate);
        PricingResult with = PromotionEngine.price(order.cart(), order.context(), all, policy);
        Money benefit = with.appliedScheme(candidate.id()).map(AppliedScheme::benefit)
                .orElse(Money.zero(with.payable().currency()));
        return new ConflictReport.Effect(given.isEmpty(), without.totalDue(), with.totalDue(), benefit, with);
    }

    private static Either<PromotionRefusal, Scheme> parse(String type, Map<String, Object> definition) {
        return SchemeFactory.create(type, definition).mapLeft(PromotionRefusal.Pricing::new);
    }

    private static Map<String, Object> versioned(StoredScheme s) {
        Map<String, Object> d = new HashMap<>(s.definition());
        d.put("version", s.version());
        d.put("id", s.schemeId());
        return d;
    }
}
