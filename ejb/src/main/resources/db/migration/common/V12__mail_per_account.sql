-- Version 12, both databases: each recording's e-mail per entitled account (recording_mail, one row per
-- recording and account, with its own state, attempts, last error and time sent) instead of the one mail
-- of version 8 kept in the recording's columns mail_state, mail_attempts, mail_last_error, mail_sent_at.
-- A recording whose mail was not NONE keeps it as the mail of the account it was sent to: the account of
-- its first entitled xDR (the lowest cdr_account id of the recording with entitled true), as the mailer
-- of versions 8 to 11 chose it; a recording without an entitled xDR owed no mail and has none to move.
-- Then the old columns are dropped: both databases can drop them. Their check constraint goes first:
-- H2 names constraints per schema, and the new table's check takes the same name
-- (recording_mail_state_check, <table>_<column>_check as every enumeration's).
-- No foreign key to recording, as for recording_export: recordings are never deleted (retention removes
-- their audio, not their rows), and a mail row is written under the recording's row lock.
alter table recording drop constraint recording_mail_state_check;

create table recording_mail (
    recordingid bigint not null,
    accountid character varying(64) not null,
    state character varying(16) not null,
    attempts integer not null,
    lasterror character varying(1000),
    sentat timestamp(6) with time zone,
    constraint recording_mail_pkey primary key (recordingid, accountid),
    constraint recording_mail_state_check check (state in ('NONE', 'PENDING', 'SENT', 'FAILED'))
);

insert into recording_mail (recordingid, accountid, state, attempts, lasterror, sentat)
select r.id, x.accountid, r.mail_state, r.mail_attempts, r.mail_last_error, r.mail_sent_at
from recording r join cdr_account x on x.recording_id = r.id
where r.mail_state <> 'NONE'
  and x.id = (select min(f.id) from cdr_account f where f.recording_id = r.id and f.entitled = true);

alter table recording drop column mail_state;
alter table recording drop column mail_attempts;
alter table recording drop column mail_last_error;
alter table recording drop column mail_sent_at;
