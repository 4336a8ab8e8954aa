-- Version 10, both databases: custom fields (definitions, and their values on accounts and customers;
-- an unset value has no row).
create table custom_field (
    name character varying(64) not null primary key,
    version bigint not null,
    applies_to_account boolean not null,
    applies_to_customer boolean not null,
    description character varying(1000)
);

create table custom_field_value (
    owner_type character varying(16) not null,
    owner_id character varying(64) not null,
    field_name character varying(64) not null,
    field_value character varying(1000) not null,
    primary key (owner_type, owner_id, field_name),
    constraint custom_field_value_owner_type_check check (owner_type in ('ACCOUNT', 'CUSTOMER')),
    constraint custom_field_value_field_fk foreign key (field_name) references custom_field (name)
);
create index custom_field_value_field_idx on custom_field_value (field_name);
