package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.kernel.Money;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A voucher template for one inventory document type and variant (spec 3.4, 4.1), versioned data: the stock
 * account with its placement, the offset account each stock line is booked against (the purpose's account),
 * or, for documents that move value between stock lines, the account that takes what they do not net to
 * (the assembly fee); a transfer has neither, so a transfer that does not net to zero is refused (no plug),
 * and a transfer between two branches books their 内部往来 (IV-2). Red ink on the original side for changes against the natural direction (3.4 item 7).
 */
public record InventoryTemplate(String id, long version, String summary, AccountCode stock, Placement placement,
                                Optional<AccountCode> offset, DimensionValues offsetDimensions,
                                Optional<AccountCode> residual) {

    public InventoryTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(offsetDimensions, "offsetDimensions");
        Objects.requireNonNull(residual, "residual");
        if (version <= 0 || offset.isPresent() && residual.isPresent()) {
            throw new IllegalArgumentException("a template has a positive version and at most one of an offset and a residual account");
        }
    }

    /**
     * This template at a tenant's revision: its version and summary, the stock account from the revision's first line and
     * the offset or residual account from its second (the order of {@link TemplateCatalog}'s lines); the lines booked by
     * code (内部往来, the VAT transferred out) keep their accounts.
     */
    public InventoryTemplate revised(TemplateRevision revision) {
        if (!revision.templateId().equals(id)) {
            throw new IllegalArgumentException("revision of " + revision.templateId() + " applied to " + id);
        }
        List<AccountCode> accounts = revision.accounts();
        Optional<AccountCode> second = accounts.size() > 1 ? Optional.of(accounts.get(1)) : Optional.empty();
        return new InventoryTemplate(id, revision.version(), revision.summary(), accounts.get(0), placement,
                offset.isPresent() ? second : offset, offsetDimensions, residual.isPresent() ? second : residual);
    }

    /** The voucher lines for {@code values}, merged per side, account and dimensions; zero lines dropped (may be empty). */
    public List<VoucherLine> lines(List<StockValue> values, String reference) {
        String text = summary + " " + reference;
        List<VoucherLine> out = new ArrayList<>();
        Money net = null;
        for (StockValue v : values) {
            if (v.amount().isZero()) {
                continue;
            }
            net = net == null ? v.amount() : net.plus(v.amount());
            out.add(stockLine(text, v));
            offset.ifPresent(account -> out.add(offsetLine(text, account, v.amount())));
        }
        if (offset.isEmpty() && residual.isEmpty()) {
            out.addAll(InterBranch.lines(text, values));
        }
        if (residual.isPresent() && net != null && !net.isZero()) {
            out.add(net.isPositive() ? VoucherLine.credit(text, residual.get(), DimensionValues.NONE, net)
                    : VoucherLine.debit(text, residual.get(), DimensionValues.NONE, net.negate()));
        }
        return LineMerger.merge(out);
    }

    private VoucherLine stockLine(String text, StockValue v) {
        DimensionValues dims = dimensions(v);
        Money a = v.amount();
        return switch (placement) {
            case INBOUND -> VoucherLine.debit(text, stock, dims, a);
            case OUTBOUND -> VoucherLine.credit(text, stock, dims, a.negate());
            case BY_SIGN -> a.isPositive() ? VoucherLine.debit(text, stock, dims, a)
                    : VoucherLine.credit(text, stock, dims, a.negate());
        };
    }

    private VoucherLine offsetLine(String text, AccountCode account, Money a) {
        DimensionValues dims = offsetDimensions;
        return switch (placement) {
            case INBOUND -> VoucherLine.credit(text, account, dims, a);
            case OUTBOUND -> VoucherLine.debit(text, account, dims, a.negate());
            case BY_SIGN -> a.isPositive() ? VoucherLine.credit(text, account, dims, a)
                    : VoucherLine.debit(text, account, dims, a.negate());
        };
    }

    private static DimensionValues dimensions(StockValue v) {
        Map<Dimension, String> dims = new EnumMap<>(Dimension.class);
        dims.put(Dimension.ITEM, v.item());
        dims.put(Dimension.WAREHOUSE, v.warehouse());
        dims.put(Dimension.BRANCH, v.branch());
        return DimensionValues.of(dims);
    }
}
