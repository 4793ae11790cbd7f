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
import io.xinling.domain.settlement.ItemKind;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.PaymentMethod;
import io.xinling.domain.settlement.SettlementError;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.WriteOff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The vouchers of receipts, payments and write-offs (4.1 S-4 to S-6, P-6, P-7), in their transaction, at the
 * CNY book amounts the settlement stored. A write-off books nothing unless it applies an advance (I-15); the
 * book amount it moves is what the advance's book value falls by, so a fully applied advance moves exactly
 * what it booked; a reversal is a negative write-off, so its voucher is the same in red ink.
 */
public final class SettlementVoucherGenerator implements SettlementPostings {

    static final String MONEY = "settlement-item";
    static final String WRITE_OFF = "settlement-write-off";

    private final PostGeneratedVouchersUseCase outbox;
    private final Function<TenantId, UserId> preparer;
    private final Function<TenantId, Map<PaymentMethod, AccountCode>> accounts;

    /** Every method posting to its default account (1001, 1002, 101201, 101202). */
    public SettlementVoucherGenerator(PostGeneratedVouchersUseCase outbox, Function<TenantId, UserId> preparer) {
        this(outbox, preparer, tenant -> PaymentAccounts.DEFAULTS);
    }

    /** Each method posting to the account the tenant maps it to (3.4 payment.method.account). */
    public SettlementVoucherGenerator(PostGeneratedVouchersUseCase outbox, Function<TenantId, UserId> preparer,
                                      PaymentMethodsUseCase methods) {
        this(outbox, preparer, methods::paymentAccounts);
    }

    private SettlementVoucherGenerator(PostGeneratedVouchersUseCase outbox, Function<TenantId, UserId> preparer,
                                       Function<TenantId, Map<PaymentMethod, AccountCode>> accounts) {
        this.outbox = outbox;
        this.preparer = preparer;
        this.accounts = accounts;
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
    public Either<SettlementError, List<WriteOff>> matched(TenantId tenant, SettlementItem credit, List<WriteOff> writeOffs) {
        Optional<PostingTemplate> template = SettlementTemplates.writeOff(credit.ledger(), credit.kind());
        if (template.isEmpty() || writeOffs.isEmpty()) {
            return Either.right(writeOffs);
        }
        List<GeneratedVoucher> vouchers = new ArrayList<>();
        Money open = credit.open();
        for (WriteOff w : writeOffs) {
            Money after = open.minus(w.amount());
            Money book = credit.withOpen(open).bookOpen().minus(credit.withOpen(after).bookOpen());
            open = after;
            List<VoucherLine> lines = template.get().lines(PostingFacts.amount(partner(credit), book),
                    (w.isReversal() ? "核销冲回" : "核销") + " #" + w.id().value());
            if (!lines.isEmpty()) {
                vouchers.add(voucher(WRITE_OFF, w.id().value(), w.date(), template.get(), lines));
            }
        }
        return post(tenant, vouchers).map(ok -> writeOffs);
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
        Provenance provenance = new Provenance(source, Long.toString(id), 1, template.id(), template.version(), 0,
                VoucherHash.of(lines));
        return new GeneratedVoucher(VoucherWord.JI, date, 1, lines, provenance);
    }

    private static DimensionValues partner(SettlementItem item) {
        Dimension d = item.ledger() == Ledger.RECEIVABLE ? Dimension.CUSTOMER : Dimension.SUPPLIER;
        return DimensionValues.of(d, Long.toString(item.partner().value()));
    }
}
