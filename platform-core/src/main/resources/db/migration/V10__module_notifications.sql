-- Notifications sent by modules (issue 5): they lead to a platform-relative address of the module's choosing
-- instead of a forum post, and say which module sent them.
ALTER TABLE notifications ADD COLUMN link VARCHAR(500);
ALTER TABLE notifications ADD COLUMN module_id VARCHAR(64);
