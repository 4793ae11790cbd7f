-- Supplier invoices may settle an estimated receipt line by line (several live invoices per receipt, each receipt line
-- in at most one): a receipt stays an open estimate while one of its lines has no live invoice, so the close's index
-- no longer depends on the invoiced amount. gross_minor of an estimated receipt is what its live invoices add up to
-- plus the estimate gross of the lines they leave (what is left to invoice is the difference, as for other documents).
drop index trade_documents_open_estimates;
create index trade_documents_open_estimates on trade_documents (tenant_id, doc_date, document_id)
    where estimated and status = 'POSTED';
