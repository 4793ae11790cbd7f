package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.application.inventory.DocumentKind;
import io.xinling.application.inventory.InventoryPosting;
import io.xinling.application.inventory.StockError;
import io.xinling.application.inventory.port.InventoryPostings;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.TaxpayerKind;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.accounting.generation.InputVatTransferOut;
import io.xinling.domain.accounting.generation.InventoryTemplate;
import io.xinling.domain.accounting.generation.InventoryTemplates;
import io.xinling.domain.accounting.generation.StockValue;
import io.xinling.domain.accounting.generation.TenantTemplates;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Generates the vouchers of a posted or cancelled inventory document in its transaction (3.4, 4.1): the
 * document's voucher from its template, the settlement of earlier holes (X-2), and a delta voucher per
 * document whose stored costs the re-cost changed (X-1), dated on that document's date. A cancel posts the
 * red-ink reversal of what the document holds now. Generation keys make a repeat return the same vouchers.
 * <p>
 * Templates (3.4): a document's voucher is booked with the tenant's current version of its template; its re-cost deltas
 * and its cancel with the version its voucher was generated with (looked up only when the tenant revised that
 * template), so they net against that voucher line by line and I-13 holds for the version that voucher carries. A
 * document a trade document owns is booked by the trade template, whose stock and cost lines are fixed: its deltas use
 * the built-in inventory template.
 */
public final class InventoryVoucherGenerator implements InventoryPostings {

    /** The user generated vouchers are prepared by, one per tenant. */
    public static final String PREPARER = "凭证生成";

    static final String DOCUMENT = "inventory-document";
    static final String SETTLEMENT = "inventory-settlement";
    static final String RECOST = "inventory-recost";
    static final String RECOST_SETTLEMENT = "inventory-recost-settlement";

    private final PostGeneratedVouchersUseCase generated;
    private final Function<TenantId, UserId> preparer;
    private final Predicate<TenantId> deductsInputVat;
    private final Function<TenantId, TenantTemplates> templates;
    private final VersionLookup versions;

    /** The template version of each document's first voucher, by document id (see {@link VoucherOutbox#templateVersions}). */
    interface VersionLookup {
        Map<String, Long> of(TenantId tenant, Collection<String> documents);
    }

    /** Which version of a template books a document. */
    interface TemplatePicker {

        /** The built-in templates throughout. */
        TemplatePicker BUILT_IN = new TemplatePicker() {
            @Override public InventoryTemplate current(InventoryTemplate builtIn) { return builtIn; }
            @Override public InventoryTemplate of(InventoryPosting.Document doc, InventoryTemplate builtIn) { return builtIn; }
        };

        /** For a new voucher: the tenant's current version. */
        InventoryTemplate current(InventoryTemplate builtIn);

        /** For what nets against a document's voucher (its deltas, its cancel): the version that voucher was made with. */
        InventoryTemplate of(InventoryPosting.Document doc, InventoryTemplate builtIn);
    }

    /** {@code preparer} names the user generated vouchers are prepared (and reviewed) by. */
    public InventoryVoucherGenerator(PostGeneratedVouchersUseCase generated, Function<TenantId, UserId> preparer) {
        this.generated = generated;
        this.preparer = preparer;
        this.deductsInputVat = tenant -> true;
        this.templates = tenant -> TenantTemplates.BUILT_IN;
        this.versions = (tenant, documents) -> Map.of();
    }

    /**
     * Through the outbox (the tenant's generation mode); a document a purchase or sales document owns gets no
     * voucher of its own: the trade document's voucher books its stock (4.1), this one its settlements and deltas.
     */
    public InventoryVoucherGenerator(VoucherOutbox outbox, Function<TenantId, UserId> preparer) {
        this.generated = outbox;
        this.preparer = preparer;
        this.deductsInputVat = tenant -> outbox.taxpayerKind(tenant) == TaxpayerKind.GENERAL;
        this.templates = outbox::templates;
        this.versions = (tenant, documents) -> outbox.templateVersions(tenant, DOCUMENT, documents);
    }

    @Override
    public Either<StockError, InventoryPosting> publish(TenantId tenant, InventoryPosting posting) {
        return publish(tenant, posting, true);
    }

    /** The post's own call: its vouchers' keys carry the version it made, so none is looked for ({@code postNew}). */
    @Override
    public Either<StockError, InventoryPosting> publishNew(TenantId tenant, InventoryPosting posting) {
        return publish(tenant, posting, false);
    }

    private Either<StockError, InventoryPosting> publish(TenantId tenant, InventoryPosting posting, boolean again) {
        BooleanSupplier deducts = () -> deductsInputVat.test(tenant);
        List<GeneratedVoucher> batch = vouchers(posting, deducts, TemplatePicker.BUILT_IN);
        if (batch.isEmpty()) {
            // no amount to book: no template's accounts change that, so the books are not read for the templates
            return Either.right(posting);
        }
        TemplatePicker picker = picker(tenant, posting);
        if (picker != TemplatePicker.BUILT_IN) {
            batch = vouchers(posting, deducts, picker);
        }
        return generated.post(tenant, preparer.apply(tenant), batch, again)
                .<StockError>mapLeft(StockError.Refused::new).map(v -> posting);
    }

    /** The vouchers of one posting, in a fixed order; pure. */
    static List<GeneratedVoucher> vouchers(InventoryPosting p) {
        return vouchers(p, () -> true, TemplatePicker.BUILT_IN);
    }

    /** As below, with the built-in templates. */
    static List<GeneratedVoucher> vouchers(InventoryPosting p, BooleanSupplier deductsInputVat) {
        return vouchers(p, deductsInputVat, TemplatePicker.BUILT_IN);
    }

    /**
     * The tenant's templates for a posting: the built-in set while it revised none (nothing read); else its current
     * versions, and, for a cancel and for the documents whose costs changed, the version of each one's voucher, in one
     * lookup for those whose template the tenant revised.
     */
    private TemplatePicker picker(TenantId tenant, InventoryPosting p) {
        TenantTemplates tenantTemplates = templates.apply(tenant);
        if (tenantTemplates.isBuiltIn()) {
            return TemplatePicker.BUILT_IN;
        }
        Set<String> pinned = new TreeSet<>();
        if (p.cancellation()) {
            pin(pinned, p.document(), tenantTemplates);
        }
        p.changes().forEach(c -> pin(pinned, c.owner(), tenantTemplates));
        Map<String, Long> made = pinned.isEmpty() ? Map.of() : versions.of(tenant, pinned);
        return new TemplatePicker() {
            @Override
            public InventoryTemplate current(InventoryTemplate builtIn) {
                return tenantTemplates.current(builtIn);
            }

            @Override
            public InventoryTemplate of(InventoryPosting.Document doc, InventoryTemplate builtIn) {
                if (doc.tradeOwned()) {
                    return builtIn;
                }
                Long version = made.get(Long.toString(doc.id()));
                return version == null ? tenantTemplates.current(builtIn) : tenantTemplates.at(builtIn, version);
            }
        };
    }

    private static void pin(Set<String> pinned, InventoryPosting.Document doc, TenantTemplates tenantTemplates) {
        if (!doc.tradeOwned() && tenantTemplates.revised(template(doc).id())) {
            pinned.add(Long.toString(doc.id()));
        }
    }

    /**
     * As above, with {@code templates} picking each template's version; a trade-owned document ({@link InventoryPosting.Document#tradeOwned}) gets no document voucher (its
     * trade document books it), and an
     * abnormal stocktake loss reverses input VAT only when the tenant {@code deductsInputVat} (a general taxpayer).
     */
    static List<GeneratedVoucher> vouchers(InventoryPosting p, BooleanSupplier deductsInputVat, TemplatePicker templates) {
        List<GeneratedVoucher> out = new ArrayList<>();
        InventoryPosting.Document doc = p.document();
        long version = p.cancellation() ? 2 : 1;
        InventoryTemplate template = p.cancellation() ? templates.of(doc, template(doc)) : templates.current(template(doc));
        List<StockValue> amounts = new ArrayList<>(p.values().stream().map(v -> amount(v, p.cancellation())).toList());
        List<StockValue> settled = new ArrayList<>(p.values().stream().map(v -> settlement(v, p.cancellation())).toList());
        Map<Long, List<InventoryPosting.Change>> byOwner = new LinkedHashMap<>();
        LocalDate date = doc.date();
        for (InventoryPosting.Change c : p.changes()) {
            if (isOwnCharge(doc, c)) {
                amounts.add(amount(c.change(), false));
                settled.add(settlement(c.change(), false));
                date = c.owner().date();
            } else {
                byOwner.computeIfAbsent(c.owner().id(), k -> new ArrayList<>()).add(c);
            }
        }
        String ref = reference(doc, p.cancellation() ? "作废" : "");
        if (!doc.tradeOwned()) {
            Money vat = transferOut(p, doc, p.values().stream().map(v -> InputVatTransferOut.of(v.amount(),
                    p.rateOf(v.sku()))).toList(), deductsInputVat);
            add(out, DOCUMENT, doc, version, 0, template, netted(doc, amounts), ref, date,
                    p.cancellation() ? vat.negate() : vat);
        }
        add(out, SETTLEMENT, doc, version, 0, InventoryTemplates.SETTLEMENT, settled, ref, date);
        byOwner.values().forEach(changes -> {
            InventoryPosting.Document owner = changes.get(0).owner();
            String text = reference(owner, "重算差额");
            Money vat = transferOut(p, owner, changes.stream().map(c -> InputVatTransferOut.change(c.after(),
                    c.change().amount(), p.rateOf(c.change().sku()))).toList(), deductsInputVat);
            add(out, RECOST, owner, 1, p.ledgerVersion(), templates.of(owner, deltaTemplate(owner)),
                    netted(owner, changes.stream().map(c -> amount(c.change(), false)).toList()), text, owner.date(), vat);
            add(out, RECOST_SETTLEMENT, owner, 1, p.ledgerVersion(), InventoryTemplates.SETTLEMENT,
                    changes.stream().map(c -> settlement(c.change(), false)).toList(), text, owner.date());
        });
        return out;
    }

    /**
     * A scope switch takes each warehouse's stock off the old key at what its books carry and opens the new key
     * at its share (2.1): its voucher books only the difference per item and warehouse, a reallocation between
     * the warehouses of each item that nets to zero per item.
     */
    private static List<StockValue> netted(InventoryPosting.Document doc, List<StockValue> values) {
        if (doc.kind() != DocumentKind.SCOPE_SWITCH) {
            return values;
        }
        Map<List<String>, StockValue> net = new LinkedHashMap<>();
        values.forEach(v -> net.merge(List.of(v.item(), v.warehouse(), v.branch()), v,
                (a, b) -> new StockValue(a.item(), a.warehouse(), a.branch(), a.amount().plus(b.amount()))));
        return List.copyOf(net.values());
    }

    /**
     * The input VAT an abnormal stocktake loss reverses (IV-7): the sum of {@code parts}, for a general taxpayer's
     * abnormal-loss stocktake only (a small-scale taxpayer never deducted it).
     */
    private static Money transferOut(InventoryPosting p, InventoryPosting.Document doc, List<Money> parts,
                                     BooleanSupplier deductsInputVat) {
        Money zero = Money.zero(Money.CNY);
        if (!doc.abnormalLoss() || doc.kind() != DocumentKind.STOCKTAKE) {
            return zero;
        }
        Money sum = parts.stream().reduce(zero, Money::plus);
        return sum.isZero() || !deductsInputVat.getAsBoolean() ? zero : sum;
    }

    private static void add(List<GeneratedVoucher> out, String sourceType, InventoryPosting.Document doc,
                            long sourceVersion, long costVersion, InventoryTemplate template, List<StockValue> values,
                            String reference, LocalDate date) {
        add(out, sourceType, doc, sourceVersion, costVersion, template, values, reference, date, null);
    }

    /** As above, with the input VAT reversed by an abnormal stocktake loss ({@code vat}, or null). */
    private static void add(List<GeneratedVoucher> out, String sourceType, InventoryPosting.Document doc,
                            long sourceVersion, long costVersion, InventoryTemplate template, List<StockValue> values,
                            String reference, LocalDate date, Money vat) {
        List<VoucherLine> lines = template.lines(values, reference);
        if (vat != null) {
            lines = InputVatTransferOut.added(lines, template.summary() + " " + reference, vat);
        }
        if (lines.isEmpty()) {
            return;
        }
        Provenance provenance = new Provenance(sourceType, Long.toString(doc.id()), sourceVersion, template.id(),
                template.version(), costVersion, VoucherHash.of(lines));
        out.add(new GeneratedVoucher(VoucherWord.JI, date, 1, lines, provenance));
    }

    /**
     * A landed cost in an open period is stored as a re-cost of its receipt's lines (2.11): that change is the
     * landed cost's own amount (P-5), booked on its voucher, not a delta of the receipt. Like a re-cost delta, that
     * voucher (and its reversal on cancel) is dated on the receipt's date, where the stock took the charge, so GL
     * 1405 equals the stock subledger on every date (I-4); its 220202 (or carrier's 220201) credit goes with it. A landed cost on a
     * receipt in a closed period is value-only movements at its own date, and so is its voucher.
     */
    private static boolean isOwnCharge(InventoryPosting.Document doc, InventoryPosting.Change c) {
        return doc.kind() == DocumentKind.LANDED_COST && c.owner().kind() == DocumentKind.RECEIPT;
    }

    /** A purchase return a trade document owns books its cost differences to 5401 (P-4), not to 220202. */
    private static InventoryTemplate deltaTemplate(InventoryPosting.Document doc) {
        return doc.tradeOwned() && doc.kind() == DocumentKind.PURCHASE_RETURN ? InventoryTemplates.TRADE_PURCHASE_RETURN
                : template(doc);
    }

    private static InventoryTemplate template(InventoryPosting.Document doc) {
        if (doc.kind() == DocumentKind.STOCKTAKE && doc.abnormalLoss()) {
            return InventoryTemplates.ABNORMAL_LOSS_STOCKTAKE;
        }
        if (doc.kind() == DocumentKind.LANDED_COST && doc.supplier().isPresent()) {
            return InventoryTemplates.landedCostOwedTo(doc.supplier().get());
        }
        return InventoryTemplates.of(doc.kind().wire(), doc.purpose());
    }

    private static StockValue amount(InventoryPosting.Value v, boolean reverse) {
        StockValue value = new StockValue(Long.toString(v.sku()), v.warehouse(), Long.toString(v.branch()), v.amount());
        return reverse ? value.negate() : value;
    }

    /** A settlement is value leaving stock: placed as an outbound amount. */
    private static StockValue settlement(InventoryPosting.Value v, boolean reverse) {
        StockValue value = new StockValue(Long.toString(v.sku()), v.warehouse(), Long.toString(v.branch()),
                v.settlement().negate());
        return reverse ? value.negate() : value;
    }

    private static String reference(InventoryPosting.Document doc, String note) {
        return (doc.kind().wire() + " #" + doc.id() + " " + note).strip();
    }
}
