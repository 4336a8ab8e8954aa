-- Version 7, both databases: the "SFTPStorage" settings (one row, id 1) and each recording's export to
-- that storage. A recording without a recording_export row has export state NONE.
create table sftp_storage (
    id integer not null primary key,
    version bigint not null,
    enabled boolean not null,
    host character varying(255),
    port integer not null,
    username character varying(128),
    password character varying(512),
    privatekey character varying(16000),
    passphrase character varying(512),
    hostkey character varying(16000),
    rootpath character varying(1024),
    metafileitems character varying(4000),
    environment character varying(64) not null,
    updatedat timestamp(6) with time zone not null
);

create table recording_export (
    recordingid bigint not null primary key,
    state character varying(16) not null,
    attempts integer not null,
    lasterror character varying(1000),
    path character varying(1024),
    updatedat timestamp(6) with time zone not null,
    constraint recording_export_state_check check (state in ('NONE', 'PENDING', 'EXPORTED', 'FAILED'))
);
create index recording_export_state_idx on recording_export (state);
