-- Posting a draft changes its status and reviewer only (no indexed column). Drafts written in bulk fill their pages,
-- so every post was a non-HOT update: a new entry in each of the five indexes of vouchers, and for the deferrable
-- unique number a recheck queued until commit. Leave room on each page so those updates stay on the page (HOT).
alter table vouchers set (fillfactor = 85);
