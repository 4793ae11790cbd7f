package io.xinling.bootstrap.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinling.application.accounting.TradeVoucherGenerator;
import io.xinling.application.trade.TradeKind;
import io.xinling.bootstrap.testing.TestApp;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.kernel.TenantId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.xinling.bootstrap.testing.JsonAssert.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random business histories over HTTP on PostgreSQL, mixing purchases, sales, referenced returns, direct stock
 * receipts and their cancellation, receipts, payments, advances, write-offs and their reversal, estimated receipts
 * (暂估入库, P-2) and the supplier invoices that settle them at other prices (到票, P-3) and their voiding, all dated at
 * random in one month (so most are backdated), and landed costs on the stock receipts (applied at the receipt), the
 * close of January, its reopening and the cancel of landed costs, which after the close is reversed on 1 February,
 * while a new charge on the reopened month reprices the receipt. After every step, on 31 January and (once anything
 * lands in February) on 28 February: every voucher balances (I-1), GL 1405 per
 * item and warehouse = the stock value (I-4, I-30), and each partner's
 * open items − unapplied credits = its GL receivable/advance (payable/prepayment) (I-15, GL side: an estimate owes
 * nothing until its invoice), and 220202 [supplier] holds exactly the estimates of the lines no live invoice settles.
 * At the end, after all the backdating: the trial balance equals the lines; each trade document's voucher + its delta
 * vouchers (for an estimated receipt also its invoices' difference vouchers) = its voucher generated from scratch, and
 * generating again writes nothing (I-13); the history without the cancelled receipts books the same stock, cost,
 * revenue and VAT accounts (I-14; for histories without landed costs or a close).
 */
class BusinessHistoryProperties {

    private static TestApp app;

    @BeforeContainer
    static void start() {
        app = TestApp.start();
    }

    @AfterContainer
    static void stop() {
        app.close();
    }

    /** One step; indexes pick among what exists when it runs, amounts in fen, days of January 2026. */
    record Op(int kind, int sku, int qty, long cents, int pct, int day, int pick) {
    }

    @Provide
    Arbitrary<List<Op>> histories() {
        List<Tuple.Tuple2<Integer, Integer>> kinds = new ArrayList<>();
        for (int kind = 0; kind <= 9; kind++) {
            kinds.add(Tuple.of(2, kind));
        }
        kinds.addAll(List.of(Tuple.of(8, 10), Tuple.of(4, 11), Tuple.of(4, 12), Tuple.of(4, 13), Tuple.of(2, 14),
                Tuple.of(2, 15), Tuple.of(3, 16)));
        Arbitrary<Op> op = Combinators.combine(Arbitraries.frequency(kinds), Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(1, 12), Arbitraries.longs().between(1, 400_000),
                        Arbitraries.integers().between(0, 100), Arbitraries.integers().between(1, 28),
                        Arbitraries.integers().between(0, 9))
                .as(Op::new);
        return op.list().ofMinSize(2).ofMaxSize(7).withSizeDistribution(RandomDistribution.uniform());
    }

    /*
     * Every try is a fresh tenant on PostgreSQL driven over HTTP; the build's default number of tries (jqwik.tries in
     * the root pom: 200, 5000 with -Pdeep) took about 50 s of the full verify in session 20.
     */
    @Property
    void vouchers_balance_and_the_GL_matches_stock_partners_and_regeneration(@ForAll("histories") List<Op> history) {
        checked(history);
    }

    /** Applies the history checking after every step and at the end; the world it made. */
    private static World checked(List<Op> history) {
        World world = new World(app, false);
        List<Op> kept = new ArrayList<>();
        for (Op op : history) {
            if (world.apply(op)) {
                kept.add(op);
                // what is accepted while January is closed (a late reversal, a voided invoice) lands in February
                world.february |= world.januaryClosed;
            }
            world.check(op.toString());
        }
        world.reopenIfClosed();
        world.check("reopened at the end");
        world.checkFromScratch(history.toString());
        world.regenerateChangesNothing();
        if (!world.cancelled.isEmpty() && world.landed.isEmpty() && !world.everClosed) {
            /*
             * The replay enters the same steps in the same order without the cancelled receipts. A sale that a
             * cancelled receipt covered when it was entered may only be covered by a receipt backdated after it, so
             * the replay allows negative stock while it runs; the final set of documents is the world's, which never
             * goes below zero (the cancellation would have been refused), so every step must still be accepted.
             */
            World replay = new World(app, true);
            for (Op op : kept) {
                if (op.kind() != 5 && !(op.kind() == 4 && world.cancelled.contains(world.stockInsByOp.get(op)))) {
                    assertThat(replay.apply(op)).as("replay accepts " + op + " " + history).isTrue();
                }
            }
            for (String account : List.of("1405", "5401", "5001", "22210101", "22210102", "220202")) {
                assertThat(replay.closing(account)).as("I-14 " + account + " " + history).isEqualByComparingTo(world.closing(account));
            }
        }
        return world;
    }

    /** Found by CI: the sale on the 25th was covered by a receipt on the 23rd that is cancelled after a purchase on the 2nd. */
    @Example
    void a_cancelled_receipt_whose_sale_a_backdated_purchase_covers_books_as_if_it_never_was() {
        vouchers_balance_and_the_GL_matches_stock_partners_and_regeneration(List.of(new Op(4, 1, 4, 1, 0, 23, 8),
                new Op(4, 0, 7, 132_022, 17, 27, 9), new Op(2, 1, 4, 4018, 77, 25, 5), new Op(1, 1, 2, 400_000, 2, 2, 0),
                new Op(5, 0, 6, 18_365, 9, 1, 6)));
    }

    /**
     * Two estimates of both SKUs, a sale between them, the first invoiced above and below its estimate per line, voided,
     * invoiced again at another date, and a stock receipt backdated before them all, cancelled at the end.
     */
    @Example
    void estimates_invoiced_voided_and_invoiced_again_around_a_backdated_sale_keep_the_books() {
        World world = checked(List.of(new Op(10, 0, 5, 1_999, 20, 5, 0),
                new Op(2, 0, 3, 7_000, 0, 12, 0), new Op(10, 1, 4, 3_333, 10, 9, 9), new Op(11, 0, 1, 1, 80, 20, 0),
                new Op(12, 0, 1, 1, 0, 1, 1), new Op(4, 0, 2, 5_000, 0, 2, 0), new Op(11, 0, 1, 2, 30, 25, 0),
                new Op(5, 0, 1, 1, 0, 1, 0)));
        assertThat(world.invoiceOf).as("three invoices").hasSize(3);
        assertThat(world.liveInvoices).as("one voided").hasSize(2);
        assertThat(world.estimates).allSatisfy(e -> assertThat(e.invoiced()).containsExactly(1, 2));
        assertThat(world.cancelled).hasSize(1);
    }

    /**
     * A stock receipt, a sale, a landed cost at the receipt, the close of January, the landed cost cancelled (reversed on
     * 1 February), January reopened and the receipt repriced by a second landed cost: the receipt keeps the first
     * charge its February reversal takes out, so GL 1405 equals the stock on both month ends; closing again and
     * cancelling the second charge late keeps them equal too.
     */
    @Example
    void a_landed_cost_cancelled_after_the_close_then_january_reopened_and_the_receipt_repriced_keeps_the_books() {
        World world = checked(List.of(new Op(4, 0, 10, 9_999, 0, 3, 0), new Op(2, 0, 4, 2_500, 0, 10, 0),
                new Op(13, 0, 1, 1_200, 50, 20, 0), new Op(14, 0, 1, 1, 0, 1, 0), new Op(16, 0, 1, 1, 0, 1, 0),
                new Op(15, 0, 1, 1, 0, 1, 0), new Op(13, 0, 1, 3_000, 50, 25, 0), new Op(14, 0, 1, 1, 0, 1, 0),
                new Op(16, 0, 1, 1, 0, 1, 1)));
        assertThat(world.landed).hasSize(2);
        assertThat(world.landedCancelled).hasSize(2);
        assertThat(world.february).isTrue();
    }

    /** One tenant with a warehouse, two SKUs, a customer and a supplier, and what the history made so far. */
    static final class World {

        final TradeBooks trade;
        final StockBooks books;
        final long warehouse;
        final long[] skus;
        final long customer;
        final long supplier;
        final List<JsonNode> documents = new ArrayList<>();
        final List<Long> sales = new ArrayList<>();
        final List<Long> stockIns = new ArrayList<>();
        final Map<Op, Long> stockInsByOp = new HashMap<>();
        final List<Long> cancelled = new ArrayList<>();
        final List<Long> writeOffs = new ArrayList<>();
        final List<Estimate> estimates = new ArrayList<>();
        /** The estimated receipt each supplier invoice settles, by invoice id; the live invoices with their lines. */
        final Map<Long, Estimate> invoiceOf = new HashMap<>();
        final Map<Long, List<Integer>> liveInvoices = new TreeMap<>();
        /** Landed costs posted on stock receipts, those cancelled; whether January is closed, ever was, and February moved. */
        final List<Long> landed = new ArrayList<>();
        final List<Long> landedCancelled = new ArrayList<>();
        /** What the live stock receipts and landed costs (no supplier named) owe on 220202, by document. */
        final Map<Long, BigDecimal> owed = new HashMap<>();
        boolean januaryClosed;
        boolean everClosed;
        boolean february;

        /** A posted estimated receipt: its day, its line nets (what 220202 holds), the lines a live invoice covers. */
        record Estimate(long id, int day, List<BigDecimal> nets, java.util.Set<Integer> invoiced) {
        }

        World(TestApp app, boolean allowNegativeStock) {
            trade = new TradeBooks(app);
            books = trade.books;
            warehouse = books.warehouse(allowNegativeStock);
            skus = new long[] {books.sku(), books.sku()};
            customer = trade.partner("customer");
            supplier = trade.partner("supplier");
        }

        /** Applies one step; false when it was refused (a refusal must leave nothing half-written: checked after). */
        boolean apply(Op op) {
            String date = "2026-01-" + (op.day() < 10 ? "0" : "") + op.day();
            long sku = skus[op.sku()];
            String price = BigDecimal.valueOf(op.cents() % 5_000 + 1, 2).toPlainString();
            return switch (op.kind()) {
                case 0, 1 -> document(TradeBooks.RECEIPTS, supplier, date, sku, Integer.toString(op.qty() * 2), price, "", "");
                case 2 -> document(TradeBooks.DELIVERIES, customer, date, sku, Integer.toString(op.qty()), price, "", "")
                        && sales.add(documents.get(documents.size() - 1).path("id").asLong());
                case 3 -> !sales.isEmpty() && document(TradeBooks.RETURNS, customer, date, saleSku(op), "1", price,
                        "\"deliveryId\":" + sales.get(op.pick() % sales.size()), "\"deliveryLine\":1");
                case 4 -> stockIn(op, date, sku);
                case 5 -> cancel(op);
                case 6 -> money(op, date, "/api/v1/settlement/receipts", customer);
                case 7 -> money(op, date, "/api/v1/settlement/payments", supplier);
                case 8 -> applyAdvance(op);
                case 9 -> reverse(op);
                case 10 -> estimate(op, date) && (op.pick() < 4 || invoiceEstimate(op) || true);
                case 11 -> invoiceEstimate(op);
                case 12 -> voidInvoice(op);
                case 13 -> landedCost(op);
                case 14 -> closeJanuary();
                case 15 -> reopenJanuary();
                default -> cancelLanded(op);
            };
        }

        private long saleSku(Op op) {
            long sale = sales.get(op.pick() % sales.size());
            return documents.stream().filter(d -> d.path("id").asLong() == sale).findFirst().orElseThrow()
                    .path("lines").get(0).path("skuId").asLong();
        }

        private boolean document(String path, long partner, String date, long sku, String qty, String price, String extra,
                                 String lineExtra) {
            String body = "{\"partnerId\":" + partner + ",\"warehouseId\":" + warehouse + ",\"date\":\"" + date + "\""
                    + (extra.isEmpty() ? "" : "," + extra) + ",\"lines\":[{\"skuId\":" + sku + ",\"quantity\":\"" + qty
                    + "\",\"unit\":\"个\",\"price\":\"" + price + "\",\"taxRatePercent\":\"13\""
                    + (lineExtra.isEmpty() ? "" : "," + lineExtra) + "}]}";
            HttpResponse<String> created = trade.app.post(path, trade.key, body);
            if (created.statusCode() != 201) {
                return false;
            }
            HttpResponse<String> posted = trade.app.post(path + "/" + json(created).path("id").asLong() + "/post", trade.key, "{}");
            if (posted.statusCode() != 200) {
                return false;
            }
            documents.add(json(posted));
            return true;
        }

        private boolean stockIn(Op op, String date, long sku) {
            String doc = StockBooks.doc("receipt", date, warehouse, "purchase",
                    StockBooks.line(sku, Integer.toString(op.qty()), "\"amount\":\"" + BigDecimal.valueOf(op.cents() % 20_000 + 1, 2) + "\""));
            if (januaryClosed) {
                assertThat(json(trade.app.post("/api/v1/inventory/documents", trade.key, doc)).path("code").asText())
                        .isEqualTo("inventory.date-in-closed-period");
                return false;
            }
            long id = books.draft(doc);
            if (books.post(id).statusCode() != 200) {
                return false;
            }
            stockIns.add(id);
            stockInsByOp.put(op, id);
            owed.put(id, BigDecimal.valueOf(op.cents() % 20_000 + 1, 2));
            return true;
        }

        /**
         * 暂估入库: one line, or (even pct) a second line of the other SKU, at prices that the invoice may change; with
         * pick 4 or more its invoice follows at once (kind 11 invoices one later), so that most histories with an
         * estimate also settle it.
         */
        private boolean estimate(Op op, String date) {
            String first = BigDecimal.valueOf(op.cents() % 5_000 + 1, 2).toPlainString();
            String second = BigDecimal.valueOf(op.cents() / 7 % 5_000 + 1, 2).toPlainString();
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] {Long.toString(skus[op.sku()]), Integer.toString(op.qty() * 2), first});
            if (op.pct() % 2 == 0) {
                lines.add(new String[] {Long.toString(skus[1 - op.sku()]), Integer.toString(op.qty()), second});
            }
            String body = "{\"partnerId\":" + supplier + ",\"warehouseId\":" + warehouse + ",\"date\":\"" + date
                    + "\",\"estimated\":true,\"lines\":[" + String.join(",", lines.stream().map(l -> "{\"skuId\":" + l[0]
                    + ",\"quantity\":\"" + l[1] + "\",\"unit\":\"个\",\"price\":\"" + l[2]
                    + "\",\"taxRatePercent\":\"13\"}").toList()) + "]}";
            HttpResponse<String> created = trade.app.post(TradeBooks.RECEIPTS, trade.key, body);
            if (created.statusCode() != 201) {
                return false;
            }
            HttpResponse<String> posted = trade.app.post(TradeBooks.RECEIPTS + "/" + json(created).path("id").asLong()
                    + "/post", trade.key, "{}");
            if (posted.statusCode() != 200) {
                return false;
            }
            documents.add(json(posted));
            estimates.add(new Estimate(json(posted).path("id").asLong(), op.day(), lines.stream()
                    .map(l -> new BigDecimal(l[1]).multiply(new BigDecimal(l[2]))).toList(), new java.util.TreeSet<>()));
            return true;
        }

        /**
         * 到票: the supplier invoice of an estimated receipt, each line's net the estimate's times 50 % to 150 % (pct 50:
         * no difference; with qty a multiple of 4 the second line takes back the first's difference, so that they sum to
         * zero), dated on or after the receipt (a few before it, refused). With qty a multiple of 3 it covers one line of
         * two (a partial invoice); with an odd qty it leaves out the lines a live invoice settles, otherwise sending them
         * again is refused (409).
         */
        private boolean invoiceEstimate(Op op) {
            if (estimates.isEmpty()) {
                return false;
            }
            Estimate e = op.kind() == 10 ? estimates.get(estimates.size() - 1) : estimates.get(op.pick() % estimates.size());
            List<String> lines = new ArrayList<>();
            BigDecimal moved = BigDecimal.ZERO;
            int only = e.nets().size() == 2 && op.qty() % 3 == 0 ? op.pick() % 2 : -1;
            for (int i = 0; i < e.nets().size(); i++) {
                if (i != only && only >= 0 || op.qty() % 2 == 1 && e.invoiced().contains(i + 1)) {
                    continue;
                }
                int pct = i == 0 ? op.pct() : op.pct() * 7 % 101;
                BigDecimal net = e.nets().get(i).multiply(BigDecimal.valueOf(50 + pct)).movePointLeft(2)
                        .setScale(2, java.math.RoundingMode.HALF_UP);
                if (i == 1 && op.qty() % 4 == 0 && e.nets().get(1).compareTo(moved) >= 0) {
                    net = e.nets().get(1).subtract(moved);
                }
                moved = net.subtract(e.nets().get(i));
                lines.add("{\"line\":" + (i + 1) + ",\"net\":\"" + net.toPlainString() + "\",\"taxRatePercent\":\"13\"}");
            }
            int day = op.pct() < 5 ? op.day() : Math.max(op.day(), e.day());
            HttpResponse<String> r = trade.app.post(TradeBooks.RECEIPTS + "/" + e.id() + "/invoices", trade.key,
                    "{\"number\":\"FP-" + invoiceOf.size() + "-" + op.cents() + "\",\"date\":\"2026-01-"
                            + (day < 10 ? "0" : "") + day + "\",\"lines\":[" + String.join(",", lines) + "]}");
            if (r.statusCode() != 201) {
                return false;
            }
            long invoice = json(r).path("id").asLong();
            List<Integer> covered = new ArrayList<>();
            json(r).path("lines").forEach(l -> covered.add(l.path("line").asInt()));
            invoiceOf.put(invoice, e);
            liveInvoices.put(invoice, covered);
            e.invoiced().addAll(covered);
            return true;
        }

        /** Voids a live supplier invoice of an estimate (refused once its payable is written off): the estimate stands again. */
        private boolean voidInvoice(Op op) {
            if (liveInvoices.isEmpty()) {
                return false;
            }
            long invoice = new ArrayList<>(liveInvoices.keySet()).get(op.pick() % liveInvoices.size());
            Estimate e = invoiceOf.get(invoice);
            if (trade.app.post(TradeBooks.RECEIPTS + "/" + e.id() + "/invoices/" + invoice + "/void", trade.key, "{}")
                    .statusCode() != 200) {
                return false;
            }
            e.invoiced().removeAll(liveInvoices.remove(invoice));
            return true;
        }

        /**
         * A landed cost (no carrier: 220202) on a live stock receipt, 0.01 to 100.00, a refund of freight when pct is
         * below 10; dated in January, or in February (landing at its own date) while January is closed.
         */
        private boolean landedCost(Op op) {
            List<Long> live = stockIns.stream().filter(id -> !cancelled.contains(id)).toList();
            if (live.isEmpty()) {
                return false;
            }
            BigDecimal amount = BigDecimal.valueOf(op.cents() % 10_000 + 1, 2);
            String date = (januaryClosed ? "2026-02-" : "2026-01-") + (op.day() < 10 ? "0" : "") + op.day();
            HttpResponse<String> r = trade.app.post("/api/v1/inventory/documents?post=true", trade.key,
                    "{\"kind\":\"landed-cost\",\"date\":\"" + date + "\",\"referenceDocumentId\":"
                            + live.get(op.pick() % live.size()) + ",\"amount\":\"" + (op.pct() < 10 ? amount.negate() : amount)
                            + "\",\"lines\":[]}");
            if (r.statusCode() != 201) {
                return false;
            }
            landed.add(json(r).path("id").asLong());
            owed.put(json(r).path("id").asLong(), op.pct() < 10 ? amount.negate() : amount);
            return true;
        }

        /** Cancels a live landed cost: after the close of its month, reversed on 1 February (spec 2.13). */
        private boolean cancelLanded(Op op) {
            List<Long> live = landed.stream().filter(id -> !landedCancelled.contains(id)).toList();
            if (live.isEmpty()) {
                return false;
            }
            long id = live.get(op.pick() % live.size());
            if (trade.app.post("/api/v1/inventory/documents/" + id + "/cancel", trade.key, "{}").statusCode() != 200) {
                return false;
            }
            landedCancelled.add(id);
            owed.remove(id);
            return true;
        }

        /** Closes January (refused while a gate fails, e.g. a draft dated in it). */
        private boolean closeJanuary() {
            if (januaryClosed || trade.app.post("/api/v1/accounting/periods/2026-01/close", trade.key, "{}").statusCode() != 200) {
                return false;
            }
            januaryClosed = true;
            everClosed = true;
            return true;
        }

        private boolean reopenJanuary() {
            if (!januaryClosed || trade.app.post("/api/v1/accounting/periods/2026-01/reopen", trade.key,
                    "{\"reason\":\"history\"}").statusCode() != 200) {
                return false;
            }
            januaryClosed = false;
            return true;
        }

        void reopenIfClosed() {
            if (januaryClosed) {
                assertThat(reopenJanuary()).as("January reopens").isTrue();
            }
        }

        private boolean cancel(Op op) {
            List<Long> live = stockIns.stream().filter(id -> !cancelled.contains(id)).toList();
            if (live.isEmpty()) {
                return false;
            }
            long id = live.get(op.pick() % live.size());
            if (trade.app.post("/api/v1/inventory/documents/" + id + "/cancel", trade.key, "{}").statusCode() != 200) {
                return false;
            }
            cancelled.add(id);
            owed.remove(id);
            return true;
        }

        private boolean money(Op op, String date, String path, long partner) {
            boolean advance = op.pct() % 3 == 0;
            BigDecimal amount = BigDecimal.valueOf(op.cents() % 300_000 + 1, 2);
            String allocations = "";
            JsonNode charge = openItem(partner, "debit", null);
            if (!advance && charge != null && op.pct() > 30) {
                BigDecimal part = amount.min(new BigDecimal(charge.path("open").asText()));
                allocations = TradeBooks.allocation(charge.path("id").asLong(), part.toPlainString());
            }
            HttpResponse<String> r = trade.app.post(path, trade.key, """
                    {"partnerId":%d,"kind":"%s","method":"%s","date":"%s","amount":"%s","allocations":[%s]}"""
                    .formatted(partner, advance ? "advance" : "receipt", List.of("bank", "cash", "wechat", "alipay").get(op.pick() % 4),
                            date, amount.toPlainString(), allocations));
            if (r.statusCode() != 201) {
                return false;
            }
            json(r).path("writeOffs").forEach(w -> writeOffs.add(w.path("id").asLong()));
            return true;
        }

        private boolean applyAdvance(Op op) {
            long partner = op.sku() == 0 ? customer : supplier;
            JsonNode credit = openItem(partner, "credit", "advance");
            JsonNode charge = openItem(partner, "debit", null);
            if (credit == null || charge == null) {
                return false;
            }
            BigDecimal amount = new BigDecimal(credit.path("open").asText()).min(new BigDecimal(charge.path("open").asText()));
            HttpResponse<String> r = trade.app.post("/api/v1/settlement/write-offs", trade.key, """
                    {"creditItemId":%d,"date":"2026-01-28","allocations":[%s]}""".formatted(credit.path("id").asLong(),
                    TradeBooks.allocation(charge.path("id").asLong(), amount.toPlainString())));
            if (r.statusCode() != 201) {
                return false;
            }
            json(r).path("writeOffs").forEach(w -> writeOffs.add(w.path("id").asLong()));
            return true;
        }

        private boolean reverse(Op op) {
            if (writeOffs.isEmpty()) {
                return false;
            }
            long id = writeOffs.remove(op.pick() % writeOffs.size());
            return trade.app.post("/api/v1/settlement/write-offs/" + id + "/reversal", trade.key,
                    "{\"date\":\"2026-01-28\"}").statusCode() == 201;
        }

        private JsonNode openItem(long partner, String side, String kind) {
            for (JsonNode item : books.get("/api/v1/settlement/open-items?partnerId=" + partner).path("items")) {
                if (item.path("side").asText().equalsIgnoreCase(side) && new BigDecimal(item.path("open").asText()).signum() > 0
                        && (kind == null || item.path("kind").asText().equalsIgnoreCase(kind))) {
                    return item;
                }
            }
            return null;
        }

        BigDecimal closing(String account) {
            return trade.closing("2026-01-01", "2026-01-31", account, "");
        }

        /** The invariants, after every step: on 31 January, and on 28 February once anything landed there. */
        void check(String step) {
            check(step, "2026-01-31");
            if (february) {
                check(step, "2026-02-28");
            }
        }

        private void check(String step, String end) {
            step = step + " on " + end;
            JsonNode vouchers = books.get("/api/v1/accounting/vouchers?from=2026-01-01&to=" + end);
            Map<String, BigDecimal> gl = new TreeMap<>();
            for (JsonNode v : vouchers) {
                BigDecimal debit = BigDecimal.ZERO;
                BigDecimal credit = BigDecimal.ZERO;
                for (JsonNode l : v.path("lines")) {
                    BigDecimal d = new BigDecimal(l.path("debit").asText());
                    BigDecimal c = new BigDecimal(l.path("credit").asText());
                    assertThat(d.signum() == 0).as("one side " + step).isNotEqualTo(c.signum() == 0);
                    debit = debit.add(d);
                    credit = credit.add(c);
                    gl.merge(l.path("account").asText() + "|" + dims(l.path("dimensions")), d.subtract(c), BigDecimal::add);
                }
                assertThat(debit).as("I-1 " + v + " " + step).isEqualByComparingTo(credit);
            }
            BigDecimal stock = BigDecimal.ZERO;
            for (JsonNode b : books.get("/api/v1/inventory/balances?date=" + end)) {
                stock = stock.add(new BigDecimal(b.path("value").asText()));
                String item = "item=" + b.path("skuId").asLong();
                String wh = "warehouse=" + b.path("warehouseId").asLong();
                BigDecimal glValue = BigDecimal.ZERO;
                for (var e : gl.entrySet()) {
                    if (e.getKey().startsWith("1405|") && List.of(e.getKey().substring(5).split(";")).containsAll(List.of(item, wh))) {
                        glValue = glValue.add(e.getValue());
                    }
                }
                assertThat(glValue).as("I-4 " + b + " " + step).isEqualByComparingTo(b.path("value").asText());
            }
            assertThat(sum(gl, "1405", "")).as("I-30 " + step).isEqualByComparingTo(stock);
            if (february && end.startsWith("2026-01")) {
                return; // open items and estimates are read as they are now, so they are compared at the last month end
            }
            JsonNode items = books.get("/api/v1/settlement/open-items").path("items");
            assertThat(subledger(items, customer)).as("I-15 customer " + step)
                    .isEqualByComparingTo(sum(gl, "1122", "customer=" + customer).add(sum(gl, "220301", "customer=" + customer)));
            assertThat(subledger(items, supplier)).as("I-15 supplier " + step)
                    .isEqualByComparingTo(sum(gl, "220201", "supplier=" + supplier).add(sum(gl, "1123", "supplier=" + supplier)).negate());
            BigDecimal estimated = BigDecimal.ZERO;
            for (Estimate e : estimates) {
                for (int i = 0; i < e.nets().size(); i++) {
                    estimated = e.invoiced().contains(i + 1) ? estimated : estimated.add(e.nets().get(i));
                }
            }
            assertThat(sum(gl, "220202", "supplier=" + supplier).negate()).as("220202 holds the estimates no invoice settles "
                    + step).isEqualByComparingTo(estimated);
            assertThat(sum(gl, "220202", "").subtract(sum(gl, "220202", "supplier=" + supplier)).negate())
                    .as("220202 without a supplier holds the live stock receipts and landed costs " + step)
                    .isEqualByComparingTo(owed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        /** I-13: per trade document, Σ its voucher and its inventory document's delta vouchers = from scratch. */
        void checkFromScratch(String step) {
            JsonNode vouchers = books.get("/api/v1/accounting/vouchers?from=2026-01-01&to=2026-01-31");
            Map<String, BigDecimal> gl = new TreeMap<>();
            vouchers.forEach(v -> v.path("lines").forEach(l -> gl.merge(l.path("account").asText() + "|"
                    + dims(l.path("dimensions")), new BigDecimal(l.path("debit").asText())
                    .subtract(new BigDecimal(l.path("credit").asText())), BigDecimal::add)));
            JsonNode tb = books.trialBalance("2026-01-01", "2026-01-31");
            for (String account : List.of("1405", "1122", "220301", "220201", "1123", "5401", "5001", "1002")) {
                JsonNode row = Books.row(tb, account);
                BigDecimal closing = row == null ? BigDecimal.ZERO : new BigDecimal(row.path("closingDebit").asText("0"))
                        .subtract(new BigDecimal(row.path("closingCredit").asText("0")));
                assertThat(closing).as("trial balance " + account + " " + step).isEqualByComparingTo(sum(gl, account, ""));
            }

            TradeVoucherGenerator generator = generator();
            TenantId tenant = books.issued.tenant();
            for (JsonNode d : documents) {
                long id = d.path("id").asLong();
                String inventory = d.path("inventoryDocumentId").asText();
                Map<String, BigDecimal> booked = new TreeMap<>();
                for (JsonNode v : vouchers) {
                    String type = v.path("provenance").path("sourceType").asText();
                    String source = v.path("provenance").path("sourceId").asText();
                    boolean difference = type.equals("trade-invoice-difference")
                            && invoiceOf.get(Long.parseLong(source)).id() == id;
                    if (type.equals("trade-document") && source.equals(Long.toString(id))
                            || type.equals("inventory-recost") && source.equals(inventory) || difference) {
                        v.path("lines").forEach(l -> booked.merge(l.path("account").asText() + "|" + dims(l.path("dimensions")),
                                new BigDecimal(l.path("debit").asText()).subtract(new BigDecimal(l.path("credit").asText())),
                                BigDecimal::add));
                    }
                }
                var view = app.application().tradeDocuments().get(tenant, kind(d), id).get();
                Map<String, BigDecimal> scratch = new TreeMap<>();
                for (VoucherLine l : generator.fromScratch(tenant, view.document(), view.amounts()).get()) {
                    Map<String, String> dims = new TreeMap<>();
                    l.dimensions().values().forEach((k, value) -> dims.put(k.wireName(), value));
                    scratch.merge(l.account().value() + "|" + String.join(";", dims.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue()).toList()), l.signed().toDecimal(), BigDecimal::add);
                }
                assertThat(nonZero(booked)).as("I-13 document " + id + " " + step).isEqualTo(nonZero(scratch));
            }
        }

        /** Generating every trade document's voucher again writes nothing (I-13). */
        void regenerateChangesNothing() {
            int before = books.get("/api/v1/accounting/vouchers?from=2026-01-01&to=2026-01-31").size();
            TenantId tenant = books.issued.tenant();
            for (JsonNode d : documents) {
                var view = app.application().tradeDocuments().get(tenant, kind(d), d.path("id").asLong()).get();
                assertThat(generator().posted(tenant, view.document(), view.amounts()).isRight()).isTrue();
            }
            assertThat(books.get("/api/v1/accounting/vouchers?from=2026-01-01&to=2026-01-31").size()).isEqualTo(before);
        }

        private TradeVoucherGenerator generator() {
            return new TradeVoucherGenerator(app.application().accounting().outbox(), app.application().inventoryDocuments(),
                    app.application().catalog(), t -> books.issued.user());
        }

        private static TradeKind kind(JsonNode d) {
            return TradeKind.valueOf(d.path("kind").asText().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }

        private static BigDecimal subledger(JsonNode items, long partner) {
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode item : items) {
                if (item.path("partnerId").asLong() != partner) {
                    continue;
                }
                BigDecimal open = new BigDecimal(item.path("open").asText());
                total = item.path("side").asText().equalsIgnoreCase("debit") ? total.add(open) : total.subtract(open);
            }
            return total;
        }

        private static BigDecimal sum(Map<String, BigDecimal> gl, String account, String dimension) {
            BigDecimal total = BigDecimal.ZERO;
            for (var e : gl.entrySet()) {
                String[] key = e.getKey().split("\\|", 2);
                if (key[0].equals(account) && (dimension.isEmpty() || List.of(key[1].split(";")).contains(dimension))) {
                    total = total.add(e.getValue());
                }
            }
            return total;
        }

        private static Map<String, String> nonZero(Map<String, BigDecimal> m) {
            Map<String, String> out = new TreeMap<>();
            m.forEach((k, v) -> {
                if (v.signum() != 0) {
                    out.put(k, v.setScale(2).toPlainString());
                }
            });
            return out;
        }

        private static String dims(JsonNode dimensions) {
            Map<String, String> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = dimensions.fields(); it.hasNext(); ) {
                var e = it.next();
                sorted.put(e.getKey(), e.getValue().asText());
            }
            return String.join(";", sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
    }
}
