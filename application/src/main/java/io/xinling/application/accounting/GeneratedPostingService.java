package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.application.accounting.port.LedgerRepository;
import io.xinling.application.accounting.port.VoucherRepository;
import io.xinling.application.port.Transactor;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.accounting.Books;
import io.xinling.domain.accounting.ChartOfAccounts;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherId;
import io.xinling.domain.accounting.VoucherOrigin;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherRules;
import io.xinling.domain.accounting.VoucherStatus;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.accounting.generation.TemplateAccounts;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.kernel.UserId;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Batch posting of generated vouchers: one books lock, one balance upsert, one id fetch, one number block per
 * (period, word), one {@code COPY} each for headers and lines. Generated vouchers are posted at once
 * (the template is the review); their preparer is the reviewer.
 */
public final class GeneratedPostingService implements PostGeneratedVouchersUseCase {

    private final Transactor transactor;
    private final BooksAccess books;
    private final VoucherRepository vouchers;
    private final LedgerRepository ledger;

    GeneratedPostingService(Transactor transactor, BooksAccess books, VoucherRepository vouchers, LedgerRepository ledger) {
        this.transactor = transactor;
        this.books = books;
        this.vouchers = vouchers;
        this.ledger = ledger;
    }

    /** {@code lookUp}: whether vouchers of the batch's generation keys may exist already, to be returned as stored. */
    @Override
    public Either<AccountingError, List<Voucher>> post(TenantId tenant, UserId preparer, List<GeneratedVoucher> named,
                                                       boolean lookUp) {
        // Every refusal below comes before the first write: inside a document's post no savepoint is needed.
        return transactor.joining(() -> {
            Books open = books.shared(tenant);
            // The chart read under the books' current chart version, kept across batches while the version holds.
            ChartOfAccounts chart = books.chart(tenant, open);
            List<GeneratedVoucher> batch = resolved(chart, named);
            for (GeneratedVoucher g : batch) {
                Either<AccountingError, ?> ok = open.requireOpen(g.date()).flatMap(d -> VoucherRules.check(chart, g.lines()));
                if (ok.isLeft()) {
                    return Either.left(ok.getLeft());
                }
            }
            Map<String, Voucher> existing = !lookUp ? Map.of() : vouchers.findGenerated(tenant, batch.stream()
                            .map(g -> g.provenance().generationKey()).collect(Collectors.toSet())).stream()
                    .collect(Collectors.toMap(v -> v.provenance().orElseThrow().generationKey(), Function.identity()));
            Map<String, GeneratedVoucher> fresh = new LinkedHashMap<>();
            batch.stream().filter(g -> !existing.containsKey(g.provenance().generationKey()))
                    .forEach(g -> fresh.putIfAbsent(g.provenance().generationKey(), g));
            List<GeneratedVoucher> toCreate = List.copyOf(fresh.values());
            // The balances first, numbers last: the counter rows stay locked until commit, so a concurrent batch
            // waits for this one's inserts only, not for its balance upsert.
            ledger.apply(tenant, toCreate, 1);
            List<Voucher> created = create(tenant, preparer, toCreate);
            vouchers.insert(tenant, created);
            Map<String, Voucher> all = new HashMap<>(existing);
            created.forEach(v -> all.put(v.provenance().orElseThrow().generationKey(), v));
            return Either.right(batch.stream().map(g -> all.get(g.provenance().generationKey())).toList());
        });
    }

    /**
     * The batch with each line on the account the tenant's chart books it to (a template's detail account, or the
     * parent leaf of a chart without it: {@link TemplateAccounts}); the content hash follows the lines it describes.
     */
    static List<GeneratedVoucher> resolved(ChartOfAccounts chart, List<GeneratedVoucher> batch) {
        List<GeneratedVoucher> out = null;
        for (int i = 0; i < batch.size(); i++) {
            GeneratedVoucher g = batch.get(i);
            List<VoucherLine> lines = TemplateAccounts.resolved(chart, g.lines());
            if (lines != g.lines() && out == null) {
                out = new ArrayList<>(batch.subList(0, i));
            }
            if (out != null) {
                out.add(lines == g.lines() ? g : new GeneratedVoucher(g.word(), g.date(), g.attachments(), lines,
                        g.provenance().withContentHash(VoucherHash.of(lines))));
            }
        }
        return out == null ? batch : out;
    }

    /** The generation keys among {@code keys} that already have a voucher (inside the caller's transaction). */
    Set<String> existing(TenantId tenant, Set<String> keys) {
        return vouchers.findGenerated(tenant, keys).stream().map(v -> v.provenance().orElseThrow().generationKey())
                .collect(Collectors.toSet());
    }

    private List<Voucher> create(TenantId tenant, UserId preparer, List<GeneratedVoucher> fresh) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        Map<YearMonth, Map<VoucherWord, int[]>> counters = new HashMap<>();
        for (GeneratedVoucher g : fresh) {
            counters.computeIfAbsent(YearMonth.from(g.date()), p -> new HashMap<>())
                    .computeIfAbsent(g.word(), w -> new int[2])[1]++;
        }
        List<VoucherRepository.NumberBlock> blocks = new ArrayList<>();
        List<int[]> firsts = new ArrayList<>();
        counters.forEach((period, byWord) -> byWord.forEach((word, c) -> {
            blocks.add(new VoucherRepository.NumberBlock(period, word, c[1]));
            firsts.add(c);
        }));
        VoucherRepository.Reserved reserved = vouchers.reserve(tenant, blocks, fresh.size());
        for (int i = 0; i < blocks.size(); i++) {
            firsts.get(i)[0] = reserved.firsts().get(i);
        }
        List<Voucher> created = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            GeneratedVoucher g = fresh.get(i);
            int number = counters.get(YearMonth.from(g.date())).get(g.word())[0]++;
            created.add(new Voucher(reserved.ids().get(i), g.word(), number, g.date(), g.attachments(), VoucherStatus.POSTED,
                    VoucherOrigin.GENERATED, preparer, Optional.of(preparer), g.lines(), Optional.empty(),
                    Optional.of(g.provenance())));
        }
        return created;
    }

}
