package io.xinling.application.inventory;

import io.vavr.control.Either;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.inventory.BatchNo;
import io.xinling.domain.inventory.CostingScope;
import io.xinling.domain.inventory.DocumentId;
import io.xinling.domain.inventory.InventoryError;
import io.xinling.domain.inventory.SerialNo;
import io.xinling.domain.inventory.WarehouseId;
import io.xinling.domain.inventory.document.AdjustmentLine;
import io.xinling.domain.inventory.document.Assembly;
import io.xinling.domain.inventory.document.BatchInfo;
import io.xinling.domain.inventory.document.CostAdjustment;
import io.xinling.domain.inventory.document.CountLine;
import io.xinling.domain.inventory.document.Disassembly;
import io.xinling.domain.inventory.document.DocumentHeader;
import io.xinling.domain.inventory.document.InventoryDocument;
import io.xinling.domain.inventory.document.Issue;
import io.xinling.domain.inventory.document.IssuePurpose;
import io.xinling.domain.inventory.document.LandedCost;
import io.xinling.domain.inventory.document.LandedCostBasis;
import io.xinling.domain.inventory.document.PurchaseReturn;
import io.xinling.domain.inventory.document.Receipt;
import io.xinling.domain.inventory.document.ReceiptPurpose;
import io.xinling.domain.inventory.document.ReturnLine;
import io.xinling.domain.inventory.document.SalesReturn;
import io.xinling.domain.inventory.document.ScopeChange;
import io.xinling.domain.inventory.document.StockLine;
import io.xinling.domain.inventory.document.Stocktake;
import io.xinling.domain.inventory.document.Transfer;
import io.xinling.domain.inventory.document.TransferDispatch;
import io.xinling.domain.inventory.document.TransferReceipt;
import io.xinling.domain.inventory.document.UnreferencedReturn;
import io.xinling.domain.inventory.document.ValuedLine;
import io.xinling.domain.inventory.document.WeightedLine;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.Unit;
import io.xinling.domain.kernel.UnitQuantity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Rebuilds the domain document from its stored form; a missing required field is a refusal. */
public final class DocumentAssembler {

    private DocumentAssembler() {
    }

    public static Either<StockError, InventoryDocument> assemble(long id, DocumentDraft d) {
        try {
            long seq = d.kind() == DocumentKind.SCOPE_SWITCH ? 0 : id;
            return Either.right(build(new DocumentHeader(new DocumentId(id), seq, d.date(), d.time()), d));
        } catch (MissingField e) {
            return Either.left(new StockError.Invalid(e.field, "is required on documents of kind " + d.kind().wire()));
        } catch (IllegalArgumentException e) {
            return Either.left(new StockError.Invalid("body", e.getMessage()));
        }
    }

    private static InventoryDocument build(DocumentHeader h, DocumentDraft d) {
        return switch (d.kind()) {
            case RECEIPT -> new Receipt(h, wh(d), receiptPurpose(d), valued(d.linesOf(LineRole.IN)));
            case ISSUE -> new Issue(h, wh(d), issuePurpose(d), stock(d.linesOf(LineRole.OUT)));
            case TRANSFER -> new Transfer(h, wh(d), to(d), stock(d.linesOf(LineRole.OUT)));
            case TRANSFER_DISPATCH -> new TransferDispatch(h, wh(d), to(d), stock(d.linesOf(LineRole.OUT)));
            case TRANSFER_RECEIPT -> new TransferReceipt(h, ref(d), stock(d.linesOf(LineRole.IN)));
            case STOCKTAKE -> new Stocktake(h, wh(d), d.linesOf(LineRole.COUNT).stream().map(l -> new CountLine(
                    l.line(), new SkuId(l.sku()), l.batch().map(BatchNo::new), quantity(l))).toList());
            case ASSEMBLY -> new Assembly(h, wh(d), weighted(d.linesOf(LineRole.PRODUCT)),
                    stock(d.linesOf(LineRole.COMPONENT)), fee(d));
            case DISASSEMBLY -> new Disassembly(h, wh(d), kit(d), weighted(d.linesOf(LineRole.COMPONENT)), fee(d));
            case COST_ADJUSTMENT -> new CostAdjustment(h, wh(d), d.linesOf(LineRole.ADJUST).stream()
                    .map(l -> new AdjustmentLine(l.line(), new SkuId(l.sku()), l.batch().map(BatchNo::new),
                            required(l.amount(), InventoryError.at(l.line()) + ".amount"))).toList());
            case LANDED_COST -> landedCost(h, d);
            case SALES_RETURN -> new SalesReturn(h, wh(d), d.linesOf(LineRole.RETURN).stream().map(l -> new ReturnLine(
                    line(l), required(l.reference(), InventoryError.at(l.line()) + ".saleDocumentId"))).toList());
            case UNREFERENCED_RETURN -> new UnreferencedReturn(h, wh(d), stock(d.linesOf(LineRole.IN)));
            case PURCHASE_RETURN -> new PurchaseReturn(h, wh(d), valued(d.linesOf(LineRole.OUT)));
            case SCOPE_SWITCH -> scopeChange(h, d);
        };
    }

    /** A landed cost spread by amount or quantity, or (basis lines) given per receipt line by its ADJUST lines. */
    private static LandedCost landedCost(DocumentHeader h, DocumentDraft d) {
        LandedCostBasis basis = LandedCostBasis.valueOf(d.basis().orElse("amount").toUpperCase(Locale.ROOT));
        boolean late = d.has(DocumentFlag.CHARGE_AT_OWN_DATE);
        if (basis == LandedCostBasis.LINES) {
            return LandedCost.byLines(h, ref(d), d.linesOf(LineRole.ADJUST).stream()
                    .map(l -> required(l.amount(), InventoryError.at(l.line()) + ".amount")).toList(), late);
        }
        return new LandedCost(h, ref(d), required(d.amount(), "amount"), basis, late);
    }

    /** Stored as: purpose = the scope switched to (the other one is switched from), one CARRY line per pair. */
    private static ScopeChange scopeChange(DocumentHeader h, DocumentDraft d) {
        CostingScope to = CostingScope.valueOf(required(d.purpose(), "purpose").toUpperCase(java.util.Locale.ROOT)
                .replace('-', '_'));
        CostingScope from = to == CostingScope.PER_WAREHOUSE ? CostingScope.PER_ACCOUNT_SET : CostingScope.PER_WAREHOUSE;
        return new ScopeChange(h, from, to, d.linesOf(LineRole.CARRY).stream().map(l -> new ScopeChange.Line(l.line(),
                new SkuId(l.sku()), new WarehouseId(required(l.warehouse(), "warehouse")),
                l.batch().map(BatchNo::new))).toList());
    }

    /** The stored form of a scope change (see {@link #scopeChange}). */
    public static DocumentDraft draftOf(ScopeChange c) {
        return new DocumentDraft(DocumentKind.SCOPE_SWITCH, c.header().date(), c.header().time(), Optional.empty(),
                Optional.empty(), Optional.of(InventorySettingsService.wire(c.to())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("costing scope " + InventorySettingsService.wire(c.from()) + " -> "
                        + InventorySettingsService.wire(c.to())), linesOf(c.lines()));
    }

    /** The stored lines of some scope-change lines. */
    public static List<DraftLine> linesOf(List<ScopeChange.Line> lines) {
        return lines.stream().map(l -> new DraftLine(l.line(), LineRole.CARRY, l.sku().value(), Optional.empty(),
                Optional.empty(), l.batch().map(BatchNo::value), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(l.warehouse().value()))).toList();
    }

    private static StockLine kit(DocumentDraft d) {
        List<DraftLine> kits = d.linesOf(LineRole.PRODUCT);
        if (kits.size() != 1) {
            throw new MissingField("lines (exactly one product line)");
        }
        return line(kits.get(0));
    }

    private static Money fee(DocumentDraft d) {
        return d.amount().orElse(Money.zero(Money.CNY));
    }

    private static ReceiptPurpose receiptPurpose(DocumentDraft d) {
        return ReceiptPurpose.valueOf(d.purpose().orElse("other").toUpperCase(Locale.ROOT));
    }

    private static IssuePurpose issuePurpose(DocumentDraft d) {
        return IssuePurpose.valueOf(d.purpose().orElse("other").toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static List<ValuedLine> valued(List<DraftLine> lines) {
        return lines.stream().map(l -> new ValuedLine(line(l),
                required(l.amount(), InventoryError.at(l.line()) + ".amount"))).toList();
    }

    private static List<WeightedLine> weighted(List<DraftLine> lines) {
        return lines.stream().map(l -> new WeightedLine(line(l), l.weight())).toList();
    }

    private static List<StockLine> stock(List<DraftLine> lines) {
        return lines.stream().map(DocumentAssembler::line).toList();
    }

    static StockLine line(DraftLine l) {
        Optional<BatchInfo> batch = l.batch().map(b -> new BatchInfo(new BatchNo(b), l.producedOn(), l.expiresOn()));
        return new StockLine(l.line(), new SkuId(l.sku()), quantity(l), batch,
                l.serials().stream().map(SerialNo::new).toList());
    }

    private static UnitQuantity quantity(DraftLine l) {
        String field = InventoryError.at(l.line());
        return new UnitQuantity(required(l.quantity(), field + ".quantity"), Unit.of(required(l.unit(), field + ".unit")));
    }

    private static WarehouseId wh(DocumentDraft d) {
        return new WarehouseId(required(d.warehouse(), "warehouseId"));
    }

    private static WarehouseId to(DocumentDraft d) {
        return new WarehouseId(required(d.toWarehouse(), "toWarehouseId"));
    }

    private static DocumentId ref(DocumentDraft d) {
        return new DocumentId(required(d.reference(), "referenceDocumentId"));
    }

    private static <T> T required(Optional<T> value, String field) {
        return value.orElseThrow(() -> new MissingField(field));
    }

    /** A required field is absent. */
    private static final class MissingField extends RuntimeException {
        private final String field;

        MissingField(String field) {
            super(field, null, false, false);
            this.field = field;
        }
    }
}
