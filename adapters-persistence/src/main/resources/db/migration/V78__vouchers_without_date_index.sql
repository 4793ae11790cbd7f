-- A voucher's period is the month of its date (Voucher.period), so every read of vouchers by date also bounds the
-- period, and the index of numbers (tenant, period, word, number) finds them: the index by date went. It was one of
-- four index entries per voucher written: the COPY of a generated batch's headers took 11.9-12.5 ms per 500 vouchers
-- without it against 15.0-15.3 with it (voucher-post-batch statements=4).
drop index vouchers_by_date;
