package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.GenerationRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherRules;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.accounting.generation.Summary;
import io.xinling.domain.accounting.generation.TenantTemplates;
import io.xinling.domain.kernel.BusinessDates;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where generators hand their vouchers: posted at once (mode on posting), or checked and kept pending (batch
 * mode) until {@link #generate} writes them. Also answers what a source has booked so far (for reversals).
 */
public final class VoucherOutbox implements PostGeneratedVouchersUseCase, GenerateVouchersUseCase {

    private final Transactor transactor;
    private final BooksAccess books;
    private final GeneratedPostingService posting;
    private final GenerationRepository repository;

    VoucherOutbox(Transactor transactor, BooksAccess books, GeneratedPostingService posting, GenerationRepository repository) {
        this.transactor = transactor;
        this.books = books;
        this.posting = posting;
        this.repository = repository;
    }

    /** Posted now (on posting), or kept pending for a batch run, which looks for existing vouchers whatever the call. */
    @Override
    public Either<AccountingError, List<Voucher>> post(TenantId tenant, UserId preparer, List<GeneratedVoucher> named,
                                                       boolean lookUp) {
        if (books.keptMode(tenant).orElseGet(() -> repository.mode(tenant)) == GenerationMode.ON_POSTING) {
            return posting.post(tenant, preparer, named, lookUp);
        }
        return transactor.inTransaction(() -> {
            Books open = books.shared(tenant);
            ChartOfAccounts chart = books.chart(tenant, open);
            List<GeneratedVoucher> batch = GeneratedPostingService.resolved(chart, named);
            for (GeneratedVoucher g : batch) {
                Either<AccountingError, ?> ok = open.requireOpen(g.date()).flatMap(d -> VoucherRules.check(chart, g.lines()));
                if (ok.isLeft()) {
                    return Either.left(ok.getLeft());
                }
            }
            Set<String> generated = posting.existing(tenant, batch.stream().map(g -> g.provenance().generationKey())
                    .collect(Collectors.toSet()));
            repository.addPending(tenant, batch.stream()
                    .filter(g -> !generated.contains(g.provenance().generationKey())).toList());
            return Either.right(List.of());
        });
    }

    /** The first date at or after {@code date} in an open period (a cancel's reversal, 2.13). */
    public LocalDate earliestOpen(TenantId tenant, LocalDate date) {
        Books open = books.shared(tenant);
        return open.closedThrough().map(last -> last.plusMonths(1).atDay(1)).filter(first -> first.isAfter(date))
                .orElse(date);
    }

    /** The books' taxpayer kind, which picks the trade templates' variant (spec 4 intro). */
    public io.xinling.domain.accounting.TaxpayerKind taxpayerKind(TenantId tenant) {
        return transactor.<AccountingError, io.xinling.domain.accounting.TaxpayerKind>joining(() ->
                Either.right(books.shared(tenant).taxpayerKind())).get();
    }

    /** The tenant's voucher templates, read with the books under their shared lock (3.4; cached per templates version). */
    public TenantTemplates templates(TenantId tenant) {
        return transactor.<AccountingError, TenantTemplates>joining(() ->
                Either.right(books.templates(tenant, books.shared(tenant)))).get();
    }

    /** The template version each source's first voucher was generated with, posted or pending, by source id. */
    public Map<String, Long> templateVersions(TenantId tenant, String sourceType, java.util.Collection<String> sourceIds) {
        return sourceIds.isEmpty() ? Map.of() : repository.templateVersions(tenant, sourceType, sourceIds);
    }

    /** Every line the source has booked so far, posted or pending. */
    public List<VoucherLine> linesBySource(TenantId tenant, String sourceType, String sourceId) {
        return repository.linesBySource(tenant, sourceType, sourceId);
    }

    @Override
    public Either<AccountingError, List<Voucher>> generate(GenerateCommand c) {
        if (!BusinessDates.isSupported(c.from()) || !BusinessDates.isSupported(c.to())) {
            return Either.left(new AccountingError.InvalidField(BusinessDates.isSupported(c.from()) ? "to" : "from",
                    BusinessDates.range()));
        }
        if (c.from().isAfter(c.to())) {
            return Either.left(new AccountingError.InvalidField("from", "after to"));
        }
        return transactor.inTransaction(() -> {
            books.exclusive(c.tenant());
            List<GeneratedVoucher> pending = repository.pending(c.tenant(), c.from(), c.to());
            if (!c.summarise()) {
                return posting.postGenerated(c.tenant(), c.user(), pending).peek(made -> repository.removePending(
                        c.tenant(), pending.stream().map(g -> g.provenance().generationKey()).toList()));
            }
            Map<String, List<GeneratedVoucher>> groups = new LinkedHashMap<>();
            pending.forEach(g -> groups.computeIfAbsent(g.provenance().sourceType() + "|" + g.date(),
                    k -> new ArrayList<>()).add(g));
            List<List<GeneratedVoucher>> parts = List.copyOf(groups.values());
            Map<String, Optional<VoucherId>> members = new HashMap<>();
            List<GeneratedVoucher> summaries = new ArrayList<>();
            List<List<GeneratedVoucher>> booked = new ArrayList<>();
            for (List<GeneratedVoucher> part : parts) {
                GeneratedVoucher s = summary(part);
                if (s.lines().isEmpty()) {
                    part.forEach(g -> members.put(g.provenance().generationKey(), Optional.empty()));
                } else {
                    summaries.add(s);
                    booked.add(part);
                }
            }
            return posting.postGenerated(c.tenant(), c.user(), summaries).peek(made -> {
                for (int i = 0; i < booked.size(); i++) {
                    Optional<VoucherId> id = Optional.of(made.get(i).id());
                    booked.get(i).forEach(g -> members.put(g.provenance().generationKey(), id));
                }
                repository.summarised(c.tenant(), members);
            });
        });
    }

    /** One voucher for the pending vouchers of one document type and day, keyed by the set of their keys. */
    private static GeneratedVoucher summary(List<GeneratedVoucher> group) {
        GeneratedVoucher first = group.get(0);
        List<VoucherLine> all = new ArrayList<>();
        group.forEach(g -> all.addAll(g.lines()));
        List<VoucherLine> lines = Summary.merge(first.provenance().sourceType() + " 汇总 " + first.date(), all);
        String members = Summary.key(group.stream().map(g -> g.provenance().generationKey()).sorted().toList());
        Provenance provenance = new Provenance("summary:" + first.provenance().sourceType(),
                first.date() + "#" + members.substring(0, 16), 1, "summary", 1, 0, VoucherHash.of(lines));
        int attachments = group.stream().mapToInt(GeneratedVoucher::attachments).sum();
        return new GeneratedVoucher(VoucherWord.JI, first.date(), attachments, lines, provenance);
    }

    @Override
    public GenerationMode mode(TenantId tenant) {
        return repository.mode(tenant);
    }

    @Override
    public GenerationMode setMode(TenantId tenant, GenerationMode mode) {
        return transactor.inTransaction(() -> {
            books.exclusive(tenant);
            repository.setMode(tenant, mode);
            return Either.<AccountingError, GenerationMode>right(mode);
        }).get();
    }

    @Override
    public int pending(TenantId tenant, LocalDate through) {
        return repository.countPending(tenant, through);
    }
}
