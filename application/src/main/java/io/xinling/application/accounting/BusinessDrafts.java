package io.xinling.application.accounting;

import io.xinling.application.accounting.port.DraftDocuments;
import io.xinling.application.inventory.DocumentFilter;
import io.xinling.application.inventory.DocumentStatus;
import io.xinling.application.inventory.DocumentSummary;
import io.xinling.application.inventory.InventoryDocumentUseCases;
import io.xinling.application.trade.TradeDocument;
import io.xinling.application.trade.TradeDocumentUseCases;
import io.xinling.application.trade.TradeDocumentView;
import io.xinling.application.trade.TradeKind;
import io.xinling.application.trade.TradePage;
import io.xinling.application.trade.TradeQuery;
import io.xinling.application.trade.TradeStatus;
import io.xinling.domain.kernel.TenantId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The drafts of the inventory documents and of the trade documents of every kind, read through their use cases. */
public final class BusinessDrafts implements DraftDocuments {

    private static final int LISTED = 20;

    private final InventoryDocumentUseCases inventory;
    private final TradeDocumentUseCases trade;

    public BusinessDrafts(InventoryDocumentUseCases inventory, TradeDocumentUseCases trade) {
        this.inventory = inventory;
        this.trade = trade;
    }

    @Override
    public List<String> openEstimates(TenantId tenant, LocalDate through) {
        TradePage<TradeDocumentUseCases.OpenEstimate> page = trade.openEstimates(tenant, through, LISTED);
        List<String> out = new ArrayList<>();
        for (TradeDocumentUseCases.OpenEstimate e : page.items()) {
            TradeDocument d = e.document();
            int all = d.draft().lines().size();
            out.add(d.draft().kind().wire() + " " + d.number() + " (" + d.draft().date() + ")" + (e.lines().size() == all ? ""
                    : " lines " + String.join(", ", e.lines().stream().map(String::valueOf).toList()) + " of " + all));
        }
        if (page.total() > out.size()) {
            out.add("… and " + (page.total() - out.size()) + " more");
        }
        return out;
    }

    @Override
    public List<String> drafts(TenantId tenant, LocalDate through) {
        List<String> out = new ArrayList<>();
        long total = 0;
        DocumentFilter filter = new DocumentFilter(Optional.empty(), Optional.of(DocumentStatus.DRAFT), Optional.empty(),
                Optional.empty(), Optional.of(through), Optional.empty());
        var stock = inventory.list(tenant, filter, LISTED, 0)
                .getOrElseThrow(e -> new IllegalStateException("listing inventory drafts: " + e.message()));
        total += stock.total();
        for (DocumentSummary d : stock.items()) {
            out.add("inventory " + d.header().kind().wire() + " " + d.number() + " (" + d.header().date() + ")");
        }
        for (TradeKind kind : TradeKind.values()) {
            TradePage<TradeDocumentView> page = trade.list(tenant, new TradeQuery(kind, Optional.empty(),
                    Optional.of(TradeStatus.DRAFT), Optional.empty(), Optional.of(through), Optional.empty(), Optional.empty(),
                    LISTED, 0));
            total += page.total();
            for (TradeDocumentView v : page.items()) {
                out.add(kind.wire() + " " + v.document().number() + " (" + v.document().draft().date() + ")");
            }
        }
        List<String> listed = new ArrayList<>(out.subList(0, Math.min(LISTED, out.size())));
        if (total > listed.size()) {
            listed.add("… and " + (total - listed.size()) + " more");
        }
        return listed;
    }
}
