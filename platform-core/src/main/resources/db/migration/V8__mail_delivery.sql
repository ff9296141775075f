-- Delivery of the mail outbox through SMTP. The outbox stays the truth: a row is sent when sent_at is set;
-- attempts, the last error and the next attempt survive a restart. The version column lets one sender claim
-- a row (optimistic lock), so two senders never deliver the same mail.
ALTER TABLE mail_outbox ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN last_error VARCHAR(1000);
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE mail_outbox ADD COLUMN failed_at TIMESTAMP;
ALTER TABLE mail_outbox ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX mail_outbox_pending_ix ON mail_outbox (sent_at, failed_at, next_attempt_at);
