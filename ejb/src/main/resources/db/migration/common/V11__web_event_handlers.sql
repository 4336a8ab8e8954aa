-- Version 11, both databases: web event handlers (with their place in the outcome feed and their
-- failure streak) and every attempt to deliver an event to one.
create table event_handler (
    id character varying(48) not null primary key,
    url character varying(2048) not null,
    secret character varying(256) not null,
    eventtypes character varying(255) not null,
    customerid character varying(64),
    registeredby character varying(128) not null,
    deliveredupto bigint not null,
    pendingevent bigint,
    failures integer not null,
    failingsince timestamp(6) with time zone,
    failing boolean not null,
    nextattemptat timestamp(6) with time zone,
    lasterror character varying(1000),
    lastdeliveredat timestamp(6) with time zone,
    createdat timestamp(6) with time zone not null
);

create sequence event_delivery_seq start with 1 increment by 50;
create table event_delivery (
    id bigint not null primary key,
    handlerid character varying(48) not null,
    eventid bigint not null,
    attemptedat timestamp(6) with time zone not null,
    status integer,
    error character varying(1000),
    reply character varying(500),
    replay boolean not null
);
create index event_delivery_handler_idx on event_delivery (handlerid, id);
