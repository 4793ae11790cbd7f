-- An inventory document a purchase or sales document saved for its stock carries the flag trade-owned from its saving
-- on (DocumentFlag.TRADE_OWNED): its voucher generation reads the flag instead of asking, at every post, whether a
-- trade document points at it. The documents saved so far get it by the rule that question applied: a trade document
-- points at it and it has no inventory-document voucher of its own (the first release booked a trade document's stock
-- on its inventory document's voucher; those keep it, and their cancellation reverses it).
update inventory_documents d
set flags = array_append(d.flags, 'trade-owned')
where exists (select 1 from trade_documents t where t.tenant_id = d.tenant_id and t.inventory_document_id = d.document_id)
  and not exists (select 1 from vouchers v where v.tenant_id = d.tenant_id and v.source_type = 'inventory-document'
                  and v.source_id = d.document_id::text)
  and not ('trade-owned' = any(d.flags));
