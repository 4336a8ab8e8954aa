-- Version 4, one text for H2 and PostgreSQL: a customer's own audio format (wav, wav-alaw, wav-ulaw or
-- mp3); null keeps the server's callrec.output.format, so existing customers are unchanged.

alter table customer add column outputformat character varying(16);
