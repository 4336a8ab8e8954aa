-- Version 1: the schema of the release before migrations (commit 40740ac), as Hibernate's
-- hbm2ddl made it on H2 (dumped with H2's SCRIPT from a database that release created, then written
-- out without H2's generated primary-key names). Enumerations are H2 ENUM columns, as hbm2ddl made
-- them; V2 turns them into varchar columns with check constraints.
-- A database that release made is not run through this script: Flyway takes it as version 1
-- (baselineOnMigrate) and applies V2 onwards.

create sequence cdr_account_seq start with 1 increment by 50;
create sequence recording_call_leg_seq start with 1 increment by 50;
create sequence recording_control_seq start with 1 increment by 50;
create sequence recording_event_seq start with 1 increment by 50;
create sequence recording_seq start with 1 increment by 50;
create table access_role (
    id character varying(64) not null,
    name character varying(200) not null,
    version bigint not null
);
alter table access_role add primary key (id);
create table access_role_grant (
    role_id character varying(64) not null,
    attribute_name enum('ALLOW_MANUAL_START_STOP', 'AUTO_RECORD_INCOMING', 'AUTO_RECORD_OUTGOING', 'AUTO_RECORD_REDIRECTED', 'DIALING_CODES', 'PLAY_ANNOUNCEMENT', 'SEND_VIA_EMAIL', 'SHOW_TO_MYSELF_ONLY') not null,
    permission enum('MODIFY', 'VIEW') not null
);
alter table access_role_grant add primary key (role_id, attribute_name, permission);
create table account (
    id character varying(64) not null,
    cfg_manual enum('INHERIT', 'OFF', 'ON'),
    cfg_auto_incoming enum('INHERIT', 'OFF', 'ON'),
    cfg_auto_outgoing enum('INHERIT', 'OFF', 'ON'),
    cfg_auto_redirected enum('INHERIT', 'OFF', 'ON'),
    cfg_announcement enum('INHERIT', 'OFF', 'ON'),
    cfg_email enum('INHERIT', 'OFF', 'ON'),
    cfg_myself_only enum('INHERIT', 'OFF', 'ON'),
    customstartcode character varying(8),
    customstopcode character varying(8),
    email character varying(254),
    phonenumber character varying(64),
    version bigint not null,
    accessrole_id character varying(64),
    customer_id character varying(64) not null,
    dialingrule_id character varying(64),
    product_id character varying(64)
);
alter table account add primary key (id);
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
    direction enum('FORWARDED', 'INCOMING', 'OUTGOING', 'REDIRECTED') not null,
    disconnecttime timestamp(6) with time zone not null,
    durationseconds bigint not null,
    entitled boolean default true not null,
    h323confid character varying(128) not null,
    playlink character varying(256),
    playbackexpired boolean not null,
    recordingnote character varying(300),
    recording_id bigint
);
alter table cdr_account add primary key (id);
create index cdr_account_h323_idx on cdr_account (h323confid);
create index cdr_account_account_idx on cdr_account (accountid);
create table customer (
    id character varying(64) not null,
    name character varying(200),
    retentiondays integer,
    version bigint not null,
    customerclass_id character varying(64),
    dialingrule_id character varying(64)
);
alter table customer add primary key (id);
create table customer_class (
    id character varying(64) not null,
    name character varying(200) not null,
    newrecordingnotification boolean not null,
    version bigint not null
);
alter table customer_class add primary key (id);
create table dialing_rule (
    id character varying(64) not null,
    name character varying(200) not null,
    startcode character varying(8) not null,
    stopcode character varying(8) not null,
    type enum('PBX') not null,
    version bigint not null
);
alter table dialing_rule add primary key (id);
create table job_lease (
    job character varying(64) not null,
    holder character varying(128),
    until timestamp(6) with time zone
);
alter table job_lease add primary key (job);
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
alter table product add primary key (id);
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
    reasoncode enum('AUDIO_INCOMPLETE', 'BAD_SIDE_FILE', 'CALL_NOT_FOUND', 'CAPTURE_MISSING', 'NEVER_STARTED', 'NOT_A_CAPTURE', 'NOT_RECORDED_BY_POLICY', 'NO_RTP_STREAMS', 'RETRIES_EXHAUSTED', 'STUCK', 'TRUNCATED_CAPTURE', 'UNSUPPORTED_CODEC'),
    recordedat timestamp(6) with time zone not null,
    requeues integer not null,
    sha256 character varying(64),
    sizebytes bigint,
    splitfrom bigint,
    state enum('AVAILABLE', 'CONVERTING', 'FAILED', 'PARTIAL', 'PENDING', 'SUPPRESSED') not null,
    statistics character large object,
    updatedat timestamp(6) with time zone,
    version bigint not null
);
alter table recording add primary key (id);
create index recording_state_idx on recording (state);
create table recording_call_leg (
    id bigint not null,
    endtime timestamp(6) with time zone not null,
    handedoverby character varying(64),
    kind enum('CONSULTATION', 'DIRECT', 'PARKED', 'RETRIEVED', 'TRANSFERRED') not null,
    legid character varying(64) not null,
    partya character varying(64) not null,
    partyb character varying(64),
    starttime timestamp(6) with time zone not null,
    recording_id bigint not null
);
alter table recording_call_leg add primary key (id);
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
alter table recording_control add primary key (id);
create table recording_control_event (
    control_id bigint not null,
    accepted boolean not null,
    event_action enum('START', 'STOP') not null,
    event_at timestamp(6) with time zone not null,
    event_detail character varying(300),
    reason character varying(300),
    event_trigger enum('AUTO', 'DTMF', 'SIP_INFO', 'SWITCH') not null,
    item_index integer not null
);
alter table recording_control_event add primary key (control_id, item_index);
create table recording_control_note (
    control_id bigint not null,
    note character varying(300),
    item_index integer not null
);
alter table recording_control_note add primary key (control_id, item_index);
create table recording_event (
    id bigint not null,
    occurredat timestamp(6) with time zone not null,
    reason character varying(1000),
    reasoncode enum('AUDIO_INCOMPLETE', 'BAD_SIDE_FILE', 'CALL_NOT_FOUND', 'CAPTURE_MISSING', 'NEVER_STARTED', 'NOT_A_CAPTURE', 'NOT_RECORDED_BY_POLICY', 'NO_RTP_STREAMS', 'RETRIES_EXHAUSTED', 'STUCK', 'TRUNCATED_CAPTURE', 'UNSUPPORTED_CODEC'),
    recordingid bigint not null,
    state enum('AVAILABLE', 'CONVERTING', 'FAILED', 'PARTIAL', 'PENDING', 'SUPPRESSED') not null
);
alter table recording_event add primary key (id);
create index recording_event_recording_idx on recording_event (recordingid);
create table recording_span (
    control_id bigint not null,
    span_end timestamp(6) with time zone not null,
    leg_id character varying(64),
    leg_parties character varying(200),
    span_start timestamp(6) with time zone not null,
    started_by enum('AUTO', 'DTMF', 'SIP_INFO', 'SWITCH') not null,
    item_index integer not null
);
alter table recording_span add primary key (control_id, item_index);
alter table recording_control add constraint fkbu12u0d5mty4eddix7bogm9lh foreign key (recording_id) references recording (id);
alter table account add constraint fknnwpo0lfq4xai1rs6887sx02k foreign key (customer_id) references customer (id);
alter table cdr_account add constraint fk2rems5w6tfhd85epi926ac0a7 foreign key (recording_id) references recording (id);
alter table account add constraint fkdjgw9kqy673mleqcnn6wfw5lr foreign key (product_id) references product (id);
alter table customer add constraint fkj257vxcgucyuw4xx6etcjvlop foreign key (customerclass_id) references customer_class (id);
alter table recording_span add constraint fkqpb0vhh5xikdvxbqcy1ys2qvj foreign key (control_id) references recording_control (id);
alter table customer add constraint fknt65btgr60j5pef90m8423dw1 foreign key (dialingrule_id) references dialing_rule (id);
alter table account add constraint fkmb25l0ev6sc9ajitrwl2abu9x foreign key (accessrole_id) references access_role (id);
alter table recording_call_leg add constraint fk57s5vkiraei4f4divi9bysue8 foreign key (recording_id) references recording (id);
alter table account_add_on add constraint fkkrv5ckalj3s1qdw4escg1hgro foreign key (addons_id) references product (id);
alter table account_add_on add constraint fk9oon5q0oxbgkxn9oima8ivfte foreign key (account_id) references account (id);
alter table recording_control_note add constraint fkt2m18u8g725t7smddynmhxk8b foreign key (control_id) references recording_control (id);
alter table account add constraint fkosath0wde31k370orc45l7h6t foreign key (dialingrule_id) references dialing_rule (id);
alter table recording_control_event add constraint fk99txtqrsj8gimn7j1egv159h9 foreign key (control_id) references recording_control (id);
alter table access_role_grant add constraint fkstmj40d13nia9msheynppjlpm foreign key (role_id) references access_role (id);
