package io.xinling.web.settlement;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.settlement.Allocation;
import io.xinling.domain.settlement.SettlementItemId;
import io.xinling.web.common.ApiException;
import io.xinling.web.trade.WebParams;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Request bodies of settlement, and reading their allocations. */
final class SettlementRequests {

    private SettlementRequests() {
    }

    record AllocationRequest(Long itemId, String amount) {
    }

    record OpenItemRequest(Long partnerId, String ledger, String side, String sourceType, String sourceRef, String date,
                           String dueDate, String currency, String amount, String exchangeRate, String bookAmount) {
    }

    record ReceiptRequest(Long partnerId, String kind, String method, String date, String currency, String amount,
                          String exchangeRate, String reference, List<AllocationRequest> allocations) {
    }

    record WriteOffRequest(Long creditItemId, String date, String currency, List<AllocationRequest> allocations) {
    }

    record ReversalRequest(String date) {
    }

    static List<Allocation> allocations(List<AllocationRequest> requests, Currency currency) {
        List<Allocation> allocations = new ArrayList<>();
        List<AllocationRequest> given = requests == null ? List.of() : requests;
        for (int i = 0; i < given.size(); i++) {
            AllocationRequest r = given.get(i);
            String field = "allocations[" + i + "]";
            if (r == null || r.itemId() == null || r.itemId() <= 0) {
                throw ApiException.unprocessable(field + ".itemId", "a positive item id");
            }
            Money amount = WebParams.money(field + ".amount", r.amount(), currency);
            allocations.add(new Allocation(new SettlementItemId(r.itemId()), amount));
        }
        return allocations;
    }

    static long partnerId(Long id) {
        if (id == null || id <= 0) {
            throw ApiException.unprocessable("partnerId", "a positive partner id");
        }
        return id;
    }
}
