-- Data of a running installation of the release before migrations (version 1 of the schema): the
-- service model, finished and unfinished recordings with their xDRs, on-demand controls (spans, events,
-- notes), transfer legs, the outbox and a job lease. ${statistics} is the vendor's way of writing a
-- @Lob string (a CLOB on H2, a large object on PostgreSQL). Every enumeration value of version 1
-- appears at least once where the test checks it.
insert into customer_class (id, name, newrecordingnotification, version) values ('gold', 'Gold', true, 0);
insert into dialing_rule (id, name, startcode, stopcode, type, version) values ('pbx', 'PBX', '*44', '*45', 'PBX', 1);
insert into customer (id, name, retentiondays, version, customerclass_id, dialingrule_id) values ('42', 'Acme', 365, 2, 'gold', 'pbx');
insert into customer (id, name, retentiondays, version, customerclass_id, dialingrule_id) values ('43', 'Beta', null, 0, null, null);
insert into product (id, addon, callrecording, name, rec_manual, rec_auto_incoming, rec_auto_outgoing, rec_auto_redirected, rec_announcement, rec_email, rec_myself_only, version)
  values ('voice', false, true, 'Voice', false, true, true, false, true, false, false, 0);
insert into product (id, addon, callrecording, name, rec_manual, rec_auto_incoming, rec_auto_outgoing, rec_auto_redirected, rec_announcement, rec_email, rec_myself_only, version)
  values ('rec-on-demand', true, true, 'On demand', true, false, false, false, false, false, false, 0);
insert into access_role (id, name, version) values ('trusted', 'trusted', 0);
insert into access_role_grant (role_id, attribute_name, permission) values ('trusted', 'SHOW_TO_MYSELF_ONLY', 'VIEW');
insert into access_role_grant (role_id, attribute_name, permission) values ('trusted', 'SHOW_TO_MYSELF_ONLY', 'MODIFY');
insert into access_role_grant (role_id, attribute_name, permission) values ('trusted', 'DIALING_CODES', 'VIEW');
insert into account (id, cfg_manual, cfg_auto_incoming, cfg_auto_outgoing, cfg_auto_redirected, cfg_announcement, cfg_email, cfg_myself_only, customstartcode, customstopcode, email, phonenumber, version, accessrole_id, customer_id, dialingrule_id, product_id)
  values ('1001', 'INHERIT', 'INHERIT', 'ON', 'OFF', 'INHERIT', 'OFF', 'ON', '*77', '*78', 'alice@example.net', '14155550100', 3, 'trusted', '42', 'pbx', 'voice');
insert into account (id, cfg_manual, cfg_auto_incoming, cfg_auto_outgoing, cfg_auto_redirected, cfg_announcement, cfg_email, cfg_myself_only, customstartcode, customstopcode, email, phonenumber, version, accessrole_id, customer_id, dialingrule_id, product_id)
  values ('1002', null, null, null, null, null, null, null, null, null, null, '14155550199', 0, null, '42', null, 'voice');
insert into account_add_on (account_id, addons_id) values ('1001', 'rec-on-demand');

insert into recording (id, attempts, audiopath, calldate, capturepath, completedat, createdat, customerid, durationmillis, expiredat, failurereason, format, lasterror, reasoncode, recordedat, requeues, sha256, sizebytes, splitfrom, state, statistics, updatedat, version)
  values (1, 1, '/srv/callrec/recordings/42/2025/11/26/1.wav', '2025-11-26', null, '2025-11-26 09:41:00+00', '2025-11-26 09:40:10+00', '42', 5003, null, null, 'wav', null, null, '2025-11-26 09:40:00+00', 0, '2c84933dfa7eae55c8b62d3001794197a3ba4c9ce5c938279d50d31a5eaec636', 80092, null, 'AVAILABLE', ${statistics}, '2025-11-26 09:41:00+00', 2);
insert into recording (id, attempts, audiopath, calldate, capturepath, completedat, createdat, customerid, durationmillis, expiredat, failurereason, format, lasterror, reasoncode, recordedat, requeues, sha256, sizebytes, splitfrom, state, statistics, updatedat, version)
  values (2, 1, '/srv/callrec/recordings/42/2025/11/26/2.mp3', '2025-11-26', null, '2025-11-26 09:41:01+00', '2025-11-26 09:40:10+00', '42', 2000, null, 'the capture ends 3.0 s before the call', 'mp3', null, 'AUDIO_INCOMPLETE', '2025-11-26 09:40:00+00', 0, 'ab', 12000, 1, 'PARTIAL', null, '2025-11-26 09:41:01+00', 2);
insert into recording (id, attempts, audiopath, calldate, capturepath, completedat, createdat, customerid, durationmillis, expiredat, failurereason, format, lasterror, reasoncode, recordedat, requeues, sha256, sizebytes, splitfrom, state, statistics, updatedat, version)
  values (3, 4, null, '2025-11-27', '/srv/callrec/spool/3.cap', '2025-11-27 10:00:00+00', '2025-11-27 09:00:00+00', '43', null, null, 'conversion failed after 4 attempts: IOException: disk', null, 'IOException: disk', 'RETRIES_EXHAUSTED', '2025-11-27 08:59:00+00', 1, null, null, null, 'FAILED', null, '2025-11-27 10:00:00+00', 5);
insert into recording (id, attempts, audiopath, calldate, capturepath, completedat, createdat, customerid, durationmillis, expiredat, failurereason, format, lasterror, reasoncode, recordedat, requeues, sha256, sizebytes, splitfrom, state, statistics, updatedat, version)
  values (4, 0, null, '2025-11-28', '/srv/callrec/spool/4.cap', null, '2025-11-28 11:00:00+00', '42', null, null, null, null, null, null, '2025-11-28 10:59:00+00', 0, null, null, null, 'PENDING', null, '2025-11-28 11:00:00+00', 0);
insert into recording (id, attempts, audiopath, calldate, capturepath, completedat, createdat, customerid, durationmillis, expiredat, failurereason, format, lasterror, reasoncode, recordedat, requeues, sha256, sizebytes, splitfrom, state, statistics, updatedat, version)
  values (5, 1, null, '2025-11-28', '/srv/callrec/spool/5.cap', null, '2025-11-28 11:00:00+00', '42', null, null, null, null, null, null, '2025-11-28 10:59:00+00', 0, null, null, null, 'CONVERTING', null, '2025-11-28 11:00:05+00', 1);
insert into recording (id, attempts, audiopath, calldate, capturepath, completedat, createdat, customerid, durationmillis, expiredat, failurereason, format, lasterror, reasoncode, recordedat, requeues, sha256, sizebytes, splitfrom, state, statistics, updatedat, version)
  values (6, 1, null, '2025-09-01', null, '2025-09-01 12:00:00+00', '2025-09-01 12:00:00+00', '43', null, '2025-10-30 03:17:00+00', 'on-demand recording was never started during the call', null, null, 'NEVER_STARTED', '2025-09-01 11:59:00+00', 0, null, null, null, 'SUPPRESSED', null, '2025-10-30 03:17:00+00', 1);

insert into cdr_account (id, accountid, accountnumber, callid, callednumber, callingnumber, connecttime, customerid, direction, disconnecttime, durationseconds, entitled, h323confid, playlink, playbackexpired, recordingnote, recording_id)
  values (1, '1001', '14155550100', 'c1@switch', '14155550199', '14155550100', '2025-11-26 09:40:00+00', '42', 'OUTGOING', '2025-11-26 09:40:05+00', 5, true, '5A1B 22C3 8D4E 9F61', '/api/v1/recordings/1/audio', false, null, 1);
insert into cdr_account (id, accountid, accountnumber, callid, callednumber, callingnumber, connecttime, customerid, direction, disconnecttime, durationseconds, entitled, h323confid, playlink, playbackexpired, recordingnote, recording_id)
  values (2, '1002', null, 'c1@switch', '14155550199', '14155550100', '2025-11-26 09:40:00+00', '42', 'INCOMING', '2025-11-26 09:40:05+00', 5, true, '5A1B 22C3 8D4E 9F61', '/api/v1/recordings/2/audio', false, null, 2);
insert into cdr_account (id, accountid, accountnumber, callid, callednumber, callingnumber, connecttime, customerid, direction, disconnecttime, durationseconds, entitled, h323confid, playlink, playbackexpired, recordingnote, recording_id)
  values (3, '2001', null, 'c3@switch', '14155550111', '14155550122', '2025-11-27 08:59:00+00', '43', 'REDIRECTED', '2025-11-27 09:00:00+00', 60, true, 'AA', null, false, null, 3);
insert into cdr_account (id, accountid, accountnumber, callid, callednumber, callingnumber, connecttime, customerid, direction, disconnecttime, durationseconds, entitled, h323confid, playlink, playbackexpired, recordingnote, recording_id)
  values (4, '1001', null, 'c4@switch', '14155550111', '14155550100', '2025-11-28 10:59:00+00', '42', 'FORWARDED', '2025-11-28 11:00:00+00', 60, true, 'BB', null, false, null, 4);
insert into cdr_account (id, accountid, accountnumber, callid, callednumber, callingnumber, connecttime, customerid, direction, disconnecttime, durationseconds, entitled, h323confid, playlink, playbackexpired, recordingnote, recording_id)
  values (5, '1002', null, 'c5@switch', '14155550111', '14155550199', '2025-11-28 10:59:00+00', '42', 'OUTGOING', '2025-11-28 11:00:00+00', 60, false, 'CC', null, false, 'policy of account 1002 for a outgoing call says: do not record', 5);
insert into cdr_account (id, accountid, accountnumber, callid, callednumber, callingnumber, connecttime, customerid, direction, disconnecttime, durationseconds, entitled, h323confid, playlink, playbackexpired, recordingnote, recording_id)
  values (6, '2001', null, 'c6@switch', '14155550111', '14155550122', '2025-09-01 11:59:00+00', '43', 'INCOMING', '2025-09-01 12:00:00+00', 60, true, 'DD', null, true, null, 6);

insert into recording_call_leg (id, endtime, handedoverby, kind, legid, partya, partyb, starttime, recording_id) values (1, '2025-11-26 09:40:03+00', null, 'DIRECT', 'l1', '1001', '1002', '2025-11-26 09:40:00+00', 1);
insert into recording_call_leg (id, endtime, handedoverby, kind, legid, partya, partyb, starttime, recording_id) values (2, '2025-11-26 09:40:04+00', '1002', 'CONSULTATION', 'l2', '1002', '1003', '2025-11-26 09:40:02+00', 1);
insert into recording_call_leg (id, endtime, handedoverby, kind, legid, partya, partyb, starttime, recording_id) values (3, '2025-11-26 09:40:05+00', '1002', 'TRANSFERRED', 'l3', '1001', '1003', '2025-11-26 09:40:04+00', 1);
insert into recording_call_leg (id, endtime, handedoverby, kind, legid, partya, partyb, starttime, recording_id) values (4, '2025-11-26 09:40:05+00', null, 'PARKED', 'l4', '1001', null, '2025-11-26 09:40:04+00', 2);
insert into recording_call_leg (id, endtime, handedoverby, kind, legid, partya, partyb, starttime, recording_id) values (5, '2025-11-26 09:40:05+00', null, 'RETRIEVED', 'l5', '1001', '1002', '2025-11-26 09:40:04+00', 2);

insert into recording_control (id, accountid, basis, ignoredevents, ignorednotallowed, mixannouncements, ondemandallowed, startedrecorded, version, recording_id)
  values (1, '1001', 'policy of account 1001 for a outgoing call', 1, 0, true, true, true, 1, 1);
insert into recording_control (id, accountid, basis, ignoredevents, ignorednotallowed, mixannouncements, ondemandallowed, startedrecorded, version, recording_id)
  values (2, '1002', 'policy of account 1002 for a incoming call', 0, 1, false, true, false, 0, 2);
insert into recording_control_event (control_id, accepted, event_action, event_at, event_detail, reason, event_trigger, item_index) values (1, true, 'STOP', '2025-11-26 09:40:01+00', '*45', null, 'DTMF', 0);
insert into recording_control_event (control_id, accepted, event_action, event_at, event_detail, reason, event_trigger, item_index) values (1, true, 'START', '2025-11-26 09:40:02+00', null, null, 'SIP_INFO', 1);
insert into recording_control_event (control_id, accepted, event_action, event_at, event_detail, reason, event_trigger, item_index) values (1, false, 'START', '2025-11-26 09:40:02.5+00', null, 'already recording', 'SWITCH', 2);
insert into recording_control_event (control_id, accepted, event_action, event_at, event_detail, reason, event_trigger, item_index) values (2, true, 'START', '2025-11-26 09:40:00+00', null, null, 'AUTO', 0);
insert into recording_control_note (control_id, note, item_index) values (1, 'the transfer policy gives 1001 the parts before the transfer', 0);
insert into recording_span (control_id, span_end, leg_id, leg_parties, span_start, started_by, item_index) values (1, '2025-11-26 09:40:01+00', 'l1', '1001-1002', '2025-11-26 09:40:00+00', 'AUTO', 0);
insert into recording_span (control_id, span_end, leg_id, leg_parties, span_start, started_by, item_index) values (1, '2025-11-26 09:40:05+00', null, null, '2025-11-26 09:40:02+00', 'SIP_INFO', 1);
insert into recording_span (control_id, span_end, leg_id, leg_parties, span_start, started_by, item_index) values (2, '2025-11-26 09:40:03+00', null, null, '2025-11-26 09:40:01+00', 'DTMF', 0);
insert into recording_span (control_id, span_end, leg_id, leg_parties, span_start, started_by, item_index) values (2, '2025-11-26 09:40:04+00', null, null, '2025-11-26 09:40:03+00', 'SWITCH', 1);

insert into recording_event (id, occurredat, reason, reasoncode, recordingid, state) values (1, '2025-11-26 09:41:00+00', null, null, 1, 'AVAILABLE');
insert into recording_event (id, occurredat, reason, reasoncode, recordingid, state) values (2, '2025-11-26 09:41:01+00', 'the capture ends 3.0 s before the call', 'AUDIO_INCOMPLETE', 2, 'PARTIAL');
insert into recording_event (id, occurredat, reason, reasoncode, recordingid, state) values (3, '2025-11-27 10:00:00+00', 'disk', 'RETRIES_EXHAUSTED', 3, 'FAILED');
insert into recording_event (id, occurredat, reason, reasoncode, recordingid, state) values (4, '2025-09-01 12:00:00+00', 'never started', 'NEVER_STARTED', 6, 'SUPPRESSED');

insert into job_lease (job, holder, until) values ('reconciliation', 'callrec-1', '2025-11-28 11:05:00+00');
insert into job_lease (job, holder, until) values ('retention-purge', 'callrec-2', '1970-01-01 00:00:00+00');

-- The sequences were ahead of the ids, as Hibernate leaves them.
alter sequence recording_seq restart with 101;
alter sequence cdr_account_seq restart with 101;
alter sequence recording_control_seq restart with 101;
alter sequence recording_call_leg_seq restart with 101;
alter sequence recording_event_seq restart with 101;
