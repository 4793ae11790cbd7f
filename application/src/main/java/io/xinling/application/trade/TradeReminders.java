package io.xinling.application.trade;

import java.util.List;

/**
 * What waits for action (待办): orders to approve (draft, or held over the credit limit), sales orders to
 * deliver and purchase orders to receive (approved or partly fulfilled), drafts of deliveries, receipts and
 * returns still to post, and posted ones not yet invoiced in full; each with the ids of the oldest documents
 * (at most 50) and the count.
 */
public record TradeReminders(Waiting toApprove, Waiting toDeliver, Waiting toReceive, Waiting toPost, Waiting toInvoice) {

    public record Waiting(long count, List<Long> ids) {
        public Waiting {
            ids = List.copyOf(ids);
        }
    }
}
