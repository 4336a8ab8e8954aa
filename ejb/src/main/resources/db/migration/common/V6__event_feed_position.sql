-- Version 6, both databases: the outcome events' feed position, which readers page by instead of the
-- id (ids are allocated in blocks per instance and commit out of order). Existing events keep their
-- order: their position is their id.
alter table recording_event add column feedposition bigint;
update recording_event set feedposition = id;
create unique index recording_event_position_idx on recording_event (feedposition);
