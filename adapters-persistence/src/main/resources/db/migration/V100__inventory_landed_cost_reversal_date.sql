-- The date a cancelled landed cost was reversed on when its receipt's period had been closed since it was applied
-- there (spec 2.13, 2.11): the earliest open date at the cancel, kept so every replay reverses it on the same date
-- whatever the periods are then. Null for every other document and every other cancel.
alter table inventory_documents add column reversed_on date;
