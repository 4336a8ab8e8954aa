-- Version 13 on PostgreSQL (H2's V13 has the lookup indexes only): indexes for what the server searches
-- by. PostgreSQL, unlike H2, makes no index for a foreign key, so every lookup of a row's children
-- (a recording's xDRs, controls and call legs; an account's add-ons) read its whole table.
--
-- Every foreign key's columns, where no primary key already leads with them:
--  * a recording's xDRs, on-demand controls and call legs, read on every conversion and expiry
--    (Recordings.xdrsOf, xdrsOfCall and the audience of a recording; RecordingControls.of, all and legsOf);
--  * an account's add-ons, read (eagerly) with every account a call names, and the accounts using a
--    product (ServiceDirectory.accountsUsing, when an offer changes);
--  * the references of accounts and customers to customers, products, access roles, dialing rules and
--    customer classes: the accounts of a customer (ServiceDirectory.accountsOf), and the check a
--    delete of a referenced row makes, which otherwise reads the whole account or customer table.
create index account_add_on_account_id_idx on account_add_on (account_id);
create index account_add_on_addons_id_idx on account_add_on (addons_id);
create index account_accessrole_id_idx on account (accessrole_id);
create index account_customer_id_idx on account (customer_id);
create index account_dialingrule_id_idx on account (dialingrule_id);
create index account_product_id_idx on account (product_id);
create index cdr_account_recording_id_idx on cdr_account (recording_id);
create index customer_customerclass_id_idx on customer (customerclass_id);
create index customer_dialingrule_id_idx on customer (dialingrule_id);
create index recording_call_leg_recording_id_idx on recording_call_leg (recording_id);
create index recording_control_recording_id_idx on recording_control (recording_id);

-- The lookup columns (the same as H2's V13):
--  * whether another recording still needs a capture, on every conversion and expiry
--    (Recordings.captureNeededElsewhere);
--  * the recordings split off a call's first one (Recordings.xdrsOfCall, on every conversion);
--  * the recordings retention expires and the export copies, by when the call was made: both look
--    at recordings not yet expired only, and expired rows stay for good (their audio goes, the row
--    stays), so the index holds the unexpired ones alone and does not grow with the years of them;
--  * the operations dashboard's counts by creation and by completion since a day or a week;
--  * the end user of an account a mailed play link is signed for (Users.accountUser, on every mail).
create index recording_capturepath_idx on recording (capturepath);
create index recording_splitfrom_idx on recording (splitfrom);
create index recording_recordedat_idx on recording (recordedat) where expiredat is null;
create index recording_createdat_idx on recording (createdat);
create index recording_completedat_idx on recording (completedat);
create index app_user_account_id_idx on app_user (account_id);
