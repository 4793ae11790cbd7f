-- A SKU's reference cost (参考成本, the last fallback of the reference cost R of 2.6) is never negative: the
-- catalog refuses one, and a SKU that had one stored before that check would no longer load. No cost can be inferred
-- for such a SKU, so the stored value goes (as if none had been given) and the column refuses negative values.
update skus set reference_cost = null where reference_cost < 0;
alter table skus add constraint skus_reference_cost_not_negative check (reference_cost >= 0);
