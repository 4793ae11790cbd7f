-- Every voucher is written twice: entered as a draft, then updated once when it is posted (status and reviewer, neither
-- indexed). Leave room on each page for that update, so it stays on the page (HOT) instead of adding an entry to every
-- index of the table.
alter table vouchers set (fillfactor = 90);
