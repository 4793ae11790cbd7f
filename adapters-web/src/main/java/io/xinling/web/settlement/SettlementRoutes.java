package io.xinling.web.settlement;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.xinling.application.settlement.ItemFilter;
import io.xinling.application.settlement.RecordOpenItemUseCase;
import io.xinling.application.settlement.RecordOpenItemUseCase.RecordOpenItemCommand;
import io.xinling.application.settlement.RecordReceiptUseCase;
import io.xinling.application.settlement.RecordReceiptUseCase.RecordReceiptCommand;
import io.xinling.application.settlement.SettlementQueriesUseCase;
import io.xinling.application.settlement.WriteOffUseCase;
import io.xinling.application.settlement.WriteOffUseCase.ApplyCreditCommand;
import io.xinling.application.settlement.WriteOffUseCase.ReverseWriteOffCommand;
import io.xinling.application.tenancy.Principal;
import io.xinling.application.tenancy.Role;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.settlement.AgeingBasis;
import io.xinling.domain.settlement.ItemKind;
import io.xinling.domain.settlement.ItemSide;
import io.xinling.domain.settlement.Ledger;
import io.xinling.domain.settlement.PaymentMethod;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.domain.settlement.SourceDocument;
import io.xinling.domain.settlement.WriteOffId;
import io.xinling.web.RouteModule;
import io.xinling.web.common.ApiException;
import io.xinling.web.common.Http;
import io.xinling.web.common.RoleGate;
import io.xinling.web.settlement.SettlementRequests.OpenItemRequest;
import io.xinling.web.settlement.SettlementRequests.ReceiptRequest;
import io.xinling.web.settlement.SettlementRequests.ReversalRequest;
import io.xinling.web.settlement.SettlementRequests.WriteOffRequest;
import io.xinling.web.trade.WebParams;

import java.util.Currency;
import java.util.Optional;

import static io.xinling.web.settlement.SettlementRequests.allocations;
import static io.xinling.web.settlement.SettlementRequests.partnerId;

/** Receivables and payables: open items, receipts and payments with write-off, reversal, statements, ageing. */
public final class SettlementRoutes implements RouteModule {

    private static final String BASE = "/api/v1/settlement";

    private final RecordOpenItemUseCase openItems;
    private final RecordReceiptUseCase receipts;
    private final WriteOffUseCase writeOffs;
    private final SettlementQueriesUseCase queries;

    public SettlementRoutes(RecordOpenItemUseCase openItems, RecordReceiptUseCase receipts, WriteOffUseCase writeOffs,
                            SettlementQueriesUseCase queries) {
        this.openItems = openItems;
        this.receipts = receipts;
        this.writeOffs = writeOffs;
        this.queries = queries;
    }

    @Override
    public void register(RoutesConfig routes) {
        RoleGate money = RoleGate.of(Role.ADMIN, Role.ACCOUNTANT, Role.CASHIER);
        RoleGate readers = RoleGate.of(Role.ADMIN, Role.ACCOUNTANT, Role.CASHIER, Role.SALES, Role.PURCHASING, Role.VIEWER);
        routes.post(BASE + "/open-items", this::recordOpenItem, RoleGate.of(Role.ADMIN, Role.ACCOUNTANT));
        routes.get(BASE + "/open-items", this::listItems, readers);
        routes.get(BASE + "/open-items/{itemId}", this::getItem, readers);
        routes.post(BASE + "/receipts", ctx -> receipt(ctx, Ledger.RECEIVABLE), money);
        routes.post(BASE + "/payments", ctx -> receipt(ctx, Ledger.PAYABLE), money);
        routes.post(BASE + "/write-offs", this::applyCredit, money);
        routes.post(BASE + "/write-offs/{writeOffId}/reversal", this::reverse, RoleGate.of(Role.ADMIN, Role.ACCOUNTANT));
        routes.get(BASE + "/statements", this::statement, readers);
        routes.get(BASE + "/ageing", this::ageing, readers);
    }

    private void recordOpenItem(Context ctx) {
        OpenItemRequest r = Http.body(ctx, OpenItemRequest.class);
        Currency currency = WebParams.currency("currency", r.currency());
        var command = new RecordOpenItemCommand(Http.principal(ctx).tenant(), new PartnerId(partnerId(r.partnerId())),
                WebParams.enumValue("ledger", r.ledger(), Ledger.class), WebParams.enumValue("side", r.side(), ItemSide.class),
                new SourceDocument(required(r.sourceType(), "sourceType"), required(r.sourceRef(), "sourceRef")),
                WebParams.date("date", r.date()), Optional.ofNullable(r.dueDate()).map(d -> WebParams.date("dueDate", d)),
                WebParams.money("amount", r.amount(), currency), WebParams.rate("exchangeRate", currency, r.exchangeRate()),
                Optional.ofNullable(r.bookAmount()).map(b -> WebParams.money("bookAmount", b, Money.CNY)));
        Http.reply(ctx, openItems.recordOpenItem(command), 201, SettlementResponses::item);
    }

    private void receipt(Context ctx, Ledger ledger) {
        ReceiptRequest r = Http.body(ctx, ReceiptRequest.class);
        Principal p = Http.principal(ctx);
        Currency currency = WebParams.currency("currency", r.currency());
        ItemKind kind = r.kind() == null ? ItemKind.RECEIPT : WebParams.enumValue("kind", r.kind(), ItemKind.class);
        var command = new RecordReceiptCommand(p.tenant(), p.user(), new PartnerId(partnerId(r.partnerId())), ledger,
                kind, WebParams.enumValue("method", r.method(), PaymentMethod.class), WebParams.date("date", r.date()),
                WebParams.money("amount", r.amount(), currency), WebParams.rate("exchangeRate", currency, r.exchangeRate()),
                Optional.ofNullable(r.reference()).filter(s -> !s.isBlank()), allocations(r.allocations(), currency));
        Http.reply(ctx, receipts.recordReceipt(command), 201, SettlementResponses::result);
    }

    private void applyCredit(Context ctx) {
        WriteOffRequest r = Http.body(ctx, WriteOffRequest.class);
        Principal p = Http.principal(ctx);
        Currency currency = WebParams.currency("currency", r.currency());
        if (r.creditItemId() == null || r.creditItemId() <= 0) {
            throw ApiException.unprocessable("creditItemId", "a positive item id");
        }
        var credit = new SettlementItemId(r.creditItemId());
        var command = new ApplyCreditCommand(p.tenant(), p.user(), credit, WebParams.date("date", r.date()),
                allocations(r.allocations(), currency));
        Http.reply(ctx, writeOffs.applyCredit(command), 201, SettlementResponses::result);
    }

    private void reverse(Context ctx) {
        WriteOffId id = WebParams.pathId(ctx, "writeOffId", WriteOffId::new);
        ReversalRequest r = Http.body(ctx, ReversalRequest.class);
        Principal p = Http.principal(ctx);
        var command = new ReverseWriteOffCommand(p.tenant(), p.user(), id, WebParams.date("date", r.date()));
        Http.reply(ctx, writeOffs.reverse(command), 201, SettlementResponses::writeOff);
    }

    private void listItems(Context ctx) {
        ItemFilter filter = new ItemFilter(WebParams.id(ctx, "partnerId").map(PartnerId::new),
                WebParams.enumParam(ctx, "ledger", Ledger.class), WebParams.text(ctx, "open").map(Boolean::parseBoolean)
                .orElse(false), WebParams.limit(ctx), WebParams.offset(ctx));
        var items = queries.items(Http.principal(ctx).tenant(), filter).stream().map(SettlementResponses::item).toList();
        Http.json(ctx, 200, new SettlementResponses.Page(items, filter.limit(), filter.offset()));
    }

    private void getItem(Context ctx) {
        SettlementItemId id = WebParams.pathId(ctx, "itemId", SettlementItemId::new);
        Http.reply(ctx, queries.item(Http.principal(ctx).tenant(), id), 200, SettlementResponses::detail);
    }

    private void statement(Context ctx) {
        PartnerId partner = new PartnerId(partnerId(WebParams.id(ctx, "partnerId").orElse(null)));
        Ledger ledger = WebParams.enumParam(ctx, "ledger", Ledger.class).orElse(Ledger.RECEIVABLE);
        Currency currency = WebParams.currency("currency", ctx.queryParam("currency"));
        Http.reply(ctx, queries.statement(Http.principal(ctx).tenant(), partner, ledger, currency,
                WebParams.requiredDate(ctx, "from"), WebParams.requiredDate(ctx, "to")), 200, SettlementResponses::statement);
    }

    private void ageing(Context ctx) {
        Ledger ledger = WebParams.enumParam(ctx, "ledger", Ledger.class).orElse(Ledger.RECEIVABLE);
        Currency currency = WebParams.currency("currency", ctx.queryParam("currency"));
        var date = WebParams.requiredDate(ctx, "date");
        AgeingBasis basis = WebParams.enumParam(ctx, "basis", AgeingBasis.class).orElse(AgeingBasis.DOCUMENT_DATE);
        var rows = queries.ageing(Http.principal(ctx).tenant(), ledger, currency, date,
                WebParams.id(ctx, "partnerId").map(PartnerId::new), basis).stream().map(SettlementResponses::ageing).toList();
        Http.json(ctx, 200, new SettlementResponses.AgeingReport(WebParams.wire(ledger), currency.getCurrencyCode(), date, rows));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank() || value.length() > 100) {
            throw ApiException.unprocessable(field, "1 to 100 characters");
        }
        return value.strip();
    }
}
