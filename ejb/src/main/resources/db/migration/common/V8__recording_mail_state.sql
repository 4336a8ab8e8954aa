-- Version 8, both databases: each recording's e-mail state (NONE, PENDING, SENT, FAILED), the sending
-- attempts, the last error and when the SMTP server accepted it. Existing recordings owe no mail: NONE.
alter table recording add column mail_state character varying(16) default 'NONE' not null;
alter table recording add constraint recording_mail_state_check check (mail_state in ('NONE', 'PENDING', 'SENT', 'FAILED'));
alter table recording add column mail_attempts integer default 0 not null;
alter table recording add column mail_last_error character varying(1000);
alter table recording add column mail_sent_at timestamp(6) with time zone;
