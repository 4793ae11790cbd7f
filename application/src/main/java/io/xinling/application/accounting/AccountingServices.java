package io.xinling.application.accounting;

import io.xinling.application.accounting.port.BooksRepository;
import io.xinling.application.accounting.port.GenerationRepository;
import io.xinling.application.accounting.port.LedgerRepository;
import io.xinling.application.accounting.port.PostingStore;
import io.xinling.application.accounting.port.VoucherRepository;
import io.xinling.application.port.Transactor;

import java.time.Clock;

/** The accounting context's use cases, built from its ports. */
public final class AccountingServices {

    private final ChartService chart;
    private final VoucherService vouchers;
    private final PostingService posting;
    private final GeneratedPostingService generated;
    private final PeriodService periods;
    private final LedgerService ledger;
    private final VoucherOutbox outbox;
    private final VoucherTemplateService templates;

    public AccountingServices(Transactor transactor, BooksRepository books, VoucherRepository vouchers,
                              LedgerRepository ledger, Clock clock) {
        this(transactor, books, vouchers, ledger, GenerationRepository.ON_POSTING_ONLY, clock);
    }

    /** With voucher generation's state (batch mode, pending vouchers, lookups by source). */
    public AccountingServices(Transactor transactor, BooksRepository books, VoucherRepository vouchers,
                              LedgerRepository ledger, GenerationRepository generation, Clock clock) {
        this(transactor, books, vouchers, ledger, PostingStore.of(books, vouchers, ledger), generation, clock);
    }

    /** With a posting store of the adapter's own (fewer round trips than {@link PostingStore#of} the repositories). */
    public AccountingServices(Transactor transactor, BooksRepository books, VoucherRepository vouchers,
                              LedgerRepository ledger, PostingStore postingStore, GenerationRepository generation,
                              Clock clock) {
        BooksAccess access = new BooksAccess(transactor, books, clock);
        this.chart = new ChartService(transactor, access, books, vouchers);
        this.vouchers = new VoucherService(transactor, access, vouchers);
        this.posting = new PostingService(transactor, access, vouchers, postingStore);
        this.generated = new GeneratedPostingService(transactor, access, vouchers, ledger);
        this.periods = new PeriodService(transactor, access, books, vouchers, ledger, clock, generation);
        this.outbox = new VoucherOutbox(transactor, access, generated, generation);
        this.ledger = new LedgerService(transactor, access, vouchers, ledger);
        this.templates = new VoucherTemplateService(transactor, access, books, clock);
    }

    /** 凭证模板: the tenant's voucher templates, edited and versioned (3.4). */
    public VoucherTemplatesUseCase templates() {
        return templates;
    }

    public ChartService chart() {
        return chart;
    }

    public VoucherService vouchers() {
        return vouchers;
    }

    public PostingService posting() {
        return posting;
    }

    public PostGeneratedVouchersUseCase generated() {
        return generated;
    }

    /** Where generators hand their vouchers (the tenant's generation mode), and 生成凭证. */
    public VoucherOutbox outbox() {
        return outbox;
    }

    public PeriodService periods() {
        return periods;
    }

    public PeriodGuard periodGuard() {
        return periods;
    }

    public LedgerService ledger() {
        return ledger;
    }
}
