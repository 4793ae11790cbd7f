package io.xinling.web.accounting;

import io.xinling.application.accounting.LedgerQuery;
import io.xinling.application.accounting.LineInput;
import io.xinling.domain.accounting.Account;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.TrialBalance;
import io.xinling.domain.accounting.TrialBalanceRow;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.UserId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the accounting API; amounts as decimal strings. */
final class AccountingDtos {

    private AccountingDtos() {
    }

    record VoucherRequest(String word, LocalDate date, Integer attachments, List<LineInput> lines) {
        int attachmentCount() {
            return attachments == null ? 0 : attachments;
        }
    }

    record ReverseRequest(LocalDate date) {
    }

    record ReopenRequest(String reason) {
    }

    /** {@code closingRates}: CNY per unit of each foreign currency at the period end (期末调汇), e.g. {@code {"USD": "7.1500"}}. */
    record CloseRequest(Map<String, String> closingRates, List<WaiverRequest> waivers) {
    }

    /** 5.1: a waiver of one close gate, with the reason; the caller is recorded as who waived it. */
    record WaiverRequest(String gate, String reason) {
    }

    record WaiverResponse(String gate, String reason, long waivedBy, List<String> findings) {
        static WaiverResponse of(io.xinling.domain.accounting.CloseWaiver w) {
            return new WaiverResponse(w.gate().wireName(), w.reason(), w.by().value(), w.findings());
        }
    }

    record SettingsRequest(Boolean allowSelfReview, String taxpayerKind, String taxLocation) {
    }

    /** 3.4 payment.method.account: the leaf cash account a payment method posts to. */
    record PaymentMethodRequest(String account) {
    }

    record PaymentMethodResponse(String method, String account) {
    }

    record SubAccountRequest(String code, String name, List<String> requiredDimensions) {
    }

    record AccountResponse(String code, String name, String type, String direction, List<String> requiredDimensions, boolean leaf) {
    }

    record BooksResponse(String closedThrough, boolean allowSelfReview, String taxpayerKind, String taxLocation) {
        static BooksResponse of(Books b) {
            return new BooksResponse(b.closedThrough().map(YearMonth::toString).orElse(null), b.allowSelfReview(),
                    b.taxpayerKind().wireName(), b.taxLocation().wireName());
        }
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record LineResponse(String summary, String account, Map<String, String> dimensions, String debit, String credit,
                        String currency, String originalAmount, String rate) {
    }

    record ProvenanceResponse(String sourceType, String sourceId, long sourceVersion, String templateId, long templateVersion,
                              long costVersion, String contentHash) {
    }

    record VoucherResponse(long id, String word, int number, String display, LocalDate date, String period, int attachments,
                           String status, String origin, long preparerId, Long reviewerId, Long reversalOf,
                           ProvenanceResponse provenance, String debitTotal, String creditTotal, List<LineResponse> lines) {
    }

    record TrialBalanceRowResponse(String account, String name, int level, boolean leaf, String direction,
                                   String openingDebit, String openingCredit, String debit, String credit,
                                   String closingDebit, String closingCredit) {
    }

    record TrialBalanceResponse(LocalDate from, LocalDate to, boolean balanced, String openingDebit, String openingCredit,
                                String debit, String credit, String closingDebit, String closingCredit,
                                List<TrialBalanceRowResponse> rows) {
    }

    static AccountResponse account(Account a, boolean leaf) {
        return new AccountResponse(a.code().value(), a.name(), a.type().name().toLowerCase(java.util.Locale.ROOT),
                a.direction().name().toLowerCase(java.util.Locale.ROOT),
                a.requiredDimensions().stream().map(Dimension::wireName).sorted().toList(), leaf);
    }

    static VoucherResponse voucher(Voucher v) {
        return new VoucherResponse(v.id().value(), v.word().label(), v.number(), v.display(), v.date(), v.period().toString(),
                v.attachments(), v.status().name().toLowerCase(java.util.Locale.ROOT),
                v.origin().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), v.preparer().value(),
                v.reviewer().map(UserId::value).orElse(null), v.reversalOf().map(VoucherId::value).orElse(null),
                v.provenance().map(p -> new ProvenanceResponse(p.sourceType(), p.sourceId(), p.sourceVersion(), p.templateId(),
                        p.templateVersion(), p.costVersion(), p.contentHash())).orElse(null),
                v.debitTotal().format(), v.creditTotal().format(), v.lines().stream().map(AccountingDtos::line).toList());
    }

    static LineResponse line(VoucherLine l) {
        Map<String, String> dims = new LinkedHashMap<>();
        l.dimensions().values().forEach((d, value) -> dims.put(d.wireName(), value));
        return new LineResponse(l.summary(), l.account().value(), dims, l.debit().format(), l.credit().format(),
                l.foreign().map(f -> f.original().currency().getCurrencyCode()).orElse(null),
                l.foreign().map(f -> f.original().format()).orElse(null), l.foreign().map(f -> f.rate().toPlainString()).orElse(null));
    }

    static TrialBalanceResponse trialBalance(LocalDate from, LocalDate to, TrialBalance tb) {
        List<TrialBalanceRowResponse> rows = tb.rows().stream().map(AccountingDtos::row).toList();
        List<TrialBalanceRowResponse> top = rows.stream().filter(r -> r.level() == 1).toList();
        return new TrialBalanceResponse(from, to, tb.isBalanced(),
                sum(top, TrialBalanceRowResponse::openingDebit), sum(top, TrialBalanceRowResponse::openingCredit),
                tb.debit().format(), tb.credit().format(),
                sum(top, TrialBalanceRowResponse::closingDebit), sum(top, TrialBalanceRowResponse::closingCredit), rows);
    }

    private static TrialBalanceRowResponse row(TrialBalanceRow r) {
        return new TrialBalanceRowResponse(r.account().value(), r.name(), r.level(), r.leaf(),
                r.direction().name().toLowerCase(java.util.Locale.ROOT),
                debitSide(r.opening()), creditSide(r.opening()), r.debit().format(), r.credit().format(),
                debitSide(r.closing()), creditSide(r.closing()));
    }

    private static String debitSide(Money net) {
        return net.isPositive() ? net.format() : "0.00";
    }

    private static String creditSide(Money net) {
        return net.isNegative() ? net.negate().format() : "0.00";
    }

    private static String sum(List<TrialBalanceRowResponse> rows, java.util.function.Function<TrialBalanceRowResponse, String> f) {
        return rows.stream().map(r -> Money.cny(f.apply(r))).reduce(Money.cny(0), Money::plus).format();
    }

    record StatementResponse(String report, String title, String period, String comparative, List<StatementLine> lines) {
    }

    record StatementLine(int line, String caption, String amount, String comparative) {
        static StatementLine of(LedgerQuery.StatementRow r) {
            return new StatementLine(r.line(), r.caption(), r.amount().format(), r.comparative().format());
        }
    }
}
