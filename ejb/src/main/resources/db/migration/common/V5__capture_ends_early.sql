-- Version 5, both databases: the reason code CAPTURE_ENDS_EARLY (a capture cut while the call went
-- on) joins the check constraints of the two columns that hold reason codes.
alter table recording drop constraint recording_reasoncode_check;
alter table recording add constraint recording_reasoncode_check check (reasoncode in ('NOT_A_CAPTURE', 'TRUNCATED_CAPTURE', 'NO_RTP_STREAMS', 'UNSUPPORTED_CODEC', 'CAPTURE_MISSING', 'BAD_SIDE_FILE', 'CALL_NOT_FOUND', 'RETRIES_EXHAUSTED', 'STUCK', 'AUDIO_INCOMPLETE', 'SPANS_OUTSIDE_CAPTURE', 'CAPTURE_ENDS_EARLY', 'OUTPUT_SHORT', 'EMPTY_OUTPUT', 'NOT_RECORDED_BY_POLICY', 'NEVER_STARTED'));
alter table recording_event drop constraint recording_event_reasoncode_check;
alter table recording_event add constraint recording_event_reasoncode_check check (reasoncode in ('NOT_A_CAPTURE', 'TRUNCATED_CAPTURE', 'NO_RTP_STREAMS', 'UNSUPPORTED_CODEC', 'CAPTURE_MISSING', 'BAD_SIDE_FILE', 'CALL_NOT_FOUND', 'RETRIES_EXHAUSTED', 'STUCK', 'AUDIO_INCOMPLETE', 'SPANS_OUTSIDE_CAPTURE', 'CAPTURE_ENDS_EARLY', 'OUTPUT_SHORT', 'EMPTY_OUTPUT', 'NOT_RECORDED_BY_POLICY', 'NEVER_STARTED'));
