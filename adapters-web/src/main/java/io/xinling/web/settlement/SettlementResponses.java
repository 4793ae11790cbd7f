package io.xinling.web.settlement;

import io.xinling.application.settlement.SettlementQueriesUseCase.ItemDetail;
import io.xinling.application.settlement.WriteOffResult;
import io.xinling.domain.settlement.AgeingRow;
import io.xinling.domain.settlement.PartnerStatement;
import io.xinling.domain.settlement.SettlementItem;
import io.xinling.domain.settlement.StatementLine;
import io.xinling.domain.settlement.WriteOff;
import io.xinling.domain.settlement.WriteOffId;
import io.xinling.web.trade.WebParams;

import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of settlement; amounts are decimal strings in the item's currency, book amounts in CNY. */
final class SettlementResponses {

    private SettlementResponses() {
    }

    record Item(long id, long partnerId, String ledger, String side, String kind, String sourceType, String sourceRef,
                LocalDate date, LocalDate dueDate, String currency, String amount, String open, String exchangeRate,
                String bookAmount, String method, LocalDate lastMatched) {
    }

    record WriteOffBody(long id, long partnerId, String ledger, long debitItemId, long creditItemId, String currency,
                        String amount, LocalDate date, Long reversalOf) {
    }

    record Result(Item credit, List<WriteOffBody> writeOffs, List<Item> charges) {
    }

    record Detail(Item item, List<WriteOffBody> writeOffs) {
    }

    record Page(List<Item> items, int limit, int offset) {
    }

    record Line(LocalDate date, long itemId, String kind, String sourceType, String sourceRef, String debit,
                String credit, String balance) {
    }

    record Statement(long partnerId, String ledger, String currency, LocalDate from, LocalDate to, String opening,
                     List<Line> lines, String totalDebit, String totalCredit, String closing) {
    }

    record AgeingBody(long partnerId, String days0To30, String days31To60, String days61To90, String over90,
                      String total, String unapplied, String net) {
    }

    record AgeingReport(String ledger, String currency, LocalDate date, List<AgeingBody> rows) {
    }

    static Item item(SettlementItem i) {
        return new Item(i.id().value(), i.partner().value(), WebParams.wire(i.ledger()), WebParams.wire(i.side()),
                WebParams.wire(i.kind()), i.source().type(), i.source().reference(), i.date(), i.dueDate(),
                i.amount().currency().getCurrencyCode(), i.amount().format(), i.open().format(), i.rate().format(),
                i.bookAmount().format(), i.method().map(WebParams::wire).orElse(null), i.lastMatched().orElse(null));
    }

    static WriteOffBody writeOff(WriteOff w) {
        return new WriteOffBody(w.id().value(), w.partner().value(), WebParams.wire(w.ledger()), w.debit().value(),
                w.credit().value(), w.amount().currency().getCurrencyCode(), w.amount().format(), w.date(),
                w.reversalOf().map(WriteOffId::value).orElse(null));
    }

    static Result result(WriteOffResult r) {
        return new Result(item(r.credit()), r.writeOffs().stream().map(SettlementResponses::writeOff).toList(),
                r.charges().stream().map(SettlementResponses::item).toList());
    }

    static Detail detail(ItemDetail d) {
        return new Detail(item(d.item()), d.writeOffs().stream().map(SettlementResponses::writeOff).toList());
    }

    static Statement statement(PartnerStatement s) {
        List<Line> lines = s.lines().stream().map(SettlementResponses::line).toList();
        return new Statement(s.partner().value(), WebParams.wire(s.ledger()), s.opening().currency().getCurrencyCode(),
                s.from(), s.to(), s.opening().format(), lines, s.totalDebit().format(), s.totalCredit().format(),
                s.closing().format());
    }

    private static Line line(StatementLine l) {
        return new Line(l.date(), l.item().value(), WebParams.wire(l.kind()), l.source().type(), l.source().reference(),
                l.debit().format(), l.credit().format(), l.balance().format());
    }

    static AgeingBody ageing(AgeingRow r) {
        return new AgeingBody(r.partner().value(), r.days0To30().format(), r.days31To60().format(),
                r.days61To90().format(), r.over90().format(), r.total().format(), r.unapplied().format(), r.net().format());
    }
}
