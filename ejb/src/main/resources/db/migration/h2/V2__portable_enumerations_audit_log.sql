-- Version 2 on H2 (version 3, in common/, follows on both databases), data kept:
--  * Enumerations: H2 ENUM columns become varchar columns with a check constraint each, named as
--    PostgreSQL names hbm2ddl's checks (<table>_<column>_check), with the values added since version 1
--    (reason codes SPANS_OUTSIDE_CAPTURE, OUTPUT_SHORT, EMPTY_OUTPUT; the audit's ALIGN and CLOCK).
--    Hibernate maps enumerations to varchar on both databases (hibernate.type.prefer_native_enum_types
--    = false in persistence.xml), so from here on a migration changes an enumeration the same way on
--    both: drop its check constraint and add it again with every value.
--  * The audit log, whose JSON columns are @Lob strings: a CLOB on H2, a large object (oid) on PostgreSQL.

alter table access_role_grant alter column attribute_name set data type character varying(32);
alter table access_role_grant add constraint access_role_grant_attribute_name_check check (attribute_name in ('AUTO_RECORD_INCOMING', 'AUTO_RECORD_OUTGOING', 'AUTO_RECORD_REDIRECTED', 'ALLOW_MANUAL_START_STOP', 'PLAY_ANNOUNCEMENT', 'SEND_VIA_EMAIL', 'SHOW_TO_MYSELF_ONLY', 'DIALING_CODES'));
alter table access_role_grant alter column permission set data type character varying(16);
alter table access_role_grant add constraint access_role_grant_permission_check check (permission in ('VIEW', 'MODIFY'));
alter table account alter column cfg_manual set data type character varying(8);
alter table account add constraint account_cfg_manual_check check (cfg_manual in ('INHERIT', 'ON', 'OFF'));
alter table account alter column cfg_auto_incoming set data type character varying(8);
alter table account add constraint account_cfg_auto_incoming_check check (cfg_auto_incoming in ('INHERIT', 'ON', 'OFF'));
alter table account alter column cfg_auto_outgoing set data type character varying(8);
alter table account add constraint account_cfg_auto_outgoing_check check (cfg_auto_outgoing in ('INHERIT', 'ON', 'OFF'));
alter table account alter column cfg_auto_redirected set data type character varying(8);
alter table account add constraint account_cfg_auto_redirected_check check (cfg_auto_redirected in ('INHERIT', 'ON', 'OFF'));
alter table account alter column cfg_announcement set data type character varying(8);
alter table account add constraint account_cfg_announcement_check check (cfg_announcement in ('INHERIT', 'ON', 'OFF'));
alter table account alter column cfg_email set data type character varying(8);
alter table account add constraint account_cfg_email_check check (cfg_email in ('INHERIT', 'ON', 'OFF'));
alter table account alter column cfg_myself_only set data type character varying(8);
alter table account add constraint account_cfg_myself_only_check check (cfg_myself_only in ('INHERIT', 'ON', 'OFF'));
alter table cdr_account alter column direction set data type character varying(16);
alter table cdr_account add constraint cdr_account_direction_check check (direction in ('INCOMING', 'OUTGOING', 'REDIRECTED', 'FORWARDED'));
alter table dialing_rule alter column type set data type character varying(16);
alter table dialing_rule add constraint dialing_rule_type_check check (type in ('PBX'));
alter table recording alter column reasoncode set data type character varying(32);
alter table recording add constraint recording_reasoncode_check check (reasoncode in ('NOT_A_CAPTURE', 'TRUNCATED_CAPTURE', 'NO_RTP_STREAMS', 'UNSUPPORTED_CODEC', 'CAPTURE_MISSING', 'BAD_SIDE_FILE', 'CALL_NOT_FOUND', 'RETRIES_EXHAUSTED', 'STUCK', 'AUDIO_INCOMPLETE', 'SPANS_OUTSIDE_CAPTURE', 'OUTPUT_SHORT', 'EMPTY_OUTPUT', 'NOT_RECORDED_BY_POLICY', 'NEVER_STARTED'));
alter table recording alter column state set data type character varying(16);
alter table recording add constraint recording_state_check check (state in ('PENDING', 'CONVERTING', 'AVAILABLE', 'PARTIAL', 'FAILED', 'SUPPRESSED'));
alter table recording_call_leg alter column kind set data type character varying(16);
alter table recording_call_leg add constraint recording_call_leg_kind_check check (kind in ('DIRECT', 'CONSULTATION', 'TRANSFERRED', 'PARKED', 'RETRIEVED'));
alter table recording_control_event alter column event_action set data type character varying(8);
alter table recording_control_event add constraint recording_control_event_event_action_check check (event_action in ('START', 'STOP', 'ALIGN'));
alter table recording_control_event alter column event_trigger set data type character varying(16);
alter table recording_control_event add constraint recording_control_event_event_trigger_check check (event_trigger in ('AUTO', 'SIP_INFO', 'DTMF', 'SWITCH', 'CLOCK'));
alter table recording_event alter column reasoncode set data type character varying(32);
alter table recording_event add constraint recording_event_reasoncode_check check (reasoncode in ('NOT_A_CAPTURE', 'TRUNCATED_CAPTURE', 'NO_RTP_STREAMS', 'UNSUPPORTED_CODEC', 'CAPTURE_MISSING', 'BAD_SIDE_FILE', 'CALL_NOT_FOUND', 'RETRIES_EXHAUSTED', 'STUCK', 'AUDIO_INCOMPLETE', 'SPANS_OUTSIDE_CAPTURE', 'OUTPUT_SHORT', 'EMPTY_OUTPUT', 'NOT_RECORDED_BY_POLICY', 'NEVER_STARTED'));
alter table recording_event alter column state set data type character varying(16);
alter table recording_event add constraint recording_event_state_check check (state in ('PENDING', 'CONVERTING', 'AVAILABLE', 'PARTIAL', 'FAILED', 'SUPPRESSED'));
alter table recording_span alter column started_by set data type character varying(16);
alter table recording_span add constraint recording_span_started_by_check check (started_by in ('AUTO', 'SIP_INFO', 'DTMF', 'SWITCH', 'CLOCK'));


create sequence audit_log_seq start with 1 increment by 50;
create table audit_log (
    id bigint not null primary key,
    action character varying(16) not null,
    actor character varying(64) not null,
    afterjson character large object,
    at timestamp(6) with time zone not null,
    beforejson character large object,
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
