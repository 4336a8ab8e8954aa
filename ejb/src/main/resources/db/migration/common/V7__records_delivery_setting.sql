-- Version 7, both databases: the operator's global option RecordsDelivery.Enabled (e-mail delivery of
-- recordings), off until an admin turns it on with PUT /api/v1/settings.
insert into server_setting (setting_key, setting_value) values ('RecordsDelivery.Enabled', 'false');
