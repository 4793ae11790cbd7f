-- Foreign-currency lines (外币核算): the original amount in minor units of its currency and the booking rate (CNY per
-- unit). All three are null on a CNY-only line. A revaluation line (期末调汇) has the currency, 0 and the closing rate.
alter table voucher_lines
    add column fc_currency text,
    add column fc_minor    bigint,
    add column fc_rate     numeric(18, 6),
    add constraint voucher_lines_foreign_complete
        check ((fc_currency is null) = (fc_minor is null) and (fc_currency is null) = (fc_rate is null));
