-- Version 2 on PostgreSQL (version 3, in common/, follows on both databases), data kept:
--  * Enumerations that gained values since version 1 get their check constraint again with them
--    (reason codes SPANS_OUTSIDE_CAPTURE, OUTPUT_SHORT, EMPTY_OUTPUT; the audit's ALIGN and CLOCK).
--  * The audit log, whose JSON columns are @Lob strings: a large object (oid) on PostgreSQL, a CLOB on H2.

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
