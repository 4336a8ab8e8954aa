-- Version 1: the schema of the release before migrations (commit 40740ac), as Hibernate's
-- hbm2ddl made it on PostgreSQL (dumped with pg_dump --schema-only from a database that release
-- created, then written out plainly; constraint names are PostgreSQL's own for hbm2ddl's checks).
-- Enumerations are varchar columns with a check constraint each; @Lob strings are oid (large objects),
-- as Hibernate 6 maps them on PostgreSQL.
-- A database that release made is not run through this script: Flyway takes it as version 1
-- (baselineOnMigrate) and applies V2 onwards.

create table access_role (
    id character varying(64) not null,
    name character varying(200) not null,
    version bigint not null
);
create table access_role_grant (
    role_id character varying(64) not null,
    attribute_name character varying(32) not null,
    permission character varying(16) not null,
    constraint access_role_grant_attribute_name_check check (attribute_name in ('AUTO_RECORD_INCOMING', 'AUTO_RECORD_OUTGOING', 'AUTO_RECORD_REDIRECTED', 'ALLOW_MANUAL_START_STOP', 'PLAY_ANNOUNCEMENT', 'SEND_VIA_EMAIL', 'SHOW_TO_MYSELF_ONLY', 'DIALING_CODES')),
    constraint access_role_grant_permission_check check (permission in ('VIEW', 'MODIFY'))
);
create table account (
    id character varying(64) not null,
    cfg_manual character varying(8),
    cfg_auto_incoming character varying(8),
    cfg_auto_outgoing character varying(8),
    cfg_auto_redirected character varying(8),
    cfg_announcement character varying(8),
    cfg_email character varying(8),
    cfg_myself_only character varying(8),
    customstartcode character varying(8),
    customstopcode character varying(8),
    email character varying(254),
    phonenumber character varying(64),
    version bigint not null,
    accessrole_id character varying(64),
    customer_id character varying(64) not null,
    dialingrule_id character varying(64),
    product_id character varying(64),
    constraint account_cfg_announcement_check check (cfg_announcement in ('INHERIT', 'ON', 'OFF')),
    constraint account_cfg_auto_incoming_check check (cfg_auto_incoming in ('INHERIT', 'ON', 'OFF')),
    constraint account_cfg_auto_outgoing_check check (cfg_auto_outgoing in ('INHERIT', 'ON', 'OFF')),
    constraint account_cfg_auto_redirected_check check (cfg_auto_redirected in ('INHERIT', 'ON', 'OFF')),
    constraint account_cfg_email_check check (cfg_email in ('INHERIT', 'ON', 'OFF')),
    constraint account_cfg_manual_check check (cfg_manual in ('INHERIT', 'ON', 'OFF')),
    constraint account_cfg_myself_only_check check (cfg_myself_only in ('INHERIT', 'ON', 'OFF'))
);
create table account_add_on (
    account_id character varying(64) not null,
    addons_id character varying(64) not null
);
create table cdr_account (
    id bigint not null,
    accountid character varying(64) not null,
    accountnumber character varying(64),
    callid character varying(128) not null,
    callednumber character varying(64) not null,
    callingnumber character varying(64) not null,
    connecttime timestamp(6) with time zone not null,
    customerid character varying(64),
    direction character varying(16) not null,
    disconnecttime timestamp(6) with time zone not null,
    durationseconds bigint not null,
    entitled boolean default true not null,
    h323confid character varying(128) not null,
    playlink character varying(256),
    playbackexpired boolean not null,
    recordingnote character varying(300),
    recording_id bigint,
    constraint cdr_account_direction_check check (direction in ('INCOMING', 'OUTGOING', 'REDIRECTED', 'FORWARDED'))
);
create sequence cdr_account_seq start with 1 increment by 50;
create table customer (
    id character varying(64) not null,
    name character varying(200),
    retentiondays integer,
    version bigint not null,
    customerclass_id character varying(64),
    dialingrule_id character varying(64)
);
create table customer_class (
    id character varying(64) not null,
    name character varying(200) not null,
    newrecordingnotification boolean not null,
    version bigint not null
);
create table dialing_rule (
    id character varying(64) not null,
    name character varying(200) not null,
    startcode character varying(8) not null,
    stopcode character varying(8) not null,
    type character varying(16) not null,
    version bigint not null,
    constraint dialing_rule_type_check check (type in ('PBX'))
);
create table job_lease (
    job character varying(64) not null,
    holder character varying(128),
    until timestamp(6) with time zone
);
create table product (
    id character varying(64) not null,
    addon boolean not null,
    callrecording boolean not null,
    name character varying(200) not null,
    rec_manual boolean,
    rec_auto_incoming boolean,
    rec_auto_outgoing boolean,
    rec_auto_redirected boolean,
    rec_announcement boolean,
    rec_email boolean,
    rec_myself_only boolean,
    version bigint not null
);
create table recording (
    id bigint not null,
    attempts integer not null,
    audiopath character varying(1024),
    calldate date not null,
    capturepath character varying(1024),
    completedat timestamp(6) with time zone,
    createdat timestamp(6) with time zone not null,
    customerid character varying(64) not null,
    durationmillis bigint,
    expiredat timestamp(6) with time zone,
    failurereason character varying(1000),
    format character varying(8),
    lasterror character varying(1000),
    reasoncode character varying(32),
    recordedat timestamp(6) with time zone not null,
    requeues integer not null,
    sha256 character varying(64),
    sizebytes bigint,
    splitfrom bigint,
    state character varying(16) not null,
    statistics oid,
    updatedat timestamp(6) with time zone,
    version bigint not null,
    constraint recording_reasoncode_check check (reasoncode in ('NOT_A_CAPTURE', 'TRUNCATED_CAPTURE', 'NO_RTP_STREAMS', 'UNSUPPORTED_CODEC', 'CAPTURE_MISSING', 'BAD_SIDE_FILE', 'CALL_NOT_FOUND', 'RETRIES_EXHAUSTED', 'STUCK', 'AUDIO_INCOMPLETE', 'NOT_RECORDED_BY_POLICY', 'NEVER_STARTED')),
    constraint recording_state_check check (state in ('PENDING', 'CONVERTING', 'AVAILABLE', 'PARTIAL', 'FAILED', 'SUPPRESSED'))
);
create table recording_call_leg (
    id bigint not null,
    endtime timestamp(6) with time zone not null,
    handedoverby character varying(64),
    kind character varying(16) not null,
    legid character varying(64) not null,
    partya character varying(64) not null,
    partyb character varying(64),
    starttime timestamp(6) with time zone not null,
    recording_id bigint not null,
    constraint recording_call_leg_kind_check check (kind in ('DIRECT', 'CONSULTATION', 'TRANSFERRED', 'PARKED', 'RETRIEVED'))
);
create sequence recording_call_leg_seq start with 1 increment by 50;
create table recording_control (
    id bigint not null,
    accountid character varying(64),
    basis character varying(300),
    ignoredevents integer not null,
    ignorednotallowed integer not null,
    mixannouncements boolean not null,
    ondemandallowed boolean not null,
    startedrecorded boolean not null,
    version bigint default 0 not null,
    recording_id bigint not null
);
create table recording_control_event (
    control_id bigint not null,
    accepted boolean not null,
    event_action character varying(8) not null,
    event_at timestamp(6) with time zone not null,
    event_detail character varying(300),
    reason character varying(300),
    event_trigger character varying(16) not null,
    item_index integer not null,
    constraint recording_control_event_event_action_check check (event_action in ('START', 'STOP')),
    constraint recording_control_event_event_trigger_check check (event_trigger in ('AUTO', 'SIP_INFO', 'DTMF', 'SWITCH'))
);
create table recording_control_note (
    control_id bigint not null,
    note character varying(300),
    item_index integer not null
);
create sequence recording_control_seq start with 1 increment by 50;
create table recording_event (
    id bigint not null,
    occurredat timestamp(6) with time zone not null,
    reason character varying(1000),
    reasoncode character varying(32),
    recordingid bigint not null,
    state character varying(16) not null,
    constraint recording_event_reasoncode_check check (reasoncode in ('NOT_A_CAPTURE', 'TRUNCATED_CAPTURE', 'NO_RTP_STREAMS', 'UNSUPPORTED_CODEC', 'CAPTURE_MISSING', 'BAD_SIDE_FILE', 'CALL_NOT_FOUND', 'RETRIES_EXHAUSTED', 'STUCK', 'AUDIO_INCOMPLETE', 'NOT_RECORDED_BY_POLICY', 'NEVER_STARTED')),
    constraint recording_event_state_check check (state in ('PENDING', 'CONVERTING', 'AVAILABLE', 'PARTIAL', 'FAILED', 'SUPPRESSED'))
);
create sequence recording_event_seq start with 1 increment by 50;
create sequence recording_seq start with 1 increment by 50;
create table recording_span (
    control_id bigint not null,
    span_end timestamp(6) with time zone not null,
    leg_id character varying(64),
    leg_parties character varying(200),
    span_start timestamp(6) with time zone not null,
    started_by character varying(16) not null,
    item_index integer not null,
    constraint recording_span_started_by_check check (started_by in ('AUTO', 'SIP_INFO', 'DTMF', 'SWITCH'))
);
alter table access_role_grant add constraint access_role_grant_pkey primary key (role_id, attribute_name, permission);
alter table access_role add constraint access_role_pkey primary key (id);
alter table account add constraint account_pkey primary key (id);
alter table cdr_account add constraint cdr_account_pkey primary key (id);
alter table customer_class add constraint customer_class_pkey primary key (id);
alter table customer add constraint customer_pkey primary key (id);
alter table dialing_rule add constraint dialing_rule_pkey primary key (id);
alter table job_lease add constraint job_lease_pkey primary key (job);
alter table product add constraint product_pkey primary key (id);
alter table recording_call_leg add constraint recording_call_leg_pkey primary key (id);
alter table recording_control_event add constraint recording_control_event_pkey primary key (control_id, item_index);
alter table recording_control_note add constraint recording_control_note_pkey primary key (control_id, item_index);
alter table recording_control add constraint recording_control_pkey primary key (id);
alter table recording_event add constraint recording_event_pkey primary key (id);
alter table recording add constraint recording_pkey primary key (id);
alter table recording_span add constraint recording_span_pkey primary key (control_id, item_index);
create index cdr_account_account_idx on cdr_account (accountid);
create index cdr_account_h323_idx on cdr_account (h323confid);
create index recording_event_recording_idx on recording_event (recordingid);
create index recording_state_idx on recording (state);
alter table cdr_account add constraint fk2rems5w6tfhd85epi926ac0a7 foreign key (recording_id) references recording(id);
alter table recording_call_leg add constraint fk57s5vkiraei4f4divi9bysue8 foreign key (recording_id) references recording(id);
alter table recording_control_event add constraint fk99txtqrsj8gimn7j1egv159h9 foreign key (control_id) references recording_control(id);
alter table account_add_on add constraint fk9oon5q0oxbgkxn9oima8ivfte foreign key (account_id) references account(id);
alter table recording_control add constraint fkbu12u0d5mty4eddix7bogm9lh foreign key (recording_id) references recording(id);
alter table account add constraint fkdjgw9kqy673mleqcnn6wfw5lr foreign key (product_id) references product(id);
alter table customer add constraint fkj257vxcgucyuw4xx6etcjvlop foreign key (customerclass_id) references customer_class(id);
alter table account_add_on add constraint fkkrv5ckalj3s1qdw4escg1hgro foreign key (addons_id) references product(id);
alter table account add constraint fkmb25l0ev6sc9ajitrwl2abu9x foreign key (accessrole_id) references access_role(id);
alter table account add constraint fknnwpo0lfq4xai1rs6887sx02k foreign key (customer_id) references customer(id);
alter table customer add constraint fknt65btgr60j5pef90m8423dw1 foreign key (dialingrule_id) references dialing_rule(id);
alter table account add constraint fkosath0wde31k370orc45l7h6t foreign key (dialingrule_id) references dialing_rule(id);
alter table recording_span add constraint fkqpb0vhh5xikdvxbqcy1ys2qvj foreign key (control_id) references recording_control(id);
alter table access_role_grant add constraint fkstmj40d13nia9msheynppjlpm foreign key (role_id) references access_role(id);
alter table recording_control_note add constraint fkt2m18u8g725t7smddynmhxk8b foreign key (control_id) references recording_control(id);
