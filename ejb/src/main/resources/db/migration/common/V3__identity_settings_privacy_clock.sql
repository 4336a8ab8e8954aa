-- Version 3, one text for H2 and PostgreSQL: users and switch API tokens (read by the Elytron JDBC
-- realms of configure-security.cli as well), server settings, an account's kept privacy flag and the
-- on-demand control's clock shift.

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
create table server_setting (
    setting_key character varying(64) not null primary key,
    setting_value character varying(512) not null
);

-- An account's kept "show the call recording to myself only" (AccountPrivacyBackfill computes it
-- once for the accounts that existed), and the switch clock's shift of an on-demand control.
alter table account add column recordingsprivate boolean default false not null;
alter table recording_control add column clockshiftnanos bigint default 0 not null;
