-- Campaign-wide budgets (promotions.md 3.11: budgetMoney, budgetCount): the money all schemes of a campaign may give
-- away together, in minor units, and the number of orders that may use any of them. Null: unlimited. What is taken
-- is counted like a scheme's limits, in promotion_quota_usage under the owner 'campaign:' || campaign_id.
alter table promotion_campaigns add column budget_minor bigint check (budget_minor >= 0);
alter table promotion_campaigns add column budget_orders bigint check (budget_orders >= 0);
