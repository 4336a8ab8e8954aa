-- Version 13 on H2 (PostgreSQL's V13 also indexes every foreign key): indexes for what the server
-- searches by. H2 made an index for each foreign key by itself, so here are only the lookup columns
-- that had none (the same as PostgreSQL's):
--  * whether another recording still needs a capture, on every conversion and expiry
--    (Recordings.captureNeededElsewhere);
--  * the recordings split off a call's first one (Recordings.xdrsOfCall, on every conversion);
--  * the recordings retention expires and the export copies, by when the call was made (PostgreSQL's
--    index holds the unexpired recordings only; H2 has no partial indexes);
--  * the operations dashboard's counts by creation and by completion since a day or a week;
--  * the end user of an account a mailed play link is signed for (Users.accountUser, on every mail).
create index recording_capturepath_idx on recording (capturepath);
create index recording_splitfrom_idx on recording (splitfrom);
create index recording_recordedat_idx on recording (recordedat);
create index recording_createdat_idx on recording (createdat);
create index recording_completedat_idx on recording (completedat);
create index app_user_account_id_idx on app_user (account_id);
