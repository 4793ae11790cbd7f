-- The batch (with its dates) and the serial numbers a purchase or sales line names, passed to its stock movements.
alter table trade_document_lines
    add column batch       text,
    add column produced_on date,
    add column expires_on  date,
    add column serials     text;
