-- Version 2: everything that changed since version 1 (the release before migrations), data kept.
--  * Enumerations that gained values get their check constraint again with them (reason codes
--    SPANS_OUTSIDE_CAPTURE, OUTPUT_SHORT, EMPTY_OUTPUT; the audit's ALIGN and CLOCK).
--  * Identity and access (users, switch API tokens, the audit log, server settings), an account's
--    privacy flag, the on-demand control's clock shift.

alter table recording drop constraint recording_reasoncode_check;
alter table recording add constraint recording_reasoncode_check check (reasoncode in ('NOT_A_CAPTURE', 'TRUNCATED_CAPTURE', 'NO_RTP_STREAMS', 'UNSUPPORTED_CODEC', 'CAPTURE_MISSING', 'BAD_SIDE_FILE', 'CALL_NOT_FOUND', 'RETRIES_EXHAUSTED', 'STUCK', 'AUDIO_INCOMPLETE', 'SPANS_OUTSIDE_CAPTURE', 'OUTPUT_SHORT', 'EMPTY_OUTPUT', 'NOT_RECORDED_BY_POLICY', 'NEVER_STARTED'));
alter table recording_event drop constraint recording_event_reasoncode_check;
alter table recording_event add constraint recording_event_reasoncode_check check (reasoncode in ('NOT_A_CAPTURE', 'TRUNCATED_CAPTURE', 'NO_RTP_STREAMS', 'UNSUPPORTED_CODEC', 'CAPTURE_MISSING', 'BAD_SIDE_FILE', 'CALL_NOT_FOUND', 'RETRIES_EXHAUSTED', 'STUCK', 'AUDIO_INCOMPLETE', 'SPANS_OUTSIDE_CAPTURE', 'OUTPUT_SHORT', 'EMPTY_OUTPUT', 'NOT_RECORDED_BY_POLICY', 'NEVER_STARTED'));
alter table recording_control_event drop constraint recording_control_event_event_action_check;
alter table recording_control_event add constraint recording_control_event_event_action_check check (event_action in ('START', 'STOP', 'ALIGN'));
alter table recording_control_event drop constraint recording_control_event_event_trigger_check;
alter table recording_control_event add constraint recording_control_event_event_trigger_check check (event_trigger in ('AUTO', 'SIP_INFO', 'DTMF', 'SWITCH', 'CLOCK'));
alter table recording_span drop constraint recording_span_started_by_check;
alter table recording_span add constraint recording_span_started_by_check check (started_by in ('AUTO', 'SIP_INFO', 'DTMF', 'SWITCH', 'CLOCK'));

-- An account's kept "show the call recording to myself only" (AccountPrivacyBackfill computes it
-- once for the accounts that existed), and the switch clock's shift of an on-demand control.
alter table account add column recordingsprivate boolean default false not null;
alter table recording_control add column clockshiftnanos bigint default 0 not null;

create table api_token (
    id character varying(32) not null primary key,
    created_at timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    name character varying(100) not null,
    owner_login character varying(64) not null,
    revoked_at timestamp(6) with time zone,
    secret_digest character varying(64) not null
);
create index api_token_owner_idx on api_token (owner_login);
create table app_user (
    login character varying(64) not null primary key,
    account_id character varying(64),
    created_at timestamp(6) with time zone not null,
    customer_id character varying(64),
    failed_logins integer not null,
    failure_window_start timestamp(6) with time zone,
    locked_until timestamp(6) with time zone,
    password_changed_at timestamp(6) with time zone,
    password_cost integer not null,
    password_hash character varying(64) not null,
    password_salt character varying(64) not null,
    role character varying(16) not null,
    version bigint not null,
    constraint app_user_role_check check (role in ('ADMIN', 'CUSTOMER', 'ACCOUNT', 'SWITCH'))
);
create sequence audit_log_seq start with 1 increment by 50;
create table audit_log (
    id bigint not null primary key,
    action character varying(16) not null,
    actor character varying(64) not null,
    afterjson oid,
    at timestamp(6) with time zone not null,
    beforejson oid,
    kind character varying(8) not null,
    recordingid bigint,
    remoteaddress character varying(64),
    servedrange character varying(64),
    subjectid character varying(128),
    subjecttype character varying(32) not null,
    via character varying(16),
    constraint audit_log_kind_check check (kind in ('ACCESS', 'CHANGE')),
    constraint audit_log_via_check check (via in ('CREDENTIALS', 'SIGNED_LINK'))
);
create index audit_log_actor_idx on audit_log (actor);
create index audit_log_recording_idx on audit_log (recordingid);
create table server_setting (
    setting_key character varying(64) not null primary key,
    setting_value character varying(512) not null
);
