package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.application.settlement.port.SettlementPostings;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.PaymentAccounts;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.accounting.generation.PostingFacts;
import io.xinling.domain.accounting.generation.PostingTemplate;
import io.xinling.domain.accounting.generation.SettlementTemplates;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;
import io.xinling.domain.settlement.ExchangeDifference;
import io.xinling.domain.settlement.ItemKind;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.PaymentMethod;
import io.xinling.domain.settlement.SettlementError;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.WriteOff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The vouchers of receipts, payments and write-offs (4.1 S-4 to S-6, P-6, P-7), in their transaction, at the
 * CNY book amounts the settlement stored. A write-off books nothing unless it applies an advance (I-15); the
 * book amount it moves is what the advance's book value falls by, so a fully applied advance moves exactly
 * what it booked; a reversal is a negative write-off, so its voucher is the same in red ink. A write-off of
 * foreign-currency items booked at different rates also books the realised exchange difference to 560302, so the
 * partner's account keeps exactly the CNY book value of what is open; a receipt or payment recorded with its
 * write-offs books it on its own voucher (Dr 1002 720.00 / Cr 1122 710.00 / Cr 560302 10.00), one 560302 line per
 * settled item.
 */
public final class SettlementVoucherGenerator implements SettlementPostings {

    static final String MONEY = "settlement-item";
    static final String WRITE_OFF = "settlement-write-off";

    private final PostGeneratedVouchersUseCase outbox;
    private final Function<TenantId, UserId> preparer;
    private final Function<TenantId, Map<PaymentMethod, AccountCode>> accounts;
    private final PeriodGuard periods;

    /** Every method posting to its default account (1001, 1002, 101201, 101202). */
    public SettlementVoucherGenerator(PostGeneratedVouchersUseCase outbox, Function<TenantId, UserId> preparer) {
        this(outbox, preparer, tenant -> PaymentAccounts.DEFAULTS);
    }

    /** Each method posting to the account the tenant maps it to (3.4 payment.method.account). */
    public SettlementVoucherGenerator(PostGeneratedVouchersUseCase outbox, Function<TenantId, UserId> preparer,
                                      PaymentMethodsUseCase methods) {
        this(outbox, preparer, methods::paymentAccounts);
    }

    /** As above, refusing dates in a closed period of the books ({@code periods}) for items, write-offs and reversals. */
    public SettlementVoucherGenerator(PostGeneratedVouchersUseCase outbox, Function<TenantId, UserId> preparer,
                                      PaymentMethodsUseCase methods, PeriodGuard periods) {
        this(outbox, preparer, methods::paymentAccounts, periods);
    }

    private SettlementVoucherGenerator(PostGeneratedVouchersUseCase outbox, Function<TenantId, UserId> preparer,
                                       Function<TenantId, Map<PaymentMethod, AccountCode>> accounts) {
        this(outbox, preparer, accounts, (tenant, date) -> Either.right(date));
    }

    private SettlementVoucherGenerator(PostGeneratedVouchersUseCase outbox, Function<TenantId, UserId> preparer,
                                       Function<TenantId, Map<PaymentMethod, AccountCode>> accounts,
                                       PeriodGuard periods) {
        this.outbox = outbox;
        this.preparer = preparer;
        this.accounts = accounts;
        this.periods = periods;
    }

    @Override
    public Either<SettlementError, java.time.LocalDate> requireOpen(TenantId tenant, String field, java.time.LocalDate date) {
        return periods.requireOpen(tenant, date).<SettlementError>mapLeft(e -> new SettlementError.DateInClosedPeriod(field, date));
    }

    @Override
    public Either<SettlementError, SettlementItem> received(TenantId tenant, SettlementItem item) {
        if (item.kind() == ItemKind.DOCUMENT || item.method().isEmpty()) {
            return Either.right(item);
        }
        PaymentMethod method = item.method().get();
        PostingTemplate template = SettlementTemplates.money(item.ledger(), item.kind(), method,
                accounts.apply(tenant).get(method).value());
        PostingFacts facts = PostingFacts.amount(partner(item), item.bookAmount());
        List<VoucherLine> lines = template.lines(facts, item.source().type() + " #" + item.id().value());
        return post(tenant, List.of(voucher(MONEY, item.id().value(), item.date(), template, lines))).map(ok -> item);
    }

    @Override
    public Either<SettlementError, List<WriteOff>> matched(TenantId tenant, SettlementItem credit,
                                                           Map<SettlementItemId, SettlementItem> charges,
                                                           List<WriteOff> writeOffs) {
        Optional<PostingTemplate> template = SettlementTemplates.writeOff(credit.ledger(), credit.kind());
        List<GeneratedVoucher> vouchers = new ArrayList<>();
        Matching matching = new Matching(credit, charges);
        for (WriteOff w : writeOffs) {
            Money creditFall = ExchangeDifference.bookFall(matching.credit, w.amount());
            Money difference = matching.next(w);
            String reference = (w.isReversal() ? "核销冲回" : "核销") + " #" + w.id().value();
            List<VoucherLine> lines = template.map(t -> t.lines(PostingFacts.amount(partner(credit), creditFall), reference))
                    .orElse(List.of());
            lines = SettlementTemplates.withExchangeDifference(credit.ledger(), partner(credit), lines, difference,
                    w.isReversal(), reference);
            if (!lines.isEmpty()) {
                String source = template.isPresent() ? template.get().id() : "settlement.exchange-difference";
                vouchers.add(voucher(WRITE_OFF, w.id().value(), w.date(), source, lines));
            }
        }
        return post(tenant, vouchers).map(ok -> writeOffs);
    }

    @Override
    public Either<SettlementError, List<WriteOff>> receivedAndMatched(TenantId tenant, SettlementItem item,
                                                                      Map<SettlementItemId, SettlementItem> charges,
                                                                      List<WriteOff> writeOffs) {
        if (item.kind() != ItemKind.RECEIPT || item.method().isEmpty()) {
            return SettlementPostings.super.receivedAndMatched(tenant, item, charges, writeOffs);
        }
        Matching matching = new Matching(item, charges);
        Map<String, Money> differences = new LinkedHashMap<>();
        for (WriteOff w : writeOffs) {
            String settled = charges.get(w.debit()).source().toString();
            differences.merge(settled, matching.next(w), Money::plus);
        }
        PaymentMethod method = item.method().get();
        PostingTemplate template = SettlementTemplates.money(item.ledger(), item.kind(), method,
                accounts.apply(tenant).get(method).value());
        String reference = item.source().type() + " #" + item.id().value();
        List<VoucherLine> lines = SettlementTemplates.withExchangeDifferences(item.ledger(), partner(item),
                template.lines(PostingFacts.amount(partner(item), item.bookAmount()), reference), differences, reference);
        return post(tenant, List.of(voucher(MONEY, item.id().value(), item.date(), template, lines))).map(ok -> writeOffs);
    }

    /** The credit and its charges as write-offs in order leave them, and the exchange difference of each. */
    private static final class Matching {
        private SettlementItem credit;
        private final Map<SettlementItemId, SettlementItem> charges;

        Matching(SettlementItem credit, Map<SettlementItemId, SettlementItem> charges) {
            this.credit = credit;
            this.charges = new HashMap<>(charges);
        }

        Money next(WriteOff w) {
            SettlementItem charge = charges.get(w.debit());
            if (charge == null) {
                throw new IllegalStateException("write-off " + w.id().value() + " of an item not given: " + w.debit());
            }
            Money difference = ExchangeDifference.realised(charge, credit, w.amount());
            charges.put(w.debit(), charge.withOpen(charge.open().minus(w.amount())));
            credit = credit.withOpen(credit.open().minus(w.amount()));
            return difference;
        }
    }

    private Either<SettlementError, Boolean> post(TenantId tenant, List<GeneratedVoucher> vouchers) {
        if (vouchers.isEmpty()) {
            return Either.right(false);
        }
        return outbox.postGenerated(tenant, preparer.apply(tenant), vouchers)
                .<SettlementError>mapLeft(SettlementError.Refused::new).map(v -> true);
    }

    private static GeneratedVoucher voucher(String source, long id, java.time.LocalDate date, PostingTemplate template,
                                            List<VoucherLine> lines) {
        return voucher(source, id, date, template.id(), lines);
    }

    private static GeneratedVoucher voucher(String source, long id, java.time.LocalDate date, String templateId,
                                            List<VoucherLine> lines) {
        Provenance provenance = new Provenance(source, Long.toString(id), 1, templateId, SettlementTemplates.VERSION, 0,
                VoucherHash.of(lines));
        return new GeneratedVoucher(VoucherWord.JI, date, 1, lines, provenance);
    }

    private static DimensionValues partner(SettlementItem item) {
        Dimension d = item.ledger() == Ledger.RECEIVABLE ? Dimension.CUSTOMER : Dimension.SUPPLIER;
        return DimensionValues.of(d, Long.toString(item.partner().value()));
    }
}
