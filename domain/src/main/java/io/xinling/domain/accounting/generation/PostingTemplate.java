package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Direction;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.kernel.Money;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A voucher template of a trade or settlement document (spec 3.4, 4.1), versioned data: an ordered list of
 * line rules evaluated over the document's stored amounts, merged (合并同类分录), zero lines dropped. It never
 * plugs: whether the lines balance is checked where the voucher is posted.
 */
public record PostingTemplate(String id, long version, String summary, List<LineRule> rules) {

    public PostingTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
        rules = List.copyOf(rules);
        if (version <= 0 || rules.isEmpty()) {
            throw new IllegalArgumentException("a template has a positive version and at least one rule");
        }
    }

    /** This template at a tenant's revision: its version and summary, each rule on the revision's account of its line. */
    public PostingTemplate revised(TemplateRevision revision) {
        if (!revision.templateId().equals(id) || revision.accounts().size() != rules.size()) {
            throw new IllegalArgumentException("revision of " + revision.templateId() + " applied to " + id);
        }
        List<LineRule> revised = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            LineRule r = rules.get(i);
            revised.add(new LineRule(r.side(), revision.accounts().get(i), r.amount(), r.red(), r.partner()));
        }
        return new PostingTemplate(id, revision.version(), revision.summary(), revised);
    }

    public List<VoucherLine> lines(PostingFacts facts, String reference) {
        String text = (summary + " " + reference).strip();
        List<VoucherLine> out = new ArrayList<>();
        for (LineRule rule : rules) {
            if (rule.amount() == PostingAmount.STOCK) {
                for (StockValue v : facts.stock()) {
                    Money signed = rule.side() == Direction.DEBIT ? v.amount() : v.amount().negate();
                    add(out, text, rule, stockDimensions(v), signed);
                }
            } else {
                add(out, text, rule, rule.partner() ? facts.partner() : DimensionValues.NONE, amount(rule.amount(), facts));
            }
        }
        return LineMerger.merge(out);
    }

    private static void add(List<VoucherLine> out, String text, LineRule rule, DimensionValues dims, Money amount) {
        Money a = rule.red() ? amount.negate() : amount;
        if (a.isZero()) {
            return;
        }
        AccountCode account = rule.account();
        out.add(rule.side() == Direction.DEBIT ? VoucherLine.debit(text, account, dims, a)
                : VoucherLine.credit(text, account, dims, a));
    }

    private static Money amount(PostingAmount amount, PostingFacts f) {
        return switch (amount) {
            case GROSS -> f.gross();
            case NET -> f.net();
            case TAX -> f.tax();
            case STOCK_OUT -> f.stockOut();
            case STOCK_IN -> f.stockOut().negate();
            case STOCK_OUT_LESS_NET -> f.stockOut().minus(f.net());
            case STOCK_OUT_LESS_GROSS -> f.stockOut().minus(f.gross());
            case STOCK -> throw new IllegalArgumentException("a stock rule places each stock value");
        };
    }

    private static DimensionValues stockDimensions(StockValue v) {
        Map<Dimension, String> dims = new EnumMap<>(Dimension.class);
        dims.put(Dimension.ITEM, v.item());
        dims.put(Dimension.WAREHOUSE, v.warehouse());
        dims.put(Dimension.BRANCH, v.branch());
        return DimensionValues.of(dims);
    }
}
