-- Gifts across returns against a reserved order (promotions 3.15): a return records, on the gift's own line, the units
-- of the gift handed back (quantity, now possibly 0 when the gift was only withheld) and the value withheld for a gift
-- the customer kept (withheld > 0) or paid back when the gift came back later (withheld < 0). The sum per gift line is
-- what is still withheld, so a later return neither withholds a gift twice nor keeps the value of one handed back.
alter table promotion_returns drop constraint promotion_returns_quantity_check;
alter table promotion_returns add constraint promotion_returns_quantity_check check (quantity >= 0);
alter table promotion_returns add column withheld bigint not null default 0;
